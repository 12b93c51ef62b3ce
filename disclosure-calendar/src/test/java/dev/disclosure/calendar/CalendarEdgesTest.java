package dev.disclosure.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The calendar at the edges of its data and of what the builder takes: the CAL-9 messages for each
 * kind of date outside, the estimate's flags, combinations of calendars, and the builder's refusals
 * with their messages.
 */
class CalendarEdgesTest {

  private static final WorkingDayCalendar OFFICIAL = ChinaCalendars.official();

  /** Built in each test, so that a test sees the builder's current code (not a calendar built before). */
  private static WorkingDayCalendar estimate2027() {
    return ChinaCalendars.officialWithEstimateThrough(2027);
  }

  private static String notice(String name) {
    return HolidayNoticeTest.notice(name);
  }

  @Nested
  @DisplayName("CAL-9: dates outside the data")
  class Outside {

    @Test
    @DisplayName("CAL-9: a plain query in the estimate's last year points to the flagged results")
    void plainQueryInLastEstimatedYear() {
      assertThatThrownBy(() -> estimate2027().isWorkingDay(LocalDate.of(2027, 12, 31)))
          .isInstanceOf(OutsideCalendarDataException.class)
          .hasMessage(
              "CAL-9: isWorkingDay needs 2027-12-31, outside the official data 2007-01-01..2026-12-31"
                  + " and inside this calendar's provisional estimate 2027-01-01..2027-12-31, which"
                  + " only flagged results answer; use dayOf or deadline (their answers are marked"
                  + " provisional), or add the year's State Council holiday notice with"
                  + " WorkingDayCalendar.toBuilder()");
    }

    @Test
    @DisplayName("CAL-9: a date beyond the estimate, or before the data, names both ranges")
    void beyondTheEstimate() {
      String tail =
          ", outside the official data 2007-01-01..2026-12-31 and the provisional estimate"
              + " 2027-01-01..2027-12-31; add the years' State Council holiday notices with"
              + " WorkingDayCalendar.toBuilder(), or estimate further with"
              + " ChinaCalendars.officialWithEstimateThrough(year)";
      assertThatThrownBy(() -> estimate2027().dayOf(LocalDate.of(2028, 1, 3)))
          .isInstanceOf(OutsideCalendarDataException.class)
          .hasMessage("CAL-9: dayOf needs 2028-01-03" + tail);
      assertThatThrownBy(() -> estimate2027().isWorkingDay(LocalDate.of(2006, 6, 1)))
          .isInstanceOf(OutsideCalendarDataException.class)
          .hasMessage("CAL-9: isWorkingDay needs 2006-06-01" + tail);
    }

    @Test
    @DisplayName("CAL-9: on the official calendar the first day after the data is outside, even for dayOf")
    void afterTheOfficialData() {
      assertThat(OFFICIAL.dayOf(LocalDate.of(2026, 12, 31)).isProvisional()).isFalse();
      assertThatThrownBy(() -> OFFICIAL.dayOf(LocalDate.of(2027, 1, 1)))
          .isInstanceOf(OutsideCalendarDataException.class)
          .hasMessageStartingWith(
              "CAL-9: dayOf needs 2027-01-01, outside the official data 2007-01-01..2026-12-31; add"
                  + " the year's State Council holiday notice");
    }
  }

  @Nested
  @DisplayName("CAL-9/CAL-10: the estimate's days")
  class Estimate {

    @Test
    @DisplayName("CAL-9: every estimated day is flagged, from its first, and no official day is")
    void flags() {
      WorkingDayCalendar estimate = estimate2027();
      assertThat(estimate.dayOf(LocalDate.of(2026, 12, 31)).isProvisional()).isFalse();
      assertThat(estimate.dayOf(LocalDate.of(2027, 1, 1)).isProvisional()).isTrue();
      CalendarDay tuesday = estimate.dayOf(LocalDate.of(2027, 3, 2));
      assertThat(tuesday.kind()).isEqualTo(DayKind.WORKING_DAY);
      assertThat(tuesday.isProvisional()).isTrue();
      assertThat(estimate.dayOf(LocalDate.of(2027, 12, 31)).isProvisional()).isTrue();
    }

    @Test
    @DisplayName("CAL-9: lateness on the first estimated day is provisional")
    void latenessOnFirstEstimatedDay() {
      Lateness late =
          estimate2027()
              .deadline(SamplePeriods.REPLY_2019, LocalDate.of(2026, 9, 28))
              .latenessOn(LocalDate.of(2027, 1, 1));
      assertThat(late.isLate()).isTrue();
      assertThat(late.isProvisional()).isTrue();
    }

    @Test
    @DisplayName("CAL-10: 中秋节 2028 (10-03) falls in 国庆节: one day of both, and two days in lieu after the run (第六条)")
    void midAutumnInNationalDay() {
      WorkingDayCalendar estimate = ChinaCalendars.officialWithEstimateThrough(2028);
      // 国庆节 10-01..03 (Sunday 10-01 owes a day); 中秋节 on 10-03 owes another: 10-04, 10-05
      assertThat(estimate.dayOf(LocalDate.of(2028, 10, 3)).holiday())
          .contains(Holiday.NATIONAL_DAY_AND_MID_AUTUMN);
      assertThat(estimate.dayOf(LocalDate.of(2028, 10, 4)).holiday()).contains(Holiday.NATIONAL_DAY);
      assertThat(estimate.dayOf(LocalDate.of(2028, 10, 5)).holiday()).contains(Holiday.NATIONAL_DAY);
      assertThat(estimate.dayOf(LocalDate.of(2028, 10, 6)).kind()).isEqualTo(DayKind.WORKING_DAY);
    }

    @Test
    @DisplayName("CAL-9: the official calendar and one with an estimate are different calendars")
    void notEqual() {
      assertThat(OFFICIAL).isNotEqualTo(estimate2027());
      assertThat(estimate2027()).isNotEqualTo(OFFICIAL);
    }

    @Test
    @DisplayName("CAL-9: an estimate must start after the official years, and not before the holiday law it follows")
    void estimateRefusals() {
      assertThatThrownBy(
              () -> WorkingDayCalendar.builder().addOfficialYears(2007, 2026).estimateThrough(2026).build())
          .isInstanceOf(InvalidScheduleException.class)
          .hasMessage(
              "The calendar schedule has 1 problem:\n"
                  + "  - estimateThrough(2026) must be after the last official year 2026");
      assertThatThrownBy(
              () -> WorkingDayCalendar.builder().addOfficialYears(1949, 1960).estimateThrough(1962).build())
          .isInstanceOf(InvalidScheduleException.class)
          .hasMessage(
              "The calendar schedule has 1 problem:\n"
                  + "  - an estimate from 1961 is not possible: the holiday law of CAL-3 applies from"
                  + " 2008");
      assertThat(
              WorkingDayCalendar.builder().addOfficialYear(2007).estimateThrough(2008).build()
                  .estimatedRange())
          .isPresent();
    }
  }

  @Nested
  @DisplayName("combined calendars")
  class Combined {

    private final WorkingDayCalendar plain2026 = WorkingDayCalendar.builder().addOfficialYear(2026).build();

    @Test
    @DisplayName("CAL-2: a statutory holiday on either calendar is one on the combination, whichever is combined first")
    void holidayWins() {
      CalendarDay day = plain2026.combinedWith(OFFICIAL).dayOf(LocalDate.of(2026, 10, 1));
      assertThat(day.kind()).isEqualTo(DayKind.STATUTORY_HOLIDAY);
      assertThat(day.holiday()).contains(Holiday.NATIONAL_DAY);
      CalendarDay mine = OFFICIAL.combinedWith(plain2026).dayOf(LocalDate.of(2026, 10, 1));
      assertThat(mine.kind()).isEqualTo(DayKind.STATUTORY_HOLIDAY);
      assertThat(mine.holiday()).contains(Holiday.NATIONAL_DAY);
    }

    @Test
    @DisplayName("CAL-2: of two holidays on one day, the calendar combined into keeps its name")
    void sameKindKeepsMine() {
      Holiday renamed = Holiday.national("国庆", "National Day, as a region names it");
      WorkingDayCalendar named =
          WorkingDayCalendar.builder()
              .addOfficialYear(2026)
              .addHolidays(renamed, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 1))
              .build();
      assertThat(OFFICIAL.combinedWith(named).dayOf(LocalDate.of(2026, 10, 1)).holiday())
          .contains(Holiday.NATIONAL_DAY);
      assertThat(named.combinedWith(OFFICIAL).dayOf(LocalDate.of(2026, 10, 1)).holiday())
          .contains(renamed);
    }
  }

  @Nested
  @DisplayName("the builder's refusals")
  class Builder {

    @Test
    @DisplayName("CAL-11: official years that end before they start are a problem; one year alone is fine")
    void officialYears() {
      assertThatThrownBy(() -> WorkingDayCalendar.builder().addOfficialYears(2010, 2009).build())
          .isInstanceOf(InvalidScheduleException.class)
          .hasMessage(
              "The calendar schedule has 2 problems:\n"
                  + "  - official years 2010..2009 end before they start\n"
                  + "  - no official year declared; call addOfficialYear for each notice");
      assertThat(WorkingDayCalendar.builder().addOfficialYears(2026, 2026).build().coveredRange())
          .hasToString("2026-01-01/2027-01-01");
    }

    @Test
    @DisplayName("CAL-11: years 1949..2100 are taken; outside, the call names itself and the year at once")
    void supportedYears() {
      assertThat(WorkingDayCalendar.builder().addOfficialYear(1949).addOfficialYear(2100))
          .hasToString("WorkingDayCalendarBuilder[years 1949..2100, 0 dated entries]");
      String range =
          ": a calendar holds the years 1949..2100 (the holiday measures date from 1949; the lunar"
              + " table ends in 2100)";
      assertThatThrownBy(() -> WorkingDayCalendar.builder().addOfficialYear(1948))
          .isInstanceOf(InvalidScheduleException.class)
          .hasMessageEndingWith("addOfficialYear(1948)" + range);
      assertThatThrownBy(() -> WorkingDayCalendar.builder().addOfficialYears(1948, 2007))
          .isInstanceOf(InvalidScheduleException.class)
          .hasMessageEndingWith("addOfficialYears(1948)" + range);
      assertThatThrownBy(
              () ->
                  WorkingDayCalendar.builder()
                      .addHolidays(Holiday.NATIONAL_DAY, LocalDate.of(1948, 10, 1), LocalDate.of(2026, 10, 1)))
          .isInstanceOf(InvalidScheduleException.class)
          .hasMessageEndingWith("国庆节 run from(1948)" + range);
      assertThatThrownBy(() -> WorkingDayCalendar.builder().addOfficialYears(2007, 2200))
          .isInstanceOf(InvalidScheduleException.class)
          .hasMessageEndingWith("addOfficialYears(2200)" + range);
      assertThatThrownBy(
              () ->
                  WorkingDayCalendar.builder()
                      .addHolidays(Holiday.NATIONAL_DAY, LocalDate.of(2026, 10, 1), LocalDate.of(2101, 1, 1)))
          .isInstanceOf(InvalidScheduleException.class)
          .hasMessageEndingWith("国庆节 run to(2101)" + range);
    }

    @Test
    @DisplayName("CAL-11: a notice of a year outside 1949..2100 is refused when added, naming the year")
    void noticeOutsideTheYears() {
      HolidayNotice farOff =
          HolidayNotice.parse(
              "国务院关于中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日调休放假的通知\n2101年9月3日全国放假1天。");
      assertThat(farOff.year()).isEqualTo(2101);
      assertThatThrownBy(() -> WorkingDayCalendar.builder().addNotice(farOff))
          .isInstanceOf(InvalidScheduleException.class)
          .hasMessageEndingWith(
              "addNotice(2101): a calendar holds the years 1949..2100 (the holiday measures date"
                  + " from 1949; the lunar table ends in 2100)");
    }

    @Test
    @DisplayName("CAL-2: a run that ends before it starts, or a national holiday given as a closure, is a problem")
    void runs() {
      assertThatThrownBy(
              () ->
                  WorkingDayCalendar.builder()
                      .addOfficialYear(2026)
                      .addHolidays(Holiday.NATIONAL_DAY, LocalDate.of(2026, 10, 7), LocalDate.of(2026, 10, 1))
                      .build())
          .isInstanceOf(InvalidScheduleException.class)
          .hasMessage(
              "The calendar schedule has 1 problem:\n"
                  + "  - 国庆节 run 2026-10-07..2026-10-01 ends before it starts");
      assertThatThrownBy(
              () ->
                  WorkingDayCalendar.builder()
                      .addOfficialYear(2026)
                      .addRegionalClosure(Holiday.SPRING_FESTIVAL, LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 16))
                      .build())
          .isInstanceOf(InvalidScheduleException.class)
          .hasMessage(
              "The calendar schedule has 1 problem:\n"
                  + "  - 春节 is a national holiday; add it with addHolidays");
    }

    @Test
    @DisplayName("CAL-2: a calendar names at most 4,095 distinct holidays; one more is refused with the count")
    void distinctHolidays() {
      assertThat(closures(DayTable.MAX_HOLIDAYS).build().dayOf(LocalDate.of(2007, 1, 1)).holiday())
          .contains(Holiday.regional("节0", "Festival 0"));
      assertThatThrownBy(() -> closures(DayTable.MAX_HOLIDAYS + 1).build())
          .isInstanceOf(InvalidScheduleException.class)
          .hasMessage("The calendar schedule has 1 problem:\n  - 4096 distinct holidays; a calendar holds at most 4095");
    }

    /** Official years 2007..2026 without holidays, with one regional closure of its own name on each of n days. */
    private WorkingDayCalendarBuilder closures(int n) {
      WorkingDayCalendarBuilder builder = WorkingDayCalendar.builder().addOfficialYears(2007, 2026);
      LocalDate day = LocalDate.of(2007, 1, 1);
      for (int i = 0; i < n; i++, day = day.plusDays(1)) {
        builder.addRegionalClosure(Holiday.regional("节" + i, "Festival " + i), day, day);
      }
      return builder;
    }

    @Test
    @DisplayName("CAL-11: the builder's summary names its years, entries and estimate")
    void summary() {
      assertThat(WorkingDayCalendar.builder()).hasToString("WorkingDayCalendarBuilder[years none, 0 dated entries]");
      assertThat(WorkingDayCalendar.builder().addOfficialYears(2007, 2026).estimateThrough(2030))
          .hasToString("WorkingDayCalendarBuilder[years 2007..2026, 0 dated entries, estimate through 2030]");
      assertThat(OFFICIAL.toBuilder())
          .hasToString("WorkingDayCalendarBuilder[years 2007..2026, 675 dated entries]");
    }
  }

  @Nested
  @DisplayName("CAL-11: notices added to a builder")
  class Notices {

    @Test
    @DisplayName("CAL-11: the 2019 notice and its 劳动节 revision (国办发明电〔2019〕2号) give the official 2019")
    void revision() {
      WorkingDayCalendar built =
          WorkingDayCalendar.builder()
              .addNotice(HolidayNotice.parse(notice("2018")))
              .addNotice(HolidayNotice.parse(notice("2019")))
              .addNotice(HolidayNotice.parse(notice("2019-labour-day-revision")))
              .build();
      for (LocalDate day = LocalDate.of(2019, 1, 1); day.getYear() == 2019; day = day.plusDays(1)) {
        assertThat(built.dayOf(day)).as("%s", day).isEqualTo(OFFICIAL.dayOf(day));
      }
    }

    @Test
    @DisplayName("CAL-11: a yearly notice for an official year that gives a holiday two days instead of three is refused with the day left out")
    void evenRunLeftOut() {
      String twoDays =
          notice("2025").replace("5月31日（周六）至6月2日（周一）放假，共3天", "5月31日（周六）至6月1日（周日）放假，共2天");
      assertThatThrownBy(() -> OFFICIAL.toBuilder().addNotice(HolidayNotice.parse(twoDays)).build())
          .isInstanceOf(InvalidScheduleException.class)
          .hasMessageContaining(
              "2025 is already official and the notice disagrees with it on 1 day: 2025-06-02 (notice:"
                  + " not named; calendar: 法定节假日 端午节); a yearly notice");
    }

    @Test
    @DisplayName("CAL-11: a yearly notice for an official year that moves a make-up day is refused with both days")
    void makeUpDayMoved() {
      String moved = notice("2025").replace("4月27日（周日）上班", "4月26日（周六）上班");
      assertThatThrownBy(() -> OFFICIAL.toBuilder().addNotice(HolidayNotice.parse(moved)).build())
          .isInstanceOf(InvalidScheduleException.class)
          .hasMessageContaining(
              "on 2 days: 2025-04-26 (notice: 调休上班日 劳动节; calendar: a plain day), 2025-04-27"
                  + " (notice: not named; calendar: 调休上班日 劳动节); a yearly notice");
    }

    @Test
    @DisplayName("CAL-11: the days that differ are listed in date order, at most five, then an ellipsis")
    void differencesInDateOrder() {
      String moved =
          notice("2025").replace("5月31日（周六）至6月2日（周一）放假", "6月1日（周日）至6月3日（周二）放假");
      assertThatThrownBy(() -> OFFICIAL.toBuilder().addNotice(HolidayNotice.parse(moved)).build())
          .isInstanceOf(InvalidScheduleException.class)
          .hasMessageContaining(
              "on 2 days: 2025-05-31 (notice: not named; calendar: 法定节假日 端午节), 2025-06-03"
                  + " (notice: 法定节假日 端午节; calendar: a plain day); a yearly notice");
      String later =
          notice("2025").replace("5月31日（周六）至6月2日（周一）放假", "6月3日（周二）至6月5日（周四）放假");
      assertThatThrownBy(() -> OFFICIAL.toBuilder().addNotice(HolidayNotice.parse(later)).build())
          .isInstanceOf(InvalidScheduleException.class)
          .hasMessageContaining(
              "on 6 days: 2025-05-31 (notice: not named; calendar: 法定节假日 端午节), 2025-06-01"
                  + " (notice: not named; calendar: 法定节假日 端午节), 2025-06-02 (notice: not named;"
                  + " calendar: 法定节假日 端午节), 2025-06-03 (notice: 法定节假日 端午节; calendar: a plain"
                  + " day), 2025-06-04 (notice: 法定节假日 端午节; calendar: a plain day), …; a yearly notice");
    }

    @Test
    @DisplayName("CAL-11: a revision notice replaces its holiday's days: 2025-06-02 is a working day again")
    void revisionReplacesDays() {
      HolidayNotice revision =
          HolidayNotice.parse("国务院办公厅关于调整2025年端午节假期安排的通知\n一、2025年5月30日至6月1日放假调休，共3天。");
      WorkingDayCalendar revised = ChinaCalendars.buildOfficial().toBuilder().addNotice(revision).build();
      assertThat(revised.dayOf(LocalDate.of(2025, 5, 30)).holiday()).contains(Holiday.DRAGON_BOAT_FESTIVAL);
      assertThat(revised.dayOf(LocalDate.of(2025, 6, 2)).kind()).isEqualTo(DayKind.WORKING_DAY);
    }

    @Test
    @DisplayName("CAL-11: five days that differ are all listed, with no ellipsis")
    void fiveDifferences() {
      assertThatThrownBy(() -> OFFICIAL.toBuilder().addNotice(HolidayNotice.parse(notice("2019"))).build())
          .isInstanceOf(InvalidScheduleException.class)
          .hasMessageContaining(
              "on 5 days: 2019-04-28 (notice: not named; calendar: 调休上班日 劳动节), 2019-05-02"
                  + " (notice: not named; calendar: 法定节假日 劳动节), 2019-05-03 (notice: not named;"
                  + " calendar: 法定节假日 劳动节), 2019-05-04 (notice: not named; calendar: 法定节假日"
                  + " 劳动节), 2019-05-05 (notice: not named; calendar: 调休上班日 劳动节); a yearly"
                  + " notice adds a year not yet official");
    }

    @Test
    @DisplayName("CAL-11: an extension needs its holiday's days first, and must run past them")
    void extensionRefusals() {
      assertThatThrownBy(
              () ->
                  WorkingDayCalendar.builder()
                      .addOfficialYear(2020)
                      .addNotice(HolidayNotice.parse(notice("2020-spring-festival-extension")))
                      .build())
          .isInstanceOf(InvalidScheduleException.class)
          .hasMessageContaining(
              "国务院办公厅关于延长2020年春节假期的通知 extends 春节 through 2020-02-02, but the builder"
                  + " holds no day of that holiday in the two months before; add the year's notice first");
      HolidayNotice toThe30th =
          HolidayNotice.parse(
              "国务院办公厅关于延长2020年春节假期的通知\n一、延长2020年春节假期至1月30日（农历正月初六，星期四）。");
      assertThatThrownBy(() -> OFFICIAL.toBuilder().addNotice(toThe30th).build())
          .isInstanceOf(InvalidScheduleException.class)
          .hasMessageContaining("extends 春节 through 2020-01-30, but that holiday already runs to 2020-01-30");
    }
  }
}
