package dev.disclosure.core.accountability;

/** Who a sanction is directed at (追究对象, ACC-2). */
public enum SanctionTarget {
  /** 部门或单位. */
  UNIT("部门或单位"),
  /** 主管领导. */
  SUPERVISING_LEADER("主管领导"),
  /** 直接责任人（有关责任人）. */
  RESPONSIBLE_PERSON("直接责任人"),
  /** 案件 (the case as a whole, e.g. referral to the judicial authorities). */
  CASE("案件");

  private final String label;

  SanctionTarget(String label) {
    this.label = label;
  }

  /** Returns the Chinese label. */
  public String label() {
    return label;
  }
}
