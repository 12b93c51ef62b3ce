package dev.disclosure.calendar;

import java.time.LocalDate;
import java.time.Month;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The statutory holidays that the holiday law fixes by date (CAL-3), used to estimate a year whose
 * official notice has not been published (CAL-9).
 *
 * <p>The law in force in a year decides: the 2007 text (国务院令第513号, from 2008: 春节 = 除夕,
 * 初一, 初二), the 2013 text (国务院令第644号, from 2014: 春节 = 初一 to 初三) and the 2024 amendment
 * (国务院令第795号, from 2025: 春节 = 除夕 + 初一 to 初三, 劳动节 5/1–5/2). Years before 2008 had a
 * different law and are not estimated.
 */
final class ProvisionalSchedule {

  /** The first year whose law (11 statutory days, with 清明, 端午 and 中秋) this class knows. */
  static final int FIRST_ESTIMABLE_YEAR = 2008;

  private static final int AMENDMENT_2013_FIRST_YEAR = 2014;
  private static final int AMENDMENT_2024_FIRST_YEAR = 2025;

  private ProvisionalSchedule() {}

  /** Adds a problem for every reason the estimate cannot run from {@code lastOfficial + 1} to {@code through}. */
  static void check(int lastOfficial, int through, List<String> problems) {
    if (through <= lastOfficial) {
      problems.add(
          "estimateThrough("
              + through
              + ") must be after the last official year "
              + lastOfficial);
    }
    if (lastOfficial + 1 < FIRST_ESTIMABLE_YEAR) {
      problems.add(
          "an estimate from "
              + (lastOfficial + 1)
              + " is not possible: the holiday law of CAL-3 applies from "
              + FIRST_ESTIMABLE_YEAR);
    }
    if (through > LunarTable.lastYear()) {
      problems.add(
          "estimateThrough("
              + through
              + ") is beyond the embedded lunar table, which ends in "
              + LunarTable.lastYear());
    }
  }

  /** Returns every statutory holiday date of a year under the law in force that year, in order. */
  static Map<LocalDate, Holiday> statutoryDays(int year) {
    Map<LocalDate, Holiday> days = new LinkedHashMap<>();
    days.put(LocalDate.of(year, Month.JANUARY, 1), Holiday.NEW_YEARS_DAY);
    LocalDate newYear = LunarTable.lunarNewYear(year);
    int firstSpringDay = year >= AMENDMENT_2013_FIRST_YEAR && year < AMENDMENT_2024_FIRST_YEAR ? 0 : -1;
    int springDays = year >= AMENDMENT_2024_FIRST_YEAR ? 4 : 3;
    for (int d = 0; d < springDays; d++) {
      days.put(newYear.plusDays(firstSpringDay + d), Holiday.SPRING_FESTIVAL);
    }
    days.put(LunarTable.qingming(year), Holiday.QINGMING_FESTIVAL);
    days.put(LocalDate.of(year, Month.MAY, 1), Holiday.LABOUR_DAY);
    if (year >= AMENDMENT_2024_FIRST_YEAR) {
      days.put(LocalDate.of(year, Month.MAY, 2), Holiday.LABOUR_DAY);
    }
    days.put(LunarTable.dragonBoatFestival(year), Holiday.DRAGON_BOAT_FESTIVAL);
    days.put(LunarTable.midAutumnFestival(year), Holiday.MID_AUTUMN_FESTIVAL);
    for (int d = 1; d <= 3; d++) {
      days.putIfAbsent(LocalDate.of(year, Month.OCTOBER, d), Holiday.NATIONAL_DAY);
    }
    return days;
  }
}
