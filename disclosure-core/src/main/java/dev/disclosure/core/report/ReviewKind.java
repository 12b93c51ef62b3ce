package dev.disclosure.core.report;

/** The proceedings of the reconsideration and litigation table (政府信息公开行政复议、行政诉讼情况, RPT-2). */
public enum ReviewKind {
  /** 行政复议. */
  RECONSIDERATION("行政复议"),
  /** 行政诉讼／未经复议直接起诉. */
  LITIGATION_DIRECT("行政诉讼／未经复议直接起诉"),
  /** 行政诉讼／复议后起诉. */
  LITIGATION_AFTER_RECONSIDERATION("行政诉讼／复议后起诉");

  private final String label;

  ReviewKind(String label) {
    this.label = label;
  }

  /** {@return the Chinese label, for example {@code 行政诉讼／复议后起诉}} */
  public String label() {
    return label;
  }

  /** {@return whether the proceeding is a lawsuit (行政诉讼)} */
  public boolean isLitigation() {
    return this != RECONSIDERATION;
  }
}
