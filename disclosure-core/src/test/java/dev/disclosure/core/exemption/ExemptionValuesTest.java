package dev.disclosure.core.exemption;

import static dev.disclosure.core.exemption.Fixtures.CLASSIFIER_2008;
import static dev.disclosure.core.exemption.Fixtures.CLASSIFIER_2019;
import static dev.disclosure.core.exemption.Fixtures.en;
import static dev.disclosure.core.exemption.Fixtures.unmarked;
import static dev.disclosure.core.exemption.ReviewChainTest.BASIS;
import static dev.disclosure.core.exemption.ReviewChainTest.MON_2026_09_28;
import static dev.disclosure.core.exemption.ReviewChainTest.MON_2026_10_26;
import static dev.disclosure.core.exemption.ReviewChainTest.POLICE;
import static dev.disclosure.core.exemption.ReviewChainTest.TUE_2026_09_15;
import static dev.disclosure.core.exemption.ReviewChainTest.approved;
import static dev.disclosure.core.exemption.ReviewChainTest.item;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import dev.disclosure.calendar.ChinaCalendars;
import dev.disclosure.calendar.Citation;
import dev.disclosure.calendar.Finding;
import dev.disclosure.calendar.FindingKind;
import dev.disclosure.calendar.Language;
import dev.disclosure.core.InvalidFactsException;
import dev.disclosure.core.Regime;
import dev.disclosure.core.SecrecyMarking;
import dev.disclosure.core.law.LegalSources;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The exemption package's values as a caller reads them: grounds and review chains equal exactly
 * when every fact is (EX-6, EX-8), the secrecy matters' words (来源文件002 保密审查制度第九条), what a
 * decision, an opinion and a publication check report back, and the facts refused as impossible.
 */
class ExemptionValuesTest {

  private static final Citation ART_14 =
      Citation.of(LegalSources.OGI_2019, "第十四条", "依法确定为国家秘密的政府信息……不予公开。");
  private static final Citation ART_15 =
      Citation.of(LegalSources.OGI_2019, "第十五条", "涉及商业秘密、个人隐私等公开会对第三方合法权益造成损害的……");

  @Test
  @DisplayName("EX-8: a ground equals another only with the same id, label, English name, override and provision")
  void groundEquality() {
    new EqualsTester()
        .addEqualityGroup(
            ExemptionGround.of("SCHOOL-SAFETY", "校园安全", "campus safety", GroundOverride.NONE, ART_14),
            ExemptionGround.of("SCHOOL-SAFETY", "校园安全", "campus safety", GroundOverride.NONE, ART_14))
        .addEqualityGroup(
            ExemptionGround.of("SCHOOL-PLANS", "校园安全", "campus safety", GroundOverride.NONE, ART_14))
        .addEqualityGroup(
            ExemptionGround.of("SCHOOL-SAFETY", "学校安全", "campus safety", GroundOverride.NONE, ART_14))
        .addEqualityGroup(
            ExemptionGround.of("SCHOOL-SAFETY", "校园安全", "school safety", GroundOverride.NONE, ART_14))
        .addEqualityGroup(
            ExemptionGround.of(
                "SCHOOL-SAFETY",
                "校园安全",
                "campus safety",
                GroundOverride.CONSENT_OR_PUBLIC_INTEREST,
                ART_14))
        .addEqualityGroup(
            ExemptionGround.of("SCHOOL-SAFETY", "校园安全", "campus safety", GroundOverride.NONE, ART_15))
        .testEquals();
  }

  @Test
  @DisplayName(
      "EX-6: review chains with co-makers equal only when each co-maker's reply is the same: consent"
          + " or objection, its date and its reason")
  void coMakerReplies() {
    ReviewChain consulted =
        approved(Regime.OGI_2019, item(POLICE)).withCoMakerConsulted(POLICE, MON_2026_09_28);
    LocalDate day = LocalDate.of(2026, 10, 9);
    LocalDate later = LocalDate.of(2026, 10, 12);
    new EqualsTester()
        .addEqualityGroup(
            consulted.withCoMakerConsent(POLICE, day), consulted.withCoMakerConsent(POLICE, day))
        .addEqualityGroup(consulted.withCoMakerConsent(POLICE, later))
        .addEqualityGroup(
            consulted.withCoMakerObjection(POLICE, day, "涉及侦查工作"),
            consulted.withCoMakerObjection(POLICE, day, "涉及侦查工作"))
        .addEqualityGroup(consulted.withCoMakerObjection(POLICE, day, "涉及其他案件"))
        .addEqualityGroup(consulted)
        .testEquals();
  }

  @Test
  @DisplayName("EX-4: the two secrecy matters of 保密审查制度第九条 and where each is reported")
  void secrecyMatters() {
    assertThat(SecrecyMatter.OWN_BUSINESS.label()).isEqualTo("属于主管业务方面的事项");
    assertThat(SecrecyMatter.OWN_BUSINESS.english())
        .isEqualTo("a matter of the agency's own line of business");
    assertThat(SecrecyMatter.OWN_BUSINESS.authority()).isEqualTo("有权确定该事项密级的上级机关或保密工作部门");
    assertThat(SecrecyMatter.OTHER.label()).isEqualTo("其他方面的事项");
    assertThat(SecrecyMatter.OTHER.english()).isEqualTo("another matter");
    assertThat(SecrecyMatter.OTHER.authority()).isEqualTo("有权确定该事项密级的保密工作部门");
  }

  @Test
  @DisplayName(
      "EX-2: a decision names the ground each override consideration weighed; EX-8: a classifier"
          + " keeps its local policies in the order given")
  void decisionReportsBack() {
    ExemptionDecision decision =
        CLASSIFIER_2008.classify(
            unmarked()
                .addContentFlags(ContentFlag.TRADE_SECRET)
                .thirdPartyConsent(ThirdPartyConsent.GRANTED)
                .build());
    assertThat(decision.overrides()).singleElement()
        .satisfies(o -> assertThat(o.ground()).isEqualTo(decision.grounds().get(0)));
    assertThat(decision.overrides().get(0).ground().id()).isEqualTo("OGI-2008-TRADE-SECRET");
    PolicyExtension school = PolicyExtension.schoolList(Regime.OGI_2019);
    PolicyExtension street = PolicyExtension.streetOfficeThreeNots(Regime.OGI_2019);
    assertThat(ExemptionClassifier.of(Regime.OGI_2019, street, school).extensions())
        .containsExactly(street, school);
  }

  @Test
  @DisplayName(
      "EX-1, EX-2: a decision checks itself when built: an outcome that contradicts its withheld"
          + " grounds is refused, naming the outcome and the reasoning")
  void decisionChecksItself() {
    ExemptionDecision withheld =
        CLASSIFIER_2008.classify(
            unmarked()
                .addContentFlags(ContentFlag.TRADE_SECRET)
                .thirdPartyConsent(ThirdPartyConsent.REFUSED)
                .build());
    assertThat(withheld.outcome()).isEqualTo(ExemptionOutcome.WITHHOLD);
    assertThat(ImmutableExemptionDecision.builder().from(withheld).build()).isEqualTo(withheld);
    assertThatThrownBy(
            () ->
                ImmutableExemptionDecision.builder()
                    .from(withheld)
                    .outcome(ExemptionOutcome.DISCLOSE)
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "inconsistent exemption decision: DISCLOSE\n"
                + withheld.explain(Language.ENGLISH));
  }

  @Test
  @DisplayName(
      "EX-6: an opinion resting on a ground names it; a publication check names the day it was"
          + " asked about")
  void opinionAndCheck() {
    ReviewOpinion withGround =
        ReviewOpinion.of(
            ReviewStage.ORIGINATING_UNIT,
            ReviewVerdict.EXEMPT,
            ExemptionGrounds.PERSONAL_PRIVACY_2019,
            "涉及个人隐私",
            TUE_2026_09_15);
    assertThat(withGround.ground()).contains(ExemptionGrounds.PERSONAL_PRIVACY_2019);
    assertThat(
            ReviewOpinion.of(
                    ReviewStage.ORIGINATING_UNIT, ReviewVerdict.DISCLOSE, BASIS, "理由", TUE_2026_09_15)
                .ground())
        .isEmpty();
    PublicationCheck check =
        approved(Regime.OGI_2019, item()).publicationOn(MON_2026_10_26, ChinaCalendars.official());
    assertThat(check.date()).isEqualTo(MON_2026_10_26);
  }

  @Test
  @DisplayName(
      "EX-2, EX-8: a third party's consent is a fact only where a ground it lifts applies: under"
          + " OGI_2008, where local grounds withhold, the school list's campus-safety ground yields"
          + " only to a law that requires disclosure")
  void consentWithoutThirdPartyGround() {
    ExemptionClassifier school =
        ExemptionClassifier.of(Regime.OGI_2008, PolicyExtension.schoolList(Regime.OGI_2008));
    assertThatThrownBy(
            () ->
                school.classify(
                    unmarked()
                        .addLocalGroundIds(PolicyExtension.SCHOOL_CAMPUS_SAFETY.id())
                        .thirdPartyConsent(ThirdPartyConsent.GRANTED)
                        .build()))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("thirdPartyConsent is GRANTED")
        .hasMessageContaining("no ground that a consent lifts");
  }

  @Test
  @DisplayName("EX-8: a null ground in a policy is named as such")
  void nullGroundInPolicy() {
    List<ExemptionGround> grounds = Arrays.asList((ExemptionGround) null);
    assertThatThrownBy(() -> PolicyExtension.of("某县教育局学校信息公开实施细则", Regime.OGI_2019, grounds))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("grounds element");
  }

  @Test
  @DisplayName("EX-2: an override weighed and lifted reads 'lifted', one weighed and kept 'not lifted'")
  void consideredWords() {
    ExemptionDecision lifted =
        CLASSIFIER_2008.classify(
            unmarked()
                .addContentFlags(ContentFlag.PERSONAL_PRIVACY)
                .thirdPartyConsent(ThirdPartyConsent.GRANTED)
                .build());
    ExemptionDecision kept =
        CLASSIFIER_2008.classify(
            unmarked()
                .addContentFlags(ContentFlag.PERSONAL_PRIVACY)
                .thirdPartyConsent(ThirdPartyConsent.REFUSED)
                .build());
    assertThat(lifted.findings())
        .map(f -> en(f.what()))
        .anySatisfy(text -> assertThat(text).contains(": lifted — "));
    assertThat(kept.findings())
        .map(f -> en(f.what()))
        .anySatisfy(text -> assertThat(text).contains(": not lifted — "))
        .noneSatisfy(text -> assertThat(text).contains(": lifted — "));
  }

  @Test
  @DisplayName(
      "EX-1: a ground asserted but not established is 'not yet decided'; under OGI_2008 an"
          + " enforcement file asserted is no ground even if established")
  void unestablishedGrounds() {
    ExemptionDecision asserted =
        CLASSIFIER_2008.classify(unmarked().addUnestablishedFlags(ContentFlag.TRADE_SECRET).build());
    assertThat(asserted.outcome()).isEqualTo(ExemptionOutcome.INVESTIGATE);
    assertThat(asserted.findings())
        .map(f -> en(f.what()))
        .anySatisfy(
            text ->
                assertThat(text)
                    .contains(
                        ": not yet decided — the agency asserts that the content involves a third"
                            + " party's trade secrets but has neither investigated nor any"
                            + " evidence"));
    assertThat(en(last(asserted).what()))
        .startsWith("outcome: establish the facts and answer again; not established or not yet"
            + " judged: ")
        .endsWith("the agency bears the burden of proving a refusal, so it establishes the facts"
            + " and answers again");
    ExemptionDecision noGround =
        CLASSIFIER_2008.classify(
            unmarked().addUnestablishedFlags(ContentFlag.ENFORCEMENT_CASE_FILE).build());
    assertThat(noGround.findings())
        .map(f -> en(f.what()))
        .containsOnlyOnce(
            "the agency asserts that the content involves an administrative enforcement case file"
                + " without having established it; under OGI_2008 it would be no ground even if"
                + " established");
  }

  @Test
  @DisplayName(
      "EX-5: a marked item has exempt content to separate; once declassified it has none, and"
          + " separable is refused")
  void separableMarking() {
    assertThat(
            ItemFacts.builder().marking(SecrecyMarking.SECRET).separable(true).build().separable())
        .isTrue();
    assertThatThrownBy(
            () ->
                ItemFacts.builder()
                    .marking(SecrecyMarking.SECRET)
                    .declassified(true)
                    .separable(true)
                    .build())
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("EX-5: separable is set but nothing exempt is asserted");
  }

  private static Finding last(ExemptionDecision decision) {
    return decision.findings().get(decision.findings().size() - 1);
  }

  @Test
  @DisplayName(
      "EX-4, EX-5: the outcome's own words: a marking withholds the whole item; exempt content that"
          + " cannot be separated withholds it whatever else is pending, consulting included")
  void outcomeWords() {
    assertThat(
            en(last(CLASSIFIER_2019.classify(
                    ItemFacts.builder().marking(SecrecyMarking.SECRET).build()))
                .what()))
        .isEqualTo("outcome: withhold; the marking withholds the whole item, whatever else applies");
    ExemptionDecision alone =
        CLASSIFIER_2019.classify(unmarked().addContentFlags(ContentFlag.STATE_SECRET).build());
    assertThat(alone.outcome()).isEqualTo(ExemptionOutcome.WITHHOLD);
    assertThat(en(last(alone).what()))
        .startsWith("outcome: withhold; ")
        .endsWith(" cannot be separated from the rest");
    ExemptionDecision withUnestablished =
        CLASSIFIER_2019.classify(
            unmarked()
                .addContentFlags(ContentFlag.STATE_SECRET)
                .addUnestablishedFlags(ContentFlag.TRADE_SECRET)
                .build());
    assertThat(withUnestablished.outcome()).isEqualTo(ExemptionOutcome.WITHHOLD);
    assertThat(en(last(withUnestablished).what()))
        .endsWith(
            " cannot be separated from the rest, so establishing other grounds, referring the item"
                + " or consulting would change nothing");
    ExemptionDecision withThirdParty =
        CLASSIFIER_2019.classify(
            unmarked()
                .addContentFlags(ContentFlag.STATE_SECRET, ContentFlag.PERSONAL_PRIVACY)
                .build());
    assertThat(withThirdParty.outcome()).isEqualTo(ExemptionOutcome.WITHHOLD);
    assertThat(en(last(withThirdParty).what()))
        .endsWith(" cannot be separated from the rest, so consulting the third party would change"
            + " nothing");
    ExemptionDecision separable =
        CLASSIFIER_2019.classify(
            unmarked()
                .addContentFlags(ContentFlag.STATE_SECRET, ContentFlag.PERSONAL_PRIVACY)
                .separable(true)
                .build());
    assertThat(separable.outcome()).isEqualTo(ExemptionOutcome.CONSULT_THIRD_PARTY);
    assertThat(last(separable).kind()).isEqualTo(FindingKind.CONVENTION);
    assertThat(en(last(separable).what()))
        .startsWith("outcome: consult the third party; consult the third party in writing on ")
        .contains("; whatever the reply, ")
        .endsWith(" stays withheld");
    ExemptionDecision referredWhole =
        CLASSIFIER_2019.classify(
            unmarked()
                .addContentFlags(ContentFlag.STATE_SECRET)
                .disclosabilityUnclear(true)
                .build());
    assertThat(referredWhole.outcome()).isEqualTo(ExemptionOutcome.WITHHOLD);
    assertThat(en(last(referredWhole).what()))
        .endsWith(
            " cannot be separated from the rest, so establishing other grounds, referring the item"
                + " or consulting would change nothing");
    ExemptionDecision consultOnly =
        CLASSIFIER_2019.classify(unmarked().addContentFlags(ContentFlag.PERSONAL_PRIVACY).build());
    assertThat(consultOnly.outcome()).isEqualTo(ExemptionOutcome.CONSULT_THIRD_PARTY);
    assertThat(last(consultOnly).kind()).isEqualTo(FindingKind.APPLIED);
    assertThat(en(last(consultOnly).what()))
        .startsWith("outcome: consult the third party; consult the third party in writing on ")
        .doesNotContain("whatever the reply");
  }

  @Test
  @DisplayName(
      "EX-1: a ground nothing lifts names what does not lift it when such facts were given (consent, a"
          + " public-interest finding), and only then")
  void nothingLifts() {
    String nothing = "neither consent, nor a public-interest finding, nor a law requiring disclosure";
    assertThat(
            CLASSIFIER_2008
                .classify(unmarked().addContentFlags(ContentFlag.STATE_SECRET).build())
                .findings())
        .map(f -> en(f.what()))
        .noneMatch(text -> text.contains(nothing));
    assertThat(
            CLASSIFIER_2008
                .classify(
                    unmarked()
                        .addContentFlags(ContentFlag.STATE_SECRET, ContentFlag.PERSONAL_PRIVACY)
                        .thirdPartyConsent(ThirdPartyConsent.GRANTED)
                        .build())
                .findings())
        .map(f -> en(f.what()))
        .anyMatch(text -> text.contains(nothing));
    assertThat(
            CLASSIFIER_2008
                .classify(
                    unmarked()
                        .addContentFlags(ContentFlag.STATE_SECRET)
                        .addPublicInterest(PublicInterest.OUTWEIGHS_HARM)
                        .build())
                .findings())
        .map(f -> en(f.what()))
        .anyMatch(text -> text.contains(nothing));
  }

  @Test
  @DisplayName(
      "EX-4, EX-6: a declassified marking says how it was lifted; an item the agency cannot judge"
          + " for a reason other than secrecy is referred")
  void declassifiedAndUnclear() {
    assertThat(
            CLASSIFIER_2019
                .classify(
                    ItemFacts.builder()
                        .marking(SecrecyMarking.CONFIDENTIAL)
                        .secrecyTermExpired(true)
                        .declassified(true)
                        .build())
                .findings())
        .map(f -> en(f.what()))
        .anyMatch(text -> text.endsWith(
            "its secrecy term has expired and it has been declassified: treated as unmarked"));
    assertThat(
            CLASSIFIER_2019
                .classify(
                    ItemFacts.builder().marking(SecrecyMarking.SECRET).declassified(true).build())
                .findings())
        .map(f -> en(f.what()))
        .anyMatch(text -> text.endsWith(
            "it was declassified before its term expired: treated as unmarked"));
    ExemptionDecision unclear =
        CLASSIFIER_2019.classify(unmarked().disclosabilityUnclear(true).build());
    assertThat(unclear.outcome()).isEqualTo(ExemptionOutcome.REFER_TO_AUTHORITY);
    assertThat(unclear.findings())
        .map(f -> en(f.what()))
        .contains(
            "the agency cannot determine whether the item may be disclosed (for a reason other"
                + " than secrecy)");
  }

  @Test
  @DisplayName(
      "EX-4: content flagged as a state secret in an item whose marking already withholds it adds"
          + " no second ground, and the explanation says so")
  void markedAndFlagged() {
    ExemptionDecision decision =
        CLASSIFIER_2019.classify(
            ItemFacts.builder()
                .marking(SecrecyMarking.SECRET)
                .addContentFlags(ContentFlag.STATE_SECRET)
                .build());
    assertThat(decision.outcome()).isEqualTo(ExemptionOutcome.WITHHOLD);
    assertThat(decision.grounds()).hasSize(1);
    assertThat(decision.findings())
        .map(f -> en(f.what()))
        .anyMatch(text -> text.startsWith("content involves state secrets: already withheld by the marking as "));
  }
}
