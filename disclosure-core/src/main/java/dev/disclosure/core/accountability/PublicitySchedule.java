package dev.disclosure.core.accountability;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.Sets;
import dev.disclosure.calendar.Citation;
import dev.disclosure.calendar.Deadline;
import dev.disclosure.calendar.Finding;
import dev.disclosure.calendar.FindingKind;
import dev.disclosure.calendar.LegalPeriod;
import dev.disclosure.calendar.Phrase;
import dev.disclosure.calendar.Quantity;
import dev.disclosure.calendar.RuleId;
import dev.disclosure.calendar.WorkingDayCalendar;
import dev.disclosure.core.InvalidFactsException.Problem;
import dev.disclosure.core.law.LegalPeriods;
import dev.disclosure.core.law.Rules;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The schedule and the gate of a major decision's publicity and hearing (公示听证时限, ACC-5,
 * P-PUBLICITY, P-HEARING): publicity runs 10 working days from the day after posting; a hearing is
 * decided and announced within 5 working days after publicity ends; its report is due within 7 days
 * and the feedback to those who commented within 15 days after the hearing.
 *
 * <p>The gate ({@link #requireSubmittable(LocalDate)}) refuses a decision whose publicity was not
 * posted or has not run its 10 working days, or that needed a hearing not yet held (第十八条). What
 * else the record breaks — the office meeting's review, the content lists, late announcements,
 * reports and feedback — is reported by {@link #findingsOn(LocalDate)}, not by the gate
 * [convention]: the source bars submission only for a missing publicity or hearing.
 *
 * <p>Immutable and thread-safe.
 */
public final class PublicitySchedule {

  private final MajorDecision decision;
  private final WorkingDayCalendar calendar;

  private PublicitySchedule(MajorDecision decision, WorkingDayCalendar calendar) {
    this.decision = decision;
    this.calendar = calendar;
  }

  /**
   * Returns the schedule of a decision's record on a calendar.
   *
   * @param decision the record
   * @param calendar the working-day calendar
   * @return the schedule
   */
  public static PublicitySchedule of(MajorDecision decision, WorkingDayCalendar calendar) {
    requireNonNull(decision, "decision");
    requireNonNull(calendar, "calendar");
    return new PublicitySchedule(decision, calendar);
  }

  /** {@return the record} */
  public MajorDecision decision() {
    return decision;
  }

  /** {@return the publicity period (P-PUBLICITY), due on its last day, once posted} */
  public Optional<Deadline> publicityEnd() {
    return decision.publicityPostedOn().map(d -> calendar.deadline(LegalPeriods.P_PUBLICITY, d));
  }

  /**
   * {@return the deadline to decide and announce a hearing (P-HEARING), counted from the end of
   * publicity, once posted and if a hearing is required}
   */
  public Optional<Deadline> hearingDecisionDeadline() {
    if (!decision.hearingRequired()) {
      return Optional.empty();
    }
    return publicityEnd()
        .map(end -> calendar.deadline(LegalPeriods.P_HEARING_DECISION, end.dueDate()));
  }

  /** {@return the hearing report deadline (7 days, P-HEARING), once the hearing was held} */
  public Optional<Deadline> hearingReportDeadline() {
    return decision.hearingHeldOn().map(d -> calendar.deadline(LegalPeriods.P_HEARING_REPORT, d));
  }

  /** {@return the feedback deadline (15 days, P-HEARING), once the hearing was held} */
  public Optional<Deadline> feedbackDeadline() {
    return decision.hearingHeldOn().map(d -> calendar.deadline(LegalPeriods.P_HEARING_FEEDBACK, d));
  }

  /**
   * Returns why the decision may not be submitted on a date; empty if it may (ACC-5).
   *
   * @param on the day of submission
   * @return the problems, each with its rule (ACC-5 or P-PUBLICITY)
   */
  public List<Problem> gateProblemsOn(LocalDate on) {
    requireNonNull(on, "on");
    List<Problem> problems = new ArrayList<>();
    Optional<Deadline> end = publicityEnd();
    if (end.isEmpty()) {
      problems.add(
          new Problem(Rules.ACC_5, "the decision was not publicized before it was made (事前公示制)"));
    } else if (!on.isAfter(end.get().dueDate())) {
      problems.add(
          new Problem(
              Rules.P_PUBLICITY,
              "publicity runs through " + end.get().dueDate() + "; submitted on " + on));
    }
    if (decision.hearingRequired()
        && decision.hearingHeldOn().map(held -> held.isAfter(on)).orElse(true)) {
      problems.add(new Problem(Rules.ACC_5, "a required hearing was not held before " + on));
    }
    return List.copyOf(problems);
  }

  /**
   * The gate (提交决策前审查): passes if the decision may be submitted on a date.
   *
   * @param on the day of submission
   * @throws SubmissionRefusedException naming what is missing
   */
  public void requireSubmittable(LocalDate on) {
    List<Problem> problems = gateProblemsOn(on);
    if (!problems.isEmpty()) {
      throw new SubmissionRefusedException(decision.title(), problems);
    }
  }

  /**
   * Returns what the record breaks as of a date, each a {@link FindingKind#BROKEN} finding, in the
   * order of the articles:
   *
   * <ul>
   *   <li>ACC-5, 第八条: publicity posted without the director's office meeting's review, or before
   *       it;
   *   <li>ACC-5, 第七条 and 第十三条: publicity without a required item of its content list (the
   *       missing items named);
   *   <li>ACC-5, 第十条: a recorded publicity report without a required part;
   *   <li>P-HEARING, 第十一条: a hearing decided and announced late, or not announced after its
   *       deadline (the due date, then the day announced or the day of evaluation); ACC-5: an
   *       announcement without a required particular;
   *   <li>P-HEARING, 第十四条: a hearing report formed late or not formed after its deadline; ACC-5: a
   *       report without a required part;
   *   <li>P-HEARING, 第十五条: feedback given late or not given after its deadline.
   * </ul>
   *
   * <p>[convention] Something not yet done breaks its rule only once the day of evaluation is after
   * its due date; a decision's publicity report has no period (及时), so only its parts are judged.
   *
   * @param on the date of evaluation
   * @return the findings, empty when the record complies
   */
  public List<Finding> findingsOn(LocalDate on) {
    requireNonNull(on, "on");
    List<Finding> findings = new ArrayList<>();
    decision
        .publicityPostedOn()
        .filter(posted -> !posted.isAfter(on))
        .ifPresent(
            posted -> {
              LocalDate reviewed = decision.officeMeetingReviewedOn().orElse(null);
              if (reviewed == null || reviewed.isAfter(posted)) {
                findings.add(
                    broken(
                        Rules.ACC_5,
                        Phrase.of(
                            "“{0}”于{1}公示，{2}；公示文件应提交主任办公会审查通过后予以公示",
                            "the decision ({0}) was publicized {1}, {2}; the publicity documents"
                                + " are publicized after the director's office meeting passes them",
                            decision.title(),
                            posted,
                            reviewed == null
                                ? Phrase.of("未经主任办公会审查", "without the meeting's review")
                                : Phrase.of(
                                    "主任办公会于{0}才审查", "the meeting reviewed them only {0}", reviewed)),
                        List.of(AccountabilityCitations.OFFICE_MEETING)));
              }
              missing(
                  findings,
                  Phrase.of("公示", "the publicity"),
                  decision.missingPublicityContents(),
                  PublicityContent::label,
                  PublicityContent::english,
                  AccountabilityCitations.PUBLICITY_CONTENTS);
              decision
                  .publicityReport()
                  .ifPresent(
                      report ->
                          missing(
                              findings,
                              Phrase.of("公示报告", "the publicity report"),
                              Sets.difference(EnumSet.allOf(ReportContent.class), report),
                              ReportContent::label,
                              ReportContent::english,
                              AccountabilityCitations.PUBLICITY_REPORT));
            });
    LegalPeriod period = LegalPeriods.P_HEARING_DECISION;
    hearingDecisionDeadline()
        .ifPresent(
            due -> {
              LocalDate announced = decision.hearingAnnouncedOn().orElse(null);
              if (announced == null
                  ? on.isAfter(due.dueDate())
                  : announced.isAfter(due.dueDate())) {
                findings.add(
                    Finding.of(
                        period.id(),
                        FindingKind.BROKEN,
                        Phrase.of(
                            "“{0}”需要听证，应在公示结束后{1}内作出决定并向社会公告，期限届满日为{2}；{3}",
                            "the decision ({0}) needs a hearing, to be decided and announced within"
                                + " {1} after publicity ends, by {2}; {3}",
                            decision.title(),
                            Quantity.of(period.amount(), period.unit()),
                            due.dueDate(),
                            announced == null
                                ? Phrase.of("截至{0}未公告", "not announced by {0}", on)
                                : Phrase.of("实际于{0}公告", "announced {0}", announced)),
                        period.citations()));
              }
            });
    if (decision.hearingAnnouncedOn().filter(d -> !d.isAfter(on)).isPresent()) {
      missing(
          findings,
          Phrase.of("听证公告", "the hearing announcement"),
          Sets.difference(EnumSet.allOf(HearingNoticeContent.class), decision.hearingNotice()),
          HearingNoticeContent::label,
          HearingNoticeContent::english,
          AccountabilityCitations.HEARING_NOTICE);
    }
    hearingReportDeadline()
        .ifPresent(
            due -> {
              late(
                  findings,
                  LegalPeriods.P_HEARING_REPORT,
                  due.dueDate(),
                  decision.hearingReportOn(),
                  on,
                  Phrase.of("形成听证报告", "the hearing report formed"));
              if (decision.hearingReportOn().filter(d -> !d.isAfter(on)).isPresent()) {
                missing(
                    findings,
                    Phrase.of("听证报告", "the hearing report"),
                    Sets.difference(EnumSet.allOf(ReportContent.class), decision.hearingReport()),
                    ReportContent::label,
                    ReportContent::english,
                    AccountabilityCitations.HEARING_REPORT);
              }
            });
    feedbackDeadline()
        .ifPresent(
            due ->
                late(
                    findings,
                    LegalPeriods.P_HEARING_FEEDBACK,
                    due.dueDate(),
                    decision.feedbackOn(),
                    on,
                    Phrase.of("反馈意见、建议的处理情况", "the feedback given")));
    return List.copyOf(findings);
  }

  private void late(
      List<Finding> findings,
      LegalPeriod period,
      LocalDate due,
      Optional<LocalDate> done,
      LocalDate on,
      Phrase what) {
    LocalDate day = done.filter(d -> !d.isAfter(on)).orElse(null);
    if (day == null ? on.isAfter(due) : day.isAfter(due)) {
      findings.add(
          Finding.of(
              period.id(),
              FindingKind.BROKEN,
              Phrase.of(
                  "“{0}”：{1}，期限届满日为{2}；{3}",
                  "the decision ({0}): {1}, by {2}; {3}",
                  decision.title(),
                  Phrase.of(period.wording(), "{0} within {1} after the hearing", what, Quantity.of(period.amount(), period.unit())),
                  due,
                  day == null
                      ? Phrase.of("截至{0}未办理", "not done by {0}", on)
                      : Phrase.of("实际于{0}办理", "done {0}", day)),
              period.citations()));
    }
  }

  private <E extends Enum<E>> void missing(
      List<Finding> findings,
      Phrase document,
      Set<E> absent,
      Function<E, String> label,
      Function<E, String> english,
      Citation citation) {
    if (absent.isEmpty()) {
      return;
    }
    List<E> sorted = new ArrayList<>(absent);
    Collections.sort(sorted);
    StringBuilder chinese = new StringBuilder();
    StringBuilder inEnglish = new StringBuilder();
    for (E item : sorted) {
      chinese.append(chinese.length() == 0 ? "" : "；").append(label.apply(item));
      inEnglish.append(inEnglish.length() == 0 ? "" : "; ").append(english.apply(item));
    }
    findings.add(
        broken(
            Rules.ACC_5,
            Phrase.of(
                "“{0}”的{1}缺少：{2}",
                "the decision ({0}): {1} lacks {2}",
                decision.title(),
                document,
                Phrase.of(chinese.toString(), inEnglish.toString())),
            List.of(citation)));
  }

  private static Finding broken(RuleId rule, Phrase what, List<Citation> citations) {
    return Finding.of(rule, FindingKind.BROKEN, what, citations);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof PublicitySchedule other
        && decision.equals(other.decision)
        && calendar.equals(other.calendar);
  }

  @Override
  public int hashCode() {
    return 31 * decision.hashCode() + calendar.hashCode();
  }

  /** Returns a one-line description, for example {@code PublicitySchedule[MajorDecision[...]]}. */
  @Override
  public String toString() {
    return "PublicitySchedule[" + decision + "]";
  }
}
