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
  ESCALATE_SECRECY("报有权机关确定密级", "report to the authority that can determine the classification");

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
