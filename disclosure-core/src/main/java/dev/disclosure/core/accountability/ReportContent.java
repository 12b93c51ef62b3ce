package dev.disclosure.core.accountability;

/**
 * What a publicity report (公示报告, 来源文件000 重大事项公示和听证制度第十条) or a hearing report (听证报告, 第十四条)
 * includes: the same three parts, each required.
 */
public enum ReportContent {
  /** （一）公示（听证）的基本情况. */
  BASIC_FACTS("基本情况", "the basic facts"),
  /** （二）收集的主要意见、建议及理由. */
  MAIN_OPINIONS("收集的主要意见、建议及理由", "the main opinions and suggestions gathered, with reasons"),
  /** （三）对主要意见、建议的处理意见. */
  PROPOSED_HANDLING("对主要意见、建议的处理意见", "how the main opinions and suggestions are to be handled");

  private final String label;
  private final String english;

  ReportContent(String label, String english) {
    this.label = label;
    this.english = english;
  }

  /**
   * {@return the source's wording, without the report's name, e.g. {@code 基本情况}}
   */
  public String label() {
    return label;
  }

  /** {@return the English name} */
  public String english() {
    return english;
  }
}
