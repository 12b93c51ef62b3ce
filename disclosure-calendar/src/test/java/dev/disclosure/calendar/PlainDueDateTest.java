package dev.disclosure.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * {@link WorkingDayCalendar#dueDate} is the due date of a deadline with no fact, counted without
 * building the deadline, from official data only: it must give exactly what {@code deadline(period,
 * start).dueDate()} gives, the same date or the same exception with the same message, except that
 * a date resting on the estimate, which the deadline answers flagged, is refused (CAL-9).
 */
class PlainDueDateTest {

  private static final long SEED = 20250303L;
  private static final WorkingDayCalendar OFFICIAL = ChinaCalendars.official();
  private static final WorkingDayCalendar ESTIMATE = ChinaCalendars.officialWithEstimateThrough(2030);
  private static final LocalDate FIRST = LocalDate.of(2006, 11, 1);

  @Test
  @DisplayName("CAL-4: 20 working days from 2025-03-03 end on 2025-03-31, as the deadline counts")
  void replyPeriodTable() {
    // OGI-2019 第三十三条; the table: received in person 2025-03-03, due 2025-03-31
    assertThat(OFFICIAL.dueDate(SamplePeriods.REPLY_2019, LocalDate.of(2025, 3, 3)))
        .isEqualTo(LocalDate.of(2025, 3, 31));
    // 15 working days across 国庆 2015 (10-01..10-07 off, Sat 10-10 a working day): 09-29, 09-30,
    // 10-08, 10-09, 10-10, 10-12 … 10-16, 10-19 … 10-23
    assertThat(OFFICIAL.dueDate(SamplePeriods.REPLY_2008, LocalDate.of(2015, 9, 28)))
        .isEqualTo(LocalDate.of(2015, 10, 23));
  }

  @Test
  @DisplayName("CAL-4/CAL-5/CAL-9: the plain due date equals the deadline's, date or exception, for every kind of period")
  void sameAsTheDeadline() {
    qt().withFixedSeed(SEED)
        .withExamples(3000)
        .forAll(
            integers().between(0, 7800),
            integers().between(0, 400),
            integers().between(0, 2),
            integers().between(0, 1))
        .checkAssert(
            (offset, amount, kind, which) -> {
              WorkingDayCalendar calendar = which == 0 ? OFFICIAL : ESTIMATE;
              LocalDate start = FIRST.plusDays(offset);
              LegalPeriod period =
                  switch (kind) {
                    case 0 -> LegalPeriod.ofWorkingDays(amount);
                    case 1 -> LegalPeriod.ofDays(amount);
                    default -> LegalPeriod.ofWorkingDays(amount).countedBackwards();
                  };
              Object plain = outcome(() -> calendar.dueDate(period, start));
              Object viaDeadline = outcome(() -> calendar.deadline(period, start).dueDate());
              boolean flagged = provisional(calendar, period, start);
              if (flagged) {
                assertThat(plain)
                    .as("%s from %s rests on the estimate", period, start)
                    .isInstanceOf(List.class)
                    .asList()
                    .startsWith(OutsideCalendarDataException.class);
              } else {
                assertThat(plain).as("%s from %s", period, start).isEqualTo(viaDeadline);
              }
            });
  }

  @Test
  @DisplayName("CAL-9: outside the data the plain due date is refused as the deadline is")
  void outsideTheData() {
    assertThatThrownBy(() -> OFFICIAL.dueDate(SamplePeriods.REPLY_2019, LocalDate.of(2026, 12, 20)))
        .isInstanceOf(OutsideCalendarDataException.class)
        .hasMessageContaining("P-REPLY-2019");
    assertThatThrownBy(() -> OFFICIAL.dueDate(SamplePeriods.REPLY_2019, LocalDate.of(2006, 12, 31)))
        .isInstanceOf(OutsideCalendarDataException.class)
        .hasMessageStartingWith("CAL-9: P-REPLY-2019 (its start) needs 2006-12-31, outside the official");
    assertThatThrownBy(
            () -> OFFICIAL.deadline(SamplePeriods.REPLY_2019, LocalDate.of(2027, 3, 1)))
        .isInstanceOf(OutsideCalendarDataException.class)
        .hasMessageStartingWith("CAL-9: P-REPLY-2019 (its start) needs 2027-03-01, outside the official");
    assertThatThrownBy(() -> OFFICIAL.dueDate(null, LocalDate.of(2025, 3, 3)))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("period");
    assertThatThrownBy(() -> OFFICIAL.dueDate(SamplePeriods.REPLY_2019, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("start");
  }

  /** Whether the deadline answers, flagged as resting on the estimate. */
  private static boolean provisional(
      WorkingDayCalendar calendar, LegalPeriod period, LocalDate start) {
    try {
      Deadline deadline = calendar.deadline(period, start);
      deadline.dueDate();
      return deadline.isProvisional();
    } catch (OutsideCalendarDataException e) {
      return false;
    }
  }

  @Test
  @DisplayName("CAL-9: on a calendar with an estimate, a due date in it is refused; the deadline answers it, flagged")
  void theEstimateOnlyFlagged() {
    // 1 calendar day from 2026-12-31 is 2027-01-01, a holiday of the estimate: moved to 2027-01-04
    Deadline flagged = ESTIMATE.deadline(LegalPeriod.ofDays(1), LocalDate.of(2026, 12, 31));
    assertThat(flagged.dueDate()).isEqualTo(LocalDate.of(2027, 1, 4));
    assertThat(flagged.isProvisional()).isTrue();
    assertThatThrownBy(() -> ESTIMATE.dueDate(LegalPeriod.ofDays(1), LocalDate.of(2026, 12, 31)))
        .isInstanceOf(OutsideCalendarDataException.class)
        .hasMessageContaining("2027-01-04")
        .hasMessageContaining("dueDate(");
    // counted backwards from an estimated day onto official ones: the start is estimated
    assertThatThrownBy(
            () -> ESTIMATE.dueDate(
                LegalPeriod.ofWorkingDays(5).countedBackwards(), LocalDate.of(2027, 1, 20)))
        .isInstanceOf(OutsideCalendarDataException.class)
        .hasMessageContaining("2027-01-20");
    // wholly official: answered as on the official calendar
    assertThat(ESTIMATE.dueDate(SamplePeriods.REPLY_2019, LocalDate.of(2025, 3, 3)))
        .isEqualTo(LocalDate.of(2025, 3, 31));
  }

  /** The date, or the exception's class and message. */
  private static Object outcome(Supplier<LocalDate> due) {
    try {
      return due.get();
    } catch (OutsideCalendarDataException | IllegalPeriodException e) {
      return List.of(e.getClass(), String.valueOf(e.getMessage()));
    }
  }
}
