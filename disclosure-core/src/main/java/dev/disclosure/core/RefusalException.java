package dev.disclosure.core;

import static java.util.Objects.requireNonNull;

import dev.disclosure.calendar.RuleId;

/**
 * Thrown when a step is refused (不予办理该环节): the rules do not allow it in the state the case, appeal,
 * complaint, review or approval is in. Every refusal names the {@linkplain #rule() rule} that
 * refuses it as a typed {@link RuleId}, the state and the step (typed by each subclass) and
 * {@linkplain #detail() why}. Nothing was changed: the value the step was applied to is immutable.
 *
 * <p>The message reads {@code RULE: step STEP refused in state STATE: detail}, e.g. {@code REQ-9:
 * step 答复 (ANSWER) refused in state 已办结 (CLOSED): the case is closed}. It is meant for people; code
 * reads {@link #rule()} and the typed accessors, never the message.
 *
 * <p>The rule is not serialized (a {@link RuleId} is not {@link java.io.Serializable}); a
 * deserialized refusal keeps its message only.
 */
public abstract class RefusalException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  /** The rule that refuses. */
  private final RuleId rule;
  /** Why, in words. */
  private final String detail;

  /**
   * Creates the exception.
   *
   * @param rule the rule that refuses the step
   * @param state the state the step was refused in, as shown to people, e.g. {@code 已办结 (CLOSED)}
   * @param step the refused step, as shown to people, e.g. {@code 答复 (ANSWER)}
   * @param detail why the step is refused
   */
  protected RefusalException(RuleId rule, String state, String step, String detail) {
    super(
        requireNonNull(rule, "rule")
            + ": step "
            + requireNonNull(step, "step")
            + " refused in state "
            + requireNonNull(state, "state")
            + ": "
            + requireNonNull(detail, "detail"));
    this.rule = rule;
    this.detail = detail;
  }

  /** {@return the rule that refuses the step, for example {@code REQ-9}} */
  public RuleId rule() {
    return rule;
  }

  /** {@return why the step is refused, the last part of the message} */
  public String detail() {
    return detail;
  }
}
