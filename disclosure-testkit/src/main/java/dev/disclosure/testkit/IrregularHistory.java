package dev.disclosure.testkit;

import static java.util.Objects.requireNonNull;

import dev.disclosure.core.request.RequestCase;
import dev.disclosure.core.request.RequestEvent;

/**
 * A lawful request history and the irregular step that comes next.
 *
 * <p>Apply the step with {@code lawful().apply(step())}: if {@link Irregularity#isRefused()} it
 * throws {@code RefusedStepException} and the lawful case is unchanged; otherwise it returns the
 * case with the irregularity in it (for example a late answer).
 *
 * @param lawful the history before the irregular step, every step lawful
 * @param step the irregular step, with a payload that is itself valid
 * @param irregularity what is irregular about the step
 */
public record IrregularHistory(RequestCase lawful, RequestEvent step, Irregularity irregularity) {

  /**
   * Checks that no component is null.
   *
   * @param lawful the history before the irregular step, every step lawful
   * @param step the irregular step, with a payload that is itself valid
   * @param irregularity what is irregular about the step
   */
  public IrregularHistory {
    requireNonNull(lawful, "lawful");
    requireNonNull(step, "step");
    requireNonNull(irregularity, "irregularity");
  }
}
