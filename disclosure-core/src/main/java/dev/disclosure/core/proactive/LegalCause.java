package dev.disclosure.core.proactive;

import static java.util.Objects.requireNonNull;

import dev.disclosure.core.InvalidFactsException;
import dev.disclosure.core.InvalidFactsException.Problem;
import dev.disclosure.core.law.Rules;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A legal cause (法定事由) that prevented an item from being published on time, from the day it arose
 * to the day it ended (原因消除之日). Under PRO-3 the item is then published immediately after the cause
 * ends (待原因消除后立即公开); {@link PublicationDeadline#withLegalCause} applies it.
 *
 * <p>While a cause lasts there is no due date; record it once it has ended.
 *
 * <p>Immutable and thread-safe; equal when description and both dates are equal.
 */
public final class LegalCause {

  private final String description;
  private final LocalDate from;
  private final LocalDate until;

  private LegalCause(String description, LocalDate from, LocalDate until) {
    this.description = description;
    this.from = from;
    this.until = until;
  }

  /**
   * Returns a legal cause.
   *
   * @param description what the cause was, e.g. {@code 依法处于保密审查争议报送确定期间}
   * @param from the day the cause arose
   * @param until the day the cause ended, not before {@code from}
   * @return the cause
   * @throws InvalidFactsException if the description is blank or the cause ends before it arises
   */
  public static LegalCause of(String description, LocalDate from, LocalDate until) {
    requireNonNull(description, "description");
    requireNonNull(from, "from");
    requireNonNull(until, "until");
    List<Problem> problems = new ArrayList<>();
    if (description.isBlank()) {
      problems.add(new Problem(Rules.PRO_3, "description is blank; name the legal cause (法定事由)"));
    }
    if (until.isBefore(from)) {
      problems.add(
          new Problem(
              Rules.PRO_3,
              "the cause ends on "
                  + until
                  + ", before it arises on "
                  + from
                  + "; give the day it arose and the day it ended"));
    }
    InvalidFactsException.throwIfAny("LegalCause '" + description + "'", problems);
    return new LegalCause(description, from, until);
  }

  /** {@return what the cause was} */
  public String description() {
    return description;
  }

  /** {@return the day the cause arose} */
  public LocalDate from() {
    return from;
  }

  /** {@return the day the cause ended (原因消除之日)} */
  public LocalDate until() {
    return until;
  }

  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    return obj instanceof LegalCause other
        && description.equals(other.description)
        && from.equals(other.from)
        && until.equals(other.until);
  }

  @Override
  public int hashCode() {
    return Objects.hash(description, from, until);
  }

  /** Returns a one-line description, for example {@code 法定事由 '…' 2026-10-12..2026-10-20}. */
  @Override
  public String toString() {
    return "法定事由 '" + description + "' " + from + ".." + until;
  }
}
