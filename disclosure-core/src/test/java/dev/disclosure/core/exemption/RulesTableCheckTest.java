package dev.disclosure.core.exemption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.disclosure.calendar.Citation;
import dev.disclosure.core.Regime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A regime's exemption table checks itself when built: every step of an explanation cites its
 * provision (EX-4 … EX-7), a marking has a state-secret ground to withhold under (EX-4), and every
 * public-interest test cites its provision (EX-2, EX-3). The shipped tables pass; a table missing
 * any of these is refused, naming the step.
 */
class RulesTableCheckTest {

  private static final List<String> STEPS =
      List.of(
          "marked", "expired", "unclear", "partial", "selfDeclassified", "referToAuthority",
          "burdenOfProof", "subjectAccess", "secretPartRemoval", "consent", "consultation",
          "coMakers", "whoDiscloses", "leadMaker", "review", "referral");

  private static ImmutableExemptionRules.Builder copy(Regime regime) {
    return ImmutableExemptionRules.builder().from(ExemptionRules.of(regime));
  }

  @Test
  @DisplayName("EX-4, EX-5, EX-6, EX-7: a table whose step cites no provision is refused, naming it")
  void everyStepCited() throws ReflectiveOperationException {
    for (Regime regime : Regime.values()) {
      assertThat(copy(regime).build()).isEqualTo(ExemptionRules.of(regime));
      for (String step : STEPS) {
        ImmutableExemptionRules.Builder builder = copy(regime);
        builder.getClass().getMethod(step, Iterable.class).invoke(builder, List.of());
        assertThatThrownBy(builder::build)
            .as("%s %s", regime, step)
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("the step " + step + " of " + regime + " cites no provision");
      }
    }
  }

  @Test
  @DisplayName("EX-4, EX-3: a table without a state-secret ground, or with an uncited public-interest test, is refused")
  void groundsAndTests() {
    ExemptionRules official = ExemptionRules.of(Regime.OGI_2019);
    Map<ContentFlag, ExemptionGround> grounds = new EnumMap<>(official.grounds());
    grounds.remove(ContentFlag.STATE_SECRET);
    assertThatThrownBy(() -> copy(Regime.OGI_2019).grounds(grounds).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("needs a state-secret ground");
    Map<PublicInterest, List<Citation>> tests = new HashMap<>(official.publicInterestCitations());
    assertThat(tests).isNotEmpty();
    tests.replaceAll((test, cited) -> List.of());
    assertThatThrownBy(() -> copy(Regime.OGI_2019).publicInterestCitations(tests).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("every public-interest test of a regime cites its provision");
  }
}
