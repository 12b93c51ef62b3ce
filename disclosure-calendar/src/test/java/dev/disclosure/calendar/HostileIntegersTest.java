package dev.disclosure.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Extreme {@code int} inputs: each is a typed error whose message names the value and what would be
 * valid, or a finding, never an overflow that surfaces as an untyped exception.
 */
class HostileIntegersTest {

  private static final WorkingDayCalendar OFFICIAL = ChinaCalendars.official();
  private static final WorkingDayCalendar ESTIMATED = ChinaCalendars.officialWithEstimateThrough(2040);
  private static final LocalDate FRI_2007_01_05 = LocalDate.of(2007, 1, 5);
  private static final LocalDate MON_2026_09_28 = Fixtures.MON_2026_09_28;
  private static final String MAX = Integer.toString(Integer.MAX_VALUE);
  private static final String MIN = Integer.toString(Integer.MIN_VALUE);

  @Test
  @DisplayName("CAL-4/CAL-9: plusWorkingDays(2007-01-05, Integer.MAX_VALUE) is outside the data")
  void plusWorkingDaysMax() {
    assertThatThrownBy(() -> OFFICIAL.plusWorkingDays(FRI_2007_01_05, Integer.MAX_VALUE))
        .isInstanceOf(OutsideCalendarDataException.class)
        .hasMessageContaining(MAX)
        .hasMessageContaining("2007-01-01..2026-12-31");
    assertThatThrownBy(() -> OFFICIAL.plusWorkingDays(LocalDate.of(2026, 12, 31), Integer.MAX_VALUE))
        .isInstanceOf(OutsideCalendarDataException.class)
        .hasMessageContaining(MAX);
    assertThatThrownBy(() -> OFFICIAL.minusWorkingDays(LocalDate.of(2026, 12, 31), Integer.MAX_VALUE))
        .isInstanceOf(OutsideCalendarDataException.class)
        .hasMessageContaining(MAX)
        .hasMessageContaining("2007-01-01..2026-12-31");
    assertThatThrownBy(() -> ESTIMATED.plusWorkingDays(FRI_2007_01_05, Integer.MAX_VALUE))
        .isInstanceOf(OutsideCalendarDataException.class)
        .hasMessageContaining(MAX);
  }

  @Test
  @DisplayName("CAL-4/CAL-5/CAL-9: a period of Integer.MAX_VALUE days in a deadline is outside the data")
  void periodMax() {
    for (WorkingDayCalendar calendar : new WorkingDayCalendar[] {OFFICIAL, ESTIMATED}) {
      for (LegalPeriod period :
          new LegalPeriod[] {
            LegalPeriod.ofWorkingDays(Integer.MAX_VALUE),
            LegalPeriod.ofDays(Integer.MAX_VALUE),
            LegalPeriod.ofWorkingDays(Integer.MAX_VALUE).countedBackwards(),
            LegalPeriod.ofDays(Integer.MAX_VALUE).countedBackwards()
          }) {
        assertThatThrownBy(() -> calendar.deadline(period, FRI_2007_01_05).dueDate())
            .as("%s on %s", period, calendar)
            .isInstanceOf(OutsideCalendarDataException.class)
            .hasMessageContaining(MAX)
            .hasMessageContaining("2007-01-01..2026-12-31");
      }
    }
  }

  @Test
  @DisplayName("REQ-6/CAL-9: a bound and an extension of Integer.MAX_VALUE: typed error or BROKEN finding")
  void extensionMax() {
    LegalPeriod period =
        LegalPeriod.ofWorkingDays(20).withExtensionUpTo(Integer.MAX_VALUE, SamplePeriods.REQ_6);
    Deadline deadline = OFFICIAL.deadline(period, MON_2026_09_28);
    LocalDate due = deadline.dueDate();
    Extension huge = Extension.of(Integer.MAX_VALUE, due, "无限延长");

    // recorded: the due date it gives lies beyond the data, which asking for it says
    Deadline beyond = deadline.withExtension(huge);
    assertThatThrownBy(beyond::dueDate)
        .isInstanceOf(OutsideCalendarDataException.class)
        .hasMessageContaining("2007-01-01..2026-12-31");
    assertThat(beyond.extensionInForce()).isEqualTo(Integer.MAX_VALUE);
    assertThat(deadline.breachOf(huge)).isEmpty();

    // granted after the due date: recorded, extends nothing; another huge one on time is outside
    Deadline late = deadline.withExtension(Extension.of(Integer.MAX_VALUE, due.plusDays(1), "迟延"));
    assertThat(late.dueDate()).isEqualTo(due);
    assertThat(late.breaches())
        .singleElement()
        .satisfies(
            breach -> {
              assertThat(breach.rule()).isEqualTo(SamplePeriods.REQ_6);
              assertThat(breach.kind()).isEqualTo(FindingKind.BROKEN);
              assertThat(breach.quantities())
                  .containsExactly(Quantity.of(Integer.MAX_VALUE, PeriodUnit.WORKING_DAYS));
            });
    assertThatThrownBy(() -> late.withExtension(huge).dueDate())
        .isInstanceOf(OutsideCalendarDataException.class);

    // a small extension first: the huge one would bring the total beyond the bound
    Deadline small = deadline.withExtension(Extension.of(5, due, "延长"));
    Deadline both = small.withExtension(Extension.of(Integer.MAX_VALUE, small.dueDate(), "再延长"));
    assertThat(both.dueDate()).isEqualTo(small.dueDate());
    assertThat(both.extensionInForce()).isEqualTo(5);
    assertThat(both.breaches())
        .singleElement()
        .satisfies(
            breach -> {
              assertThat(breach.rule()).isEqualTo(SamplePeriods.REQ_6);
              assertThat(breach.kind()).isEqualTo(FindingKind.BROKEN);
              assertThat(breach.quantities())
                  .containsExactly(
                      Quantity.of(Integer.MAX_VALUE, PeriodUnit.WORKING_DAYS),
                      Quantity.of(Integer.MAX_VALUE + 5L, PeriodUnit.WORKING_DAYS),
                      Quantity.of(Integer.MAX_VALUE, PeriodUnit.WORKING_DAYS));
            });
    assertThat(both.explain(Language.ENGLISH)).contains(Long.toString(Integer.MAX_VALUE + 5L));
  }

  @Test
  @DisplayName("CAL-4/CAL-5/CAL-7: Integer.MIN_VALUE amounts are IllegalPeriodExceptions naming the value")
  void minValue() {
    assertThatThrownBy(() -> LegalPeriod.ofWorkingDays(Integer.MIN_VALUE))
        .isInstanceOfSatisfying(IllegalPeriodException.class, e -> assertThat(e.rule()).isEqualTo(RuleId.CAL_4))
        .hasMessageContaining(MIN)
        .hasMessageContaining("0.." + MAX);
    assertThatThrownBy(() -> LegalPeriod.ofDays(Integer.MIN_VALUE))
        .isInstanceOfSatisfying(IllegalPeriodException.class, e -> assertThat(e.rule()).isEqualTo(RuleId.CAL_5))
        .hasMessageContaining(MIN)
        .hasMessageContaining("0.." + MAX);
    assertThatThrownBy(
            () ->
                LegalPeriod.of(
                    RuleId.of("P-TEST"), Integer.MIN_VALUE, PeriodUnit.WORKING_DAYS, "测试"))
        .isInstanceOf(IllegalPeriodException.class)
        .hasMessageContaining(MIN);
    assertThatThrownBy(() -> Extension.of(Integer.MIN_VALUE, MON_2026_09_28, "负"))
        .isInstanceOf(IllegalPeriodException.class)
        .hasMessageContaining(MIN)
        .hasMessageContaining("1.." + MAX);
    assertThatThrownBy(
            () -> LegalPeriod.ofWorkingDays(20).withExtensionUpTo(Integer.MIN_VALUE, SamplePeriods.REQ_6))
        .isInstanceOfSatisfying(
            IllegalPeriodException.class, e -> assertThat(e.rule()).isEqualTo(SamplePeriods.REQ_6))
        .hasMessageContaining(MIN)
        .hasMessageContaining("1.." + MAX);
    assertThatThrownBy(() -> OFFICIAL.plusWorkingDays(MON_2026_09_28, Integer.MIN_VALUE))
        .isInstanceOf(IllegalPeriodException.class)
        .hasMessageContaining(MIN);
    assertThatThrownBy(() -> OFFICIAL.minusWorkingDays(MON_2026_09_28, Integer.MIN_VALUE))
        .isInstanceOf(IllegalPeriodException.class)
        .hasMessageContaining(MIN);
  }
}
