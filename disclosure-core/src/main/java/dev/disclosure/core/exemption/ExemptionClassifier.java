package dev.disclosure.core.exemption;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Iterables;
import com.google.common.collect.Sets;
import dev.disclosure.calendar.Citation;
import dev.disclosure.calendar.Finding;
import dev.disclosure.calendar.FindingKind;
import dev.disclosure.calendar.Phrase;
import dev.disclosure.calendar.RuleId;
import dev.disclosure.core.AnswerKind;
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
 * whole or in part, withheld, sent to the third party for its opinion, reported to the authority
 * that can determine its secrecy or its disclosability, sent back for the facts to be established,
 * or answered without classification.
 *
 * <p>The rules, in the order they apply:
 *
 * <ol>
 *   <li>REQ-3, REQ-4: an item that is not government information held by the agency ({@link
 *       InformationStatus}) is answered as such, never disclosed: {@link
 *       ExemptionOutcome#OTHER_ANSWER} with the regime's answer kind where it has one.
 *   <li>EX-4: a marked secret (秘密, 机密, 绝密) is not disclosed; if its secret content can be
 *       separated, the rest is disclosed after non-secret processing (非密处理; 002 保密审查制度第十三条,
 *       OGI_2019 第三十七条, OGI_2008 第二十二条). A secret whose term has expired is declassified by law
 *       (保守国家秘密法 第二十四条第二款: 保密期限已满的，自行解密) and treated as unmarked, unless the caller chose
 *       002's stricter step ({@link ExemptionOption#DECLASSIFY_AFTER_EXPIRY}).
 *   <li>EX-4: if it is unclear whether or at what level the content is secret, the outcome is
 *       {@link ExemptionOutcome#ESCALATE_SECRECY} unless the item is withheld whole anyway
 *       [convention].
 *   <li>EX-1, EX-3: each established content flag maps to the regime's ground through {@link
 *       ExemptionRules#groundFor}; a flag the regime has no ground for exempts nothing. A flag the
 *       agency asserts without having established it withholds nothing: the agency bears the
 *       burden of proof (法释〔2011〕17号 第五条) and must establish it and answer again. EX-8: each local
 *       ground withholds under OGI_2008; under OGI_2019 it is a finding against the decision
 *       ({@link dev.disclosure.calendar.FindingKind#BROKEN}), because 第十三条 makes 第十四条至第十六条 the
 *       only grounds.
 *   <li>EX-2, EX-3: each ground is weighed against its {@link GroundOverride}:
 *       <ul>
 *         <li>none: it withholds;
 *         <li>consent or public interest (trade secrets, privacy): an applicant's own privacy is no
 *             ground against the applicant; a consultation not in writing counts as none; consent
 *             lifts the ground; a refusal withholds (under OGI_2019 only a refusal with a reasonable
 *             ground); after silence, or an unreasoned refusal under OGI_2019, the agency decides
 *             on its own judgment of the harm ({@link ThirdPartyHarm}), and until it has judged, the
 *             item goes back to it; a public-interest finding lifts the ground whatever the reply,
 *             with written notice to the third party; if the third party has not been asked, it
 *             must be consulted in writing first;
 *         <li>clear public interest without substantive harm (OGI_2008 ground 5): lifted by that
 *             finding, or when the deliberation has ended;
 *         <li>may be withheld (OGI_2019 第十六条, 国办发〔2010〕5号 第二条): lifted when a law, regulation or
 *             rule requires disclosure, when the process of process information has ended (unless the
 *             caller chose {@link ExemptionOption#PROCESS_INFORMATION_BY_FORMATION}), or when
 *             the agency chose to disclose ({@link Discretion}); withheld when it chose to withhold,
 *             and, when it has not said, by convention.
 *       </ul>
 *   <li>The outcome: content withheld that cannot be separated withholds the whole item, and then
 *       nothing else would change the answer; otherwise an item the agency cannot determine is
 *       {@link ExemptionOutcome#REFER_TO_AUTHORITY}; a ground not established or not yet judged
 *       gives {@link ExemptionOutcome#INVESTIGATE}; a ground awaiting the third party gives {@link
 *       ExemptionOutcome#CONSULT_THIRD_PARTY}, listing what stays withheld whatever the reply
 *       [convention]; separable withheld content gives {@link ExemptionOutcome#DISCLOSE_IN_PART}
 *       (EX-5); otherwise {@link ExemptionOutcome#DISCLOSE}.
 * </ol>
 *
 * <p>Every decision cites the regulation's own article as well as any implementing document: the
 * answer provision of the outcome (OGI_2008 第二十一条、第二十二条, OGI_2019 第三十六条、第三十七条), the
 * consultation article (第二十三条, 第三十二条) or the review article (OGI_2008 第十四条, OGI_2019 第十七条).
 *
 * <p>Immutable and thread-safe; equal when regime, extensions and options are equal.
 */
public final class ExemptionClassifier {

  private final Regime regime;
  private final ImmutableList<PolicyExtension> extensions;
  private final ImmutableMap<String, PolicyExtension> policyOfGround;
  private final ExemptionRules rules;
  private final ImmutableSet<ExemptionOption> options;

  private ExemptionClassifier(
      Regime regime,
      ImmutableList<PolicyExtension> extensions,
      ImmutableMap<String, PolicyExtension> policyOfGround,
      ImmutableSet<ExemptionOption> options) {
    this.regime = regime;
    this.extensions = extensions;
    this.policyOfGround = policyOfGround;
    this.rules = ExemptionRules.of(regime);
    this.options = options;
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
        regime,
        ImmutableList.copyOf(extensions),
        ImmutableMap.copyOf(policyOfGround),
        ImmutableSet.of());
  }

  /**
   * Returns this classifier with a documented option where the texts or the courts disagree (see
   * {@link ExemptionOption}).
   *
   * @param option the option
   * @return a classifier equal to this one but with the option as well
   */
  public ExemptionClassifier with(ExemptionOption option) {
    requireNonNull(option, "option");
    return new ExemptionClassifier(
        regime,
        extensions,
        policyOfGround,
        Sets.immutableEnumSet(Iterables.concat(options, List.of(option))));
  }

  /** {@return the options chosen, in their declaration order; empty by default} */
  public Set<ExemptionOption> options() {
    return options;
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
    for (ContentFlag flag : facts.unestablishedFlags()) {
      rules.groundFor(flag).ifPresent(grounds::add);
    }
    for (String id : facts.localGroundIds()) {
      if (rules.localGroundsWithhold() && policyOfGround.containsKey(id)) {
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
        && extensions.equals(other.extensions)
        && options.equals(other.options);
  }

  @Override
  public int hashCode() {
    return Objects.hash(regime, extensions, options);
  }

  /**
   * Returns a one-line description: the regime, each local policy after {@code +}, then the options
   * when there are any, for example {@code ExemptionClassifier[OGI_2008 + 街道“三不公开”原则]} or {@code
   * ExemptionClassifier[OGI_2019, options [DECLASSIFY_AFTER_EXPIRY]]}.
   */
  @Override
  public String toString() {
    return "ExemptionClassifier["
        + regime
        + extensions.stream()
            .map(extension -> " + " + extension.name())
            .collect(Collectors.joining())
        + (options.isEmpty() ? "" : ", options " + options)
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
    private final Set<ExemptionGround> undecided = new LinkedHashSet<>();
    private final List<OverrideConsideration> overrides = new ArrayList<>();
    private boolean markingWithholds;

    Classification(ItemFacts facts) {
      this.facts = facts;
    }

    ExemptionDecision decide() {
      if (facts.status() != InformationStatus.GOVERNMENT_INFORMATION) {
        return answerOtherwise();
      }
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
      for (ContentFlag flag : ContentFlag.values()) {
        if (facts.unestablishedFlags().contains(flag)) {
          considerUnestablished(flag);
        }
      }
      for (String id : facts.localGroundIds()) {
        considerLocal(id);
      }
      if (facts.disclosabilityUnclear()) {
        step(
            Rules.EX_6,
            Phrase.of(
                "机关不能确定是否可以公开（与是否属于国家秘密无关）",
                "the agency cannot determine whether the item may be disclosed (for a reason"
                    + " other than secrecy)"),
            rules.referToAuthority());
      }
      ExemptionOutcome outcome = conclude();
      return build(outcome, answerOf(outcome));
    }

    private ExemptionDecision build(ExemptionOutcome outcome, Optional<AnswerKind> answer) {
      return ImmutableExemptionDecision.builder()
          .regime(regime)
          .facts(facts)
          .outcome(outcome)
          .answerKind(answer)
          .grounds(grounds)
          .withheld(withheld)
          .overrides(overrides)
          .findings(findings)
          .citations(citations)
          .build();
    }

    private Optional<AnswerKind> answerOf(ExemptionOutcome outcome) {
      return switch (outcome) {
        case DISCLOSE -> Optional.of(AnswerKind.DISCLOSED);
        case DISCLOSE_IN_PART -> Optional.of(AnswerKind.PARTIALLY_DISCLOSED);
        case WITHHOLD -> Optional.of(AnswerKind.NOT_DISCLOSED);
        case CONSULT_THIRD_PARTY, ESCALATE_SECRECY, REFER_TO_AUTHORITY, INVESTIGATE, OTHER_ANSWER ->
            Optional.empty();
      };
    }

    /** REQ-3, REQ-4: what is not government information held by the agency is not classified. */
    private ExemptionDecision answerOtherwise() {
      InformationStatus status = facts.status();
      Optional<AnswerKind> answer = status.answer().filter(rules::allows);
      if (!facts.statusEstablished()) {
        step(
            rules.answerRule(),
            Phrase.of(
                "结果：{0}。机关主张所申请的信息{1}，但没有证据证明（如未尽合理检索义务、仅有受案登记表）：由行政机关举证，查明后重新答复",
                "outcome: {0}; the agency asserts that the item is {1} but cannot prove it (no"
                    + " reasonable search, a case-registration form only): the burden is the"
                    + " agency's, so it establishes the facts and answers again",
                ExemptionOutcome.INVESTIGATE.phrase(),
                status.phrase()),
            rules.burdenOfProof());
        return build(ExemptionOutcome.INVESTIGATE, Optional.empty());
      }
      if (status == InformationStatus.NOT_GOVERNMENT_INFORMATION) {
        step(
            rules.answerRule(),
            Phrase.of(
                "结果：{0}。所申请的信息{1}（例如公安机关履行刑事司法职能制作的信息），不是本条例所称的政府信息：告知申请人，不作公开属性认定",
                "outcome: {0}; the item is {1} (such as information made while exercising"
                    + " criminal-justice functions), outside the regulation: tell the applicant so,"
                    + " without classifying it",
                ExemptionOutcome.OTHER_ANSWER.phrase(),
                status.phrase()),
            List.of(rules.notGovernmentInformation()));
      } else if (answer.isPresent()) {
        step(
            rules.answerRule(),
            Phrase.of(
                "结果：{0}。所申请的信息{1}：按“{2}”答复，不作公开属性认定",
                "outcome: {0}; the item is {1}: answered as such ({2}), without classifying it",
                ExemptionOutcome.OTHER_ANSWER.phrase(),
                status.phrase(),
                answer.get().label()),
            List.of(rules.answer(answer.get())));
      } else {
        step(
            rules.answerRule(),
            FindingKind.CONVENTION,
            Phrase.of(
                "结果：{0}。{1}：{2}没有对应的答复类型，告知申请人不作为政府信息公开申请处理，并可以告知通过相应渠道提出",
                "outcome: {0}; {1}: {2} has no answer for it, so the applicant is told it is not"
                    + " handled as a request and may be told the channel to use",
                ExemptionOutcome.OTHER_ANSWER.phrase(),
                status.phrase(),
                rules.regimeName()),
            List.of(rules.requestScope()));
      }
      return build(ExemptionOutcome.OTHER_ANSWER, answer);
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
            facts.secrecyTermExpired()
                ? Phrase.of(
                    "标有{0}密级标志，保密期限已满且已解密：按未标密处理",
                    "marked {0}; its secrecy term has expired and it has been declassified: treated"
                        + " as unmarked",
                    marked)
                : Phrase.of(
                    "标有{0}密级标志，保密期限内已提前解密：按未标密处理",
                    "marked {0}; it was declassified before its term expired: treated as unmarked",
                    marked),
            facts.secrecyTermExpired()
                ? rules.expired()
                : List.of(ExemptionCitations.SECRECY_LAW_2024_ART_24_EARLY));
        return;
      }
      if (facts.secrecyTermExpired()
          && !options.contains(ExemptionOption.DECLASSIFY_AFTER_EXPIRY)) {
        step(
            Rules.EX_4,
            Phrase.of(
                "标有{0}密级标志，保密期限已满：国家秘密的保密期限已满的，自行解密，按未标密处理",
                "marked {0} and its secrecy term has expired: a state secret whose term has"
                    + " expired is declassified by law, so the item is treated as unmarked",
                marked),
            rules.selfDeclassified());
        return;
      }
      ExemptionGround secret = rules.groundFor(ContentFlag.STATE_SECRET).orElseThrow();
      markingWithholds = true;
      grounds.add(secret);
      withheld.add(secret);
      Phrase reason =
          facts.secrecyTermExpired()
              ? Phrase.of(
                  "标有{0}密级标志，保密期限已满但尚未办理解密手续：依所选的规则“{1}”，先办理解密手续，再重新认定（法律规定保密期限已满的自行解密）",
                  "marked {0} and its secrecy term has expired, but it has not been declassified:"
                      + " under the chosen option ({1}), declassify it first, then classify it"
                      + " again (the law declassifies it by itself)",
                  marked,
                  ExemptionOption.DECLASSIFY_AFTER_EXPIRY.phrase())
              : facts.separable()
                  ? Phrase.of(
                      "标有{0}密级标志：属于国家秘密的部分不予公开；能够区分处理，其余部分经非密处理后公开",
                      "marked {0}: the secret part is withheld; it can be separated, so the rest"
                          + " is disclosed after non-secret processing",
                      marked)
                  : Phrase.of(
                      "标有{0}密级标志：标密的国家秘密不得公开，没有任何例外情形；保密期限届满即自行解密，届时重新认定",
                      "marked {0}: a marked state secret is never disclosed and nothing lifts it;"
                          + " it is declassified by itself when its term expires, and is then"
                          + " classified again",
                      marked);
      overrides.add(new OverrideConsideration(secret, false, reason));
      step(
          Rules.EX_4,
          facts.secrecyTermExpired() ? FindingKind.CONVENTION : FindingKind.APPLIED,
          considered(secret, false, reason),
          concat(
              concat(facts.secrecyTermExpired() ? rules.expired() : rules.marked(), secret.citation()),
              rules.nationalBasis(secret)));
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
          concat(cited, rules.nationalBasis(ground)));
      weigh(ground);
    }

    /** A ground asserted but not established withholds nothing: establish it, answer again. */
    private void considerUnestablished(ContentFlag flag) {
      Optional<ExemptionGround> found = rules.groundFor(flag);
      if (found.isEmpty()) {
        step(
            rules.groundRule(),
            Phrase.of(
                "主张内容涉及{0}但未查明；依{1}即使查明也不属于不予公开的理由",
                "the agency asserts that the content involves {0} without having established"
                    + " it; under {1} it would be no ground even if established",
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
                "主张内容涉及{0}但未查明：“{1}”已另有查明的根据",
                "the agency asserts that the content involves {0} without having established it:"
                    + " {1} already rests on established facts",
                flag.phrase(),
                ground.phrase()),
            List.of());
        return;
      }
      consider(
          ground,
          Outcome.UNDECIDED,
          FindingKind.APPLIED,
          Phrase.of(
              "主张内容涉及{0}，但未调查核实、没有证据：不予公开的根据由行政机关举证，未查明的理由不能作为不予公开的根据，应当查明后重新答复",
              "the agency asserts that the content involves {0} but has neither investigated"
                  + " nor any evidence: the agency must prove the ground of a refusal, so an"
                  + " unestablished ground withholds nothing; establish the facts and answer again",
              flag.phrase()),
          concat(
              concat(List.of(ground.citation()), rules.nationalBasis(ground)),
              rules.burdenOfProof()));
    }

    /** EX-8: a local ground withholds under OGI_2008; under OGI_2019 it is guidance only. */
    private void considerLocal(String id) {
      ExemptionGround ground = localGround(id);
      String policy = policyOfGround.get(id).name();
      if (!rules.localGroundsWithhold()) {
        step(
            Rules.EX_8,
            FindingKind.BROKEN,
            Phrase.of(
                "依地方规定“{0}”主张“{1}”：{2}规定除第十四条至第十六条的情形外政府信息应当公开，地方规定只能作为指引，不能增设不予公开的理由，不据此不予公开",
                "local policy ({0}) asserts {1}: under {2} only Articles 14 to 16 withhold"
                    + " information, so a local policy may guide but cannot add a ground; it"
                    + " withholds nothing",
                policy,
                ground.phrase(),
                rules.regimeName()),
            List.of(rules.principle(), ground.citation()));
        return;
      }
      grounds.add(ground);
      step(
          Rules.EX_8,
          Phrase.of("依地方规定“{0}”：{1}", "local policy ({0}): {1}", policy, ground.phrase()),
          List.of(ground.citation()));
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
        case UNLESS_LAW_REQUIRES_DISCLOSURE -> weighDiscretion(ground);
      }
    }

    private boolean liftingFactsGiven() {
      return facts.thirdPartyConsent() == ThirdPartyConsent.GRANTED
          || !facts.publicInterest().isEmpty()
          || facts.lawRequiresDisclosure();
    }

    private boolean isGroundOf(ExemptionGround ground, ContentFlag flag) {
      return rules.groundFor(flag).filter(ground::equals).isPresent();
    }

    private void weighThirdParty(ExemptionGround ground) {
      Optional<PublicInterest> test = findingThatLifts(GroundOverride.CONSENT_OR_PUBLIC_INTEREST);
      List<Citation> testCitations =
          test.<List<Citation>>map(rules.publicInterestCitations()::get).orElse(List.of());
      ThirdPartyConsent consent = facts.thirdPartyConsent();
      if (facts.applicantIsSubject()
          && consent == ThirdPartyConsent.NOT_ASKED
          && isGroundOf(ground, ContentFlag.PERSONAL_PRIVACY)) {
        lift(
            ground,
            Phrase.of(
                "申请人是信息所涉及的本人：个人隐私保护的是第三方的合法权益，不能以申请人本人的隐私对其不予公开",
                "the applicant is the person the information is about: privacy protects third"
                    + " parties, so the applicant's own privacy is no ground against the"
                    + " applicant"),
            rules.subjectAccess());
        return;
      }
      if (consent != ThirdPartyConsent.NOT_ASKED && !facts.consultedInWriting()) {
        consider(
            ground,
            Outcome.AWAITING,
            FindingKind.BROKEN,
            Phrase.of(
                "{0}，但征求意见未采用书面形式：不产生征求意见的效果，应当书面征求第三方意见",
                "{0}, but the consultation was not in writing: it counts as none; consult the"
                    + " third party in writing",
                consent.phrase()),
            rules.consultation());
        return;
      }
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
        case REFUSED -> refused(ground, consent, test, testCitations);
        case REFUSED_WITHOUT_REASONABLE_GROUND -> {
          if (rules.refusalNeedsReasonableGround()) {
            agencyDecides(ground, consent, test, testCitations);
          } else {
            refused(ground, consent, test, testCitations);
          }
        }
        case NO_REPLY -> agencyDecides(ground, consent, test, testCitations);
      }
    }

    /** A refusal that binds: withheld unless a public-interest finding lifts the ground. */
    private void refused(
        ExemptionGround ground,
        ThirdPartyConsent consent,
        Optional<PublicInterest> test,
        List<Citation> testCitations) {
      if (test.isPresent()) {
        publicInterestLifts(ground, consent, test.get(), testCitations);
        return;
      }
      withhold(
          ground,
          rules.refusalNeedsReasonableGround()
              ? Phrase.of(
                  "{0}且有合理理由，机关未作出{1}规定的公共利益判断",
                  "{0} with a reasonable ground, and no public-interest finding of {1} lifts the"
                      + " ground",
                  consent.phrase(),
                  rules.regimeName())
              : Phrase.of(
                  "{0}：依{1}第三方不同意公开的，不得公开（不审查其理由是否合理），且机关未作出公共利益判断",
                  "{0}: under {1} a refusal binds whatever its reasons, and no public-interest"
                      + " finding lifts the ground",
                  consent.phrase(),
                  rules.regimeName()),
          rules.consultation());
    }

    /** After silence, or a refusal that does not bind: the agency decides on its own judgment. */
    private void agencyDecides(
        ExemptionGround ground,
        ThirdPartyConsent consent,
        Optional<PublicInterest> test,
        List<Citation> testCitations) {
      if (test.isPresent()) {
        publicInterestLifts(ground, consent, test.get(), testCitations);
        return;
      }
      FindingKind kind =
          consent == ThirdPartyConsent.NO_REPLY && rules.thirdPartySilenceByConvention()
              ? FindingKind.CONVENTION
              : FindingKind.APPLIED;
      ThirdPartyHarm harm = facts.thirdPartyHarm();
      List<Citation> cited = concat(rules.consultation(), ground.citation());
      switch (harm) {
        case HARMFUL ->
            consider(
                ground,
                Outcome.WITHHELD,
                kind,
                Phrase.of(
                    "{0}，由行政机关依照规定决定是否公开：{1}，不予公开（理由是对第三方合法权益的损害，不是第三方的沉默或者拒绝）",
                    "{0}, so the agency decides under the regulation: {1}, so it is withheld"
                        + " (for the harm to the third party, not for its silence or refusal)",
                    consent.phrase(),
                    harm.phrase()),
                cited);
        case HARMLESS ->
            consider(
                ground,
                Outcome.LIFTED,
                kind,
                Phrase.of(
                    "{0}，由行政机关依照规定决定是否公开：{1}，不属于不得公开的情形",
                    "{0}, so the agency decides under the regulation: {1}, so the ground does not"
                        + " apply",
                    consent.phrase(),
                    harm.phrase()),
                cited);
        case NOT_ASSESSED ->
            consider(
                ground,
                Outcome.UNDECIDED,
                kind,
                Phrase.of(
                    "{0}：既不是同意，也不是不予公开的理由；由行政机关判断公开是否损害第三方合法权益后决定，{1}",
                    "{0}: neither consent nor a reason to withhold; the agency decides once it has"
                        + " judged whether disclosure harms the third party, and {1}",
                    consent.phrase(),
                    harm.phrase()),
                concat(cited, rules.burdenOfProof()));
      }
    }

    private void publicInterestLifts(
        ExemptionGround ground,
        ThirdPartyConsent consent,
        PublicInterest test,
        List<Citation> testCitations) {
      lift(
          ground,
          Phrase.of(
              "{0}，但机关认定{1}：予以公开，并应当将公开的内容和理由书面告知第三方",
              "{0}, but the agency finds that {1}: disclosed, and the agency must tell the"
                  + " third party in writing of the content disclosed and the reasons",
              consent.phrase(),
              test.phrase()),
          concat(testCitations, rules.consultation()));
    }

    private void weighClearPublicInterest(ExemptionGround ground) {
      Optional<PublicInterest> test =
          findingThatLifts(GroundOverride.PUBLIC_INTEREST_WITHOUT_SUBSTANTIVE_HARM);
      if (facts.processEnded() && isGroundOf(ground, ContentFlag.PROCESS_INFORMATION)) {
        lift(
            ground,
            Phrase.of(
                "调查、讨论、审议已经结束：不再处于过程之中，不属于此项情形",
                "the investigation, discussion or deliberation has ended: the information is no"
                    + " longer under deliberation, so the ground does not apply"),
            concat(List.of(ground.citation()), rules.nationalBasis(ground)));
      } else if (test.isPresent()) {
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
            Phrase.of(
                "机关未认定{0}；调查、讨论、审议结束后，不再适用此项",
                "no finding that {0}; once the investigation, discussion or deliberation ends,"
                    + " this ground no longer applies",
                ground.override().phrase()),
            List.of());
      }
    }

    /** A ground that only permits withholding: a discretion, not a duty. */
    private void weighDiscretion(ExemptionGround ground) {
      if (facts.lawRequiresDisclosure()) {
        lift(
            ground,
            Phrase.of(
                "法律、法规、规章规定应当公开的，从其规定",
                "a law, regulation or rule requires disclosure, and it prevails"),
            List.of(ground.citation()));
        return;
      }
      if (facts.processEnded() && isGroundOf(ground, ContentFlag.PROCESS_INFORMATION)) {
        if (options.contains(ExemptionOption.PROCESS_INFORMATION_BY_FORMATION)) {
          step(
              rules.overrideRule(),
              FindingKind.CONVENTION,
              Phrase.of(
                  "过程已经结束，但依所选的规则“{0}”，仍属过程性信息",
                  "the process has ended, but under the chosen option ({0}) the information is"
                      + " still process information",
                  ExemptionOption.PROCESS_INFORMATION_BY_FORMATION.phrase()),
              ExemptionOption.PROCESS_INFORMATION_BY_FORMATION.basis());
        } else {
          lift(
              ground,
              Phrase.of(
                  "过程已经结束、决定已经作出：不再是过程性信息，不能以此为由不予公开",
                  "the process has ended and the decision has been made: the information is no"
                      + " longer process information, so the ground does not apply"),
              List.of(ground.citation()));
          return;
        }
      }
      Discretion choice = facts.discretion();
      switch (choice) {
        case DISCLOSE ->
            lift(
                ground,
                Phrase.of(
                    "“可以不予公开”是裁量而不是义务：{0}",
                    "\"may be withheld\" is a discretion, not a duty: {0}",
                    choice.phrase()),
                List.of(ground.citation()));
        case WITHHOLD ->
            withhold(
                ground,
                untilProcessEnds(
                    ground,
                    Phrase.of(
                        "可以不予公开（裁量）：{0}",
                        "may be withheld (a discretion): {0}",
                        choice.phrase())),
                List.of(ground.citation()));
        case UNSTATED ->
            consider(
                ground,
                Outcome.WITHHELD,
                FindingKind.CONVENTION,
                untilProcessEnds(
                    ground,
                    Phrase.of(
                        "可以不予公开（裁量，不是义务），且没有法律、法规、规章规定应当公开；{0}：视为决定不予公开",
                        "may be withheld (a discretion, not a duty), and no law, regulation or rule"
                            + " requires disclosure; {0}: taken as a choice to withhold",
                        choice.phrase())),
                List.of(ground.citation()));
      }
    }

    /** A restriction of process information ends with the process, unless the caller chose otherwise. */
    private Phrase untilProcessEnds(ExemptionGround ground, Phrase reason) {
      if (!isGroundOf(ground, ContentFlag.PROCESS_INFORMATION)
          || options.contains(ExemptionOption.PROCESS_INFORMATION_BY_FORMATION)) {
        return reason;
      }
      return Phrase.of(
          "{0}；过程结束、决定作出后，不再以此为由不予公开",
          "{0}; once the process ends and the decision is made, this ground no longer applies",
          reason);
    }

    /**
     * Where an item of unclear secrecy goes: by what it concerns where the rules split the routes
     * (来源文件002 保密审查制度第九条) and the matter is recorded; both routes, to be chosen by the matter,
     * where it is not; the one authority otherwise.
     */
    private Phrase secrecyRoute() {
      if (!rules.secrecyRoutesByMatter()) {
        Phrase route =
            Phrase.of(
                "依照法律、法规和国家有关规定报有关主管部门或者保密行政管理部门确定",
                "report the item, as laws, regulations and national rules provide, to the"
                    + " competent authority or the secrecy administration to determine");
        return facts.secrecyMatter().isEmpty()
            ? route
            : Phrase.of(
                "{0}（所记录的{1}不改变报送机关，本条例未按事项区分）",
                "{0} (the recorded {1} changes nothing: the regulation does not route by matter)",
                route,
                facts.secrecyMatter().get().phrase());
      }
      if (facts.secrecyMatter().isPresent()) {
        SecrecyMatter matter = facts.secrecyMatter().get();
        return Phrase.of(
            "逐级报至{1}确定（{0}）",
            "report the item level by level to {1} ({0})",
            matter.phrase(),
            matter.authorityPhrase());
      }
      return Phrase.of(
          "按事项逐级报请确定：{0}报至{1}，{2}报至{3}（未记录属于何种事项）",
          "report the item level by level by what it concerns: {0} to {1}, {2} to {3} (which it"
              + " concerns is not recorded)",
          SecrecyMatter.OWN_BUSINESS.phrase(),
          SecrecyMatter.OWN_BUSINESS.authorityPhrase(),
          SecrecyMatter.OTHER.phrase(),
          SecrecyMatter.OTHER.authorityPhrase());
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
      Citation notDisclosed = rules.answer(AnswerKind.NOT_DISCLOSED);
      if (markingWithholds && !facts.separable()) {
        step(
            Rules.EX_4,
            Phrase.of(
                "结果：{0}。密级标志使整件信息不予公开，其他情形均不改变",
                "outcome: {0}; the marking withholds the whole item, whatever else applies",
                ExemptionOutcome.WITHHOLD.phrase()),
            concat(rules.marked(), notDisclosed));
        return ExemptionOutcome.WITHHOLD;
      }
      if (facts.secrecyUnclear()) {
        step(
            Rules.EX_4,
            FindingKind.CONVENTION,
            Phrase.of(
                "结果：{0}。机关不能自行决定，无论其他情形如何，应当{1}",
                "outcome: {0}; the agency cannot decide alone, whatever else applies; {1}",
                ExemptionOutcome.ESCALATE_SECRECY.phrase(),
                secrecyRoute()),
            rules.unclear());
        return ExemptionOutcome.ESCALATE_SECRECY;
      }
      if (!withheld.isEmpty() && !facts.separable()) {
        boolean otherwisePending = !undecided.isEmpty() || facts.disclosabilityUnclear();
        step(
            Rules.EX_5,
            otherwisePending
                ? Phrase.of(
                    "结果：{0}。{1}无法与其他内容区分处理，查明其他理由、报请确定或者征求意见均不改变结果",
                    "outcome: {0}; {1} cannot be separated from the rest, so establishing other"
                        + " grounds, referring the item or consulting would change nothing",
                    ExemptionOutcome.WITHHOLD.phrase(),
                    Phrases.grounds(withheld))
                : !awaitingThirdParty.isEmpty()
                    ? Phrase.of(
                        "结果：{0}。{1}无法与其他内容区分处理，征求第三方意见也不改变结果",
                        "outcome: {0}; {1} cannot be separated from the rest, so consulting the"
                            + " third party would change nothing",
                        ExemptionOutcome.WITHHOLD.phrase(),
                        Phrases.grounds(withheld))
                    : Phrase.of(
                        "结果：{0}。{1}无法与其他内容区分处理",
                        "outcome: {0}; {1} cannot be separated from the rest",
                        ExemptionOutcome.WITHHOLD.phrase(),
                        Phrases.grounds(withheld)),
            concat(
                withheld.stream().map(ExemptionGround::citation).collect(Collectors.toList()),
                notDisclosed));
        return ExemptionOutcome.WITHHOLD;
      }
      if (facts.disclosabilityUnclear()) {
        step(
            Rules.EX_6,
            Phrase.of(
                "结果：{0}。机关不能确定是否可以公开，应当依照法律、法规和国家有关规定报有关主管部门或者保密行政管理部门确定",
                "outcome: {0}; the agency cannot determine whether the item may be disclosed, so"
                    + " it refers it to the competent authority or the secrecy administration",
                ExemptionOutcome.REFER_TO_AUTHORITY.phrase()),
            rules.referToAuthority());
        return ExemptionOutcome.REFER_TO_AUTHORITY;
      }
      if (!undecided.isEmpty()) {
        step(
            rules.groundRule(),
            Phrase.of(
                "结果：{0}。{1}尚未查明或者尚待机关判断；不予公开的根据由行政机关举证，查明后重新答复",
                "outcome: {0}; not established or not yet judged: {1}; the agency bears the"
                    + " burden of proving a refusal, so it establishes the facts and answers"
                    + " again",
                ExemptionOutcome.INVESTIGATE.phrase(),
                Phrases.grounds(undecided)),
            rules.burdenOfProof());
        return ExemptionOutcome.INVESTIGATE;
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
          List.of(rules.principle(), rules.answer(AnswerKind.DISCLOSED)));
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
      switch (outcome) {
        case WITHHELD -> withheld.add(ground);
        case AWAITING -> awaitingThirdParty.add(ground);
        case UNDECIDED -> undecided.add(ground);
        case LIFTED -> {}
      }
      boolean applied = outcome == Outcome.LIFTED;
      overrides.add(new OverrideConsideration(ground, applied, reason));
      step(
          policyOfGround.containsKey(ground.id()) ? Rules.EX_8 : rules.overrideRule(),
          kind,
          outcome == Outcome.UNDECIDED
              ? Phrase.of(
                  "{0}：尚待查明——{1}", "{0}: not yet decided — {1}", ground.phrase(), reason)
              : considered(ground, applied, reason),
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
    AWAITING,
    UNDECIDED
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
