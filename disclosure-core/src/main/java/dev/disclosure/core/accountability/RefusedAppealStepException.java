package dev.disclosure.core.accountability;

import static java.util.Objects.requireNonNull;

import dev.disclosure.calendar.RuleId;
import dev.disclosure.core.RefusalException;

/**
 * Thrown when an appeal step is not allowed (不予办理该环节): not in the current state, outside its
 * period, or dated before the previous step. The message names the state, the step and the rule;
 * the appeal is unchanged.
 */
public final class RefusedAppealStepException extends RefusalException {

  private static final long serialVersionUID = 2L;

  /** The state the appeal was in. */
  private final AppealState state;
  /** The step refused. */
  private final AppealStep step;

  /**
   * Creates the exception.
   *
   * @param state the state the appeal was in
   * @param step the refused step
   * @param rule the rule that refuses it, e.g. {@code P-ACCOUNTABILITY-APPEAL}
   * @param detail why
   */
  public RefusedAppealStepException(
      AppealState state, AppealStep step, RuleId rule, String detail) {
    super(
        rule,
        requireNonNull(state, "state").label() + " (" + state + ")",
        requireNonNull(step, "step").label() + " (" + step + ")",
        detail);
    this.state = state;
    this.step = step;
  }

  /** {@return the state the appeal was in} */
  public AppealState state() {
    return state;
  }

  /** {@return the refused step} */
  public AppealStep step() {
    return step;
  }
}
