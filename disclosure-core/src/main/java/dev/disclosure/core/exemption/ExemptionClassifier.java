package dev.disclosure.core.exemption;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.disclosure.calendar.Citation;
import dev.disclosure.calendar.Finding;
import dev.disclosure.calendar.FindingKind;
import dev.disclosure.calendar.Phrase;
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

  /** {@return the regime} */
  public Regime regime() {
    return regime;
  }

  /** {@return the local policies, in the order given} */
  public List<PolicyExtension> extensions() {
    return extensions;
  }

  /**
   * Classifies an item (公开属性认定).
   *
   * @param facts the facts about the item
   * @return the decision, with its grounds, overrides, findings and citations
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

  /** Returns a one-line description, for example {@code ExemptionClassifier[OGI_2008 + 街道“三不公开”原则]}. */
  @Override
  public String toString() {
    return "ExemptionClassifier["
        + regime
        + extensions.stream()
            .map(extension -> " + " + extension.name())
            .collect(Collectors.joining())
        + "]";
  }

  /** One classification: the findings, grounds and overrides accumulated while the rules apply. */
  private final class Classification {

    private final ItemFacts facts;
    private final List<Finding> findings = new ArrayList<>();
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
            Phrase.of(
                "是否属于国家秘密和属于何种密级不明确",
                "whether, or at what level, the content is a state secret is unclear"),
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
            Phrase.of(
                "依地方规定“{0}”：{1}",
                "local policy ({0}): {1}",
                policyOfGround.get(id).name(),
                ground.phrase()),
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
          .findings(findings)
          .citations(citations)
          .build();
    }

    private void considerMarking() {
      SecrecyMarking marking = facts.marking();
      if (!marking.isClassified()) {
        return;
      }
      Phrase marked = Phrases.marking(marking);
      if (facts.declassified()) {
        step(
            Rules.EX_4,
            Phrase.of(
                "标有{0}密级标志，保密期限已满且已解密：按未标密处理",
                "marked {0}; its secrecy term has expired and it has been declassified: treated"
                    + " as unmarked",
                marked),
            rules.expired());
        return;
      }
      ExemptionGround secret = rules.groundFor(ContentFlag.STATE_SECRET).orElseThrow();
      markingWithholds = true;
      grounds.add(secret);
      withheld.add(secret);
      Phrase reason =
          facts.secrecyTermExpired()
              ? Phrase.of(
                  "标有{0}密级标志，保密期限已满但尚未解密：解密前仍属国家秘密，应先办理解密手续，再重新认定",
                  "marked {0} and its secrecy term has expired, but it has not been declassified:"
                      + " it stays a state secret until declassified; declassify it first, then"
                      + " classify it again",
                  marked)
              : Phrase.of(
                  "标有{0}密级标志：标密的国家秘密不得公开，没有任何例外情形",
                  "marked {0}: a marked state secret is never disclosed and nothing lifts it",
                  marked);
      overrides.add(new OverrideConsideration(secret, false, reason));
      step(
          Rules.EX_4,
          considered(secret, false, reason),
          concat(facts.secrecyTermExpired() ? rules.expired() : rules.marked(), secret.citation()));
    }

    private void considerFlag(ContentFlag flag) {
      Optional<ExemptionGround> found = rules.groundFor(flag);
      if (found.isEmpty()) {
        step(
            rules.groundRule(),
            Phrase.of(
                "内容涉及{0}，依{1}不属于不予公开的理由，不因此不予公开",
                "content involves {0}, which is no ground for withholding under {1}: it exempts"
                    + " nothing",
                flag.phrase(),
                rules.regimeName()),
            List.of(rules.principle()));
        return;
      }
      ExemptionGround ground = found.get();
      if (!grounds.add(ground)) {
        step(
            rules.groundRule(),
            Phrase.of(
                "内容涉及{0}：已因密级标志以“{1}”为由不予公开",
                "content involves {0}: already withheld by the marking as {1}",
                flag.phrase(),
                ground.phrase()),
            List.of());
        return;
      }
      List<Citation> cited =
          flag == ContentFlag.STATE_SECRET
              ? concat(rules.unmarkedSecret(), ground.citation())
              : List.of(ground.citation());
      step(
          rules.groundRule(),
          Phrase.of(
              "内容涉及{0}，属于不予公开的理由“{1}”",
              "content involves {0}: the ground of {1}",
              flag.phrase(),
              ground.phrase()),
          cited);
      weigh(ground);
    }

    private void weigh(ExemptionGround ground) {
      switch (ground.override()) {
        case NONE ->
            withhold(
                ground,
                liftingFactsGiven()
                    ? Phrase.of(
                        "没有任何例外情形（{0}）；第三方同意、公共利益判断或者法律规定应当公开均不改变",
                        "nothing lifts this ground ({0}); neither consent, nor a public-interest"
                            + " finding, nor a law requiring disclosure lifts it",
                        GroundOverride.NONE.phrase())
                    : Phrase.of(
                        "没有任何例外情形（{0}）",
                        "nothing lifts this ground ({0})",
                        GroundOverride.NONE.phrase()),
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
        case GRANTED -> lift(ground, consent.phrase(), rules.consent());
        case NOT_ASKED ->
            awaitThirdParty(
                ground,
                test.map(
                        found ->
                            Phrase.of(
                                "尚未征求第三方意见：应当先书面征求第三方意见，再作决定；机关认定{0}，"
                                    + "无论第三方如何答复均可以公开，但应当将公开的内容和理由书面告知第三方",
                                "the third party has not been consulted: consult it in writing"
                                    + " before deciding; the finding that {0} lets the agency"
                                    + " disclose whatever the reply, telling the third party in"
                                    + " writing of the content and the reasons",
                                found.phrase()))
                    .orElse(
                        Phrase.of(
                            "尚未征求第三方意见：应当先书面征求第三方意见，再作决定",
                            "the third party has not been consulted: consult it in writing"
                                + " before deciding")),
                concat(rules.consultation(), testCitations));
        case REFUSED, NO_REPLY -> {
          if (test.isPresent()) {
            lift(
                ground,
                Phrase.of(
                    "{0}，但机关认定{1}：予以公开，并应当将公开的内容和理由书面告知第三方",
                    "{0}, but the agency finds that {1}: disclosed, and the agency must tell the"
                        + " third party in writing of the content disclosed and the reasons",
                    consent.phrase(),
                    test.get().phrase()),
                concat(testCitations, rules.consultation()));
          } else {
            boolean silence = consent == ThirdPartyConsent.NO_REPLY;
            consider(
                ground,
                Outcome.WITHHELD,
                silence && rules.thirdPartySilenceByConvention()
                    ? FindingKind.CONVENTION
                    : FindingKind.APPLIED,
                silence
                    ? Phrase.of(
                        "{0}，逾期不提出意见不视为同意，且机关未作出{1}规定的公共利益判断",
                        "{0}, which is not consent, and no public-interest finding of {1} lifts"
                            + " the ground",
                        consent.phrase(),
                        rules.regimeName())
                    : Phrase.of(
                        "{0}，且机关未作出{1}规定的公共利益判断",
                        "{0} and no public-interest finding of {1} lifts the ground",
                        consent.phrase(),
                        rules.regimeName()),
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
            Phrase.of(
                "机关认定{0}，可以决定予以公开",
                "the agency finds that {0}, so it may decide to disclose",
                test.get().phrase()),
            rules.publicInterestCitations().get(test.get()));
      } else {
        withhold(
            ground,
            Phrase.of("机关未认定{0}", "no finding that {0}", ground.override().phrase()),
            List.of());
      }
    }

    private void weighLaw(ExemptionGround ground) {
      if (facts.lawRequiresDisclosure()) {
        lift(
            ground,
            Phrase.of(
                "法律、法规、规章规定应当公开的，从其规定",
                "a law, regulation or rule requires disclosure, and it prevails"),
            List.of(ground.citation()));
      } else {
        consider(
            ground,
            Outcome.WITHHELD,
            FindingKind.CONVENTION,
            Phrase.of(
                "可以不予公开，且没有法律、法规、规章规定应当公开：视为行使不予公开的裁量",
                "may be withheld, and no law, regulation or rule requires disclosure: the"
                    + " discretion to withhold is taken as exercised"),
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
            facts.separable()
                ? Phrase.of(
                    "结果：{0}。密级标志使整件信息不予公开，其他情形均不改变；公众需要的部分，只有依法定程序解密，"
                        + "或者经非密处理去除涉密内容后，才能公开，处理后的信息应当重新认定",
                    "outcome: {0}; the marking withholds the whole item, whatever else applies; a"
                        + " part the public needs can be disclosed only after declassification"
                        + " by legal procedure, or non-secret processing that removes the secret"
                        + " content, and the processed item is classified anew",
                    ExemptionOutcome.WITHHOLD.phrase())
                : Phrase.of(
                    "结果：{0}。密级标志使整件信息不予公开，其他情形均不改变",
                    "outcome: {0}; the marking withholds the whole item, whatever else applies",
                    ExemptionOutcome.WITHHOLD.phrase()),
            facts.separable() ? rules.secretPartRemoval() : rules.marked());
        return ExemptionOutcome.WITHHOLD;
      }
      if (facts.secrecyUnclear()) {
        step(
            Rules.EX_4,
            FindingKind.CONVENTION,
            Phrase.of(
                "结果：{0}。机关不能自行决定，无论其他情形如何，应当逐级报请有权确定该事项密级的机关或者保密工作部门确定",
                "outcome: {0}; the agency cannot decide alone, whatever else applies; report the"
                    + " item level by level to the authority that can determine its"
                    + " classification",
                ExemptionOutcome.ESCALATE_SECRECY.phrase()),
            rules.unclear());
        return ExemptionOutcome.ESCALATE_SECRECY;
      }
      if (!withheld.isEmpty() && !facts.separable()) {
        step(
            Rules.EX_5,
            awaitingThirdParty.isEmpty()
                ? Phrase.of(
                    "结果：{0}。{1}无法与其他内容区分处理",
                    "outcome: {0}; {1} cannot be separated from the rest",
                    ExemptionOutcome.WITHHOLD.phrase(),
                    Phrases.grounds(withheld))
                : Phrase.of(
                    "结果：{0}。{1}无法与其他内容区分处理，征求第三方意见也不改变结果",
                    "outcome: {0}; {1} cannot be separated from the rest, so consulting the"
                        + " third party would change nothing",
                    ExemptionOutcome.WITHHOLD.phrase(),
                    Phrases.grounds(withheld)),
            withheld.stream().map(ExemptionGround::citation).collect(Collectors.toList()));
        return ExemptionOutcome.WITHHOLD;
      }
      if (!awaitingThirdParty.isEmpty()) {
        step(
            rules.overrideRule(),
            withheld.isEmpty() ? FindingKind.APPLIED : FindingKind.CONVENTION,
            withheld.isEmpty()
                ? Phrase.of(
                    "结果：{0}。就{1}书面征求第三方意见；{2}",
                    "outcome: {0}; consult the third party in writing on {1}; {2}",
                    ExemptionOutcome.CONSULT_THIRD_PARTY.phrase(),
                    Phrases.grounds(awaitingThirdParty),
                    rules.thirdPartyReply())
                : Phrase.of(
                    "结果：{0}。就{1}书面征求第三方意见；{2}；无论第三方如何答复，{3}仍不予公开（区分处理）",
                    "outcome: {0}; consult the third party in writing on {1}; {2}; whatever the"
                        + " reply, {3} stays withheld",
                    ExemptionOutcome.CONSULT_THIRD_PARTY.phrase(),
                    Phrases.grounds(awaitingThirdParty),
                    rules.thirdPartyReply(),
                    Phrases.grounds(withheld)),
            rules.consultation());
        return ExemptionOutcome.CONSULT_THIRD_PARTY;
      }
      if (!withheld.isEmpty()) {
        ExemptionGround secret = rules.groundFor(ContentFlag.STATE_SECRET).orElseThrow();
        step(
            Rules.EX_5,
            Phrase.of(
                "结果：{0}。{1}不予公开，其余内容予以公开（区分处理）",
                "outcome: {0}; withhold {1} and disclose the rest",
                ExemptionOutcome.DISCLOSE_IN_PART.phrase(),
                Phrases.grounds(withheld)),
            withheld.contains(secret)
                ? concat(rules.partial(), rules.secretPartRemoval())
                : rules.partial());
        return ExemptionOutcome.DISCLOSE_IN_PART;
      }
      step(
          rules.groundRule(),
          facts.separable()
              ? Phrase.of(
                  "结果：{0}。没有不予公开的理由，无需区分处理",
                  "outcome: {0}; no ground withholds the item, so nothing needs to be separated",
                  ExemptionOutcome.DISCLOSE.phrase())
              : Phrase.of(
                  "结果：{0}。没有不予公开的理由",
                  "outcome: {0}; no ground withholds the item",
                  ExemptionOutcome.DISCLOSE.phrase()),
          List.of(rules.principle()));
      return ExemptionOutcome.DISCLOSE;
    }

    private void withhold(ExemptionGround ground, Phrase reason, List<Citation> cited) {
      consider(ground, Outcome.WITHHELD, FindingKind.APPLIED, reason, cited);
    }

    private void lift(ExemptionGround ground, Phrase reason, List<Citation> cited) {
      consider(ground, Outcome.LIFTED, FindingKind.APPLIED, reason, cited);
    }

    private void awaitThirdParty(ExemptionGround ground, Phrase reason, List<Citation> cited) {
      consider(ground, Outcome.AWAITING, FindingKind.APPLIED, reason, cited);
    }

    private void consider(
        ExemptionGround ground,
        Outcome outcome,
        FindingKind kind,
        Phrase reason,
        List<Citation> cited) {
      if (outcome == Outcome.WITHHELD) {
        withheld.add(ground);
      } else if (outcome == Outcome.AWAITING) {
        awaitingThirdParty.add(ground);
      }
      boolean applied = outcome == Outcome.LIFTED;
      overrides.add(new OverrideConsideration(ground, applied, reason));
      step(
          policyOfGround.containsKey(ground.id()) ? Rules.EX_8 : rules.overrideRule(),
          kind,
          considered(ground, applied, reason),
          cited);
    }

    private void step(RuleId rule, Phrase what, Collection<Citation> cited) {
      step(rule, FindingKind.APPLIED, what, cited);
    }

    private void step(RuleId rule, FindingKind kind, Phrase what, Collection<Citation> cited) {
      citations.addAll(cited);
      findings.add(Finding.of(rule, kind, what, List.copyOf(new LinkedHashSet<>(cited))));
    }
  }

  /** What weighing an override did to its ground. */
  private enum Outcome {
    LIFTED,
    WITHHELD,
    AWAITING
  }

  /** Returns {@code ground：例外情形成立——reason} / {@code ground: lifted — reason}. */
  private static Phrase considered(ExemptionGround ground, boolean applied, Phrase reason) {
    return applied
        ? Phrase.of("{0}：例外情形成立——{1}", "{0}: lifted — {1}", ground.phrase(), reason)
        : Phrase.of("{0}：例外情形不成立——{1}", "{0}: not lifted — {1}", ground.phrase(), reason);
  }

  private static List<Citation> concat(List<Citation> first, Citation second) {
    return ImmutableList.<Citation>builder().addAll(first).add(second).build();
  }

  private static List<Citation> concat(List<Citation> first, List<Citation> second) {
    return ImmutableList.<Citation>builder().addAll(first).addAll(second).build();
  }
}
