package dev.disclosure.calendar;

import static dev.disclosure.calendar.PeriodUnit.DAYS;
import static dev.disclosure.calendar.PeriodUnit.WORKING_DAYS;

import java.time.MonthDay;

/**
 * Periods for the calendar's own tests, shaped like the named periods of the disclosure rules
 * (IDs, lengths, units, directions and extension bounds as in the rules catalog). The calendar
 * module holds no disclosure law, so its tests build the periods they count with themselves; the
 * named constants and their due dates are tested in disclosure-core ({@code
 * dev.disclosure.core.law.LegalPeriodsTest}).
 */
final class SamplePeriods {

  private static final LegalSource OGI_2008 =
      LegalSource.of(
          "《中华人民共和国政府信息公开条例》（国务院令第492号）",
          "Regulations on Open Government Information (State Council Decree No. 492)");
  private static final LegalSource OGI_2019 =
      LegalSource.of(
          "《中华人民共和国政府信息公开条例》（国务院令第711号）",
          "Regulations on Open Government Information (State Council Decree No. 711)");
  static final LegalSource RULES = LegalSource.of("《样例工作制度》", "Sample Working Rules");

  /** The rule that allows and bounds extensions of a request's reply period. */
  static final RuleId REQ_6 = RuleId.of("REQ-6");

  /** A 2019-regulation provision with a reply period: 第三十三条. */
  static final Citation ART_33 =
      Citation.of(OGI_2019, "第三十三条", "行政机关不能当场答复的，应当自收到申请之日起20个工作日内予以答复。");

  /** Shaped like P-REPLY-2019: 20 working days, extendable by at most 20. */
  static final LegalPeriod REPLY_2019 =
      LegalPeriod.of(RuleId.of("P-REPLY-2019"), 20, WORKING_DAYS, "自收到申请之日起20个工作日内予以答复", ART_33)
          .withExtensionUpTo(20, REQ_6);

  /** Shaped like P-REPLY-2008: 15 working days, extendable by at most 15. */
  static final LegalPeriod REPLY_2008 =
      LegalPeriod.of(
              RuleId.of("P-REPLY-2008"),
              15,
              WORKING_DAYS,
              "自收到申请之日起15个工作日内予以答复",
              Citation.of(OGI_2008, "第二十四条", "应当自收到申请之日起15个工作日内予以答复。"))
          .withExtensionUpTo(15, REQ_6);

  /** Shaped like P-CORRECTION-2019: 7 working days. */
  static final LegalPeriod CORRECTION_2019 =
      LegalPeriod.of(
          RuleId.of("P-CORRECTION-2019"),
          7,
          WORKING_DAYS,
          "自收到申请之日起7个工作日内一次性告知申请人作出补正",
          Citation.of(OGI_2019, "第三十条", "答复期限自行政机关收到补正的申请之日起计算。"));

  /** Shaped like P-THIRD-PARTY-2019: 15 working days, no extension. */
  static final LegalPeriod THIRD_PARTY_2019 =
      LegalPeriod.of(
          RuleId.of("P-THIRD-PARTY-2019"),
          15,
          WORKING_DAYS,
          "第三方应当自收到征求意见书之日起15个工作日内提出意见",
          Citation.of(OGI_2019, "第三十二条", "第三方应当自收到征求意见书之日起15个工作日内提出意见。"));

  /** Shaped like P-CO-AGENCY-2019: 15 working days. */
  static final LegalPeriod CO_AGENCY_2019 =
      LegalPeriod.of(
          RuleId.of("P-CO-AGENCY-2019"),
          15,
          WORKING_DAYS,
          "被征求意见机关应当自收到征求意见书之日起15个工作日内提出意见",
          Citation.of(OGI_2019, "第三十四条", "被征求意见机关应当自收到征求意见书之日起15个工作日内提出意见。"));

  /** Shaped like P-FEE-PAYMENT-2020: 20 working days. */
  static final LegalPeriod FEE_PAYMENT_2020 =
      LegalPeriod.of(
          RuleId.of("P-FEE-PAYMENT-2020"),
          20,
          WORKING_DAYS,
          "申请人应当在收到收费通知次日起20个工作日内缴纳费用",
          Citation.of(RULES, "第二条", "申请人应当在收到收费通知次日起20个工作日内缴纳费用。"));

  /** Shaped like P-PROACTIVE-SCHOOL: 30 calendar days. */
  static final LegalPeriod PROACTIVE_SCHOOL =
      LegalPeriod.of(
          RuleId.of("P-PROACTIVE-SCHOOL"),
          30,
          DAYS,
          "最迟不超过自该信息形成或者变更之日起的30日",
          Citation.of(RULES, "学校信息公开", "最迟不超过自该信息形成或者变更之日起的30日。"));

  /** Shaped like P-HEARING's report: 7 calendar days. */
  static final LegalPeriod HEARING_REPORT =
      LegalPeriod.of(
          RuleId.of("P-HEARING"),
          7,
          DAYS,
          "听证会后七日内形成听证报告",
          Citation.of(RULES, "第十四条", "听证会后七日内形成听证报告。"));

  /** Shaped like P-INTERVIEW's topic: 15 working days before the event. */
  static final LegalPeriod INTERVIEW_TOPIC =
      LegalPeriod.of(
              RuleId.of("P-INTERVIEW"),
              15,
              WORKING_DAYS,
              "访谈活动开始的15个工作日前告知访谈内容",
              Citation.of(RULES, "第十一条", "必须在该访谈活动开始的15个工作日前告知。"))
          .countedBackwards();

  /** Shaped like P-INTERVIEW's notice to the answerer: 5 calendar days before the event. */
  static final LegalPeriod INTERVIEW_ANSWERER_NOTICE =
      LegalPeriod.of(
              RuleId.of("P-INTERVIEW"),
              5,
              DAYS,
              "访谈活动开始的5日前告知答复义务人",
              Citation.of(RULES, "第十二条", "在该访谈活动开始的5日前告知答复义务人。"))
          .countedBackwards();

  /** Shaped like P-ANNUAL-REPORT-2008: 31 March of the following year. */
  static final AnnualDeadline ANNUAL_REPORT_2008 = annualReport2008();

  /** Shaped like P-ANNUAL-REPORT-2019 for governments: 31 March of the following year. */
  static final AnnualDeadline ANNUAL_REPORT_2019_GOVERNMENTS =
      AnnualDeadline.of(
          RuleId.of("P-ANNUAL-REPORT-2019"),
          "每年3月31日前公布本级政府上一年度年度报告",
          1,
          MonthDay.of(3, 31),
          Citation.of(OGI_2019, "第四十九条", "应当在每年3月31日前向社会公布本级政府上一年度政府信息公开工作年度报告。"));

  /** Returns a new annual deadline equal to {@link #ANNUAL_REPORT_2008}. */
  static AnnualDeadline annualReport2008() {
    return AnnualDeadline.of(
        RuleId.of("P-ANNUAL-REPORT-2008"),
        "每年3月31日前公布本行政机关的政府信息公开工作年度报告",
        1,
        MonthDay.of(3, 31),
        Citation.of(OGI_2008, "第三十一条", "各级行政机关应当在每年3月31日前公布本行政机关的政府信息公开工作年度报告。"));
  }

  private SamplePeriods() {}
}
