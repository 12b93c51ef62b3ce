package dev.disclosure.benchmarks;

import com.nlf.calendar.util.HolidayUtil;
import com.opengamma.strata.basics.date.HolidayCalendarId;
import com.opengamma.strata.basics.date.ImmutableHolidayCalendar;
import dev.disclosure.calendar.WorkingDayCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;

/**
 * Builds the peer calendars from the library's own official data, so that every implementation in
 * the benchmarks answers from the same schedule (lunar-java excepted: it has its own built-in data).
 */
final class SameData {

  /** First day of the official data. */
  static final LocalDate FIRST = LocalDate.of(2007, 1, 1);
  /** Last day of the official data. */
  static final LocalDate LAST = LocalDate.of(2026, 12, 31);

  private SameData() {}

  /** Returns whether a date is a Saturday or Sunday. */
  static boolean isWeekend(LocalDate date) {
    DayOfWeek dayOfWeek = date.getDayOfWeek();
    return dayOfWeek == DayOfWeek.SATURDAY || dayOfWeek == DayOfWeek.SUNDAY;
  }

  /** Returns every Monday-to-Friday in the covered range that is not a working day. */
  static List<LocalDate> restWeekdays(WorkingDayCalendar calendar) {
    List<LocalDate> dates = new ArrayList<>();
    for (LocalDate date = FIRST; !date.isAfter(LAST); date = date.plusDays(1)) {
      if (!isWeekend(date) && !calendar.isWorkingDay(date)) {
        dates.add(date);
      }
    }
    return dates;
  }

  /** Returns every Saturday or Sunday in the covered range that is a working day. */
  static List<LocalDate> workingWeekendDays(WorkingDayCalendar calendar) {
    List<LocalDate> dates = new ArrayList<>();
    for (LocalDate date = FIRST; !date.isAfter(LAST); date = date.plusDays(1)) {
      if (isWeekend(date) && calendar.isWorkingDay(date)) {
        dates.add(date);
      }
    }
    return dates;
  }

  /** Returns a Strata calendar holding the same working days as {@code calendar}. */
  static ImmutableHolidayCalendar strata(WorkingDayCalendar calendar) {
    return ImmutableHolidayCalendar.of(
        HolidayCalendarId.of("CNOFFICIAL"),
        restWeekdays(calendar),
        EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY),
        workingWeekendDays(calendar));
  }

  /** Returns a hash-set calendar holding the same working days as {@code calendar}. */
  static NaiveCalendar naive(WorkingDayCalendar calendar) {
    return new NaiveCalendar(restWeekdays(calendar), workingWeekendDays(calendar));
  }

  /**
   * Returns whether lunar-java's built-in holiday table makes a date a working day: a listed date
   * says so itself, any other date is a working day from Monday to Friday.
   */
  static boolean lunarIsWorkingDay(LocalDate date) {
    com.nlf.calendar.Holiday holiday =
        HolidayUtil.getHoliday(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    return holiday == null ? !isWeekend(date) : holiday.isWork();
  }

  /** Returns {@code count} dates drawn uniformly from {@code [first, last]}. */
  static LocalDate[] randomDates(Random random, int count, LocalDate first, LocalDate last) {
    long firstDay = first.toEpochDay();
    int days = (int) (last.toEpochDay() - firstDay + 1);
    LocalDate[] dates = new LocalDate[count];
    for (int i = 0; i < count; i++) {
      dates[i] = LocalDate.ofEpochDay(firstDay + random.nextInt(days));
    }
    return dates;
  }
}
