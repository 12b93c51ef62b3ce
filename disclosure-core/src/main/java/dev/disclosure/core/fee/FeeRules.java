package dev.disclosure.core.fee;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import dev.disclosure.calendar.RuleId;
import dev.disclosure.core.FeeRule;
import dev.disclosure.core.Regime;
import dev.disclosure.core.law.Rules;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What a regime's fee rule allows (收费规则表): the charging methods {@link FeeCalculator} may apply and
 * the rule ID that refuses every other one. Resolved from the regime's {@link Regime#feeRule() fee
 * rule} with {@link #of(Regime)}, so a regime that shares a fee rule shares its table:
 *
 * <ul>
 *   <li>{@link FeeRule#COST_RECOVERY_2008} (OGI_2008): only {@link ChargingMethod#COST_RECOVERY},
 *       retrieval, copying and mailing costs at local prices; anything else is refused under REQ-7;
 *   <li>{@link FeeRule#PROCESSING_FEE_2020} (OGI_2019, FEE-2020): the processing fee {@link
 *       ChargingMethod#PER_REQUEST} or {@link ChargingMethod#PER_VOLUME}; anything else is refused
 *       under REQ-8.
 * </ul>
 *
 * <p>Not exported. Immutable and thread-safe.
 */
@Value.Immutable
abstract class FeeRules {

  private static final ImmutableMap<FeeRule, FeeRules> BY_RULE =
      ImmutableMap.of(
          FeeRule.COST_RECOVERY_2008,
          ImmutableFeeRules.builder()
              .rule(FeeRule.COST_RECOVERY_2008)
              .ruleId(Rules.REQ_7)
              .addMethods(ChargingMethod.COST_RECOVERY)
              .build(),
          FeeRule.PROCESSING_FEE_2020,
          ImmutableFeeRules.builder()
              .rule(FeeRule.PROCESSING_FEE_2020)
              .ruleId(Rules.REQ_8)
              .addMethods(ChargingMethod.PER_REQUEST, ChargingMethod.PER_VOLUME)
              .build());

  FeeRules() {}

  /**
   * Returns the fee table of a regime, the one of its fee rule.
   *
   * @param regime {@link Regime#OGI_2008} or {@link Regime#OGI_2019}
   * @return the table
   */
  static FeeRules of(Regime regime) {
    requireNonNull(regime, "regime");
    return BY_RULE.get(regime.feeRule());
  }

  /** Returns the fee table of a fee rule. */
  static FeeRules of(FeeRule rule) {
    return BY_RULE.get(rule);
  }

  /** The fee rule, with its label and the provision that sets it. */
  abstract FeeRule rule();

  /** The rule a calculation outside {@link #methods()} is refused under: REQ-7 or REQ-8. */
  abstract RuleId ruleId();

  /** The charging methods the rule allows, at least one. */
  abstract Set<ChargingMethod> methods();

  /** Returns whether the rule allows a charging method. */
  boolean allows(ChargingMethod method) {
    return methods().contains(method);
  }

  @Value.Check
  void check() {
    if (methods().isEmpty()) {
      throw new IllegalStateException(ruleId() + ": the fee rule " + rule() + " allows no method");
    }
  }
}
