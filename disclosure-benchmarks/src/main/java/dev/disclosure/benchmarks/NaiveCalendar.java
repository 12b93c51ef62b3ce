package dev.disclosure.benchmarks;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * The obvious implementation, as a baseline: a hash set of rest weekdays, a hash set of make-up
 * working weekend days, and day-by-day loops for counting.
 */
final class NaiveCalendar {

  private final Set<LocalDate> restWeekdays;
  private final Set<LocalDate> workingWeekendDays;

  NaiveCalendar(Collection<LocalDate> restWeekdays, Collection<LocalDate> workingWeekendDays) {
    this.restWeekdays = new HashSet<>(restWeekdays);
    this.workingWeekendDays = new HashSet<>(workingWeekendDays);
  }

  boolean isWorkingDay(LocalDate date) {
    return SameData.isWeekend(date)
        ? workingWeekendDays.contains(date)
        : !restWeekdays.contains(date);
  }

  /** Returns the n-th working day after {@code date}, the date itself not counted. */
  LocalDate plusWorkingDays(LocalDate date, int workingDays) {
    LocalDate current = date;
    int left = workingDays;
    while (left > 0) {
      current = current.plusDays(1);
      if (isWorkingDay(current)) {
        left--;
      }
    }
    return current;
  }

  /** Returns the number of working days in {@code (start, end]}. */
  int workingDaysBetween(LocalDate start, LocalDate end) {
    int count = 0;
    for (LocalDate date = start.plusDays(1); !date.isAfter(end); date = date.plusDays(1)) {
      if (isWorkingDay(date)) {
        count++;
      }
    }
    return count;
  }
}
