package dev.disclosure.core.exemption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.disclosure.core.Regime;
import dev.disclosure.core.Renderings;
import dev.disclosure.core.SecrecyMarking;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Randomized checks of the classifier's invariants over valid facts under both regimes, with both
 * seed policies installed. Seeds are fixed so every run checks the same cases.
 */
class ExemptionPropertyTest {

  private static final long SEED = 20190515L;
  private static final int EXAMPLES = 2000;
  private static final List<String> LOCAL_IDS =
      List.of(
          PolicyExtension.SCHOOL_CAMPUS_SAFETY.id(),
          PolicyExtension.STREET_DOCUMENTS.id(),
          PolicyExtension.STREET_INDIVIDUAL_MATTERS.id(),
          PolicyExtension.STREET_REQUESTS_AND_REPORTS.id());
  private static final Set<ExemptionOutcome> DISCLOSED =
      EnumSet.of(ExemptionOutcome.DISCLOSE, ExemptionOutcome.DISCLOSE_IN_PART);

  private static ExemptionClassifier classifier(Regime regime) {
    return ExemptionClassifier.of(
        regime, PolicyExtension.schoolList(regime), PolicyExtension.streetOfficeThreeNots(regime));
  }

  /** Facts valid under the regime, any marking. */
  private static Gen<ItemFacts> facts(Regime regime) {
    return facts(regime, integers().between(0, SecrecyMarking.values().length - 1));
  }

  /** Facts valid under the regime, with a marking index from the generator. */
  private static Gen<ItemFacts> facts(Regime regime, Gen<Integer> markings) {
    return integers()
        .between(0, (1 << ContentFlag.values().length) - 1)
        .zip(
            markings,
            integers().between(0, 31),
            integers().between(0, 31),
            integers().between(0, (1 << LOCAL_IDS.size()) - 1),
            (flags, marking, bits, opinion, local) ->
                build(regime, flags, SecrecyMarking.values()[marking], bits, opinion, local))
        .describedAs(ItemFacts::toString);
  }

  /** Turns raw bits into facts that never contradict each other or the regime. */
  private static ItemFacts build(
      Regime regime, int flagBits, SecrecyMarking marking, int bits, int opinion, int localBits) {
    Set<ContentFlag> flags = EnumSet.noneOf(ContentFlag.class);
    for (ContentFlag flag : ContentFlag.values()) {
      if ((flagBits & (1 << flag.ordinal())) != 0) {
        flags.add(flag);
      }
    }
    Set<String> localIds = new TreeSet<>();
    for (int i = 0; i < LOCAL_IDS.size(); i++) {
      if ((localBits & (1 << i)) != 0) {
        localIds.add(LOCAL_IDS.get(i));
      }
    }
    boolean expired = marking.isClassified() && (bits & 1) != 0;
    boolean declassified = expired && (bits & 2) != 0;
    boolean unclear = !marking.isClassified() && (bits & 4) != 0;
    boolean anythingExempt =
        !flags.isEmpty()
            || !localIds.isEmpty()
            || (marking.isClassified() && !declassified)
            || unclear;
    boolean thirdParty =
        flags.contains(ContentFlag.TRADE_SECRET) || flags.contains(ContentFlag.PERSONAL_PRIVACY);
    Set<PublicInterest> findings = EnumSet.noneOf(PublicInterest.class);
    for (PublicInterest test : PublicInterest.values()) {
      if ((opinion & (4 << test.ordinal())) != 0 && test.isRecognizedBy(regime)) {
        findings.add(test);
      }
    }
    return ItemFacts.builder()
        .marking(marking)
        .contentFlags(flags)
        .secrecyTermExpired(expired)
        .declassified(declassified)
        .secrecyUnclear(unclear)
        .separable(anythingExempt && (bits & 8) != 0)
        .lawRequiresDisclosure((bits & 16) != 0)
        .thirdPartyConsent(
            thirdParty ? ThirdPartyConsent.values()[opinion & 3] : ThirdPartyConsent.NOT_ASKED)
        .publicInterest(findings)
        .localGroundIds(localIds)
        .build();
  }

  private static boolean thirdPartyContent(ItemFacts facts) {
    return facts.contentFlags().contains(ContentFlag.TRADE_SECRET)
        || facts.contentFlags().contains(ContentFlag.PERSONAL_PRIVACY);
  }

  @Test
  @DisplayName(
      "EX-4: a marked secret is never disclosed, not even in part, unless expired and declassified")
  void markedSecretNeverDisclosed() {
    for (Regime regime : Regime.values()) {
      ExemptionClassifier classifier = classifier(regime);
      qt().withFixedSeed(SEED)
          .withExamples(EXAMPLES)
          .forAll(facts(regime, integers().between(1, 3)))
          .checkAssert(
              facts -> {
                ExemptionDecision decision = classifier.classify(facts);
                if (!facts.declassified()) {
                  assertThat(decision.outcome()).isEqualTo(ExemptionOutcome.WITHHOLD);
                  assertThat(decision.withheld())
                      .contains(
                          ExemptionRules.of(regime)
                              .groundFor(ContentFlag.STATE_SECRET)
                              .orElseThrow());
                }
              });
    }
  }

  @Test
  @DisplayName(
      "EX-2, EX-3: adding consent never turns a disclosure into a withholding, nor withholds more")
  void consentNeverHurts() {
    for (Regime regime : Regime.values()) {
      ExemptionClassifier classifier = classifier(regime);
      qt().withFixedSeed(SEED)
          .withExamples(EXAMPLES)
          .forAll(facts(regime))
          .assuming(ExemptionPropertyTest::thirdPartyContent)
          .checkAssert(
              facts -> {
                ExemptionDecision before = classifier.classify(facts);
                ExemptionDecision after =
                    classifier.classify(
                        ItemFacts.builder()
                            .from(facts)
                            .thirdPartyConsent(ThirdPartyConsent.GRANTED)
                            .build());
                if (DISCLOSED.contains(before.outcome())) {
                  assertThat(after.outcome()).isIn(DISCLOSED);
                }
                assertThat(before.withheld()).containsAll(after.withheld());
              });
    }
  }

  @Test
  @DisplayName(
      "EX-2, EX-3: adding a public-interest finding the regime knows never turns a disclosure into"
          + " a withholding")
  void publicInterestNeverHurts() {
    for (Regime regime : Regime.values()) {
      ExemptionClassifier classifier = classifier(regime);
      List<PublicInterest> known =
          Arrays.stream(PublicInterest.values())
              .filter(test -> test.isRecognizedBy(regime))
              .collect(Collectors.toList());
      qt().withFixedSeed(SEED)
          .withExamples(EXAMPLES)
          .forAll(facts(regime), integers().between(0, known.size() - 1).map(known::get))
          .checkAssert(
              (facts, test) -> {
                ExemptionDecision before = classifier.classify(facts);
                ExemptionDecision after =
                    classifier.classify(
                        ItemFacts.builder().from(facts).addPublicInterest(test).build());
                if (DISCLOSED.contains(before.outcome())) {
                  assertThat(after.outcome()).isIn(DISCLOSED);
                }
                assertThat(before.withheld()).containsAll(after.withheld());
              });
    }
  }

  @Test
  @DisplayName("EX-1 … EX-8: every decision carries a citation, and every finding names its rule, and no English rendering holds Chinese")
  void everyDecisionExplainsItself() {
    for (Regime regime : Regime.values()) {
      ExemptionClassifier classifier = classifier(regime);
      qt().withFixedSeed(SEED)
          .withExamples(EXAMPLES)
          .forAll(facts(regime))
          .checkAssert(
              facts -> {
                ExemptionDecision decision = classifier.classify(facts);
                assertThat(decision.citations()).isNotEmpty();
                assertThat(decision.findings())
                    .isNotEmpty()
                    .allMatch(finding -> finding.rule().id().matches("EX-[1-8]"));
                assertThat(decision.explain()).isEqualTo(Renderings.chinese(decision.findings()));
                Renderings.english(decision.findings());
                decision.overrides().forEach(o -> Fixtures.en(o.reason()));
                assertThat(decision.overrides()).hasSameSizeAs(decision.grounds());
                assertThat(decision.grounds()).containsAll(decision.withheld());
              });
    }
  }

  @Test
  @DisplayName("EX-1 … EX-8: the same facts always give an equal decision")
  void deterministic() {
    for (Regime regime : Regime.values()) {
      qt().withFixedSeed(SEED)
          .withExamples(EXAMPLES)
          .forAll(facts(regime))
          .checkAssert(
              facts -> {
                ExemptionDecision first = classifier(regime).classify(facts);
                ExemptionDecision second =
                    classifier(regime).classify(ItemFacts.builder().from(facts).build());
                assertThat(second).isEqualTo(first).hasSameHashCodeAs(first);
              });
    }
  }

  @Test
  @DisplayName("EX-2 … EX-5: outcomes agree with the facts that produce them")
  void outcomesAgreeWithFacts() {
    for (Regime regime : Regime.values()) {
      ExemptionClassifier classifier = classifier(regime);
      qt().withFixedSeed(SEED)
          .withExamples(EXAMPLES)
          .forAll(facts(regime))
          .checkAssert(
              facts -> {
                ExemptionDecision decision = classifier.classify(facts);
                switch (decision.outcome()) {
                  case DISCLOSE -> assertThat(decision.withheld()).isEmpty();
                  case DISCLOSE_IN_PART -> {
                    assertThat(facts.separable()).isTrue();
                    assertThat(decision.withheld()).isNotEmpty();
                  }
                  case WITHHOLD -> assertThat(decision.withheld()).isNotEmpty();
                  case CONSULT_THIRD_PARTY ->
                      assertThat(facts.thirdPartyConsent()).isEqualTo(ThirdPartyConsent.NOT_ASKED);
                  case ESCALATE_SECRECY -> assertThat(facts.secrecyUnclear()).isTrue();
                }
              });
    }
  }
}
