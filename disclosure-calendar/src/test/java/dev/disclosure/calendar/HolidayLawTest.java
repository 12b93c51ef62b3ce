package dev.disclosure.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HolidayLawTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "1949, UNTIL_2007",
    "2007, UNTIL_2007",
    "2008, AMENDMENT_2007",
    "2013, AMENDMENT_2007",
    "2014, AMENDMENT_2013",
    "2024, AMENDMENT_2013",
    "2025, AMENDMENT_2024",
    "2100, AMENDMENT_2024",
  })
  @DisplayName(
      "CAL-3: the version in force: 国务院令第513号 from 2008, 第644号 from 2014, 第795号 from 2025")
  void inForce(int year, HolidayLaw expected) {
    assertThat(HolidayLaw.inForce(year)).isEqualTo(expected);
  }

  @Test
  @DisplayName("CAL-3: four holidays for all citizens until 2007, seven from 2008")
  void holidays() {
    assertThat(HolidayLaw.UNTIL_2007.holidays())
        .extracting(Holiday::label)
        .containsExactly("元旦", "春节", "劳动节", "国庆节");
    assertThat(HolidayLaw.AMENDMENT_2024.holidays())
        .extracting(Holiday::label)
        .containsExactly("元旦", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节");
  }

  @Test
  @DisplayName(
      "CAL-3: 11 statutory days 2008–2024 (春节 from 除夕 until 2013, from 初一 2014–2024), 13 from"
          + " 2025 (春节 除夕 to 初三, 劳动节 5月1日–2日)")
  void statutoryDays() {
    // 除夕 2013 = 2013-02-09; 初一 2014 = 2014-01-31; 除夕 2025 = 2025-01-28
    assertThat(spring(2013))
        .containsExactly(
            LocalDate.of(2013, 2, 9), LocalDate.of(2013, 2, 10), LocalDate.of(2013, 2, 11));
    assertThat(spring(2014))
        .containsExactly(
            LocalDate.of(2014, 1, 31), LocalDate.of(2014, 2, 1), LocalDate.of(2014, 2, 2));
    assertThat(spring(2025))
        .containsExactly(
            LocalDate.of(2025, 1, 28),
            LocalDate.of(2025, 1, 29),
            LocalDate.of(2025, 1, 30),
            LocalDate.of(2025, 1, 31));
    assertThat(HolidayLaw.inForce(2013).statutoryDays(2013)).hasSize(11);
    assertThat(HolidayLaw.inForce(2025).statutoryDays(2025)).hasSize(13);
    assertThat(days(2025, Holiday.LABOUR_DAY))
        .containsExactly(LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 2));
    assertThat(days(2024, Holiday.LABOUR_DAY)).containsExactly(LocalDate.of(2024, 5, 1));
    assertThatThrownBy(() -> HolidayLaw.UNTIL_2007.statutoryDays(2007))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("CAL-3: the holiday days before 2008 are not modelled; got 2007");
  }

  private static List<LocalDate> spring(int year) {
    return days(year, Holiday.SPRING_FESTIVAL);
  }

  private static List<LocalDate> days(int year, Holiday holiday) {
    return HolidayLaw.inForce(year).statutoryDays(year).stream()
        .filter(day -> day.getValue().equals(holiday))
        .map(Map.Entry::getKey)
        .collect(Collectors.toList());
  }
}
