package dev.disclosure.calendar;

import static dev.disclosure.calendar.Fixtures.FRI_2020_01_31;
import static dev.disclosure.calendar.Fixtures.FRI_2026_02_13;
import static dev.disclosure.calendar.Fixtures.FRI_2026_09_25;
import static dev.disclosure.calendar.Fixtures.FRI_2027_01_01;
import static dev.disclosure.calendar.Fixtures.MON_2026_09_28;
import static dev.disclosure.calendar.Fixtures.SAT_2020_02_01;
import static dev.disclosure.calendar.Fixtures.SAT_2026_02_14;
import static dev.disclosure.calendar.Fixtures.SAT_2026_10_10;
import static dev.disclosure.calendar.Fixtures.SUN_2006_12_31;
import static dev.disclosure.calendar.Fixtures.SUN_2015_09_06;
import static dev.disclosure.calendar.Fixtures.SUN_2026_09_20;
import static dev.disclosure.calendar.Fixtures.THU_2015_09_03;
import static dev.disclosure.calendar.Fixtures.THU_2026_10_01;
import static dev.disclosure.calendar.Fixtures.THU_2026_10_08;
import static dev.disclosure.calendar.Fixtures.THU_2026_12_31;
import static dev.disclosure.calendar.Fixtures.TUE_2026_02_24;
import static dev.disclosure.calendar.Fixtures.WED_2026_09_30;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.threeten.extra.LocalDateRange;

class WorkingDayCalendarTest {

  private static final WorkingDayCalendar OFFICIAL = ChinaCalendars.official();

  @Nested
  @DisplayName("CAL-2 day kinds")
  class DayKinds {

    static Stream<Arguments> days() {
      return Stream.of(
          Arguments.of(MON_2026_09_28, DayKind.WORKING_DAY, null),
          Arguments.of(LocalDate.of(2026, 9, 19), DayKind.WEEKEND, null),
          Arguments.of(SUN_2026_09_20, DayKind.MAKE_UP_WORKING_DAY, Holiday.NATIONAL_DAY),
          Arguments.of(SAT_2026_10_10, DayKind.MAKE_UP_WORKING_DAY, Holiday.NATIONAL_DAY),
          Arguments.of(THU_2026_10_01, DayKind.STATUTORY_HOLIDAY, Holiday.NATIONAL_DAY),
          Arguments.of(FRI_2026_09_25, DayKind.STATUTORY_HOLIDAY, Holiday.MID_AUTUMN_FESTIVAL),
          Arguments.of(SAT_2026_02_14, DayKind.MAKE_UP_WORKING_DAY, Holiday.SPRING_FESTIVAL),
          Arguments.of(
              LocalDate.of(2025, 10, 6), DayKind.STATUTORY_HOLIDAY, Holiday.NATIONAL_DAY_AND_MID_AUTUMN),
          Arguments.of(
              THU_2015_09_03, DayKind.STATUTORY_HOLIDAY, Holiday.VICTORY_DAY_70TH_ANNIVERSARY),
          Arguments.of(
              SUN_2015_09_06, DayKind.MAKE_UP_WORKING_DAY, Holiday.VICTORY_DAY_70TH_ANNIVERSARY),
          Arguments.of(
              FRI_2020_01_31, DayKind.STATUTORY_HOLIDAY, Holiday.SPRING_FESTIVAL_2020_EXTENSION),
          Arguments.of(
              SAT_2020_02_01, DayKind.STATUTORY_HOLIDAY, Holiday.SPRING_FESTIVAL_2020_EXTENSION),
          Arguments.of(LocalDate.of(2007, 12, 29), DayKind.MAKE_UP_WORKING_DAY, Holiday.NEW_YEARS_DAY),
          Arguments.of(LocalDate.of(2007, 5, 7), DayKind.STATUTORY_HOLIDAY, Holiday.LABOUR_DAY));
    }

    @ParameterizedTest(name = "CAL-2: {0} is {1} {2}")
    @MethodSource("days")
    void kindAndHoliday(LocalDate date, DayKind kind, Holiday holiday) {
      CalendarDay day = OFFICIAL.dayOf(date);
      assertThat(day.kind()).isEqualTo(kind);
      assertThat(day.holiday().orElse(null)).isEqualTo(holiday);
      assertThat(day.isWorkingDay()).isEqualTo(kind.isWorkingDay());
      assertThat(OFFICIAL.isWorkingDay(date)).isEqualTo(kind.isWorkingDay());
      assertThat(day.isProvisional()).isFalse();
    }

    @Test
    @DisplayName("CAL-2: labels are the official Chinese terms")
    void labels() {
      assertThat(DayKind.MAKE_UP_WORKING_DAY.label()).isEqualTo("调休上班日");
      assertThat(OFFICIAL.dayOf(THU_2026_10_01).toString()).isEqualTo("2026-10-01 法定节假日 国庆节");
    }

    @Test
    @DisplayName("CAL-3: group half-day holidays are queryable but never close an agency")
    void groupHolidays() {
      LocalDate womensDay = LocalDate.of(2024, 3, 8); // a Friday
      assertThat(OFFICIAL.dayOf(womensDay).groupHolidays()).containsExactly(GroupHoliday.WOMENS_DAY);
      assertThat(OFFICIAL.isWorkingDay(womensDay)).isTrue();
      assertThat(OFFICIAL.dayOf(LocalDate.of(2023, 5, 4)).groupHolidays())
          .containsExactly(GroupHoliday.YOUTH_DAY);
      assertThat(OFFICIAL.isWorkingDay(LocalDate.of(2023, 5, 4))).isTrue(); // a Thursday
      assertThat(GroupHoliday.on(LocalDate.of(2026, 6, 1))).containsExactly(GroupHoliday.CHILDRENS_DAY);
      assertThat(OFFICIAL.isWorkingDay(LocalDate.of(2026, 6, 1))).isTrue();
      assertThat(GroupHoliday.on(LocalDate.of(2026, 8, 1))).containsExactly(GroupHoliday.ARMY_DAY);
      assertThat(GroupHoliday.ARMY_DAY.whoIsOff()).isEqualTo("现役军人放假半天");
      assertThat(GroupHoliday.on(MON_2026_09_28)).isEmpty();
    }

    @Test
    @DisplayName("CAL-3: from 2025 the law gives 13 statutory days, 春节 including 除夕")
    void amendment2025() {
      // 2025-01-28 is 除夕 and 2025-05-02 the second 劳动节 day of the amended law
      assertThat(OFFICIAL.dayOf(LocalDate.of(2025, 1, 28)).kind()).isEqualTo(DayKind.STATUTORY_HOLIDAY);
      assertThat(OFFICIAL.dayOf(LocalDate.of(2025, 5, 2)).kind()).isEqualTo(DayKind.STATUTORY_HOLIDAY);
    }
  }

  @Nested
  @DisplayName("CAL-4 counting working days")
  class Counting {

    @Test
    @DisplayName("CAL-4: the start day is not counted; the first working day after 国庆节 is day 1")
    void startNotCounted() {
      assertThat(OFFICIAL.plusWorkingDays(WED_2026_09_30, 1)).isEqualTo(THU_2026_10_08);
      assertThat(OFFICIAL.nextWorkingDay(WED_2026_09_30)).isEqualTo(THU_2026_10_08);
      assertThat(OFFICIAL.plusWorkingDays(THU_2026_10_08, 2)).isEqualTo(SAT_2026_10_10);
      assertThat(OFFICIAL.previousWorkingDay(THU_2026_10_08)).isEqualTo(WED_2026_09_30);
      assertThat(OFFICIAL.minusWorkingDays(SAT_2026_10_10, 2)).isEqualTo(THU_2026_10_08);
    }

    @Test
    @DisplayName("CAL-4: N = 0 means on the spot (当场), the date itself, even on a rest day")
    void zeroIsOnTheSpot() {
      assertThat(OFFICIAL.plusWorkingDays(THU_2026_10_01, 0)).isEqualTo(THU_2026_10_01);
      assertThat(OFFICIAL.minusWorkingDays(THU_2026_10_01, 0)).isEqualTo(THU_2026_10_01);
    }

    @Test
    @DisplayName("CAL-4: a start on a rest day counts from the next working day")
    void startOnRestDay() {
      assertThat(OFFICIAL.plusWorkingDays(THU_2026_10_01, 1)).isEqualTo(THU_2026_10_08);
      assertThat(OFFICIAL.plusWorkingDays(FRI_2026_02_13, 2)).isEqualTo(TUE_2026_02_24);
    }

    @Test
    @DisplayName("CAL-4: working days between count (start, end]")
    void between() {
      assertThat(OFFICIAL.workingDaysBetween(WED_2026_09_30, THU_2026_10_08)).isEqualTo(1);
      assertThat(OFFICIAL.workingDaysBetween(WED_2026_09_30, WED_2026_09_30)).isZero();
      assertThat(OFFICIAL.workingDaysBetween(SUN_2026_09_20, MON_2026_09_28)).isEqualTo(5);
      assertThat(
              OFFICIAL.workingDaysBetween(LocalDate.of(2025, 12, 31), LocalDate.of(2026, 12, 31)))
          .isEqualTo(248);
    }

    @Test
    @DisplayName("CAL-1: working days of a range, in order")
    void workingDaysOfRange() {
      assertThat(OFFICIAL.workingDays(LocalDateRange.ofClosed(FRI_2026_09_25, THU_2026_10_08)))
          .containsExactly(
              MON_2026_09_28, LocalDate.of(2026, 9, 29), WED_2026_09_30, THU_2026_10_08);
      assertThat(OFFICIAL.workingDays(LocalDateRange.ofEmpty(THU_2026_10_08))).isEmpty();
    }

    @Test
    @DisplayName(
        "CAL-3: the 6-day make-up guideline allows special cases and is not enforced: 2008 had 9")
    void makeUpRuns() {
      int longest = 0;
      LocalDate longestEnd = null;
      int run = 0;
      for (LocalDate date = LocalDate.of(2007, 1, 1);
          !date.isAfter(THU_2026_12_31);
          date = date.plusDays(1)) {
        run = OFFICIAL.isWorkingDay(date) ? run + 1 : 0;
        if (run > longest) {
          longest = run;
          longestEnd = date;
        }
      }
      assertThat(longest).isEqualTo(9);
      assertThat(longestEnd).isEqualTo(LocalDate.of(2008, 2, 5));
      assertThat(OFFICIAL.workingDaysBetween(LocalDate.of(2008, 1, 27), longestEnd)).isEqualTo(9);
    }
  }

  @Nested
  @DisplayName("CAL-9 outside the data")
  class Outside {

    @Test
    @DisplayName("CAL-9: a date after 2026 is a typed error naming the covered range")
    void afterRange() {
      assertThatThrownBy(() -> OFFICIAL.isWorkingDay(FRI_2027_01_01))
          .isInstanceOf(OutsideCalendarDataException.class)
          .hasMessageContaining("2027-01-01")
          .hasMessageContaining("2007-01-01..2026-12-31")
          .hasMessageContaining("CAL-9");
      assertThatThrownBy(() -> OFFICIAL.dayOf(SUN_2006_12_31))
          .isInstanceOf(OutsideCalendarDataException.class)
          .hasMessageContaining("2006-12-31");
    }

    @Test
    @DisplayName("CAL-9: an answer that would fall after the data is refused, not guessed")
    void answerAfterRange() {
      assertThatThrownBy(() -> OFFICIAL.plusWorkingDays(THU_2026_12_31, 1))
          .isInstanceOf(OutsideCalendarDataException.class)
          .hasMessageContaining("plusWorkingDays(2026-12-31, 1)");
      assertThatThrownBy(() -> OFFICIAL.minusWorkingDays(LocalDate.of(2007, 1, 4), 1))
          .isInstanceOf(OutsideCalendarDataException.class);
      OutsideCalendarDataException error =
          org.junit.jupiter.api.Assertions.assertThrows(
              OutsideCalendarDataException.class,
              () -> OFFICIAL.workingDaysBetween(MON_2026_09_28, FRI_2027_01_01));
      assertThat(error.date()).isEqualTo(FRI_2027_01_01);
      assertThat(error.coveredRange()).isEqualTo(OFFICIAL.coveredRange());
    }
  }

  @Nested
  @DisplayName("bad input")
  class BadInput {

    @Test
    @DisplayName("CAL-4: a negative count is a typed error naming the value")
    void negativeCount() {
      assertThatThrownBy(() -> OFFICIAL.plusWorkingDays(MON_2026_09_28, -1))
          .isInstanceOf(IllegalPeriodException.class)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("-1")
          .hasMessageContaining("CAL-4");
      assertThatThrownBy(() -> OFFICIAL.minusWorkingDays(MON_2026_09_28, -3))
          .isInstanceOf(IllegalPeriodException.class)
          .hasMessageContaining("-3");
    }

    @Test
    @DisplayName("CAL-4: an end before the start is a typed error naming both dates")
    void endBeforeStart() {
      assertThatThrownBy(() -> OFFICIAL.workingDaysBetween(THU_2026_10_08, MON_2026_09_28))
          .isInstanceOf(IllegalPeriodException.class)
          .hasMessageContaining("2026-10-08")
          .hasMessageContaining("2026-09-28");
    }

    @Test
    @DisplayName("null arguments name the parameter")
    void nulls() {
      assertThatThrownBy(() -> OFFICIAL.workingDays(null)).hasMessage("range");
      assertThatThrownBy(() -> OFFICIAL.deadline(null, MON_2026_09_28)).hasMessage("period");
    }
  }

  @Nested
  @DisplayName("building, extending and combining")
  class Building {

    @Test
    @DisplayName("CAL-9: a caller adds the 2027 notice without changing the library")
    void addYear() {
      Holiday newYear = Holiday.NEW_YEARS_DAY;
      WorkingDayCalendar extended =
          OFFICIAL.toBuilder()
              .addOfficialYear(2027)
              .addHolidays(newYear, FRI_2027_01_01, LocalDate.of(2027, 1, 3))
              .addMakeUpWorkingDay(Holiday.SPRING_FESTIVAL, LocalDate.of(2027, 2, 20))
              .build();
      assertThat(extended.coveredRange().getEndInclusive()).isEqualTo(LocalDate.of(2027, 12, 31));
      assertThat(extended.isWorkingDay(FRI_2027_01_01)).isFalse();
      assertThat(extended.isWorkingDay(LocalDate.of(2027, 2, 20))).isTrue();
      assertThat(extended.plusWorkingDays(THU_2026_12_31, 1)).isEqualTo(LocalDate.of(2027, 1, 4));
      assertThat(extended.dayOf(MON_2026_09_28)).isEqualTo(OFFICIAL.dayOf(MON_2026_09_28));
      assertThat(OFFICIAL.coveredRange().getEndInclusive()).isEqualTo(THU_2026_12_31);
    }

    @Test
    @DisplayName("CAL-9: regional closures are rest days of their own kind")
    void regionalClosure() {
      Holiday eid = Holiday.regional("古尔邦节", "Eid al-Adha");
      WorkingDayCalendar xinjiang =
          OFFICIAL.toBuilder()
              .addRegionalClosure(eid, LocalDate.of(2026, 5, 27), LocalDate.of(2026, 5, 29))
              .build();
      assertThat(xinjiang.dayOf(LocalDate.of(2026, 5, 27)).kind())
          .isEqualTo(DayKind.REGIONAL_CLOSURE);
      assertThat(xinjiang.isWorkingDay(LocalDate.of(2026, 5, 28))).isFalse();
      assertThat(xinjiang.plusWorkingDays(LocalDate.of(2026, 5, 26), 1))
          .isEqualTo(LocalDate.of(2026, 6, 1));
      assertThat(xinjiang).isNotEqualTo(OFFICIAL);
      assertThat(xinjiang.toBuilder().build()).isEqualTo(xinjiang);
    }

    @Test
    @DisplayName("CAL-9: combining calendars rests on a day either calendar rests")
    void combine() {
      Holiday closure = Holiday.regional("地方节日", "Regional festival");
      WorkingDayCalendar regional =
          WorkingDayCalendar.builder()
              .addOfficialYears(2026, 2030)
              .addRegionalClosure(closure, MON_2026_09_28, MON_2026_09_28)
              .build();
      WorkingDayCalendar combined = OFFICIAL.combinedWith(regional);
      assertThat(combined.coveredRange())
          .isEqualTo(LocalDateRange.ofClosed(LocalDate.of(2026, 1, 1), THU_2026_12_31));
      assertThat(combined.dayOf(MON_2026_09_28).kind()).isEqualTo(DayKind.REGIONAL_CLOSURE);
      assertThat(combined.dayOf(THU_2026_10_01).holiday()).contains(Holiday.NATIONAL_DAY);
      // a make-up Saturday is a weekend on the regional calendar, so the combination rests
      assertThat(combined.isWorkingDay(SAT_2026_10_10)).isFalse();
      assertThatThrownBy(
              () ->
                  OFFICIAL.combinedWith(
                      WorkingDayCalendar.builder().addOfficialYear(2040).build()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("share no year");
    }

    @Test
    @DisplayName("the builder reports every problem at once")
    void builderReportsAll() {
      WorkingDayCalendarBuilder builder =
          WorkingDayCalendar.builder()
              .addOfficialYear(2030)
              .addOfficialYear(2032)
              .addMakeUpWorkingDay(Holiday.NATIONAL_DAY, LocalDate.of(2030, 10, 8)) // a Tuesday
              .addHolidays(Holiday.NATIONAL_DAY, LocalDate.of(2030, 10, 1), LocalDate.of(2030, 10, 7))
              .addMakeUpWorkingDay(Holiday.NATIONAL_DAY, LocalDate.of(2030, 10, 5))
              .addHolidays(Holiday.LABOUR_DAY, LocalDate.of(2035, 5, 1), LocalDate.of(2035, 5, 1))
              .addHolidays(Holiday.regional("x", "x"), LocalDate.of(2030, 1, 2), LocalDate.of(2030, 1, 2));
      InvalidScheduleException error =
          org.junit.jupiter.api.Assertions.assertThrows(InvalidScheduleException.class, builder::build);
      assertThat(error.problems()).hasSize(5);
      assertThat(error.getMessage())
          .contains("2030-10-08")
          .contains("miss 2031")
          .contains("2030-10-05 is given twice")
          .contains("2035-05-01")
          .contains("addRegionalClosure");
    }

    @Test
    @DisplayName("an empty builder says what is missing")
    void emptyBuilder() {
      assertThatThrownBy(() -> WorkingDayCalendar.builder().build())
          .isInstanceOf(InvalidScheduleException.class)
          .hasMessageContaining("no official year");
    }

    @Test
    @DisplayName("rebuilding from the embedded data gives an equal calendar")
    void rebuild() {
      assertThat(ChinaCalendars.buildOfficial()).isEqualTo(OFFICIAL).hasSameHashCodeAs(OFFICIAL);
      assertThat(OFFICIAL.toBuilder().build()).isEqualTo(OFFICIAL);
      assertThat(OFFICIAL.toString()).isEqualTo("WorkingDayCalendar[official 2007..2026]");
    }
  }
}
