package dev.disclosure.benchmarks;

import com.nlf.calendar.Solar;
import com.opengamma.strata.basics.date.ImmutableHolidayCalendar;
import dev.disclosure.calendar.ChinaCalendars;
import dev.disclosure.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Working-day queries on the official 2007–2026 schedule, side by side: this library's {@link
 * WorkingDayCalendar}, OpenGamma Strata's {@link ImmutableHolidayCalendar} and a naive hash-set
 * calendar, both built from the library's own data, and lunar-java's {@link Solar}, which answers
 * from its own built-in holiday table.
 *
 * <p>Each operation reads its inputs from a pre-generated array of random dates (fixed seed) at a
 * cycling index, so that no implementation is measured on one hot date. The setup checks that Strata
 * and the naive calendar give exactly the library's answers on every input, and prints how often
 * lunar-java disagrees.
 *
 * <p>Strata counts business days in {@code [start, end)}, the library and the naive calendar in
 * {@code (start, end]}; the work is the same, the answers differ by at most one.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CalendarBenchmark {

  private static final int SIZE = 4096;
  private static final int MASK = SIZE - 1;
  private static final int SHIFT = 20;

  private WorkingDayCalendar library;
  private ImmutableHolidayCalendar strata;
  private NaiveCalendar naive;

  /** Any date of the covered range. */
  private LocalDate[] dates;
  /** Start dates whose 20th working day is still inside the covered range. */
  private LocalDate[] shiftStarts;
  private LocalDate[] yearStarts;
  private LocalDate[] yearEnds;
  private LocalDate[] decadeStarts;
  private LocalDate[] decadeEnds;
  private int cursor;

  /** Builds the calendars and inputs and checks that the peers agree with the library. */
  @Setup(Level.Trial)
  public void setUp() {
    library = ChinaCalendars.official();
    strata = SameData.strata(library);
    naive = SameData.naive(library);

    Random random = new Random(20070101L);
    dates = SameData.randomDates(random, SIZE, SameData.FIRST, SameData.LAST);
    shiftStarts =
        SameData.randomDates(random, SIZE, SameData.FIRST, LocalDate.of(2026, 10, 31));
    yearStarts = SameData.randomDates(random, SIZE, SameData.FIRST, LocalDate.of(2025, 12, 31));
    yearEnds = new LocalDate[SIZE];
    decadeStarts =
        SameData.randomDates(random, SIZE, SameData.FIRST, LocalDate.of(2016, 12, 31));
    decadeEnds = new LocalDate[SIZE];
    for (int i = 0; i < SIZE; i++) {
      yearEnds[i] = yearStarts[i].plusYears(1);
      decadeEnds[i] = decadeStarts[i].plusYears(10);
    }
    check();
  }

  private void check() {
    int lunarDays = 0;
    int days = 0;
    for (LocalDate date = SameData.FIRST; !date.isAfter(SameData.LAST); date = date.plusDays(1)) {
      boolean working = library.isWorkingDay(date);
      require(strata.isBusinessDay(date) == working, "Strata isBusinessDay", date);
      require(naive.isWorkingDay(date) == working, "naive isWorkingDay", date);
      if (SameData.lunarIsWorkingDay(date) != working) {
        lunarDays++;
      }
      days++;
    }
    int lunarShifts = 0;
    for (LocalDate start : shiftStarts) {
      LocalDate expected = library.plusWorkingDays(start, SHIFT);
      require(strata.shift(start, SHIFT).equals(expected), "Strata shift", start);
      require(naive.plusWorkingDays(start, SHIFT).equals(expected), "naive plus", start);
      Solar solar =
          Solar.fromYmd(start.getYear(), start.getMonthValue(), start.getDayOfMonth())
              .next(SHIFT, true);
      if (!LocalDate.of(solar.getYear(), solar.getMonth(), solar.getDay()).equals(expected)) {
        lunarShifts++;
      }
    }
    checkBetween(yearStarts, yearEnds);
    checkBetween(decadeStarts, decadeEnds);
    System.out.printf(
        "%nSame data: Strata and naive agree with the library on all %d dates and inputs;"
            + " lunar-java (own data) differs on %d of %d dates and %d of %d plus(20) starts.%n",
        days, lunarDays, days, lunarShifts, shiftStarts.length);
  }

  private void checkBetween(LocalDate[] starts, LocalDate[] ends) {
    for (int i = 0; i < starts.length; i++) {
      int expected = library.workingDaysBetween(starts[i], ends[i]);
      int halfOpen =
          strata.daysBetween(starts[i], ends[i])
              - (library.isWorkingDay(starts[i]) ? 1 : 0)
              + (library.isWorkingDay(ends[i]) ? 1 : 0);
      require(halfOpen == expected, "Strata daysBetween", starts[i]);
      require(
          naive.workingDaysBetween(starts[i], ends[i]) == expected, "naive between", starts[i]);
    }
  }

  private static void require(boolean ok, String what, LocalDate date) {
    if (!ok) {
      throw new IllegalStateException(what + " disagrees with the library at " + date);
    }
  }

  private int next() {
    return cursor++ & MASK;
  }

  // ---------------------------------------------------------------------------------------------
  // isWorkingDay

  /** The library's {@code isWorkingDay}. */
  @Benchmark
  public boolean isWorkingDayLibrary() {
    return library.isWorkingDay(dates[next()]);
  }

  /** Strata's {@code isBusinessDay}. */
  @Benchmark
  public boolean isWorkingDayStrata() {
    return strata.isBusinessDay(dates[next()]);
  }

  /** lunar-java's {@code HolidayUtil.getHoliday}, falling back to the day of the week. */
  @Benchmark
  public boolean isWorkingDayLunar() {
    return SameData.lunarIsWorkingDay(dates[next()]);
  }

  /** Two hash-set lookups at most. */
  @Benchmark
  public boolean isWorkingDayNaive() {
    return naive.isWorkingDay(dates[next()]);
  }

  // ---------------------------------------------------------------------------------------------
  // the 20th working day after a date

  /** The library's {@code plusWorkingDays(date, 20)}. */
  @Benchmark
  public LocalDate plus20Library() {
    return library.plusWorkingDays(shiftStarts[next()], SHIFT);
  }

  /** Strata's {@code shift(date, 20)}. */
  @Benchmark
  public LocalDate plus20Strata() {
    return strata.shift(shiftStarts[next()], SHIFT);
  }

  /** lunar-java's {@code Solar.fromYmd(y, m, d).next(20, true)}; returns its {@link Solar}. */
  @Benchmark
  public Solar plus20Lunar() {
    LocalDate start = shiftStarts[next()];
    return Solar.fromYmd(start.getYear(), start.getMonthValue(), start.getDayOfMonth())
        .next(SHIFT, true);
  }

  /** Steps day by day. */
  @Benchmark
  public LocalDate plus20Naive() {
    return naive.plusWorkingDays(shiftStarts[next()], SHIFT);
  }

  // ---------------------------------------------------------------------------------------------
  // working days between two dates a year apart

  /** The library's {@code workingDaysBetween} over one year. */
  @Benchmark
  public int between1yLibrary() {
    int i = next();
    return library.workingDaysBetween(yearStarts[i], yearEnds[i]);
  }

  /** Strata's {@code daysBetween} over one year. */
  @Benchmark
  public int between1yStrata() {
    int i = next();
    return strata.daysBetween(yearStarts[i], yearEnds[i]);
  }

  /** Steps day by day over one year. */
  @Benchmark
  public int between1yNaive() {
    int i = next();
    return naive.workingDaysBetween(yearStarts[i], yearEnds[i]);
  }

  // ---------------------------------------------------------------------------------------------
  // working days between two dates ten years apart

  /** The library's {@code workingDaysBetween} over ten years. */
  @Benchmark
  public int between10yLibrary() {
    int i = next();
    return library.workingDaysBetween(decadeStarts[i], decadeEnds[i]);
  }

  /** Strata's {@code daysBetween} over ten years. */
  @Benchmark
  public int between10yStrata() {
    int i = next();
    return strata.daysBetween(decadeStarts[i], decadeEnds[i]);
  }

  /** Steps day by day over ten years. */
  @Benchmark
  public int between10yNaive() {
    int i = next();
    return naive.workingDaysBetween(decadeStarts[i], decadeEnds[i]);
  }
}
