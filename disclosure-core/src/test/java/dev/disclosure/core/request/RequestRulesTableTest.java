package dev.disclosure.core.request;

import static org.assertj.core.api.Assertions.assertThat;

import dev.disclosure.calendar.Citation;
import dev.disclosure.calendar.LegalPeriod;
import dev.disclosure.calendar.PeriodUnit;
import dev.disclosure.core.AnswerKind;
import dev.disclosure.core.Regime;
import dev.disclosure.core.law.LegalPeriods;
import dev.disclosure.core.law.LegalSources;
import dev.disclosure.core.law.Rules;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Each regime's request table, built anew (the tables the library holds are built once, while the
 * class initializes), entry by entry against the regulations: OGI-2008 (国务院令第492号) 第二十一条,
 * 第二十四条, 第三十八条 and 来源文件002; OGI-2019 (国务院令第711号) 第三十条, 第三十二条 to 第三十六条,
 * 第五十六条; FEE-2020 as restated by the provincial notices.
 */
class RequestRulesTableTest {

  /**
   * Returns a table built anew, on every call: a table kept in a static field would be built once
   * per test run, as the library's own are.
   */
  private static RequestRules fresh(String regimeId) {
    return RequestRules.freshTables().get(regimeId);
  }

  @Test
  @DisplayName("the tables are keyed by regime id, OGI_2008 first, each holding its own regime")
  void keys() {
    Map<String, RequestRules> tables = RequestRules.freshTables();
    assertThat(tables.keySet()).containsExactly("OGI_2008", "OGI_2019");
    assertThat(tables.get("OGI_2008").regime).isSameAs(Regime.OGI_2008);
    assertThat(tables.get("OGI_2019").regime).isSameAs(Regime.OGI_2019);
    assertThat(RequestRules.of(Regime.OGI_2008).regime).isSameAs(Regime.OGI_2008);
    assertThat(RequestRules.of(Regime.OGI_2019).regime).isSameAs(Regime.OGI_2019);
  }

  @Test
  @DisplayName(
      "P-REPLY-2008, REQ-3, REQ-7, REQ-2: OGI_2008 runs only the reply period, 15 (+15) working days"
          + " (第二十四条); no correction, consultation or fee-payment period")
  void periods2008() {
    RequestRules rules = fresh("OGI_2008");
    assertThat(rules.replyPeriod).isEqualTo(LegalPeriods.P_REPLY_2008);
    assertPeriod(rules.replyPeriod, "P-REPLY-2008", 15, 15);
    assertThat(rules.correctionPeriod).isEmpty();
    assertThat(rules.thirdPartyPeriod).isEmpty();
    assertThat(rules.coAgencyPeriod).isEmpty();
    assertThat(rules.feePaymentPeriod).isEmpty();
    assertThat(rules.longerPeriod).isEmpty();
    assertThat(rules.periods()).containsExactly(LegalPeriods.P_REPLY_2008);
  }

  @Test
  @DisplayName(
      "P-REPLY-2019, P-CORRECTION-2019, P-THIRD-PARTY-2019, P-CO-AGENCY-2019, P-FEE-PAYMENT-2020:"
          + " OGI_2019 runs 20 (+20), 7, 15, 15 and 20 working days, the reply period first")
  void periods2019() {
    RequestRules rules = fresh("OGI_2019");
    assertThat(rules.replyPeriod).isEqualTo(LegalPeriods.P_REPLY_2019);
    assertPeriod(rules.replyPeriod, "P-REPLY-2019", 20, 20);
    assertThat(rules.correctionPeriod).contains(LegalPeriods.P_CORRECTION_2019);
    assertPeriod(rules.correctionPeriod.orElseThrow(), "P-CORRECTION-2019", 7, 0);
    assertThat(rules.thirdPartyPeriod).contains(LegalPeriods.P_THIRD_PARTY_2019);
    assertPeriod(rules.thirdPartyPeriod.orElseThrow(), "P-THIRD-PARTY-2019", 15, 0);
    assertThat(rules.coAgencyPeriod).contains(LegalPeriods.P_CO_AGENCY_2019);
    assertPeriod(rules.coAgencyPeriod.orElseThrow(), "P-CO-AGENCY-2019", 15, 0);
    assertThat(rules.feePaymentPeriod).contains(LegalPeriods.P_FEE_PAYMENT_2020);
    assertPeriod(rules.feePaymentPeriod.orElseThrow(), "P-FEE-PAYMENT-2020", 20, 0);
    assertThat(rules.periods())
        .containsExactly(
            LegalPeriods.P_REPLY_2019,
            LegalPeriods.P_CORRECTION_2019,
            LegalPeriods.P_THIRD_PARTY_2019,
            LegalPeriods.P_CO_AGENCY_2019,
            LegalPeriods.P_FEE_PAYMENT_2020);
  }

  @Test
  @DisplayName(
      "REQ-3, REQ-7, REQ-2: OGI_2008 answers under 第二十一条, corrects under 第二十一条第（四）项"
          + " (the notice is the answer), charges cost-recovery fees and fixes the receipt date by"
          + " convention")
  void rules2008() {
    RequestRules rules = fresh("OGI_2008");
    assertThat(rules.answerRule).isEqualTo(Rules.REQ_3);
    assertCitation(
        rules.answersCitation,
        LegalSources.OGI_2008,
        "第二十一条",
        "对申请公开的政府信息，行政机关根据下列情况分别作出答复：");
    assertThat(rules.correctionRule).isEqualTo(Rules.REQ_3);
    assertCitation(
        rules.correctionCitation,
        LegalSources.OGI_2008,
        "第二十一条第（四）项",
        "申请内容不明确的，应当告知申请人作出更改、补充。");
    assertThat(rules.correctionCitation).isEqualTo(Regime.OGI_2008.citationFor(AnswerKind.UNCLEAR_REQUEST));
    assertThat(rules.correctionMissed.chinese())
        .isEqualTo("告知更改、补充即已依第二十一条第（四）项答复该申请，申请人未更改、补充的不再另行答复");
    assertThat(rules.correctionMissed.english())
        .isEqualTo(
            "the notice to amend or supplement answered the request under Art. 21(4); nothing"
                + " supplied, nothing more is answered");
    assertThat(rules.correctionMissedRow).isEqualTo(OutcomeRow.OTHER);
    assertThat(rules.lackingStepRule).isEqualTo(Rules.REQ_3);
    assertThat(rules.feeRule).isEqualTo(Rules.REQ_7);
    assertThat(rules.receiptRuleByConvention).isTrue();
  }

  @Test
  @DisplayName(
      "REQ-4, REQ-8, P-CORRECTION-2019: OGI_2019 answers under 第三十六条, corrects under 第三十条"
          + " (a correction not supplied abandons the request), sets a longer period under 第三十五条"
          + " and charges processing fees")
  void rules2019() {
    RequestRules rules = fresh("OGI_2019");
    assertThat(rules.answerRule).isEqualTo(Rules.REQ_4);
    assertCitation(
        rules.answersCitation,
        LegalSources.OGI_2019,
        "第三十六条",
        "对政府信息公开申请，行政机关根据下列情况分别作出答复：");
    assertThat(rules.correctionRule).isEqualTo(Rules.P_CORRECTION_2019);
    assertThat(rules.correctionCitation.source()).isEqualTo(LegalSources.OGI_2019);
    assertThat(rules.correctionCitation.provision()).isEqualTo("第三十条");
    assertThat(rules.correctionCitation.wording())
        .startsWith("政府信息公开申请内容不明确的，行政机关应当给予指导和释明，并自收到申请之日起7个工作日内一次性告知申请人作出补正")
        .endsWith("申请人无正当理由逾期不补正的，视为放弃申请，行政机关不再处理该政府信息公开申请。");
    assertThat(rules.correctionMissed.chinese()).isEqualTo("无正当理由逾期不补正的，视为放弃申请");
    assertThat(rules.correctionMissed.english())
        .isEqualTo("a correction not supplied in time without good reason abandons the request");
    assertThat(rules.correctionMissedRow).isEqualTo(OutcomeRow.OTHER_CORRECTION_MISSED);
    assertThat(rules.longerPeriod).contains(RequestCitations.LONGER_PERIOD);
    assertCitation(
        rules.longerPeriod.orElseThrow(),
        LegalSources.OGI_2019,
        "第三十五条",
        "申请理由合理，但是无法在本条例第三十三条规定的期限内答复申请人的，可以确定延迟答复的合理期限并告知申请人。");
    assertThat(rules.lackingStepRule).isEqualTo(Rules.REQ_3);
    assertThat(rules.feeRule).isEqualTo(Rules.REQ_8);
    assertThat(rules.receiptRuleByConvention).isFalse();
  }

  @Test
  @DisplayName(
      "REQ-2: OGI_2008 in force from 2008-05-01 (第三十八条) until replaced on 2019-05-15; OGI_2019"
          + " in force from 2019-05-15 (第五十六条), not replaced")
  void inForce() {
    RequestRules rules2008 = fresh("OGI_2008");
    assertThat(rules2008.replacedOn).isEqualTo(LocalDate.of(2019, 5, 15));
    assertCitation(
        rules2008.inForceCitation, LegalSources.OGI_2008, "第三十八条", "本条例自2008年5月1日起施行。");
    // a finding names the regulation in Chinese and the regime's id in English
    assertThat(rules2008.id.chinese()).isEqualTo("《中华人民共和国政府信息公开条例》（2008年施行）");
    assertThat(rules2008.id.english()).isEqualTo("OGI_2008");
    RequestRules rules2019 = fresh("OGI_2019");
    assertThat(rules2019.replacedOn).isNull();
    assertCitation(
        rules2019.inForceCitation, LegalSources.OGI_2019, "第五十六条", "本条例自2019年5月15日起施行。");
    assertThat(rules2019.id.chinese()).isEqualTo("《中华人民共和国政府信息公开条例》（2019年修订）");
    assertThat(rules2019.id.english()).isEqualTo("OGI_2019");
    assertThat(rules2019.inForceOn(LocalDate.of(2019, 5, 15))).isTrue();
    assertThat(rules2019.inForceOn(LocalDate.of(2019, 5, 14))).isFalse();
    assertThat(rules2008.inForceOn(LocalDate.of(2019, 5, 14))).isTrue();
    assertThat(rules2008.inForceOn(LocalDate.of(2008, 4, 30))).isFalse();
  }

  private static void assertPeriod(LegalPeriod period, String id, int amount, int maxExtension) {
    assertThat(period.id().id()).isEqualTo(id);
    assertThat(period.amount()).isEqualTo(amount);
    assertThat(period.unit()).isEqualTo(PeriodUnit.WORKING_DAYS);
    assertThat(period.maxExtension()).isEqualTo(maxExtension);
  }

  private static void assertCitation(
      Citation citation, Object source, String provision, String wording) {
    assertThat(List.of(citation.source(), citation.provision(), citation.wording()))
        .containsExactly(source, provision, wording);
  }
}
