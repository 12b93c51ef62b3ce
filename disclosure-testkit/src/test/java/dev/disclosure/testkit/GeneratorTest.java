package dev.disclosure.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dev.disclosure.calendar.ChinaCalendars;
import dev.disclosure.calendar.WorkingDayCalendar;
import dev.disclosure.testkit.quicktheories.QuickTheoriesGens;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class GeneratorTest {

  private static final WorkingDayCalendar OFFICIAL = ChinaCalendars.official();

  @Test
  @DisplayName("a seed reproduces a sample; another seed gives another one")
  void seedReproduces() {
    Generator<LocalDate> dates = Dates.within(OFFICIAL);
    assertThat(dates.sample(7L, 50)).isEqualTo(dates.sample(7L, 50)).hasSize(50);
    assertThat(dates.sample(8L, 50)).isNotEqualTo(dates.sample(7L, 50));
    assertThat(dates.map(LocalDate::getYear).sample(7L, 50))
        .isEqualTo(dates.sample(7L, 50).stream().map(LocalDate::getYear).toList());
    assertThat(dates.sample(7L, 0)).isEmpty();
    assertThatThrownBy(() -> dates.sample(7L, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1");
    assertThatThrownBy(() -> dates.sample(7L, Integer.MAX_VALUE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("count must be 0 to 1000000")
        .hasMessageContaining(String.valueOf(Integer.MAX_VALUE));
  }

  @Test
  @DisplayName("the QuickTheories adapter: a fixed seed gives the same values on every run")
  void quickTheoriesAdapterIsReproducible() {
    List<List<LocalDate>> runs = new ArrayList<>();
    for (int run = 0; run < 2; run++) {
      List<LocalDate> seen = new ArrayList<>();
      qt().withFixedSeed(20261130L)
          .withExamples(100)
          .forAll(QuickTheoriesGens.of(Dates.within(OFFICIAL)))
          .checkAssert(
              date -> {
                assertThat(OFFICIAL.coveredRange().contains(date)).isTrue();
                seen.add(date);
              });
      runs.add(seen);
    }
    assertThat(runs.get(0)).hasSize(100).isEqualTo(runs.get(1));
    assertThat(runs.get(0).stream().distinct().count()).isGreaterThan(90);
  }

  @Test
  @DisplayName("filter draws until the condition holds, and gives up on a condition never met")
  void filter() {
    Generator<LocalDate> dates = Dates.within(OFFICIAL);
    assertThat(dates.filter(d -> d.getYear() == 2026).sample(3L, 100))
        .allMatch(d -> d.getYear() == 2026);
    assertThatThrownBy(() -> dates.filter(d -> d.getYear() == 1900).sample(3L, 1))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("10000");
  }
}
