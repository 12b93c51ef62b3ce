package dev.disclosure.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;

/**
 * The last and first days of the data and of an estimate, exactly: which date a refusal names,
 * when it names the estimate, the first day of a calendar's data as an answer, an empty range at
 * the first day, and combined calendars that share no official year.
 */
class RangeEdgesTest {

  private static final WorkingDayCalendar OFFICIAL = ChinaCalendars.official();
  private static final WorkingDayCalendar ESTIMATE = ChinaCalendars.officialWithEstimateThrough(2030);

  @Test
  @DisplayName("CAL-9: a count beyond the official data names 2027-01-01, the first day it lacks")
  void beyondTheOfficialData() {
    assertThatThrownBy(() -> OFFICIAL.plusWorkingDays(LocalDate.of(2026, 12, 30), 2))
        .isInstanceOf(OutsideCalendarDataException.class)
        .hasMessageContaining("needs 2027-01-01, outside the official data 2007-01-01..2026-12-31")
        .hasMessageNotContaining("provisional estimate 2027");
  }

  @Test
  @DisplayName("CAL-9: outside an estimate the refusal names the estimate 2027-01-01..2030-12-31; inside it, "
      + "a plain query names the estimate it may not use and the flagged results")
  void estimateInRefusals() {
    for (LocalDate outside : new LocalDate[] {LocalDate.of(2031, 1, 1), LocalDate.of(2006, 12, 31)}) {
      assertThatThrownBy(() -> ESTIMATE.dayOf(outside))
          .isInstanceOf(OutsideCalendarDataException.class)
          .hasMessageContaining("needs " + outside)
          .hasMessageContaining("and the provisional estimate 2027-01-01..2030-12-31");
      assertThatThrownBy(() -> OFFICIAL.dayOf(outside))
          .isInstanceOf(OutsideCalendarDataException.class)
          .hasMessageNotContaining("provisional estimate 2027");
    }
    assertThat(ESTIMATE.dayOf(LocalDate.of(2030, 12, 31)).isProvisional()).isTrue();
    assertThatThrownBy(() -> ESTIMATE.isWorkingDay(LocalDate.of(2027, 3, 1)))
        .isInstanceOf(OutsideCalendarDataException.class)
        .hasMessageContaining("needs 2027-03-01, outside the official data 2007-01-01..2026-12-31")
        .hasMessageContaining("inside this calendar's provisional estimate 2027-01-01..2030-12-31")
        .hasMessageNotContaining("opt into");
  }

  @Test
  @DisplayName("CAL-4/CAL-9: the estimate's last working day 2030-12-31 is one working day after "
      + "2030-12-30; two are beyond it and refused, never an index error")
  void lastDayOfTheEstimate() {
    LocalDate mon = LocalDate.of(2030, 12, 30);
    assertThat(ESTIMATE.deadline(LegalPeriod.ofWorkingDays(1), mon).dueDate())
        .isEqualTo(LocalDate.of(2030, 12, 31));
    assertThatThrownBy(() -> ESTIMATE.deadline(LegalPeriod.ofWorkingDays(2), mon).dueDate())
        .isInstanceOf(OutsideCalendarDataException.class);
  }

  @Test
  @DisplayName("CAL-4: on a calendar whose first day (Monday 2007-01-01, no holiday declared) is a working "
      + "day, it is the working day before 2007-01-02")
  void firstDayAsAnAnswer() {
    WorkingDayCalendar plain = WorkingDayCalendar.builder().addOfficialYear(2007).build();
    assertThat(plain.isWorkingDay(LocalDate.of(2007, 1, 1))).isTrue();
    assertThat(plain.minusWorkingDays(LocalDate.of(2007, 1, 2), 1)).isEqualTo(LocalDate.of(2007, 1, 1));
    assertThat(plain.previousWorkingDay(LocalDate.of(2007, 1, 2))).isEqualTo(LocalDate.of(2007, 1, 1));
  }

  @Test
  @DisplayName("CAL-9: an empty range on the first day of the data has no working day (and is no refusal)")
  void emptyRangeAtTheStart() {
    LocalDate first = LocalDate.of(2007, 1, 1);
    assertThat(OFFICIAL.workingDays(LocalDateRange.of(first, first))).isEmpty();
    assertThat(OFFICIAL.workingDays(LocalDateRange.ofClosed(first, LocalDate.of(2007, 1, 5))))
        .containsExactly(LocalDate.of(2007, 1, 4), LocalDate.of(2007, 1, 5));
  }

  @Test
  @DisplayName("CAL-9: calendars that share years but no official year are not combined")
  void noSharedOfficialYear() {
    WorkingDayCalendar later = WorkingDayCalendar.builder().addOfficialYears(2027, 2030).build();
    assertThatThrownBy(() -> ESTIMATE.combinedWith(later))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("they share no official year");
    assertThatThrownBy(() -> OFFICIAL.combinedWith(later))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("they share no year");
  }

  @Test
  @DisplayName("CAL-8: counted backwards, 0 working days is the event itself; 2 days before 2007-01-03 is "
      + "2007-01-01, the first day of the data, and 3 days before it are refused naming 2006-12-31")
  void backwardsToTheFirstDay() {
    LocalDate event = LocalDate.of(2007, 1, 3);
    assertThat(OFFICIAL.deadline(LegalPeriod.ofWorkingDays(0).countedBackwards(), event).dueDate())
        .isEqualTo(event);
    assertThat(OFFICIAL.deadline(LegalPeriod.ofDays(2).countedBackwards(), event).dueDate())
        .isEqualTo(LocalDate.of(2007, 1, 1));
    assertThatThrownBy(() -> OFFICIAL.deadline(LegalPeriod.ofDays(3).countedBackwards(), event).dueDate())
        .isInstanceOf(OutsideCalendarDataException.class)
        .hasMessageContaining("needs 2006-12-31");
  }

  @Test
  @DisplayName("CAL-4/CAL-8: a due date is fixed forwards only, not before the day it is fixed, and not "
      + "fixed on a day before the start")
  void fixedDueDates() {
    RuleId req4 = RuleId.of("REQ-4");
    Deadline forwards = OFFICIAL.deadline(LegalPeriod.ofWorkingDays(20), LocalDate.of(2026, 11, 2));
    assertThat(forwards.withFixedDueDate(LocalDate.of(2026, 11, 3), LocalDate.of(2026, 11, 3), "当场",
            req4, SamplePeriods.ART_33).dueDate())
        .isEqualTo(LocalDate.of(2026, 11, 3));
    assertThatThrownBy(() -> forwards.withFixedDueDate(LocalDate.of(2026, 11, 3), LocalDate.of(2026, 11, 2),
            "倒填", req4, SamplePeriods.ART_33))
        .isInstanceOf(IllegalPeriodException.class)
        .hasMessageContaining("a due date fixed on 2026-11-03 cannot be earlier, got 2026-11-02");
    assertThatThrownBy(() -> forwards.withFixedDueDate(LocalDate.of(2026, 10, 30), LocalDate.of(2026, 11, 20),
            "提前", req4, SamplePeriods.ART_33))
        .isInstanceOf(IllegalPeriodException.class);
    Deadline backwards =
        OFFICIAL.deadline(LegalPeriod.ofWorkingDays(15).countedBackwards(), LocalDate.of(2026, 11, 20));
    assertThatThrownBy(() -> backwards.withFixedDueDate(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 25),
            "改期", req4, SamplePeriods.ART_33))
        .isInstanceOf(IllegalPeriodException.class);
  }
}
