package dev.disclosure.core.report;

import dev.disclosure.core.InvalidFactsException;
import dev.disclosure.core.law.Rules;

/**
 * The statistics years a table can count [convention]: from 2008, the first year of annual reports
 * (OGI-2008 第三十一条, in force 2008-05-01), to 2100, the last year a working-day calendar can
 * hold. A year outside them is refused at once instead of failing deep inside date arithmetic.
 */
final class StatisticsYears {

  static final int FIRST = 2008;
  static final int LAST = 2100;

  private StatisticsYears() {}

  /**
   * Refuses a year no table can count.
   *
   * @throws InvalidFactsException naming the year and the valid range (RPT-1, RPT-2)
   */
  static void check(int year, String table) {
    if (year < FIRST || year > LAST) {
      throw new InvalidFactsException(
          table,
          Rules.RPT_2,
          "statistics year "
              + year
              + " is outside "
              + FIRST
              + ".."
              + LAST
              + " (annual reports start with 2008; calendars end with 2100)");
    }
  }
}
