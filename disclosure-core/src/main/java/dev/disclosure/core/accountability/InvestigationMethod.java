package dev.disclosure.core.accountability;

import dev.disclosure.calendar.Citation;
import dev.disclosure.core.law.LegalSources;

/**
 * How the general section investigates a formally accepted complaint (投诉调查, ACC-3, 来源文件000
 * 临海市人防办投诉处理制度第五条), each with a record made (做好相关笔录).
 */
public enum InvestigationMethod {
  /** （一）与投诉人对话. */
  TALK_WITH_COMPLAINANT(
      "与投诉人对话，了解投诉对象、事项、原因以及解决要求",
      "talking with the complainant about the target, matter, cause and the remedy sought"),
  /** （二）与被投诉人及窗口谈话. */
  TALK_WITH_TARGET(
      "与被投诉人及窗口谈话，了解投诉发生的前因后果，听取解释和解决意见",
      "talking with the person and window complained of about what happened, hearing their"
          + " explanation and proposals"),
  /** （三）调出办理信息. */
  CHECK_CASE_RECORDS(
      "通过办事大厅信息管理系统调出有关办理信息，核查投诉事实",
      "checking the facts in the service hall's information system"),
  /** （四）询问目击者. */
  ASK_WITNESSES(
      "通过询问有关目击者或参与被投诉事件的人员，取得相关旁证",
      "asking witnesses or others involved for corroboration");

  /** 投诉处理制度第五条 */
  public static final Citation CITATION =
      Citation.of(
          LegalSources.DOC_000,
          "投诉处理制度第五条",
          "本办综合科正式受理的投诉，可通过以下方式进行调查了解，并做好相关笔录：（一）与投诉人对话，了解投诉对象、事项、原因以及解决要求；（二）与被投诉人及窗口谈话，了解投诉发生的前因后果，听取解释和解决意见；（三）通过办事大厅信息管理系统调出有关办理信息，核查投诉事实；（四）通过询问有关目击者或参与被投诉事件的人员，取得相关旁证。");

  private final String label;
  private final String english;

  InvestigationMethod(String label, String english) {
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
