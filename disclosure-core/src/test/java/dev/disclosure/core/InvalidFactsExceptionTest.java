package dev.disclosure.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import dev.disclosure.calendar.RuleId;
import dev.disclosure.core.InvalidFactsException.Problem;
import dev.disclosure.core.law.Rules;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Invalid facts list typed problems: code reads the rules, people read the message. */
class InvalidFactsExceptionTest {

  @Test
  @DisplayName("REQ-1: every problem names its rule as a value; the message lists them")
  void problems() {
    InvalidFactsException thrown =
        assertThrowsInvalid(() -> Applicant.of(" ", ApplicantKind.NATURAL_PERSON, ""));
    assertThat(thrown.rules()).containsExactly(Rules.REQ_1, Rules.REQ_1);
    assertThat(thrown.problems())
        .extracting(Problem::detail)
        .allSatisfy(detail -> assertThat(detail).doesNotStartWith("REQ-1"));
    assertThat(thrown)
        .hasMessage(
            "Applicant has 2 problems:\n"
                + "  - REQ-1: "
                + thrown.problems().get(0).detail()
                + "\n  - REQ-1: "
                + thrown.problems().get(1).detail());
  }

  @Test
  @DisplayName("SC-1, CAL-6: one problem reads 'has 1 problem'; a caller's rule is a RuleId too")
  void one() {
    RuleId local = RuleId.of("COUNTY-RUBRIC-3");
    InvalidFactsException one = new InvalidFactsException("Rubric 某县", local, "no section");
    assertThat(one).hasMessage("Rubric 某县 has 1 problem:\n  - COUNTY-RUBRIC-3: no section");
    assertThat(one.problems()).containsExactly(new Problem(local, "no section"));
    assertThat(one.rules()).containsExactly(local);
    assertThat(one).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("throwIfAny throws only for problems; an exception names at least one")
  void throwIfAny() {
    assertThatCode(() -> InvalidFactsException.throwIfAny("x", List.of()))
        .doesNotThrowAnyException();
    assertThatThrownBy(
            () ->
                InvalidFactsException.throwIfAny(
                    "x", List.of(new Problem(RuleId.CAL_6, "a gap between bands"))))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessage("x has 1 problem:\n  - CAL-6: a gap between bands");
    assertThatThrownBy(() -> new InvalidFactsException("x", List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .isNotInstanceOf(InvalidFactsException.class);
  }

  @Test
  @DisplayName("a problem is a value: rule and detail, never null; it reads RULE: detail")
  void problemValue() {
    new EqualsTester()
        .addEqualityGroup(new Problem(Rules.EX_6, "a"), new Problem(Rules.EX_6, "a"))
        .addEqualityGroup(new Problem(Rules.EX_7, "a"))
        .addEqualityGroup(new Problem(Rules.EX_6, "b"))
        .testEquals();
    assertThat(new Problem(Rules.EX_6, "a")).hasToString("EX-6: a");
    assertThatThrownBy(() -> new Problem(null, "a")).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new Problem(Rules.EX_6, null))
        .isInstanceOf(NullPointerException.class);
    InvalidFactsException thrown =
        new InvalidFactsException("x", List.of(new Problem(Rules.EX_6, "a")));
    assertThatThrownBy(() -> thrown.problems().add(new Problem(Rules.EX_6, "b")))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  private static InvalidFactsException assertThrowsInvalid(Runnable action) {
    return org.junit.jupiter.api.Assertions.assertThrows(InvalidFactsException.class, action::run);
  }
}
