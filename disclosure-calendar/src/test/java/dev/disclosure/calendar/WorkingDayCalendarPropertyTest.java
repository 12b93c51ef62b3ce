package dev.disclosure.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.threeten.extra.LocalDateRange;

/**
 * Randomized cross-checks of the fast calendar against the day-by-day {@link NaiveCalendar}, and
 * the invariants of counting and deadlines. Seeds are fixed so every run checks the same cases.
 */
class WorkingDayCalendarPropertyTest {

  private static final long SEED = 20070101L;
  private static final WorkingDayCalendar OFFICIAL = ChinaCalendars.official();
  private static final NaiveCalendar NAIVE = new NaiveCalendar(OFFICIAL);
  private static final LocalDate FIRST = LocalDate.of(2007, 1, 1);
  /** Leaves room after a date for 60 working days plus pauses inside the data. */
  private static final int SAFE_DAYS = 7305 - 400;
  private static final Citation CITATION = SamplePeriods.ART_33;

  private static Gen<LocalDate> dates() {
    return integers().between(0, SAFE_DAYS - 1).map(FIRST::plusDays);
  }

  private static Gen<Integer> counts() {
    return integers().between(0, 60);
  }

  @Test
  @DisplayName("CAL-1/CAL-4: isWorkingDay, plus, minus and between equal the naive day-by-day oracle")
  void fastPathEqualsNaive() {
    qt().withFixedSeed(SEED)
        .withExamples(3000)
        .forAll(dates(), counts())
        .checkAssert(
            (date, n) -> {
              assertThat(OFFICIAL.isWorkingDay(date)).isEqualTo(NAIVE.isWorkingDay(date));
              assertThat(OFFICIAL.plusWorkingDays(date, n)).isEqualTo(NAIVE.plusWorkingDays(date, n));
              if (date.isAfter(FIRST.plusDays(120))) {
                assertThat(OFFICIAL.minusWorkingDays(date, n))
                    .isEqualTo(NAIVE.minusWorkingDays(date, n));
              }
            });
  }

  @Tag("slow")
  @Test
  @DisplayName("CAL-4: working days between any two dates, any span, equal the naive count")
  void betweenEqualsNaive() {
    qt().withFixedSeed(SEED)
        .withExamples(500)
        .forAll(dates(), integers().between(0, 7304))
        .checkAssert(
            (start, span) -> {
              LocalDate end = start.plusDays(span);
              if (end.isAfter(NAIVE.last())) {
                end = NAIVE.last();
              }
              assertThat(OFFICIAL.workingDaysBetween(start, end))
                  .isEqualTo(NAIVE.workingDaysBetween(start, end));
              assertThat(OFFICIAL.workingDays(LocalDateRange.ofClosed(start, end)).count())
                  .isEqualTo(NAIVE.workingDaysBetween(start.minusDays(1), end));
            });
  }

  @Test
  @DisplayName("CAL-4: plusWorkingDays and workingDaysBetween are inverses")
  void plusAndBetweenAreInverses() {
    qt().withFixedSeed(SEED)
        .withExamples(3000)
        .forAll(dates(), counts())
        .checkAssert(
            (date, n) -> {
              LocalDate due = OFFICIAL.plusWorkingDays(date, n);
              assertThat(OFFICIAL.workingDaysBetween(date, due)).isEqualTo(n);
              if (n > 0) {
                assertThat(OFFICIAL.isWorkingDay(due)).isTrue();
                assertThat(OFFICIAL.minusWorkingDays(due, n)).isBeforeOrEqualTo(date);
                assertThat(OFFICIAL.workingDaysBetween(date, due.minusDays(1))).isEqualTo(n - 1);
              }
            });
  }

  @Test
  @DisplayName("CAL-4: deadlines are monotone in N")
  void monotoneInN() {
    qt().withFixedSeed(SEED)
        .withExamples(2000)
        .forAll(dates(), counts(), integers().between(0, 30))
        .checkAssert(
            (date, n, more) ->
                assertThat(OFFICIAL.plusWorkingDays(date, n + more))
                    .isAfterOrEqualTo(OFFICIAL.plusWorkingDays(date, n)));
  }

  private static Gen<List<Pause>> pauses(int maxPauses) {
    Gen<Pause> pause =
        integers()
            .between(-10, 80)
            .zip(
                integers().between(0, 40),
                (offset, length) ->
                    Pause.of(
                        LocalDate.of(2000, 1, 1).plusDays(offset),
                        LocalDate.of(2000, 1, 1).plusDays(offset + length),
                        "征求意见",
                        CITATION));
    return integers()
        .between(0, maxPauses)
        .flatMap(
            size ->
                random -> {
                  List<Pause> list = new ArrayList<>();
                  for (int i = 0; i < size; i++) {
                    list.add(pause.generate(random));
                  }
                  return list;
                });
  }

  /** Shifts the generated pauses (anchored at 2000-01-01) so they sit around a start date. */
  private static List<Pause> around(LocalDate start, List<Pause> pauses) {
    long shift = start.toEpochDay() - LocalDate.of(2000, 1, 1).toEpochDay();
    List<Pause> shifted = new ArrayList<>();
    for (Pause pause : pauses) {
      shifted.add(
          Pause.of(pause.start().plusDays(shift), pause.end().plusDays(shift), pause.reason(), CITATION));
    }
    return shifted;
  }

  @Test
  @DisplayName("CAL-7: deadlines with several overlapping pauses equal the naive day-by-day count")
  void pausedDeadlineEqualsNaive() {
    qt().withFixedSeed(SEED)
        .withExamples(1500)
        .forAll(dates(), counts(), pauses(4), integers().between(0, 1))
        .checkAssert(
            (start, n, generated, unitIndex) -> {
              PeriodUnit unit = PeriodUnit.values()[unitIndex];
              LegalPeriod period =
                  unit == PeriodUnit.WORKING_DAYS ? LegalPeriod.ofWorkingDays(n) : LegalPeriod.ofDays(n);
              List<Pause> pauses = around(start, generated);
              Deadline deadline = OFFICIAL.deadline(period, start);
              for (Pause pause : pauses) {
                deadline = deadline.withPause(pause);
              }
              assertThat(deadline.dueDate()).isEqualTo(NAIVE.due(start, n, unit, pauses));
            });
  }

  @Tag("slow")
  @Test
  @DisplayName("CAL-7: a pause never shortens a deadline; each step's due date never goes back")
  void pausesNeverShorten() {
    qt().withFixedSeed(SEED)
        .withExamples(1500)
        .forAll(dates(), counts(), pauses(4))
        .checkAssert(
            (start, n, generated) -> {
              Deadline deadline = OFFICIAL.deadline(LegalPeriod.ofWorkingDays(n), start);
              LocalDate previous = deadline.dueDate();
              for (Pause pause : around(start, generated)) {
                deadline = deadline.withPause(pause);
                assertThat(deadline.dueDate()).isAfterOrEqualTo(previous);
                previous = deadline.dueDate();
              }
              assertThat(deadline.dueDate()).isAfterOrEqualTo(start);
            });
  }

  @Tag("slow")
  @Test
  @DisplayName("REQ-6: extensions never shorten a deadline and never exceed the bound")
  void extensionsBounded() {
    qt().withFixedSeed(SEED)
        .withExamples(1000)
        .forAll(dates(), integers().between(1, 25), integers().between(1, 25))
        .checkAssert(
            (start, first, second) -> {
              Deadline deadline = OFFICIAL.deadline(SamplePeriods.REPLY_2019, start);
              Deadline once;
              try {
                once = deadline.withExtension(Extension.of(first, deadline.dueDate(), "延长"));
              } catch (IllegalPeriodException refused) {
                assertThat(first).isGreaterThan(20);
                return;
              }
              assertThat(once.dueDate()).isEqualTo(OFFICIAL.plusWorkingDays(deadline.dueDate(), first));
              Extension again = Extension.of(second, once.dueDate(), "再延长");
              if (second > 20) {
                assertThatThrownBy(() -> once.withExtension(again))
                    .isInstanceOfSatisfying(
                        IllegalPeriodException.class,
                        refused -> assertThat(refused.rule()).isEqualTo(SamplePeriods.REQ_6));
                return;
              }
              Deadline twice = once.withExtension(again);
              if (first + second <= 20) {
                assertThat(twice.breaches()).isEmpty();
                assertThat(once.breachOf(again)).isEmpty();
                assertThat(twice.extensionInForce()).isEqualTo((long) first + second);
                assertThat(OFFICIAL.workingDaysBetween(start, twice.dueDate())).isEqualTo(20 + first + second);
              } else {
                assertThat(twice.breaches())
                    .singleElement()
                    .satisfies(
                        breach -> {
                          assertThat(breach.rule()).isEqualTo(SamplePeriods.REQ_6);
                          assertThat(breach.kind()).isEqualTo(FindingKind.BROKEN);
                        });
                assertThat(once.breachOf(again)).contains(twice.breaches().get(0));
                assertThat(twice.extensionInForce()).isEqualTo((long) first);
                assertThat(twice.dueDate()).isEqualTo(once.dueDate());
              }
            });
  }

  @Test
  @DisplayName("CAL-8: after a restart only days after the new start count")
  void restartIgnoresEarlierDays() {
    qt().withFixedSeed(SEED)
        .withExamples(1000)
        .forAll(dates(), counts(), integers().between(0, 60))
        .checkAssert(
            (start, n, later) -> {
              LocalDate restart = start.plusDays(later);
              Deadline restarted =
                  OFFICIAL
                      .deadline(LegalPeriod.ofWorkingDays(n), start)
                      .withRestart(restart, "补正", CITATION);
              assertThat(restarted.dueDate()).isEqualTo(OFFICIAL.plusWorkingDays(restart, n));
            });
  }
}
