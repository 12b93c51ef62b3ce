package dev.disclosure.core.accountability;

import static java.util.Objects.requireNonNull;

/**
 * Thrown when an appeal step is not allowed (不予办理该环节): not in the current state, outside its
 * period, or dated before the previous step. The message names the state, the step and the rule;
 * the appeal is unchanged.
 */
public final class RefusedAppealStepException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  private final AppealState state;
  private final AppealStep step;
  private final String ruleId;

  /**
   * Creates the exception.
   *
   * @param state the state the appeal was in
   * @param step the refused step
   * @param ruleId the rule that refuses it, e.g. {@code P-ACCOUNTABILITY-APPEAL}
   * @param detail why
   */
  public RefusedAppealStepException(
      AppealState state, AppealStep step, String ruleId, String detail) {
    super(
        requireNonNull(ruleId, "ruleId")
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
    this.ruleId = ruleId;
  }

  /** Returns the state the appeal was in. */
  public AppealState state() {
    return state;
  }

  /** Returns the refused step. */
  public AppealStep step() {
    return step;
  }

  /** Returns the rule ID. */
  public String ruleId() {
    return ruleId;
  }
}
