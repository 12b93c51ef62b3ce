package dev.disclosure.core.accountability;

import static java.util.Objects.requireNonNull;

import dev.disclosure.calendar.Citation;
import dev.disclosure.calendar.Finding;
import dev.disclosure.calendar.FindingKind;
import dev.disclosure.calendar.LegalPeriod;
import dev.disclosure.calendar.Phrase;
import dev.disclosure.calendar.Quantity;
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
 * <p>An interview's actual length, when recorded, is checked too: one that ran shorter or longer
 * than planned without a special reason breaks 第十三条 (非因特殊原因不得提前终止和延长时间), and the 2 hours
 * apply to the longer of the planned and actual lengths. Interviews are counted in 期 (sessions), the
 * source's counting word (不少于26期). A notice "N日前" is due exactly N calendar days before the
 * interview, whatever kind of day that is (《民法典》第二百零一条; CAL-5).
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
   * Lists every rule a year's plan breaks, each a {@link FindingKind#BROKEN} finding of {@code
   * P-INTERVIEW} with its dates, counts and provisions: too few interviews in the year; an
   * interview over 2 hours; a notice later than its latest day (that day, then the day it was
   * done); a venue notice outside its window (first and last day, then the day told); a summary
   * after its deadline (the due date, then the day sent or the day of the check).
   *
   * @param year the plan's year; interviews of other years are not counted towards the minimum
   * @param interviews the interviews
   * @param calendar the working-day calendar
   * @param asOf the date of the check, for summaries not yet sent
   * @return the findings, empty if the plan complies
   */
  public static List<Finding> check(
      int year, List<Interview> interviews, WorkingDayCalendar calendar, LocalDate asOf) {
    requireNonNull(interviews, "interviews");
    requireNonNull(calendar, "calendar");
    requireNonNull(asOf, "asOf");
    List<Finding> findings = new ArrayList<>();
    long inYear = interviews.stream().filter(i -> i.date().getYear() == year).count();
    if (inYear < MINIMUM_PER_YEAR) {
      findings.add(
          broken(
              Phrase.of(
                  "{0}年计划网上访谈{1}，每年度原则上不少于{2}",
                  "the plan for {0} has {1}; at least {2} a year are required",
                  year,
                  Quantity.of(inYear, Quantity.Unit.SESSIONS),
                  Quantity.of(MINIMUM_PER_YEAR, Quantity.Unit.SESSIONS)),
              List.of(Frequency.ONLINE_INTERVIEWS_26_A_YEAR.citation())));
    }
    for (Interview i : interviews) {
      requireNonNull(i, "interview");
      Phrase name = Phrase.of("{0}“{1}”", "the interview of {0} ({1})", i.date(), i.topic());
      int longest = Math.max(i.minutes(), i.actualMinutes().orElse(0));
      if (longest > MAXIMUM_MINUTES) {
        findings.add(
            broken(
                Phrase.of(
                    "{0}时长{1}分钟，每期不超过{2}分钟（2小时）",
                    "{0} lasts {1} minutes; at most {2} minutes (2 hours)",
                    name,
                    longest,
                    MAXIMUM_MINUTES),
                List.of(Frequency.ONLINE_INTERVIEWS_26_A_YEAR.citation())));
      }
      i.actualMinutes()
          .filter(ran -> ran != i.minutes() && i.specialReason().isEmpty())
          .ifPresent(
              ran ->
                  findings.add(
                      broken(
                          Phrase.of(
                              "{0}计划{1}分钟，实际{2}分钟：{3}，非因特殊原因不得提前终止和延长时间",
                              "{0} was planned for {1} minutes and ran {2}: {3} without a special"
                                  + " reason; an interview is not ended early or extended except"
                                  + " for one",
                              name,
                              i.minutes(),
                              ran,
                              ran < i.minutes()
                                  ? Phrase.of("提前终止", "ended early")
                                  : Phrase.of("延长时间", "extended")),
                          List.of(AccountabilityCitations.INTERVIEW_LENGTH))));
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
      LegalPeriod venue = LegalPeriods.P_INTERVIEW_VENUE_NOTICE;
      LocalDate venueFrom = calendar.deadline(venue, i.date()).dueDate();
      if (i.venueToldOn().isBefore(venueFrom) || i.venueToldOn().isAfter(i.date())) {
        findings.add(
            broken(
                Phrase.of(
                    "{0}：{1}（{2}至{3}），实际于{4}告知",
                    "{0}: {1} (from {2} to {3}); told on {4}",
                    name,
                    rule(venue),
                    venueFrom,
                    i.date(),
                    i.venueToldOn()),
                venue.citations()));
      }
      LegalPeriod summaryPeriod = LegalPeriods.P_INTERVIEW_SUMMARY;
      LocalDate summaryDue = calendar.deadline(summaryPeriod, i.date()).dueDate();
      LocalDate summary = i.summaryReportedOn().orElse(null);
      if (summary == null ? asOf.isAfter(summaryDue) : summary.isAfter(summaryDue)) {
        findings.add(
            broken(
                Phrase.of(
                    "{0}：{1}，应不晚于{2}；{3}",
                    "{0}: {1}, by {2}; {3}",
                    name,
                    rule(summaryPeriod),
                    summaryDue,
                    summary == null
                        ? Phrase.of("截至{0}未报送", "not sent on {0}", asOf)
                        : Phrase.of("实际于{0}报送", "sent on {0}", summary)),
                summaryPeriod.citations()));
      }
    }
    return List.copyOf(findings);
  }

  private static void latest(
      List<Finding> findings,
      Phrase name,
      WorkingDayCalendar calendar,
      LegalPeriod period,
      LocalDate interview,
      LocalDate done) {
    LocalDate due = calendar.deadline(period, interview).dueDate();
    if (done.isAfter(due)) {
      findings.add(
          broken(
              Phrase.of(
                  "{0}：{1}，应不晚于{2}，实际于{3}",
                  "{0}: {1}, by {2}; done on {3}",
                  name,
                  rule(period),
                  due,
                  done),
              period.citations()));
    }
  }

  private static Finding broken(Phrase what, List<Citation> citations) {
    return Finding.of(Rules.P_INTERVIEW, FindingKind.BROKEN, what, citations);
  }

  /** A notice rule of P-INTERVIEW: its Chinese wording, and in English with its period. */
  private static Phrase rule(LegalPeriod period) {
    String english;
    if (period.equals(LegalPeriods.P_INTERVIEW_TOPIC)) {
      english = "the topic is given {0} before the interview";
    } else if (period.equals(LegalPeriods.P_INTERVIEW_PREVIEW)) {
      english = "the preview is posted online, inviting comments, {0} before the interview";
    } else if (period.equals(LegalPeriods.P_INTERVIEW_ANSWERER_NOTICE)) {
      english = "the answerer is told {0} before the interview";
    } else if (period.equals(LegalPeriods.P_INTERVIEW_ATTENDEES)) {
      english = "the answerer gives the list of attendees {0} before the interview";
    } else if (period.equals(LegalPeriods.P_INTERVIEW_PLAN_CHANGE)) {
      english = "a change of the plan or its content is notified to the answerer {0} before the"
          + " interview";
    } else if (period.equals(LegalPeriods.P_INTERVIEW_VENUE_NOTICE)) {
      english = "the answerer is told the venue within the {0} before the interview";
    } else {
      english = "the summary report is sent within {0} from the day after the interview";
    }
    return Phrase.of(period.wording(), english, Quantity.of(period.amount(), period.unit()));
  }
}
