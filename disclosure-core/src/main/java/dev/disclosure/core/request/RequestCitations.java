package dev.disclosure.core.request;

import dev.disclosure.calendar.Citation;
import dev.disclosure.calendar.LegalSource;
import dev.disclosure.calendar.RuleId;
import dev.disclosure.core.FeeRule;
import dev.disclosure.core.law.LegalSources;
import dev.disclosure.core.law.Rules;
import java.time.LocalDate;
import java.util.List;

/** The provisions the request package quotes beyond the periods and answers. Not exported. */
final class RequestCitations {

  /** OGI-2019 第三十一条: the receipt date per channel (REQ-2). */
  static final Citation RECEIPT =
      Citation.of(
          LegalSources.OGI_2019,
          "第三十一条",
          "申请人当面提交政府信息公开申请的，以提交之日为收到申请之日；申请人以邮寄方式提交政府信息公开申请的，以行政机关签收之日为收到申请之日；"
              + "以平常信函等无需签收的邮寄方式提交政府信息公开申请的，政府信息公开工作机构应当于收到申请的当日与申请人确认，确认之日为收到申请之日；"
              + "申请人通过互联网渠道或者政府信息公开工作机构的传真提交政府信息公开申请的，以双方确认之日为收到申请之日。");

  /** OGI-2019 第二十九条: what an application contains (REQ-1). */
  static final Citation APPLICATION =
      Citation.of(
          LegalSources.OGI_2019,
          "第二十九条",
          "政府信息公开申请应当包括下列内容：（一）申请人的姓名或者名称、身份证明、联系方式；（二）申请公开的政府信息的名称、文号或者便于行政机关查询的其他特征性描述；"
              + "（三）申请公开的政府信息的形式要求，包括获取信息的方式、途径。");

  /** OGI-2019 第三十五条: excessive requests (REQ-4). */
  static final Citation EXCESSIVE =
      Citation.of(
          LegalSources.OGI_2019,
          "第三十五条",
          "申请人申请公开政府信息的数量、频次明显超过合理范围，行政机关可以要求申请人说明理由。行政机关认为申请理由不合理的，告知申请人不予处理。");

  /** OGI-2019 第三十五条: a longer reasonable period for a reasonable but excessive request (REQ-4). */
  static final Citation LONGER_PERIOD =
      Citation.of(
          LegalSources.OGI_2019, "第三十五条", "申请理由合理，但是无法在本条例第三十三条规定的期限内答复申请人的，可以确定延迟答复的合理期限并告知申请人。");

  /**
   * RPT-2021, table 三, row （二）: a request answered in part counts as 部分公开 and in no other row
   * (REQ-5, REQ-12).
   */
  static final Citation REPORT_PARTLY_DISCLOSED =
      Citation.of(
          LegalSources.RPT_2021,
          "三、收到和处理政府信息公开申请情况（二）",
          "部分公开（区分处理的，只计这一情形，不计其他情形）");

  /** OGI-2019 第四十二条: the processing fee (REQ-8). */
  static final Citation FEE =
      Citation.of(
          LegalSources.OGI_2019,
          "第四十二条",
          "行政机关依申请提供政府信息，不收取费用。但是，申请人申请公开政府信息的数量、频次明显超过合理范围的，行政机关可以收取信息处理费。");

  /**
   * 最高人民法院指导案例26号 (李健雄诉广东省交通运输厅政府信息公开案, 2014): an application submitted through
   * the agency's online system is received on the day the system confirmed its submission, unless
   * the system states otherwise; the agency's internal handling does not delay it (REQ-11).
   */
  static final Citation GUIDING_CASE_26 =
      Citation.of(
          LegalSource.of(
              "最高人民法院指导案例26号（李健雄诉广东省交通运输厅政府信息公开案）",
              "Supreme People's Court Guiding Case No. 26 (Li Jianxiong v. Guangdong Provincial"
                  + " Department of Transportation)"),
          "裁判要点",
          "公民、法人或者其他组织通过政府公众网络系统向行政机关提交政府信息公开申请的，如该网络系统未作例外说明，则系统确认申请提交成功的日期应当视为行政机关收到政府信息公开申请之日。");

  private static final LegalSource REVIEW_LAW_2023 =
      LegalSource.of(
          "《中华人民共和国行政复议法》（2023年修订）",
          "Administrative Reconsideration Law of the People's Republic of China (revised 2023)");
  private static final LegalSource REVIEW_LAW_2017 =
      LegalSource.of(
          "《中华人民共和国行政复议法》（2017年修正）",
          "Administrative Reconsideration Law of the People's Republic of China (amended 2017)");
  private static final LegalSource LITIGATION_LAW =
      LegalSource.of(
          "《中华人民共和国行政诉讼法》",
          "Administrative Litigation Law of the People's Republic of China");

  /** The day the 2023 revision of the 行政复议法 took effect. */
  static final LocalDate REVIEW_LAW_2023_IN_FORCE = LocalDate.of(2024, 1, 1);

  private static final Citation REVIEW_ANEW_2023 =
      Citation.of(
          REVIEW_LAW_2023,
          "第六十四条第一款",
          "行政行为有下列情形之一的，行政复议机关决定撤销或者部分撤销该行政行为，并可以责令被申请人在一定期限内重新作出行政行为：（一）主要事实不清、证据不足；"
              + "（二）违反法定程序；（三）适用的依据不合法；（四）超越职权或者滥用职权。");
  private static final Citation REVIEW_WITHIN_2023 =
      Citation.of(REVIEW_LAW_2023, "第六十六条", "被申请人不履行法定职责的，行政复议机关决定被申请人在一定期限内履行。");
  private static final Citation REVIEW_ANEW_2017 =
      Citation.of(
          REVIEW_LAW_2017,
          "第二十八条第一款第（三）项",
          "具体行政行为有下列情形之一的，决定撤销、变更或者确认该具体行政行为违法；决定撤销或者确认该具体行政行为违法的，可以责令被申请人在一定期限内重新作出具体行政行为。");
  private static final Citation REVIEW_WITHIN_2017 =
      Citation.of(REVIEW_LAW_2017, "第二十八条第一款第（二）项", "被申请人不履行法定职责的，决定其在一定期限内履行。");
  private static final Citation COURT_ANEW =
      Citation.of(
          LITIGATION_LAW, "第七十条", "行政行为有下列情形之一的，人民法院判决撤销或者部分撤销，并可以判决被告重新作出行政行为。");
  private static final Citation COURT_WITHIN =
      Citation.of(LITIGATION_LAW, "第七十二条", "人民法院经过审理，查明被告不履行法定职责的，判决被告在一定期限内履行。");
  private static final Citation SPC_ANEW =
      Citation.of(
          LegalSources.SPC_OGI_CASES_2011,
          "第九条第一款",
          "被告对依法应当公开的政府信息拒绝或者部分拒绝公开的，人民法院应当撤销或者部分撤销被诉不予公开决定，并判决被告在一定期限内公开。尚需被告调查、裁量的，判决其在一定期限内重新答复。");
  private static final Citation SPC_WITHIN =
      Citation.of(
          LegalSources.SPC_OGI_CASES_2011, "第十条", "被告对原告要求公开或者更正政府信息的申请无正当理由逾期不予答复的，人民法院应当判决被告在一定期限内答复。");

  /**
   * Returns the provisions an order to answer rests on (REQ-12): by orderer and kind, and for a 复议
   * body the 行政复议法 in force on the day the agency received the decision.
   */
  static List<Citation> order(
      RequestEvent.Orderer orderer, RequestEvent.OrderKind kind, LocalDate received) {
    boolean anew = kind == RequestEvent.OrderKind.ANSWER_ANEW;
    if (orderer == RequestEvent.Orderer.COURT) {
      return anew ? List.of(COURT_ANEW, SPC_ANEW) : List.of(COURT_WITHIN, SPC_WITHIN);
    }
    boolean revised = !received.isBefore(REVIEW_LAW_2023_IN_FORCE);
    return List.of(
        anew
            ? (revised ? REVIEW_ANEW_2023 : REVIEW_ANEW_2017)
            : (revised ? REVIEW_WITHIN_2023 : REVIEW_WITHIN_2017));
  }

  /** Returns the provisions a request rule rests on, for a finding of the request package. */
  static List<Citation> of(RuleId rule, RequestRules rules) {
    if (rule.equals(Rules.REQ_6)) {
      return rules.replyPeriod.citations();
    }
    if (rule.equals(Rules.REQ_4)) {
      return List.of(rules.longerPeriod.orElse(EXCESSIVE));
    }
    if (rule.equals(Rules.REQ_8)) {
      return List.of(FEE);
    }
    if (rule.equals(Rules.REQ_7)) {
      return List.of(FeeRule.COST_RECOVERY_2008.citation());
    }
    return List.of();
  }

  private RequestCitations() {}
}
