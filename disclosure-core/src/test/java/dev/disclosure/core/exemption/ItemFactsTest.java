package dev.disclosure.core.exemption;

import static dev.disclosure.core.exemption.Fixtures.unmarked;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.disclosure.core.InvalidFactsException;
import dev.disclosure.core.InvalidFactsException.Problem;
import dev.disclosure.core.SecrecyMarking;
import dev.disclosure.core.law.Rules;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Building facts: defaults, and every contradiction refused at once with fact and rule. */
class ItemFactsTest {

  @Test
  @DisplayName("only the marking is required; everything else defaults to no")
  void defaults() {
    ItemFacts facts = unmarked().build();

    assertThat(facts.marking()).isEqualTo(SecrecyMarking.NONE);
    assertThat(facts.contentFlags()).isEmpty();
    assertThat(facts.secrecyTermExpired()).isFalse();
    assertThat(facts.declassified()).isFalse();
    assertThat(facts.secrecyUnclear()).isFalse();
    assertThat(facts.separable()).isFalse();
    assertThat(facts.thirdPartyConsent()).isEqualTo(ThirdPartyConsent.NOT_ASKED);
    assertThat(facts.publicInterest()).isEmpty();
    assertThat(facts.lawRequiresDisclosure()).isFalse();
    assertThat(facts.localGroundIds()).isEmpty();
    assertThat(facts.status()).isEqualTo(InformationStatus.GOVERNMENT_INFORMATION);
    assertThat(facts.statusEstablished()).isTrue();
    assertThat(facts.unestablishedFlags()).isEmpty();
    assertThat(facts.disclosabilityUnclear()).isFalse();
    assertThat(facts.consultedInWriting()).isTrue();
    assertThat(facts.thirdPartyHarm()).isEqualTo(ThirdPartyHarm.NOT_ASSESSED);
    assertThat(facts.discretion()).isEqualTo(Discretion.UNSTATED);
    assertThat(facts.processEnded()).isFalse();
    assertThat(facts.applicantIsSubject()).isFalse();
  }

  @Test
  @DisplayName(
      "EX-1, EX-3, EX-4, EX-5: the new facts' contradictions are refused together, each naming"
          + " the fact and the rule")
  void newContradictions() {
    assertThatThrownBy(
            () ->
                unmarked()
                    .addContentFlags(ContentFlag.TRADE_SECRET)
                    .addUnestablishedFlags(ContentFlag.TRADE_SECRET)
                    .thirdPartyHarm(ThirdPartyHarm.HARMFUL)
                    .processEnded(true)
                    .statusEstablished(false)
                    .build())
        .isInstanceOfSatisfying(
            InvalidFactsException.class,
            thrown -> {
              assertThat(thrown.problems()).hasSize(4);
              assertThat(thrown.rules()).contains(Rules.EX_1, Rules.EX_3, Rules.EX_5);
            })
        .hasMessageContaining("both established and unestablished")
        .hasMessageContaining("thirdPartyHarm is HARMFUL")
        .hasMessageContaining("processEnded is set")
        .hasMessageContaining("statusEstablished is false");
    assertThatThrownBy(() -> unmarked().consultedInWriting(false).build())
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("consultedInWriting is false but the third party was not asked");
    assertThatThrownBy(
            () ->
                ItemFacts.builder()
                    .marking(SecrecyMarking.SECRET)
                    .status(InformationStatus.DOES_NOT_EXIST)
                    .build())
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("status is DOES_NOT_EXIST (政府信息不存在)");
    assertThat(
            unmarked()
                .addUnestablishedFlags(ContentFlag.PERSONAL_PRIVACY)
                .thirdPartyConsent(ThirdPartyConsent.NO_REPLY)
                .separable(true)
                .build()
                .separable())
        .as("an asserted third-party ground admits a consultation and separation")
        .isTrue();
  }

  @Test
  @DisplayName("EX-4: a missing marking is refused as InvalidFactsException naming the fact")
  void missingMarking() {
    assertThatThrownBy(() -> ItemFacts.builder().build())
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("EX-4:")
        .hasMessageContaining("marking")
        .hasMessageContaining("SecrecyMarking.NONE if unmarked");
  }

  @Test
  @DisplayName(
      "EX-4: a secret declassified before its term expires is accepted and treated as unmarked"
          + " (提前解密, 保守国家秘密法 第二十四条第二款)")
  void declassifiedEarly() {
    ItemFacts facts = ItemFacts.builder().marking(SecrecyMarking.SECRET).declassified(true).build();

    for (dev.disclosure.core.Regime regime : dev.disclosure.core.Regime.values()) {
      ExemptionDecision decision = Fixtures.classifier(regime).classify(facts);
      assertThat(decision.outcome()).isEqualTo(ExemptionOutcome.DISCLOSE);
      assertThat(decision.explain()).contains("已提前解密");
      assertThat(decision.citations()).contains(ExemptionCitations.SECRECY_LAW_2024_ART_24_EARLY);
    }
  }

  @Test
  @DisplayName("EX-4: an expired term on an unmarked item is refused")
  void expiryWithoutMarking() {
    assertThatThrownBy(() -> unmarked().secrecyTermExpired(true).build())
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("EX-4: secrecyTermExpired or declassified describes a marked secret");
  }

  @Test
  @DisplayName("EX-4: unclear secrecy on a marked item is refused: the level is already determined")
  void unclearButMarked() {
    assertThatThrownBy(
            () ->
                ItemFacts.builder().marking(SecrecyMarking.TOP_SECRET).secrecyUnclear(true).build())
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("EX-4: secrecyUnclear is set but the item is marked 绝密");
  }

  @Test
  @DisplayName("EX-5: separable with nothing exempt is refused")
  void separableWithNothingExempt() {
    assertThatThrownBy(() -> unmarked().separable(true).build())
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("EX-5: separable is set but nothing exempt is asserted");
  }

  @Test
  @DisplayName(
      "EX-5: separable is accepted for a marked item, an unclear item, a flag or a local ground")
  void separableAccepted() {
    assertThat(
            ItemFacts.builder().marking(SecrecyMarking.SECRET).separable(true).build().separable())
        .isTrue();
    assertThat(unmarked().secrecyUnclear(true).separable(true).build().separable()).isTrue();
    assertThat(
            unmarked().addContentFlags(ContentFlag.WORK_SECRET).separable(true).build().separable())
        .isTrue();
    assertThat(unmarked().addLocalGroundIds("X").separable(true).build().separable()).isTrue();
  }

  @Test
  @DisplayName("EX-2/EX-3: a consent with no third-party content is refused")
  void consentWithoutThirdParty() {
    assertThatThrownBy(
            () ->
                unmarked()
                    .addContentFlags(ContentFlag.WORK_SECRET)
                    .thirdPartyConsent(ThirdPartyConsent.GRANTED)
                    .build())
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("EX-3: thirdPartyConsent is GRANTED (第三方同意公开)");
  }

  @Test
  @DisplayName("EX-8: a blank local ground id is refused")
  void blankLocalGround() {
    assertThatThrownBy(() -> unmarked().addLocalGroundIds(" ").build())
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("EX-8: a local ground id is blank");
  }

  @Test
  @DisplayName("EX-4, EX-5, EX-2/EX-3: every contradiction is reported at once")
  void allAtOnce() {
    assertThatThrownBy(
            () ->
                unmarked()
                    .declassified(true)
                    .separable(true)
                    .thirdPartyConsent(ThirdPartyConsent.REFUSED)
                    .processEnded(true)
                    .build())
        .isInstanceOfSatisfying(
            InvalidFactsException.class,
            thrown -> {
              assertThat(thrown.problems()).hasSize(4);
              assertThat(thrown.getMessage()).startsWith("ItemFacts has 4 problems:");
            });
  }

  @Test
  @DisplayName(
      "local ground ids are kept sorted, so equal facts compare equal whatever the order given")
  void sortedLocalGrounds() {
    ItemFacts one = unmarked().addLocalGroundIds("B", "A").build();
    ItemFacts other = unmarked().addLocalGroundIds("A", "B").build();

    assertThat(one.localGroundIds()).containsExactly("A", "B");
    assertThat(one).isEqualTo(other).hasSameHashCodeAs(other);
  }
}
