package dev.disclosure.core.fee;

import static dev.disclosure.core.fee.FeeFixtures.PRICES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.disclosure.core.FeeRule;
import dev.disclosure.core.InvalidFactsException;
import dev.disclosure.core.InvalidFactsException.Problem;
import dev.disclosure.core.Regime;
import dev.disclosure.core.law.Rules;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The fee table of each regime, and the calculator's refusals that read it. */
class FeeRulesTest {

  private static final CostRecovery ONE_COPY =
      CostRecovery.of(PRICES, List.of(CostItem.of(CostKind.COPYING, 1)));

  @Test
  @DisplayName(
      "REQ-7: OGI_2008's fee rule allows cost recovery only; other fees are refused as REQ-7")
  void costRecovery2008() {
    FeeRules rules = FeeRules.of(Regime.OGI_2008);

    assertThat(rules.rule())
        .isEqualTo(FeeRule.COST_RECOVERY_2008)
        .isEqualTo(Regime.OGI_2008.feeRule());
    assertThat(rules.ruleId()).isEqualTo(Rules.REQ_7);
    assertThat(rules.methods()).containsExactly(ChargingMethod.COST_RECOVERY);
    assertThat(rules.allows(ChargingMethod.PER_REQUEST)).isFalse();
    assertThat(rules.allows(ChargingMethod.PER_VOLUME)).isFalse();
  }

  @Test
  @DisplayName(
      "REQ-8: OGI_2019's fee rule allows the processing fee per request or per volume; cost"
          + " recovery is refused as REQ-8")
  void processingFee2019() {
    FeeRules rules = FeeRules.of(Regime.OGI_2019);

    assertThat(rules.rule())
        .isEqualTo(FeeRule.PROCESSING_FEE_2020)
        .isEqualTo(Regime.OGI_2019.feeRule());
    assertThat(rules.ruleId()).isEqualTo(Rules.REQ_8);
    assertThat(rules.methods())
        .containsExactly(ChargingMethod.PER_REQUEST, ChargingMethod.PER_VOLUME);
    assertThat(rules.allows(ChargingMethod.COST_RECOVERY)).isFalse();
  }

  @Test
  @DisplayName(
      "REQ-7, REQ-8: the calculator refuses exactly the methods the table leaves out, under the"
          + " table's rule ID, naming the regime's fee rule and its article")
  void calculatorFollowsTable() {
    for (Regime regime : Regime.values()) {
      FeeRules rules = FeeRules.of(regime);
      FeeCalculator calculator = FeeCalculator.of(regime);
      for (ChargingMethod method : ChargingMethod.values()) {
        Consumer<FeeCalculator> calculation =
            switch (method) {
              case PER_REQUEST -> fees -> fees.perRequest(1);
              case PER_VOLUME -> fees -> fees.perVolume(1);
              case COST_RECOVERY -> fees -> fees.costRecovery(ONE_COPY);
            };
        InvalidFactsException refused =
            catchThrowableOfType(InvalidFactsException.class, () -> calculation.accept(calculator));
        if (rules.allows(method)) {
          assertThat(refused).as("%s under %s", method, regime).isNull();
        } else {
          assertThat(refused).as("%s under %s", method, regime).isNotNull();
          assertThat(refused.problems())
              .containsExactly(
                  new Problem(
                      rules.ruleId(),
                      method.label()
                          + " is not a fee under "
                          + regime.id()
                          + ", whose rule is "
                          + rules.rule()
                          + " ("
                          + rules.rule().label()
                          + ", "
                          + rules.rule().citation().toReference()
                          + ")"));
        }
      }
    }
    assertThat(List.of(Regime.OGI_2008, Regime.OGI_2019))
        .extracting(regime -> FeeRules.of(regime).ruleId())
        .containsExactly(Rules.REQ_7, Rules.REQ_8);
  }

  @Test
  @DisplayName("REQ-7, REQ-8: a fee table that allows no charging method is refused when built")
  void tableWithoutMethodRefused() {
    assertThat(ImmutableFeeRules.builder().from(FeeRules.of(Regime.OGI_2019)).build())
        .isEqualTo(FeeRules.of(Regime.OGI_2019));
    assertThatThrownBy(
            () ->
                ImmutableFeeRules.builder()
                    .rule(FeeRule.PROCESSING_FEE_2020)
                    .ruleId(Rules.REQ_8)
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("REQ-8: the fee rule " + FeeRule.PROCESSING_FEE_2020 + " allows no method");
  }
}
