package dev.disclosure.core.accountability;

/** Who a sanction is directed at (追究对象, ACC-2). */
public enum SanctionTarget {
  /** 部门或单位. */
  UNIT("部门或单位", "the department or unit"),
  /** 主管领导. */
  SUPERVISING_LEADER("主管领导", "the supervising leader"),
  /** 直接责任人. */
  RESPONSIBLE_PERSON("直接责任人", "the person directly responsible"),
  /** 有关责任人: the persons concerned (来源文件002 责任追究制度四、2.(2); 来源文件000). */
  PERSONS_CONCERNED("有关责任人", "the persons concerned"),
  /** 分管领导: the leader in charge (来源文件000 责任追究制度七、3., which writes 分管道领导). */
  LEADER_IN_CHARGE("分管领导", "the leader in charge"),
  /** 科室: the section (来源文件000 责任追究制度七). */
  SECTION("科室", "the section"),
  /** 有关科、处、室、所 (来源文件003 责任追究). */
  OFFICES_CONCERNED("有关科、处、室、所", "the sections and offices concerned"),
  /**
   * 有关科、处、室、所主要负责人或主管人员和其他直接责任人员 (来源文件003 责任追究).
   */
  HEADS_AND_STAFF_RESPONSIBLE(
      "有关科、处、室、所主要负责人或主管人员和其他直接责任人员",
      "the heads or supervisors of the sections and offices concerned and the other staff directly"
          + " responsible"),
  /** 案件 (the case as a whole, e.g. referral to the judicial authorities). */
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
