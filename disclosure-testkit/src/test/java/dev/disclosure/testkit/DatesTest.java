package dev.disclosure.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.disclosure.calendar.ChinaCalendars;
import dev.disclosure.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;

class DatesTest {

  private static final WorkingDayCalendar OFFICIAL = ChinaCalendars.official();

  @Test
  @DisplayName("CAL-1, CAL-2: the holiday runs of the official data, e.g. 国庆节 2026 with its weekend")
  void holidayRuns() {
    List<LocalDateRange> runs = Dates.holidayRuns(OFFICIAL);
    assertThat(runs)
        .contains(
            LocalDateRange.ofClosed(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 7)),
            LocalDateRange.ofClosed(LocalDate.of(2015, 9, 3), LocalDate.of(2015, 9, 5)),
            LocalDateRange.ofClosed(LocalDate.of(2020, 1, 24), LocalDate.of(2020, 2, 2)));
    for (LocalDateRange run : runs) {
      run.stream().forEach(day -> assertThat(OFFICIAL.isWorkingDay(day)).isFalse());
      LocalDate before = run.getStart().minusDays(1);
      if (OFFICIAL.coveredRange().contains(before)) {
        assertThat(OFFICIAL.isWorkingDay(before)).as("before %s", run).isTrue();
      }
      if (OFFICIAL.coveredRange().contains(run.getEnd())) {
        assertThat(OFFICIAL.isWorkingDay(run.getEnd())).as("after %s", run).isTrue();
      }
    }
    // every year has its six or seven festivals (the 2015 and 2020 specials aside)
    assertThat(runs).hasSizeBetween(20 * 6, 20 * 8);
  }

  @Test
  @DisplayName(
      "CAL-4, CAL-5: within 5,000 draws the generator gives the working day before and after every"
          + " holiday run of the official data, and only dates inside the data")
  void bothSidesOfEveryRun() {
    List<LocalDateRange> runs = Dates.holidayRuns(OFFICIAL);
    Set<LocalDate> drawn = new HashSet<>(Dates.aroundHolidayRuns(OFFICIAL).sample(20261130L, 5000));
    for (LocalDate date : drawn) {
      assertThat(OFFICIAL.coveredRange().contains(date)).isTrue();
    }
    for (LocalDateRange run : runs) {
      LocalDate before = run.getStart().minusDays(1);
      if (OFFICIAL.coveredRange().contains(before)) {
        assertThat(drawn).as("before %s", run).contains(before);
      }
      if (OFFICIAL.coveredRange().contains(run.getEnd())) {
        assertThat(drawn).as("after %s", run).contains(run.getEnd());
      }
      assertThat(drawn).as("inside %s", run).anyMatch(run::contains);
    }
  }

  @Test
  @DisplayName("uniform dates stay inside the range and reach both of its ends")
  void uniform() {
    LocalDateRange range = LocalDateRange.ofClosed(LocalDate.of(2026, 9, 28), LocalDate.of(2026, 10, 8));
    List<LocalDate> drawn = Dates.within(range).sample(1L, 500);
    assertThat(drawn).allMatch(range::contains).contains(range.getStart(), range.getEndInclusive());
    assertThatThrownBy(() -> Dates.within(LocalDateRange.of(range.getStart(), range.getStart())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2026-09-28");
  }
}
