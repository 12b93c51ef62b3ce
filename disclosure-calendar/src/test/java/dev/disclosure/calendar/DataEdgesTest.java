package dev.disclosure.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The edges of the data and of the facts: the first working days of 2007, a combined calendar's
 * provisional days, backwards periods, and absurd years given to the calendar's builders.
 */
class DataEdgesTest {

  private static final WorkingDayCalendar OFFICIAL = ChinaCalendars.official();
  private static final WorkingDayCalendar ESTIMATE = ChinaCalendars.officialWithEstimateThrough(2030);
  private static final LocalDate THU_2007_01_04 = LocalDate.of(2007, 1, 4);
  private static final LocalDate FRI_2007_01_05 = LocalDate.of(2007, 1, 5);

  @Test
  @DisplayName("CAL-4/CAL-9: 2007-01-04 is the first working day of the data; one before it is outside")
  void firstWorkingDays() {
    // 元旦 2007: 1–3 January off (国办发明电〔2006〕30号)
    assertThat(OFFICIAL.minusWorkingDays(FRI_2007_01_05, 1)).isEqualTo(THU_2007_01_04);
    assertThat(OFFICIAL.previousWorkingDay(FRI_2007_01_05)).isEqualTo(THU_2007_01_04);
    assertThatThrownBy(() -> OFFICIAL.minusWorkingDays(FRI_2007_01_05, 2))
        .isInstanceOf(OutsideCalendarDataException.class)
        .hasMessageContaining("2006-12-31");
    assertThatThrownBy(() -> OFFICIAL.previousWorkingDay(THU_2007_01_04))
        .isInstanceOf(OutsideCalendarDataException.class);
    assertThat(OFFICIAL.workingDaysBetween(LocalDate.of(2007, 1, 1), FRI_2007_01_05)).isEqualTo(2);
    assertThat(OFFICIAL.plusWorkingDays(LocalDate.of(2007, 1, 1), 1)).isEqualTo(THU_2007_01_04);
    assertThat(OFFICIAL.plusWorkingDays(LocalDate.of(2026, 12, 30), 1))
        .isEqualTo(LocalDate.of(2026, 12, 31));
    assertThatThrownBy(() -> OFFICIAL.plusWorkingDays(LocalDate.of(2026, 12, 30), 2))
        .isInstanceOf(OutsideCalendarDataException.class);
  }

  @Test
  @DisplayName("CAL-9: a combined calendar flags a day provisional when either calendar estimates it")
  void combinedKeepsProvisional() {
    WorkingDayCalendar official2027 = OFFICIAL.toBuilder().addOfficialYear(2027).build();
    LocalDate mon = LocalDate.of(2027, 3, 1);
    assertThat(official2027.dayOf(mon).isProvisional()).isFalse();
    assertThat(ESTIMATE.dayOf(mon).isProvisional()).isTrue();
    for (WorkingDayCalendar combined :
        new WorkingDayCalendar[] {ESTIMATE.combinedWith(official2027), official2027.combinedWith(ESTIMATE)}) {
      assertThat(combined.dayOf(mon).isProvisional()).isTrue();
      assertThat(combined.dayOf(LocalDate.of(2026, 3, 2)).isProvisional()).isFalse();
      assertThat(combined.estimatedRange()).isPresent();
      assertThat(combined.deadline(LegalPeriod.ofWorkingDays(20), LocalDate.of(2026, 12, 21)).isProvisional())
          .isTrue();
    }
  }

  @Test
  @DisplayName("CAL-8: a period counted backwards cannot be restarted; the event does not move silently")
  void backwardsRestart() {
    Deadline backwards =
        OFFICIAL.deadline(LegalPeriod.ofWorkingDays(15).countedBackwards(), LocalDate.of(2026, 11, 20));
    LocalDate due = backwards.dueDate();
    assertThatThrownBy(
            () -> backwards.withRestart(LocalDate.of(2026, 11, 27), "改期", SamplePeriods.ART_33))
        .isInstanceOf(IllegalPeriodException.class);
    assertThatThrownBy(
            () ->
                backwards.withRestart(
                    LocalDate.of(2026, 11, 27), Phrase.of("改期", "moved"), SamplePeriods.ART_33))
        .isInstanceOf(IllegalPeriodException.class);
    assertThat(backwards.dueDate()).isEqualTo(due);
  }

  @Test
  @DisplayName("CAL-9: absurd years for the estimate and the builder are refused at once, naming the year and the range")
  void absurdYears() {
    for (int year : new int[] {1_065_523_553, Integer.MAX_VALUE, Integer.MIN_VALUE, 2101, 1948}) {
      assertThatThrownBy(() -> ChinaCalendars.officialWithEstimateThrough(year))
          .as("%d", year)
          .isInstanceOf(InvalidScheduleException.class)
          .hasMessageContaining(Integer.toString(year));
      assertThatThrownBy(() -> WorkingDayCalendar.builder().estimateThrough(year))
          .isInstanceOf(InvalidScheduleException.class);
      assertThatThrownBy(() -> WorkingDayCalendar.builder().addOfficialYear(year))
          .isInstanceOf(InvalidScheduleException.class)
          .hasMessageContaining("1949..2100");
    }
    assertThatThrownBy(() -> WorkingDayCalendar.builder().estimateThrough(1_065_523_553))
        .hasMessageContaining("lunar table");
    assertThatThrownBy(() -> WorkingDayCalendar.builder().estimateThrough(Integer.MIN_VALUE))
        .hasMessageContaining("1949..2100");
  }
}
