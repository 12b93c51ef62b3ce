package dev.disclosure.core.proactive;

import dev.disclosure.core.InformationCategory;

/** The catalog of a department's disclosure (部门公开目录, PRO-1, 来源文件003). */
public enum DepartmentCategory implements InformationCategory {
  /** 机构职能: organization and functions. */
  ORGANIZATION_AND_FUNCTIONS("机构职能"),
  /** 政策法规: policies and regulations. */
  POLICIES_AND_REGULATIONS("政策法规"),
  /** 规划计划: plans and programmes. */
  PLANS("规划计划"),
  /** 业务工作: the department's work. */
  OPERATIONS("业务工作"),
  /** 其它: other. */
  OTHER("其它");

  private final String label;

  DepartmentCategory(String label) {
    this.label = label;
  }

  /** Returns the Chinese label, for example {@code 政策法规}. */
  @Override
  public String label() {
    return label;
  }

  /** Returns {@code 部门公开目录}. */
  @Override
  public String catalogLabel() {
    return "部门公开目录";
  }
}
