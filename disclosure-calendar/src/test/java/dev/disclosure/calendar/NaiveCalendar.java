package dev.disclosure.calendar;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The obviously-correct slow path: a set of working days and day-by-day stepping. The fast calendar
 * is checked against it; it shares only the per-day facts, never the counting.
 */
final class NaiveCalendar {

  private final Set<LocalDate> workingDays = new HashSet<>();
  private final LocalDate first;
  private final LocalDate last;

  NaiveCalendar(WorkingDayCalendar calendar) {
    this.first = calendar.coveredRange().getStart();
    this.last = calendar.coveredRange().getEndInclusive();
    for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
      if (calendar.dayOf(date).kind().isWorkingDay()) {
        workingDays.add(date);
      }
    }
  }

  LocalDate first() {
    return first;
  }

  LocalDate last() {
    return last;
  }

  boolean isWorkingDay(LocalDate date) {
    return workingDays.contains(date);
  }

  LocalDate plusWorkingDays(LocalDate date, int n) {
    LocalDate cursor = date;
    for (int counted = 0; counted < n; ) {
      cursor = cursor.plusDays(1);
      if (isWorkingDay(cursor)) {
        counted++;
      }
    }
    return cursor;
  }

  LocalDate minusWorkingDays(LocalDate date, int n) {
    LocalDate cursor = date;
    for (int counted = 0; counted < n; ) {
      cursor = cursor.minusDays(1);
      if (isWorkingDay(cursor)) {
        counted++;
      }
    }
    return cursor;
  }

  int workingDaysBetween(LocalDate start, LocalDate end) {
    int count = 0;
    for (LocalDate date = start.plusDays(1); !date.isAfter(end); date = date.plusDays(1)) {
      if (isWorkingDay(date)) {
        count++;
      }
    }
    return count;
  }

  /** The due date of a forward period, stepping day by day and skipping paused days. */
  LocalDate due(LocalDate start, int amount, PeriodUnit unit, List<Pause> pauses) {
    LocalDate cursor = start;
    for (int counted = 0; counted < amount; ) {
      cursor = cursor.plusDays(1);
      if (paused(cursor, pauses)) {
        continue;
      }
      if (unit == PeriodUnit.DAYS || isWorkingDay(cursor)) {
        counted++;
      }
    }
    while (amount > 0 && unit == PeriodUnit.DAYS && !isWorkingDay(cursor)) {
      cursor = cursor.plusDays(1);
    }
    return afterWaits(cursor, pauses);
  }

  /**
   * CAL-7 [convention]: while the due date is paused or the day after it is (a pause covers it or
   * begins on it), step to the last paused day of that run, then on to the first working day after
   * it.
   */
  LocalDate afterWaits(LocalDate due, List<Pause> pauses) {
    LocalDate cursor = due;
    while (paused(cursor, pauses) || paused(cursor.plusDays(1), pauses)) {
      while (paused(cursor.plusDays(1), pauses)) {
        cursor = cursor.plusDays(1);
      }
      do {
        cursor = cursor.plusDays(1);
      } while (!isWorkingDay(cursor));
    }
    return cursor;
  }

  private static boolean paused(LocalDate date, List<Pause> pauses) {
    for (Pause pause : pauses) {
      if (date.isAfter(pause.start()) && !date.isAfter(pause.end())) {
        return true;
      }
    }
    return false;
  }
}
