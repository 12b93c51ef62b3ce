package dev.disclosure.core.report;

/** The seven parts of the OGI_2008 annual report (政府信息公开工作年度报告, RPT-1, 来源文件003), in order. */
public enum ReportPart2008 {
  /** 工作情况概述. */
  OVERVIEW("工作情况概述", false),
  /** 主动公开政府信息情况. */
  PROACTIVE_DISCLOSURE("主动公开政府信息情况", false),
  /** 依申请公开政府信息和不予公开政府信息情况 (counted from request cases). */
  REQUESTS_AND_NON_DISCLOSURE("依申请公开政府信息和不予公开政府信息情况", true),
  /** 因政府信息公开申请行政复议和提起行政诉讼情况 (counted from review records). */
  RECONSIDERATION_AND_LITIGATION("因政府信息公开申请行政复议和提起行政诉讼情况", true),
  /** 政府信息公开的收费及减免情况. */
  FEES_AND_WAIVERS("政府信息公开的收费及减免情况", false),
  /** 工作存在的主要问题及改进情况. */
  PROBLEMS_AND_IMPROVEMENTS("工作存在的主要问题及改进情况", false),
  /** 其他需要报告的事项. */
  OTHER_MATTERS("其他需要报告的事项", false);

  private final String label;
  private final boolean counted;

  ReportPart2008(String label, boolean counted) {
    this.label = label;
    this.counted = counted;
  }

  /**
   * {@return the Chinese heading as 来源文件003 words it, e.g. {@code 工作情况概述}}
   */
  public String label() {
    return label;
  }

  /** {@return whether this library counts the part from case records} */
  public boolean isCounted() {
    return counted;
  }
}
