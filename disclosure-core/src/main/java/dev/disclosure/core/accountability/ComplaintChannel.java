package dev.disclosure.core.accountability;

import dev.disclosure.calendar.Citation;
import dev.disclosure.core.law.LegalSources;

/**
 * The four ways to complain (投诉方式, ACC-3, 来源文件000 临海市人防办投诉处理制度第三条). The source's contact
 * details (telephone number, website, address) are the office's own and are not reproduced.
 */
public enum ComplaintChannel {
  /** （一）现场投诉: in person at the general section, in office hours. */
  IN_PERSON("现场投诉", "in person"),
  /** （二）电话投诉: by telephone, in office hours. */
  TELEPHONE("电话投诉", "by telephone"),
  /** （三）网上投诉: online, on the office's website. */
  ONLINE("网上投诉", "online"),
  /** （四）信函投诉: by letter to the general section. */
  LETTER("信函投诉", "by letter");

  /** 投诉处理制度第三条 */
  public static final Citation CITATION =
      Citation.of(
          LegalSources.DOC_000,
          "投诉处理制度第三条",
          "（一）现场投诉：办事者可在上班时间直接到本办综合科提起投诉；（二）电话投诉：办事者可在上班时间通过电话投诉；（三）网上投诉：办事者可登录人防网站进行投诉……（四）信函投诉：办事者可将投诉意见寄往");

  private final String label;
  private final String english;

  ComplaintChannel(String label, String english) {
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
