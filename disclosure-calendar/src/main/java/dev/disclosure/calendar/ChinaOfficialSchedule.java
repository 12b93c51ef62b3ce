package dev.disclosure.calendar;

import static dev.disclosure.calendar.Holiday.DRAGON_BOAT_FESTIVAL;
import static dev.disclosure.calendar.Holiday.LABOUR_DAY;
import static dev.disclosure.calendar.Holiday.MID_AUTUMN_FESTIVAL;
import static dev.disclosure.calendar.Holiday.NATIONAL_DAY;
import static dev.disclosure.calendar.Holiday.NATIONAL_DAY_AND_MID_AUTUMN;
import static dev.disclosure.calendar.Holiday.NEW_YEARS_DAY;
import static dev.disclosure.calendar.Holiday.QINGMING_FESTIVAL;
import static dev.disclosure.calendar.Holiday.SPRING_FESTIVAL;
import static dev.disclosure.calendar.Holiday.SPRING_FESTIVAL_2020_EXTENSION;
import static dev.disclosure.calendar.Holiday.VICTORY_DAY_70TH_ANNIVERSARY;

import java.time.LocalDate;

/**
 * The official schedule of the People's Republic of China, 2007–2026, as the State Council General
 * Office's yearly notices (国务院办公厅关于部分节假日安排的通知) announced it (HOL, CAL-1).
 *
 * <p>One {@code notice(year)} per notice; {@code off} lists the announced runs of days off (weekends
 * inside a run included, weekends that merely adjoin it not), {@code work} the weekend days made
 * working days for that holiday. A notice may reach into the previous December (the 2008 notice
 * makes 2007-12-29 a working day). The 2015 notice on the 70th anniversary of the victory and the
 * 2020 notice extending the Spring Festival are included. Checked day by day against two
 * independent data sets in the tests.
 */
final class ChinaOfficialSchedule {

  static final int FIRST_YEAR = 2007;
  static final int LAST_YEAR = 2026;

  private final WorkingDayCalendarBuilder builder;

  private ChinaOfficialSchedule(WorkingDayCalendarBuilder builder) {
    this.builder = builder;
  }

  /** Adds the official years and every notice's days to a builder. */
  static WorkingDayCalendarBuilder addTo(WorkingDayCalendarBuilder builder) {
    builder.addOfficialYears(FIRST_YEAR, LAST_YEAR);
    new ChinaOfficialSchedule(builder).notices();
    return builder;
  }

  /** The notices, in order. */
  private void notices() {
    notice(2007)
            // the notice also made 2006-12-30 and 2006-12-31 working days, before the covered range
            .off(NEW_YEARS_DAY, "2007-01-01..2007-01-03")
            .off(SPRING_FESTIVAL, "2007-02-18..2007-02-24").work("2007-02-17", "2007-02-25")
            .off(LABOUR_DAY, "2007-05-01..2007-05-07").work("2007-04-28", "2007-04-29")
            .off(NATIONAL_DAY, "2007-10-01..2007-10-07").work("2007-09-29", "2007-09-30")
            ;
    notice(2008)
            .off(NEW_YEARS_DAY, "2007-12-30..2008-01-01").work("2007-12-29")
            .off(SPRING_FESTIVAL, "2008-02-06..2008-02-12").work("2008-02-02", "2008-02-03")
            .off(QINGMING_FESTIVAL, "2008-04-04..2008-04-06")
            .off(LABOUR_DAY, "2008-05-01..2008-05-03").work("2008-05-04")
            .off(DRAGON_BOAT_FESTIVAL, "2008-06-07..2008-06-09")
            .off(MID_AUTUMN_FESTIVAL, "2008-09-13..2008-09-15")
            .off(NATIONAL_DAY, "2008-09-29..2008-10-05").work("2008-09-27", "2008-09-28")
            ;
    notice(2009)
            .off(NEW_YEARS_DAY, "2009-01-01..2009-01-03").work("2009-01-04")
            .off(SPRING_FESTIVAL, "2009-01-25..2009-01-31").work("2009-01-24", "2009-02-01")
            .off(QINGMING_FESTIVAL, "2009-04-04..2009-04-06")
            .off(LABOUR_DAY, "2009-05-01..2009-05-03")
            .off(DRAGON_BOAT_FESTIVAL, "2009-05-28..2009-05-30").work("2009-05-31")
            .off(NATIONAL_DAY_AND_MID_AUTUMN, "2009-10-01..2009-10-08").work("2009-09-27", "2009-10-10")
            ;
    notice(2010)
            .off(NEW_YEARS_DAY, "2010-01-01..2010-01-03")
            .off(SPRING_FESTIVAL, "2010-02-13..2010-02-19").work("2010-02-20", "2010-02-21")
            .off(QINGMING_FESTIVAL, "2010-04-03..2010-04-05")
            .off(LABOUR_DAY, "2010-05-01..2010-05-03")
            .off(DRAGON_BOAT_FESTIVAL, "2010-06-14..2010-06-16").work("2010-06-12", "2010-06-13")
            .off(MID_AUTUMN_FESTIVAL, "2010-09-22..2010-09-24").work("2010-09-19", "2010-09-25")
            .off(NATIONAL_DAY, "2010-10-01..2010-10-07").work("2010-09-26", "2010-10-09")
            ;
    notice(2011)
            .off(NEW_YEARS_DAY, "2011-01-01..2011-01-03")
            .off(SPRING_FESTIVAL, "2011-02-02..2011-02-08").work("2011-01-30", "2011-02-12")
            .off(QINGMING_FESTIVAL, "2011-04-03..2011-04-05").work("2011-04-02")
            .off(LABOUR_DAY, "2011-04-30..2011-05-02")
            .off(DRAGON_BOAT_FESTIVAL, "2011-06-04..2011-06-06")
            .off(MID_AUTUMN_FESTIVAL, "2011-09-10..2011-09-12")
            .off(NATIONAL_DAY, "2011-10-01..2011-10-07").work("2011-10-08", "2011-10-09")
            ;
    notice(2012)
            .off(NEW_YEARS_DAY, "2012-01-01..2012-01-03").work("2011-12-31")
            .off(SPRING_FESTIVAL, "2012-01-22..2012-01-28").work("2012-01-21", "2012-01-29")
            .off(QINGMING_FESTIVAL, "2012-04-02..2012-04-04").work("2012-03-31", "2012-04-01")
            .off(LABOUR_DAY, "2012-04-29..2012-05-01").work("2012-04-28")
            .off(DRAGON_BOAT_FESTIVAL, "2012-06-22..2012-06-24")
            .off(NATIONAL_DAY_AND_MID_AUTUMN, "2012-09-30..2012-10-07").work("2012-09-29")
            ;
    notice(2013)
            .off(NEW_YEARS_DAY, "2013-01-01..2013-01-03").work("2013-01-05", "2013-01-06")
            .off(SPRING_FESTIVAL, "2013-02-09..2013-02-15").work("2013-02-16", "2013-02-17")
            .off(QINGMING_FESTIVAL, "2013-04-04..2013-04-06").work("2013-04-07")
            .off(LABOUR_DAY, "2013-04-29..2013-05-01").work("2013-04-27", "2013-04-28")
            .off(DRAGON_BOAT_FESTIVAL, "2013-06-10..2013-06-12").work("2013-06-08", "2013-06-09")
            .off(MID_AUTUMN_FESTIVAL, "2013-09-19..2013-09-21").work("2013-09-22")
            .off(NATIONAL_DAY, "2013-10-01..2013-10-07").work("2013-09-29", "2013-10-12")
            ;
    notice(2014)
            .off(NEW_YEARS_DAY, "2014-01-01")
            .off(SPRING_FESTIVAL, "2014-01-31..2014-02-06").work("2014-01-26", "2014-02-08")
            .off(QINGMING_FESTIVAL, "2014-04-05", "2014-04-07")
            .off(LABOUR_DAY, "2014-05-01..2014-05-03").work("2014-05-04")
            .off(DRAGON_BOAT_FESTIVAL, "2014-06-02")
            .off(MID_AUTUMN_FESTIVAL, "2014-09-08")
            .off(NATIONAL_DAY, "2014-10-01..2014-10-07").work("2014-09-28", "2014-10-11")
            ;
    notice(2015)
            .off(NEW_YEARS_DAY, "2015-01-01..2015-01-03").work("2015-01-04")
            .off(SPRING_FESTIVAL, "2015-02-18..2015-02-24").work("2015-02-15", "2015-02-28")
            .off(QINGMING_FESTIVAL, "2015-04-05..2015-04-06")
            .off(LABOUR_DAY, "2015-05-01")
            .off(DRAGON_BOAT_FESTIVAL, "2015-06-20", "2015-06-22")
            .off(VICTORY_DAY_70TH_ANNIVERSARY, "2015-09-03..2015-09-05").work("2015-09-06")
            .off(MID_AUTUMN_FESTIVAL, "2015-09-27")
            .off(NATIONAL_DAY, "2015-10-01..2015-10-07").work("2015-10-10")
            ;
    notice(2016)
            .off(NEW_YEARS_DAY, "2016-01-01")
            .off(SPRING_FESTIVAL, "2016-02-07..2016-02-13").work("2016-02-06", "2016-02-14")
            .off(QINGMING_FESTIVAL, "2016-04-04")
            .off(LABOUR_DAY, "2016-05-01..2016-05-02")
            .off(DRAGON_BOAT_FESTIVAL, "2016-06-09..2016-06-11").work("2016-06-12")
            .off(MID_AUTUMN_FESTIVAL, "2016-09-15..2016-09-17").work("2016-09-18")
            .off(NATIONAL_DAY, "2016-10-01..2016-10-07").work("2016-10-08", "2016-10-09")
            ;
    notice(2017)
            .off(NEW_YEARS_DAY, "2017-01-01..2017-01-02")
            .off(SPRING_FESTIVAL, "2017-01-27..2017-02-02").work("2017-01-22", "2017-02-04")
            .off(QINGMING_FESTIVAL, "2017-04-02..2017-04-04").work("2017-04-01")
            .off(LABOUR_DAY, "2017-05-01")
            .off(DRAGON_BOAT_FESTIVAL, "2017-05-28..2017-05-30").work("2017-05-27")
            .off(NATIONAL_DAY_AND_MID_AUTUMN, "2017-10-01..2017-10-08").work("2017-09-30")
            ;
    notice(2018)
            .off(NEW_YEARS_DAY, "2018-01-01")
            .off(SPRING_FESTIVAL, "2018-02-15..2018-02-21").work("2018-02-11", "2018-02-24")
            .off(QINGMING_FESTIVAL, "2018-04-05..2018-04-07").work("2018-04-08")
            .off(LABOUR_DAY, "2018-04-29..2018-05-01").work("2018-04-28")
            .off(DRAGON_BOAT_FESTIVAL, "2018-06-18")
            .off(MID_AUTUMN_FESTIVAL, "2018-09-24")
            .off(NATIONAL_DAY, "2018-10-01..2018-10-07").work("2018-09-29", "2018-09-30")
            ;
    notice(2019)
            .off(NEW_YEARS_DAY, "2018-12-30..2019-01-01").work("2018-12-29")
            .off(SPRING_FESTIVAL, "2019-02-04..2019-02-10").work("2019-02-02", "2019-02-03")
            .off(QINGMING_FESTIVAL, "2019-04-05")
            .off(LABOUR_DAY, "2019-05-01..2019-05-04").work("2019-04-28", "2019-05-05")
            .off(DRAGON_BOAT_FESTIVAL, "2019-06-07")
            .off(MID_AUTUMN_FESTIVAL, "2019-09-13")
            .off(NATIONAL_DAY, "2019-10-01..2019-10-07").work("2019-09-29", "2019-10-12")
            ;
    notice(2020)
            .off(NEW_YEARS_DAY, "2020-01-01")
            .off(SPRING_FESTIVAL, "2020-01-24..2020-01-30").work("2020-01-19")
            // 国办发明电〔2020〕1号 extended the holiday to 2020-02-02; 2020-02-01 was no longer a
            // make-up working day
            .off(SPRING_FESTIVAL_2020_EXTENSION, "2020-01-31..2020-02-02")
            .off(QINGMING_FESTIVAL, "2020-04-04..2020-04-06")
            .off(LABOUR_DAY, "2020-05-01..2020-05-05").work("2020-04-26", "2020-05-09")
            .off(DRAGON_BOAT_FESTIVAL, "2020-06-25..2020-06-27").work("2020-06-28")
            .off(NATIONAL_DAY_AND_MID_AUTUMN, "2020-10-01..2020-10-08").work("2020-09-27", "2020-10-10")
            ;
    notice(2021)
            .off(NEW_YEARS_DAY, "2021-01-01..2021-01-03")
            .off(SPRING_FESTIVAL, "2021-02-11..2021-02-17").work("2021-02-07", "2021-02-20")
            .off(QINGMING_FESTIVAL, "2021-04-03..2021-04-05")
            .off(LABOUR_DAY, "2021-05-01..2021-05-05").work("2021-04-25", "2021-05-08")
            .off(DRAGON_BOAT_FESTIVAL, "2021-06-12..2021-06-14")
            .off(MID_AUTUMN_FESTIVAL, "2021-09-19..2021-09-21").work("2021-09-18")
            .off(NATIONAL_DAY, "2021-10-01..2021-10-07").work("2021-09-26", "2021-10-09")
            ;
    notice(2022)
            .off(NEW_YEARS_DAY, "2022-01-01..2022-01-03")
            .off(SPRING_FESTIVAL, "2022-01-31..2022-02-06").work("2022-01-29", "2022-01-30")
            .off(QINGMING_FESTIVAL, "2022-04-03..2022-04-05").work("2022-04-02")
            .off(LABOUR_DAY, "2022-04-30..2022-05-04").work("2022-04-24", "2022-05-07")
            .off(DRAGON_BOAT_FESTIVAL, "2022-06-03..2022-06-05")
            .off(MID_AUTUMN_FESTIVAL, "2022-09-10..2022-09-12")
            .off(NATIONAL_DAY, "2022-10-01..2022-10-07").work("2022-10-08", "2022-10-09")
            ;
    notice(2023)
            .off(NEW_YEARS_DAY, "2022-12-31..2023-01-02")
            .off(SPRING_FESTIVAL, "2023-01-21..2023-01-27").work("2023-01-28", "2023-01-29")
            .off(QINGMING_FESTIVAL, "2023-04-05")
            .off(LABOUR_DAY, "2023-04-29..2023-05-03").work("2023-04-23", "2023-05-06")
            .off(DRAGON_BOAT_FESTIVAL, "2023-06-22..2023-06-24").work("2023-06-25")
            .off(NATIONAL_DAY_AND_MID_AUTUMN, "2023-09-29..2023-10-06").work("2023-10-07", "2023-10-08")
            ;
    notice(2024)
            .off(NEW_YEARS_DAY, "2024-01-01")
            .off(SPRING_FESTIVAL, "2024-02-10..2024-02-17").work("2024-02-04", "2024-02-18")
            .off(QINGMING_FESTIVAL, "2024-04-04..2024-04-06").work("2024-04-07")
            .off(LABOUR_DAY, "2024-05-01..2024-05-05").work("2024-04-28", "2024-05-11")
            .off(DRAGON_BOAT_FESTIVAL, "2024-06-10")
            .off(MID_AUTUMN_FESTIVAL, "2024-09-15..2024-09-17").work("2024-09-14")
            .off(NATIONAL_DAY, "2024-10-01..2024-10-07").work("2024-09-29", "2024-10-12")
            ;
    notice(2025)
            .off(NEW_YEARS_DAY, "2025-01-01")
            .off(SPRING_FESTIVAL, "2025-01-28..2025-02-04").work("2025-01-26", "2025-02-08")
            .off(QINGMING_FESTIVAL, "2025-04-04..2025-04-06")
            .off(LABOUR_DAY, "2025-05-01..2025-05-05").work("2025-04-27")
            .off(DRAGON_BOAT_FESTIVAL, "2025-05-31..2025-06-02")
            .off(NATIONAL_DAY_AND_MID_AUTUMN, "2025-10-01..2025-10-08").work("2025-09-28", "2025-10-11")
            ;
    notice(2026)
            .off(NEW_YEARS_DAY, "2026-01-01..2026-01-03").work("2026-01-04")
            .off(SPRING_FESTIVAL, "2026-02-15..2026-02-23").work("2026-02-14", "2026-02-28")
            .off(QINGMING_FESTIVAL, "2026-04-04..2026-04-06")
            .off(LABOUR_DAY, "2026-05-01..2026-05-05").work("2026-05-09")
            .off(DRAGON_BOAT_FESTIVAL, "2026-06-19..2026-06-21")
            .off(NATIONAL_DAY, "2026-10-01..2026-10-07").work("2026-09-20", "2026-10-10")
            .off(MID_AUTUMN_FESTIVAL, "2026-09-25..2026-09-27")
            ;
  }

  private Notice notice(int year) {
    return new Notice(year);
  }

  /** One notice: runs of days off and make-up working days per holiday. */
  private final class Notice {
    private final int year;
    private Holiday current;

    Notice(int year) {
      this.year = year;
    }

    /** Adds runs of days off, each {@code "yyyy-mm-dd"} or {@code "yyyy-mm-dd..yyyy-mm-dd"}. */
    Notice off(Holiday holiday, String... runs) {
      current = holiday;
      for (String run : runs) {
        int dots = run.indexOf("..");
        LocalDate first = date(run, 0);
        LocalDate last = dots < 0 ? first : date(run, dots + 2);
        builder.addHolidays(holiday, first, last);
      }
      return this;
    }

    /** Adds the make-up working days of the holiday named by the last {@link #off}. */
    Notice work(String... dates) {
      for (String date : dates) {
        builder.addMakeUpWorkingDay(current, date(date, 0));
      }
      return this;
    }

    @Override
    public String toString() {
      return "notice " + year;
    }
  }

  /**
   * Reads the {@code yyyy-mm-dd} date at an offset. Done by hand rather than with {@link
   * LocalDate#parse} so that the first use of the calendar does not pay for setting up the JDK's
   * date formatter.
   */
  private static LocalDate date(String text, int offset) {
    return LocalDate.of(
        number(text, offset, 4), number(text, offset + 5, 2), number(text, offset + 8, 2));
  }

  private static int number(String text, int offset, int digits) {
    int value = 0;
    for (int i = offset; i < offset + digits; i++) {
      value = value * 10 + Character.digit(text.charAt(i), 10);
    }
    return value;
  }
}
