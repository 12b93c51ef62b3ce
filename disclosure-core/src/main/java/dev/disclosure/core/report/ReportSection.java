package dev.disclosure.core.report;

/** The six sections of the RPT-2021 annual report (年度报告格式, RPT-2), in order. */
public enum ReportSection {
  /** 一、总体情况. */
  OVERVIEW("一、总体情况", false),
  /** 二、主动公开政府信息情况. */
  PROACTIVE_DISCLOSURE("二、主动公开政府信息情况", false),
  /** 三、收到和处理政府信息公开申请情况 (counted: {@link RequestTable}). */
  REQUESTS("三、收到和处理政府信息公开申请情况", true),
  /** 四、政府信息公开行政复议、行政诉讼情况 (counted: {@link ReviewTable}). */
  RECONSIDERATION_AND_LITIGATION("四、政府信息公开行政复议、行政诉讼情况", true),
  /** 五、存在的主要问题及改进情况. */
  PROBLEMS_AND_IMPROVEMENTS("五、存在的主要问题及改进情况", false),
  /** 六、其他需要报告的事项. */
  OTHER_MATTERS("六、其他需要报告的事项", false);

  private final String label;
  private final boolean counted;

  ReportSection(String label, boolean counted) {
    this.label = label;
    this.counted = counted;
  }

  /** {@return the Chinese heading, for example {@code 三、收到和处理政府信息公开申请情况}} */
  public String label() {
    return label;
  }

  /** {@return whether this library counts the section from case records} */
  public boolean isCounted() {
    return counted;
  }
}
