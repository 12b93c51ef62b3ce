package dev.disclosure.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.disclosure.calendar.Citation;
import dev.disclosure.calendar.LegalSource;
import dev.disclosure.calendar.RuleId;
import dev.disclosure.core.law.LegalPeriods;
import dev.disclosure.core.law.LegalSources;
import dev.disclosure.core.law.Rules;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every part of both regimes, built anew (the constants are built once, while {@link Regime}
 * initializes), against the regulations: OGI-2008 (国务院令第492号) 第二十一条, 第二十二条, 第二十四条,
 * 第二十七条 and 来源文件002 《政务公开工作制度》 依申请公开制度; OGI-2019 (国务院令第711号) 第二十六条, 第三十条,
 * 第三十二条 to 第三十七条, 第三十九条, 第四十二条, 第五十六条.
 */
class RegimeTableTest {

  /** One answer of a regime: the kind and the provision that allows it. */
  private record Answer(AnswerKind kind, LegalSource source, String provision, String wording) {}

  private static final List<Answer> ANSWERS_2008 =
      List.of(
          new Answer(
              AnswerKind.ALREADY_PUBLISHED,
              LegalSources.OGI_2008,
              "第二十一条第（一）项",
              "属于公开范围的，应当告知申请人获取该政府信息的方式和途径。"),
          new Answer(
              AnswerKind.DISCLOSED,
              LegalSources.OGI_2008,
              "第二十一条第（一）项",
              "属于公开范围的，应当告知申请人获取该政府信息的方式和途径。"),
          new Answer(
              AnswerKind.PARTIALLY_DISCLOSED,
              LegalSources.OGI_2008,
              "第二十二条",
              "申请公开的政府信息中含有不应当公开的内容，但是能够作区分处理的，行政机关应当向申请人提供可以公开的信息内容。"),
          new Answer(
              AnswerKind.NOT_DISCLOSED,
              LegalSources.OGI_2008,
              "第二十一条第（二）项",
              "属于不予公开范围的，应当告知申请人并说明理由。"),
          new Answer(
              AnswerKind.NOT_THIS_AGENCYS,
              LegalSources.OGI_2008,
              "第二十一条第（三）项",
              "依法不属于本行政机关公开或者该政府信息不存在的，应当告知申请人，对能够确定该政府信息的公开机关的，应当告知申请人该行政机关的名称、联系方式。"),
          new Answer(
              AnswerKind.DOES_NOT_EXIST,
              LegalSources.OGI_2008,
              "第二十一条第（三）项",
              "依法不属于本行政机关公开或者该政府信息不存在的，应当告知申请人。"),
          new Answer(
              AnswerKind.UNCLEAR_REQUEST,
              LegalSources.OGI_2008,
              "第二十一条第（四）项",
              "申请内容不明确的，应当告知申请人作出更改、补充。"),
          new Answer(
              AnswerKind.REPEATED_REQUEST,
              LegalSources.DOC_002,
              "依申请公开制度第（5）项",
              "对于同一申请人向同一政府机关就同一内容反复提出公开申请的，行政机关可以不重复答复。"),
          new Answer(
              AnswerKind.UNRELATED_TO_NEEDS,
              LegalSources.DOC_002,
              "依申请公开制度第（6）项",
              "政府机关对申请人申请公开与本人生产、生活、科研等特殊需要无关的政府信息，可以不予提供。"));

  private static final List<Answer> ANSWERS_2019 =
      List.of(
          new Answer(
              AnswerKind.ALREADY_PUBLISHED,
              LegalSources.OGI_2019,
              "第三十六条第（一）项",
              "所申请公开信息已经主动公开的，告知申请人获取该政府信息的方式、途径。"),
          new Answer(
              AnswerKind.DISCLOSED,
              LegalSources.OGI_2019,
              "第三十六条第（二）项",
              "所申请公开信息可以公开的，向申请人提供该政府信息，或者告知申请人获取该政府信息的方式、途径和时间。"),
          new Answer(
              AnswerKind.PARTIALLY_DISCLOSED,
              LegalSources.OGI_2019,
              "第三十七条",
              "申请公开的信息中含有不应当公开或者不属于政府信息的内容，但是能够作区分处理的，行政机关应当向申请人提供可以公开的政府信息内容，并对不予公开的内容说明理由。"),
          new Answer(
              AnswerKind.NOT_DISCLOSED,
              LegalSources.OGI_2019,
              "第三十六条第（三）项",
              "行政机关依据本条例的规定决定不予公开的，告知申请人不予公开并说明理由。"),
          new Answer(
              AnswerKind.DOES_NOT_EXIST,
              LegalSources.OGI_2019,
              "第三十六条第（四）项",
              "经检索没有所申请公开信息的，告知申请人该政府信息不存在。"),
          new Answer(
              AnswerKind.NOT_THIS_AGENCYS,
              LegalSources.OGI_2019,
              "第三十六条第（五）项",
              "所申请公开信息不属于本行政机关负责公开的，告知申请人并说明理由；能够确定负责公开该政府信息的行政机关的，告知申请人该行政机关的名称、联系方式。"),
          new Answer(
              AnswerKind.REPEATED_REQUEST,
              LegalSources.OGI_2019,
              "第三十六条第（六）项",
              "行政机关已就申请人提出的政府信息公开申请作出答复、申请人重复申请公开相同政府信息的，告知申请人不予重复处理。"),
          new Answer(
              AnswerKind.SPECIAL_STATUTORY_ACCESS,
              LegalSources.OGI_2019,
              "第三十六条第（七）项",
              "所申请公开信息属于工商、不动产登记资料等信息，有关法律、行政法规对信息的获取有特别规定的，告知申请人依照有关法律、行政法规的规定办理。"),
          new Answer(
              AnswerKind.EXCESSIVE_NOT_PROCESSED,
              LegalSources.OGI_2019,
              "第三十五条",
              "申请人申请公开政府信息的数量、频次明显超过合理范围，行政机关可以要求申请人说明理由。行政机关认为申请理由不合理的，告知申请人不予处理。"),
          new Answer(
              AnswerKind.PETITION_NOT_PROCESSED,
              LegalSources.OGI_2019,
              "第三十九条第一款",
              "申请人以政府信息公开申请的形式进行信访、投诉、举报等活动，行政机关应当告知申请人不作为政府信息公开申请处理并可以告知通过相应渠道提出。"),
          new Answer(
              AnswerKind.PUBLICATION_REQUESTED,
              LegalSources.OGI_2019,
              "第三十九条第二款",
              "申请人提出的申请内容为要求行政机关提供政府公报、报刊、书籍等公开出版物的，行政机关可以告知获取的途径。"));

  @Test
  @DisplayName(
      "P-REPLY-2008, P-PROACTIVE, REQ-7: OGI_2008 as built — 15 (+15) working days to reply, 20 to"
          + " publish, in force from 2008-05-01, cost-recovery fees (第二十七条), no correction or"
          + " consultation periods")
  void parts2008() {
    Regime regime = Regime.ogi2008();
    assertThat(regime.id()).isEqualTo("OGI_2008");
    assertThat(regime.toString()).isEqualTo("OGI_2008");
    assertThat(regime.label()).isEqualTo("《中华人民共和国政府信息公开条例》（2008年施行）");
    assertThat(regime.replyPeriod()).isEqualTo(LegalPeriods.P_REPLY_2008);
    assertThat(regime.replyPeriod().amount()).isEqualTo(15);
    assertThat(regime.replyPeriod().maxExtension()).isEqualTo(15);
    assertThat(regime.proactivePeriod()).isEqualTo(LegalPeriods.P_PROACTIVE_2008);
    assertThat(regime.proactivePeriod().amount()).isEqualTo(20);
    assertThat(regime.inForceFrom()).isEqualTo(LocalDate.of(2008, 5, 1));
    assertThat(regime.feeRule()).isEqualTo(FeeRule.COST_RECOVERY_2008);
    assertThat(regime.feeRule().citation().provision()).isEqualTo("第二十七条");
    assertThat(regime.correctionPeriod()).isEmpty();
    assertThat(regime.thirdPartyPeriod()).isEmpty();
    assertThat(regime.coAgencyPeriod()).isEmpty();
  }

  @Test
  @DisplayName(
      "P-REPLY-2019, P-PROACTIVE, P-CORRECTION-2019, P-THIRD-PARTY-2019, P-CO-AGENCY-2019, REQ-8:"
          + " OGI_2019 as built — 20 (+20), 20, 7, 15 and 15 working days, in force from 2019-05-15"
          + " (第五十六条), processing fees (第四十二条)")
  void parts2019() {
    Regime regime = Regime.ogi2019();
    assertThat(regime.id()).isEqualTo("OGI_2019");
    assertThat(regime.toString()).isEqualTo("OGI_2019");
    assertThat(regime.label()).isEqualTo("《中华人民共和国政府信息公开条例》（2019年修订）");
    assertThat(regime.replyPeriod()).isEqualTo(LegalPeriods.P_REPLY_2019);
    assertThat(regime.replyPeriod().amount()).isEqualTo(20);
    assertThat(regime.replyPeriod().maxExtension()).isEqualTo(20);
    assertThat(regime.proactivePeriod()).isEqualTo(LegalPeriods.P_PROACTIVE_2019);
    assertThat(regime.proactivePeriod().citations())
        .extracting(Citation::provision)
        .containsExactly("第二十六条");
    assertThat(regime.inForceFrom()).isEqualTo(LocalDate.of(2019, 5, 15));
    assertThat(regime.feeRule()).isEqualTo(FeeRule.PROCESSING_FEE_2020);
    assertThat(regime.feeRule().citation().provision()).isEqualTo("第四十二条");
    assertThat(regime.correctionPeriod()).contains(LegalPeriods.P_CORRECTION_2019);
    assertThat(regime.correctionPeriod().orElseThrow().amount()).isEqualTo(7);
    assertThat(regime.thirdPartyPeriod()).contains(LegalPeriods.P_THIRD_PARTY_2019);
    assertThat(regime.thirdPartyPeriod().orElseThrow().amount()).isEqualTo(15);
    assertThat(regime.coAgencyPeriod()).contains(LegalPeriods.P_CO_AGENCY_2019);
    assertThat(regime.coAgencyPeriod().orElseThrow().amount()).isEqualTo(15);
  }

  @Test
  @DisplayName(
      "REQ-3: OGI_2008 as built answers nine ways, each with its provision (第二十一条, 第二十二条,"
          + " 来源文件002), and refuses any other answer under REQ-3")
  void answers2008() {
    assertAnswers(Regime.ogi2008(), ANSWERS_2008, Rules.REQ_3);
  }

  @Test
  @DisplayName(
      "REQ-4: OGI_2019 as built answers eleven ways, each with its provision (第三十五条 to 第三十七条,"
          + " 第三十九条), and refuses any other answer under REQ-4")
  void answers2019() {
    assertAnswers(Regime.ogi2019(), ANSWERS_2019, Rules.REQ_4);
  }

  @Test
  @DisplayName("the regimes built anew hold what the constants hold, and are not the constants")
  void freshEqualsConstant() {
    for (Regime[] pair :
        List.of(
            new Regime[] {Regime.ogi2008(), Regime.OGI_2008},
            new Regime[] {Regime.ogi2019(), Regime.OGI_2019})) {
      Regime fresh = pair[0];
      Regime constant = pair[1];
      assertThat(fresh).isNotSameAs(constant).isNotEqualTo(constant);
      assertThat(fresh.id()).isEqualTo(constant.id());
      assertThat(fresh.label()).isEqualTo(constant.label());
      assertThat(fresh.replyPeriod()).isEqualTo(constant.replyPeriod());
      assertThat(fresh.correctionPeriod()).isEqualTo(constant.correctionPeriod());
      assertThat(fresh.thirdPartyPeriod()).isEqualTo(constant.thirdPartyPeriod());
      assertThat(fresh.coAgencyPeriod()).isEqualTo(constant.coAgencyPeriod());
      assertThat(fresh.proactivePeriod()).isEqualTo(constant.proactivePeriod());
      assertThat(fresh.inForceFrom()).isEqualTo(constant.inForceFrom());
      assertThat(fresh.feeRule()).isEqualTo(constant.feeRule());
      assertThat(fresh.answerKinds()).containsExactlyElementsOf(constant.answerKinds());
      for (AnswerKind kind : constant.answerKinds()) {
        assertThat(fresh.citationFor(kind)).isEqualTo(constant.citationFor(kind));
      }
    }
  }

  private static void assertAnswers(Regime regime, List<Answer> expected, RuleId rule) {
    List<AnswerKind> kinds = expected.stream().map(Answer::kind).toList();
    assertThat(regime.answerKinds()).containsExactlyElementsOf(kinds);
    for (Answer answer : expected) {
      assertThat(regime.allows(answer.kind())).isTrue();
      Citation citation = regime.citationFor(answer.kind());
      assertThat(new Answer(answer.kind(), citation.source(), citation.provision(), citation.wording()))
          .isEqualTo(answer);
    }
    List<AnswerKind> others = new ArrayList<>(List.of(AnswerKind.values()));
    others.removeAll(kinds);
    assertThat(others).isNotEmpty();
    for (AnswerKind other : others) {
      assertThat(regime.allows(other)).isFalse();
      InvalidFactsException e =
          catchThrowableOfType(() -> regime.citationFor(other), InvalidFactsException.class);
      assertThat(e.problems())
          .containsExactly(
              new InvalidFactsException.Problem(
                  rule,
                  other
                      + " ("
                      + other.label()
                      + ") is not an answer under "
                      + regime.id()
                      + "; allowed: "
                      + kinds));
      assertThat(e.getMessage()).startsWith(regime.id() + " has 1 problem:");
    }
  }
}
