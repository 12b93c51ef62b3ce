package dev.disclosure.core.report;

/**
 * Who publishes an annual report under OGI_2019 第四十九条 (P-ANNUAL-REPORT-2019): a department of a
 * government at or above county level, or the disclosure authority for its government's report.
 */
public enum Publisher {
  /** 县级以上人民政府部门: submit and publish by 31 January. */
  DEPARTMENT("县级以上人民政府部门"),
  /** 县级以上地方人民政府的政府信息公开工作主管部门 (本级政府年度报告): publish by 31 March. */
  GOVERNMENT("本级人民政府（由政府信息公开工作主管部门公布）");

  private final String label;

  Publisher(String label) {
    this.label = label;
  }

  /** {@return the Chinese label} */
  public String label() {
    return label;
  }
}
