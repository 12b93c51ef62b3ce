package dev.disclosure.calendar;

import static java.util.Objects.requireNonNull;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
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
 * <p>Implementation: one {@code char} code per day, a prefix count of working days per day and the
 * day index of every working day, so every query is a few array reads. The official 2007–2026 data
 * takes about 40 KiB.
 *
 * <p>Immutable and thread-safe. Two calendars are equal when they answer every date the same way.
 */
public final class WorkingDayCalendar {

  private static final int KIND_MASK = 0b111;
  private static final int PROVISIONAL_BIT = 0b1000;
  private static final int HOLIDAY_SHIFT = 4;
  private static final int MAX_HOLIDAYS = (1 << (16 - HOLIDAY_SHIFT)) - 1;
  private static final int MAX_DAYS = Character.MAX_VALUE;
  private static final DayKind[] KINDS = DayKind.values();

  private final int firstYear;
  private final int lastOfficialYear;
  private final int lastYear;
  private final long startEpochDay;
  private final int officialMonths;
  private final int officialDays;
  private final int officialWorkingDays;
  /** Day index of the first day of each month, one extra entry at the end. */
  private final int[] monthStart;
  /** Per official month, bit {@code d} is set when day-of-month {@code d} is a working day. */
  private final int[] workingMask;
  /** Per day: kind ordinal, provisional bit, holiday index + 1 (0 = none). */
  private final char[] codes;
  /** {@code workingBefore[i]} = number of working days with index below {@code i}. */
  private final char[] workingBefore;
  /** Day index of the k-th working day (0-based). */
  private final char[] workingDayIndex;
  private final List<Holiday> holidays;

  private WorkingDayCalendar(
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

  private static boolean isWorkingCode(char code) {
    return KINDS[code & KIND_MASK].isWorkingDay();
  }

  /**
   * Returns a builder for a calendar from scratch: declare its years, then add holidays and make-up
   * working days. To extend the official calendar, use {@code ChinaCalendars.official().toBuilder()}.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding everything this calendar was built from, so that a caller can add a
   * newly announced year (e.g. 2027) or regional closures.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.addOfficialYears(firstYear, lastOfficialYear);
    for (int i = 0; i < officialDays; i++) {
      char code = codes[i];
      Holiday holiday = holidayOf(code);
      if (holiday != null) {
        builder.entries.put(dateAt(i), new Entry(KINDS[code & KIND_MASK], holiday));
      }
    }
    if (lastYear > lastOfficialYear) {
      builder.estimateThrough(lastYear);
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
    return LocalDateRange.ofClosed(
        LocalDate.of(firstYear, 1, 1), LocalDate.of(lastOfficialYear, 12, 31));
  }

  /**
   * Returns the dates answered by a provisional estimate (CAL-9), if this calendar carries one.
   *
   * @return the estimated range, whole years after the covered range, or empty
   */
  public Optional<LocalDateRange> estimatedRange() {
    if (lastYear == lastOfficialYear) {
      return Optional.empty();
    }
    return Optional.of(
        LocalDateRange.ofClosed(
            LocalDate.of(lastOfficialYear + 1, 1, 1), LocalDate.of(lastYear, 12, 31)));
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
    int month = (date.getYear() - firstYear) * 12 + date.getMonthValue() - 1;
    if (month < 0 || month >= mask.length) {
      throw outside(date, "isWorkingDay");
    }
    return (mask[month] >>> date.getDayOfMonth() & 1) != 0;
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
   * <p>Example: {@code plusWorkingDays(2026-09-30, 1)} is 2026-10-09, the first working day after
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
    long ordinal = (long) workingBefore[index + 1] + workingDays - 1;
    if (ordinal >= officialWorkingDays) {
      throw outside(LocalDate.of(lastOfficialYear + 1, 1, 1), "plusWorkingDays(" + date + ", "
          + workingDays + ")");
    }
    return LocalDate.ofEpochDay(startEpochDay + workingDayIndex[(int) ordinal]);
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
    int ordinal = workingBefore[index] - workingDays;
    if (ordinal < 0) {
      throw outside(LocalDate.of(firstYear - 1, 12, 31), "minusWorkingDays(" + date + ", "
          + workingDays + ")");
    }
    return LocalDate.ofEpochDay(startEpochDay + workingDayIndex[ordinal]);
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
    return workingBefore[to + 1] - workingBefore[from + 1];
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
    return IntStream.range(workingBefore[from], workingBefore[to + 1])
        .mapToObj(ordinal -> LocalDate.ofEpochDay(startEpochDay + workingDayIndex[ordinal]));
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
    char code = codes[index];
    return new CalendarDay(
        date, KINDS[code & KIND_MASK], holidayOf(code), (code & PROVISIONAL_BIT) != 0);
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
    int last = Math.min(lastYear, other.lastYear);
    if (first > last) {
      throw new IllegalArgumentException(
          "Cannot combine "
              + this
              + " with "
              + other
              + ": they share no year; combine calendars whose years overlap");
    }
    int official = Math.min(lastOfficialYear, other.lastOfficialYear);
    if (official < first) {
      throw new IllegalArgumentException(
          "Cannot combine "
              + this
              + " with "
              + other
              + ": they share no official year; the combination would be all estimate");
    }
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
      int provisional = ((a | b) & PROVISIONAL_BIT);
      combined[i] = (char) ((pick & KIND_MASK) | provisional | holidayCode << HOLIDAY_SHIFT);
    }
    return new WorkingDayCalendar(first, official, last, combined, table);
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
  // package-private index arithmetic for Deadline

  /** Returns the day index of a date, checking it against the official data or the estimate. */
  int index(LocalDate date, boolean allowEstimate, String context) {
    requireNonNull(date, "date");
    int month = (date.getYear() - firstYear) * 12 + date.getMonthValue() - 1;
    int limit = allowEstimate ? monthStart.length - 1 : officialMonths;
    if (month < 0 || month >= limit) {
      throw outside(date, context);
    }
    return monthStart[month] + date.getDayOfMonth() - 1;
  }

  private int officialIndex(LocalDate date, String context) {
    return index(date, false, context);
  }

  /** Returns the number of days the calendar knows, the estimate included. */
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

  LocalDate dateAt(int index) {
    return LocalDate.ofEpochDay(startEpochDay + index);
  }

  /** Returns the number of working days with index in {@code (from, to]}. */
  int workingDaysIn(int from, int to) {
    return workingBefore[to + 1] - workingBefore[from + 1];
  }

  /** Returns the index of the n-th working day after index {@code from} (n ≥ 1), or -1 if beyond. */
  int plusWorkingDays(int from, int n) {
    long ordinal = (long) workingBefore[from + 1] + n - 1;
    return ordinal < workingDayIndex.length ? workingDayIndex[(int) ordinal] : -1;
  }

  /** Returns the index of the n-th working day before index {@code from} (n ≥ 1), or -1. */
  int minusWorkingDays(int from, int n) {
    int ordinal = workingBefore[from] - n;
    return ordinal >= 0 ? workingDayIndex[ordinal] : -1;
  }

  OutsideCalendarDataException outside(LocalDate date, String context) {
    return new OutsideCalendarDataException(date, coveredRange(), context);
  }

  private static IllegalPeriodException negative(int workingDays, String method) {
    return new IllegalPeriodException(
        RuleId.CAL_4,
        method
            + " needs zero or more working days, got "
            + workingDays
            + "; use the other direction (plusWorkingDays / minusWorkingDays) instead");
  }

  private Holiday holidayOf(char code) {
    int position = code >>> HOLIDAY_SHIFT;
    return position == 0 ? null : holidays.get(position - 1);
  }

  // -------------------------------------------------------------------------------------------

  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof WorkingDayCalendar)) {
      return false;
    }
    WorkingDayCalendar other = (WorkingDayCalendar) obj;
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

  @Override
  public int hashCode() {
    int hash = Objects.hash(firstYear, lastOfficialYear, lastYear);
    for (char code : codes) {
      hash = 31 * hash + (code & (KIND_MASK | PROVISIONAL_BIT));
    }
    return hash;
  }

  /** Returns e.g. {@code WorkingDayCalendar[official 2007..2026, estimate 2027..2060]}. */
  @Override
  public String toString() {
    return "WorkingDayCalendar[official "
        + firstYear
        + ".."
        + lastOfficialYear
        + (lastYear > lastOfficialYear
            ? ", estimate " + (lastOfficialYear + 1) + ".." + lastYear
            : "")
        + "]";
  }

  // -------------------------------------------------------------------------------------------

  /** What the builder records for one date. */
  private static final class Entry {
    final DayKind kind;
    final Holiday holiday;

    Entry(DayKind kind, Holiday holiday) {
      this.kind = kind;
      this.holiday = holiday;
    }

    boolean sameAs(Entry other) {
      return kind == other.kind && holiday.equals(other.holiday);
    }

    @Override
    public String toString() {
      return kind.label() + " " + holiday.label();
    }
  }

  /**
   * Builds a {@link WorkingDayCalendar} from official notices (放假安排通知), regional closures and,
   * optionally, a provisional estimate for later years.
   *
   * <p>Not thread-safe. {@link #build()} checks everything at once and reports every problem in one
   * {@link InvalidScheduleException}; the builder itself never throws for bad dates, so all problems
   * can be seen together.
   */
  public static final class Builder {

    private int firstYear = Integer.MAX_VALUE;
    private int lastYear = Integer.MIN_VALUE;
    private final List<Integer> declaredYears = new ArrayList<>();
    private Integer estimateThrough;
    private final TreeMap<LocalDate, Entry> entries = new TreeMap<>();
    private final List<String> problems = new ArrayList<>();

    private Builder() {}

    /**
     * Declares that the official notice of a year is part of the calendar: its dates are covered,
     * with weekends as rest days unless holidays or make-up working days say otherwise. Years must
     * form one unbroken run.
     *
     * @param year the notice's year, e.g. 2027
     * @return this builder
     */
    public Builder addOfficialYear(int year) {
      declaredYears.add(year);
      firstYear = Math.min(firstYear, year);
      lastYear = Math.max(lastYear, year);
      return this;
    }

    /**
     * Declares several official years at once; see {@link #addOfficialYear(int)}.
     *
     * @param first the first year
     * @param last the last year, inclusive
     * @return this builder
     */
    public Builder addOfficialYears(int first, int last) {
      if (last < first) {
        problems.add("official years " + first + ".." + last + " end before they start");
        return this;
      }
      for (int year = first; year <= last; year++) {
        addOfficialYear(year);
      }
      return this;
    }

    /**
     * Adds a run of national holiday days (放假), weekends inside the run included, as the notice
     * announces them ("10月1日至8日放假调休，共8天").
     *
     * @param holiday a national holiday
     * @param first the first day off
     * @param last the last day off, inclusive
     * @return this builder
     */
    public Builder addHolidays(Holiday holiday, LocalDate first, LocalDate last) {
      requireNonNull(holiday, "holiday");
      requireNonNull(first, "first");
      requireNonNull(last, "last");
      if (holiday.scope() != Holiday.Scope.NATIONAL) {
        problems.add(
            holiday.label() + " is a regional holiday; add it with addRegionalClosure");
        return this;
      }
      return addRun(DayKind.STATUTORY_HOLIDAY, holiday, first, last);
    }

    /**
     * Adds a weekend day that the notice makes a working day (调休上班) for a holiday.
     *
     * @param holiday the holiday the day makes up for
     * @param date a Saturday or Sunday
     * @return this builder
     */
    public Builder addMakeUpWorkingDay(Holiday holiday, LocalDate date) {
      requireNonNull(holiday, "holiday");
      requireNonNull(date, "date");
      DayOfWeek dayOfWeek = date.getDayOfWeek();
      if (dayOfWeek != DayOfWeek.SATURDAY && dayOfWeek != DayOfWeek.SUNDAY) {
        problems.add(
            "make-up working day "
                + date
                + " for "
                + holiday.label()
                + " is a "
                + dayOfWeek
                + "; only a Saturday or Sunday can be made a working day (CAL-1)");
        return this;
      }
      put(date, new Entry(DayKind.MAKE_UP_WORKING_DAY, holiday));
      return this;
    }

    /**
     * Adds a run of days on which the agencies of a region close (地方放假), such as a festival of an
     * ethnic autonomous region. Such days are rest days on this calendar (CAL-9).
     *
     * @param closure a regional holiday, see {@link Holiday#regional}
     * @param first the first day closed
     * @param last the last day closed, inclusive
     * @return this builder
     */
    public Builder addRegionalClosure(Holiday closure, LocalDate first, LocalDate last) {
      requireNonNull(closure, "closure");
      requireNonNull(first, "first");
      requireNonNull(last, "last");
      if (closure.scope() != Holiday.Scope.REGIONAL) {
        problems.add(
            closure.label() + " is a national holiday; add it with addHolidays");
        return this;
      }
      return addRun(DayKind.REGIONAL_CLOSURE, closure, first, last);
    }

    /**
     * Extends the calendar with a provisional estimate (CAL-9) for every year after the last
     * official year up to and including {@code year}: weekends plus the statutory holidays of the
     * holiday law in force that year (CAL-3, the 2025 amendment respected, lunar festivals and
     * Qingming from an embedded table), and no make-up working days. Every answer that touches an
     * estimated day is flagged provisional.
     *
     * <p>The estimate deliberately adds nothing the law does not fix by date: the yearly notice
     * usually also moves rest days next to weekends and adds make-up working days, which is why the
     * results are only provisional.
     *
     * @param year the last estimated year
     * @return this builder
     */
    public Builder estimateThrough(int year) {
      estimateThrough = year;
      return this;
    }

    private Builder addRun(DayKind kind, Holiday holiday, LocalDate first, LocalDate last) {
      if (last.isBefore(first)) {
        problems.add(
            holiday.label() + " run " + first + ".." + last + " ends before it starts");
        return this;
      }
      for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
        put(date, new Entry(kind, holiday));
      }
      return this;
    }

    private void put(LocalDate date, Entry entry) {
      Entry previous = entries.get(date);
      if (previous == null) {
        entries.put(date, entry);
      } else if (!previous.sameAs(entry)) {
        problems.add(
            date + " is given twice: as " + previous + " and as " + entry + "; keep one of them");
      }
    }

    /**
     * Builds the calendar, checking the whole schedule.
     *
     * @return the calendar
     * @throws InvalidScheduleException listing every problem: no year declared, years with gaps,
     *     dates outside the declared years, a date given two meanings, a make-up working day on a
     *     weekday, an estimate that is not after the official years or beyond the lunar table, a
     *     span longer than the calendar can hold
     */
    public WorkingDayCalendar build() {
      List<String> found = new ArrayList<>(problems);
      if (declaredYears.isEmpty()) {
        found.add("no official year declared; call addOfficialYear for each notice");
        throw new InvalidScheduleException(found);
      }
      boolean[] seen = new boolean[lastYear - firstYear + 1];
      for (int year : declaredYears) {
        seen[year - firstYear] = true;
      }
      for (int year = firstYear; year <= lastYear; year++) {
        if (!seen[year - firstYear]) {
          found.add(
              "official years "
                  + firstYear
                  + ".."
                  + lastYear
                  + " miss "
                  + year
                  + "; official years must form one unbroken run");
        }
      }
      int through = lastYear;
      if (estimateThrough != null) {
        through = estimateThrough;
        ProvisionalSchedule.check(lastYear, estimateThrough, found);
      }
      LocalDate start = LocalDate.of(firstYear, 1, 1);
      LocalDate end = LocalDate.of(lastYear, 12, 31);
      long length = LocalDate.of(through, 12, 31).toEpochDay() - start.toEpochDay() + 1;
      if (length > MAX_DAYS) {
        found.add(
            "the calendar would span "
                + firstYear
                + ".."
                + through
                + ", "
                + length
                + " days; a calendar holds at most "
                + MAX_DAYS
                + " days (about 179 years)");
      }
      for (Map.Entry<LocalDate, Entry> entry : entries.entrySet()) {
        LocalDate date = entry.getKey();
        if (date.isBefore(start) || date.isAfter(end)) {
          found.add(
              date
                  + " ("
                  + entry.getValue()
                  + ") is outside the official years "
                  + firstYear
                  + ".."
                  + lastYear
                  + "; declare its year with addOfficialYear");
        }
      }
      if (!found.isEmpty()) {
        throw new InvalidScheduleException(found);
      }

      List<Holiday> table = new ArrayList<>();
      Map<Holiday, Integer> positions = new LinkedHashMap<>();
      char[] codes = new char[(int) length];
      int firstDayOfWeek = start.getDayOfWeek().ordinal(); // Monday = 0
      for (int i = 0; i < codes.length; i++) {
        boolean weekend = (firstDayOfWeek + i) % 7 >= DayOfWeek.SATURDAY.ordinal();
        codes[i] = (char) (weekend ? DayKind.WEEKEND : DayKind.WORKING_DAY).ordinal();
      }
      for (Map.Entry<LocalDate, Entry> entry : entries.entrySet()) {
        int index = (int) (entry.getKey().toEpochDay() - start.toEpochDay());
        codes[index] = code(entry.getValue().kind, entry.getValue().holiday, 0, table, positions);
      }
      if (through > lastYear) {
        int firstEstimated = (int) (LocalDate.of(lastYear + 1, 1, 1).toEpochDay() - start.toEpochDay());
        for (int i = firstEstimated; i < codes.length; i++) {
          codes[i] |= PROVISIONAL_BIT;
        }
        for (int year = lastYear + 1; year <= through; year++) {
          for (Map.Entry<LocalDate, Holiday> day : ProvisionalSchedule.statutoryDays(year).entrySet()) {
            int index = (int) (day.getKey().toEpochDay() - start.toEpochDay());
            codes[index] =
                code(DayKind.STATUTORY_HOLIDAY, day.getValue(), PROVISIONAL_BIT, table, positions);
          }
        }
      }
      if (table.size() > MAX_HOLIDAYS) {
        throw new InvalidScheduleException(
            List.of(
                table.size()
                    + " distinct holidays; a calendar holds at most "
                    + MAX_HOLIDAYS));
      }
      return new WorkingDayCalendar(firstYear, lastYear, through, codes, table);
    }

    private static char code(
        DayKind kind,
        Holiday holiday,
        int provisional,
        List<Holiday> table,
        Map<Holiday, Integer> positions) {
      Integer position = positions.get(holiday);
      if (position == null) {
        position = table.size();
        table.add(holiday);
        positions.put(holiday, position);
      }
      return (char) (kind.ordinal() | provisional | (position + 1) << HOLIDAY_SHIFT);
    }

    /** Returns a summary of what the builder holds so far. */
    @Override
    public String toString() {
      return "WorkingDayCalendar.Builder[years "
          + (declaredYears.isEmpty() ? "none" : firstYear + ".." + lastYear)
          + ", "
          + entries.size()
          + " dated entries"
          + (estimateThrough == null ? "" : ", estimate through " + estimateThrough)
          + "]";
    }
  }
}
