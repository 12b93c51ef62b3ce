package dev.disclosure.core.law;

import static dev.disclosure.calendar.PeriodUnit.DAYS;
import static dev.disclosure.calendar.PeriodUnit.WORKING_DAYS;
import static dev.disclosure.core.law.LegalSources.DOC_000;
import static dev.disclosure.core.law.LegalSources.DOC_001;
import static dev.disclosure.core.law.LegalSources.DOC_002;
import static dev.disclosure.core.law.LegalSources.DOC_003;
import static dev.disclosure.core.law.LegalSources.OGI_2008;
import static dev.disclosure.core.law.LegalSources.OGI_2019;

import com.google.common.collect.ImmutableList;
import dev.disclosure.calendar.AnnualDeadline;
import dev.disclosure.calendar.Citation;
import dev.disclosure.calendar.CountingRules;
import dev.disclosure.calendar.LegalPeriod;
import java.time.MonthDay;
import java.util.List;

/**
 * The named periods of the disclosure rules (法定期限), each with its ID from the rules catalog and
 * its citations, so that no caller retypes "15 working days".
 *
 * <p>Rows of the catalog that hold several periods have one constant per period, all carrying the
 * row's ID (for example the three periods of {@code P-HEARING}). Dates fixed in the year are {@link
 * AnnualDeadline}s; update cadences (P-CADENCE) are {@link Cadence} values and the frequencies of
 * oversight and interviews (P-OVERSIGHT, P-INTERVIEW) are {@link Frequency} values.
 *
 * <p>The counting rules themselves are cited by {@link CountingRules}.
 */
public final class LegalPeriods {

  /** OGI-2008 第二十四条, the reply period of the 2008 regime. */
  static final Citation OGI_2008_ART_24 =
      Citation.of(
          OGI_2008,
          "第二十四条",
          "行政机关不能当场答复的，应当自收到申请之日起15个工作日内予以答复；如需延长答复期限的，应当经政府信息公开工作机构负责人同意，"
              + "并告知申请人，延长答复的期限最长不得超过15个工作日。申请公开的政府信息涉及第三方权益的，行政机关征求第三方意见所需时间"
              + "不计算在本条第二款规定的期限内。");
  /** OGI-2019 第三十三条, the reply period of the 2019 regime. */
  static final Citation OGI_2019_ART_33 =
      Citation.of(
          OGI_2019,
          "第三十三条",
          "行政机关不能当场答复的，应当自收到申请之日起20个工作日内予以答复；需要延长答复期限的，应当经政府信息公开工作机构负责人同意"
              + "并告知申请人，延长的期限最长不得超过20个工作日。行政机关征求第三方和其他机关意见所需时间不计算在前款规定的期限内。");

  /**
   * P-REPLY-2008: answer on the spot, else within 15 working days of receipt; one or more
   * extensions of at most 15 working days in total; third-party consultation time not counted
   * (OGI-2008 第二十四条; 来源文件002).
   */
  public static final LegalPeriod P_REPLY_2008 =
      LegalPeriod.of(
          Rules.P_REPLY_2008,
              15,
              WORKING_DAYS,
              "自收到申请之日起15个工作日内予以答复；延长答复的期限最长不得超过15个工作日",
              OGI_2008_ART_24,
              Citation.of(
                  DOC_002,
                  "依申请公开",
                  "不能当场答复的，应当自收到申请之日起15个工作日内予以答复；如需延长答复期限的，应当经政府信息公开工作机构负责人同意，"
                      + "并告知申请人，延长答复的期限最长不得超过15个工作日。"))
          .withExtensionUpTo(15, Rules.REQ_6);

  /**
   * P-REPLY-2019: answer on the spot, else within 20 working days of receipt; extensions of at
   * most 20 working days in total; time consulting third parties and other agencies not counted
   * (OGI-2019 第三十三条).
   */
  public static final LegalPeriod P_REPLY_2019 =
      LegalPeriod.of(
          Rules.P_REPLY_2019,
              20,
              WORKING_DAYS,
              "自收到申请之日起20个工作日内予以答复；延长的期限最长不得超过20个工作日",
              OGI_2019_ART_33)
          .withExtensionUpTo(20, Rules.REQ_6);

  /**
   * P-CORRECTION-2019: tell the applicant once, in full, what to supplement within 7 working days
   * of receipt; the reply period restarts on receipt of the supplement (OGI-2019 第三十条).
   */
  public static final LegalPeriod P_CORRECTION_2019 =
      LegalPeriod.of(
          Rules.P_CORRECTION_2019,
          7,
          WORKING_DAYS,
          "自收到申请之日起7个工作日内一次性告知申请人作出补正",
          Citation.of(
              OGI_2019,
              "第三十条",
              "政府信息公开申请内容不明确的，行政机关应当给予指导和释明，并自收到申请之日起7个工作日内一次性告知申请人作出补正，"
                  + "说明需要补正的事项和合理的补正期限。答复期限自行政机关收到补正的申请之日起计算。申请人无正当理由逾期不补正的，"
                  + "视为放弃申请，行政机关不再处理该政府信息公开申请。"));

  /**
   * P-THIRD-PARTY-2019: the third party replies within 15 working days of receiving the
   * consultation; silence leaves the decision to the agency (OGI-2019 第三十二条).
   */
  public static final LegalPeriod P_THIRD_PARTY_2019 =
      LegalPeriod.of(
          Rules.P_THIRD_PARTY_2019,
          15,
          WORKING_DAYS,
          "第三方应当自收到征求意见书之日起15个工作日内提出意见",
          Citation.of(
              OGI_2019,
              "第三十二条",
              "第三方应当自收到征求意见书之日起15个工作日内提出意见。第三方逾期未提出意见的，由行政机关依照本条例的规定决定是否公开。"));

  /**
   * P-CO-AGENCY-2019: an agency consulted on jointly made information replies within 15 working
   * days; silence counts as consent (OGI-2019 第三十四条).
   */
  public static final LegalPeriod P_CO_AGENCY_2019 =
      LegalPeriod.of(
          Rules.P_CO_AGENCY_2019,
          15,
          WORKING_DAYS,
          "被征求意见机关应当自收到征求意见书之日起15个工作日内提出意见，逾期未提出意见的视为同意公开",
          Citation.of(
              OGI_2019,
              "第三十四条",
              "被征求意见机关应当自收到征求意见书之日起15个工作日内提出意见，逾期未提出意见的视为同意公开。"));

  /**
   * P-PROACTIVE under OGI_2008: publish proactive information within 20 working days of its
   * formation or change; if a legal cause prevents it, immediately after the cause ends (OGI-2008
   * 第十八条, 来源文件002).
   */
  public static final LegalPeriod P_PROACTIVE_2008 =
      LegalPeriod.of(
          Rules.P_PROACTIVE,
          20,
          WORKING_DAYS,
          "自该政府信息形成或者变更之日起20个工作日内予以公开；因法定事由不能按时公开的，待原因消除后立即公开",
          Citation.of(
              OGI_2008,
              "第十八条",
              "属于主动公开范围的政府信息，应当自该政府信息形成或者变更之日起20个工作日内予以公开。"),
          Citation.of(
              DOC_002,
              "主动公开制度二、5",
              "属于主动公开范围的政府信息，要在该政府信息形成或者变更之日起20个工作日内予以公开。因法定事由不能按时公开的，待原因消除后立即公开。"));

  /**
   * P-PROACTIVE under OGI_2019: publish proactive information within 20 working days of its
   * formation or change (OGI-2019 第二十六条).
   */
  public static final LegalPeriod P_PROACTIVE_2019 =
      LegalPeriod.of(
          Rules.P_PROACTIVE,
          20,
          WORKING_DAYS,
          "自该政府信息形成或者变更之日起20个工作日内及时公开",
          Citation.of(
              OGI_2019,
              "第二十六条",
              "属于主动公开范围的政府信息，应当自该政府信息形成或者变更之日起20个工作日内及时公开。"));

  /**
   * P-PROACTIVE-SCHOOL: schools publish at the first possible moment, at most 30 days from
   * formation or change (来源文件003).
   */
  public static final LegalPeriod P_PROACTIVE_SCHOOL =
      LegalPeriod.of(
          Rules.P_PROACTIVE_SCHOOL,
          30,
          DAYS,
          "学校应尽可能在信息产生后第一时间予以公开，最迟不超过自该信息形成或者变更之日起的30日",
          Citation.of(
              DOC_003,
              "小学信息公开工作实施方案四、信息公开的时限",
              "对于主动公开信息，学校应尽可能在信息产生后第一时间予以公开，最迟不超过自该信息形成或者变更之日起的30日。"));

  /** P-SECRECY-REVIEW: the secrecy review body gives its opinion within 15 working days (来源文件002). */
  public static final LegalPeriod P_SECRECY_REVIEW =
      LegalPeriod.of(
          Rules.P_SECRECY_REVIEW,
          15,
          WORKING_DAYS,
          "负责保密审查的机构接到信息审查申请后，应在15个工作日内提出审查确认的意见",
          Citation.of(
              DOC_002,
              "保密审查制度第十二条",
              "行政机关负责保密审查的机构接到信息审查申请后，应在15个工作日内提出审查确认的意见。"));

  /** P-CHANGE-UPDATE: changed content is supplied within 15 working days of the change (来源文件003). */
  public static final LegalPeriod P_CHANGE_UPDATE =
      LegalPeriod.of(
          Rules.P_CHANGE_UPDATE,
          15,
          WORKING_DAYS,
          "公开内容发生变更后，应在15个工作日内提供变更内容",
          Citation.of(
              DOC_003,
              "XX局政府信息公开工作五、考核",
              "公开内容发生变更后，未能在15个工作日提供变更内容的，每项扣0.5分。"));

  private static final Citation ACCOUNTABILITY_APPEAL =
      Citation.of(
          DOC_002,
          "责任追究制度",
          "如果对处理结果有异议，应于接到处理通知后5个工作日内向本级或上级政务公开领导小组办公室申请复核或提出申诉。"
              + "政务公开领导小组办公室接到复核申请或受理申诉后，应于20个工作日内完成复核，作出裁决，并下达书面通知。");

  /** P-ACCOUNTABILITY-APPEAL, first part: appeal within 5 working days of receiving the notice (来源文件002). */
  public static final LegalPeriod P_ACCOUNTABILITY_APPEAL =
      LegalPeriod.of(
          Rules.P_ACCOUNTABILITY_APPEAL,
          5,
          WORKING_DAYS,
          "接到处理通知后5个工作日内申请复核或提出申诉",
          ACCOUNTABILITY_APPEAL);

  /** P-ACCOUNTABILITY-APPEAL, second part: the office decides within 20 working days (来源文件002). */
  public static final LegalPeriod P_ACCOUNTABILITY_APPEAL_DECISION =
      LegalPeriod.of(
          Rules.P_ACCOUNTABILITY_APPEAL,
          20,
          WORKING_DAYS,
          "接到复核申请或受理申诉后，应于20个工作日内完成复核，作出裁决",
          ACCOUNTABILITY_APPEAL);

  /**
   * P-PUBLICITY: a major decision is publicized for 10 working days, statutory holidays excluded
   * (来源文件000). The day it is posted is not counted (CAL-4); the constant gives the last day.
   */
  public static final LegalPeriod P_PUBLICITY =
      LegalPeriod.of(
          Rules.P_PUBLICITY,
          10,
          WORKING_DAYS,
          "公示的时间为十个工作日，法定节假日除外",
          Citation.of(DOC_000, "重大事项公示和听证制度第六条", "公示的时间为十个工作日，法定节假日除外。"));

  /** P-HEARING, first part: the hearing is decided and announced within 5 working days after publicity ends (来源文件000). */
  public static final LegalPeriod P_HEARING_DECISION =
      LegalPeriod.of(
          Rules.P_HEARING,
          5,
          WORKING_DAYS,
          "重大行政决策事项需要听证的，应在公示结束后五个工作日内作出，并向社会公告",
          Citation.of(
              DOC_000,
              "重大事项公示和听证制度第十一条",
              "重大行政决策事项需要听证的，应在公示结束后五个工作日内作出，并向社会公告听证会时间、地点、参加方式、参加人数等。"));

  /** P-HEARING, second part: the hearing report within 7 days after the hearing (来源文件000). */
  public static final LegalPeriod P_HEARING_REPORT =
      LegalPeriod.of(
          Rules.P_HEARING,
          7,
          DAYS,
          "听证会后七日内形成听证报告",
          Citation.of(
              DOC_000, "重大事项公示和听证制度第十四条", "听证会后七日内，相关科室应如实、全面、及时形成听证报告。"));

  /** P-HEARING, third part: feedback to those who commented within 15 days after the hearing (来源文件000). */
  public static final LegalPeriod P_HEARING_FEEDBACK =
      LegalPeriod.of(
          Rules.P_HEARING,
          15,
          DAYS,
          "听证会后十五日内反馈意见、建议的处理情况",
          Citation.of(
              DOC_000,
              "重大事项公示和听证制度第十五条",
              "听证会后十五日内，相关科室应将听证会上的主要意见、建议的处理情况反馈给意见、建议的提出者。"));

  private static final Citation SERVICE_COMMITMENT =
      Citation.of(
          DOC_000,
          "临海市人防办政务公开工作承诺制度二、（四）限时办结承诺",
          "对您申请办理的人防工程的初步设计、防空地下室的免建等有关人防行政许可手续，资料齐全的，我们在受理后2个工作日内办结；"
              + "其余的在4个工作日办结。");

  /** P-SERVICE, first part: a licensing item with complete materials is done within 2 working days of acceptance (来源文件000). */
  public static final LegalPeriod P_SERVICE_LICENSING =
      LegalPeriod.of(
          Rules.P_SERVICE, 2, WORKING_DAYS, "行政许可事项资料齐全的，受理后2个工作日内办结", SERVICE_COMMITMENT);

  /** P-SERVICE, second part: other items within 4 working days (来源文件000). */
  public static final LegalPeriod P_SERVICE_OTHER =
      LegalPeriod.of(
          Rules.P_SERVICE, 4, WORKING_DAYS, "其余事项4个工作日办结", SERVICE_COMMITMENT);

  /** P-ONE-TIME-NOTICE: missing materials are told once, on the spot or within 5 days (来源文件001). */
  public static final LegalPeriod P_ONE_TIME_NOTICE =
      LegalPeriod.of(
          Rules.P_ONE_TIME_NOTICE,
          5,
          DAYS,
          "申请材料不齐全的，当场或者5日内一次性告知申请人需要补正的全部材料",
          Citation.of(
              DOC_001,
              "政务公开示范点推荐材料一、（三）三是实施一次告知制",
              "申请材料不齐全或者不符合法定形式的，工作窗口应当在收到申请材料的当场或者5日内一次性告知申请人需要补正的全部材料。"));

  /** P-HOTLINE: contact the person who raised a hotline issue within 3 working days (来源文件001). */
  public static final LegalPeriod P_HOTLINE =
      LegalPeriod.of(
          Rules.P_HOTLINE,
          3,
          WORKING_DAYS,
          "对属于本部门承办范围内的，在3个工作日内与反映问题的群众取得联系",
          Citation.of(
              DOC_001,
              "政务公开示范点推荐材料二、（二）四是积极参与“阳光政务热线”直播节目",
              "对属于本部门承办范围内的，在3个工作日内与反映问题的群众取得联系。"));

  /** P-PUBLISH-SUBMITTED: the information center publishes submitted material within 2 days (来源文件002). */
  public static final LegalPeriod P_PUBLISH_SUBMITTED =
      LegalPeriod.of(
          Rules.P_PUBLISH_SUBMITTED,
          2,
          DAYS,
          "信息中心接到公开材料后，在两日内发布",
          Citation.of(DOC_002, "信息报送制度二、3", "市信息中心接到公开材料后，在两日内输入富锦市政务公开网进行发布。"));

  /**
   * P-FEE-PAYMENT-2020: the applicant pays the processing fee within 20 working days from the day
   * after receiving the fee notice, otherwise the request is abandoned. Counting "from the day
   * after" (次日起) is CAL-4 counting from the day of receipt, so the start date is the day the
   * notice was received. The rule is FEE-2020's as restated by the provincial implementing notices;
   * the citation quotes one of them.
   */
  public static final LegalPeriod P_FEE_PAYMENT_2020 =
      LegalPeriod.of(
          Rules.P_FEE_PAYMENT_2020,
          20,
          WORKING_DAYS,
          "申请人应当在收到收费通知次日起20个工作日内缴纳费用，逾期未缴纳的视为放弃申请",
          Citation.of(
              LegalSources.SICHUAN_FEE_NOTICE,
              "第二条",
              "申请人应当在收到收费通知次日起20个工作日内缴纳费用，逾期未缴纳的视为放弃申请。"));

  private static final Citation INTERVIEW_RULES_11 =
      Citation.of(
          DOC_003,
          "“网上访谈”工作制度第十一条",
          "每期“网上访谈”内容由答复义务人自行安排，但必须在该访谈活动开始的15个工作日前告知市政府信息公开工作机构。");
  private static final Citation INTERVIEW_RULES_12 =
      Citation.of(
          DOC_003,
          "“网上访谈”工作制度第十二条",
          "市政府信息公开工作机构应于每期“网上访谈”开始的15个工作日前，在市政府公众信息网“网上访谈”预告，并征集公众的意见，"
              + "在该访谈活动开始的5日前告知答复义务人。");
  private static final Citation INTERVIEW_RULES_13 =
      Citation.of(
          DOC_003,
          "“网上访谈”工作制度第十三条",
          "“网上访谈”每年度原则上不少于26期，活动时间每期不超过2小时，非因特殊原因不得提前终止和延长时间。"
              + "市政府信息公开主管部门可以根据公众要求，调整访谈计划和内容，但需在访谈开始的20个工作日前通知答复义务人。");
  private static final Citation INTERVIEW_RULES_14 =
      Citation.of(
          DOC_003,
          "“网上访谈”工作制度第十四条",
          "市政府信息公开工作机构应于每期“网上访谈”开始前5日内，告知答复义务人活动地点；答复义务人应在该访谈开始3日前，"
              + "告知市政府信息公开工作机构本单位参加访谈活动的人员数量、职务等信息。");

  /** P-INTERVIEW: the topic is given 15 working days before the interview (来源文件003 第十一条). */
  public static final LegalPeriod P_INTERVIEW_TOPIC =
      LegalPeriod.of(
          Rules.P_INTERVIEW, 15, WORKING_DAYS, "访谈活动开始的15个工作日前告知访谈内容", INTERVIEW_RULES_11)
          .countedBackwards();

  /** P-INTERVIEW: the preview is posted 15 working days before the interview (来源文件003 第十二条). */
  public static final LegalPeriod P_INTERVIEW_PREVIEW =
      LegalPeriod.of(
          Rules.P_INTERVIEW, 15, WORKING_DAYS, "访谈开始的15个工作日前在网上预告并征集意见", INTERVIEW_RULES_12)
          .countedBackwards();

  /** P-INTERVIEW: the answerer is told 5 days before the interview (来源文件003 第十二条). */
  public static final LegalPeriod P_INTERVIEW_ANSWERER_NOTICE =
      LegalPeriod.of(
          Rules.P_INTERVIEW, 5, DAYS, "访谈活动开始的5日前告知答复义务人", INTERVIEW_RULES_12)
          .countedBackwards();

  /** P-INTERVIEW: changes of the plan are notified 20 working days before the interview (来源文件003 第十三条). */
  public static final LegalPeriod P_INTERVIEW_PLAN_CHANGE =
      LegalPeriod.of(
          Rules.P_INTERVIEW, 20, WORKING_DAYS, "调整访谈计划和内容，需在访谈开始的20个工作日前通知答复义务人", INTERVIEW_RULES_13)
          .countedBackwards();

  /**
   * P-INTERVIEW: the venue is told within the 5 days before the interview (来源文件003 第十四条). The
   * text sets a window, not a latest day: the constant gives its first day, and any day from it up
   * to the interview complies ([convention]).
   */
  public static final LegalPeriod P_INTERVIEW_VENUE_NOTICE =
      LegalPeriod.of(
          Rules.P_INTERVIEW, 5, DAYS, "访谈开始前5日内告知答复义务人活动地点", INTERVIEW_RULES_14)
          .countedBackwards();

  /** P-INTERVIEW: the attendee list is given 3 days before the interview (来源文件003 第十四条). */
  public static final LegalPeriod P_INTERVIEW_ATTENDEES =
      LegalPeriod.of(
          Rules.P_INTERVIEW, 3, DAYS, "答复义务人应在访谈开始3日前告知参加人员", INTERVIEW_RULES_14)
          .countedBackwards();

  /**
   * P-INTERVIEW: the summary report within 3 working days from the day after the interview ends
   * (来源文件003 第十五条); counting from the day after is CAL-4 counting from the day it ends.
   */
  public static final LegalPeriod P_INTERVIEW_SUMMARY =
      LegalPeriod.of(
          Rules.P_INTERVIEW,
          3,
          WORKING_DAYS,
          "自每期“网上访谈”结束的第二日起，3个工作日内报送访谈情况汇总报告",
          Citation.of(
              DOC_003,
              "“网上访谈”工作制度第十五条",
              "自每期“网上访谈”结束的第二日起，3个工作日内，市政府信息公开工作机构应将访谈情况汇总报告报市委、市人大、市政府、市政协办公室及市政府信息公开主管部门。"));

  /** P-ANNUAL-REPORT-2008: the annual report is published by 31 March of the following year (OGI-2008 第三十一条, 来源文件003). */
  public static final AnnualDeadline P_ANNUAL_REPORT_2008 =
      AnnualDeadline.of(
          Rules.P_ANNUAL_REPORT_2008,
          "每年3月31日前公布本行政机关的政府信息公开工作年度报告；统计期限自1月1日起至12月31日止",
          1,
          MonthDay.of(3, 31),
          Citation.of(OGI_2008, "第三十一条", "各级行政机关应当在每年3月31日前公布本行政机关的政府信息公开工作年度报告。"));

  private static final Citation OGI_2019_ART_49 =
      Citation.of(
          OGI_2019,
          "第四十九条",
          "县级以上人民政府部门应当在每年1月31日前向本级政府信息公开工作主管部门提交本行政机关上一年度政府信息公开工作年度报告并向社会公布。"
              + "县级以上地方人民政府的政府信息公开工作主管部门应当在每年3月31日前向社会公布本级政府上一年度政府信息公开工作年度报告。");

  /** P-ANNUAL-REPORT-2019, departments: submit and publish by 31 January of the following year (OGI-2019 第四十九条). */
  public static final AnnualDeadline P_ANNUAL_REPORT_2019_DEPARTMENTS =
      AnnualDeadline.of(
          Rules.P_ANNUAL_REPORT_2019,
          "县级以上人民政府部门每年1月31日前提交并公布上一年度年度报告",
          1,
          MonthDay.of(1, 31),
          OGI_2019_ART_49);

  /** P-ANNUAL-REPORT-2019, governments: the disclosure authority publishes its government's report by 31 March (OGI-2019 第四十九条). */
  public static final AnnualDeadline P_ANNUAL_REPORT_2019_GOVERNMENTS =
      AnnualDeadline.of(
          Rules.P_ANNUAL_REPORT_2019,
          "政府信息公开工作主管部门每年3月31日前公布本级政府上一年度年度报告",
          1,
          MonthDay.of(3, 31),
          OGI_2019_ART_49);

  private static final Citation COMPOSITE_ASSESSMENT =
      Citation.of(
          DOC_003,
          "政府信息公开工作考核办法",
          "每年7月15日前和次年1月15日前，各县区、各部门分别对考核年度上半年、下半年情况进行自我考核，填写上半年和下半年市政府信息公开工作考核表。");

  /** P-OVERSIGHT: the first half-year's self-assessment by 15 July of the same year (来源文件003). */
  public static final AnnualDeadline P_OVERSIGHT_FIRST_HALF_SELF_ASSESSMENT =
      AnnualDeadline.of(
          Rules.P_OVERSIGHT, "每年7月15日前对上半年情况进行自我考核", 0, MonthDay.of(7, 15), COMPOSITE_ASSESSMENT);

  /** P-OVERSIGHT: the second half-year's self-assessment by 15 January of the following year (来源文件003). */
  public static final AnnualDeadline P_OVERSIGHT_SECOND_HALF_SELF_ASSESSMENT =
      AnnualDeadline.of(
          Rules.P_OVERSIGHT, "次年1月15日前对下半年情况进行自我考核", 1, MonthDay.of(1, 15), COMPOSITE_ASSESSMENT);

  /** P-OVERSIGHT: the composite assessment's notice by the end of February of the following year (来源文件003). */
  public static final AnnualDeadline P_OVERSIGHT_ASSESSMENT_NOTICE =
      AnnualDeadline.of(
          Rules.P_OVERSIGHT,
          "次年2月底前通报综合考核结果",
          1,
          MonthDay.of(2, 29),
          Citation.of(
              DOC_003,
              "XX局政府信息公开工作五、考核",
              "次年2月上旬，市政府办公室完成对各县区、各部门平时考核、自我考核、社会评估等成绩汇总，根据汇总成绩确定各县区、各部门考核等次。"
                  + "次年2月底前，对全市政府信息公开工作考核情况进行通报。"));

  private static final ImmutableList<LegalPeriod> ALL =
      ImmutableList.of(
          P_REPLY_2008,
          P_REPLY_2019,
          P_CORRECTION_2019,
          P_THIRD_PARTY_2019,
          P_CO_AGENCY_2019,
          P_PROACTIVE_2008,
          P_PROACTIVE_2019,
          P_PROACTIVE_SCHOOL,
          P_SECRECY_REVIEW,
          P_CHANGE_UPDATE,
          P_ACCOUNTABILITY_APPEAL,
          P_ACCOUNTABILITY_APPEAL_DECISION,
          P_PUBLICITY,
          P_HEARING_DECISION,
          P_HEARING_REPORT,
          P_HEARING_FEEDBACK,
          P_SERVICE_LICENSING,
          P_SERVICE_OTHER,
          P_ONE_TIME_NOTICE,
          P_HOTLINE,
          P_PUBLISH_SUBMITTED,
          P_FEE_PAYMENT_2020,
          P_INTERVIEW_TOPIC,
          P_INTERVIEW_PREVIEW,
          P_INTERVIEW_ANSWERER_NOTICE,
          P_INTERVIEW_PLAN_CHANGE,
          P_INTERVIEW_VENUE_NOTICE,
          P_INTERVIEW_ATTENDEES,
          P_INTERVIEW_SUMMARY);

  private static final ImmutableList<AnnualDeadline> ALL_ANNUAL =
      ImmutableList.of(
          P_ANNUAL_REPORT_2008,
          P_ANNUAL_REPORT_2019_DEPARTMENTS,
          P_ANNUAL_REPORT_2019_GOVERNMENTS,
          P_OVERSIGHT_FIRST_HALF_SELF_ASSESSMENT,
          P_OVERSIGHT_SECOND_HALF_SELF_ASSESSMENT,
          P_OVERSIGHT_ASSESSMENT_NOTICE);

  private LegalPeriods() {}

  /**
   * Returns every counted period of this class, in catalog order.
   *
   * @return the periods, an immutable list
   */
  public static List<LegalPeriod> all() {
    return ALL;
  }

  /**
   * Returns every annual deadline of this class, in catalog order.
   *
   * @return the annual deadlines, an immutable list
   */
  public static List<AnnualDeadline> allAnnual() {
    return ALL_ANNUAL;
  }
}
