package dev.disclosure.core.accountability;

/** Who a sanction is directed at (追究对象, ACC-2). */
public enum SanctionTarget {
  /** 部门或单位. */
  UNIT("部门或单位", "the department or unit"),
  /** 主管领导. */
  SUPERVISING_LEADER("主管领导", "the supervising leader"),
  /** 直接责任人（有关责任人）. */
  RESPONSIBLE_PERSON("直接责任人", "the person directly responsible"),
  /** 案件 (the case as a whole, for example referral to the judicial authorities). */
  CASE("案件", "the case");

  private final String label;
  private final String english;

  SanctionTarget(String label, String english) {
    this.label = label;
    this.english = english;
  }

  /** {@return the Chinese label} */
  public String label() {
    return label;
  }

  /** {@return the English name, for example {@code the supervising leader}} */
  public String english() {
    return english;
  }
}
