package dev.disclosure.calendar;

import java.time.DateTimeException;
import java.time.LocalDate;
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

  OutsideCalendarDataException(LocalDate date, LocalDateRange coveredRange, String context) {
    super(
        outside(date, coveredRange, context)
            + "; add the year's State Council holiday notice with WorkingDayCalendar.toBuilder(),"
            + " or opt into a provisional estimate with ChinaCalendars.officialWithEstimateThrough(year)"
            + " and use the flagged results (dayOf, deadline)");
    this.date = date;
    this.coveredRange = coveredRange;
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
