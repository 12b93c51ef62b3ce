package dev.disclosure.core.exemption;

import static dev.disclosure.core.exemption.ExemptionCitations.DOC_002_CLEAR_PUBLIC_INTEREST;
import static dev.disclosure.core.exemption.ExemptionCitations.DOC_002_CONSENT_OR_OUTWEIGHS;
import static dev.disclosure.core.exemption.ExemptionCitations.DOC_002_CO_MAKERS;
import static dev.disclosure.core.exemption.ExemptionCitations.DOC_002_EXPIRED;
import static dev.disclosure.core.exemption.ExemptionCitations.DOC_002_MARKED;
import static dev.disclosure.core.exemption.ExemptionCitations.DOC_002_NON_SECRET_PROCESSING;
import static dev.disclosure.core.exemption.ExemptionCitations.DOC_002_OPINIONS;
import static dev.disclosure.core.exemption.ExemptionCitations.DOC_002_PROACTIVE;
import static dev.disclosure.core.exemption.ExemptionCitations.DOC_002_REVIEW_DISPUTE;
import static dev.disclosure.core.exemption.ExemptionCitations.DOC_002_REVIEW_STEPS;
import static dev.disclosure.core.exemption.ExemptionCitations.DOC_002_SECRET_PART;
import static dev.disclosure.core.exemption.ExemptionCitations.DOC_002_THIRD_PARTY;
import static dev.disclosure.core.exemption.ExemptionCitations.DOC_002_UNCLEAR;
import static dev.disclosure.core.exemption.ExemptionCitations.DOC_002_UNMARKED;
import static dev.disclosure.core.exemption.ExemptionCitations.DOC_002_WHO_DISCLOSES;
import static dev.disclosure.core.exemption.ExemptionCitations.DOC_003_REVIEW_FIRST;
import static dev.disclosure.core.exemption.ExemptionCitations.GUO_BAN_FA_2008_36_REVIEW;
import static dev.disclosure.core.exemption.ExemptionCitations.GUO_BAN_FA_2010_5_ART_2;
import static dev.disclosure.core.exemption.ExemptionCitations.OGI_2008_ART_13;
import static dev.disclosure.core.exemption.ExemptionCitations.OGI_2008_ART_14_2;
import static dev.disclosure.core.exemption.ExemptionCitations.OGI_2008_ART_14_3;
import static dev.disclosure.core.exemption.ExemptionCitations.OGI_2008_ART_2;
import static dev.disclosure.core.exemption.ExemptionCitations.OGI_2008_ART_23;
import static dev.disclosure.core.exemption.ExemptionCitations.OGI_2008_ART_25;
import static dev.disclosure.core.exemption.ExemptionCitations.OGI_2008_ART_8;
import static dev.disclosure.core.exemption.ExemptionCitations.OGI_2019_ART_2;
import static dev.disclosure.core.exemption.ExemptionCitations.OGI_2019_ART_41;
import static dev.disclosure.core.exemption.ExemptionCitations.SECRECY_LAW_2024_ART_24;
import static dev.disclosure.core.exemption.ExemptionCitations.SPC_2011_17_ART_5;
import static dev.disclosure.core.exemption.ExemptionCitations.SPC_2011_17_ART_9;
import static dev.disclosure.core.exemption.ExemptionCitations.OGI_2019_ART_10;
import static dev.disclosure.core.exemption.ExemptionCitations.OGI_2019_ART_10_JOINT;
import static dev.disclosure.core.exemption.ExemptionCitations.OGI_2019_ART_13;
import static dev.disclosure.core.exemption.ExemptionCitations.OGI_2019_ART_17;
import static dev.disclosure.core.exemption.ExemptionCitations.OGI_2019_ART_32;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import dev.disclosure.calendar.Citation;
import dev.disclosure.calendar.LegalPeriod;
import dev.disclosure.calendar.Phrase;
import dev.disclosure.calendar.Quantity;
import dev.disclosure.calendar.RuleId;
import dev.disclosure.core.AnswerKind;
import dev.disclosure.core.InvalidFactsException.Problem;
import dev.disclosure.core.Regime;
import dev.disclosure.core.law.LegalPeriods;
import dev.disclosure.core.law.Rules;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What the exemption and review rules are under one regime (不予公开与保密审查的规则表): the exemption ground
 * each {@link ContentFlag} maps to (EX-1, EX-3), the rule IDs the findings carry, the public-interest
 * tests the regime knows (EX-2, EX-3), whether and after which period a co-maker's silence is
 * consent (EX-6), and the provisions each step of {@link ExemptionClassifier}, {@link ReviewChain}
 * and {@link DisclosingAgency} cites. The classifier, the review chain, {@link PolicyExtension} and
 * {@link PublicInterest} read this table; none of them branches on the regime.
 *
 * <p>One table per regime, resolved with {@link #of(Regime)}:
 *
 * <ul>
 *   <li>{@link Regime#OGI_2008}: the seven grounds of 来源文件002 (EX-1) and its overrides (EX-2), each
 *       also resting on the regulation's own article (第八条, 第十四条第四款) and the national implementing
 *       documents courts applied (国办发〔2008〕36号, 国办发〔2010〕5号 第二条), plus internal management
 *       information (国办发〔2010〕5号); the three public-interest tests of 002 and OGI-2008 第十四条第四款、第二十三条;
 *       any refusal of the third party binds (第二十三条); local lists add grounds; written consent of
 *       co-makers only (002 保密审查制度第八条);
 *   <li>{@link Regime#OGI_2019}: the eight grounds of 第十四条至第十六条 (EX-3), the only grounds
 *       (第十三条), so that a local list guides but never withholds; the one public-interest test of
 *       第十五条 and 第三十二条; a refusal binds only with a reasonable ground (第三十二条); a co-maker's
 *       silence for 15 working days as consent (P-CO-AGENCY-2019, 第三十四条).
 * </ul>
 *
 * <p>Immutable and thread-safe; equal when every entry is equal.
 */
@Value.Immutable
public abstract class ExemptionRules {

  private static final ExemptionRules OGI_2008 =
      ImmutableExemptionRules.builder()
          .regime(Regime.OGI_2008)
          .answerRule(Rules.REQ_3)
          .groundRule(Rules.EX_1)
          .overrideRule(Rules.EX_2)
          .putGrounds(ContentFlag.STATE_SECRET, ExemptionGrounds.STATE_SECRET_2008)
          .putGrounds(ContentFlag.WORK_SECRET, ExemptionGrounds.WORK_SECRET_2008)
          .putGrounds(ContentFlag.TRADE_SECRET, ExemptionGrounds.TRADE_SECRET_2008)
          .putGrounds(ContentFlag.PERSONAL_PRIVACY, ExemptionGrounds.PERSONAL_PRIVACY_2008)
          .putGrounds(ContentFlag.PROCESS_INFORMATION, ExemptionGrounds.UNDER_DELIBERATION_2008)
          .putGrounds(
              ContentFlag.SECURITY_AND_STABILITY_RISK, ExemptionGrounds.SECURITY_AND_STABILITY_2008)
          .putGrounds(ContentFlag.PROHIBITED_BY_LAW, ExemptionGrounds.OTHER_BY_LAW_2008)
          .putGrounds(ContentFlag.INTERNAL_AFFAIRS, ExemptionGrounds.INTERNAL_MANAGEMENT_2008)
          .putNationalBasis(
              ExemptionGrounds.STATE_SECRET_2008.id(),
              List.of(ExemptionGrounds.OGI_2008_ART_14, GUO_BAN_FA_2008_36_REVIEW))
          .putNationalBasis(
              ExemptionGrounds.TRADE_SECRET_2008.id(), List.of(ExemptionGrounds.OGI_2008_ART_14))
          .putNationalBasis(
              ExemptionGrounds.PERSONAL_PRIVACY_2008.id(),
              List.of(ExemptionGrounds.OGI_2008_ART_14))
          .putNationalBasis(
              ExemptionGrounds.SECURITY_AND_STABILITY_2008.id(),
              List.of(OGI_2008_ART_8, GUO_BAN_FA_2008_36_REVIEW))
          .putNationalBasis(
              ExemptionGrounds.UNDER_DELIBERATION_2008.id(), List.of(GUO_BAN_FA_2010_5_ART_2))
          .putPublicInterestCitations(
              PublicInterest.OUTWEIGHS_HARM, List.of(DOC_002_CONSENT_OR_OUTWEIGHS))
          .putPublicInterestCitations(
              PublicInterest.CLEAR_WITHOUT_SUBSTANTIVE_HARM, List.of(DOC_002_CLEAR_PUBLIC_INTEREST))
          .putPublicInterestCitations(
              PublicInterest.NON_DISCLOSURE_SERIOUSLY_AFFECTS,
              List.of(ExemptionGrounds.OGI_2008_ART_14, OGI_2008_ART_23))
          .principle(DOC_002_PROACTIVE)
          .addMarked(DOC_002_MARKED)
          .addUnmarkedSecret(DOC_002_UNMARKED)
          .addExpired(DOC_002_EXPIRED)
          .addUnclear(DOC_002_UNCLEAR, OGI_2008_ART_14_3)
          .addSelfDeclassified(SECRECY_LAW_2024_ART_24, OGI_2008_ART_14_2)
          .addReferToAuthority(OGI_2008_ART_14_3, GUO_BAN_FA_2008_36_REVIEW)
          .addBurdenOfProof(SPC_2011_17_ART_5, SPC_2011_17_ART_9, OGI_2008_ART_14_2)
          .addSubjectAccess(ExemptionGrounds.OGI_2008_ART_14, OGI_2008_ART_25)
          .notGovernmentInformation(OGI_2008_ART_2)
          .requestScope(OGI_2008_ART_13)
          .refusalNeedsReasonableGround(false)
          .secrecyRoutesByMatter(true)
          .localGroundsWithhold(true)
          .addPartial(Regime.OGI_2008.citationFor(AnswerKind.PARTIALLY_DISCLOSED))
          .addSecretPartRemoval(DOC_002_SECRET_PART, DOC_002_NON_SECRET_PROCESSING)
          .addConsent(DOC_002_CONSENT_OR_OUTWEIGHS)
          .addConsultation(DOC_002_THIRD_PARTY, OGI_2008_ART_23)
          .thirdPartyReply(
              Phrase.of(
                  "{0}未规定第三方答复的期限；征求意见的时间不计入答复期限（{1}）",
                  "{0} sets no period for the reply; the consultation time is not counted in the"
                      + " reply period ({1})",
                  name(Regime.OGI_2008),
                  Regime.OGI_2008.replyPeriod().id()))
          .thirdPartySilenceByConvention(true)
          .addCoMakers(DOC_002_CO_MAKERS)
          .addWhoDiscloses(DOC_002_WHO_DISCLOSES)
          .addLeadMaker(DOC_002_CO_MAKERS, DOC_002_WHO_DISCLOSES)
          .addReview(DOC_003_REVIEW_FIRST, DOC_002_REVIEW_STEPS, DOC_002_OPINIONS)
          .addReferral(DOC_002_UNCLEAR, DOC_002_REVIEW_DISPUTE)
          .build();

  private static final ExemptionRules OGI_2019 =
      ImmutableExemptionRules.builder()
          .regime(Regime.OGI_2019)
          .answerRule(Rules.REQ_4)
          .groundRule(Rules.EX_3)
          .overrideRule(Rules.EX_3)
          .putGrounds(ContentFlag.STATE_SECRET, ExemptionGrounds.STATE_SECRET_2019)
          .putGrounds(ContentFlag.PROHIBITED_BY_LAW, ExemptionGrounds.PROHIBITED_BY_LAW_2019)
          .putGrounds(
              ContentFlag.SECURITY_AND_STABILITY_RISK, ExemptionGrounds.SECURITY_AND_STABILITY_2019)
          .putGrounds(ContentFlag.TRADE_SECRET, ExemptionGrounds.TRADE_SECRET_2019)
          .putGrounds(ContentFlag.PERSONAL_PRIVACY, ExemptionGrounds.PERSONAL_PRIVACY_2019)
          .putGrounds(ContentFlag.INTERNAL_AFFAIRS, ExemptionGrounds.INTERNAL_AFFAIRS_2019)
          .putGrounds(ContentFlag.PROCESS_INFORMATION, ExemptionGrounds.PROCESS_INFORMATION_2019)
          .putGrounds(
              ContentFlag.ENFORCEMENT_CASE_FILE, ExemptionGrounds.ENFORCEMENT_CASE_FILE_2019)
          .putPublicInterestCitations(
              PublicInterest.NON_DISCLOSURE_SERIOUSLY_AFFECTS,
              List.of(ExemptionGrounds.TRADE_SECRET_2019.citation(), OGI_2019_ART_32))
          .principle(OGI_2019_ART_13)
          .addMarked(ExemptionGrounds.STATE_SECRET_2019.citation())
          .addExpired(ExemptionGrounds.STATE_SECRET_2019.citation(), OGI_2019_ART_17)
          .addUnclear(OGI_2019_ART_17)
          .addSelfDeclassified(SECRECY_LAW_2024_ART_24, OGI_2019_ART_17)
          .addReferToAuthority(OGI_2019_ART_17)
          .addBurdenOfProof(SPC_2011_17_ART_5, SPC_2011_17_ART_9, OGI_2019_ART_17)
          .addSubjectAccess(ExemptionGrounds.TRADE_SECRET_2019.citation(), OGI_2019_ART_41)
          .notGovernmentInformation(OGI_2019_ART_2)
          .requestScope(OGI_2019_ART_13)
          .refusalNeedsReasonableGround(true)
          .secrecyRoutesByMatter(false)
          .localGroundsWithhold(false)
          .addPartial(Regime.OGI_2019.citationFor(AnswerKind.PARTIALLY_DISCLOSED))
          .addSecretPartRemoval(Regime.OGI_2019.citationFor(AnswerKind.PARTIALLY_DISCLOSED))
          .addConsent(ExemptionGrounds.TRADE_SECRET_2019.citation())
          .addConsultation(OGI_2019_ART_32)
          .thirdPartyReply(
              Phrase.of(
                  "{0}（{1}）；逾期未提出意见的，由行政机关决定是否公开",
                  "the third party gives its opinion within {2} of receiving the consultation"
                      + " ({1}); silence leaves the decision to the agency",
                  LegalPeriods.P_THIRD_PARTY_2019.wording(),
                  LegalPeriods.P_THIRD_PARTY_2019.id(),
                  Quantity.of(
                      LegalPeriods.P_THIRD_PARTY_2019.amount(),
                      LegalPeriods.P_THIRD_PARTY_2019.unit())))
          .thirdPartySilenceByConvention(false)
          .coMakerSilencePeriod(LegalPeriods.P_CO_AGENCY_2019)
          .addAllCoMakers(LegalPeriods.P_CO_AGENCY_2019.citations())
          .addWhoDiscloses(OGI_2019_ART_10)
          .addLeadMaker(OGI_2019_ART_10_JOINT)
          .addReview(OGI_2019_ART_17, DOC_003_REVIEW_FIRST, DOC_002_REVIEW_STEPS, DOC_002_OPINIONS)
          .addReferral(OGI_2019_ART_17)
          .build();

  private static final ImmutableMap<Regime, ExemptionRules> BY_REGIME =
      ImmutableMap.of(Regime.OGI_2008, OGI_2008, Regime.OGI_2019, OGI_2019);

  ExemptionRules() {}

  /**
   * Returns the exemption and review rules of a regime.
   *
   * @param regime {@link Regime#OGI_2008} or {@link Regime#OGI_2019}
   * @return the regime's table, the same instance on every call
   */
  public static ExemptionRules of(Regime regime) {
    requireNonNull(regime, "regime");
    return BY_REGIME.get(regime);
  }

  /** {@return the regime the table belongs to} */
  public abstract Regime regime();

  /**
   * {@return the rule ID of the regime's answers, cited when an item is answered without
   * classification: {@code REQ-3} (OGI_2008) or {@code REQ-4}}
   */
  public abstract RuleId answerRule();

  /** {@return the rule ID of the regime's grounds: {@code EX-1} (OGI_2008) or {@code EX-3}} */
  public abstract RuleId groundRule();

  /** {@return the rule ID of the regime's overrides: {@code EX-2} (OGI_2008) or {@code EX-3}} */
  public abstract RuleId overrideRule();

  /**
   * {@return every exemption ground of the regime, keyed by the content flag it answers to, in the
   * order of {@link ContentFlag}: 8 under OGI_2008 (the seven of EX-1 and internal management
   * information of 国办发〔2010〕5号), 8 under OGI_2019 (EX-3)} A flag that is not a key is no ground under
   * the regime (a work secret under OGI_2019, an enforcement case file under OGI_2008).
   */
  public abstract Map<ContentFlag, ExemptionGround> grounds();

  /**
   * Returns the exemption ground a content flag maps to under the regime, if any (EX-1, EX-3).
   *
   * @param flag what the content involves
   * @return the ground, or empty if the regime does not exempt such content
   */
  public Optional<ExemptionGround> groundFor(ContentFlag flag) {
    requireNonNull(flag, "flag");
    return Optional.ofNullable(grounds().get(flag));
  }

  /**
   * {@return the public-interest tests the regime knows (EX-2, EX-3): all three under OGI_2008, only
   * {@link PublicInterest#NON_DISCLOSURE_SERIOUSLY_AFFECTS} under OGI_2019}
   */
  public Set<PublicInterest> publicInterestTests() {
    return publicInterestCitations().keySet();
  }

  /**
   * {@return the period after which a co-maker's silence counts as its consent to publish jointly
   * made information (EX-6): P-CO-AGENCY-2019 (OGI_2019 第三十四条), 15 working days from receiving the
   * consultation; empty under OGI_2008, where only written consent counts (002 保密审查制度第八条)}
   */
  public abstract Optional<LegalPeriod> coMakerSilencePeriod();

  /** The provisions of each public-interest test the regime knows; the keys are the tests. */
  abstract Map<PublicInterest, List<Citation>> publicInterestCitations();

  /** Information is disclosed unless a ground withholds it. */
  abstract Citation principle();

  /** A marked secret is not disclosed (EX-4). */
  abstract List<Citation> marked();

  /** Unmarked content that involves state secrets is not disclosed (EX-4). */
  abstract List<Citation> unmarkedSecret();

  /** An expired secret is declassified before it is disclosed (EX-4). */
  abstract List<Citation> expired();

  /** Unclear secrecy goes to the authority that can decide (EX-4). */
  abstract List<Citation> unclear();

  /**
   * The national provisions each OGI_2008 ground rests on besides 来源文件002, by ground id: the
   * regulation's own articles (第八条, 第十四条第四款) and the implementing documents courts applied
   * (国办发〔2008〕36号, 国办发〔2010〕5号); empty under OGI_2019, whose grounds are the regulation's own.
   */
  abstract Map<String, List<Citation>> nationalBasis();

  /** Returns the national provisions a ground rests on besides its own citation. */
  List<Citation> nationalBasis(ExemptionGround ground) {
    return nationalBasis().getOrDefault(ground.id(), List.of());
  }

  /** A secret whose term has expired is declassified by itself (保守国家秘密法 第二十四条第二款). */
  abstract List<Citation> selfDeclassified();

  /** What the agency cannot determine for another reason goes to the competent authority. */
  abstract List<Citation> referToAuthority();

  /** The agency proves the ground of a refusal; an unproved ground leads to a new answer. */
  abstract List<Citation> burdenOfProof();

  /** An applicant's own privacy is no ground against the applicant. */
  abstract List<Citation> subjectAccess();

  /** The regime's provision for an answer kind it allows (第二十一条、第二十二条; 第三十六条、第三十七条、第三十九条). */
  Citation answer(AnswerKind kind) {
    return regime().citationFor(kind);
  }

  /** Whether the regime has an answer kind. */
  boolean allows(AnswerKind kind) {
    return regime().allows(kind);
  }

  /** What government information is (第二条). */
  abstract Citation notGovernmentInformation();

  /** What may be requested, cited when the regime has no answer kind for a status. */
  abstract Citation requestScope();

  /**
   * Whether an item of unclear secrecy is reported by what it concerns (来源文件002 保密审查制度第九条: a matter
   * of the agency's own line of business to the superior organ or the secrecy administration, any
   * other matter to the secrecy administration), or to one authority the regulation names (OGI_2019
   * 第十七条).
   */
  abstract boolean secrecyRoutesByMatter();

  /**
   * Whether a third party's refusal binds only with a reasonable ground (OGI_2019 第三十二条: 不同意公开且有合理理由的),
   * or any refusal binds (OGI_2008 第二十三条: 第三方不同意公开的，不得公开).
   */
  abstract boolean refusalNeedsReasonableGround();

  /**
   * Whether a local policy's grounds withhold (OGI_2008, where the implementing rules and local lists
   * add grounds), or are guidance only, because 第十三条 makes 第十四条至第十六条 the only grounds
   * (OGI_2019).
   */
  abstract boolean localGroundsWithhold();

  /** Separable exempt content is withheld and the rest disclosed (EX-5). */
  abstract List<Citation> partial();

  /** Secret parts are declassified or removed before the rest is disclosed (EX-5). */
  abstract List<Citation> secretPartRemoval();

  /** The third party's consent lifts a third-party ground (EX-2, EX-3). */
  abstract List<Citation> consent();

  /**
   * The third party is consulted in writing, and told in writing of a public-interest disclosure.
   */
  abstract List<Citation> consultation();

  /** The regime's name in findings: its Chinese title, or its id in English, for example OGI_2019. */
  Phrase regimeName() {
    return name(regime());
  }

  private static Phrase name(Regime regime) {
    return Phrase.of(regime.label(), regime.toString());
  }

  /** How long the third party has to reply, as the consultation outcome states it. */
  abstract Phrase thirdPartyReply();

  /**
   * Whether treating the third party's silence as no consent is a convention of the library (the
   * regime's text is silent: OGI_2008) rather than the regime's rule (OGI_2019 第三十二条).
   */
  abstract boolean thirdPartySilenceByConvention();

  /** Co-makers of jointly made information consent (in writing, or by silence under OGI_2019). */
  abstract List<Citation> coMakers();

  /** Who discloses (EX-7). */
  abstract List<Citation> whoDiscloses();

  /** Jointly made information is disclosed by the lead maker (EX-7). */
  abstract List<Citation> leadMaker();

  /**
   * The review before publication (EX-6): OGI_2019 第十七条 requires each agency to set its review
   * mechanism, and the four stages with their three opinions are those of 002 and 003.
   */
  abstract List<Citation> review();

  /** A 需报审 goes to the authority that can decide (EX-4, EX-6). */
  abstract List<Citation> referral();

  /**
   * Returns whether a ground with this override can be lifted under the regime at all: a ground
   * lifted only by OGI_2008's ground-5 test cannot be lifted under OGI_2019, which has no such
   * test.
   */
  boolean knows(GroundOverride override) {
    return switch (override) {
      case NONE, CONSENT_OR_PUBLIC_INTEREST, UNLESS_LAW_REQUIRES_DISCLOSURE -> true;
      case PUBLIC_INTEREST_WITHOUT_SUBSTANTIVE_HARM ->
          publicInterestTests().stream().anyMatch(test -> test.lifts(override));
    };
  }

  @Value.Check
  void check() {
    List<Problem> problems = new ArrayList<>();
    if (!grounds().containsKey(ContentFlag.STATE_SECRET)) {
      problems.add(
          new Problem(
              Rules.EX_4,
              "a regime's table needs a state-secret ground, which a marking withholds"));
    }
    if (publicInterestCitations().values().stream().anyMatch(List::isEmpty)) {
      problems.add(
          new Problem(
              overrideRule(), "every public-interest test of a regime cites its provision"));
    }
    requireCited("marked", Rules.EX_4, marked(), problems);
    requireCited("expired", Rules.EX_4, expired(), problems);
    requireCited("unclear", Rules.EX_4, unclear(), problems);
    requireCited("partial", Rules.EX_5, partial(), problems);
    requireCited("selfDeclassified", Rules.EX_4, selfDeclassified(), problems);
    requireCited("referToAuthority", Rules.EX_4, referToAuthority(), problems);
    requireCited("burdenOfProof", groundRule(), burdenOfProof(), problems);
    requireCited("subjectAccess", overrideRule(), subjectAccess(), problems);
    requireCited("secretPartRemoval", Rules.EX_5, secretPartRemoval(), problems);
    requireCited("consent", overrideRule(), consent(), problems);
    requireCited("consultation", overrideRule(), consultation(), problems);
    requireCited("coMakers", Rules.EX_6, coMakers(), problems);
    requireCited("whoDiscloses", Rules.EX_7, whoDiscloses(), problems);
    requireCited("leadMaker", Rules.EX_7, leadMaker(), problems);
    requireCited("review", Rules.EX_6, review(), problems);
    requireCited("referral", Rules.EX_6, referral(), problems);
    if (!problems.isEmpty()) {
      throw new IllegalStateException("ExemptionRules of " + regime() + ": " + problems);
    }
  }

  private void requireCited(
      String step, RuleId rule, List<Citation> cited, List<Problem> problems) {
    if (cited.isEmpty()) {
      problems.add(
          new Problem(rule, "the step " + step + " of " + regime() + " cites no provision"));
    }
  }

  /** Returns a one-line description, for example {@code ExemptionRules[OGI_2019: EX-3/EX-3, 8 grounds]}. */
  @Override
  public String toString() {
    return "ExemptionRules["
        + regime()
        + ": "
        + groundRule()
        + "/"
        + overrideRule()
        + ", "
        + grounds().size()
        + " grounds]";
  }
}
