package dev.disclosure.core.request;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import dev.disclosure.calendar.Citation;
import dev.disclosure.calendar.LegalPeriod;
import dev.disclosure.calendar.RuleId;
import dev.disclosure.core.AnswerKind;
import dev.disclosure.core.Regime;
import dev.disclosure.core.law.LegalPeriods;
import dev.disclosure.core.law.Rules;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A regime's rules for requests (依申请公开规则表), as data: the periods that run in a request, which
 * steps the regime has, and the rule that refuses a step it lacks. {@link CaseStatus} and the step
 * rules read this table and never branch on the regime. Package-private.
 */
final class RequestRules {

  private static final ImmutableMap<String, RequestRules> TABLES =
      ImmutableMap.of(
          Regime.OGI_2008.id(),
          builder(Regime.OGI_2008)
              .replyPeriod(LegalPeriods.P_REPLY_2008)
              .answerRule(Rules.REQ_3)
              .lackingStepRule(Rules.REQ_3)
              .feeRule(Rules.REQ_7)
              .receiptRuleByConvention()
              .build(),
          Regime.OGI_2019.id(),
          builder(Regime.OGI_2019)
              .replyPeriod(LegalPeriods.P_REPLY_2019)
              .correctionPeriod(LegalPeriods.P_CORRECTION_2019)
              .thirdPartyPeriod(LegalPeriods.P_THIRD_PARTY_2019)
              .coAgencyPeriod(LegalPeriods.P_CO_AGENCY_2019)
              .feePaymentPeriod(LegalPeriods.P_FEE_PAYMENT_2020)
              .excessiveRequests(RequestCitations.LONGER_PERIOD)
              .answerRule(Rules.REQ_4)
              .lackingStepRule(Rules.REQ_3)
              .feeRule(Rules.REQ_8)
              .build());

  final Regime regime;
  final LegalPeriod replyPeriod;
  final Optional<LegalPeriod> correctionPeriod;
  final Optional<LegalPeriod> thirdPartyPeriod;
  final Optional<LegalPeriod> coAgencyPeriod;
  final Optional<LegalPeriod> feePaymentPeriod;
  /** The provision for a longer reasonable period, present when the regime has excessive requests. */
  final Optional<Citation> longerPeriod;
  /** The rule listing the regime's answer kinds (REQ-3, REQ-4). */
  final RuleId answerRule;
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
  private final List<LegalPeriod> periods;

  private RequestRules(Builder builder) {
    this.regime = builder.regime;
    this.replyPeriod = requireNonNull(builder.replyPeriod, "replyPeriod");
    this.correctionPeriod = Optional.ofNullable(builder.correctionPeriod);
    this.thirdPartyPeriod = Optional.ofNullable(builder.thirdPartyPeriod);
    this.coAgencyPeriod = Optional.ofNullable(builder.coAgencyPeriod);
    this.feePaymentPeriod = Optional.ofNullable(builder.feePaymentPeriod);
    this.longerPeriod = Optional.ofNullable(builder.longerPeriod);
    this.answerRule = requireNonNull(builder.answerRule, "answerRule");
    this.lackingStepRule = requireNonNull(builder.lackingStepRule, "lackingStepRule");
    this.feeRule = requireNonNull(builder.feeRule, "feeRule");
    this.receiptRuleByConvention = builder.receiptRuleByConvention;
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
    RequestRules rules = TABLES.get(regime.id());
    if (rules == null) {
      throw new IllegalArgumentException(
          "no request rules for regime " + regime.id() + "; known: " + TABLES.keySet());
    }
    return rules;
  }

  /** Returns the periods that run in a request under the regime, the reply period first. */
  List<LegalPeriod> periods() {
    return periods;
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
    LegalPeriod thirdPartyPeriod;
    LegalPeriod coAgencyPeriod;
    LegalPeriod feePaymentPeriod;
    Citation longerPeriod;
    RuleId answerRule;
    RuleId lackingStepRule;
    RuleId feeRule;
    boolean receiptRuleByConvention;

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

    Builder answerRule(RuleId rule) {
      this.answerRule = rule;
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

    Builder receiptRuleByConvention() {
      this.receiptRuleByConvention = true;
      return this;
    }

    RequestRules build() {
      return new RequestRules(this);
    }
  }
}
