package dev.disclosure.core.accountability;

import dev.disclosure.calendar.Citation;
import dev.disclosure.core.law.LegalSources;

/**
 * What a complaint may be about (投诉范围, ACC-3, 来源文件000 临海市人防办投诉处理制度第一条（一）): dissatisfaction with
 * the office or its staff in one of five respects.
 */
public enum ComplaintScope {
  /** 服务态度. */
  SERVICE_ATTITUDE("服务态度", "attitude in service"),
  /** 办事效率. */
  EFFICIENCY("办事效率", "efficiency"),
  /** 办件手续. */
  FORMALITIES("办件手续", "formalities"),
  /** 收费情况. */
  CHARGES("收费情况", "charges"),
  /** 办理结果. */
  RESULT("办理结果", "the result");

  /** 投诉处理制度第一条（一） */
  public static final Citation CITATION =
      Citation.of(
          LegalSources.DOC_000,
          "投诉处理制度第一条（一）",
          "办事者对我办及其工作人员的服务态度、办事效率、办件手续、收费情况、办理结果等不满，可向我办综合科投诉");

  private final String label;
  private final String english;

  ComplaintScope(String label, String english) {
    this.label = label;
    this.english = english;
  }

  /** {@return the source's wording} */
  public String label() {
    return label;
  }

  /** {@return the English name} */
  public String english() {
    return english;
  }
}
