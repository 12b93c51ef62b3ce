package dev.disclosure.core.exemption;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import dev.disclosure.calendar.Language;
import dev.disclosure.core.AnswerKind;
import dev.disclosure.core.Regime;
import dev.disclosure.core.law.LegalPeriods;
import dev.disclosure.core.law.Rules;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The exemption table of each regime: its data, and the classes that read it. */
class ExemptionRulesTest {

  private static final ExemptionRules RULES_2008 = ExemptionRules.of(Regime.OGI_2008);
  private static final ExemptionRules RULES_2019 = ExemptionRules.of(Regime.OGI_2019);

  @Test
  @DisplayName("EX-1, EX-3: one table per regime, resolved from the regime")
  void resolved() {
    assertThat(RULES_2008.regime()).isEqualTo(Regime.OGI_2008);
    assertThat(RULES_2019.regime()).isEqualTo(Regime.OGI_2019);
    assertThat(ExemptionRules.of(Regime.OGI_2008)).isSameAs(RULES_2008);
    assertThat(RULES_2008).hasToString("ExemptionRules[OGI_2008: EX-1/EX-2, 8 grounds]");
    assertThat(RULES_2019).hasToString("ExemptionRules[OGI_2019: EX-3/EX-3, 8 grounds]");
    new EqualsTester()
        .addEqualityGroup(RULES_2008, ExemptionRules.of(Regime.OGI_2008))
        .addEqualityGroup(RULES_2019)
        .testEquals();
  }

  @Test
  @DisplayName(
      "EX-2, EX-3, EX-8, REQ-3, REQ-4: where the regimes differ on refusals, local lists, answers"
          + " and the national basis of each ground")
  void regimeDifferences() {
    assertThat(RULES_2008.answerRule()).isEqualTo(Rules.REQ_3);
    assertThat(RULES_2019.answerRule()).isEqualTo(Rules.REQ_4);
    assertThat(RULES_2008.refusalNeedsReasonableGround()).isFalse();
    assertThat(RULES_2019.refusalNeedsReasonableGround()).isTrue();
    assertThat(RULES_2008.localGroundsWithhold()).isTrue();
    assertThat(RULES_2019.localGroundsWithhold()).isFalse();
    assertThat(RULES_2008.nationalBasis(ExemptionGrounds.SECURITY_AND_STABILITY_2008))
        .containsExactly(
            ExemptionCitations.OGI_2008_ART_8, ExemptionCitations.GUO_BAN_FA_2008_36_REVIEW);
    assertThat(RULES_2008.nationalBasis(ExemptionGrounds.STATE_SECRET_2008))
        .contains(ExemptionGrounds.OGI_2008_ART_14);
    assertThat(RULES_2019.nationalBasis(ExemptionGrounds.STATE_SECRET_2019)).isEmpty();
    assertThat(RULES_2008.selfDeclassified())
        .containsExactly(
            ExemptionCitations.SECRECY_LAW_2024_ART_24, ExemptionCitations.OGI_2008_ART_14_2);
    assertThat(RULES_2019.referToAuthority()).containsExactly(ExemptionCitations.OGI_2019_ART_17);
    assertThat(RULES_2008.notGovernmentInformation()).isEqualTo(ExemptionCitations.OGI_2008_ART_2);
    assertThat(RULES_2019.subjectAccess()).contains(ExemptionCitations.OGI_2019_ART_41);
  }

  @Nested
  class Ogi2008 {

    @Test
    @DisplayName(
        "EX-1: the seven grounds of 来源文件002 and internal management information of 国办发〔2010〕5号,"
            + " keyed by content flag")
    void grounds() {
      assertThat(RULES_2008.groundRule()).isEqualTo(Rules.EX_1);
      assertThat(RULES_2008.grounds())
          .containsExactly(
              Map.entry(ContentFlag.STATE_SECRET, ExemptionGrounds.STATE_SECRET_2008),
              Map.entry(ContentFlag.WORK_SECRET, ExemptionGrounds.WORK_SECRET_2008),
              Map.entry(ContentFlag.TRADE_SECRET, ExemptionGrounds.TRADE_SECRET_2008),
              Map.entry(ContentFlag.PERSONAL_PRIVACY, ExemptionGrounds.PERSONAL_PRIVACY_2008),
              Map.entry(ContentFlag.PROCESS_INFORMATION, ExemptionGrounds.UNDER_DELIBERATION_2008),
              Map.entry(ContentFlag.INTERNAL_AFFAIRS, ExemptionGrounds.INTERNAL_MANAGEMENT_2008),
              Map.entry(
                  ContentFlag.SECURITY_AND_STABILITY_RISK,
                  ExemptionGrounds.SECURITY_AND_STABILITY_2008),
              Map.entry(ContentFlag.PROHIBITED_BY_LAW, ExemptionGrounds.OTHER_BY_LAW_2008));
      assertThat(RULES_2008.groundFor(ContentFlag.WORK_SECRET))
          .contains(ExemptionGrounds.WORK_SECRET_2008);
      assertThat(RULES_2008.groundFor(ContentFlag.ENFORCEMENT_CASE_FILE)).isEmpty();
      assertThat(RULES_2008.groundFor(ContentFlag.INTERNAL_AFFAIRS).orElseThrow().citation())
          .isEqualTo(ExemptionCitations.GUO_BAN_FA_2010_5_ART_2);
      assertThat(RULES_2008.groundFor(ContentFlag.PROCESS_INFORMATION).orElseThrow().override())
          .as("EX-2: ground 5 is lifted by a clear public interest without substantive harm")
          .isEqualTo(GroundOverride.PUBLIC_INTEREST_WITHOUT_SUBSTANTIVE_HARM);
    }

    @Test
    @DisplayName("EX-2: three public-interest tests, each with the provisions that set it")
    void overrides() {
      assertThat(RULES_2008.overrideRule()).isEqualTo(Rules.EX_2);
      assertThat(RULES_2008.publicInterestTests())
          .containsExactly(
              PublicInterest.OUTWEIGHS_HARM,
              PublicInterest.CLEAR_WITHOUT_SUBSTANTIVE_HARM,
              PublicInterest.NON_DISCLOSURE_SERIOUSLY_AFFECTS);
      assertThat(RULES_2008.publicInterestCitations().get(PublicInterest.OUTWEIGHS_HARM))
          .containsExactly(ExemptionCitations.DOC_002_CONSENT_OR_OUTWEIGHS);
      assertThat(
              RULES_2008
                  .publicInterestCitations()
                  .get(PublicInterest.CLEAR_WITHOUT_SUBSTANTIVE_HARM))
          .containsExactly(ExemptionCitations.DOC_002_CLEAR_PUBLIC_INTEREST);
      assertThat(
              RULES_2008
                  .publicInterestCitations()
                  .get(PublicInterest.NON_DISCLOSURE_SERIOUSLY_AFFECTS))
          .containsExactly(ExemptionGrounds.OGI_2008_ART_14, ExemptionCitations.OGI_2008_ART_23);
      assertThat(RULES_2008.knows(GroundOverride.PUBLIC_INTEREST_WITHOUT_SUBSTANTIVE_HARM))
          .isTrue();
    }

    @Test
    @DisplayName("EX-4, EX-5: markings, unmarked secrets, expiry, doubt and separation cite 002")
    void secrecy() {
      assertThat(RULES_2008.principle()).isEqualTo(ExemptionCitations.DOC_002_PROACTIVE);
      assertThat(RULES_2008.marked()).containsExactly(ExemptionCitations.DOC_002_MARKED);
      assertThat(RULES_2008.unmarkedSecret()).containsExactly(ExemptionCitations.DOC_002_UNMARKED);
      assertThat(RULES_2008.expired()).containsExactly(ExemptionCitations.DOC_002_EXPIRED);
      assertThat(RULES_2008.unclear())
          .containsExactly(ExemptionCitations.DOC_002_UNCLEAR, ExemptionCitations.OGI_2008_ART_14_3);
      assertThat(RULES_2008.partial())
          .containsExactly(Regime.OGI_2008.citationFor(AnswerKind.PARTIALLY_DISCLOSED));
      assertThat(RULES_2008.secretPartRemoval())
          .containsExactly(
              ExemptionCitations.DOC_002_SECRET_PART,
              ExemptionCitations.DOC_002_NON_SECRET_PROCESSING);
    }

    @Test
    @DisplayName(
        "EX-2, EX-6: the third party is consulted with no period set; co-makers consent only in"
            + " writing")
    void consultationAndCoMakers() {
      assertThat(RULES_2008.consultation())
          .containsExactly(
              ExemptionCitations.DOC_002_THIRD_PARTY, ExemptionCitations.OGI_2008_ART_23);
      assertThat(Language.CHINESE.render(RULES_2008.thirdPartyReply()))
          .isEqualTo(
              "《中华人民共和国政府信息公开条例》（2008年施行）未规定第三方答复的期限；征求意见的时间不计入答复期限（P-REPLY-2008）");
      assertThat(Language.ENGLISH.render(RULES_2008.thirdPartyReply()))
          .isEqualTo(
              "OGI_2008 sets no period for the reply; the consultation time is not counted in the"
                  + " reply period (P-REPLY-2008)");
      assertThat(RULES_2008.thirdPartySilenceByConvention()).isTrue();
      assertThat(RULES_2008.coMakerSilencePeriod()).isEmpty();
      assertThat(RULES_2008.coMakers()).containsExactly(ExemptionCitations.DOC_002_CO_MAKERS);
    }

    @Test
    @DisplayName("EX-6, EX-7: the review steps, referral and who discloses cite 002 and 003")
    void reviewAndWhoDiscloses() {
      assertThat(RULES_2008.review())
          .containsExactly(
              ExemptionCitations.DOC_003_REVIEW_FIRST,
              ExemptionCitations.DOC_002_REVIEW_STEPS,
              ExemptionCitations.DOC_002_OPINIONS);
      assertThat(RULES_2008.referral())
          .containsExactly(
              ExemptionCitations.DOC_002_UNCLEAR, ExemptionCitations.DOC_002_REVIEW_DISPUTE);
      assertThat(RULES_2008.whoDiscloses())
          .containsExactly(ExemptionCitations.DOC_002_WHO_DISCLOSES);
      assertThat(RULES_2008.leadMaker())
          .containsExactly(
              ExemptionCitations.DOC_002_CO_MAKERS, ExemptionCitations.DOC_002_WHO_DISCLOSES);
    }
  }

  @Nested
  class Ogi2019 {

    @Test
    @DisplayName("EX-3: the eight grounds of 第十四条至第十六条; a work secret is no ground")
    void grounds() {
      assertThat(RULES_2019.groundRule()).isEqualTo(Rules.EX_3);
      assertThat(RULES_2019.grounds())
          .containsExactly(
              Map.entry(ContentFlag.STATE_SECRET, ExemptionGrounds.STATE_SECRET_2019),
              Map.entry(ContentFlag.TRADE_SECRET, ExemptionGrounds.TRADE_SECRET_2019),
              Map.entry(ContentFlag.PERSONAL_PRIVACY, ExemptionGrounds.PERSONAL_PRIVACY_2019),
              Map.entry(ContentFlag.PROCESS_INFORMATION, ExemptionGrounds.PROCESS_INFORMATION_2019),
              Map.entry(ContentFlag.INTERNAL_AFFAIRS, ExemptionGrounds.INTERNAL_AFFAIRS_2019),
              Map.entry(
                  ContentFlag.ENFORCEMENT_CASE_FILE, ExemptionGrounds.ENFORCEMENT_CASE_FILE_2019),
              Map.entry(
                  ContentFlag.SECURITY_AND_STABILITY_RISK,
                  ExemptionGrounds.SECURITY_AND_STABILITY_2019),
              Map.entry(ContentFlag.PROHIBITED_BY_LAW, ExemptionGrounds.PROHIBITED_BY_LAW_2019));
      assertThat(RULES_2019.groundFor(ContentFlag.WORK_SECRET)).isEmpty();
      assertThat(RULES_2019.groundFor(ContentFlag.STATE_SECRET).orElseThrow().override())
          .isEqualTo(GroundOverride.NONE);
      assertThat(
              RULES_2019
                  .groundFor(ContentFlag.INTERNAL_AFFAIRS)
                  .orElseThrow()
                  .citation()
                  .provision())
          .isEqualTo("第十六条");
    }

    @Test
    @DisplayName(
        "EX-3: one public-interest test (第十五条, 第三十二条); ground 5's test of OGI_2008 is unknown")
    void overrides() {
      assertThat(RULES_2019.overrideRule()).isEqualTo(Rules.EX_3);
      assertThat(RULES_2019.publicInterestTests())
          .containsExactly(PublicInterest.NON_DISCLOSURE_SERIOUSLY_AFFECTS);
      assertThat(
              RULES_2019
                  .publicInterestCitations()
                  .get(PublicInterest.NON_DISCLOSURE_SERIOUSLY_AFFECTS))
          .containsExactly(
              ExemptionGrounds.TRADE_SECRET_2019.citation(), ExemptionCitations.OGI_2019_ART_32);
      assertThat(RULES_2019.knows(GroundOverride.PUBLIC_INTEREST_WITHOUT_SUBSTANTIVE_HARM))
          .isFalse();
      assertThat(RULES_2019.knows(GroundOverride.UNLESS_LAW_REQUIRES_DISCLOSURE)).isTrue();
    }

    @Test
    @DisplayName("EX-4, EX-5: 第十三条 is the principle; 第十四条 and 第十七条 settle secrecy")
    void secrecy() {
      assertThat(RULES_2019.principle()).isEqualTo(ExemptionCitations.OGI_2019_ART_13);
      assertThat(RULES_2019.marked())
          .containsExactly(ExemptionGrounds.STATE_SECRET_2019.citation());
      assertThat(RULES_2019.unmarkedSecret()).isEmpty();
      assertThat(RULES_2019.expired())
          .containsExactly(
              ExemptionGrounds.STATE_SECRET_2019.citation(), ExemptionCitations.OGI_2019_ART_17);
      assertThat(RULES_2019.unclear()).containsExactly(ExemptionCitations.OGI_2019_ART_17);
      assertThat(RULES_2019.partial())
          .containsExactly(Regime.OGI_2019.citationFor(AnswerKind.PARTIALLY_DISCLOSED));
      assertThat(RULES_2019.secretPartRemoval()).isEqualTo(RULES_2019.partial());
    }

    @Test
    @DisplayName(
        "P-THIRD-PARTY-2019, P-CO-AGENCY-2019, EX-6: third parties reply in 15 working days; a"
            + " co-maker's silence for 15 working days is consent")
    void consultationAndCoMakers() {
      assertThat(RULES_2019.consultation()).containsExactly(ExemptionCitations.OGI_2019_ART_32);
      assertThat(Language.CHINESE.render(RULES_2019.thirdPartyReply()))
          .startsWith(LegalPeriods.P_THIRD_PARTY_2019.wording())
          .contains("（P-THIRD-PARTY-2019）")
          .endsWith("逾期未提出意见的，由行政机关决定是否公开");
      assertThat(Language.ENGLISH.render(RULES_2019.thirdPartyReply()))
          .isEqualTo(
              "the third party gives its opinion within 15 working days of receiving the"
                  + " consultation (P-THIRD-PARTY-2019); silence leaves the decision to the agency");
      assertThat(RULES_2019.thirdPartySilenceByConvention()).isFalse();
      assertThat(RULES_2019.coMakerSilencePeriod()).contains(LegalPeriods.P_CO_AGENCY_2019);
      assertThat(RULES_2019.coMakers())
          .containsExactlyElementsOf(LegalPeriods.P_CO_AGENCY_2019.citations());
    }

    @Test
    @DisplayName("EX-6, EX-7: 第十七条 frames the review; 第十条 says who discloses")
    void reviewAndWhoDiscloses() {
      assertThat(RULES_2019.review())
          .containsExactly(
              ExemptionCitations.OGI_2019_ART_17,
              ExemptionCitations.DOC_003_REVIEW_FIRST,
              ExemptionCitations.DOC_002_REVIEW_STEPS,
              ExemptionCitations.DOC_002_OPINIONS);
      assertThat(RULES_2019.referral()).containsExactly(ExemptionCitations.OGI_2019_ART_17);
      assertThat(RULES_2019.whoDiscloses()).containsExactly(ExemptionCitations.OGI_2019_ART_10);
      assertThat(RULES_2019.leadMaker()).containsExactly(ExemptionCitations.OGI_2019_ART_10_JOINT);
    }
  }

  @Test
  @DisplayName(
      "EX-2, EX-3: a public-interest test is recognized exactly when the regime's table has it")
  void readers() {
    for (Regime regime : Regime.values()) {
      ExemptionRules rules = ExemptionRules.of(regime);
      for (PublicInterest test : PublicInterest.values()) {
        assertThat(test.isRecognizedBy(regime))
            .as("%s under %s", test, regime)
            .isEqualTo(rules.publicInterestTests().contains(test));
      }
    }
  }
}
