package dev.disclosure.core.accountability;

import dev.disclosure.calendar.Citation;
import dev.disclosure.calendar.Finding;
import dev.disclosure.calendar.FindingKind;
import dev.disclosure.calendar.Phrase;
import dev.disclosure.core.law.Rules;
import java.util.List;
import java.util.Optional;

/**
 * Where a report that an agency fails its disclosure duties goes (分层级受理举报, ACC-4, 来源文件002 责任追究制度五):
 * first the same-level supervision organ or disclosure office; if unsatisfied with their handling,
 * the next level up. [convention] The source names these two levels only, so {@link #next()} of the
 * next level up is empty.
 */
public enum Escalation {
  /** 本级监察机关、政务公开领导小组办公室. */
  SAME_LEVEL(
      "本级监察机关、政务公开领导小组办公室",
      "the supervision organ or the open-government leading group's office at the same level"),
  /** 上一级业务主管部门、监察机关或者政务公开领导小组办公室. */
  NEXT_LEVEL_UP(
      "上一级业务主管部门、监察机关或者政务公开领导小组办公室",
      "the competent department, the supervision organ or the open-government leading group's"
          + " office one level up");

  /** 责任追究制度五. */
  public static final Citation CITATION =
      Citation.of(
          AccountabilityCitations.DOC_002,
          "责任追究制度五",
          "公民、法人或者其他组织认为政府机关不依法履行政府信息公开义务的，可向本级监察机关、政务公开领导小组办公室举报；"
              + "对本级监察机关和政务公开领导小组办公室的处理不满意的，可向上一级业务主管部门、监察机关或者政务公开领导小组办公室举报。");

  private final String bodies;
  private final String english;

  Escalation(String bodies, String english) {
    this.bodies = bodies;
    this.english = english;
  }

  /** {@return the bodies a report goes to at this level, in Chinese} */
  public String bodies() {
    return bodies;
  }

  /** {@return the bodies a report goes to at this level, in English} */
  public String english() {
    return english;
  }

  /**
   * Returns where a report goes at this level as an applied ACC-4 finding, citing 责任追究制度五.
   *
   * @return the finding
   */
  public Finding finding() {
    return Finding.of(
        Rules.ACC_4,
        FindingKind.APPLIED,
        this == SAME_LEVEL
            ? Phrase.of(
                "认为政府机关不依法履行政府信息公开义务的，可向{0}举报",
                "a failure to perform the duty of disclosure may be reported to {0}",
                Phrase.of(bodies, english))
            : Phrase.of(
                "对本级处理不满意的，可向{0}举报",
                "a reporter unsatisfied with the handling at the same level may report to {0}",
                Phrase.of(bodies, english)),
        List.of(CITATION));
  }

  /** {@return where a report goes when the reporter is unsatisfied with this level's handling} */
  public Optional<Escalation> next() {
    return this == SAME_LEVEL ? Optional.of(NEXT_LEVEL_UP) : Optional.empty();
  }
}
