package dev.disclosure.calendar;

/**
 * Thrown when a period, a count of days or a deadline step is impossible under the counting rules
 * (期间计算规则):
 * a negative number of days, an end before its start, a pause that ends before it begins, an
 * extension beyond the legal bound or granted after the deadline passed.
 *
 * <p>The message names the offending value, the rule (an ID of the rules catalog such as
 * {@code CAL-7} or {@code REQ-6}) and what would be valid. Nothing was changed: every value in this
 * package is immutable.
 */
public final class IllegalPeriodException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The rule the period breaks. */
  private final RuleId rule;

  IllegalPeriodException(RuleId rule, String message) {
    super(rule + ": " + message);
    this.rule = rule;
  }

  /** {@return the rule that the input breaks, for example {@code CAL-7}} */
  public RuleId rule() {
    return rule;
  }
}
