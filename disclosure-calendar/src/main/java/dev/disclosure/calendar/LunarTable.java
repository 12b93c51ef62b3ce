package dev.disclosure.calendar;

import java.time.LocalDate;

/**
 * An embedded table of the Gregorian dates of the Chinese lunar festivals that are statutory
 * holidays (CAL-3) and of the Qingming solar term (清明), used to estimate a year's holidays before
 * its official notice is published (CAL-9).
 *
 * <p>For each year from {@link #firstYear()} to {@link #lastYear()} the table holds 春节 (正月初一), 端午
 * (五月初五), 中秋 (八月十五) and 清明, all as dates in Beijing time (UTC+8). The values were computed once,
 * offline, with lunar-java ({@code cn.6tail:lunar}), whose new moons and solar terms come from a
 * high-precision astronomical computation, and cross-checked against ICU4J's {@code
 * ChineseCalendar} at UTC+8. The two agree in every year except 春节 2027 and 2030, where ICU4J 76.1
 * is a day off because its lower-precision astronomy puts a new moon that falls minutes from
 * Beijing midnight on the wrong day; the table follows lunar-java there (6 February 2027 and 3
 * February 2030, as in published calendars). Dates decades ahead carry the usual caveat that a new
 * moon or solar term within minutes of midnight may yet move by a day (the 2089 中秋 is such a case).
 * {@code LunarTableTest} checks every entry against both libraries.
 *
 * <p>Each year is one {@code int} of four bytes; from the most significant byte down they are day
 * offsets of 春节 from 21 January, of 清明 from 4 April, of 端午 from 27 May and of 中秋 from 7 September,
 * all in that Gregorian year. Nothing is computed or read at run time.
 *
 * <p>Immutable and thread-safe.
 */
final class LunarTable {

  private static final int FIRST_YEAR = 2000;

  private static final int NEW_YEAR_SHIFT = 24;
  private static final int QINGMING_SHIFT = 16;
  private static final int DRAGON_BOAT_SHIFT = 8;
  private static final int MID_AUTUMN_SHIFT = 0;

  /** One packed year per entry, from {@link #FIRST_YEAR}; see the class comment for the layout. */
  private static final int[] YEARS = {
    0x0f_00_0a_05, 0x03_01_1d_18, 0x16_01_13_0e, 0x0b_01_08_04, 0x01_00_1a_15, // 2000-2004
    0x13_01_0f_0b, 0x08_01_04_1d, 0x1c_01_17_12, 0x11_00_0c_07, 0x05_00_01_1a, // 2005-2009
    0x18_01_14_0f, 0x0d_01_0a_05, 0x02_00_1b_17, 0x14_00_10_0c, 0x0a_01_06_01, // 2010-2014
    0x1d_01_18_14, 0x12_00_0d_08, 0x07_00_03_1b, 0x1a_01_16_11, 0x0f_01_0b_06, // 2015-2019
    0x04_00_1d_18, 0x16_00_12_0e, 0x0b_01_07_03, 0x01_01_1a_16, 0x14_00_0e_0a, // 2020-2024
    0x08_00_04_1d, 0x1b_01_17_12, 0x10_01_0d_08, 0x05_00_01_1a, 0x17_00_14_0f, // 2025-2029
    0x0d_01_09_05, 0x02_01_1c_18, 0x15_00_10_0c, 0x0a_00_05_01, 0x1d_01_18_14, // 2030-2034
    0x12_01_0e_09, 0x07_00_03_1b, 0x19_00_16_11, 0x0e_01_0b_06, 0x03_01_00_19, // 2035-2039
    0x16_00_12_0d, 0x0b_00_07_03, 0x01_00_1a_15, 0x14_01_0f_0a, 0x09_00_04_1c, // 2040-2044
    0x1b_00_17_12, 0x10_00_0c_08, 0x05_01_02_1b, 0x18_00_13_0f, 0x0c_00_08_04, // 2045-2049
    0x02_00_1b_17, 0x15_01_11_0c, 0x0b_00_05_00, 0x1d_00_18_13, 0x12_00_0e_09, // 2050-2054
    0x07_01_03_1c, 0x19_00_15_11, 0x0e_00_0a_06, 0x03_00_1d_19, 0x16_01_12_0e, // 2055-2059
    0x0c_00_07_02, 0x00_00_1a_15, 0x13_00_0f_0a, 0x08_01_05_1d, 0x1b_00_17_12, // 2060-2064
    0x0f_00_0c_08, 0x05_00_01_1a, 0x18_01_14_10, 0x0d_00_08_04, 0x02_00_1b_16, // 2065-2069
    0x15_00_11_0c, 0x0a_01_06_01, 0x1d_00_18_13, 0x11_00_0e_09, 0x06_00_03_1c, // 2070-2074
    0x19_00_15_11, 0x0f_00_0a_05, 0x03_00_1c_18, 0x16_00_12_0d, 0x0c_00_08_03, // 2075-2079
    0x01_00_1a_15, 0x13_00_0f_0a, 0x08_00_05_1d, 0x1b_00_17_13, 0x10_00_0b_07, // 2080-2084
    0x05_00_00_1a, 0x18_00_13_0f, 0x0d_00_09_04, 0x03_00_1b_16, 0x14_00_11_0b, // 2085-2089
    0x09_00_06_01, 0x1c_00_19_14, 0x11_00_0d_09, 0x06_00_02_1c, 0x19_00_15_11, // 2090-2094
    0x0f_00_0a_06, 0x04_00_1c_17, 0x16_00_12_0d, 0x0b_00_08_02, 0x00_00_1b_16, // 2095-2099
    0x13_01_10_0b, // 2100
  };

  private LunarTable() {}

  /** Returns the first Gregorian year the table covers. */
  static int firstYear() {
    return FIRST_YEAR;
  }

  /** Returns the last Gregorian year the table covers. */
  static int lastYear() {
    return FIRST_YEAR + YEARS.length - 1;
  }

  /**
   * Returns the Chinese New Year (春节, 正月初一) that falls in the given Gregorian year.
   *
   * @param year a Gregorian year from {@link #firstYear()} to {@link #lastYear()}
   * @return the date of 正月初一 in Beijing time
   * @throws IllegalArgumentException if the table does not cover {@code year}
   */
  static LocalDate lunarNewYear(int year) {
    return LocalDate.of(year, 1, 21).plusDays(offset(year, NEW_YEAR_SHIFT));
  }

  /**
   * Returns the Dragon Boat Festival (端午节, 五月初五) that falls in the given Gregorian year.
   *
   * @param year a Gregorian year from {@link #firstYear()} to {@link #lastYear()}
   * @return the date of 五月初五 in Beijing time
   * @throws IllegalArgumentException if the table does not cover {@code year}
   */
  static LocalDate dragonBoatFestival(int year) {
    return LocalDate.of(year, 5, 27).plusDays(offset(year, DRAGON_BOAT_SHIFT));
  }

  /**
   * Returns the Mid-Autumn Festival (中秋节, 八月十五) that falls in the given Gregorian year.
   *
   * @param year a Gregorian year from {@link #firstYear()} to {@link #lastYear()}
   * @return the date of 八月十五 in Beijing time
   * @throws IllegalArgumentException if the table does not cover {@code year}
   */
  static LocalDate midAutumnFestival(int year) {
    return LocalDate.of(year, 9, 7).plusDays(offset(year, MID_AUTUMN_SHIFT));
  }

  /**
   * Returns the day of the Qingming solar term (清明, the sun at ecliptic longitude 15°) in the given
   * Gregorian year, which is the Tomb-Sweeping Day holiday (清明节).
   *
   * @param year a Gregorian year from {@link #firstYear()} to {@link #lastYear()}
   * @return the date on which 清明 begins in Beijing time
   * @throws IllegalArgumentException if the table does not cover {@code year}
   */
  static LocalDate qingming(int year) {
    return LocalDate.of(year, 4, 4).plusDays(offset(year, QINGMING_SHIFT));
  }

  private static int offset(int year, int shift) {
    if (year < FIRST_YEAR || year > lastYear()) {
      throw new IllegalArgumentException(
          "no lunar data for " + year + "; the table covers " + FIRST_YEAR + ".." + lastYear());
    }
    return (YEARS[year - FIRST_YEAR] >>> shift) & 0xFF;
  }
}
