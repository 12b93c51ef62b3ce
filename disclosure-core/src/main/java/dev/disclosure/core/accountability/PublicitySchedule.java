package dev.disclosure.core.accountability;

import static java.util.Objects.requireNonNull;

import dev.disclosure.calendar.Deadline;
import dev.disclosure.calendar.Finding;
import dev.disclosure.calendar.FindingKind;
import dev.disclosure.calendar.LegalPeriod;
import dev.disclosure.calendar.Phrase;
import dev.disclosure.calendar.Quantity;
import dev.disclosure.calendar.WorkingDayCalendar;
import dev.disclosure.core.InvalidFactsException.Problem;
import dev.disclosure.core.law.LegalPeriods;
import dev.disclosure.core.law.Rules;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The schedule and the gate of a major decision's publicity and hearing (公示听证时限, ACC-5,
 * P-PUBLICITY, P-HEARING): publicity runs 10 working days from the day after posting; a hearing is
 * decided and announced within 5 working days after publicity ends; its report is due within 7 days
 * and the feedback to those who commented within 15 days after the hearing.
 *
 * <p>The gate ({@link #requireSubmittable(LocalDate)}) refuses a decision whose publicity was not
 * posted or has not run its 10 working days, or that needed a hearing not yet held. [convention] A
 * late hearing announcement is reported by {@link #findingsOn(LocalDate)}, not by the gate: the
 * source requires publicity and hearing before the decision, not the report.
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
   * Returns the deadlines missed as of a date: a hearing decided and announced late, or not yet
   * announced after its deadline, as a {@link FindingKind#BROKEN} finding of P-HEARING with the
   * due date, then the day announced or the day of evaluation. The report and feedback are not
   * recorded here; their deadlines are {@link #hearingReportDeadline()} and {@link
   * #feedbackDeadline()}.
   *
   * @param on the date of evaluation
   * @return the findings
   */
  public List<Finding> findingsOn(LocalDate on) {
    requireNonNull(on, "on");
    List<Finding> findings = new ArrayList<>();
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
    return List.copyOf(findings);
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
