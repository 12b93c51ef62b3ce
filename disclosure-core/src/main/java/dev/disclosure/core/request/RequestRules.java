package dev.disclosure.core.request;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import dev.disclosure.calendar.Citation;
import dev.disclosure.calendar.LegalPeriod;
import dev.disclosure.calendar.Phrase;
import dev.disclosure.calendar.RuleId;
import dev.disclosure.core.AnswerKind;
import dev.disclosure.core.Regime;
import dev.disclosure.core.law.LegalPeriods;
import dev.disclosure.core.law.LegalSources;
import dev.disclosure.core.law.Rules;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A regime's rules for requests (依申请公开规则表), as data: the periods that run in a request, which
 * steps the regime has, and the rule that refuses a step it lacks. {@link CaseStatus} and the step
 * rules read this table and never branch on the regime. Package-private.
 */
final class RequestRules {

  private static final ImmutableMap<String, RequestRules> TABLES = freshTables();

  /**
   * Builds both tables anew, by regime id, OGI_2008 first. The class builds them once, while it
   * initializes; a test builds them again to check every entry against the regulations.
   */
  static ImmutableMap<String, RequestRules> freshTables() {
    return ImmutableMap.of(
        Regime.OGI_2008.id(),
        builder(Regime.OGI_2008)
            .replyPeriod(LegalPeriods.P_REPLY_2008)
            .correction(
                Rules.REQ_3,
                Regime.OGI_2008.citationFor(AnswerKind.UNCLEAR_REQUEST),
                Phrase.of(
                    "告知更改、补充即已依第二十一条第（四）项答复该申请，申请人未更改、补充的不再另行答复",
                    "the notice to amend or supplement answered the request under Art. 21(4);"
                        + " nothing supplied, nothing more is answered"),
                OutcomeRow.OTHER)
            .answers(
                Rules.REQ_3,
                Citation.of(LegalSources.OGI_2008, "第二十一条", "对申请公开的政府信息，行政机关根据下列情况分别作出答复："))
            .lackingStepRule(Rules.REQ_3)
            .feeRule(Rules.REQ_7)
            .receiptRuleByConvention()
            .inForce(
                Regime.OGI_2019.inForceFrom(),
                Citation.of(LegalSources.OGI_2008, "第三十八条", "本条例自2008年5月1日起施行。"))
            .build(),
        Regime.OGI_2019.id(),
        builder(Regime.OGI_2019)
            .replyPeriod(LegalPeriods.P_REPLY_2019)
            .correctionPeriod(LegalPeriods.P_CORRECTION_2019)
            .correction(
                Rules.P_CORRECTION_2019,
                LegalPeriods.P_CORRECTION_2019.citations().get(0),
                Phrase.of(
                    "无正当理由逾期不补正的，视为放弃申请",
                    "a correction not supplied in time without good reason abandons the request"),
                OutcomeRow.OTHER_CORRECTION_MISSED)
            .thirdPartyPeriod(LegalPeriods.P_THIRD_PARTY_2019)
            .coAgencyPeriod(LegalPeriods.P_CO_AGENCY_2019)
            .feePaymentPeriod(LegalPeriods.P_FEE_PAYMENT_2020)
            .excessiveRequests(RequestCitations.LONGER_PERIOD)
            .answers(
                Rules.REQ_4,
                Citation.of(LegalSources.OGI_2019, "第三十六条", "对政府信息公开申请，行政机关根据下列情况分别作出答复："))
            .lackingStepRule(Rules.REQ_3)
            .feeRule(Rules.REQ_8)
            .inForce(
                null,
                Citation.of(LegalSources.OGI_2019, "第五十六条", "本条例自2019年5月15日起施行。"))
            .build());
  }

  final Regime regime;
  final LegalPeriod replyPeriod;
  /** The 7-working-day period to ask for a correction, once (OGI-2019 第三十条); OGI_2019 only. */
  final Optional<LegalPeriod> correctionPeriod;
  /**
   * The rule of the correction step (告知补正, OGI-2019 第三十条; 告知作出更改、补充, OGI-2008 第二十一条第（四）项);
   * every regime has one.
   */
  final RuleId correctionRule;
  /** The provision of the correction step. */
  final Citation correctionCitation;
  /** What a correction not supplied by the deadline amounts to. */
  final Phrase correctionMissed;
  /** The report row of a case closed for a correction not supplied (REQ-5). */
  final OutcomeRow correctionMissedRow;
  final Optional<LegalPeriod> thirdPartyPeriod;
  final Optional<LegalPeriod> coAgencyPeriod;
  final Optional<LegalPeriod> feePaymentPeriod;
  /** The provision for a longer reasonable period, present when the regime has excessive requests. */
  final Optional<Citation> longerPeriod;
  /** The rule listing the regime's answer kinds (REQ-3, REQ-4). */
  final RuleId answerRule;
  /** The article listing the regime's answers (OGI-2008 第二十一条, OGI-2019 第三十六条). */
  final Citation answersCitation;
  /** The rule that refuses a step the regime does not have. */
  final RuleId lackingStepRule;
  /** The regime's fee rule (REQ-7, REQ-8), which refuses fee steps it does not have. */
  final RuleId feeRule;
  /**
   * Whether the receipt date (REQ-2) follows OGI-2019 第三十一条 by convention: OGI-2008 and its
   * implementing rules say no more than "自收到申请之日起", so the library fixes the day by the later
   * article's rule and says so.
   */
  final boolean receiptRuleByConvention;
  /**
   * The regime as a phrase value: the regulation's name in Chinese (a letter names the regulation,
   * not the library's identifier), its id in English (a {@code String} value is record text, which
   * English renders as "as recorded").
   */
  final Phrase id;
  /** The day a later regulation replaced it, or null while it is in force. */
  final LocalDate replacedOn;
  /** The provision that put the regulation in force (施行). */
  final Citation inForceCitation;
  private final List<LegalPeriod> periods;

  private RequestRules(Builder builder) {
    this.regime = builder.regime;
    this.replyPeriod = requireNonNull(builder.replyPeriod, "replyPeriod");
    this.correctionPeriod = Optional.ofNullable(builder.correctionPeriod);
    this.correctionRule = requireNonNull(builder.correctionRule, "correctionRule");
    this.correctionCitation = requireNonNull(builder.correctionCitation, "correctionCitation");
    this.correctionMissed = requireNonNull(builder.correctionMissed, "correctionMissed");
    this.correctionMissedRow = requireNonNull(builder.correctionMissedRow, "correctionMissedRow");
    this.thirdPartyPeriod = Optional.ofNullable(builder.thirdPartyPeriod);
    this.coAgencyPeriod = Optional.ofNullable(builder.coAgencyPeriod);
    this.feePaymentPeriod = Optional.ofNullable(builder.feePaymentPeriod);
    this.longerPeriod = Optional.ofNullable(builder.longerPeriod);
    this.answerRule = requireNonNull(builder.answerRule, "answerRule");
    this.answersCitation = requireNonNull(builder.answersCitation, "answersCitation");
    this.lackingStepRule = requireNonNull(builder.lackingStepRule, "lackingStepRule");
    this.feeRule = requireNonNull(builder.feeRule, "feeRule");
    this.receiptRuleByConvention = builder.receiptRuleByConvention;
    this.id = Phrase.of(builder.regime.label(), builder.regime.id());
    this.replacedOn = builder.replacedOn;
    this.inForceCitation = requireNonNull(builder.inForceCitation, "inForceCitation");
    List<LegalPeriod> all = new ArrayList<>();
    all.add(replyPeriod);
    correctionPeriod.ifPresent(all::add);
    thirdPartyPeriod.ifPresent(all::add);
    coAgencyPeriod.ifPresent(all::add);
    feePaymentPeriod.ifPresent(all::add);
    this.periods = List.copyOf(all);
  }

  /** The tables as an array, searched by identity first: a case is opened a million times a second. */
  private static final RequestRules[] BY_IDENTITY = TABLES.values().toArray(new RequestRules[0]);

  /** Returns the table of a regime. */
  static RequestRules of(Regime regime) {
    for (RequestRules rules : BY_IDENTITY) {
      if (rules.regime == regime) {
        return rules;
      }
    }
    // every Regime is one of the constants the table holds
    throw new AssertionError("no request rules for regime " + regime.id());
  }

  /** Returns the periods that run in a request under the regime, the reply period first. */
  List<LegalPeriod> periods() {
    return periods;
  }

  /** Returns whether the regime's regulation was in force on a date (OGI-2019 第五十六条). */
  boolean inForceOn(LocalDate date) {
    return Regime.inForceOn(date).filter(regime::equals).isPresent();
  }

  /** Returns the table of the regime in force on a date, if any. */
  static Optional<RequestRules> inForceAt(LocalDate date) {
    return Regime.inForceOn(date).map(RequestRules::of);
  }

  /**
   * Returns, for a receipt date on which this regime's regulation was not in force, what was in
   * force instead (REQ-2, OGI-2019 第五十六条); empty when it was in force.
   */
  Optional<Phrase> notInForceOn(LocalDate receipt) {
    if (inForceOn(receipt)) {
      return Optional.empty();
    }
    Optional<RequestRules> inForce = inForceAt(receipt);
    return Optional.of(
        Phrase.of(
            "收到申请之日{0}，{1}不在施行期间（{2}起施行{3}）；{4}",
            "received on {0}, when {1} was not in force (in force from {2}{3}); in force that"
                + " day: {4}",
            receipt,
            id,
            regime.inForceFrom(),
            replacedOn == null
                ? Phrase.of("", "")
                : Phrase.of("，{0}起被取代", " until replaced on {0}", replacedOn),
            inForce.isPresent()
                ? Phrase.of(
                    "该日施行的是{0}", "{0}", inForce.get().id)
                : Phrase.of("该日两部条例均未施行", "neither regulation")));
  }

  /** Returns the provisions that put this regime and the one in force on a date in force. */
  List<Citation> inForceCitations(LocalDate date) {
    Optional<RequestRules> inForce = inForceAt(date);
    return inForce.isPresent() && inForce.get() != this
        ? List.of(inForceCitation, inForce.get().inForceCitation)
        : List.of(inForceCitation);
  }

  /**
   * Returns the provisions on which a receipt date fixed by convention rests (REQ-2); asked only
   * when {@link #receiptRuleByConvention}, the other regimes citing the submission's own provision.
   */
  List<Citation> receiptCitations(Submission submission) {
    // OGI-2008 says only "自收到申请之日起" (第二十四条); for online and fax submissions 指导案例26号,
    // decided under it, takes the day the system shows as the day received
    return submission instanceof Submission.Electronic
        ? List.of(replyPeriod.citations().get(0), RequestCitations.GUIDING_CASE_26)
        : List.of(replyPeriod.citations().get(0));
  }

  /** Returns whether the regime answers with a kind (REQ-3, REQ-4). */
  boolean allows(AnswerKind kind) {
    return regime.allows(kind);
  }

  private static Builder builder(Regime regime) {
    return new Builder(regime);
  }

  /** Named settings of a table. */
  private static final class Builder {
    final Regime regime;
    LegalPeriod replyPeriod;
    LegalPeriod correctionPeriod;
    RuleId correctionRule;
    Citation correctionCitation;
    Phrase correctionMissed;
    OutcomeRow correctionMissedRow;
    LegalPeriod thirdPartyPeriod;
    LegalPeriod coAgencyPeriod;
    LegalPeriod feePaymentPeriod;
    Citation longerPeriod;
    RuleId answerRule;
    Citation answersCitation;
    RuleId lackingStepRule;
    RuleId feeRule;
    boolean receiptRuleByConvention;
    LocalDate replacedOn;
    Citation inForceCitation;

    Builder(Regime regime) {
      this.regime = regime;
    }

    Builder replyPeriod(LegalPeriod period) {
      this.replyPeriod = period;
      return this;
    }

    Builder correctionPeriod(LegalPeriod period) {
      this.correctionPeriod = period;
      return this;
    }

    Builder correction(RuleId rule, Citation citation, Phrase missed, OutcomeRow missedRow) {
      this.correctionRule = rule;
      this.correctionCitation = citation;
      this.correctionMissed = missed;
      this.correctionMissedRow = missedRow;
      return this;
    }

    Builder thirdPartyPeriod(LegalPeriod period) {
      this.thirdPartyPeriod = period;
      return this;
    }

    Builder coAgencyPeriod(LegalPeriod period) {
      this.coAgencyPeriod = period;
      return this;
    }

    Builder feePaymentPeriod(LegalPeriod period) {
      this.feePaymentPeriod = period;
      return this;
    }

    Builder excessiveRequests(Citation longerPeriodProvision) {
      this.longerPeriod = longerPeriodProvision;
      return this;
    }

    Builder answers(RuleId rule, Citation citation) {
      this.answerRule = rule;
      this.answersCitation = citation;
      return this;
    }

    Builder lackingStepRule(RuleId rule) {
      this.lackingStepRule = rule;
      return this;
    }

    Builder feeRule(RuleId rule) {
      this.feeRule = rule;
      return this;
    }

    Builder inForce(LocalDate replaced, Citation citation) {
      this.replacedOn = replaced;
      this.inForceCitation = citation;
      return this;
    }

    Builder receiptRuleByConvention() {
      this.receiptRuleByConvention = true;
      return this;
    }

    RequestRules build() {
      return new RequestRules(this);
    }
  }
}
