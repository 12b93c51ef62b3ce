package dev.disclosure.core.report;

import dev.disclosure.calendar.ChinaCalendars;
import dev.disclosure.calendar.WorkingDayCalendar;
import dev.disclosure.core.AnswerKind;
import dev.disclosure.core.Applicant;
import dev.disclosure.core.ApplicantKind;
import dev.disclosure.core.Regime;
import dev.disclosure.core.request.Answer;
import dev.disclosure.core.request.Application;
import dev.disclosure.core.request.OutcomeRow;
import dev.disclosure.core.request.RequestCase;
import dev.disclosure.core.request.RequestEvent;
import dev.disclosure.core.request.Submission;
import java.time.LocalDate;
import java.util.List;

/** Weekday-named dates and request cases on the official calendar. */
final class ReportFixtures {

  static final WorkingDayCalendar OFFICIAL = ChinaCalendars.official();

  static final LocalDate MON_2024_12_30 = LocalDate.of(2024, 12, 30);
  static final LocalDate MON_2025_01_06 = LocalDate.of(2025, 1, 6);
  static final LocalDate MON_2025_03_03 = LocalDate.of(2025, 3, 3);
  static final LocalDate MON_2025_09_29 = LocalDate.of(2025, 9, 29);
  static final LocalDate MON_2025_10_13 = LocalDate.of(2025, 10, 13);
  static final LocalDate WED_2025_12_31 = LocalDate.of(2025, 12, 31);
  static final LocalDate MON_2026_01_05 = LocalDate.of(2026, 1, 5);

  static final Answer DISCLOSED = Answer.of(AnswerKind.DISCLOSED, "");
  static final Answer STATE_SECRET =
      new Answer(AnswerKind.NOT_DISCLOSED, "属于国家秘密", OutcomeRow.NOT_DISCLOSED_STATE_SECRET);

  private ReportFixtures() {}

  static Applicant applicant(ApplicantKind kind) {
    return Applicant.of(kind.isNaturalPerson() ? "张三" : "某单位", kind, "13800000000");
  }

  /**
   * A case under OGI_2019 received on a day, with no step yet; recorded rather than opened (and its
   * steps recorded too), since the report's property tests draw receipts from 2018 too, when
   * guidance would refuse OGI_2019 (REQ-2): the table counts cases, whatever regime judged them.
   */
  static RequestCase open(ApplicantKind kind, LocalDate receipt) {
    return RequestCase.recorded(
        Regime.OGI_2019,
        OFFICIAL,
        applicant(kind),
        new Application("2025年度某区财政预算执行情况", "电子文档", new Submission.InPerson(receipt)),
        List.of());
  }

  static RequestCase answered(
      ApplicantKind kind, LocalDate receipt, LocalDate answeredOn, Answer answer) {
    return open(kind, receipt).record(new RequestEvent.Answered(answeredOn, answer));
  }
}
