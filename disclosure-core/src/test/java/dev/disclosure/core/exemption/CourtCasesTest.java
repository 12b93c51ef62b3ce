package dev.disclosure.core.exemption;

import static dev.disclosure.core.exemption.Fixtures.CLASSIFIER_2008;
import static dev.disclosure.core.exemption.Fixtures.CLASSIFIER_2019;
import static dev.disclosure.core.exemption.Fixtures.unmarked;
import static org.assertj.core.api.Assertions.assertThat;

import dev.disclosure.calendar.Citation;
import dev.disclosure.calendar.Language;
import dev.disclosure.core.AnswerKind;
import dev.disclosure.core.Renderings;
import dev.disclosure.core.SecrecyMarking;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Published decisions expressed as {@link ItemFacts} and classified: each row gives the case, the
 * court and number (or where it was published), the facts as the court found them, the holding,
 * and the library's decision, which must agree with the holding. Where courts disagree with each
 * other the rows say so and the library's choice is a documented option ({@link ExemptionOption})
 * or follows the facts each court found.
 *
 * <p>Sources read: 最高人民法院 2014年9月12日发布的人民法院政府信息公开十大案例 (as republished with their 基本案情, 裁判结果
 * and 典型意义); the Supreme People's Court's rulings as quoted in published commentary; the
 * intermediate and high courts' judgments as published with their numbers. The regime of a row is
 * the regulation in force when the agency answered.
 */
class CourtCasesTest {

  /** One decision: what the court found and held, and what the library must answer. */
  record Case(
      String name,
      String court,
      String holding,
      ExemptionClassifier classifier,
      ItemFacts facts,
      ExemptionOutcome outcome,
      Optional<AnswerKind> answer,
      String explanationContains,
      Optional<Citation> cites) {

    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Case> cases() {
    return Stream.of(
        new Case(
            "EX-2, EX-5: 王宗利诉天津市和平区房地产管理局 — silence plus an unproven trade secret",
            "天津市和平区人民法院一审（2011年10月答复；最高人民法院2014年政府信息公开十大案例之三）",
            "房管局只向金融街公司发了一份第三方意见征询书，未调查核实所申请信息是否涉及商业秘密，诉讼中也未提供任何证据；"
                + "以权利人逾期未答复为由不予公开，证据不足，属明显不当：撤销，30日内重新答复",
            CLASSIFIER_2008,
            unmarked()
                .addUnestablishedFlags(ContentFlag.TRADE_SECRET)
                .thirdPartyConsent(ThirdPartyConsent.NO_REPLY)
                .build(),
            ExemptionOutcome.INVESTIGATE,
            Optional.empty(),
            "不予公开的根据由行政机关举证",
            Optional.of(ExemptionCitations.SPC_2011_17_ART_5)),
        new Case(
            "EX-2: 王宗利 — even with the trade secret established, silence alone is no reason",
            "同上（典型意义：第三方不同意或者逾期不答复，不能当然成为不予公开的理由）",
            "征求第三方意见程序不能替代行政机关对是否属于商业秘密的审查判断",
            CLASSIFIER_2008,
            unmarked()
                .addContentFlags(ContentFlag.TRADE_SECRET)
                .thirdPartyConsent(ThirdPartyConsent.NO_REPLY)
                .build(),
            ExemptionOutcome.INVESTIGATE,
            Optional.empty(),
            "既不是同意，也不是不予公开的理由",
            Optional.of(ExemptionCitations.OGI_2008_ART_23)),
        new Case(
            "EX-1: 张辉等八人诉北京市人民政府 — a city leader's 批示, no formal document",
            "最高人民法院（2016）最高法行申2769号行政裁定（2014年8月11日答复）",
            "市领导对海淀北部地区开发工作有批示，但未有正式文件批复；内部信息、过程信息具有内部性和非终极性，"
                + "国办发〔2010〕5号第二条第二款一般不属于应公开的政府信息，不予公开并无不当",
            CLASSIFIER_2008,
            unmarked().addContentFlags(ContentFlag.INTERNAL_AFFAIRS).discretion(Discretion.WITHHOLD).build(),
            ExemptionOutcome.WITHHOLD,
            Optional.of(AnswerKind.NOT_DISCLOSED),
            "机关行使裁量决定不予公开",
            Optional.of(ExemptionCitations.GUO_BAN_FA_2010_5_ART_2)),
        new Case(
            "EX-4: 奚明强诉中华人民共和国公安部 — documents determined as secret",
            "北京市高级人民法院二审（最高人民法院2014年政府信息公开十大案例之一）",
            "一审法院认定原告申请公开的文件信息属于秘密事项，应当不予公开；二审维持",
            CLASSIFIER_2008,
            ItemFacts.builder().marking(SecrecyMarking.SECRET).build(),
            ExemptionOutcome.WITHHOLD,
            Optional.of(AnswerKind.NOT_DISCLOSED),
            "标有秘密密级标志",
            Optional.of(ExemptionGrounds.OGI_2008_ART_14)),
        new Case(
            "REQ-3: 奚明强诉公安部 — information made in criminal-justice functions is not government"
                + " information",
            "同上（最高人民法院：公安机关履行刑事司法职能时制作的信息不属于《条例》第二条所规定的政府信息）",
            "区分公安机关的行政职能与刑事司法职能，认定不予公开答复并无不当",
            CLASSIFIER_2008,
            unmarked().status(InformationStatus.NOT_GOVERNMENT_INFORMATION).build(),
            ExemptionOutcome.OTHER_ANSWER,
            Optional.empty(),
            "不是本条例所称的政府信息",
            Optional.of(ExemptionCitations.OGI_2008_ART_2)),
        new Case(
            "REQ-4: 舒秀分诉北京市公安局海淀分局 — criminal investigation asserted on a registration"
                + " form only",
            "北京市第一中级人民法院（2020）京01行终193号行政裁定",
            "立案决定书才是案件进入刑事侦查程序的关键证据；仅凭受案登记表认定所申请信息属于刑事侦查信息，证据并不充分",
            CLASSIFIER_2019,
            unmarked()
                .status(InformationStatus.NOT_GOVERNMENT_INFORMATION)
                .statusEstablished(false)
                .build(),
            ExemptionOutcome.INVESTIGATE,
            Optional.empty(),
            "由行政机关举证",
            Optional.of(ExemptionCitations.SPC_2011_17_ART_5)),
        new Case(
            "EX-4: 谷某诉北京教育考试院 — an examinee's own marked paper holds secret marking"
                + " standards",
            "北京市第一中级人民法院终审（2011年；《中国行政审判案例》第97号）",
            "申请公开的是经过评阅的本人答卷，但其中涉及评分标准，评分标准属于秘密级事项，答复不予公开并无不当，驳回诉讼请求",
            CLASSIFIER_2008,
            unmarked()
                .addContentFlags(ContentFlag.STATE_SECRET, ContentFlag.PERSONAL_PRIVACY)
                .applicantIsSubject(true)
                .build(),
            ExemptionOutcome.WITHHOLD,
            Optional.of(AnswerKind.NOT_DISCLOSED),
            "申请人是信息所涉及的本人",
            Optional.of(ExemptionCitations.DOC_002_UNMARKED)),
        new Case(
            "EX-3: 刘中峰诉河南省招生办公室 — an examinee's own paper, nothing secret established"
                + " (courts disagree with 谷某 on the facts, not on the law)",
            "河南省郑州市中级人民法院（2009）郑行终字第1号行政判决",
            "二审改判，判决河南省招生办公室向刘中峰本人公开其2008年高考的考卷信息",
            CLASSIFIER_2008,
            unmarked().addContentFlags(ContentFlag.PERSONAL_PRIVACY).applicantIsSubject(true).build(),
            ExemptionOutcome.DISCLOSE,
            Optional.of(AnswerKind.DISCLOSED),
            "不能以申请人本人的隐私对其不予公开",
            Optional.of(ExemptionCitations.OGI_2008_ART_25)),
        new Case(
            "EX-2: 杨政权诉山东省肥城市房产管理局 — public interest in subsidised-housing files",
            "山东省泰安市中级人民法院二审（最高人民法院2014年政府信息公开十大案例）",
            "保障性住房审核信息涉及公众的知情权和监督权，获得这一公共资源的公民应让渡部分个人信息，不能以个人隐私为由不予公开",
            CLASSIFIER_2008,
            unmarked()
                .addContentFlags(ContentFlag.PERSONAL_PRIVACY)
                .addPublicInterest(PublicInterest.NON_DISCLOSURE_SERIOUSLY_AFFECTS)
                .build(),
            ExemptionOutcome.CONSULT_THIRD_PARTY,
            Optional.empty(),
            "无论第三方如何答复均可以公开",
            Optional.of(ExemptionCitations.OGI_2008_ART_23)),
        new Case(
            "EX-6: (2017)最高法行申9280号 — a social-stability risk assessment the agency could not"
                + " judge alone",
            "最高人民法院（2017）最高法行申9280号行政裁定（征收前社会稳定风险评估报告）",
            "区政府依法提请主管部门区政法委员会确定，应当说是认真负责的",
            CLASSIFIER_2008,
            unmarked().disclosabilityUnclear(true).build(),
            ExemptionOutcome.REFER_TO_AUTHORITY,
            Optional.empty(),
            "报有关主管部门或者保密行政管理部门确定",
            Optional.of(ExemptionCitations.OGI_2008_ART_14_3)),
        new Case(
            "EX-1: (2017)最高法行申9280号 — once determined, the report endangers social stability",
            "同上",
            "根据主管部门的意见决定不予公开，援引《条例》第八条、第十四条，说明理由的瑕疵可以治愈，驳回再审申请",
            CLASSIFIER_2008,
            unmarked().addContentFlags(ContentFlag.SECURITY_AND_STABILITY_RISK).build(),
            ExemptionOutcome.WITHHOLD,
            Optional.of(AnswerKind.NOT_DISCLOSED),
            "危及国家安全、公共安全、经济安全和社会稳定",
            Optional.of(ExemptionCitations.OGI_2008_ART_8)),
        new Case(
            "EX-1: 张志成诉天津市规划局 — a 1999 请示 withheld in 2013 as process information without"
                + " proof",
            "天津市法院判决（2013年9月申请《关于xx公寓建筑设计方案的请示》（规管字〔1999〕64））",
            "法院未直接判定是否属于过程性信息，而是由被告承担举证责任，被告未能证明，判决其答复违法",
            CLASSIFIER_2008,
            unmarked().addUnestablishedFlags(ContentFlag.PROCESS_INFORMATION).build(),
            ExemptionOutcome.INVESTIGATE,
            Optional.empty(),
            "主张内容涉及过程性信息，但未调查核实",
            Optional.of(ExemptionCitations.SPC_2011_17_ART_9)),
        new Case(
            "EX-1: a 请示 whose deliberation ended long ago is no longer under deliberation (002 ground"
                + " 5, 国办发〔2010〕5号)",
            "张志成案同上；最高人民法院2014年十大案例典型意义：决定完成后，此前的信息不再是过程性信息",
            "请示所涉方案早已确定：不再处于讨论、研究或者审查之中",
            CLASSIFIER_2008,
            unmarked().addContentFlags(ContentFlag.PROCESS_INFORMATION).processEnded(true).build(),
            ExemptionOutcome.DISCLOSE,
            Optional.of(AnswerKind.DISCLOSED),
            "调查、讨论、审议已经结束",
            Optional.of(ExemptionCitations.GUO_BAN_FA_2010_5_ART_2)),
        new Case(
            "EX-3: 孙加香诉邹城市人民政府 — 请示 judged by when they were formed (disagrees with the"
                + " default; the option gives the court's answer)",
            "山东省高级人民法院（2021）鲁行终97号行政判决",
            "认定政府信息是否属于过程性信息的标准是信息形成的时间节点，而非申请公开的时间节点：2010—2020年的请示文件属于过程性信息，不予公开",
            CLASSIFIER_2019.with(ExemptionOption.PROCESS_INFORMATION_BY_FORMATION),
            unmarked()
                .addContentFlags(ContentFlag.PROCESS_INFORMATION)
                .processEnded(true)
                .discretion(Discretion.WITHHOLD)
                .build(),
            ExemptionOutcome.WITHHOLD,
            Optional.of(AnswerKind.NOT_DISCLOSED),
            "仍属过程性信息",
            Optional.of(ExemptionGrounds.PROCESS_INFORMATION_2019.citation())),
        new Case(
            "EX-3: 孙加香 under the default — the process has ended, so 第十六条 no longer reaches the"
                + " 请示",
            "同上（默认规则与该判决不同，见 ExemptionOption.PROCESS_INFORMATION_BY_FORMATION）",
            "（默认：过程结束后不再是过程性信息）",
            CLASSIFIER_2019,
            unmarked()
                .addContentFlags(ContentFlag.PROCESS_INFORMATION)
                .processEnded(true)
                .discretion(Discretion.WITHHOLD)
                .build(),
            ExemptionOutcome.DISCLOSE,
            Optional.of(AnswerKind.DISCLOSED),
            "不再是过程性信息",
            Optional.of(ExemptionGrounds.PROCESS_INFORMATION_2019.citation())),
        new Case(
            "REQ-4: 徐伟萍诉常州市信访局 — a petition presented as a request (第三十九条)",
            "江苏省常州市中级人民法院（2021）苏04行终90号行政裁定",
            "申请内容实质为解决房屋拆迁纠纷的方案，属于以政府信息公开申请的形式进行信访，依第三十九条第一款不作为政府信息公开申请处理",
            CLASSIFIER_2019,
            unmarked().status(InformationStatus.PETITION).build(),
            ExemptionOutcome.OTHER_ANSWER,
            Optional.of(AnswerKind.PETITION_NOT_PROCESSED),
            "信访、投诉、举报等活动",
            Optional.empty()),
        new Case(
            "EX-1: 闻某吉诉江苏省教育考试院 — an examinee's own test information, stability and the"
                + " review procedure",
            "江苏法院判决（2017年12月29日裁判；申请人为2015年江苏高考考生）",
            "考生对成绩的异议应通过成绩复核程序解决；公开可能引发纷争、危及社会稳定，依法不予公开",
            CLASSIFIER_2008,
            unmarked()
                .addContentFlags(ContentFlag.SECURITY_AND_STABILITY_RISK)
                .applicantIsSubject(true)
                .build(),
            ExemptionOutcome.WITHHOLD,
            Optional.of(AnswerKind.NOT_DISCLOSED),
            "没有任何例外情形",
            Optional.of(ExemptionCitations.OGI_2008_ART_8)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  @DisplayName(
      "EX-1 … EX-6, REQ-3, REQ-4: published decisions — the library gives the court's answer and"
          + " cites the regulation's own article")
  void courtsAnswer(Case decided) {
    ExemptionDecision decision = decided.classifier().classify(decided.facts());

    assertThat(decision.outcome()).as(decided.holding()).isEqualTo(decided.outcome());
    assertThat(decision.answerKind()).isEqualTo(decided.answer());
    assertThat(decision.explain()).contains(decided.explanationContains());
    decided.cites().ifPresent(citation -> assertThat(decision.citations()).contains(citation));
    assertThat(decision.citations())
        .extracting(Citation::source)
        .containsAnyOf(
            dev.disclosure.core.law.LegalSources.OGI_2008,
            dev.disclosure.core.law.LegalSources.OGI_2019);
    Renderings.checkedEnglish(decision.explain(Language.ENGLISH));
    assertThat(decided.court()).isNotBlank();
  }
}
