package dev.disclosure.core.request;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.Sets;
import dev.disclosure.calendar.Citation;
import dev.disclosure.calendar.Deadline;
import dev.disclosure.calendar.Extension;
import dev.disclosure.calendar.IllegalPeriodException;
import dev.disclosure.calendar.LegalPeriod;
import dev.disclosure.calendar.LegalPeriods;
import dev.disclosure.calendar.Lateness;
import dev.disclosure.calendar.Pause;
import dev.disclosure.calendar.WorkingDayCalendar;
import dev.disclosure.core.AnswerKind;
import dev.disclosure.core.FeeRule;
import dev.disclosure.core.InvalidFactsException;
import dev.disclosure.core.Regime;
import dev.disclosure.core.request.RequestEvent.Consulted;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a request's history amounts to (办理状态) under a regime and a calendar (REQ-9): the current
 * state, the reply deadline with its explanation, lateness on a date, the steps allowed next and,
 * once closed, the annual-report row (REQ-5).
 *
 * <p>The reply deadline is the regime's reply period (P-REPLY-2008 or P-REPLY-2019) from the receipt
 * date (REQ-2), with:
 *
 * <ul>
 *   <li>consultation time as a pause from the day the consultation is sent to the day the opinion
 *       arrives (CAL-7); when the consulted party stays silent under OGI_2019 the pause ends with its
 *       period (P-THIRD-PARTY-2019, P-CO-AGENCY-2019), since later days are not consultation time
 *       [convention];
 *   <li>the time from a fee notice to payment as a pause (REQ-8 [convention]);
 *   <li>a restart on the day a corrected application is received (CAL-8, P-CORRECTION-2019);
 *   <li>extensions (REQ-6).
 * </ul>
 *
 * <p>While a pause or a correction is pending, {@link #deadline()} leaves the pending wait out and
 * {@link #deadlineOn(LocalDate)} counts it up to the given date, which gives the earliest the due
 * date can be. The time an excessive-request explanation takes is counted [convention]: no
 * provision excludes it.
 *
 * <p>Immutable and thread-safe.
 */
public final class CaseStatus {

  private static final String CORRECTION_WAIT = "待补正，答复期限自收到补正后的申请之日起计算";
  private static final String FEE_PAUSE = "收费通知至缴费期间不计算在答复期限内（约定，REQ-8）";

  private final Regime regime;
  private final WorkingDayCalendar calendar;
  private final Submission submission;
  private final CaseState state;
  private final Deadline deadline;
  private final LocalDate lastDate;
  private final LocalDate waitingSince;
  private final Consulted consulted;
  private final LocalDate supplyBy;
  private final boolean correctionAsked;
  private final boolean correctionReceived;
  private final boolean feeNoticed;
  private final boolean reasonsAsked;
  private final OutcomeRow outcome;
  private final Set<Step> allowedSteps;

  private CaseStatus(
      Regime regime,
      WorkingDayCalendar calendar,
      Submission submission,
      CaseState state,
      Deadline deadline,
      LocalDate lastDate,
      LocalDate waitingSince,
      Consulted consulted,
      LocalDate supplyBy,
      boolean correctionAsked,
      boolean correctionReceived,
      boolean feeNoticed,
      boolean reasonsAsked,
      OutcomeRow outcome) {
    this.regime = regime;
    this.calendar = calendar;
    this.submission = submission;
    this.state = state;
    this.deadline = deadline;
    this.lastDate = lastDate;
    this.waitingSince = waitingSince;
    this.consulted = consulted;
    this.supplyBy = supplyBy;
    this.correctionAsked = correctionAsked;
    this.correctionReceived = correctionReceived;
    this.feeNoticed = feeNoticed;
    this.reasonsAsked = reasonsAsked;
    this.outcome = outcome;
    this.allowedSteps = computeAllowedSteps();
  }

  static CaseStatus start(Regime regime, WorkingDayCalendar calendar, Submission submission) {
    LocalDate receipt = submission.receiptDate();
    return new CaseStatus(
        regime,
        calendar,
        submission,
        CaseState.PROCESSING,
        calendar.deadline(regime.replyPeriod(), receipt),
        receipt,
        null,
        null,
        null,
        false,
        false,
        false,
        false,
        null);
  }

  private CaseStatus with(
      CaseState newState, Deadline newDeadline, LocalDate date, LocalDate newWaitingSince) {
    return new CaseStatus(
        regime,
        calendar,
        submission,
        newState,
        newDeadline,
        date,
        newWaitingSince,
        consulted,
        supplyBy,
        correctionAsked,
        correctionReceived,
        feeNoticed,
        reasonsAsked,
        outcome);
  }

  private CaseStatus closed(LocalDate date, OutcomeRow row) {
    return new CaseStatus(
        regime,
        calendar,
        submission,
        CaseState.CLOSED,
        deadlineOn(date),
        date,
        null,
        null,
        supplyBy,
        correctionAsked,
        correctionReceived,
        feeNoticed,
        reasonsAsked,
        row);
  }

  // -------------------------------------------------------------------------------------------

  /** Returns the regime the history was folded under. */
  public Regime regime() {
    return regime;
  }

  /** Returns the receipt date (收到申请之日, REQ-2). */
  public LocalDate receiptDate() {
    return submission.receiptDate();
  }

  /** Returns the current state (办理状态). */
  public CaseState state() {
    return state;
  }

  /** Returns whether the case is closed (已办结). */
  public boolean isClosed() {
    return state == CaseState.CLOSED;
  }

  /**
   * Returns the reply deadline (答复期限) from the completed steps, with its steps and citations; a
   * pending pause or correction is left out (see {@link #deadlineOn(LocalDate)}). For a closed case,
   * the deadline in force when it closed.
   */
  public Deadline deadline() {
    return deadline;
  }

  /** Returns the due date of {@link #deadline()}. */
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
   * @throws dev.disclosure.calendar.OutsideCalendarDataException if the date or the due date is
   *     outside the calendar's data
   */
  public Deadline deadlineOn(LocalDate date) {
    requireNonNull(date, "date");
    if (waitingSince == null) {
      return deadline;
    }
    LocalDate end = date.isBefore(waitingSince) ? waitingSince : date;
    switch (state) {
      case AWAITING_CORRECTION:
        return deadline.withRestart(end, CORRECTION_WAIT, correctionCitation());
      case CONSULTING:
        return deadline.withPause(Pause.of(waitingSince, end, consultationReason(), replyCitation()));
      default:
        return deadline.withPause(Pause.of(waitingSince, end, FEE_PAUSE, feeCitation()));
    }
  }

  /**
   * Returns whether the request is overdue (逾期) and by how many working days: for an open case,
   * on the given date against {@link #deadlineOn(LocalDate)}; for a closed case, the closing step
   * against the deadline in force, whatever the date.
   *
   * @param date the date of evaluation
   * @return the lateness
   */
  public Lateness latenessOn(LocalDate date) {
    requireNonNull(date, "date");
    return isClosed() ? deadline.latenessOn(lastDate) : deadlineOn(date).latenessOn(date);
  }

  /** Returns the steps allowed next under the regime (REQ-9); empty once closed. */
  public Set<Step> allowedSteps() {
    return allowedSteps;
  }

  /** Returns the day of the latest step, or the receipt date if there was none. */
  public LocalDate lastStepDate() {
    return lastDate;
  }

  /** Returns the day the case closed, if it has. */
  public Optional<LocalDate> closedOn() {
    return isClosed() ? Optional.of(lastDate) : Optional.empty();
  }

  /** Returns the annual-report row (处理结果, REQ-5) of a closed case; empty while open. */
  public Optional<OutcomeRow> outcome() {
    return Optional.ofNullable(outcome);
  }

  /**
   * Returns the explanation: how the receipt date was fixed, the deadline's steps with their
   * citations, the state and, once closed, the report row.
   *
   * @return the explanation, one line per step
   */
  public String explain() {
    StringBuilder text =
        new StringBuilder(submission.explain())
            .append('\n')
            .append(deadline.explain())
            .append("\nREQ-9: ")
            .append(state.label())
            .append(" (")
            .append(state)
            .append(") since ")
            .append(lastDate);
    if (outcome != null) {
      text.append("\nREQ-5: ").append(outcome.label());
    }
    return text.toString();
  }

  // -------------------------------------------------------------------------------------------

  CaseStatus next(RequestEvent event) {
    Step step = event.step();
    LocalDate date = event.date();
    if (isClosed()) {
      throw refuse(step, "REQ-9", "the case closed on " + lastDate + " with " + outcome.label());
    }
    if (date.isBefore(lastDate)) {
      throw refuse(
          step,
          "REQ-9",
          "dated " + date + ", before the previous step on " + lastDate + "; a history runs forward");
    }
    if (!allowedSteps.contains(step)) {
      throw refuse(step, ruleForMissing(step), "allowed now: " + allowedSteps);
    }
    if (event instanceof RequestEvent.CorrectionAsked asked) {
      return askCorrection(asked);
    } else if (event instanceof RequestEvent.CorrectionReceived) {
      CaseStatus restarted =
          with(
              CaseState.PROCESSING,
              deadline.withRestart(date, "收到补正后的申请", correctionCitation()),
              date,
              null);
      return restarted.flags(true, true, feeNoticed, reasonsAsked, null);
    } else if (event instanceof RequestEvent.CorrectionMissed) {
      if (!date.isAfter(supplyBy)) {
        throw refuse(
            step,
            "P-CORRECTION-2019",
            "the correction is due by " + supplyBy + "; it is not missed on " + date);
      }
      return closed(date, OutcomeRow.OTHER_CORRECTION_MISSED);
    } else if (event instanceof RequestEvent.ConsultationSent sent) {
      return consult(sent);
    } else if (event instanceof RequestEvent.OpinionReceived) {
      return endConsultation(date, date);
    } else if (event instanceof RequestEvent.NoOpinion) {
      return noOpinion(date);
    } else if (event instanceof RequestEvent.ExtensionApproved approved) {
      return extend(approved);
    } else if (event instanceof RequestEvent.FeeNotice) {
      return with(CaseState.AWAITING_PAYMENT, deadline, date, date)
          .flags(correctionAsked, correctionReceived, true, reasonsAsked, null);
    } else if (event instanceof RequestEvent.FeePaid) {
      requirePaymentDeadline(step, date, false);
      return with(
          CaseState.PROCESSING,
          deadline.withPause(Pause.of(waitingSince, date, FEE_PAUSE, feeCitation())),
          date,
          null);
    } else if (event instanceof RequestEvent.PaymentMissed) {
      requirePaymentDeadline(step, date, true);
      return closed(date, OutcomeRow.OTHER_FEE_UNPAID);
    } else if (event instanceof RequestEvent.ReasonsAsked) {
      return with(CaseState.AWAITING_REASONS, deadline, date, null)
          .flags(correctionAsked, correctionReceived, feeNoticed, true, null);
    } else if (event instanceof RequestEvent.ReasonsGiven) {
      return with(CaseState.PROCESSING, deadline, date, null);
    } else if (event instanceof RequestEvent.Answered answered) {
      return answer(answered);
    } else {
      return closed(date, OutcomeRow.OTHER);
    }
  }

  private CaseStatus flags(
      boolean asked, boolean received, boolean fee, boolean reasons, LocalDate newSupplyBy) {
    return new CaseStatus(
        regime,
        calendar,
        submission,
        state,
        deadline,
        lastDate,
        waitingSince,
        consulted,
        newSupplyBy == null ? supplyBy : newSupplyBy,
        asked,
        received,
        fee,
        reasons,
        outcome);
  }

  private CaseStatus askCorrection(RequestEvent.CorrectionAsked asked) {
    LegalPeriod period = regime.correctionPeriod().orElseThrow();
    LocalDate latest = calendar.deadline(period, receiptDate()).dueDate();
    if (asked.date().isAfter(latest)) {
      throw refuse(
          asked.step(),
          period.id(),
          "the applicant must be told within 7 working days of receipt "
              + receiptDate()
              + ", by "
              + latest
              + "; asked on "
              + asked.date());
    }
    return with(CaseState.AWAITING_CORRECTION, deadline, asked.date(), asked.date())
        .flags(true, false, feeNoticed, reasonsAsked, asked.supplyBy());
  }

  private CaseStatus consult(RequestEvent.ConsultationSent sent) {
    if (sent.consulted() == Consulted.CO_AGENCY && regime.coAgencyPeriod().isEmpty()) {
      throw refuse(
          sent.step(),
          "REQ-3",
          regime.id()
              + " excludes only third-party consultation time from the reply period; consulting"
              + " another agency is an OGI_2019 step (P-CO-AGENCY-2019)");
    }
    return new CaseStatus(
        regime,
        calendar,
        submission,
        CaseState.CONSULTING,
        deadline,
        sent.date(),
        sent.date(),
        sent.consulted(),
        supplyBy,
        correctionAsked,
        correctionReceived,
        feeNoticed,
        reasonsAsked,
        null);
  }

  private CaseStatus noOpinion(LocalDate date) {
    Optional<LegalPeriod> period =
        consulted == Consulted.THIRD_PARTY ? regime.thirdPartyPeriod() : regime.coAgencyPeriod();
    if (period.isEmpty()) {
      return endConsultation(date, date);
    }
    LocalDate due = calendar.deadline(period.get(), waitingSince).dueDate();
    if (!date.isAfter(due)) {
      throw refuse(
          Step.NOTE_NO_OPINION,
          period.get().id(),
          "the consulted "
              + consulted.label()
              + " has until "
              + due
              + " to give its opinion; it is not silent on "
              + date);
    }
    return endConsultation(date, due);
  }

  private CaseStatus endConsultation(LocalDate date, LocalDate pauseEnd) {
    Deadline paused =
        deadline.withPause(Pause.of(waitingSince, pauseEnd, consultationReason(), replyCitation()));
    return new CaseStatus(
        regime,
        calendar,
        submission,
        CaseState.PROCESSING,
        paused,
        date,
        null,
        null,
        supplyBy,
        correctionAsked,
        correctionReceived,
        feeNoticed,
        reasonsAsked,
        null);
  }

  private CaseStatus extend(RequestEvent.ExtensionApproved approved) {
    Extension extension =
        Extension.of(
            approved.workingDays(),
            approved.date(),
            approved.reason()
                + "（经政府信息公开工作机构负责人"
                + approved.approvedBy()
                + "同意，"
                + approved.applicantNotifiedOn()
                + "告知申请人）");
    try {
      return with(CaseState.PROCESSING, deadline.withExtension(extension), approved.date(), null);
    } catch (IllegalPeriodException e) {
      throw refuse(approved.step(), "REQ-6", e.getMessage());
    }
  }

  private CaseStatus answer(RequestEvent.Answered answered) {
    AnswerKind kind = answered.answer().kind();
    try {
      regime.citationFor(kind);
    } catch (InvalidFactsException e) {
      String problem = e.problems().get(0);
      throw refuse(answered.step(), problem.substring(0, problem.indexOf(':')), problem);
    }
    if (kind == AnswerKind.EXCESSIVE_NOT_PROCESSED && !reasonsAsked) {
      throw refuse(
          answered.step(),
          "REQ-4",
          "an excessive request is not processed only after the applicant was asked for reasons ("
              + RequestCitations.EXCESSIVE.toReference()
              + ")");
    }
    if (state == CaseState.AWAITING_REASONS && kind != AnswerKind.EXCESSIVE_NOT_PROCESSED) {
      throw refuse(
          answered.step(),
          "REQ-4",
          "while reasons are awaited the only answer is EXCESSIVE_NOT_PROCESSED; got " + kind);
    }
    if (answered.answer().row() == OutcomeRow.UNAVAILABLE_STILL_UNCLEAR && !correctionReceived) {
      throw refuse(
          answered.step(),
          "REQ-5",
          "row " + OutcomeRow.UNAVAILABLE_STILL_UNCLEAR.label() + " needs a correction received first");
    }
    return closed(answered.date(), answered.answer().row());
  }

  private void requirePaymentDeadline(Step step, LocalDate date, boolean missed) {
    LocalDate due = calendar.deadline(LegalPeriods.P_FEE_PAYMENT_2020, waitingSince).dueDate();
    if (missed != date.isAfter(due)) {
      throw refuse(
          step,
          "P-FEE-PAYMENT-2020",
          "the fee noticed on "
              + waitingSince
              + " is payable by "
              + due
              + (missed ? "; it is not missed on " : "; a payment on ")
              + date
              + (missed ? "" : " comes after the request was abandoned"));
    }
  }

  private RefusedStepException refuse(Step step, String ruleId, String detail) {
    return new RefusedStepException(state, step, ruleId, "under " + regime.id() + ", " + detail);
  }

  /** The rule that makes a step unavailable: the regime's lack of it, else the state (REQ-9). */
  private String ruleForMissing(Step step) {
    switch (step) {
      case ASK_CORRECTION:
      case RECEIVE_CORRECTION:
      case MISS_CORRECTION:
        return regime.correctionPeriod().isEmpty() ? "REQ-3" : correctionAsked && step == Step.ASK_CORRECTION ? "P-CORRECTION-2019" : "REQ-9";
      case ASK_REASONS:
      case RECEIVE_REASONS:
        return regime.allows(AnswerKind.EXCESSIVE_NOT_PROCESSED) ? "REQ-9" : "REQ-3";
      case SEND_FEE_NOTICE:
      case RECEIVE_PAYMENT:
      case MISS_PAYMENT:
        return regime.feeRule() == FeeRule.PROCESSING_FEE_2020 ? "REQ-9" : "REQ-7";
      case APPROVE_EXTENSION:
        return state == CaseState.PROCESSING ? "REQ-6" : "REQ-9";
      default:
        return "REQ-9";
    }
  }

  private Set<Step> computeAllowedSteps() {
    EnumSet<Step> steps = EnumSet.noneOf(Step.class);
    switch (state) {
      case PROCESSING:
        steps.add(Step.SEND_CONSULTATION);
        steps.add(Step.ANSWER);
        steps.add(Step.WITHDRAW);
        if (regime.correctionPeriod().isPresent() && !correctionAsked) {
          steps.add(Step.ASK_CORRECTION);
        }
        if (remainingExtension() > 0) {
          steps.add(Step.APPROVE_EXTENSION);
        }
        if (regime.feeRule() == FeeRule.PROCESSING_FEE_2020 && !feeNoticed) {
          steps.add(Step.SEND_FEE_NOTICE);
        }
        if (regime.allows(AnswerKind.EXCESSIVE_NOT_PROCESSED) && !reasonsAsked) {
          steps.add(Step.ASK_REASONS);
        }
        break;
      case AWAITING_CORRECTION:
        steps.add(Step.RECEIVE_CORRECTION);
        steps.add(Step.MISS_CORRECTION);
        steps.add(Step.WITHDRAW);
        break;
      case CONSULTING:
        steps.add(Step.RECEIVE_OPINION);
        steps.add(Step.NOTE_NO_OPINION);
        steps.add(Step.WITHDRAW);
        break;
      case AWAITING_PAYMENT:
        steps.add(Step.RECEIVE_PAYMENT);
        steps.add(Step.MISS_PAYMENT);
        steps.add(Step.WITHDRAW);
        break;
      case AWAITING_REASONS:
        steps.add(Step.RECEIVE_REASONS);
        steps.add(Step.ANSWER);
        steps.add(Step.WITHDRAW);
        break;
      default:
        break;
    }
    return Sets.immutableEnumSet(steps);
  }

  /** The working days of extension still available under the regime's bound (REQ-6). */
  int remainingExtension() {
    LocalDate start = deadline.currentStart();
    int used = 0;
    for (Extension extension : deadline.extensions()) {
      if (!extension.grantedOn().isBefore(start)) {
        used += extension.amount();
      }
    }
    return deadline.period().maxExtension() - used;
  }

  private String consultationReason() {
    return consulted == Consulted.THIRD_PARTY
        ? "征求第三方意见所需时间不计算在答复期限内"
        : "征求其他机关意见所需时间不计算在答复期限内";
  }

  private Citation replyCitation() {
    return regime.replyPeriod().citations().get(0);
  }

  private Citation correctionCitation() {
    return regime.correctionPeriod().orElseThrow().citations().get(0);
  }

  private static Citation feeCitation() {
    return LegalPeriods.P_FEE_PAYMENT_2020.citations().get(0);
  }

  // -------------------------------------------------------------------------------------------

  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    return obj instanceof CaseStatus other
        && regime.equals(other.regime)
        && submission.equals(other.submission)
        && state == other.state
        && deadline.equals(other.deadline)
        && lastDate.equals(other.lastDate)
        && Objects.equals(waitingSince, other.waitingSince)
        && consulted == other.consulted
        && Objects.equals(supplyBy, other.supplyBy)
        && correctionAsked == other.correctionAsked
        && correctionReceived == other.correctionReceived
        && feeNoticed == other.feeNoticed
        && reasonsAsked == other.reasonsAsked
        && outcome == other.outcome;
  }

  @Override
  public int hashCode() {
    return Objects.hash(regime, submission, state, deadline, lastDate, waitingSince, outcome);
  }

  /** Returns e.g. {@code CaseStatus[OGI_2019 处理中, due 2026-10-30]}. */
  @Override
  public String toString() {
    return "CaseStatus["
        + regime.id()
        + " "
        + state.label()
        + ", due "
        + deadline.dueDate()
        + (outcome == null ? "" : ", " + outcome.label())
        + "]";
  }
}
