package dev.disclosure.core.exemption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.disclosure.calendar.Citation;
import dev.disclosure.calendar.LegalSource;
import dev.disclosure.core.AnswerKind;
import dev.disclosure.core.Regime;
import dev.disclosure.core.law.LegalSources;
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
  private static final int EXAMPLES = 500;
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
            integers().between(0, (1 << 24) - 1),
            integers().between(0, 31),
            integers().between(0, (1 << LOCAL_IDS.size()) - 1),
            (flags, marking, bits, opinion, local) ->
                build(regime, flags, SecrecyMarking.values()[marking], bits, opinion, local))
        .describedAs(ItemFacts::toString);
  }

  private static boolean bit(int bits, int index) {
    return (bits & (1 << index)) != 0;
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
    Set<ContentFlag> unestablished = EnumSet.noneOf(ContentFlag.class);
    int asserted = (bits >> 16) & 15;
    if (asserted < ContentFlag.values().length && !flags.contains(ContentFlag.values()[asserted])) {
      unestablished.add(ContentFlag.values()[asserted]);
    }
    Set<String> localIds = new TreeSet<>();
    for (int i = 0; i < LOCAL_IDS.size(); i++) {
      if ((localBits & (1 << i)) != 0) {
        localIds.add(LOCAL_IDS.get(i));
      }
    }
    boolean expired = marking.isClassified() && bit(bits, 0);
    boolean declassified = expired && bit(bits, 1);
    boolean unclear = !marking.isClassified() && bit(bits, 2);
    boolean anythingExempt =
        !flags.isEmpty()
            || !unestablished.isEmpty()
            || !localIds.isEmpty()
            || (marking.isClassified() && !declassified)
            || unclear;
    boolean thirdParty =
        flags.contains(ContentFlag.TRADE_SECRET)
            || flags.contains(ContentFlag.PERSONAL_PRIVACY)
            || unestablished.contains(ContentFlag.TRADE_SECRET)
            || unestablished.contains(ContentFlag.PERSONAL_PRIVACY);
    Set<PublicInterest> findings = EnumSet.noneOf(PublicInterest.class);
    for (PublicInterest test : PublicInterest.values()) {
      if ((opinion & (4 << test.ordinal())) != 0 && test.isRecognizedBy(regime)) {
        findings.add(test);
      }
    }
    ThirdPartyConsent consent =
        thirdParty
            ? ThirdPartyConsent.values()[((bits >> 19) & 7) % ThirdPartyConsent.values().length]
            : ThirdPartyConsent.NOT_ASKED;
    boolean judgesHarm =
        consent == ThirdPartyConsent.NO_REPLY
            || consent == ThirdPartyConsent.REFUSED_WITHOUT_REASONABLE_GROUND;
    int status = (bits >> 5) & 7;
    InformationStatus chosen =
        status < InformationStatus.values().length && status != 0 && bit(bits, 4)
            ? InformationStatus.values()[status]
            : InformationStatus.GOVERNMENT_INFORMATION;
    boolean absent =
        chosen == InformationStatus.DOES_NOT_EXIST || chosen == InformationStatus.NOT_HELD;
    if (absent && (marking.isClassified() || !flags.isEmpty() || !unestablished.isEmpty())) {
      chosen = InformationStatus.GOVERNMENT_INFORMATION;
    }
    boolean process =
        flags.contains(ContentFlag.PROCESS_INFORMATION)
            || unestablished.contains(ContentFlag.PROCESS_INFORMATION);
    return ItemFacts.builder()
        .marking(marking)
        .status(chosen)
        .statusEstablished(chosen == InformationStatus.GOVERNMENT_INFORMATION || !bit(bits, 23))
        .contentFlags(flags)
        .unestablishedFlags(unestablished)
        .secrecyTermExpired(expired)
        .declassified(declassified)
        .secrecyUnclear(unclear)
        .disclosabilityUnclear(bit(bits, 15) && bit(bits, 3))
        .separable(anythingExempt && bit(bits, 3))
        .lawRequiresDisclosure(bit(bits, 4))
        .thirdPartyConsent(consent)
        .consultedInWriting(consent == ThirdPartyConsent.NOT_ASKED || !bit(bits, 8))
        .thirdPartyHarm(
            judgesHarm
                ? ThirdPartyHarm.values()[((bits >> 9) & 3) % ThirdPartyHarm.values().length]
                : ThirdPartyHarm.NOT_ASSESSED)
        .discretion(Discretion.values()[((bits >> 11) & 3) % Discretion.values().length])
        .processEnded(process && bit(bits, 13))
        .applicantIsSubject(bit(bits, 14))
        .publicInterest(findings)
        .localGroundIds(localIds)
        .build();
  }

  private static boolean thirdPartyContent(ItemFacts facts) {
    return facts.contentFlags().contains(ContentFlag.TRADE_SECRET)
        || facts.contentFlags().contains(ContentFlag.PERSONAL_PRIVACY);
  }

  private static boolean classified(ItemFacts facts) {
    return facts.status() == InformationStatus.GOVERNMENT_INFORMATION;
  }

  @Test
  @DisplayName(
      "EX-4: the secret part of a marked secret in its term is never disclosed; only a separable"
          + " rest is (部分公开)")
  void markedSecretNeverDisclosed() {
    for (Regime regime : Regime.values()) {
      ExemptionClassifier classifier = classifier(regime);
      qt().withFixedSeed(SEED)
          .withExamples(EXAMPLES)
          .forAll(facts(regime, integers().between(1, 3)))
          .checkAssert(
              generated -> {
                ItemFacts facts =
                    ItemFacts.builder()
                        .from(generated)
                        .status(InformationStatus.GOVERNMENT_INFORMATION)
                        .statusEstablished(true)
                        .secrecyTermExpired(false)
                        .declassified(false)
                        .build();
                ExemptionDecision decision = classifier.classify(facts);
                assertThat(decision.outcome()).isNotEqualTo(ExemptionOutcome.DISCLOSE);
                assertThat(decision.withheld())
                    .contains(
                        ExemptionRules.of(regime).groundFor(ContentFlag.STATE_SECRET).orElseThrow());
                if (!facts.separable()) {
                  assertThat(decision.outcome()).isEqualTo(ExemptionOutcome.WITHHOLD);
                }
              });
    }
  }

  @Test
  @DisplayName(
      "EX-4, EX-3: an ended restriction never withholds: an expired secrecy term (自行解密), an ended"
          + " process (过程性信息)")
  void endedRestrictionNeverWithholds() {
    for (Regime regime : Regime.values()) {
      ExemptionClassifier classifier = classifier(regime);
      ExemptionGround secret = ExemptionRules.of(regime).groundFor(ContentFlag.STATE_SECRET).get();
      ExemptionGround process =
          ExemptionRules.of(regime).groundFor(ContentFlag.PROCESS_INFORMATION).get();
      qt().withFixedSeed(SEED)
          .withExamples(EXAMPLES)
          .forAll(facts(regime, integers().between(1, 3)))
          .checkAssert(
              generated -> {
                ItemFacts expired =
                    ItemFacts.builder()
                        .from(generated)
                        .status(InformationStatus.GOVERNMENT_INFORMATION)
                        .statusEstablished(true)
                        .secrecyTermExpired(true)
                        .build();
                if (!expired.contentFlags().contains(ContentFlag.STATE_SECRET)) {
                  assertThat(classifier.classify(expired).withheld()).doesNotContain(secret);
                }
                Set<ContentFlag> asserted = EnumSet.noneOf(ContentFlag.class);
                asserted.addAll(generated.unestablishedFlags());
                asserted.remove(ContentFlag.PROCESS_INFORMATION);
                ItemFacts ended =
                    ItemFacts.builder()
                        .from(generated)
                        .status(InformationStatus.GOVERNMENT_INFORMATION)
                        .statusEstablished(true)
                        .addContentFlags(ContentFlag.PROCESS_INFORMATION)
                        .unestablishedFlags(asserted)
                        .processEnded(true)
                        .build();
                assertThat(classifier.classify(ended).withheld()).doesNotContain(process);
              });
    }
  }

  @Test
  @DisplayName("EX-5: a separable item is never withheld as a whole (第三十七条, OGI_2008 第二十二条)")
  void separableNeverWithheldWhole() {
    for (Regime regime : Regime.values()) {
      ExemptionClassifier classifier = classifier(regime);
      qt().withFixedSeed(SEED)
          .withExamples(EXAMPLES)
          .forAll(facts(regime, integers().between(1, 3)))
          .checkAssert(
              facts ->
                  assertThat(
                          classifier
                              .classify(
                                  ItemFacts.builder()
                                      .from(facts)
                                      .secrecyTermExpired(false)
                                      .declassified(false)
                                      .separable(true)
                                      .build())
                              .outcome())
                      .isNotEqualTo(ExemptionOutcome.WITHHOLD));
    }
  }

  @Test
  @DisplayName(
      "EX-1, EX-3, REQ-3, REQ-4: every decision cites the regulation's own article under both"
          + " regimes, not only an implementing document")
  void regulationAlwaysCited() {
    for (Regime regime : Regime.values()) {
      ExemptionClassifier classifier = classifier(regime);
      LegalSource regulation =
          regime == Regime.OGI_2008 ? LegalSources.OGI_2008 : LegalSources.OGI_2019;
      qt().withFixedSeed(SEED)
          .withExamples(EXAMPLES)
          .forAll(facts(regime))
          .checkAssert(
              facts ->
                  assertThat(classifier.classify(facts).citations())
                      .extracting(Citation::source)
                      .contains(regulation));
    }
  }

  @Test
  @DisplayName(
      "REQ-3, REQ-4: what is not government information held by the agency is never disclosed,"
          + " whatever else is recorded")
  void thresholdNeverDisclosed() {
    for (Regime regime : Regime.values()) {
      ExemptionClassifier classifier = classifier(regime);
      qt().withFixedSeed(SEED)
          .withExamples(EXAMPLES)
          .forAll(facts(regime), integers().between(1, InformationStatus.values().length - 1))
          .checkAssert(
              (generated, status) -> {
                ItemFacts facts =
                    ItemFacts.builder()
                        .from(generated)
                        .marking(SecrecyMarking.NONE)
                        .secrecyTermExpired(false)
                        .declassified(false)
                        .contentFlags(EnumSet.noneOf(ContentFlag.class))
                        .unestablishedFlags(EnumSet.noneOf(ContentFlag.class))
                        .processEnded(false)
                        .separable(false)
                        .thirdPartyConsent(ThirdPartyConsent.NOT_ASKED)
                        .consultedInWriting(true)
                        .thirdPartyHarm(ThirdPartyHarm.NOT_ASSESSED)
                        .status(InformationStatus.values()[status])
                        .statusEstablished(true)
                        .build();
                ExemptionDecision decision = classifier.classify(facts);
                assertThat(decision.outcome()).isEqualTo(ExemptionOutcome.OTHER_ANSWER);
                assertThat(decision.answerKind())
                    .isNotIn(
                        java.util.Optional.of(AnswerKind.DISCLOSED),
                        java.util.Optional.of(AnswerKind.PARTIALLY_DISCLOSED));
              });
    }
  }

  @Test
  @DisplayName(
      "EX-2, EX-3: adding consent never turns a disclosure into a withholding, nor withholds more,"
          + " whatever the third party said before (silence, refusal with or without reason)")
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
                            .thirdPartyHarm(ThirdPartyHarm.NOT_ASSESSED)
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
                    .allMatch(finding -> finding.rule().id().matches("EX-[1-8]|REQ-[34]"));
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
                      assertThat(
                              facts.thirdPartyConsent() == ThirdPartyConsent.NOT_ASKED
                                  || !facts.consultedInWriting())
                          .isTrue();
                  case ESCALATE_SECRECY -> assertThat(facts.secrecyUnclear()).isTrue();
                  case REFER_TO_AUTHORITY -> assertThat(facts.disclosabilityUnclear()).isTrue();
                  case INVESTIGATE ->
                      assertThat(
                              !facts.unestablishedFlags().isEmpty()
                                  || !facts.statusEstablished()
                                  || facts.thirdPartyHarm() == ThirdPartyHarm.NOT_ASSESSED)
                          .isTrue();
                  case OTHER_ANSWER -> assertThat(classified(facts)).isFalse();
                }
              });
    }
  }
}
