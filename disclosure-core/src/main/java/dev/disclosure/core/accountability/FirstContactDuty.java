package dev.disclosure.core.accountability;

import dev.disclosure.calendar.Citation;
import dev.disclosure.calendar.Finding;
import dev.disclosure.calendar.FindingKind;
import dev.disclosure.calendar.Phrase;
import dev.disclosure.core.law.LegalSources;
import dev.disclosure.core.law.Rules;
import java.util.List;

/**
 * The first-contact responsibility (首问责任制, P-SERVICE, 来源文件000 临海市人防办政务公开工作承诺制度二、（二）): the first
 * staff member asked (首问责任人) answers for the request, and what they must do depends on the case.
 */
public enum FirstContactDuty {
  /** 2. Within the section's remit: handle it; if not on the spot, tell once what is needed. */
  WITHIN_REMIT(
      "属首问责任人所在科室职责范围内的事",
      "within the section's remit",
      "要按有关规定程序及时予以办理，不能当场办理的，要向当事人一次性告知，解释清楚有关办理的事项需补充或携带的材料以及如何办理等",
      "handle it promptly by the procedure; if it cannot be done on the spot, tell the person once"
          + " what to supplement or bring and how to proceed"),
  /** 3. Outside the remit: take the person to the section that handles it and hand over. */
  OUTSIDE_REMIT(
      "不属于首问责任人所在科室职责范围内的事",
      "outside the section's remit",
      "首问责任人要负责引导群众到承办的部门，并交承办科室的负责人或经办人员",
      "take the person to the department that handles it and hand over to its head or the staff"
          + " member in charge"),
  /** 4. A telephone enquiry or report: register it, pass it on, reply once done. */
  TELEPHONE(
      "电话咨询或举报",
      "a telephone enquiry or report",
      "接听电话的人即为首问责任人，首问责任人应将来电反映的事项、来电人姓名、联系电话等登记在册，并及时通知相关科室或办事人员，办结后，及时回复",
      "the one who answers is responsible: register the matter, the caller's name and number,"
          + " tell the section or staff concerned promptly, and reply once it is done");

  /** 承诺制度二、（二）首问责任制承诺. */
  public static final Citation CITATION =
      Citation.of(
          LegalSources.DOC_000,
          "临海市人防办政务公开工作承诺制度二、（二）首问责任制承诺",
          "1、我们在工作过程中实行首问责任制。群众来单位办事，接受询问的第一位工作人员即为首问责任人。首问责任人保证指导您办理各项人防工作事宜。"
              + "2、首问责任人应根据人群提出的要求，给予明确告知或答复。属首问责任人所在科室职责范围内的事，要按有关规定程序及时予以办理，"
              + "不能当场办理的，要向当事人一次性告知，解释清楚有关办理的事项需补充或携带的材料以及如何办理等。"
              + "3、不属于首问责任人所在科室职责范围内的事，首问责任人要负责引导群众到承办的部门，并交承办科室的负责人或经办人员。"
              + "4、属电话咨询或举报的，接听电话的人即为首问责任人，首问责任人应将来电反映的事项、来电人姓名、联系电话等登记在册，"
              + "并及时通知相关科室或办事人员，办结后，及时回复。");

  private final String label;
  private final String english;
  private final String duty;
  private final String englishDuty;

  FirstContactDuty(String label, String english, String duty, String englishDuty) {
    this.label = label;
    this.english = english;
    this.duty = duty;
    this.englishDuty = englishDuty;
  }

  /** {@return the case in the source's words} */
  public String label() {
    return label;
  }

  /** {@return the case in English} */
  public String english() {
    return english;
  }

  /** {@return what the first-contact person must do, in the source's words} */
  public String duty() {
    return duty;
  }

  /** {@return what the first-contact person must do, in English} */
  public String englishDuty() {
    return englishDuty;
  }

  /**
   * Returns the duty in this case as an applied P-SERVICE finding citing the commitment.
   *
   * @return the finding
   */
  public Finding finding() {
    return Finding.of(
        Rules.P_SERVICE,
        FindingKind.APPLIED,
        Phrase.of(
            "首问责任制：{0}，{1}",
            "first-contact responsibility: {0}: {1}",
            Phrase.of(label, english),
            Phrase.of(duty, englishDuty)),
        List.of(CITATION));
  }
}
