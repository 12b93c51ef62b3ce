package dev.disclosure.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The statutory holidays that the holiday law fixes by date (CAL-3), used to estimate a year whose
 * official notice has not been published (CAL-9).
 *
 * <p>The law in force in a year decides ({@link HolidayLaw}): the 2007 text (国务院令第513号, from
 * 2008: 春节 = 除夕, 初一, 初二), the 2013 text (国务院令第644号, from 2014: 春节 = 初一 to 初三) and the
 * 2024 amendment (国务院令第795号, from 2025: 春节 = 除夕 + 初一 to 初三, 劳动节 5/1–5/2). Years before
 * 2008 had a different law and are not estimated.
 *
 * <p>The days off follow the law, not a guess at the notice (CAL-10): every statutory day, and for
 * each holiday for all citizens that falls on a Saturday or Sunday a day off in lieu (补假) on the
 * first working day after that holiday's days, as 《全国年节及纪念日放假办法》第六条 requires ("全体公民放假的
 * 假日，如果适逢星期六、星期日，应当在工作日补假"). When two holidays fall on one day (中秋节 within 国庆节) both are
 * still given: the day carries both names and one more day off in lieu follows. No discretionary
 * 调休 (a weekend made a working day) is added: only the notice can say which. [convention] The law
 * says a working day, not which one: the estimate takes the first after the holiday, as the notices
 * mostly did (2012's 端午节 took the Friday before). In the data 2008–2026 the notices gave at least
 * as many weekdays off as this rule every year but one, 2015, whose 中秋节 fell on Sunday 9月27日
 * with no day in lieu; the estimate follows the law, which can only make a deadline later.
 */
final class ProvisionalSchedule {

  /** The first year whose law (11 statutory days, with 清明, 端午 and 中秋) this class knows. */
  static final int FIRST_ESTIMABLE_YEAR = HolidayLaw.firstModelledYear();

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
  }

  /**
   * Returns the days off of a year under the law: the statutory days, and the days in lieu (补假)
   * for those on a Saturday or Sunday or on another holiday, each on the first working day after
   * its holiday's days; 中秋节 on a day of 国庆节 is {@link Holiday#NATIONAL_DAY_AND_MID_AUTUMN}.
   */
  static Map<LocalDate, Holiday> daysOff(int year) {
    Map<LocalDate, Holiday> off = new LinkedHashMap<>();
    List<Holiday> owed = new ArrayList<>();
    Map<Holiday, LocalDate> lastDay = new LinkedHashMap<>();
    for (Map.Entry<LocalDate, Holiday> day : statutoryDays(year)) {
      LocalDate date = day.getKey();
      Holiday holiday = day.getValue();
      lastDay.put(holiday, date); // a holiday's days come in date order (HolidayLaw.statutoryDays)
      Holiday already = off.get(date);
      if (already != null) {
        if (Set.of(already, holiday)
            .equals(Set.of(Holiday.NATIONAL_DAY, Holiday.MID_AUTUMN_FESTIVAL))) {
          off.put(date, Holiday.NATIONAL_DAY_AND_MID_AUTUMN);
        }
        owed.add(holiday);
      } else {
        off.put(date, holiday);
        if (isWeekend(date)) {
          owed.add(holiday);
        }
      }
    }
    for (Holiday holiday : owed) {
      LocalDate inLieu = lastDay.get(holiday).plusDays(1);
      while (isWeekend(inLieu) || off.containsKey(inLieu)) {
        inLieu = inLieu.plusDays(1);
      }
      off.put(inLieu, holiday);
    }
    return off;
  }

  private static boolean isWeekend(LocalDate date) {
    return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
  }

  /**
   * Returns every statutory holiday date of a year under the law in force that year ({@link
   * HolidayLaw}), in order; a date that is two holidays appears twice.
   */
  static List<Map.Entry<LocalDate, Holiday>> statutoryDays(int year) {
    return HolidayLaw.inForce(year).statutoryDays(year);
  }
}
