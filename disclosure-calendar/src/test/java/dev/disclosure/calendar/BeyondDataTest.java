package dev.disclosure.calendar;

import static dev.disclosure.calendar.Fixtures.FRI_2027_01_01;
import static dev.disclosure.calendar.Fixtures.THU_2026_12_31;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A due date beyond the calendar's data is named as such by the findings, and asked for only by
 * {@link Deadline#dueDate()} (CAL-9). Counted by hand on the 2026 notice (国办发〔2025〕7号): no
 * holiday in December 2026, 15 working days in (12-10, 12-31], so 20 working days from 12-10 end
 * in 2027.
 */
class BeyondDataTest {

  private static final WorkingDayCalendar OFFICIAL = ChinaCalendars.official();
  private static final WorkingDayCalendar ESTIMATE = ChinaCalendars.officialWithEstimateThrough(2027);
  private static final LegalPeriod DAYS_20 = LegalPeriod.ofWorkingDays(20);
  private static final LocalDate THU_2026_12_10 = LocalDate.of(2026, 12, 10);

  @Test
  @DisplayName("CAL-9: the data's last day, and whether a date lies beyond it, estimate included")
  void lastDayOfData() {
    assertThat(OFFICIAL.lastDayOfData()).isEqualTo(THU_2026_12_31);
    assertThat(OFFICIAL.isBeyondData(THU_2026_12_31)).isFalse();
    assertThat(OFFICIAL.isBeyondData(FRI_2027_01_01)).isTrue();
    assertThat(OFFICIAL.isBeyondData(LocalDate.MAX)).isTrue();
    assertThat(ESTIMATE.isBeyondData(FRI_2027_01_01)).isFalse();
    assertThat(ESTIMATE.lastDayOfData()).isEqualTo(LocalDate.of(2027, 12, 31));
    assertThat(Language.CHINESE.render(OFFICIAL.dayBeyondData()))
        .isEqualTo("日历数据（至2026年12月31日）之后的某日");
    assertThat(Language.ENGLISH.render(ESTIMATE.dayBeyondData()))
        .isEqualTo("a day beyond the calendar's data (after 2027-12-31)");
  }

  @Test
  @DisplayName(
      "CAL-9: a deadline whose due date lies beyond the data explains itself, naming that day;"
          + " dueDate() alone throws")
  void deadlineBeyondTheData() {
    Deadline beyond =
        OFFICIAL
            .deadline(DAYS_20, THU_2026_12_10)
            .withPause(
                Pause.of(
                    LocalDate.of(2026, 12, 14),
                    LocalDate.of(2026, 12, 16),
                    "征求第三方意见",
                    SamplePeriods.ART_33));
    assertThat(beyond.isDueBeyondData()).isTrue();
    assertThatThrownBy(beyond::dueDate)
        .isInstanceOf(OutsideCalendarDataException.class)
        .hasMessageContaining("2007-01-01..2026-12-31");
    List<Finding> findings = beyond.findings();
    assertThat(findings).extracting(Finding::rule).containsExactly(RuleId.CAL_4, RuleId.CAL_7);
    assertThat(findings).allMatch(f -> f.kind() == FindingKind.APPLIED && f.dueDate().isEmpty());
    assertThat(findings.get(0).render(Language.CHINESE))
        .startsWith("[CAL-4] 自2026年12月10日起算（当日不计入），20个工作日")
        .contains(" → 日历数据（至2026年12月31日）之后的某日（依据");
    assertThat(findings.get(1).render(Language.ENGLISH))
        .startsWith(
            "[CAL-7] paused 2026-12-14 to 2026-12-16 (as recorded): 2 working days"
                + " not counted → a day beyond the calendar's data (after 2026-12-31) (");
    assertThat(beyond.breaches()).isEmpty();
    // on the estimate the same deadline is dated, and flagged
    Deadline estimated =
        ESTIMATE
            .deadline(DAYS_20, THU_2026_12_10)
            .withPause(
                Pause.of(
                    LocalDate.of(2026, 12, 14),
                    LocalDate.of(2026, 12, 16),
                    "征求第三方意见",
                    SamplePeriods.ART_33));
    assertThat(estimated.isDueBeyondData()).isFalse();
    assertThat(estimated.findings().get(1).dueDate()).contains(estimated.dueDate());
    assertThat(estimated.findings())
        .anyMatch(f -> f.rule().equals(RuleId.CAL_9) && f.kind() == FindingKind.PROVISIONAL);
    assertThat(OFFICIAL.deadline(DAYS_20, LocalDate.of(2026, 11, 20)).isDueBeyondData()).isFalse();
  }
}
