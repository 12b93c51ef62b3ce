package dev.disclosure.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The builder's hard edges: years it cannot hold are refused at once, messages stay short. */
class BuilderEdgesTest {

  @ParameterizedTest
  @ValueSource(ints = {Integer.MIN_VALUE, -1, 0, 1948, 2101, 20270, Integer.MAX_VALUE})
  @DisplayName("CAL-9: a year outside 1949..2100 is refused at once, naming it and the range")
  void yearsOutsideTheRange(int year) {
    assertThatThrownBy(() -> ChinaCalendars.official().toBuilder().addOfficialYear(year))
        .isInstanceOf(InvalidScheduleException.class)
        .hasMessageContaining("addOfficialYear(" + year + ")")
        .hasMessageContaining("1949..2100");
    assertThatThrownBy(() -> WorkingDayCalendar.builder().addOfficialYears(2007, year))
        .isInstanceOf(InvalidScheduleException.class);
  }

  @Test
  @DisplayName("CAL-9: a run reaching a year the calendar cannot hold is refused before it is walked")
  void runsOutsideTheRange() {
    assertThatThrownBy(
            () ->
                WorkingDayCalendar.builder()
                    .addOfficialYear(2027)
                    .addHolidays(Holiday.NATIONAL_DAY, LocalDate.of(2027, 10, 1), LocalDate.MAX))
        .isInstanceOf(InvalidScheduleException.class)
        .hasMessageContaining("1949..2100");
  }

  @Test
  @DisplayName("CAL-9: the message lists five problems and counts the rest; problems() holds all")
  void shortMessages() {
    WorkingDayCalendarBuilder builder = WorkingDayCalendar.builder().addOfficialYear(2027);
    for (int day = 1; day <= 20; day++) {
      builder.addMakeUpWorkingDay(Holiday.SPRING_FESTIVAL, LocalDate.of(2030, 1, day));
    }
    InvalidScheduleException refused = catchBuild(builder);
    assertThat(refused.problems()).hasSizeGreaterThan(InvalidScheduleException.SHOWN);
    assertThat(refused.getMessage())
        .contains("… and " + (refused.problems().size() - InvalidScheduleException.SHOWN) + " more")
        .hasSizeLessThan(2_000);
  }

  private static InvalidScheduleException catchBuild(WorkingDayCalendarBuilder builder) {
    try {
      builder.build();
    } catch (InvalidScheduleException e) {
      return e;
    }
    throw new AssertionError("the build was expected to fail");
  }
}
