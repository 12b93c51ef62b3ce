package dev.disclosure.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.disclosure.calendar.ChinaCalendars;
import dev.disclosure.calendar.DayKind;
import dev.disclosure.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CalendarsTest {

  private static final WorkingDayCalendar OFFICIAL = ChinaCalendars.official();

  @Test
  @DisplayName(
      "CAL-9: a calendar with regional closures differs from its base only on its closed days,"
          + " which are rest days with a regional holiday; 1 to 3 closures of 1 to 5 days")
  void regionalClosures() {
    for (WorkingDayCalendar calendar :
        Calendars.withRegionalClosures(OFFICIAL).sample(20261130L, 20)) {
      assertThat(calendar.coveredRange()).isEqualTo(OFFICIAL.coveredRange());
      List<LocalDate> closed =
          calendar.coveredRange().stream()
              .filter(d -> calendar.dayOf(d).kind() == DayKind.REGIONAL_CLOSURE)
              .toList();
      assertThat(closed).hasSizeBetween(1, 15);
      for (LocalDate day : closed) {
        assertThat(calendar.isWorkingDay(day)).isFalse();
        assertThat(calendar.dayOf(day).holiday()).isPresent();
      }
      calendar.coveredRange().stream()
          .filter(d -> !closed.contains(d))
          .forEach(d -> assertThat(calendar.dayOf(d)).isEqualTo(OFFICIAL.dayOf(d)));
    }
  }
}
