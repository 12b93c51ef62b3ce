package dev.disclosure.calendar;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The versions of 《全国年节及纪念日放假办法》 (CAL-3): which holidays for all citizens each gives and on
 * which days. The one place that knows them: the notice parser reads the holidays a yearly notice
 * must arrange, the provisional estimate the days it must give.
 *
 * <ul>
 *   <li>{@link #UNTIL_2007}: 元旦, 春节, 劳动节 and 国庆节 (the texts in force until 2007);
 *   <li>{@link #AMENDMENT_2007} (国务院令第513号, from 2008): also 清明节, 端午节 and 中秋节; 春节 = 除夕, 初一,
 *       初二; 劳动节 5月1日;
 *   <li>{@link #AMENDMENT_2013} (国务院令第644号, from 2014): 春节 = 初一 to 初三;
 *   <li>{@link #AMENDMENT_2024} (国务院令第795号, from 2025): 春节 = 除夕 and 初一 to 初三; 劳动节 5月1日、2日.
 * </ul>
 *
 * <p>Package-private. The days of {@link #UNTIL_2007} are not modelled: years before 2008 are never
 * estimated.
 */
enum HolidayLaw {
  UNTIL_2007(Integer.MIN_VALUE, false, 0, 0, 0),
  AMENDMENT_2007(2008, true, -1, 3, 1),
  AMENDMENT_2013(2014, true, 0, 3, 1),
  AMENDMENT_2024(2025, true, -1, 4, 2);

  private static final List<Holiday> FOUR =
      List.of(
          Holiday.NEW_YEARS_DAY, Holiday.SPRING_FESTIVAL, Holiday.LABOUR_DAY, Holiday.NATIONAL_DAY);
  private static final List<Holiday> SEVEN =
      List.of(
          Holiday.NEW_YEARS_DAY,
          Holiday.SPRING_FESTIVAL,
          Holiday.QINGMING_FESTIVAL,
          Holiday.LABOUR_DAY,
          Holiday.DRAGON_BOAT_FESTIVAL,
          Holiday.MID_AUTUMN_FESTIVAL,
          Holiday.NATIONAL_DAY);

  private final int firstYear;
  private final boolean lunarFestivals;
  private final int springFestivalFrom;
  private final int springFestivalDays;
  private final int labourDays;

  HolidayLaw(
      int firstYear,
      boolean lunarFestivals,
      int springFestivalFrom,
      int springFestivalDays,
      int labourDays) {
    this.firstYear = firstYear;
    this.lunarFestivals = lunarFestivals;
    this.springFestivalFrom = springFestivalFrom;
    this.springFestivalDays = springFestivalDays;
    this.labourDays = labourDays;
  }

  /** Returns the version in force in a year. */
  static HolidayLaw inForce(int year) {
    HolidayLaw law = UNTIL_2007;
    for (HolidayLaw version : values()) {
      if (year >= version.firstYear) {
        law = version;
      }
    }
    return law;
  }

  /** Returns the first year of the version whose days are modelled first (2008). */
  static int firstModelledYear() {
    return AMENDMENT_2007.firstYear;
  }

  /** Returns the holidays for all citizens this version gives, in the order of the calendar. */
  List<Holiday> holidays() {
    return lunarFestivals ? SEVEN : FOUR;
  }

  /**
   * Returns every statutory holiday date of a year under this version, in order; a date that is
   * two holidays appears twice.
   *
   * @throws IllegalStateException for {@link #UNTIL_2007}, whose days are not modelled
   */
  List<Map.Entry<LocalDate, Holiday>> statutoryDays(int year) {
    if (!lunarFestivals) {
      throw new IllegalStateException(
          "CAL-3: the holiday days before " + firstModelledYear() + " are not modelled; got " + year);
    }
    List<Map.Entry<LocalDate, Holiday>> days = new ArrayList<>();
    days.add(Map.entry(LocalDate.of(year, Month.JANUARY, 1), Holiday.NEW_YEARS_DAY));
    LocalDate newYear = LunarTable.lunarNewYear(year);
    for (int d = 0; d < springFestivalDays; d++) {
      days.add(Map.entry(newYear.plusDays(springFestivalFrom + d), Holiday.SPRING_FESTIVAL));
    }
    days.add(Map.entry(LunarTable.qingming(year), Holiday.QINGMING_FESTIVAL));
    for (int d = 1; d <= labourDays; d++) {
      days.add(Map.entry(LocalDate.of(year, Month.MAY, d), Holiday.LABOUR_DAY));
    }
    days.add(Map.entry(LunarTable.dragonBoatFestival(year), Holiday.DRAGON_BOAT_FESTIVAL));
    days.add(Map.entry(LunarTable.midAutumnFestival(year), Holiday.MID_AUTUMN_FESTIVAL));
    for (int d = 1; d <= 3; d++) {
      days.add(Map.entry(LocalDate.of(year, Month.OCTOBER, d), Holiday.NATIONAL_DAY));
    }
    return days;
  }
}
