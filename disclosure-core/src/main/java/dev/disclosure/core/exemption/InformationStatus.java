package dev.disclosure.core.exemption;

import dev.disclosure.calendar.Phrase;
import dev.disclosure.core.AnswerKind;
import java.util.Optional;

/**
 * What the requested item is, before any exemption is weighed (申请公开的信息的性质): only government
 * information held by the agency is classified; everything else leads to its own answer, never to
 * 公开 (OGI_2019 第二条、第三十六条、第三十九条; OGI_2008 第二条、第十三条、第二十一条).
 */
public enum InformationStatus {
  /** Government information the agency holds: classified under the regime (政府信息). */
  GOVERNMENT_INFORMATION("政府信息", "government information", null),
  /**
   * Not government information at all (不属于政府信息): e.g. made while the public security organ
   * exercised criminal-justice functions, which courts hold falls outside the regulation (OGI_2019
   * and OGI_2008 第二条: information made or obtained in performing administrative functions). The
   * applicant is told so; no answer kind of the regime fits (RPT-2021 counts it under 其他处理).
   */
  NOT_GOVERNMENT_INFORMATION("不属于政府信息", "not government information", null),
  /** Searched for and not found (经检索没有所申请公开信息): {@link AnswerKind#DOES_NOT_EXIST}. */
  DOES_NOT_EXIST("政府信息不存在", "the information does not exist", AnswerKind.DOES_NOT_EXIST),
  /**
   * Not held by, or not for, this agency to disclose (不属于本行政机关负责公开): {@link
   * AnswerKind#NOT_THIS_AGENCYS}, naming the competent agency where it can be determined.
   */
  NOT_HELD("不属于本行政机关负责公开", "not this agency's to disclose", AnswerKind.NOT_THIS_AGENCYS),
  /**
   * A petition, complaint or report presented as a request (以政府信息公开申请的形式进行信访、投诉、举报):
   * {@link AnswerKind#PETITION_NOT_PROCESSED} under OGI_2019 第三十九条; OGI_2008 has no such answer.
   */
  PETITION(
      "以政府信息公开申请的形式进行信访、投诉、举报",
      "a petition, complaint or report presented as a request",
      AnswerKind.PETITION_NOT_PROCESSED),
  /** Already published (已经主动公开): {@link AnswerKind#ALREADY_PUBLISHED}, telling how to obtain it. */
  ALREADY_PUBLISHED("已经主动公开", "already published", AnswerKind.ALREADY_PUBLISHED);

  private final String label;
  private final String english;
  private final AnswerKind answer;

  InformationStatus(String label, String english, AnswerKind answer) {
    this.label = label;
    this.english = english;
    this.answer = answer;
  }

  /**
   * {@return the Chinese label, e.g. {@code 政府信息不存在}}
   */
  public String label() {
    return label;
  }

  /**
   * {@return the English name, e.g. {@code the information does not exist}}
   */
  public String english() {
    return english;
  }

  /**
   * Returns the answer kind this status leads to, whatever the regime allows; empty for {@link
   * #GOVERNMENT_INFORMATION} (classified) and {@link #NOT_GOVERNMENT_INFORMATION} (no answer kind).
   */
  Optional<AnswerKind> answer() {
    return Optional.ofNullable(answer);
  }

  /** Returns the label and the English name as a phrase of a finding. */
  Phrase phrase() {
    return Phrase.of(label, english);
  }
}
