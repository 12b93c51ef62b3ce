package dev.disclosure.core.exemption;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.disclosure.calendar.Citation;
import dev.disclosure.calendar.RuleId;
import dev.disclosure.core.InvalidFactsException;
import dev.disclosure.core.InvalidFactsException.Problem;
import dev.disclosure.core.Regime;
import dev.disclosure.core.SecrecyMarking;
import dev.disclosure.core.law.Rules;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Classifies items under a regime (公开属性认定, EX-1 … EX-5, EX-8): whether an item is disclosed, in
 * whole or in part, withheld, sent to the third party for its opinion, or reported to the authority
 * that can determine its secrecy.
 *
 * <p>The rules, in the order they apply:
 *
 * <ol>
 *   <li>EX-4: a marked secret (秘密, 机密, 绝密) is never disclosed, not even in part, unless its term
 *       has expired and it has been declassified, when it is treated as unmarked. An expired term
 *       without declassification still withholds, with the instruction to declassify first.
 *   <li>EX-4: if it is unclear whether or at what level the content is secret, the outcome is
 *       {@link ExemptionOutcome#ESCALATE_SECRECY} whatever else applies, because the answer decides
 *       how the item is handled and the agency cannot decide it alone [convention].
 *   <li>EX-1, EX-3: each content flag maps to the regime's ground through {@link
 *       ExemptionRules#groundFor}; a flag the regime has no ground for (a work secret under
 *       OGI_2019) exempts nothing, and the decision says so. EX-8: each local ground id maps to its
 *       policy's ground.
 *   <li>EX-2, EX-3: each ground is weighed against its {@link GroundOverride}:
 *       <ul>
 *         <li>none: it withholds;
 *         <li>consent or public interest (trade secrets, privacy): the third party's consent lifts
 *             it; a refusal or silence withholds unless the agency found a public-interest test of
 *             the regime met, in which case it is lifted and the third party must be told in
 *             writing of the content and the reasons (OGI_2008: 002 依申请公开制度第（4）项 and 第二十三条;
 *             OGI_2019: 第三十二条); if the third party has not been asked, it must be consulted in
 *             writing first, even when a public-interest finding would lift the ground whatever the
 *             reply;
 *         <li>clear public interest without substantive harm (OGI_2008 ground 5): lifted by that
 *             finding only;
 *         <li>unless a law requires disclosure (OGI_2019 第十六条): lifted when a law, regulation or
 *             rule requires disclosure; otherwise the discretion to withhold (可以不予公开) is taken as
 *             exercised, so the ground withholds [convention].
 *       </ul>
 *   <li>The outcome: a ground that withholds and cannot be separated withholds the whole item, and
 *       then consulting the third party would change nothing; otherwise a ground awaiting the third
 *       party makes the outcome {@link ExemptionOutcome#CONSULT_THIRD_PARTY}, listing what stays
 *       withheld whatever the reply [convention]; otherwise separable withheld content gives {@link
 *       ExemptionOutcome#DISCLOSE_IN_PART} (EX-5); otherwise {@link ExemptionOutcome#DISCLOSE}.
 * </ol>
 *
 * <p>Immutable and thread-safe; equal when regime and extensions are equal.
 */
public final class ExemptionClassifier {

  private final Regime regime;
  private final ImmutableList<PolicyExtension> extensions;
  private final ImmutableMap<String, PolicyExtension> policyOfGround;
  private final ExemptionRules rules;

  private ExemptionClassifier(
      Regime regime,
      ImmutableList<PolicyExtension> extensions,
      ImmutableMap<String, PolicyExtension> policyOfGround) {
    this.regime = regime;
    this.extensions = extensions;
    this.policyOfGround = policyOfGround;
    this.rules = ExemptionRules.of(regime);
  }

  /**
   * Returns a classifier for a regime, with the grounds of local policies added (EX-8).
   *
   * @param regime the regime, {@link Regime#OGI_2008} or {@link Regime#OGI_2019}
   * @param extensions the local policies, each extending this regime, none if only the regime's
   *     grounds apply
   * @return the classifier
   * @throws InvalidFactsException if an extension extends another regime, or two extensions define
   *     the same ground id (EX-8)
   */
  public static ExemptionClassifier of(Regime regime, PolicyExtension... extensions) {
    requireNonNull(regime, "regime");
    requireNonNull(extensions, "extensions");
    List<Problem> problems = new ArrayList<>();
    Map<String, PolicyExtension> policyOfGround = new LinkedHashMap<>();
    for (PolicyExtension extension : extensions) {
      requireNonNull(extension, "extensions element");
      if (!extension.regime().equals(regime)) {
        problems.add(
            new Problem(
                Rules.EX_8,
                "policy extension '"
                    + extension.name()
                    + "' extends "
                    + extension.regime()
                    + ", not "
                    + regime
                    + "; build it for "
                    + regime));
      }
      for (ExemptionGround ground : extension.grounds()) {
        PolicyExtension earlier = policyOfGround.putIfAbsent(ground.id(), extension);
        if (earlier != null) {
          problems.add(
              new Problem(
                  Rules.EX_8,
                  "ground id "
                      + ground.id()
                      + " is defined by both '"
                      + earlier.name()
                      + "' and '"
                      + extension.name()
                      + "'"));
        }
      }
    }
    InvalidFactsException.throwIfAny("ExemptionClassifier for " + regime, problems);
    return new ExemptionClassifier(
        regime, ImmutableList.copyOf(extensions), ImmutableMap.copyOf(policyOfGround));
  }

  /** Returns the regime. */
  public Regime regime() {
    return regime;
  }

  /** Returns the local policies, in the order given. */
  public List<PolicyExtension> extensions() {
    return extensions;
  }

  /**
   * Classifies an item (公开属性认定).
   *
   * @param facts the facts about the item
   * @return the decision, with its grounds, overrides, steps and citations
   * @throws InvalidFactsException listing every fact the regime or the extensions cannot accept: a
   *     local ground id no extension defines (EX-8), a public-interest test the regime does not
   *     have, a third party's opinion when no content under the regime is a third party's (EX-2,
   *     EX-3)
   */
  public ExemptionDecision classify(ItemFacts facts) {
    requireNonNull(facts, "facts");
    List<Problem> problems = new ArrayList<>();
    for (String id : facts.localGroundIds()) {
      if (!policyOfGround.containsKey(id)) {
        problems.add(
            new Problem(
                Rules.EX_8,
                "local ground '"
                    + id
                    + "' is defined by no policy extension of this classifier; known: "
                    + policyOfGround.keySet()));
      }
    }
    for (PublicInterest test : facts.publicInterest()) {
      if (!test.isRecognizedBy(regime)) {
        problems.add(
            new Problem(
                rules.overrideRule(),
                "public-interest finding "
                    + test
                    + " ("
                    + test.label()
                    + ") is not a test of "
                    + regime
                    + "; it knows "
                    + rules.publicInterestTests()));
      }
    }
    if (facts.thirdPartyConsent() != ThirdPartyConsent.NOT_ASKED
        && applicableGrounds(facts).stream()
            .noneMatch(ground -> ground.override() == GroundOverride.CONSENT_OR_PUBLIC_INTEREST)) {
      problems.add(
          new Problem(
              rules.overrideRule(),
              "thirdPartyConsent is "
                  + facts.thirdPartyConsent()
                  + " ("
                  + facts.thirdPartyConsent().label()
                  + ") but under "
                  + regime
                  + " no content of the item is a third party's (no ground that a consent lifts)"));
    }
    InvalidFactsException.throwIfAny("ItemFacts under " + regime, problems);
    return new Classification(facts).decide();
  }

  /** Returns the grounds of the content flags and of the known local grounds. */
  private List<ExemptionGround> applicableGrounds(ItemFacts facts) {
    List<ExemptionGround> grounds = new ArrayList<>();
    for (ContentFlag flag : facts.contentFlags()) {
      rules.groundFor(flag).ifPresent(grounds::add);
    }
    for (String id : facts.localGroundIds()) {
      if (policyOfGround.containsKey(id)) {
        grounds.add(localGround(id));
      }
    }
    return grounds;
  }

  private ExemptionGround localGround(String id) {
    return policyOfGround.get(id).ground(id).orElseThrow();
  }

  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    return obj instanceof ExemptionClassifier other
        && regime.equals(other.regime)
        && extensions.equals(other.extensions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(regime, extensions);
  }

  /** Returns e.g. {@code ExemptionClassifier[OGI_2008 + 街道“三不公开”原则]}. */
  @Override
  public String toString() {
    return "ExemptionClassifier["
        + regime
        + extensions.stream()
            .map(extension -> " + " + extension.name())
            .collect(Collectors.joining())
        + "]";
  }

  /** One classification: the steps, grounds and overrides accumulated while the rules apply. */
  private final class Classification {

    private final ItemFacts facts;
    private final List<String> steps = new ArrayList<>();
    private final Set<Citation> citations = new LinkedHashSet<>();
    private final Set<ExemptionGround> grounds = new LinkedHashSet<>();
    private final Set<ExemptionGround> withheld = new LinkedHashSet<>();
    private final Set<ExemptionGround> awaitingThirdParty = new LinkedHashSet<>();
    private final List<OverrideConsideration> overrides = new ArrayList<>();
    private boolean markingWithholds;

    Classification(ItemFacts facts) {
      this.facts = facts;
    }

    ExemptionDecision decide() {
      considerMarking();
      if (facts.secrecyUnclear()) {
        step(
            Rules.EX_4,
            "whether, or at what level, the content is a state secret is unclear"
                + " (是否属于国家秘密和属于何种密级不明确)",
            rules.unclear());
      }
      for (ContentFlag flag : ContentFlag.values()) {
        if (facts.contentFlags().contains(flag)) {
          considerFlag(flag);
        }
      }
      for (String id : facts.localGroundIds()) {
        ExemptionGround ground = localGround(id);
        grounds.add(ground);
        step(
            Rules.EX_8,
            "local policy " + policyOfGround.get(id).name() + " → " + ground,
            List.of(ground.citation()));
        weigh(ground);
      }
      ExemptionOutcome outcome = conclude();
      return ImmutableExemptionDecision.builder()
          .regime(regime)
          .facts(facts)
          .outcome(outcome)
          .grounds(grounds)
          .withheld(withheld)
          .overrides(overrides)
          .steps(steps)
          .citations(citations)
          .build();
    }

    private void considerMarking() {
      SecrecyMarking marking = facts.marking();
      if (!marking.isClassified()) {
        return;
      }
      if (facts.declassified()) {
        step(
            Rules.EX_4,
            "marked "
                + marking.label()
                + "; its secrecy term has expired and it has been declassified (已解密):"
                + " treated as unmarked",
            rules.expired());
        return;
      }
      ExemptionGround secret = rules.groundFor(ContentFlag.STATE_SECRET).orElseThrow();
      markingWithholds = true;
      grounds.add(secret);
      withheld.add(secret);
      String reason =
          facts.secrecyTermExpired()
              ? "marked "
                  + marking.label()
                  + " and its secrecy term has expired, but it has not been declassified: it stays"
                  + " a state secret until declassified; declassify it first (办理解密手续), then"
                  + " classify it again"
              : "marked "
                  + marking.label()
                  + " (密级标志): a marked state secret is never disclosed and nothing lifts it";
      overrides.add(new OverrideConsideration(secret, false, reason));
      step(
          Rules.EX_4,
          secret + ": not lifted — " + reason,
          concat(facts.secrecyTermExpired() ? rules.expired() : rules.marked(), secret.citation()));
    }

    private void considerFlag(ContentFlag flag) {
      Optional<ExemptionGround> found = rules.groundFor(flag);
      String content = "content involves " + flag.label() + " (" + flag + ")";
      if (found.isEmpty()) {
        step(
            rules.groundRule(),
            content
                + ", which is no ground for withholding under "
                + regime
                + ": it exempts nothing",
            List.of(rules.principle()));
        return;
      }
      ExemptionGround ground = found.get();
      if (!grounds.add(ground)) {
        step(
            rules.groundRule(),
            content + ": already withheld by the marking as " + ground,
            List.of());
        return;
      }
      List<Citation> cited =
          flag == ContentFlag.STATE_SECRET
              ? concat(rules.unmarkedSecret(), ground.citation())
              : List.of(ground.citation());
      step(rules.groundRule(), content + " → " + ground, cited);
      weigh(ground);
    }

    private void weigh(ExemptionGround ground) {
      switch (ground.override()) {
        case NONE ->
            withhold(
                ground,
                "nothing lifts this ground ("
                    + GroundOverride.NONE.label()
                    + ")"
                    + (liftingFactsGiven()
                        ? "; neither consent, nor a public-interest finding, nor a law requiring"
                            + " disclosure lifts it"
                        : ""),
                List.of());
        case CONSENT_OR_PUBLIC_INTEREST -> weighThirdParty(ground);
        case PUBLIC_INTEREST_WITHOUT_SUBSTANTIVE_HARM -> weighClearPublicInterest(ground);
        case UNLESS_LAW_REQUIRES_DISCLOSURE -> weighLaw(ground);
      }
    }

    private boolean liftingFactsGiven() {
      return facts.thirdPartyConsent() == ThirdPartyConsent.GRANTED
          || !facts.publicInterest().isEmpty()
          || facts.lawRequiresDisclosure();
    }

    private void weighThirdParty(ExemptionGround ground) {
      Optional<PublicInterest> test = findingThatLifts(GroundOverride.CONSENT_OR_PUBLIC_INTEREST);
      List<Citation> testCitations =
          test.<List<Citation>>map(rules.publicInterestCitations()::get).orElse(List.of());
      ThirdPartyConsent consent = facts.thirdPartyConsent();
      switch (consent) {
        case GRANTED ->
            lift(ground, "the third party consents (" + consent.label() + ")", rules.consent());
        case NOT_ASKED ->
            awaitThirdParty(
                ground,
                "the third party has not been consulted: consult it in writing (书面征求第三方意见)"
                    + " before deciding"
                    + test.map(
                            found ->
                                "; the finding that "
                                    + found.label()
                                    + " lets the agency disclose whatever the reply, telling the"
                                    + " third party in writing of the content and the reasons")
                        .orElse(""),
                concat(rules.consultation(), testCitations));
        case REFUSED, NO_REPLY -> {
          if (test.isPresent()) {
            lift(
                ground,
                consent.label()
                    + ", but the agency finds that "
                    + test.get().label()
                    + ": disclosed, and the agency must tell the third party in writing of the"
                    + " content disclosed and the reasons (书面告知第三方)",
                concat(testCitations, rules.consultation()));
          } else {
            withhold(
                ground,
                consent.label()
                    + (consent == ThirdPartyConsent.NO_REPLY ? ", which is not consent," : "")
                    + " and no public-interest finding of "
                    + regime
                    + " lifts the ground",
                rules.consultation());
          }
        }
      }
    }

    private void weighClearPublicInterest(ExemptionGround ground) {
      Optional<PublicInterest> test =
          findingThatLifts(GroundOverride.PUBLIC_INTEREST_WITHOUT_SUBSTANTIVE_HARM);
      if (test.isPresent()) {
        lift(
            ground,
            "the agency finds that " + test.get().label() + " (政府机关可以决定予以公开)",
            rules.publicInterestCitations().get(test.get()));
      } else {
        withhold(ground, "no finding that " + ground.override().label(), List.of());
      }
    }

    private void weighLaw(ExemptionGround ground) {
      if (facts.lawRequiresDisclosure()) {
        lift(
            ground,
            "a law, regulation or rule requires disclosure (法律、法规、规章规定应当公开的，从其规定)",
            List.of(ground.citation()));
      } else {
        withhold(
            ground,
            "may be withheld (可以不予公开) and no law, regulation or rule requires disclosure",
            List.of());
      }
    }

    private Optional<PublicInterest> findingThatLifts(GroundOverride override) {
      for (PublicInterest test : PublicInterest.values()) {
        if (facts.publicInterest().contains(test) && test.lifts(override)) {
          return Optional.of(test);
        }
      }
      return Optional.empty();
    }

    private ExemptionOutcome conclude() {
      if (markingWithholds) {
        step(
            Rules.EX_4,
            "outcome "
                + ExemptionOutcome.WITHHOLD.label()
                + ": the marking withholds the whole item, whatever else applies"
                + (facts.separable()
                    ? "; a part the public needs can be disclosed only after declassification by"
                        + " legal procedure, or non-secret processing (非密处理) that removes the"
                        + " secret content, and the processed item is classified anew"
                    : ""),
            facts.separable() ? rules.secretPartRemoval() : rules.marked());
        return ExemptionOutcome.WITHHOLD;
      }
      if (facts.secrecyUnclear()) {
        step(
            Rules.EX_4,
            "outcome "
                + ExemptionOutcome.ESCALATE_SECRECY.label()
                + ": the agency cannot decide alone; report the item level by level to the"
                + " authority that can determine its classification (有权确定该事项密级的机关或保密工作部门)",
            rules.unclear());
        return ExemptionOutcome.ESCALATE_SECRECY;
      }
      if (!withheld.isEmpty() && !facts.separable()) {
        step(
            Rules.EX_5,
            "outcome "
                + ExemptionOutcome.WITHHOLD.label()
                + ": "
                + labels(withheld)
                + " cannot be separated from the rest"
                + (awaitingThirdParty.isEmpty()
                    ? ""
                    : ", so consulting the third party would change nothing"),
            withheld.stream().map(ExemptionGround::citation).collect(Collectors.toList()));
        return ExemptionOutcome.WITHHOLD;
      }
      if (!awaitingThirdParty.isEmpty()) {
        step(
            rules.overrideRule(),
            "outcome "
                + ExemptionOutcome.CONSULT_THIRD_PARTY.label()
                + ": consult the third party in writing on "
                + labels(awaitingThirdParty)
                + "; "
                + rules.thirdPartyReply()
                + (withheld.isEmpty()
                    ? ""
                    : "; whatever the reply, " + labels(withheld) + " stays withheld (区分处理)"),
            rules.consultation());
        return ExemptionOutcome.CONSULT_THIRD_PARTY;
      }
      if (!withheld.isEmpty()) {
        ExemptionGround secret = rules.groundFor(ContentFlag.STATE_SECRET).orElseThrow();
        step(
            Rules.EX_5,
            "outcome "
                + ExemptionOutcome.DISCLOSE_IN_PART.label()
                + ": withhold "
                + labels(withheld)
                + " and disclose the rest (区分处理)",
            withheld.contains(secret)
                ? concat(rules.partial(), rules.secretPartRemoval())
                : rules.partial());
        return ExemptionOutcome.DISCLOSE_IN_PART;
      }
      step(
          rules.groundRule(),
          "outcome "
              + ExemptionOutcome.DISCLOSE.label()
              + ": no ground withholds the item"
              + (facts.separable() ? ", so nothing needs to be separated" : ""),
          List.of(rules.principle()));
      return ExemptionOutcome.DISCLOSE;
    }

    private void withhold(ExemptionGround ground, String reason, List<Citation> cited) {
      withheld.add(ground);
      consider(ground, false, reason, cited);
    }

    private void lift(ExemptionGround ground, String reason, List<Citation> cited) {
      consider(ground, true, reason, cited);
    }

    private void awaitThirdParty(ExemptionGround ground, String reason, List<Citation> cited) {
      awaitingThirdParty.add(ground);
      consider(ground, false, reason, cited);
    }

    private void consider(
        ExemptionGround ground, boolean applied, String reason, List<Citation> cited) {
      overrides.add(new OverrideConsideration(ground, applied, reason));
      step(
          policyOfGround.containsKey(ground.id()) ? Rules.EX_8 : rules.overrideRule(),
          ground.label() + ": " + (applied ? "lifted" : "not lifted") + " — " + reason,
          cited);
    }

    private void step(RuleId rule, String text, Collection<Citation> cited) {
      citations.addAll(cited);
      StringBuilder line = new StringBuilder("[").append(rule).append("] ").append(text);
      if (!cited.isEmpty()) {
        line.append(
            cited.stream()
                .distinct()
                .map(Citation::toReference)
                .collect(Collectors.joining("; ", " (", ")")));
      }
      steps.add(line.toString());
    }
  }

  private static String labels(Collection<ExemptionGround> grounds) {
    return grounds.stream().map(ExemptionGround::label).collect(Collectors.joining("、"));
  }

  private static List<Citation> concat(List<Citation> first, Citation second) {
    return ImmutableList.<Citation>builder().addAll(first).add(second).build();
  }

  private static List<Citation> concat(List<Citation> first, List<Citation> second) {
    return ImmutableList.<Citation>builder().addAll(first).addAll(second).build();
  }
}
