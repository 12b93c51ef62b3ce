package dev.disclosure.calendar;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import org.threeten.extra.LocalDateRange;

/**
 * Thrown when an answer would need a date that the calendar's official data does not cover
 * (超出官方放假安排范围, CAL-9): the library never answers such a question silently as if the date were known.
 *
 * <p>The message names the date, the covered range and the two remedies: add the year's official
 * notice through {@link WorkingDayCalendar#toBuilder()}, or opt into a provisional estimate.
 */
public final class OutsideCalendarDataException extends DateTimeException {

  private static final long serialVersionUID = 1L;

  private final transient LocalDate date;
  private final transient LocalDateRange coveredRange;

  /** What needed the date, as the message's question names it. */
  private final String context;

  OutsideCalendarDataException(LocalDate date, LocalDateRange coveredRange, String context) {
    super(
        outside(date, coveredRange, context)
            + "; add the year's State Council holiday notice with WorkingDayCalendar.toBuilder(),"
            + " or opt into a provisional estimate with ChinaCalendars.officialWithEstimateThrough(year)"
            + " and use the flagged results (dayOf, deadline)");
    this.date = date;
    this.coveredRange = coveredRange;
    this.context = context;
  }

  /**
   * For a calendar with an estimate: the date lies beyond the estimate too, whose range the message
   * names, with the remedy of a longer estimate or the missing years' notices.
   */
  OutsideCalendarDataException(
      LocalDate date,
      LocalDateRange coveredRange,
      String context,
      LocalDate estimateStart,
      LocalDate estimateEnd) {
    super(
        outside(date, coveredRange, context)
            + " and the provisional estimate "
            + estimateStart
            + ".."
            + estimateEnd
            + "; add the years' State Council holiday notices with WorkingDayCalendar.toBuilder(),"
            + " or estimate further with ChinaCalendars.officialWithEstimateThrough(year)");
    this.date = date;
    this.coveredRange = coveredRange;
    this.context = context;
  }

  /**
   * For a calendar with an estimate, asked a plain question (one whose answer carries no
   * provisional flag) about a date inside the estimate: the message names the estimate and points
   * to the flagged results, since the calendar already estimates that year.
   */
  OutsideCalendarDataException(
      LocalDate date, LocalDateRange coveredRange, LocalDateRange estimate, String context) {
    super(
        outside(date, coveredRange, context)
            + " and inside this calendar's provisional estimate "
            + estimate.getStart()
            + ".."
            + estimate.getEndInclusive()
            + ", which only flagged results answer; use dayOf or deadline (their answers are marked"
            + " provisional), or add the year's State Council holiday notice with"
            + " WorkingDayCalendar.toBuilder()");
    this.date = date;
    this.coveredRange = coveredRange;
    this.context = context;
  }

  /** The same facts with another question, {@code cause} the exception it rewords. */
  private OutsideCalendarDataException(
      String message, String context, OutsideCalendarDataException cause) {
    super(message, cause);
    this.date = cause.date;
    this.coveredRange = cause.coveredRange;
    this.context = context;
  }

  /**
   * Returns this exception with what needed the date in the caller's words, for example {@code
   * recording the fee notice of 2027-03-01} where the message named a method of the library: the
   * same date, covered range, rule (CAL-9) and remedies, and this exception as its cause. A
   * deserialized exception, which keeps its message only, is returned as it is.
   *
   * @param what what needed the date, as the caller knows it
   * @return the reworded exception
   */
  public OutsideCalendarDataException neededBy(String what) {
    Objects.requireNonNull(what, "what");
    String message = getMessage();
    String start = "CAL-9: " + context;
    if (context == null || date == null || message == null || !message.startsWith(start)) {
      return this;
    }
    return new OutsideCalendarDataException(
        "CAL-9: " + what + message.substring(start.length()), what, this);
  }

  /** The start every message shares: the rule, the question, the date and the official data. */
  private static String outside(LocalDate date, LocalDateRange coveredRange, String context) {
    return "CAL-9: "
        + context
        + " needs "
        + date
        + ", outside the official data "
        + coveredRange.getStart()
        + ".."
        + coveredRange.getEndInclusive();
  }

  /** {@return the date that the data does not cover} */
  public LocalDate date() {
    return date;
  }

  /** {@return the range of dates that the official data covers} */
  public LocalDateRange coveredRange() {
    return coveredRange;
  }
}
