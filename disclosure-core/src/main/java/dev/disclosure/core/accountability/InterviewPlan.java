package dev.disclosure.core.accountability;

import static java.util.Objects.requireNonNull;

import dev.disclosure.calendar.LegalPeriod;
import dev.disclosure.calendar.WorkingDayCalendar;
import dev.disclosure.core.law.Frequency;
import dev.disclosure.core.law.LegalPeriods;
import dev.disclosure.core.law.Rules;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a year's plan of online interviews (网上访谈年度计划, P-INTERVIEW, 来源文件003 “网上访谈”工作制度第十条至第十五条) and
 * lists every rule it breaks: at least 26 interviews in the year; at most 2 hours each; the topic
 * given and the preview posted 15 working days before; the answerer told 5 days before; a change of
 * plan notified 20 working days before; the venue told within the 5 days before; the attendee list
 * 3 days before; the summary report within 3 working days from the day after the interview.
 *
 * <p>[convention] A notice on the latest day allowed complies; the venue notice complies from the
 * first day of its window up to the interview day; a summary not yet sent breaks the rule only once
 * its deadline has passed on the date of the check. Thread-safe; no state.
 */
public final class InterviewPlan {

  /** At least this many interviews a year (每年度原则上不少于26期). */
  public static final int MINIMUM_PER_YEAR = 26;

  /** At most this many minutes each (每期不超过2小时). */
  public static final int MAXIMUM_MINUTES = 120;

  private InterviewPlan() {}

  /**
   * Lists every rule a year's plan breaks, each finding starting with {@code P-INTERVIEW}.
   *
   * @param year the plan's year; interviews of other years are not counted towards the minimum
   * @param interviews the interviews
   * @param calendar the working-day calendar
   * @param asOf the date of the check, for summaries not yet sent
   * @return the findings, empty if the plan complies
   */
  public static List<String> check(
      int year, List<Interview> interviews, WorkingDayCalendar calendar, LocalDate asOf) {
    requireNonNull(interviews, "interviews");
    requireNonNull(calendar, "calendar");
    requireNonNull(asOf, "asOf");
    List<String> findings = new ArrayList<>();
    long inYear = interviews.stream().filter(i -> i.date().getYear() == year).count();
    if (inYear < MINIMUM_PER_YEAR) {
      findings.add(
          Rules.P_INTERVIEW
              + ": "
              + year
              + " plans "
              + inYear
              + " interviews; "
              + Frequency.ONLINE_INTERVIEWS_26_A_YEAR.label()
              + " requires at least "
              + MINIMUM_PER_YEAR);
    }
    for (Interview i : interviews) {
      requireNonNull(i, "interview");
      String name = i.date() + " “" + i.topic() + "”";
      if (i.minutes() > MAXIMUM_MINUTES) {
        findings.add(
            Rules.P_INTERVIEW
                + ": "
                + name
                + " lasts "
                + i.minutes()
                + " minutes; at most 120 (2 hours)");
      }
      latest(findings, name, calendar, LegalPeriods.P_INTERVIEW_TOPIC, i.date(), i.topicGivenOn());
      latest(
          findings,
          name,
          calendar,
          LegalPeriods.P_INTERVIEW_PREVIEW,
          i.date(),
          i.previewPostedOn());
      latest(
          findings,
          name,
          calendar,
          LegalPeriods.P_INTERVIEW_ANSWERER_NOTICE,
          i.date(),
          i.answererToldOn());
      latest(
          findings,
          name,
          calendar,
          LegalPeriods.P_INTERVIEW_ATTENDEES,
          i.date(),
          i.attendeesGivenOn());
      i.planChangedOn()
          .ifPresent(
              d ->
                  latest(
                      findings, name, calendar, LegalPeriods.P_INTERVIEW_PLAN_CHANGE, i.date(), d));
      LocalDate venueFrom =
          calendar.deadline(LegalPeriods.P_INTERVIEW_VENUE_NOTICE, i.date()).dueDate();
      if (i.venueToldOn().isBefore(venueFrom) || i.venueToldOn().isAfter(i.date())) {
        findings.add(
            Rules.P_INTERVIEW
                + ": "
                + name
                + ": "
                + LegalPeriods.P_INTERVIEW_VENUE_NOTICE.wording()
                + " (from "
                + venueFrom
                + " to "
                + i.date()
                + "); told on "
                + i.venueToldOn());
      }
      LocalDate summaryDue =
          calendar.deadline(LegalPeriods.P_INTERVIEW_SUMMARY, i.date()).dueDate();
      LocalDate summary = i.summaryReportedOn().orElse(null);
      if (summary == null ? asOf.isAfter(summaryDue) : summary.isAfter(summaryDue)) {
        findings.add(
            Rules.P_INTERVIEW
                + ": "
                + name
                + ": "
                + LegalPeriods.P_INTERVIEW_SUMMARY.wording()
                + " (by "
                + summaryDue
                + "); "
                + (summary == null ? "not sent on " + asOf : "sent on " + summary));
      }
    }
    return List.copyOf(findings);
  }

  private static void latest(
      List<String> findings,
      String name,
      WorkingDayCalendar calendar,
      LegalPeriod period,
      LocalDate interview,
      LocalDate done) {
    LocalDate due = calendar.deadline(period, interview).dueDate();
    if (done.isAfter(due)) {
      findings.add(
          Rules.P_INTERVIEW
              + ": "
              + name
              + ": "
              + period.wording()
              + " (by "
              + due
              + "); done on "
              + done);
    }
  }
}
