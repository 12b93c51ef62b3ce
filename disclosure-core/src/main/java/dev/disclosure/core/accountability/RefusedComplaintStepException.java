package dev.disclosure.core.accountability;

import static java.util.Objects.requireNonNull;

import dev.disclosure.calendar.RuleId;
import dev.disclosure.core.RefusalException;

/**
 * Thrown when a complaint-handling step is not allowed (不予办理该环节, ACC-3): the message names the
 * state, the step and the rule; the complaint is unchanged.
 */
public final class RefusedComplaintStepException extends RefusalException {

  private static final long serialVersionUID = 2L;

  /** The state the complaint was in. */
  private final ComplaintState state;
  /** The step refused. */
  private final ComplaintStep step;

  /**
   * Creates the exception.
   *
   * @param state the state the complaint was in
   * @param step the refused step
   * @param rule the rule that refuses it, e.g. {@code ACC-3}
   * @param detail why
   */
  public RefusedComplaintStepException(
      ComplaintState state, ComplaintStep step, RuleId rule, String detail) {
    super(
        rule,
        requireNonNull(state, "state").label() + " (" + state + ")",
        requireNonNull(step, "step").label() + " (" + step + ")",
        detail);
    this.state = state;
    this.step = step;
  }

  /** {@return the state the complaint was in} */
  public ComplaintState state() {
    return state;
  }

  /** {@return the refused step} */
  public ComplaintStep step() {
    return step;
  }
}
