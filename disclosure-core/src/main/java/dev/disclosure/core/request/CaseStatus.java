package dev.disclosure.core.request;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Sets;
import dev.disclosure.calendar.Citation;
import dev.disclosure.calendar.Deadline;
import dev.disclosure.calendar.Finding;
import dev.disclosure.calendar.FindingKind;
import dev.disclosure.calendar.Language;
import dev.disclosure.calendar.Lateness;
import dev.disclosure.calendar.OutsideCalendarDataException;
import dev.disclosure.calendar.Pause;
import dev.disclosure.calendar.Phrase;
import dev.disclosure.calendar.RuleId;
import dev.disclosure.calendar.WorkingDayCalendar;
import dev.disclosure.core.Regime;
import dev.disclosure.core.law.Rules;
import dev.disclosure.core.request.RequestEvent.Consulted;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a request's history amounts to (办理状态) under a regime and a calendar (REQ-9): the current
 * state, the reply deadline with its findings, lateness on a date, the steps allowed next and, once
 * closed, the annual-report row (REQ-5).
 *
 * <p>The reply deadline is the calendar's {@link Deadline} of the regime's reply period
 * (P-REPLY-2008 or P-REPLY-2019) from the receipt date (REQ-2), with each completed step a fact of
 * it:
 *
 * <ul>
 *   <li>consultation time as a pause from the day the consultation is sent to the day the opinion
 *       arrives (CAL-7); when the consulted party stays silent under OGI_2019 the pause ends with
 *       its period (P-THIRD-PARTY-2019, P-CO-AGENCY-2019), since later days are not consultation
 *       time [convention];
 *   <li>the time from a fee notice to payment as a pause (REQ-8 [convention]);
 *   <li>a restart on the day a corrected application is received (CAL-8, P-CORRECTION-2019);
 *   <li>extensions (REQ-6);
 *   <li>a longer reasonable period set after the applicant explained an excessive request (OGI-2019
 *       第三十五条, REQ-4): a due date fixed from the day it was set. [convention] The set date is a
 *       date, not a count: later waits do not move it, and no correction or extension under 第三十三条
 *       follows it; on a rest day it moves to the next working day (《民法典》第二百零三条).
 * </ul>
 *
 * <p>While a pause or a correction is pending, {@link #deadline()} leaves the pending wait out and
 * {@link #deadlineOn(LocalDate)} counts it up to the given date, which gives the earliest the due
 * date can be. A case that closes during such a wait keeps the wait up to the closing day, so a
 * withdrawal or abandonment is never counted late for time the clock did not run. The time an
 * excessive-request explanation takes is counted [convention]: no provision excludes it.
 *
 * <p>Each step's rule — whether it is offered on a date, which rule refuses it, what it does to the
 * case and its clock — lives in one place, {@link StepRule}; the regime's differences live in its
 * request-rules table. Folding an event costs O(log D) for the clock (D the calendar's days).
 *
 * <p>Immutable and thread-safe.
 */
public final class CaseStatus {

  static final Phrase CORRECTION_WAIT =
      Phrase.of(
          "待补正，答复期限自收到补正后的申请之日起计算",
          "awaiting the correction; the period runs from the day the corrected application is"
              + " received");
  static final Phrase CLOSED_AWAITING_CORRECTION =
      Phrase.of(
          "待补正期间办结，期限视为自办结之日起重新计算（约定：待补正期间不致逾期）",
          "closed while awaiting the correction; the period is taken to run again from that day"
              + " (convention: the wait never makes the case late)");
  static final Phrase CORRECTION_RECEIVED =
      Phrase.of("收到补正后的申请", "the corrected application received");
  static final Phrase FEE_PAUSE =
      Phrase.of("收费通知至缴纳费用期间", "from the fee notice to the payment");
  private static final Phrase THIRD_PARTY_CONSULTATION =
      Phrase.of("征求第三方意见", "consulting a third party");
  private static final Phrase CO_AGENCY_CONSULTATION =
      Phrase.of("征求其他机关意见", "consulting another agency");

  /** What has happened once in the case and changes what may follow. */
  enum Mark {
    CORRECTION_ASKED,
    CORRECTION_RECEIVED,
    FEE_NOTICED,
    REASONS_ASKED,
    LONGER_PERIOD_SET
  }

  final RequestRules rules;
  final WorkingDayCalendar calendar;
  final Submission submission;
  final CaseState state;
  final Deadline deadline;
  final LocalDate lastDate;
  final LocalDate waitingSince;
  final Consulted consulted;
  final LocalDate supplyBy;
  /** The marks, one bit per {@link Mark} ordinal. */
  final int marks;
  final OutcomeRow outcome;

  private CaseStatus(Draft draft) {
    this.rules = draft.rules;
    this.calendar = draft.calendar;
    this.submission = draft.submission;
    this.state = draft.state;
    this.deadline = draft.deadline;
    this.lastDate = draft.lastDate;
    this.waitingSince = draft.waitingSince;
    this.consulted = draft.consulted;
    this.supplyBy = draft.supplyBy;
    this.marks = draft.marks;
    this.outcome = draft.outcome;
  }

  static CaseStatus start(Regime regime, WorkingDayCalendar calendar, Submission submission) {
    RequestRules rules = RequestRules.of(regime);
    Draft draft = new Draft();
    draft.rules = rules;
    draft.calendar = calendar;
    draft.submission = submission;
    draft.state = CaseState.PROCESSING;
    draft.deadline = calendar.deadline(rules.replyPeriod, submission.receiptDate());
    draft.lastDate = submission.receiptDate();
    return new CaseStatus(draft);
  }

  /** Returns a draft of the next status after a step on a date: the same case, moved on. */
  Draft next(LocalDate date, CaseState newState) {
    Draft draft = new Draft();
    draft.rules = rules;
    draft.calendar = calendar;
    draft.submission = submission;
    draft.state = newState;
    draft.deadline = deadline;
    draft.lastDate = date;
    draft.waitingSince = null;
    draft.consulted = null;
    draft.supplyBy = supplyBy;
    draft.marks = marks;
    draft.outcome = null;
    return draft;
  }

  /** The next status, being built by a step rule. */
  static final class Draft {
    RequestRules rules;
    WorkingDayCalendar calendar;
    Submission submission;
    CaseState state;
    Deadline deadline;
    LocalDate lastDate;
    LocalDate waitingSince;
    Consulted consulted;
    LocalDate supplyBy;
    int marks;
    OutcomeRow outcome;

    Draft waitingSince(LocalDate date) {
      this.waitingSince = date;
      return this;
    }

    Draft mark(Mark mark) {
      marks |= 1 << mark.ordinal();
      return this;
    }

    CaseStatus build() {
      return new CaseStatus(this);
    }
  }

  // -------------------------------------------------------------------------------------------

  /** {@return the regime the history was folded under} */
  public Regime regime() {
    return rules.regime;
  }

  /** {@return the receipt date (收到申请之日, REQ-2)} */
  public LocalDate receiptDate() {
    return submission.receiptDate();
  }

  /** {@return the current state (办理状态)} */
  public CaseState state() {
    return state;
  }

  /** {@return whether the case is closed (已办结)} */
  public boolean isClosed() {
    return state == CaseState.CLOSED;
  }

  /**
   * {@return the reply deadline (答复期限) from the completed steps, with its findings and citations; a
   * pending pause or correction is left out (see {@link #deadlineOn(LocalDate)})} For a closed
   * case, the deadline in force when it closed. Once a longer period is set (确定延迟答复的合理期限, OGI-2019
   * 第三十五条, REQ-4), its findings end with the date set.
   */
  public Deadline deadline() {
    return deadline;
  }

  /** {@return the due date of {@link #deadline()}} */
  public LocalDate dueDate() {
    return deadline.dueDate();
  }

  /**
   * Returns the reply deadline as it stands on a date: a pending consultation or fee wait counts as
   * a pause up to that date (CAL-7), a pending correction as a restart on it (CAL-8). Without a
   * pending wait, or once closed, this is {@link #deadline()}.
   *
   * @param date the date of evaluation
   * @return the deadline on that date
   * @throws OutsideCalendarDataException if the date or the due date is outside the calendar's data
   */
  public Deadline deadlineOn(LocalDate date) {
    requireNonNull(date, "date");
    if (waitingSince == null) {
      return deadline;
    }
    LocalDate end = date.isBefore(waitingSince) ? waitingSince : date;
    return switch (state) {
      case AWAITING_CORRECTION ->
          deadline.withRestart(end, CORRECTION_WAIT, correctionCitation());
      case CONSULTING ->
          deadline.withPause(Pause.of(waitingSince, end, consultationReason(), replyCitation()));
      default -> deadline.withPause(Pause.of(waitingSince, end, FEE_PAUSE, feeCitation()));
    };
  }

  /**
   * Returns whether the request is overdue (逾期) and by how many working days: for an open case, on
   * the given date against {@link #deadlineOn(LocalDate)}; for a closed case, the closing step
   * against the deadline in force, whatever the date.
   *
   * @param date the date of evaluation
   * @return the lateness
   * @throws OutsideCalendarDataException if the date or the due date is outside the calendar's data
   */
  public Lateness latenessOn(LocalDate date) {
    requireNonNull(date, "date");
    return isClosed() ? deadline.latenessOn(lastDate) : deadlineOn(date).latenessOn(date);
  }

  /**
   * {@return the steps the rules offer next, on the day of the latest step (REQ-9); empty once
   * closed} See {@link #allowedSteps(LocalDate)}.
   */
  public Set<Step> allowedSteps() {
    return allowedSteps(lastDate);
  }

  /**
   * Returns the steps the rules offer on a date (REQ-9): each listed step is accepted by {@link
   * RequestCase#apply} on that date for a valid payload, and each step left out would be refused.
   * Empty once closed or for a date before the latest step.
   *
   * @param date the date the next step would bear
   * @return the steps offered
   * @throws OutsideCalendarDataException if a deadline the answer needs is outside the data
   */
  public Set<Step> allowedSteps(LocalDate date) {
    requireNonNull(date, "date");
    EnumSet<Step> steps = EnumSet.noneOf(Step.class);
    if (!isClosed() && !date.isBefore(lastDate)) {
      for (StepRule rule : StepRule.values()) {
        if (rule.refusal(this, date).isEmpty()) {
          steps.add(rule.step());
        }
      }
    }
    return Sets.immutableEnumSet(steps);
  }

  /** {@return the day of the latest step, or the receipt date if there was none} */
  public LocalDate lastStepDate() {
    return lastDate;
  }

  /** {@return the day the case closed, if it has} */
  public Optional<LocalDate> closedOn() {
    return isClosed() ? Optional.of(lastDate) : Optional.empty();
  }

  /** {@return the annual-report row (处理结果, REQ-5) of a closed case; empty while open} */
  public Optional<OutcomeRow> outcome() {
    return Optional.ofNullable(outcome);
  }

  /**
   * Returns the findings: how the receipt date was fixed (REQ-2), the deadline's findings, the state
   * (REQ-9) and, once closed, the report row (REQ-5).
   *
   * @return the findings, in order
   */
  public List<Finding> findings() {
    ImmutableList.Builder<Finding> out = ImmutableList.builder();
    Finding receipt = submission.finding();
    out.add(
        rules.receiptRuleByConvention
            ? Finding.of(receipt.rule(), FindingKind.CONVENTION, receipt.what(), receipt.citations())
            : receipt);
    out.addAll(deadline.findings());
    out.add(
        Finding.of(
            Rules.REQ_9,
            FindingKind.APPLIED,
            Phrase.of(
                "自{0}起{1}",
                "{1} since {0}",
                lastDate,
                Phrase.of(state.label(), state.name().toLowerCase(Locale.ROOT).replace('_', ' '))),
            List.of()));
    if (outcome != null) {
      out.add(
          Finding.of(
              Rules.REQ_5,
              FindingKind.APPLIED,
              Phrase.of(
                  "处理结果：{0}",
                  "outcome row: {0}",
                  Phrase.of(outcome.label(), outcome.name().toLowerCase(Locale.ROOT).replace('_', ' '))),
              List.of()));
    }
    return out.build();
  }

  /**
   * {@return the explanation in Chinese, one finding per line}
   *
   */
  public String explain() {
    return Language.CHINESE.render(findings());
  }

  /**
   * Returns the explanation in a language, one finding per line.
   *
   * @param language Chinese or English
   * @return the explanation
   */
  public String explain(Language language) {
    requireNonNull(language, "language");
    return language.render(findings());
  }

  // -------------------------------------------------------------------------------------------

  /** Folds one event: the REQ-9 checks every step shares, then the step's own rule. */
  CaseStatus next(RequestEvent event) {
    Step step = event.step();
    LocalDate date = event.date();
    if (isClosed()) {
      throw refuse(step, Rules.REQ_9, "the case closed on " + lastDate + " with " + outcome.label());
    }
    if (date.isBefore(lastDate)) {
      throw refuse(
          step,
          Rules.REQ_9,
          "dated " + date + ", before the previous step on " + lastDate + "; a history runs forward");
    }
    StepRule rule = StepRule.of(step);
    Optional<StepRule.Refusal> refusal = rule.refusal(this, date);
    if (refusal.isPresent()) {
      throw refuse(step, refusal.get().rule(), refusal.get().detail());
    }
    return rule.apply(this, event);
  }

  /** The status closed on a date with a report row, any pending wait ended on that date. */
  CaseStatus closed(LocalDate date, OutcomeRow row) {
    Draft draft = next(date, CaseState.CLOSED);
    draft.deadline =
        state == CaseState.AWAITING_CORRECTION
            ? deadline.withRestart(date, CLOSED_AWAITING_CORRECTION, correctionCitation())
            : deadlineOn(date);
    draft.outcome = row;
    return draft.build();
  }

  RefusedStepException refuse(Step step, RuleId rule, String detail) {
    return new RefusedStepException(state, step, rule, "under " + rules.regime.id() + ", " + detail);
  }

  boolean has(Mark mark) {
    return (marks & 1 << mark.ordinal()) != 0;
  }

  Phrase consultationReason() {
    return consulted == Consulted.THIRD_PARTY ? THIRD_PARTY_CONSULTATION : CO_AGENCY_CONSULTATION;
  }

  Citation replyCitation() {
    return rules.replyPeriod.citations().get(0);
  }

  Citation correctionCitation() {
    return rules.correctionPeriod.orElseThrow().citations().get(0);
  }

  Citation feeCitation() {
    return RequestCitations.FEE;
  }

  // -------------------------------------------------------------------------------------------

  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    return obj instanceof CaseStatus other
        && rules == other.rules
        && calendar.equals(other.calendar)
        && submission.equals(other.submission)
        && state == other.state
        && deadline.equals(other.deadline)
        && lastDate.equals(other.lastDate)
        && Objects.equals(waitingSince, other.waitingSince)
        && consulted == other.consulted
        && Objects.equals(supplyBy, other.supplyBy)
        && marks == other.marks
        && outcome == other.outcome;
  }

  @Override
  public int hashCode() {
    return Objects.hash(rules.regime, submission, state, deadline, lastDate, waitingSince, outcome);
  }

  /**
   * Returns a one-line description, for example {@code CaseStatus[OGI_2019 处理中, Deadline[P-REPLY-2019 from 2026-09-28, due
   * 2026-10-30]]}; never throws, even when the due date lies beyond the data.
   */
  @Override
  public String toString() {
    return "CaseStatus["
        + rules.regime.id()
        + " "
        + state.label()
        + ", "
        + deadline
        + (outcome == null ? "" : ", " + outcome.label())
        + "]";
  }
}
