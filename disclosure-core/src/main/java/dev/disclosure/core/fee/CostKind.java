package dev.disclosure.core.fee;

/** The costs OGI_2008 allows to be recovered (成本费用的种类, REQ-7); no other fee may be charged. */
public enum CostKind {
  /** 检索费. */
  RETRIEVAL("检索"),
  /** 复制费. */
  COPYING("复制"),
  /** 邮寄费. */
  MAILING("邮寄");

  private final String label;

  CostKind(String label) {
    this.label = label;
  }

  /** {@return the Chinese label, for example {@code 复制}} */
  public String label() {
    return label;
  }
}
