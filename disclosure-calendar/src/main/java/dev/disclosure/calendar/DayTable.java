package dev.disclosure.calendar;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.threeten.extra.LocalDateRange;

/**
 * The packed storage behind a {@link WorkingDayCalendar}: one {@code char} code per day, a prefix
 * count of working days per day, the day index of every working day and one working-day bitmask
 * per official month, with the index arithmetic that {@link WorkingDayCalendar} and {@link
 * Deadline} count with.
 *
 * <p>Days are numbered from 0 (1 January of the first year); a calendar holds at most {@link
 * #MAX_DAYS} days, so indexes and counts fit a {@code char}. The official 2007–2026 data takes
 * about 40 KiB.
 *
 * <p>Immutable and thread-safe: the arrays are never changed after construction and never leave
 * the package.
 */
final class DayTable {

  static final int KIND_MASK = 0b111;
  static final int PROVISIONAL_BIT = 0b1000;
  static final int HOLIDAY_SHIFT = 4;
  static final int MAX_HOLIDAYS = (1 << (16 - HOLIDAY_SHIFT)) - 1;
  static final int MAX_DAYS = Character.MAX_VALUE;
  private static final DayKind[] KINDS = DayKind.values();

  private static final long CACHED_FROM = LocalDate.of(2007, 1, 1).toEpochDay();

  /**
   * The dates of 2007-01-01 … 2030-12-31, each made on first use and then returned again, as due
   * dates are read many times: one array of 8,766 references (about 34 KiB) for the process, not
   * part of any calendar, and at most 24 bytes per date made. A benign race: a {@link LocalDate}
   * has only final fields, so a thread that sees a slot written sees the whole date, and one that
   * does not makes an equal date.
   */
  private static final LocalDate[] DATES =
      new LocalDate[(int) (LocalDate.of(2031, 1, 1).toEpochDay() - CACHED_FROM)];

  final int firstYear;
  final int lastOfficialYear;
  final int lastYear;
  final long startEpochDay;
  private final int officialMonths;
  final int officialDays;
  private final int officialWorkingDays;
  /** Day index of the first day of each month, one extra entry at the end. */
  private final int[] monthStart;
  /** Per official month, bit {@code d} is set when day-of-month {@code d} is a working day. */
  final int[] workingMask;
  /** Per day: kind ordinal, provisional bit, holiday index + 1 (0 = none). */
  private final char[] codes;
  /** {@code workingBefore[i]} = number of working days with index below {@code i}. */
  private final char[] workingBefore;
  /** Day index of the k-th working day (0-based). */
  private final char[] workingDayIndex;
  private final List<Holiday> holidays;

  /**
   * Packs a calendar's days.
   *
   * @param firstYear the first year, whose 1 January is day 0
   * @param lastOfficialYear the last year of official data
   * @param lastYear the last year, estimate included
   * @param codes one code per day from {@link #code}, the estimate's days flagged provisional;
   *     owned by the table from now on
   * @param holidays the holidays the codes refer to, by position
   */
  DayTable(
      int firstYear, int lastOfficialYear, int lastYear, char[] codes, List<Holiday> holidays) {
    this.firstYear = firstYear;
    this.lastOfficialYear = lastOfficialYear;
    this.lastYear = lastYear;
    this.codes = codes;
    this.holidays = List.copyOf(holidays);
    this.startEpochDay = LocalDate.of(firstYear, 1, 1).toEpochDay();
    int months = (lastYear - firstYear + 1) * 12;
    this.officialMonths = (lastOfficialYear - firstYear + 1) * 12;
    this.monthStart = new int[months + 1];
    LocalDate monthDate = LocalDate.of(firstYear, 1, 1);
    for (int m = 0; m <= months; m++) {
      monthStart[m] = (int) (monthDate.toEpochDay() - startEpochDay);
      monthDate = monthDate.plusMonths(1);
    }
    this.officialDays = monthStart[officialMonths];
    this.workingMask = new int[officialMonths];
    for (int m = 0; m < officialMonths; m++) {
      for (int i = monthStart[m]; i < monthStart[m + 1]; i++) {
        if (isWorkingCode(codes[i])) {
          workingMask[m] |= 1 << (i - monthStart[m] + 1);
        }
      }
    }
    this.workingBefore = new char[codes.length + 1];
    int count = 0;
    for (int i = 0; i < codes.length; i++) {
      workingBefore[i] = (char) count;
      if (isWorkingCode(codes[i])) {
        count++;
      }
    }
    workingBefore[codes.length] = (char) count;
    this.workingDayIndex = new char[count];
    for (int i = 0, k = 0; i < codes.length; i++) {
      if (isWorkingCode(codes[i])) {
        workingDayIndex[k++] = (char) i;
      }
    }
    this.officialWorkingDays = workingBefore[officialDays];
  }

  /**
   * Returns the code of a day: its kind, whether it is estimated, and its holiday's position in
   * {@code table} (added there if new).
   */
  static char code(
      DayKind kind,
      Holiday holiday,
      int provisional,
      List<Holiday> table,
      Map<Holiday, Integer> positions) {
    int holidayCode = 0;
    if (holiday != null) {
      Integer position = positions.get(holiday);
      if (position == null) {
        position = table.size();
        table.add(holiday);
        positions.put(holiday, position);
      }
      holidayCode = position + 1;
    }
    return (char) (kind.ordinal() | provisional | holidayCode << HOLIDAY_SHIFT);
  }

  private static boolean isWorkingCode(char code) {
    return KINDS[code & KIND_MASK].isWorkingDay();
  }

  // -------------------------------------------------------------------------------------------
  // ranges

  /** Returns the whole years of official data. */
  LocalDateRange coveredRange() {
    return LocalDateRange.ofClosed(
        LocalDate.of(firstYear, 1, 1), LocalDate.of(lastOfficialYear, 12, 31));
  }

  OutsideCalendarDataException outside(LocalDate date, String context) {
    if (lastYear > lastOfficialYear
        && date.getYear() > lastOfficialYear
        && date.getYear() <= lastYear) {
      return new OutsideCalendarDataException(
          date,
          coveredRange(),
          LocalDateRange.ofClosed(
              LocalDate.of(lastOfficialYear + 1, 1, 1), LocalDate.of(lastYear, 12, 31)),
          context);
    }
    if (lastYear > lastOfficialYear && (date.getYear() > lastYear || date.getYear() < firstYear)) {
      return new OutsideCalendarDataException(
          date,
          coveredRange(),
          context,
          LocalDate.of(lastOfficialYear + 1, 1, 1),
          LocalDate.of(lastYear, 12, 31));
    }
    return new OutsideCalendarDataException(date, coveredRange(), context);
  }

  // -------------------------------------------------------------------------------------------
  // indexes

  /** Returns the day index of a date, checking it against the official data or the estimate. */
  int index(LocalDate date, boolean allowEstimate, String context) {
    int index = indexOrNegative(date, allowEstimate);
    if (index < 0) {
      throw outside(date, context);
    }
    return index;
  }

  /** Returns the day index of a date, or -1 if the data (or the estimate) does not cover it. */
  int indexOrNegative(LocalDate date, boolean allowEstimate) {
    requireNonNull(date, "date");
    long month = (date.getYear() - (long) firstYear) * 12 + date.getMonthValue() - 1;
    int limit = allowEstimate ? monthStart.length - 1 : officialMonths;
    if (month < 0 || month >= limit) {
      return -1;
    }
    return monthStart[(int) month] + date.getDayOfMonth() - 1;
  }

  /** Returns the number of days the table knows, the estimate included. */
  int dayCount() {
    return codes.length;
  }

  /** Returns whether the day at an index is estimated. */
  boolean isProvisional(int index) {
    return index >= officialDays;
  }

  boolean isWorkingDay(int index) {
    return isWorkingCode(codes[index]);
  }

  /**
   * Returns the date of a day index. Dates from 2007 to 2030 come from one cache shared by every
   * calendar (see {@link #DATES}); others are made on each call.
   */
  LocalDate dateAt(int index) {
    long epochDay = startEpochDay + index;
    long slot = epochDay - CACHED_FROM;
    if (slot < 0 || slot >= DATES.length) {
      return LocalDate.ofEpochDay(epochDay);
    }
    LocalDate date = DATES[(int) slot];
    if (date == null) {
      date = LocalDate.ofEpochDay(epochDay);
      DATES[(int) slot] = date;
    }
    return date;
  }

  /** Returns whether the day's code carries the provisional flag, as the estimate's days do. */
  boolean isFlaggedProvisional(int index) {
    return (codes[index] & PROVISIONAL_BIT) != 0;
  }

  DayKind kindAt(int index) {
    return KINDS[codes[index] & KIND_MASK];
  }

  /** Returns the holiday of the day at an index, or {@code null}. */
  Holiday holidayAt(int index) {
    return holidayOf(codes[index]);
  }

  private Holiday holidayOf(char code) {
    int position = code >>> HOLIDAY_SHIFT;
    return position == 0 ? null : holidays.get(position - 1);
  }

  // -------------------------------------------------------------------------------------------
  // counting

  /** Returns the number of working days with index in {@code (from, to]}. */
  int workingDaysIn(int from, int to) {
    return workingBefore[to + 1] - workingBefore[from + 1];
  }

  /** Returns the index of the n-th working day after index {@code from} (n ≥ 1), or -1. */
  int plusWorkingDays(int from, int n) {
    long ordinal = (long) workingBefore[from + 1] + n - 1;
    return ordinal < workingDayIndex.length ? workingDayIndex[(int) ordinal] : -1;
  }

  /**
   * Returns the index of the n-th working day after index {@code from} (n ≥ 1), or -1 if it is
   * beyond the official data.
   */
  int plusOfficialWorkingDays(int from, int n) {
    long ordinal = (long) workingBefore[from + 1] + n - 1;
    return ordinal < officialWorkingDays ? workingDayIndex[(int) ordinal] : -1;
  }

  /** Returns the index of the n-th working day before index {@code from} (n ≥ 1), or -1. */
  int minusWorkingDays(int from, int n) {
    long ordinal = (long) workingBefore[from] - n;
    return ordinal >= 0 ? workingDayIndex[(int) ordinal] : -1;
  }

  /** Returns the ordinal of the first working day with index {@code from} or later. */
  int firstOrdinal(int from) {
    return workingBefore[from];
  }

  /** Returns the ordinal after the last working day with index at most {@code to}. */
  int endOrdinal(int to) {
    return workingBefore[to + 1];
  }

  /** Returns the date of the working day with an ordinal. */
  LocalDate workingDayAt(int ordinal) {
    return dateAt(workingDayIndex[ordinal]);
  }

  // -------------------------------------------------------------------------------------------
  // combination

  /**
   * Returns the table on which a day is a rest day when it is one in either table, over the years
   * {@code first..last} with {@code official} as the last official year; the caller has checked
   * that both tables hold those years.
   */
  DayTable combinedWith(DayTable other, int first, int official, int last) {
    List<Holiday> table = new ArrayList<>(holidays);
    Map<Holiday, Integer> positions = new LinkedHashMap<>();
    for (int h = 0; h < table.size(); h++) {
      positions.put(table.get(h), h);
    }
    LocalDate firstDay = LocalDate.of(first, 1, 1);
    int length = (int) (LocalDate.of(last, 12, 31).toEpochDay() - firstDay.toEpochDay() + 1);
    char[] combined = new char[length];
    int mine = (int) (firstDay.toEpochDay() - startEpochDay);
    int theirs = (int) (firstDay.toEpochDay() - other.startEpochDay);
    for (int i = 0; i < length; i++) {
      char a = codes[mine + i];
      char b = other.codes[theirs + i];
      boolean mineWins = precedence(a) >= precedence(b);
      char pick = mineWins ? a : b;
      Holiday holiday = mineWins ? holidayOf(a) : other.holidayOf(b);
      int provisional = (a | b) & PROVISIONAL_BIT;
      combined[i] = code(KINDS[pick & KIND_MASK], holiday, provisional, table, positions);
    }
    return new DayTable(first, official, last, combined, table);
  }

  /** Rest beats work; among rest days a statutory holiday beats a closure beats a weekend. */
  private static int precedence(char code) {
    switch (KINDS[code & KIND_MASK]) {
      case STATUTORY_HOLIDAY:
        return 4;
      case REGIONAL_CLOSURE:
        return 3;
      case WEEKEND:
        return 2;
      case MAKE_UP_WORKING_DAY:
        return 1;
      default:
        return 0;
    }
  }

  // -------------------------------------------------------------------------------------------
  // equality of contents

  /** Returns whether both tables hold the same years and answer every day the same way. */
  boolean sameDays(DayTable other) {
    if (firstYear != other.firstYear
        || lastOfficialYear != other.lastOfficialYear
        || lastYear != other.lastYear) {
      return false;
    }
    for (int i = 0; i < codes.length; i++) {
      if ((codes[i] & (KIND_MASK | PROVISIONAL_BIT))
              != (other.codes[i] & (KIND_MASK | PROVISIONAL_BIT))
          || !Objects.equals(holidayOf(codes[i]), other.holidayOf(other.codes[i]))) {
        return false;
      }
    }
    return true;
  }

  /** Returns a hash consistent with {@link #sameDays}. */
  int daysHash() {
    int hash = Objects.hash(firstYear, lastOfficialYear, lastYear);
    for (char code : codes) {
      hash = 31 * hash + (code & (KIND_MASK | PROVISIONAL_BIT));
    }
    return hash;
  }
}
