package dev.disclosure.core.request;

import static java.util.Objects.requireNonNull;

import dev.disclosure.calendar.RuleId;
import dev.disclosure.core.RefusalException;

/**
 * Thrown when a step is not allowed (不予办理该环节, REQ-9): not in the current state, not under the
 * regime, missing what the rule requires, or dated before the previous step. The message names the
 * state, the step and the rule; the case it was applied to is unchanged.
 */
public final class RefusedStepException extends RefusalException {

  private static final long serialVersionUID = 2L;

  /** The state the case was in. */
  private final CaseState state;
  /** The step refused. */
  private final Step step;

  /**
   * Creates the exception.
   *
   * @param state the state the case was in
   * @param step the refused step
   * @param rule the rule that refuses it, e.g. {@code P-CORRECTION-2019}
   * @param detail why
   */
  public RefusedStepException(CaseState state, Step step, RuleId rule, String detail) {
    super(
        rule,
        requireNonNull(state, "state").label() + " (" + state + ")",
        requireNonNull(step, "step").label() + " (" + step + ")",
        detail);
    this.state = state;
    this.step = step;
  }

  /** {@return the state the case was in} */
  public CaseState state() {
    return state;
  }

  /** {@return the refused step} */
  public Step step() {
    return step;
  }
}
