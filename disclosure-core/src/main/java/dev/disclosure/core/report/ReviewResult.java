package dev.disclosure.core.report;

/**
 * The result columns of the reconsideration and litigation table (RPT-2): 结果维持, 结果纠正, 其他结果, 尚未审结
 * and 总计.
 */
public enum ReviewResult {
  /** 结果维持. */
  UPHELD("结果维持"),
  /** 结果纠正. */
  CORRECTED("结果纠正"),
  /** 其他结果. */
  OTHER("其他结果"),
  /** 尚未审结. */
  PENDING("尚未审结"),
  /** 总计. */
  TOTAL("总计");

  private final String label;

  ReviewResult(String label) {
    this.label = label;
  }

  /** {@return the Chinese label, for example {@code 结果纠正}} */
  public String label() {
    return label;
  }
}
