package dev.disclosure.core.accountability;

import static java.util.Objects.requireNonNull;

/**
 * Thrown when a complaint-handling step is not allowed (不予办理该环节, ACC-3): the message names the
 * state, the step and the rule; the complaint is unchanged.
 */
public final class RefusedComplaintStepException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  private final ComplaintState state;
  private final String step;
  private final String ruleId;

  /**
   * Creates the exception.
   *
   * @param state the state the complaint was in
   * @param step the refused step
   * @param ruleId the rule that refuses it
   * @param detail why
   */
  public RefusedComplaintStepException(
      ComplaintState state, String step, String ruleId, String detail) {
    super(
        requireNonNull(ruleId, "ruleId")
            + ": step "
            + requireNonNull(step, "step")
            + " refused in state "
            + requireNonNull(state, "state").label()
            + " ("
            + state
            + "): "
            + requireNonNull(detail, "detail"));
    this.state = state;
    this.step = step;
    this.ruleId = ruleId;
  }

  /** Returns the state the complaint was in. */
  public ComplaintState state() {
    return state;
  }

  /** Returns the refused step. */
  public String step() {
    return step;
  }

  /** Returns the rule ID, e.g. {@code ACC-3}. */
  public String ruleId() {
    return ruleId;
  }
}
