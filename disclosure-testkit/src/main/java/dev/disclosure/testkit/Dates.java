package dev.disclosure.testkit;

import static java.util.Objects.requireNonNull;

import dev.disclosure.calendar.CalendarDay;
import dev.disclosure.calendar.DayKind;
import dev.disclosure.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.threeten.extra.LocalDateRange;

/**
 * Generators of dates inside a calendar's data, so that no query of a generated date throws
 * {@code OutsideCalendarDataException}, and the holiday runs of a calendar.
 */
public final class Dates {

  private Dates() {}

  /**
   * Returns a generator of dates drawn uniformly from a calendar's data ({@link
   * WorkingDayCalendar#coveredRange()}).
   *
   * @param calendar the calendar
   * @return the generator
   */
  public static Generator<LocalDate> within(WorkingDayCalendar calendar) {
    requireNonNull(calendar, "calendar");
    return within(calendar.coveredRange());
  }

  /**
   * Returns a generator of dates drawn uniformly from a range.
   *
   * @param range the range, not empty and not unbounded
   * @return the generator
   * @throws IllegalArgumentException if the range is empty or unbounded
   */
  public static Generator<LocalDate> within(LocalDateRange range) {
    requireNonNull(range, "range");
    if (range.isEmpty() || range.isUnboundedStart() || range.isUnboundedEnd()) {
      throw new IllegalArgumentException(
          "dates are drawn from a bounded range with at least one day; got " + range);
    }
    long first = range.getStart().toEpochDay();
    long days = range.lengthInDays();
    return random -> LocalDate.ofEpochDay(first + random.nextLong(days));
  }

  /**
   * Returns a generator of dates at the edges of a calendar's holiday runs: with equal chances the
   * working day just before a run, a day inside it, or the working day just after it (the run and
   * the day inside drawn uniformly). Within a few thousand draws it gives both sides of every run
   * of the official calendar, where deadlines are most often wrong.
   *
   * @param calendar the calendar
   * @return the generator
   * @throws IllegalArgumentException if the calendar's data holds no holiday run
   */
  public static Generator<LocalDate> aroundHolidayRuns(WorkingDayCalendar calendar) {
    List<LocalDateRange> runs = holidayRuns(calendar);
    if (runs.isEmpty()) {
      throw new IllegalArgumentException(
          "the calendar's data " + calendar.coveredRange() + " holds no holiday run");
    }
    LocalDateRange data = calendar.coveredRange();
    return random -> {
      LocalDateRange run = runs.get(random.nextInt(runs.size()));
      LocalDate inside = run.getStart().plusDays(random.nextLong(run.lengthInDays()));
      LocalDate date =
          switch (random.nextInt(3)) {
            case 0 -> run.getStart().minusDays(1);
            case 1 -> inside;
            default -> run.getEnd();
          };
      return data.contains(date) ? date : inside;
    };
  }

  /**
   * Returns the holiday runs of a calendar's data: each maximal run of consecutive rest days that
   * holds a statutory holiday (法定节假日) or a regional closure (地方放假日), with the weekend days
   * joined to it. The day before and the day after a run are working days, or outside the data.
   *
   * @param calendar the calendar
   * @return the runs, in date order
   */
  public static List<LocalDateRange> holidayRuns(WorkingDayCalendar calendar) {
    requireNonNull(calendar, "calendar");
    LocalDateRange data = calendar.coveredRange();
    List<LocalDateRange> runs = new ArrayList<>();
    LocalDate start = null;
    boolean holiday = false;
    for (LocalDate d = data.getStart(); d.isBefore(data.getEnd()); d = d.plusDays(1)) {
      CalendarDay day = calendar.dayOf(d);
      if (day.isWorkingDay()) {
        if (start != null && holiday) {
          runs.add(LocalDateRange.of(start, d));
        }
        start = null;
        holiday = false;
        continue;
      }
      if (start == null) {
        start = d;
      }
      holiday |= day.kind() == DayKind.STATUTORY_HOLIDAY || day.kind() == DayKind.REGIONAL_CLOSURE;
    }
    if (start != null && holiday) {
      runs.add(LocalDateRange.of(start, data.getEnd()));
    }
    return List.copyOf(runs);
  }
}
