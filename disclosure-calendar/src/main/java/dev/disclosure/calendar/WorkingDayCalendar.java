package dev.disclosure.calendar;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.threeten.extra.LocalDateRange;

/**
 * A working-day calendar (工作日历): which dates agencies work on, per CAL-1 and CAL-2, with
 * O(1) counting of working days whatever the span.
 *
 * <p>The official calendar of the People's Republic of China comes from {@link
 * ChinaCalendars#official()}. A calendar covers whole years of official data (its {@link
 * #coveredRange()}); outside them the plain queries throw {@link OutsideCalendarDataException}
 * (CAL-9). A calendar may also carry a provisional estimate for later years, built from the holiday
 * law alone; estimated dates are answered only by the methods whose results carry a provisional
 * flag ({@link #dayOf}, {@link #deadline}), never by the plain ones, whose {@code boolean},
 * {@code int} and {@link LocalDate} results could not say that they are guesses.
 *
 * <p>Counting follows CAL-4: the start day is not counted, so {@code plusWorkingDays(d, n)} is the
 * n-th working day after {@code d}, {@code workingDaysBetween(d, e)} counts the working days in
 * {@code (d, e]}, and the two are inverses.
 *
 * <p>Implementation: a packed day table (one {@code char} code per day, a prefix count of working
 * days per day, the day index of every working day and a working-day bitmask per month), so every
 * query is a few array reads. The official 2007–2026 data takes about 40 KiB. Calendars are built
 * with a {@link WorkingDayCalendarBuilder}.
 *
 * <p>Immutable and thread-safe. Two calendars are equal when they answer every date the same way.
 */
public final class WorkingDayCalendar {

  /** The days, packed; the index arithmetic lives there. */
  private final DayTable table;

  /** The empty trees of uncounted days, one per {@link PeriodUnit}, built on first use (benign race). */
  private final PauseTree[] noPauses = new PauseTree[PeriodUnit.values().length];
  /** The table's per-month working-day bitmasks, read directly by {@link #isWorkingDay}. */
  private final int[] workingMask;
  /** The table's first year, read directly by {@link #isWorkingDay}. */
  private final int firstYear;

  WorkingDayCalendar(DayTable table) {
    this.table = table;
    this.workingMask = table.workingMask;
    this.firstYear = table.firstYear;
  }

  /**
   * Returns a builder for a calendar from scratch: declare its years, then add holidays and make-up
   * working days. To extend the official calendar, use {@code ChinaCalendars.official().toBuilder()}.
   *
   * @return a new, empty builder
   */
  public static WorkingDayCalendarBuilder builder() {
    return new WorkingDayCalendarBuilder();
  }

  /**
   * Returns a builder holding everything this calendar was built from, so that a caller can add a
   * newly announced year (for example 2027) or regional closures.
   *
   * @return a new builder
   */
  public WorkingDayCalendarBuilder toBuilder() {
    WorkingDayCalendarBuilder builder = new WorkingDayCalendarBuilder();
    builder.addOfficialYears(firstYear, table.lastOfficialYear);
    for (int i = 0; i < table.officialDays; i++) {
      Holiday holiday = table.holidayAt(i);
      if (holiday != null) {
        builder.restore(table.dateAt(i), table.kindAt(i), holiday);
      }
    }
    if (table.lastYear > table.lastOfficialYear) {
      builder.estimateThrough(table.lastYear);
    }
    return builder;
  }

  // -------------------------------------------------------------------------------------------
  // ranges

  /**
   * Returns the dates that the official data covers; the plain queries answer only inside it.
   *
   * @return the covered range, whole years
   */
  public LocalDateRange coveredRange() {
    return table.coveredRange();
  }

  /**
   * Returns the dates answered by a provisional estimate (CAL-9), if this calendar carries one.
   *
   * @return the estimated range, whole years after the covered range, or empty
   */
  public Optional<LocalDateRange> estimatedRange() {
    if (table.lastYear == table.lastOfficialYear) {
      return Optional.empty();
    }
    return Optional.of(
        LocalDateRange.ofClosed(
            LocalDate.of(table.lastOfficialYear + 1, 1, 1), LocalDate.of(table.lastYear, 12, 31)));
  }

  /**
   * Returns whether a date lies after all of this calendar's data, its estimate included (CAL-9):
   * no count that reaches it can be made, official or provisional.
   *
   * @param date the date
   * @return whether the date is after the last day of the data
   */
  public boolean isBeyondData(LocalDate date) {
    requireNonNull(date, "date");
    return date.getYear() > table.lastYear;
  }

  /**
   * Returns the last day of this calendar's data, its estimate included (CAL-9).
   *
   * @return December 31 of the last year the calendar answers
   */
  public LocalDate lastDayOfData() {
    return LocalDate.of(table.lastYear, 12, 31);
  }

  /**
   * Returns how a finding names a day that lies beyond this calendar's data (CAL-9), a day no count
   * can reach: 日历数据（至2026年12月31日）之后的某日 / a day beyond the calendar's data (after
   * 2026-12-31), the date being {@link #lastDayOfData()}. [convention] A finding about a fact inside
   * the data names such a day this way instead of refusing to be made; only asking for the day
   * itself ({@link Deadline#dueDate()}) throws {@link OutsideCalendarDataException}.
   *
   * @return the phrase, with the last day of the data as its value
   */
  public Phrase dayBeyondData() {
    return Phrase.of(
        "日历数据（至{0}）之后的某日",
        "a day beyond the calendar's data (after {0})",
        lastDayOfData());
  }

  // -------------------------------------------------------------------------------------------
  // plain queries: official data only

  /**
   * Returns whether a date is a working day (工作日, CAL-1).
   *
   * @param date the date
   * @return true on a Monday-to-Friday that is no holiday, and on a make-up working day
   * @throws OutsideCalendarDataException if the date is outside the {@link #coveredRange()}
   */
  public boolean isWorkingDay(LocalDate date) {
    requireNonNull(date, "date");
    int[] mask = workingMask; // one array per official month: its length is the bounds check
    long month = (date.getYear() - (long) firstYear) * 12 + date.getMonthValue() - 1;
    if (month < 0 || month >= mask.length) {
      throw outside(date, "isWorkingDay");
    }
    return (mask[(int) month] >>> date.getDayOfMonth() & 1) != 0;
  }

  /**
   * Returns the first working day strictly after a date.
   *
   * @param date the date, which may itself be any kind of day
   * @return the next working day
   * @throws OutsideCalendarDataException if the date or the answer is outside the covered range
   */
  public LocalDate nextWorkingDay(LocalDate date) {
    return plusWorkingDays(date, 1);
  }

  /**
   * Returns the last working day strictly before a date.
   *
   * @param date the date, which may itself be any kind of day
   * @return the previous working day
   * @throws OutsideCalendarDataException if the date or the answer is outside the covered range
   */
  public LocalDate previousWorkingDay(LocalDate date) {
    return minusWorkingDays(date, 1);
  }

  /**
   * Returns the n-th working day after a date (CAL-4): the date itself is not counted, and
   * {@code n == 0} means "on the spot" (当场), the date itself.
   *
   * <p>Example: {@code plusWorkingDays(2026-09-30, 1)} is 2026-10-08, the first working day after
   * the 国庆节 run.
   *
   * @param date the start date (起算日), not counted
   * @param workingDays the number of working days, zero or more
   * @return the n-th working day after the date
   * @throws IllegalPeriodException if {@code workingDays} is negative
   * @throws OutsideCalendarDataException if the date or the answer is outside the covered range
   */
  public LocalDate plusWorkingDays(LocalDate date, int workingDays) {
    int index = officialIndex(date, "plusWorkingDays");
    if (workingDays <= 0) {
      if (workingDays == 0) {
        return date;
      }
      throw negative(workingDays, "plusWorkingDays");
    }
    int found = table.plusOfficialWorkingDays(index, workingDays);
    if (found < 0) {
      throw outside(LocalDate.of(table.lastOfficialYear + 1, 1, 1), "plusWorkingDays(" + date + ", "
          + workingDays + ")");
    }
    return table.dateAt(found);
  }

  /**
   * Returns the n-th working day before a date, for periods counted backwards from an event
   * ("提前N个工作日"): the date itself is not counted, and {@code n == 0} gives the date itself.
   *
   * @param date the event date, not counted
   * @param workingDays the number of working days, zero or more
   * @return the n-th working day before the date
   * @throws IllegalPeriodException if {@code workingDays} is negative
   * @throws OutsideCalendarDataException if the date or the answer is outside the covered range
   */
  public LocalDate minusWorkingDays(LocalDate date, int workingDays) {
    int index = officialIndex(date, "minusWorkingDays");
    if (workingDays <= 0) {
      if (workingDays == 0) {
        return date;
      }
      throw negative(workingDays, "minusWorkingDays");
    }
    int found = table.minusWorkingDays(index, workingDays);
    if (found < 0) {
      throw outside(LocalDate.of(firstYear - 1, 12, 31), "minusWorkingDays(" + date + ", "
          + workingDays + ")");
    }
    return table.dateAt(found);
  }

  /**
   * Returns the number of working days after {@code start} up to and including {@code end}: the
   * start day is not counted (CAL-4), so {@code workingDaysBetween(d, plusWorkingDays(d, n)) == n}.
   *
   * @param start the start date, not counted
   * @param end the end date, counted, not before {@code start}
   * @return the number of working days in {@code (start, end]}
   * @throws IllegalPeriodException if {@code end} is before {@code start}
   * @throws OutsideCalendarDataException if either date is outside the covered range
   */
  public int workingDaysBetween(LocalDate start, LocalDate end) {
    requireNonNull(start, "start");
    requireNonNull(end, "end");
    int from = officialIndex(start, "workingDaysBetween");
    int to = officialIndex(end, "workingDaysBetween");
    if (to < from) {
      throw new IllegalPeriodException(
          RuleId.CAL_4,
          "workingDaysBetween needs end on or after start, got start "
              + start
              + " and end "
              + end
              + "; swap them to count the days in (end, start]");
    }
    return table.workingDaysIn(from, to);
  }

  /**
   * Returns the working days within a range, in order.
   *
   * @param range the dates to look at; an empty range gives an empty stream
   * @return the working days in the range
   * @throws OutsideCalendarDataException if the range reaches outside the covered range
   */
  public Stream<LocalDate> workingDays(LocalDateRange range) {
    requireNonNull(range, "range");
    if (range.isEmpty()) {
      return Stream.empty();
    }
    int from = officialIndex(range.getStart(), "workingDays");
    int to = officialIndex(range.getEndInclusive(), "workingDays");
    return IntStream.range(table.firstOrdinal(from), table.endOrdinal(to))
        .mapToObj(table::workingDayAt);
  }

  /**
   * Returns the due date (到期日) of a legal period from a date with nothing to move it — no pause,
   * restart, extension or deferral — from official data only: {@code deadline(period,
   * start).dueDate()}, counted by the same code (CAL-4, CAL-5), without building the deadline and
   * its explanation. For a period counted backwards, the last day before the event. A date that
   * rests on a calendar's estimate is answered only by {@link #deadline}, which flags it (CAL-9).
   *
   * @param period the legal period, e.g. {@code LegalPeriod.ofWorkingDays(20)}
   * @param start the date the period runs from (起算日), not counted; for a period counted backwards,
   *     the event
   * @return the due date
   * @throws OutsideCalendarDataException if the start or the due date is outside the covered range
   *     (with the message {@link #deadline} gives), or inside the calendar's estimate
   */
  public LocalDate dueDate(LegalPeriod period, LocalDate start) {
    requireNonNull(period, "period");
    requireNonNull(start, "start");
    return Deadline.dueDateOf(this, period, start);
  }

  // -------------------------------------------------------------------------------------------
  // flagged queries: official data and, where the calendar carries one, the estimate

  /**
   * Returns what kind of day a date is (CAL-2), with its holiday and group holidays. Inside an
   * estimated range the answer is flagged {@linkplain CalendarDay#isProvisional() provisional}.
   *
   * @param date the date
   * @return the day
   * @throws OutsideCalendarDataException if the date is outside both the covered and the estimated
   *     range
   */
  public CalendarDay dayOf(LocalDate date) {
    requireNonNull(date, "date");
    int index = index(date, true, "dayOf");
    return new CalendarDay(
        date, table.kindAt(index), table.holidayAt(index), table.isFlaggedProvisional(index));
  }

  /**
   * Starts a deadline (期限) for a legal period from a date, on this calendar. The deadline can then
   * be paused, extended and restarted, and explains every step.
   *
   * @param period the legal period, e.g. {@code LegalPeriod.ofWorkingDays(20)}
   * @param start the date the period runs from (起算日), not counted
   * @return the deadline
   * @throws OutsideCalendarDataException if the start or the due date is outside the covered range
   *     and the calendar carries no estimate that reaches it
   */
  public Deadline deadline(LegalPeriod period, LocalDate start) {
    requireNonNull(period, "period");
    requireNonNull(start, "start");
    return Deadline.start(this, period, start);
  }

  /**
   * Returns a calendar on which a day is a rest day when it is a rest day on either calendar, for
   * an agency bound by both (for instance the national calendar and a region's own closures). The
   * result covers the years both calendars cover; its official years are those official on both.
   *
   * @param other the other calendar
   * @return the combined calendar
   * @throws IllegalArgumentException if the two calendars share no year
   */
  public WorkingDayCalendar combinedWith(WorkingDayCalendar other) {
    requireNonNull(other, "other");
    int first = Math.max(firstYear, other.firstYear);
    int last = Math.min(table.lastYear, other.table.lastYear);
    if (first > last) {
      throw new IllegalArgumentException(
          "Cannot combine "
              + this
              + " with "
              + other
              + ": they share no year; combine calendars whose years overlap");
    }
    int official = Math.min(table.lastOfficialYear, other.table.lastOfficialYear);
    if (official < first) {
      throw new IllegalArgumentException(
          "Cannot combine "
              + this
              + " with "
              + other
              + ": they share no official year; the combination would be all estimate");
    }
    return new WorkingDayCalendar(table.combinedWith(other.table, first, official, last));
  }

  // -------------------------------------------------------------------------------------------
  // package-private index arithmetic for Deadline

  /** Returns the day index of a date, checking it against the official data or the estimate. */
  int index(LocalDate date, boolean allowEstimate, String context) {
    return table.index(date, allowEstimate, context);
  }

  /** Returns the tree of a deadline without pauses, in a unit; built once per calendar. */
  PauseTree noPauses(PeriodUnit unit) {
    PauseTree[] trees = noPauses;
    PauseTree tree = trees[unit.ordinal()];
    if (tree == null) {
      tree = PauseTree.empty(this, unit);
      trees[unit.ordinal()] = tree;
    }
    return tree;
  }

  /** Returns the day index of a date, the estimate included, or -1 if outside. */
  int indexOrNegative(LocalDate date) {
    return table.indexOrNegative(date, true);
  }

  private int officialIndex(LocalDate date, String context) {
    return table.index(date, false, context);
  }

  /** Returns the number of days the calendar knows, the estimate included. */
  int dayCount() {
    return table.dayCount();
  }

  /** Returns whether the day at an index is estimated. */
  boolean isProvisional(int index) {
    return table.isProvisional(index);
  }

  boolean isWorkingDay(int index) {
    return table.isWorkingDay(index);
  }

  LocalDate dateAt(int index) {
    return table.dateAt(index);
  }

  /** Returns the number of working days with index in {@code (from, to]}. */
  int workingDaysIn(int from, int to) {
    return table.workingDaysIn(from, to);
  }

  /** Returns the index of the n-th working day after index {@code from} (n ≥ 1), or -1. */
  int plusWorkingDays(int from, int n) {
    return table.plusWorkingDays(from, n);
  }

  /** Returns the index of the n-th working day before index {@code from} (n ≥ 1), or -1. */
  int minusWorkingDays(int from, int n) {
    return table.minusWorkingDays(from, n);
  }

  OutsideCalendarDataException outside(LocalDate date, String context) {
    return table.outside(date, context);
  }

  private static IllegalPeriodException negative(int workingDays, String method) {
    return new IllegalPeriodException(
        RuleId.CAL_4,
        method
            + " needs zero or more working days, got "
            + workingDays
            + "; use the other direction (plusWorkingDays / minusWorkingDays) instead");
  }

  // -------------------------------------------------------------------------------------------

  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    return obj instanceof WorkingDayCalendar other && table.sameDays(other.table);
  }

  @Override
  public int hashCode() {
    return table.daysHash();
  }

  /** Returns a one-line description, for example {@code WorkingDayCalendar[official 2007..2026, estimate 2027..2060]}. */
  @Override
  public String toString() {
    return "WorkingDayCalendar[official "
        + firstYear
        + ".."
        + table.lastOfficialYear
        + (table.lastYear > table.lastOfficialYear
            ? ", estimate " + (table.lastOfficialYear + 1) + ".." + table.lastYear
            : "")
        + "]";
  }

  // -------------------------------------------------------------------------------------------
}
