package dev.disclosure.core.exemption;

import dev.disclosure.calendar.Phrase;

/** The outcome of classifying an item (公开属性认定结果): what the agency does with it. */
public enum ExemptionOutcome {
  /** Disclose the whole item (公开). */
  DISCLOSE("公开", "disclose"),
  /** Disclose the item with its separable exempt content withheld (部分公开, 区分处理). */
  DISCLOSE_IN_PART("部分公开", "disclose in part"),
  /** Do not disclose (不予公开). */
  WITHHOLD("不予公开", "withhold"),
  /** Consult the third party in writing before deciding (征求第三方意见). */
  CONSULT_THIRD_PARTY("征求第三方意见", "consult the third party"),
  /**
   * Report the item to the authority that can determine whether, and at what level, it is secret
   * (报有权机关确定密级); the agency cannot decide alone.
   */
  ESCALATE_SECRECY("报有权机关确定密级", "report to the authority that can determine the classification"),
  /**
   * The agency cannot determine whether the item may be disclosed, for a reason other than its
   * secrecy: report it to the competent authority or the secrecy administration (报有关主管部门或者保密行政管理部门确定;
   * OGI_2019 第十七条, OGI_2008 第十四条第三款).
   */
  REFER_TO_AUTHORITY("报有关主管部门确定是否可以公开", "refer to the competent authority to determine whether it may be disclosed"),
  /**
   * A ground is asserted but not established, or the agency has not yet judged what its law leaves
   * to it (silence of the third party): establish the facts and answer again (查明事实后重新答复). The
   * agency bears the burden of proving the ground of a refusal (法释〔2011〕17号 第五条); a court annuls a
   * refusal it has not proved and orders a new answer (第九条).
   */
  INVESTIGATE("查明事实后重新答复", "establish the facts and answer again"),
  /**
   * The item is not classified: it is not government information, does not exist, is not this
   * agency's, is a petition, or is already published; {@link ExemptionDecision#answerKind()} gives the
   * answer where the regime has one (依法作其他答复).
   */
  OTHER_ANSWER("不作公开属性认定，依法作其他答复", "not classified: answered otherwise");

  private final String label;
  private final String english;

  ExemptionOutcome(String label, String english) {
    this.label = label;
    this.english = english;
  }

  /** {@return the English name, for example {@code disclose in part}} */
  public String english() {
    return english;
  }

  /** Returns the label and the English name as a phrase of a finding. */
  Phrase phrase() {
    return Phrase.of(label, english);
  }

  /** {@return the Chinese label, for example {@code 部分公开}} */
  public String label() {
    return label;
  }
}
