package dev.disclosure.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.threeten.extra.LocalDateRange;

/**
 * A seeded fuzz over the calendar's public entry points with hostile values (extreme years and
 * counts, dates on every edge of the data): each call answers, and then as the day-by-day oracle
 * does, or throws one of the calendar's documented exceptions with a message, promptly.
 */
@Timeout(value = 50, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class CalendarFuzzTest {

  private static final long SEED = 20261130L;
  /** A generous bound per call: a hang or a runaway allocation takes far longer. */
  private static final long CALL_NANOS = TimeUnit.SECONDS.toNanos(5);

  private static final WorkingDayCalendar OFFICIAL = ChinaCalendars.official();
  private static final WorkingDayCalendar ESTIMATE = ChinaCalendars.officialWithEstimateThrough(2040);
  private static final NaiveCalendar NAIVE = new NaiveCalendar(OFFICIAL);
  private static final LocalDateRange COVERED = OFFICIAL.coveredRange();
  private static final LocalDateRange WITH_ESTIMATE =
      LocalDateRange.ofClosed(COVERED.getStart(), LocalDate.of(2040, 12, 31));

  private static final List<Class<? extends RuntimeException>> DOCUMENTED =
      List.of(
          OutsideCalendarDataException.class,
          IllegalPeriodException.class,
          InvalidScheduleException.class);

  private static final List<Integer> HOSTILE_INTS =
      List.of(Integer.MIN_VALUE, Integer.MIN_VALUE + 1, -2, -1, 0, 1, 2, 5, 15, 20, 21, 366,
          4_000, 5_000, 10_000, 65_535, 65_536, Integer.MAX_VALUE - 20, Integer.MAX_VALUE - 1,
          Integer.MAX_VALUE);

  private static final List<LocalDate> HOSTILE_DATES =
      List.of(LocalDate.MIN, LocalDate.MAX, LocalDate.of(-357_911_934, 1, 1),
          LocalDate.of(357_915_949, 1, 1), LocalDate.of(1948, 12, 31), LocalDate.of(1949, 1, 1),
          LocalDate.of(2006, 12, 31), LocalDate.of(2007, 1, 1), LocalDate.of(2007, 1, 5),
          LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 1), LocalDate.of(2040, 12, 31),
          LocalDate.of(2041, 1, 1), LocalDate.of(2100, 12, 31), LocalDate.of(2101, 1, 1));

  private static Gen<Integer> ints() {
    return Generate.pick(HOSTILE_INTS)
        .mix(integers().between(0, 60), 50)
        .mix(integers().all(), 20);
  }

  private static Gen<LocalDate> dates() {
    Gen<LocalDate> inside =
        integers().between(0, 7304).map(d -> COVERED.getStart().plusDays(d));
    Gen<LocalDate> anywhere =
        longs().between(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay()).map(LocalDate::ofEpochDay);
    return Generate.pick(HOSTILE_DATES).mix(inside, 60).mix(anywhere, 15);
  }

  /** Calls an entry point: its answer, or empty after a documented exception with a message. */
  static <T> Optional<T> call(String what, Callable<T> entry) {
    long start = System.nanoTime();
    try {
      T answer = entry.call();
      return Optional.of(answer);
    } catch (RuntimeException e) {
      if (DOCUMENTED.stream().noneMatch(type -> type.isInstance(e))) {
        throw new AssertionError(what + " threw an undocumented " + e, e);
      }
      assertThat(e.getMessage()).as("%s: message of %s", what, e.getClass()).isNotBlank();
      return Optional.empty();
    } catch (Exception e) {
      throw new AssertionError(what + " threw a checked " + e, e);
    } finally {
      long took = System.nanoTime() - start;
      if (took > CALL_NANOS) {
        fail("%s took %d ms", what, TimeUnit.NANOSECONDS.toMillis(took));
      }
    }
  }

  @Test
  @DisplayName("CAL-1/CAL-4/CAL-9: plain queries answer as the oracle inside the data and throw outside it")
  void plainQueries() {
    qt().withFixedSeed(SEED)
        .withExamples(4000)
        .forAll(dates(), dates(), ints())
        .checkAssert(
            (a, b, n) -> {
              Optional<Boolean> working = call("isWorkingDay(" + a + ")", () -> OFFICIAL.isWorkingDay(a));
              assertThat(working.isPresent()).as("isWorkingDay(%s) answered", a).isEqualTo(COVERED.contains(a));
              working.ifPresent(w -> assertThat(w).isEqualTo(NAIVE.isWorkingDay(a)));

              Optional<CalendarDay> day = call("dayOf(" + a + ")", () -> ESTIMATE.dayOf(a));
              assertThat(day.isPresent()).as("dayOf(%s) answered", a).isEqualTo(WITH_ESTIMATE.contains(a));
              day.ifPresent(d -> assertThat(d.isProvisional()).isEqualTo(!COVERED.contains(a)));

              call("plusWorkingDays(" + a + ", " + n + ")", () -> OFFICIAL.plusWorkingDays(a, n))
                  .ifPresent(due -> {
                    assertThat(COVERED.contains(due)).isTrue();
                    if (n <= 400) {
                      assertThat(due).isEqualTo(NAIVE.plusWorkingDays(a, n));
                    }
                  });
              call("minusWorkingDays(" + a + ", " + n + ")", () -> OFFICIAL.minusWorkingDays(a, n))
                  .ifPresent(due -> {
                    assertThat(COVERED.contains(due)).isTrue();
                    if (n <= 400) {
                      assertThat(due).isEqualTo(NAIVE.minusWorkingDays(a, n));
                    }
                  });
              if (COVERED.contains(a) && n >= 0 && n <= 60 && !a.isAfter(LocalDate.of(2026, 9, 1))) {
                assertThat(call("plus inside", () -> OFFICIAL.plusWorkingDays(a, n))).isPresent();
              }
              call("nextWorkingDay(" + a + ")", () -> OFFICIAL.nextWorkingDay(a));
              call("previousWorkingDay(" + a + ")", () -> OFFICIAL.previousWorkingDay(a));

              call("workingDaysBetween(" + a + ", " + b + ")", () -> OFFICIAL.workingDaysBetween(a, b))
                  .ifPresent(count -> {
                    assertThat(count).isNotNegative();
                    if (b.toEpochDay() - a.toEpochDay() <= 400) {
                      assertThat(count).isEqualTo(NAIVE.workingDaysBetween(a, b));
                    }
                  });
              // threeten-extra's own limits near LocalDate.MIN and MAX are not the calendar's
              if (!b.isBefore(a) && a.isAfter(LocalDate.MIN.plusDays(2)) && b.isBefore(LocalDate.MAX)) {
                LocalDateRange range = LocalDateRange.ofClosed(a, b);
                call("workingDays(" + a + ".." + b + ")", () -> OFFICIAL.workingDays(range).count())
                    .ifPresent(count -> assertThat(count)
                        .isEqualTo(COVERED.getStart().equals(a)
                            ? OFFICIAL.workingDaysBetween(a, b) + (OFFICIAL.isWorkingDay(a) ? 1L : 0L)
                            : OFFICIAL.workingDaysBetween(a.minusDays(1), b)));
              }
            });
  }

  @Test
  @DisplayName("CAL-4/CAL-5/CAL-7/CAL-8/CAL-9/REQ-6: deadlines with hostile facts answer as the oracle or throw typed")
  void deadlines() {
    qt().withFixedSeed(SEED)
        .withExamples(1500)
        .forAll(dates(), dates(), ints(), ints())
        .checkAssert(
            (a, b, n, m) -> {
              for (WorkingDayCalendar calendar : List.of(OFFICIAL, ESTIMATE)) {
                for (boolean working : new boolean[] {true, false}) {
                  Optional<LegalPeriod> period =
                      call("period " + n, () -> working ? LegalPeriod.ofWorkingDays(n) : LegalPeriod.ofDays(n));
                  assertThat(period.isPresent()).isEqualTo(n >= 0);
                  if (period.isEmpty()) {
                    continue;
                  }
                  for (LegalPeriod p : List.of(period.get(), period.get().countedBackwards())) {
                    Optional<LocalDate> plain =
                        call("dueDate(" + p + ", " + a + ")", () -> calendar.dueDate(p, a));
                    Optional<Deadline> full = call("deadline(" + p + ", " + a + ")",
                        () -> calendar.deadline(p, a));
                    Optional<LocalDate> fullDue = full.flatMap(x -> call("dueDate " + x, x::dueDate));
                    // the plain query answers as the deadline does, but never from the estimate
                    assertThat(plain)
                        .isEqualTo(fullDue.isPresent() && full.get().isProvisional()
                            ? Optional.empty() : fullDue);
                  }
                  Optional<Deadline> deadline =
                      call("deadline(" + n + ", " + a + ")", () -> calendar.deadline(period.get(), a));
                  if (deadline.isEmpty()) {
                    continue;
                  }
                  Deadline d = deadline.get();
                  Optional<LocalDate> due = call("dueDate " + d, d::dueDate);
                  if (due.isPresent() && working && calendar == OFFICIAL && n <= 400) {
                    assertThat(due.get()).isEqualTo(NAIVE.due(a, n, PeriodUnit.WORKING_DAYS, List.of()));
                  }
                  if (due.isPresent()) {
                    call("explain " + d, () -> d.explain(Language.ENGLISH));
                    call("latenessOn(" + b + ")", () -> d.latenessOn(b));
                  }
                  call("withPause(" + a + ".." + b + ")",
                      () -> d.withPause(Pause.of(a, b, "暂停", SamplePeriods.ART_33)).dueDate());
                  call("withRestart(" + b + ")",
                      () -> d.withRestart(b, "补正", SamplePeriods.ART_33).dueDate());
                  call("countedBackwards",
                      () -> calendar.deadline(period.get().countedBackwards(), a).dueDate());
                  Optional<LegalPeriod> extendable =
                      call("withExtensionUpTo(" + m + ")",
                          () -> period.get().withExtensionUpTo(m, SamplePeriods.REQ_6));
                  extendable.ifPresent(p -> {
                    Optional<Deadline> e = call("deadline", () -> calendar.deadline(p, a));
                    e.ifPresent(x -> {
                      call("withExtension(" + m + ", " + b + ")",
                          () -> x.withExtension(Extension.of(m, b, "延长")).dueDate());
                      call("two extensions",
                          () -> x.withExtension(Extension.of(1, b, "延长"))
                              .withExtension(Extension.of(m, b, "再延长"))
                              .dueDate());
                    });
                  });
                }
              }
            });
  }

  @Test
  @DisplayName("CAL-9/CAL-11: hostile years for the builder and the estimate are refused at once, typed")
  void builders() {
    qt().withFixedSeed(SEED)
        .withExamples(60)
        .forAll(Generate.pick(HOSTILE_INTS).mix(integers().between(1900, 2200), 50))
        .checkAssert(
            year -> {
              Optional<WorkingDayCalendar> estimate =
                  call("officialWithEstimateThrough(" + year + ")",
                      () -> ChinaCalendars.officialWithEstimateThrough(year));
              assertThat(estimate.isPresent()).isEqualTo(year > 2026 && year <= 2100);
              call("addOfficialYear(" + year + ")",
                  () -> WorkingDayCalendar.builder().addOfficialYear(year).build());
              call("addOfficialYears(" + year + ", 2010)",
                  () -> WorkingDayCalendar.builder().addOfficialYears(year, 2010).build());
            });
  }
}
