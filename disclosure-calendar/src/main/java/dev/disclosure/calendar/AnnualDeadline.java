package dev.disclosure.calendar;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Objects;

/**
 * A deadline fixed as a date of the year (每年…前), such as "publish the annual report by 31 March",
 * relative to the year it concerns (the statistics year, the half-year assessed).
 *
 * <p>[convention] A fixed date is not moved off a rest day: the texts set a date, not a period
 * counted in days, and the acts they ask for (publishing a report online, filing a form) do not
 * need an open office. A caller who wants CAL-5's roll-forward can apply it with {@link
 * WorkingDayCalendar#deadline} and {@link LegalPeriod#ofDays(int)}.
 *
 * <p>Immutable and thread-safe.
 */
public final class AnnualDeadline {

  private final RuleId id;
  private final String wording;
  private final int yearsAfter;
  private final MonthDay date;
  private final ImmutableList<Citation> citations;

  private AnnualDeadline(
      RuleId id, String wording, int yearsAfter, MonthDay date, List<Citation> citations) {
    this.id = id;
    this.wording = wording;
    this.yearsAfter = yearsAfter;
    this.date = date;
    this.citations = ImmutableList.copyOf(citations);
  }

  /**
   * Returns an annual deadline.
   *
   * @param id the rule ID, e.g. {@code P-ANNUAL-REPORT-2019}
   * @param wording the Chinese wording
   * @param yearsAfter 0 if the date falls in the year concerned, 1 if in the following year
   * @param date the day of the year; {@code --02-29} means the last day of February
   * @param citations the provisions that set it
   * @return the deadline
   * @throws IllegalArgumentException if {@code yearsAfter} is negative or a text is blank
   */
  public static AnnualDeadline of(
      RuleId id, String wording, int yearsAfter, MonthDay date, Citation... citations) {
    requireNonNull(id, "id");
    requireNonNull(wording, "wording");
    requireNonNull(date, "date");
    requireNonNull(citations, "citations");
    if (wording.isBlank() || yearsAfter < 0) {
      throw new IllegalArgumentException(
          "An annual deadline needs an id, its wording and 0 or more years after, got '"
              + id
              + "', '"
              + wording
              + "', "
              + yearsAfter);
    }
    return new AnnualDeadline(id, wording, yearsAfter, date, ImmutableList.copyOf(citations));
  }

  /**
   * Returns the deadline for a year concerned, for example the 2026 report's deadline 2027-03-31.
   *
   * @param yearConcerned the statistics or assessment year
   * @return the last day on which the act is on time
   */
  public LocalDate dueFor(int yearConcerned) {
    return date.atYear(yearConcerned + yearsAfter);
  }

  /** {@return the rule ID} */
  public RuleId id() {
    return id;
  }

  /** {@return the Chinese wording} */
  public String wording() {
    return wording;
  }

  /** {@return 0 if the date falls in the year concerned, 1 if in the following year} */
  public int yearsAfter() {
    return yearsAfter;
  }

  /** {@return the day of the year} */
  public MonthDay date() {
    return date;
  }

  /** {@return the provisions that set the deadline} */
  public List<Citation> citations() {
    return citations;
  }

  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    return obj instanceof AnnualDeadline other
        && id.equals(other.id)
        && wording.equals(other.wording)
        && yearsAfter == other.yearsAfter
        && date.equals(other.date)
        && citations.equals(other.citations);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, wording, yearsAfter, date, citations);
  }

  /** Returns a one-line description, for example {@code P-ANNUAL-REPORT-2008 (--03-31 of the following year)}. */
  @Override
  public String toString() {
    return id + " (" + date + (yearsAfter == 0 ? " of the same year" : " of the following year") + ")";
  }
}
