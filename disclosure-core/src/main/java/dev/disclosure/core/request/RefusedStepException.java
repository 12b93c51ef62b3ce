package dev.disclosure.core.request;

import static java.util.Objects.requireNonNull;

import dev.disclosure.calendar.RuleId;

/**
 * Thrown when a step is not allowed (不予办理该环节, REQ-9): not in the current state, not under the
 * regime, missing what the rule requires, or dated before the previous step. The message names the
 * state, the step and the rule; the case it was applied to is unchanged.
 */
public final class RefusedStepException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  private final CaseState state;
  private final Step step;
  private final transient RuleId rule;

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
        requireNonNull(rule, "rule")
            + ": step "
            + requireNonNull(step, "step").label()
            + " ("
            + step
            + ") refused in state "
            + requireNonNull(state, "state").label()
            + " ("
            + state
            + "): "
            + requireNonNull(detail, "detail"));
    this.state = state;
    this.step = step;
    this.rule = rule;
  }

  /** Returns the state the case was in. */
  public CaseState state() {
    return state;
  }

  /** Returns the refused step. */
  public Step step() {
    return step;
  }

  /** Returns the rule that refuses it. */
  public RuleId rule() {
    return rule;
  }
}
