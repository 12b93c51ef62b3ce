package dev.disclosure.core.exemption;

/** The outcome of classifying an item (公开属性认定结果): what the agency does with it. */
public enum ExemptionOutcome {
  /** Disclose the whole item (公开). */
  DISCLOSE("公开"),
  /** Disclose the item with its separable exempt content withheld (部分公开, 区分处理). */
  DISCLOSE_IN_PART("部分公开"),
  /** Do not disclose (不予公开). */
  WITHHOLD("不予公开"),
  /** Consult the third party in writing before deciding (征求第三方意见). */
  CONSULT_THIRD_PARTY("征求第三方意见"),
  /**
   * Report the item to the authority that can determine whether, and at what level, it is secret
   * (报有权机关确定密级); the agency cannot decide alone.
   */
  ESCALATE_SECRECY("报有权机关确定密级");

  private final String label;

  ExemptionOutcome(String label) {
    this.label = label;
  }

  /** Returns the Chinese label, e.g. {@code 部分公开}. */
  public String label() {
    return label;
  }
}
