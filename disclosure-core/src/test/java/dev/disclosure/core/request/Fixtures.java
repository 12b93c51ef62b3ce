package dev.disclosure.core.request;

import dev.disclosure.calendar.ChinaCalendars;
import dev.disclosure.calendar.WorkingDayCalendar;
import dev.disclosure.core.Applicant;
import dev.disclosure.core.ApplicantKind;
import dev.disclosure.core.Regime;
import java.time.LocalDate;

/** Weekday-named dates, an applicant and applications on the official 2026 (and 2015) calendar. */
final class Fixtures {

  static final WorkingDayCalendar OFFICIAL = ChinaCalendars.official();

  static final LocalDate FRI_2026_02_13 = LocalDate.of(2026, 2, 13);
  static final LocalDate THU_2026_03_19 = LocalDate.of(2026, 3, 19);
  static final LocalDate FRI_2026_09_25 = LocalDate.of(2026, 9, 25);
  static final LocalDate SAT_2026_09_26 = LocalDate.of(2026, 9, 26);
  static final LocalDate MON_2026_09_28 = LocalDate.of(2026, 9, 28);
  static final LocalDate TUE_2026_09_29 = LocalDate.of(2026, 9, 29);
  static final LocalDate WED_2026_09_30 = LocalDate.of(2026, 9, 30);
  static final LocalDate FRI_2026_10_09 = LocalDate.of(2026, 10, 9);
  static final LocalDate MON_2026_10_12 = LocalDate.of(2026, 10, 12);
  static final LocalDate TUE_2026_10_13 = LocalDate.of(2026, 10, 13);
  static final LocalDate WED_2026_10_14 = LocalDate.of(2026, 10, 14);
  static final LocalDate THU_2026_10_15 = LocalDate.of(2026, 10, 15);
  static final LocalDate FRI_2026_10_16 = LocalDate.of(2026, 10, 16);
  static final LocalDate MON_2026_10_19 = LocalDate.of(2026, 10, 19);
  static final LocalDate FRI_2026_10_23 = LocalDate.of(2026, 10, 23);
  static final LocalDate FRI_2026_10_30 = LocalDate.of(2026, 10, 30);
  static final LocalDate MON_2026_11_02 = LocalDate.of(2026, 11, 2);
  static final LocalDate TUE_2026_11_03 = LocalDate.of(2026, 11, 3);
  static final LocalDate WED_2026_11_04 = LocalDate.of(2026, 11, 4);
  static final LocalDate THU_2026_11_05 = LocalDate.of(2026, 11, 5);
  static final LocalDate FRI_2026_11_06 = LocalDate.of(2026, 11, 6);
  static final LocalDate THU_2026_11_12 = LocalDate.of(2026, 11, 12);
  static final LocalDate FRI_2026_11_13 = LocalDate.of(2026, 11, 13);
  static final LocalDate FRI_2026_11_20 = LocalDate.of(2026, 11, 20);
  static final LocalDate THU_2026_11_26 = LocalDate.of(2026, 11, 26);
  static final LocalDate FRI_2026_11_27 = LocalDate.of(2026, 11, 27);

  // OGI_2008 governs requests received 2008-05-01 to 2019-05-14 (guidance refuses it later, REQ-2).
  // Its cases run in 2015, whose official calendar from Sat 09-26 to the year's end is 2026's day
  // for day: both years begin on a Thursday, and both have 国庆 10-01 … 10-07 off with Sat 10-10 a
  // working day (国办发明电〔2014〕28号; 国办发〔2025〕7号). So the counts by hand above hold for
  // these dates too.
  static final LocalDate MON_2015_09_28 = LocalDate.of(2015, 9, 28);
  static final LocalDate TUE_2015_09_29 = LocalDate.of(2015, 9, 29);
  static final LocalDate WED_2015_09_30 = LocalDate.of(2015, 9, 30);
  static final LocalDate FRI_2015_10_09 = LocalDate.of(2015, 10, 9);
  static final LocalDate MON_2015_10_12 = LocalDate.of(2015, 10, 12);
  static final LocalDate TUE_2015_10_13 = LocalDate.of(2015, 10, 13);
  static final LocalDate WED_2015_10_14 = LocalDate.of(2015, 10, 14);
  static final LocalDate MON_2015_10_19 = LocalDate.of(2015, 10, 19);
  static final LocalDate FRI_2015_10_23 = LocalDate.of(2015, 10, 23);
  static final LocalDate MON_2015_11_02 = LocalDate.of(2015, 11, 2);
  static final LocalDate WED_2015_10_28 = LocalDate.of(2015, 10, 28);
  static final LocalDate FRI_2015_11_13 = LocalDate.of(2015, 11, 13);
  static final LocalDate FRI_2015_11_27 = LocalDate.of(2015, 11, 27);

  static final Applicant ZHANG_SAN =
      Applicant.of("张三", ApplicantKind.NATURAL_PERSON, "13800000000");

  static final String HEAD = "李主任";

  private Fixtures() {}

  static Application handedIn(LocalDate date) {
    return new Application("2025年度某区财政预算执行情况", "纸质，邮寄", new Submission.InPerson(date));
  }

  static RequestCase open(Regime regime, LocalDate receipt) {
    return RequestCase.open(regime, OFFICIAL, ZHANG_SAN, handedIn(receipt));
  }

  static RequestEvent.ExtensionApproved extension(LocalDate date, int days) {
    return new RequestEvent.ExtensionApproved(date, days, HEAD, date, "需调取档案");
  }
}
