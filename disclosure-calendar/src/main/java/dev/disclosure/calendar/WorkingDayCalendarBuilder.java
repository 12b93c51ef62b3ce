package dev.disclosure.calendar;

import static dev.disclosure.calendar.DayTable.MAX_HOLIDAYS;
import static dev.disclosure.calendar.DayTable.PROVISIONAL_BIT;
import static java.util.Objects.requireNonNull;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds a {@link WorkingDayCalendar} from official notices (放假安排通知), regional closures and,
 * optionally, a provisional estimate for later years. Obtained from {@link
 * WorkingDayCalendar#builder()} (from scratch) or {@link WorkingDayCalendar#toBuilder()} (to extend
 * a calendar, e.g. the official one with a newly announced year).
 *
 * <p>Not thread-safe. {@link #build()} checks everything at once and reports every problem in one
 * {@link InvalidScheduleException}; the builder itself never throws for bad dates, so all problems
 * can be seen together.
 */
public final class WorkingDayCalendarBuilder {

  private int firstYear = Integer.MAX_VALUE;
  private int lastYear = Integer.MIN_VALUE;
  private final List<Integer> declaredYears = new ArrayList<>();
  private Integer estimateThrough;
  private final TreeMap<LocalDate, Entry> entries = new TreeMap<>();
  private final List<String> problems = new ArrayList<>();

  WorkingDayCalendarBuilder() {}

  /**
   * Declares that the official notice of a year is part of the calendar: its dates are covered,
   * with weekends as rest days unless holidays or make-up working days say otherwise. Years must
   * form one unbroken run.
   *
   * @param year the notice's year, e.g. 2027
   * @return this builder
   * @throws InvalidScheduleException at once if the year is outside 1949..2100 (see {@link
   *     #FIRST_SUPPORTED_YEAR})
   */
  public WorkingDayCalendarBuilder addOfficialYear(int year) {
    requireSupported(year, "addOfficialYear");
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
   * @throws InvalidScheduleException at once if either year is outside 1949..2100
   */
  public WorkingDayCalendarBuilder addOfficialYears(int first, int last) {
    requireSupported(first, "addOfficialYears");
    requireSupported(last, "addOfficialYears");
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
   * @throws InvalidScheduleException at once if a date is outside the years 1949..2100
   */
  public WorkingDayCalendarBuilder addHolidays(Holiday holiday, LocalDate first, LocalDate last) {
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
  public WorkingDayCalendarBuilder addMakeUpWorkingDay(Holiday holiday, LocalDate date) {
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
   * Adds a State Council holiday notice read from its text (CAL-11), so that its year's answers are
   * official: {@code ChinaCalendars.official().toBuilder().addNotice(HolidayNotice.parse(text))}.
   *
   * <ul>
   *   <li>{@link HolidayNotice.Kind#ANNUAL}: declares the notice's year official (as {@link
   *       #addOfficialYear(int)}) and adds its days off and make-up working days. A provisional
   *       estimate the builder holds then starts after that year; an estimate that reached no
   *       further than the year is dropped, the year being official now.
   *   <li>{@link HolidayNotice.Kind#ONE_OFF}: adds its days to a year already declared.
   *   <li>{@link HolidayNotice.Kind#REVISION}: first removes the days the builder holds for the
   *       revised holiday within two months of the new days (days off and make-up working days:
   *       a holiday recurs only once a year, so these are its earlier arrangement), then adds the
   *       new ones.
   *   <li>{@link HolidayNotice.Kind#EXTENSION}: the days after the extended holiday's last day off
   *       through {@link HolidayNotice#extendedThrough()} become days off of an extension holiday
   *       named after it (for 2020, {@link Holiday#SPRING_FESTIVAL_2020_EXTENSION}); make-up
   *       working days of the holiday among them are cancelled. The extended holiday must already
   *       be in the builder (add the year's notice first), else {@link #build()} reports it.
   * </ul>
   *
   * <p>A day the notice gives another meaning than the builder already holds is reported by {@link
   * #build()}, as for {@link #addHolidays}; adding the same notice twice changes nothing. A yearly
   * notice for a year already official (for example 2025 on {@code official()}) adds nothing: it
   * must agree with the year on every day it arranges and every day of the holidays it names, or
   * {@link #build()} reports the days that differ.
   *
   * @param notice a parsed notice
   * @return this builder
   * @throws InvalidScheduleException at once if the notice's year is outside 1949..2100
   */
  public WorkingDayCalendarBuilder addNotice(HolidayNotice notice) {
    requireNonNull(notice, "notice");
    requireSupported(notice.year(), "addNotice");
    switch (notice.kind()) {
      case ANNUAL -> {
        if (declaredYears.contains(notice.year())) {
          requireSameYear(notice);
          return this;
        }
        addOfficialYear(notice.year());
        if (estimateThrough != null && estimateThrough <= notice.year()) {
          estimateThrough = null;
        }
      }
      case REVISION -> {
        Holiday revised = notice.amends().orElseThrow();
        LocalDate from = notice.daysOff().firstKey().minusMonths(2);
        LocalDate to = notice.daysOff().lastKey().plusMonths(2);
        entries.subMap(from, true, to, true).values().removeIf(e -> e.holiday.equals(revised));
      }
      case EXTENSION -> extend(notice);
      case ONE_OFF -> { }
    }
    notice.daysOff().forEach((date, holiday) -> put(date, new Entry(DayKind.STATUTORY_HOLIDAY, holiday)));
    notice.makeUpWorkingDays()
        .forEach((date, holiday) -> put(date, new Entry(DayKind.MAKE_UP_WORKING_DAY, holiday)));
    return this;
  }

  /**
   * A yearly notice for a year the builder already holds as official must say what the builder
   * says for every day the notice arranges and for every day of the holidays it names within a
   * month of the notice's days of that holiday (a holiday recurs once a year); a yearly notice
   * never amends a year (a revision notice does), so any difference is reported by {@link #build()}
   * and nothing of the notice is added.
   */
  private void requireSameYear(HolidayNotice notice) {
    TreeMap<LocalDate, Entry> said = new TreeMap<>();
    notice.daysOff()
        .forEach((date, holiday) -> said.put(date, new Entry(DayKind.STATUTORY_HOLIDAY, holiday)));
    notice.makeUpWorkingDays()
        .forEach((date, holiday) -> said.put(date, new Entry(DayKind.MAKE_UP_WORKING_DAY, holiday)));
    Map<Holiday, LocalDate[]> spans = new HashMap<>();
    said.forEach(
        (date, entry) ->
            spans.merge(
                entry.holiday,
                new LocalDate[] {date, date},
                (a, b) -> new LocalDate[] {a[0], b[1]}));
    List<String> differences = new ArrayList<>();
    said.forEach(
        (date, entry) -> {
          Entry held = entries.get(date);
          if (held == null || !held.sameAs(entry)) {
            differences.add(
                date + " (notice: " + entry + "; calendar: " + (held == null ? "a plain day" : held) + ")");
          }
        });
    spans.forEach(
        (holiday, span) ->
            entries
                .subMap(span[0].minusMonths(1), true, span[1].plusMonths(1), true)
                .forEach(
                    (date, held) -> {
                      if (held.holiday.equals(holiday) && !said.containsKey(date)) {
                        differences.add(date + " (notice: not named; calendar: " + held + ")");
                      }
                    }));
    Collections.sort(differences);
    if (!differences.isEmpty()) {
      problems.add(
          notice.title()
              + ": "
              + notice.year()
              + " is already official and the notice disagrees with it on "
              + differences.size()
              + (differences.size() == 1 ? " day: " : " days: ")
              + String.join(", ", differences.subList(0, Math.min(5, differences.size())))
              + (differences.size() > 5 ? ", …" : "")
              + "; a yearly notice adds a year not yet official (a revision notice changes one)");
    }
  }

  private void extend(HolidayNotice notice) {
    Holiday extended = notice.amends().orElseThrow();
    LocalDate through = notice.extendedThrough().orElseThrow();
    LocalDate last = null;
    for (Map.Entry<LocalDate, Entry> entry :
        entries.subMap(through.minusMonths(2), true, through, true).entrySet()) {
      if (entry.getValue().kind == DayKind.STATUTORY_HOLIDAY
          && entry.getValue().holiday.equals(extended)) {
        last = entry.getKey();
      }
    }
    if (last == null || !last.isBefore(through)) {
      problems.add(
          notice.title()
              + " extends "
              + extended.label()
              + " through "
              + through
              + (last == null
                  ? ", but the builder holds no day of that holiday in the two months before; add the"
                      + " year's notice first"
                  : ", but that holiday already runs to " + last));
      return;
    }
    Holiday extension =
        Holiday.national(
            extended.label() + "假期延长",
            notice.year() + " " + extended.englishName() + " holiday extension");
    for (LocalDate date = last.plusDays(1); !date.isAfter(through); date = date.plusDays(1)) {
      Entry previous = entries.get(date);
      if (previous != null
          && previous.kind == DayKind.MAKE_UP_WORKING_DAY
          && previous.holiday.equals(extended)) {
        entries.remove(date);
      }
      put(date, new Entry(DayKind.STATUTORY_HOLIDAY, extension));
    }
  }

  /**
   * Adds a run of days on which the agencies of a region close (地方放假), such as a festival of an
   * ethnic autonomous region. Such days are rest days on this calendar (CAL-9).
   *
   * @param closure a regional holiday, see {@link Holiday#regional}
   * @param first the first day closed
   * @param last the last day closed, inclusive
   * @return this builder
   * @throws InvalidScheduleException at once if a date is outside the years 1949..2100
   */
  public WorkingDayCalendarBuilder addRegionalClosure(
      Holiday closure, LocalDate first, LocalDate last) {
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
   * Qingming from an embedded table) with the days in lieu (补假) that its 第六条 requires for a
   * holiday on a Saturday, a Sunday or another holiday, each on the first working day after that
   * holiday (CAL-10), and no make-up working days. Every answer that touches an
   * estimated day is flagged provisional.
   *
   * <p>The estimate deliberately adds nothing the law does not fix by date: the yearly notice
   * usually also moves rest days next to weekends and adds make-up working days, which is why the
   * results are only provisional.
   *
   * @param year the last estimated year
   * @return this builder
   * @throws InvalidScheduleException at once if the year is outside 1949..2100 (see {@link
   *     #addOfficialYear}); whether it lies after the official years is checked by {@link #build()}
   */
  public WorkingDayCalendarBuilder estimateThrough(int year) {
    if (year > LunarTable.lastYear()) {
      throw new InvalidScheduleException(
          List.of(
              "estimateThrough("
                  + year
                  + ") is beyond the embedded lunar table, which ends in "
                  + LunarTable.lastYear()));
    }
    requireSupported(year, "estimateThrough");
    estimateThrough = year;
    return this;
  }

  /**
   * The years a calendar may hold: from 1949, the year the holiday measures (《全国年节及纪念日放假办法》,
   * 1949-12-23) were first issued, to the last year of the embedded lunar table, beyond which no
   * lunar festival can be placed; about 55,000 days, within what a calendar's packed day table
   * holds.
   */
  static final int FIRST_SUPPORTED_YEAR = 1949;

  private static void requireSupported(int year, String method) {
    if (year < FIRST_SUPPORTED_YEAR || year > LunarTable.lastYear()) {
      throw new InvalidScheduleException(
          List.of(
              method
                  + "("
                  + year
                  + "): a calendar holds the years "
                  + FIRST_SUPPORTED_YEAR
                  + ".."
                  + LunarTable.lastYear()
                  + " (the holiday measures date from 1949; the lunar table ends in "
                  + LunarTable.lastYear()
                  + ")"));
    }
  }

  private WorkingDayCalendarBuilder addRun(
      DayKind kind, Holiday holiday, LocalDate first, LocalDate last) {
    requireSupported(first.getYear(), holiday.label() + " run from");
    requireSupported(last.getYear(), holiday.label() + " run to");
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

  /** Records a day of a calendar being turned back into a builder by {@code toBuilder()}. */
  void restore(LocalDate date, DayKind kind, Holiday holiday) {
    entries.put(date, new Entry(kind, holiday));
  }

  /**
   * Builds the calendar, checking the whole schedule.
   *
   * @return the calendar
   * @throws InvalidScheduleException listing every problem: no year declared, years with gaps,
   *     dates outside the declared years, a date given two meanings, a make-up working day on a
   *     weekday, an estimate that is not after the official years or that starts before the
   *     holiday law it follows (an estimate beyond the lunar table is refused at once by {@link
   *     #estimateThrough})
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
    // the supported years 1949..2100 span 55,517 days, within the table's MAX_DAYS (65,535)
    long length = LocalDate.of(through, 12, 31).toEpochDay() - start.toEpochDay() + 1;
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
      codes[index] =
          DayTable.code(entry.getValue().kind, entry.getValue().holiday, 0, table, positions);
    }
    if (through > lastYear) {
      int firstEstimated =
          (int) (LocalDate.of(lastYear + 1, 1, 1).toEpochDay() - start.toEpochDay());
      for (int i = firstEstimated; i < codes.length; i++) {
        codes[i] |= PROVISIONAL_BIT;
      }
      for (int year = lastYear + 1; year <= through; year++) {
        for (Map.Entry<LocalDate, Holiday> day :
            ProvisionalSchedule.daysOff(year).entrySet()) {
          int index = (int) (day.getKey().toEpochDay() - start.toEpochDay());
          codes[index] =
              DayTable.code(
                  DayKind.STATUTORY_HOLIDAY, day.getValue(), PROVISIONAL_BIT, table, positions);
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
    return new WorkingDayCalendar(new DayTable(firstYear, lastYear, through, codes, table));
  }

  /** Returns a summary of what the builder holds so far. */
  @Override
  public String toString() {
    return "WorkingDayCalendarBuilder[years "
        + (declaredYears.isEmpty() ? "none" : firstYear + ".." + lastYear)
        + ", "
        + entries.size()
        + " dated entries"
        + (estimateThrough == null ? "" : ", estimate through " + estimateThrough)
        + "]";
  }

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
}
