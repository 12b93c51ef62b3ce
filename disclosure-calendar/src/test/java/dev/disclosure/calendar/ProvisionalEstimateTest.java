package dev.disclosure.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;

@DisplayName("CAL-9: the opt-in provisional estimate")
class ProvisionalEstimateTest {

  private static final WorkingDayCalendar ESTIMATE = ChinaCalendars.officialWithEstimateThrough(2030);

  @Test
  @DisplayName("CAL-9: the estimate covers the years after the official data and no more")
  void ranges() {
    assertThat(ESTIMATE.coveredRange()).isEqualTo(ChinaCalendars.official().coveredRange());
    assertThat(ESTIMATE.estimatedRange())
        .contains(LocalDateRange.ofClosed(LocalDate.of(2027, 1, 1), LocalDate.of(2030, 12, 31)));
    assertThat(ChinaCalendars.official().estimatedRange()).isEmpty();
    assertThat(ESTIMATE.toString())
        .isEqualTo("WorkingDayCalendar[official 2007..2026, estimate 2027..2030]");
    assertThatThrownBy(() -> ESTIMATE.dayOf(LocalDate.of(2031, 1, 2)))
        .isInstanceOf(OutsideCalendarDataException.class);
  }

  @Test
  @DisplayName("CAL-3/CAL-9: 2027 春节 under the 2025 law is 除夕 plus 初一 to 初三, flagged provisional")
  void springFestival2027() {
    // 初一 is 2027-02-06
    for (int day = 5; day <= 8; day++) {
      CalendarDay estimated = ESTIMATE.dayOf(LocalDate.of(2027, 2, day));
      assertThat(estimated.kind()).as("2027-02-0%d", day).isEqualTo(DayKind.STATUTORY_HOLIDAY);
      assertThat(estimated.holiday()).contains(Holiday.SPRING_FESTIVAL);
      assertThat(estimated.isProvisional()).isTrue();
    }
    assertThat(ESTIMATE.dayOf(LocalDate.of(2027, 2, 4)).kind()).isEqualTo(DayKind.WORKING_DAY);
    // 初一 and 初二 fall on Saturday and Sunday: two days in lieu (补假) follow, 02-09 and 02-10
    assertThat(ESTIMATE.dayOf(LocalDate.of(2027, 2, 9)).toString())
        .isEqualTo("2027-02-09 法定节假日 春节 (provisional)");
    assertThat(ESTIMATE.dayOf(LocalDate.of(2027, 2, 10)).holiday()).contains(Holiday.SPRING_FESTIVAL);
    assertThat(ESTIMATE.dayOf(LocalDate.of(2027, 2, 11)).toString())
        .isEqualTo("2027-02-11 工作日 (provisional)");
  }

  @Test
  @DisplayName(
      "CAL-10: fixed-date holidays with the days in lieu the law requires (劳动节 5/1-5/2 and 国庆节"
          + " 10/2-10/3 on a weekend in 2027), and no discretionary make-up working day")
  void fixedDates2027() {
    assertThat(ESTIMATE.dayOf(LocalDate.of(2027, 1, 1)).holiday()).contains(Holiday.NEW_YEARS_DAY);
    assertThat(ESTIMATE.dayOf(LocalDate.of(2027, 5, 1)).holiday()).contains(Holiday.LABOUR_DAY);
    assertThat(ESTIMATE.dayOf(LocalDate.of(2027, 5, 2)).holiday()).contains(Holiday.LABOUR_DAY);
    assertThat(ESTIMATE.dayOf(LocalDate.of(2027, 5, 3)).holiday()).contains(Holiday.LABOUR_DAY);
    assertThat(ESTIMATE.dayOf(LocalDate.of(2027, 5, 4)).holiday()).contains(Holiday.LABOUR_DAY);
    assertThat(ESTIMATE.dayOf(LocalDate.of(2027, 5, 5)).kind()).isEqualTo(DayKind.WORKING_DAY);
    assertThat(ESTIMATE.dayOf(LocalDate.of(2027, 10, 3)).holiday()).contains(Holiday.NATIONAL_DAY);
    assertThat(ESTIMATE.dayOf(LocalDate.of(2027, 10, 4)).holiday()).contains(Holiday.NATIONAL_DAY);
    assertThat(ESTIMATE.dayOf(LocalDate.of(2027, 10, 5)).holiday()).contains(Holiday.NATIONAL_DAY);
    assertThat(ESTIMATE.dayOf(LocalDate.of(2027, 10, 6)).kind()).isEqualTo(DayKind.WORKING_DAY);
    assertThat(ESTIMATE.dayOf(LocalDate.of(2027, 9, 25)).kind()).isEqualTo(DayKind.WEEKEND);
    assertThat(ESTIMATE.dayOf(LocalDate.of(2027, 4, 5)).holiday()).contains(Holiday.QINGMING_FESTIVAL);
    assertThat(ESTIMATE.dayOf(LocalDate.of(2027, 6, 9)).holiday())
        .contains(Holiday.DRAGON_BOAT_FESTIVAL);
    assertThat(ESTIMATE.dayOf(LocalDate.of(2027, 9, 15)).holiday())
        .contains(Holiday.MID_AUTUMN_FESTIVAL);
  }

  @Test
  @DisplayName("CAL-3: each year is estimated under the law in force that year")
  void lawInForce() {
    // 2008-2013: 除夕, 初一, 初二 (初一 2013-02-10)
    WorkingDayCalendar before2014 =
        WorkingDayCalendar.builder().addOfficialYear(2012).estimateThrough(2014).build();
    assertThat(before2014.dayOf(LocalDate.of(2013, 2, 9)).kind()).isEqualTo(DayKind.STATUTORY_HOLIDAY);
    assertThat(before2014.dayOf(LocalDate.of(2013, 2, 11)).kind())
        .isEqualTo(DayKind.STATUTORY_HOLIDAY);
    // 除夕 and 初一 fell on Saturday and Sunday: days in lieu on Tuesday and Wednesday (CAL-10)
    assertThat(before2014.dayOf(LocalDate.of(2013, 2, 12)).kind())
        .isEqualTo(DayKind.STATUTORY_HOLIDAY);
    assertThat(before2014.dayOf(LocalDate.of(2013, 2, 13)).kind())
        .isEqualTo(DayKind.STATUTORY_HOLIDAY);
    assertThat(before2014.dayOf(LocalDate.of(2013, 2, 14)).kind()).isEqualTo(DayKind.WORKING_DAY);
    assertThat(before2014.dayOf(LocalDate.of(2013, 5, 2)).kind()).isEqualTo(DayKind.WORKING_DAY);
    // 2014-2024: 初一 to 初三 (初一 2014-01-31), 除夕 a working day
    assertThat(before2014.dayOf(LocalDate.of(2014, 1, 30)).kind()).isEqualTo(DayKind.WORKING_DAY);
    assertThat(before2014.dayOf(LocalDate.of(2014, 2, 2)).kind()).isEqualTo(DayKind.STATUTORY_HOLIDAY);
  }

  @Test
  @DisplayName("CAL-9: plain queries still refuse estimated dates; flagged ones answer them")
  void plainQueriesStayStrict() {
    LocalDate estimated = LocalDate.of(2027, 3, 1);
    assertThatThrownBy(() -> ESTIMATE.isWorkingDay(estimated))
        .isInstanceOf(OutsideCalendarDataException.class)
        .hasMessageContaining(
            "2027-03-01, outside the official data 2007-01-01..2026-12-31 and inside this"
                + " calendar's provisional estimate 2027-01-01..2030-12-31, which only flagged"
                + " results answer; use dayOf or deadline")
        .hasMessageNotContaining("opt into"); // the calendar already estimates 2027
    assertThatThrownBy(() -> ChinaCalendars.official().isWorkingDay(estimated))
        .isInstanceOf(OutsideCalendarDataException.class)
        .hasMessageContaining("opt into a provisional estimate");
    assertThatThrownBy(() -> ESTIMATE.plusWorkingDays(LocalDate.of(2026, 12, 31), 1))
        .isInstanceOf(OutsideCalendarDataException.class);
    assertThat(ESTIMATE.dayOf(estimated).isProvisional()).isTrue();
    assertThat(ESTIMATE.dayOf(LocalDate.of(2026, 3, 2)).isProvisional()).isFalse();
  }

  @Test
  @DisplayName("CAL-9: a deadline touching the estimate is provisional; one that does not is not")
  void deadlines() {
    Deadline crossing = ESTIMATE.deadline(SamplePeriods.REPLY_2019, LocalDate.of(2026, 12, 20));
    assertThat(crossing.isProvisional()).isTrue();
    assertThat(crossing.toString()).endsWith("(provisional)]");
    Deadline inside = ESTIMATE.deadline(SamplePeriods.REPLY_2019, LocalDate.of(2026, 9, 28));
    assertThat(inside.isProvisional()).isFalse();
    assertThat(inside.dueDate())
        .isEqualTo(ChinaCalendars.official().deadline(SamplePeriods.REPLY_2019, LocalDate.of(2026, 9, 28)).dueDate());
    Lateness late = inside.latenessOn(LocalDate.of(2027, 1, 5));
    assertThat(late.isProvisional()).isTrue();
    assertThat(inside.latenessOn(LocalDate.of(2026, 11, 4)).isProvisional()).isFalse();
  }

  @Test
  @DisplayName("CAL-9: impossible estimates are reported with the reason")
  void badEstimates() {
    assertThatThrownBy(() -> ChinaCalendars.officialWithEstimateThrough(2026))
        .isInstanceOf(InvalidScheduleException.class)
        .hasMessageContaining("must be after the last official year 2026");
    assertThatThrownBy(() -> ChinaCalendars.officialWithEstimateThrough(LunarTable.lastYear() + 1))
        .hasMessageContaining("beyond the embedded lunar table");
    assertThatThrownBy(() -> WorkingDayCalendar.builder().addOfficialYear(2005).estimateThrough(2009).build())
        .hasMessageContaining("applies from 2008");
  }

  @Test
  @DisplayName("CAL-9: the estimate reaches the end of the lunar table")
  void farFuture() {
    WorkingDayCalendar far = ChinaCalendars.officialWithEstimateThrough(LunarTable.lastYear());
    assertThat(far.dayOf(LocalDate.of(LunarTable.lastYear(), 10, 1)).kind())
        .isEqualTo(DayKind.STATUTORY_HOLIDAY);
  }

  @Test
  @DisplayName("CAL-9: a deadline on the estimate ends with a provisional finding; an official one has none")
  void provisionalFinding() {
    Deadline estimated =
        ESTIMATE.deadline(LegalPeriod.ofWorkingDays(20), LocalDate.of(2026, 12, 21));
    assertThat(estimated.isProvisional()).isTrue();
    Finding last = estimated.findings().get(estimated.findings().size() - 1);
    assertThat(last.rule()).isEqualTo(RuleId.CAL_9);
    assertThat(last.kind()).isEqualTo(FindingKind.PROVISIONAL);
    assertThat(last.dates()).containsExactly(estimated.dueDate(), LocalDate.of(2026, 12, 31));
    assertThat(last.render(Language.CHINESE)).startsWith("[CAL-9 暂定] 期限届满日");
    Deadline official =
        ChinaCalendars.official().deadline(LegalPeriod.ofWorkingDays(20), LocalDate.of(2026, 9, 28));
    assertThat(official.findings()).noneMatch(f -> f.kind() == FindingKind.PROVISIONAL);
  }

  @Test
  @DisplayName(
      "CAL-10: each estimated year loses exactly its 13 statutory weekdays (2027: 248 working days,"
          + " 2028: 247), 中秋节 on 国庆节 in 2028 included")
  void workingDaysPerYear() {
    assertThat(workingDays(2027)).isEqualTo(248);
    assertThat(workingDays(2028)).isEqualTo(247);
    for (int year = 2027; year <= 2030; year++) {
      int weekdays = 0;
      for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
        if (d.getDayOfWeek().getValue() <= 5) {
          weekdays++;
        }
      }
      assertThat(workingDays(year)).as("%d", year).isEqualTo(weekdays - 13);
    }
    assertThat(ESTIMATE.dayOf(LocalDate.of(2028, 10, 3)).holiday())
        .contains(Holiday.NATIONAL_DAY_AND_MID_AUTUMN);
    assertThat(ESTIMATE.dayOf(LocalDate.of(2028, 10, 4)).kind())
        .isEqualTo(DayKind.STATUTORY_HOLIDAY);
    assertThat(ESTIMATE.dayOf(LocalDate.of(2028, 10, 5)).kind())
        .isEqualTo(DayKind.STATUTORY_HOLIDAY);
    assertThat(ESTIMATE.dayOf(LocalDate.of(2028, 10, 6)).kind()).isEqualTo(DayKind.WORKING_DAY);
  }

  @Test
  @DisplayName(
      "CAL-10: for every official year 2008-2026 the law's statutory days are days off in the notice,"
          + " and the notice gave at least as many weekdays off as the law's days with their days in"
          + " lieu, except 2015 (中秋节 on Sunday 9/27, none given)")
  void estimateAgainstHistory() {
    WorkingDayCalendar official = ChinaCalendars.official();
    for (int year = 2008; year <= 2026; year++) {
      for (var day : ProvisionalSchedule.statutoryDays(year)) {
        assertThat(official.isWorkingDay(day.getKey())).as("%s", day).isFalse();
      }
      long lawWeekdaysOff =
          ProvisionalSchedule.daysOff(year).keySet().stream()
              .filter(d -> d.getDayOfWeek().getValue() <= 5)
              .count();
      long noticeWeekdaysOff = 0;
      for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
        if (d.getDayOfWeek().getValue() <= 5 && !official.isWorkingDay(d)) {
          noticeWeekdaysOff++;
        }
      }
      assertThat(noticeWeekdaysOff + (year == 2015 ? 1 : 0))
          .as("%d", year)
          .isGreaterThanOrEqualTo(lawWeekdaysOff);
    }
    assertThat(official.isWorkingDay(LocalDate.of(2015, 9, 28))).isTrue();
  }

  private static int workingDays(int year) {
    int count = 0;
    for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
      if (ESTIMATE.dayOf(d).isWorkingDay()) {
        count++;
      }
    }
    return count;
  }
}
