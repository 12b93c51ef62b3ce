package dev.disclosure.calendar;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A legal cause that prevents an act from being done on time (因法定事由不能按时…), from the day it
 * arose until the day it ended: the act is then due immediately after the cause ends (待原因消除后立即…),
 * read as the first working day on or after its end (CAL-5, 《民法典》第二百零三条), or on the due date it
 * would have had, whichever is later. A cause that arose after the due date then in force could not
 * have prevented the act on time and defers nothing; {@link Deadline} says so in a finding of its
 * {@linkplain #rule() rule}.
 *
 * <p>Immutable and thread-safe.
 */
public final class Deferral {

  private final LocalDate from;
  private final LocalDate until;
  private final String reason;
  private final RuleId rule;
  private final Citation citation;

  private Deferral(LocalDate from, LocalDate until, String reason, RuleId rule, Citation citation) {
    this.from = from;
    this.until = until;
    this.reason = reason;
    this.rule = rule;
    this.citation = citation;
  }

  /**
   * Returns a deferral.
   *
   * @param from the day the cause arose
   * @param until the day it ended, not before {@code from}
   * @param reason the cause as recorded, e.g. {@code 依法需经上级机关批准后公开}
   * @param rule the rule that allows the deferral, e.g. {@code PRO-3}
   * @param citation the provision
   * @return the deferral
   * @throws IllegalPeriodException if {@code until} is before {@code from} (CAL-7)
   */
  public static Deferral of(
      LocalDate from, LocalDate until, String reason, RuleId rule, Citation citation) {
    requireNonNull(from, "from");
    requireNonNull(until, "until");
    requireNonNull(reason, "reason");
    requireNonNull(rule, "rule");
    requireNonNull(citation, "citation");
    if (until.isBefore(from)) {
      throw new IllegalPeriodException(
          RuleId.CAL_7,
          "the cause '" + reason + "' ends on " + until + ", before it arose on " + from
              + "; give an end on or after its start");
    }
    return new Deferral(from, until, reason, rule, citation);
  }

  /** {@return the day the cause arose} */
  public LocalDate from() {
    return from;
  }

  /** {@return the day the cause ended} */
  public LocalDate until() {
    return until;
  }

  /** {@return the cause as recorded} */
  public String reason() {
    return reason;
  }

  /** {@return the rule that allows the deferral} */
  public RuleId rule() {
    return rule;
  }

  /** {@return the provision} */
  public Citation citation() {
    return citation;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Deferral other
        && from.equals(other.from)
        && until.equals(other.until)
        && reason.equals(other.reason)
        && rule.equals(other.rule)
        && citation.equals(other.citation);
  }

  @Override
  public int hashCode() {
    return Objects.hash(from, until, reason, rule, citation);
  }

  /** Returns a one-line description, for example {@code 2026-10-12..2026-11-20 依法需经上级机关批准后公开}. */
  @Override
  public String toString() {
    return from + ".." + until + " " + reason;
  }
}
