package dev.disclosure.core.request;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Sets;
import dev.disclosure.calendar.Citation;
import dev.disclosure.calendar.Deadline;
import dev.disclosure.calendar.Extension;
import dev.disclosure.calendar.Lateness;
import dev.disclosure.calendar.LegalPeriod;
import dev.disclosure.calendar.LegalPeriods;
import dev.disclosure.calendar.Pause;
import dev.disclosure.calendar.WorkingDayCalendar;
import dev.disclosure.core.AnswerKind;
import dev.disclosure.core.FeeRule;
import dev.disclosure.core.InvalidFactsException;
import dev.disclosure.core.Regime;
import dev.disclosure.core.request.RequestEvent.Consulted;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a request's history amounts to (办理状态) under a regime and a calendar (REQ-9): the current
 * state, the reply deadline with its explanation, lateness on a date, the steps allowed next and,
 * once closed, the annual-report row (REQ-5).
 *
 * <p>The reply deadline is the regime's reply period (P-REPLY-2008 or P-REPLY-2019) from the
 * receipt date (REQ-2), with:
 *
 * <ul>
 *   <li>consultation time as a pause from the day the consultation is sent to the day the opinion
 *       arrives (CAL-7); when the consulted party stays silent under OGI_2019 the pause ends with
 *       its period (P-THIRD-PARTY-2019, P-CO-AGENCY-2019), since later days are not consultation
 *       time [convention];
 *   <li>the time from a fee notice to payment as a pause (REQ-8 [convention]);
 *   <li>a restart on the day a corrected application is received (CAL-8, P-CORRECTION-2019);
 *   <li>extensions (REQ-6).
 * </ul>
 *
 * <p>While a pause or a correction is pending, {@link #deadline()} leaves the pending wait out and
 * {@link #deadlineOn(LocalDate)} counts it up to the given date, which gives the earliest the due
 * date can be. A case that closes during such a wait keeps the wait up to the closing day, so a
 * withdrawal or abandonment is never counted late for time the clock did not run. The time an
 * excessive-request explanation takes is counted [convention]: no provision excludes it.
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

  /** The reply deadline's restarts, pauses and extensions, in the order they happened. */
  private final ImmutableList<Object> clock;

  private final LocalDate dueDate;
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

  /** The calendar's deadline for {@link #clock}, built on first use. */
  private Deadline deadline;

  private CaseStatus(
      Regime regime,
      WorkingDayCalendar calendar,
      Submission submission,
      CaseState state,
      ImmutableList<Object> clock,
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
    this.clock = clock;
    this.dueDate = computeDueDate();
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
        ImmutableList.of(),
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
      CaseState newState,
      ImmutableList<Object> newClock,
      LocalDate date,
      LocalDate newWaitingSince) {
    return new CaseStatus(
        regime,
        calendar,
        submission,
        newState,
        newClock,
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
        clockOn(date),
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
   * pending pause or correction is left out (see {@link #deadlineOn(LocalDate)}). For a closed
   * case, the deadline in force when it closed.
   */
  public Deadline deadline() {
    Deadline built = deadline;
    if (built == null) {
      built = buildDeadline(clock);
      deadline = built;
    }
    return built;
  }

  /** Returns the due date of {@link #deadline()}. */
  public LocalDate dueDate() {
    return dueDate;
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
    return waitingSince == null ? deadline() : buildDeadline(clockOn(date));
  }

  /** The clock with a pending wait ended on a date: a pause, or a restart for a correction. */
  private ImmutableList<Object> clockOn(LocalDate date) {
    if (waitingSince == null) {
      return clock;
    }
    LocalDate end = date.isBefore(waitingSince) ? waitingSince : date;
    switch (state) {
      case AWAITING_CORRECTION:
        return append(new Restart(end, CORRECTION_WAIT));
      case CONSULTING:
        return append(Pause.of(waitingSince, end, consultationReason(), replyCitation()));
      default:
        return append(Pause.of(waitingSince, end, FEE_PAUSE, feeCitation()));
    }
  }

  private ImmutableList<Object> append(Object element) {
    return ImmutableList.builderWithExpectedSize(clock.size() + 1)
        .addAll(clock)
        .add(element)
        .build();
  }

  /** The calendar's deadline for a clock, replayed in order so that it checks what it checks. */
  private Deadline buildDeadline(List<Object> ops) {
    Deadline built = calendar.deadline(regime.replyPeriod(), receiptDate());
    for (Object op : ops) {
      if (op instanceof Pause pause) {
        built = built.withPause(pause);
      } else if (op instanceof Extension extension) {
        built = built.withExtension(extension);
      } else {
        Restart restart = (Restart) op;
        built = built.withRestart(restart.date, restart.reason, correctionCitation());
      }
    }
    return built;
  }

  /** The date the reply period currently runs from: the last restart, or the receipt date. */
  private LocalDate currentStart() {
    LocalDate start = receiptDate();
    for (Object op : clock) {
      if (op instanceof Restart restart) {
        start = restart.date;
      }
    }
    return start;
  }

  /** The working days of extension in force: those granted on or after the current start. */
  private int activeExtension(LocalDate start) {
    int used = 0;
    for (Object op : clock) {
      if (op instanceof Extension extension && !extension.grantedOn().isBefore(start)) {
        used += extension.amount();
      }
    }
    return used;
  }

  /**
   * The due date of the clock by the calendar's counting rules (CAL-4, CAL-7, CAL-8, REQ-6) on its
   * O(1) working-day arithmetic, without building the explained {@link Deadline}; the property
   * tests check it against {@link #deadline()}. Outside the official data the deadline decides.
   */
  private LocalDate computeDueDate() {
    LocalDate start = currentStart();
    int remaining = regime.replyPeriod().amount() + activeExtension(start);
    List<LocalDate[]> intervals = new ArrayList<>();
    for (Object op : clock) {
      if (op instanceof Pause pause) {
        LocalDate from = pause.start().isBefore(start) ? start : pause.start();
        if (pause.end().isAfter(from)) {
          intervals.add(new LocalDate[] {from, pause.end()});
        }
      }
    }
    intervals.sort(Comparator.comparing(interval -> interval[0]));
    try {
      LocalDate cursor = start;
      LocalDate[] open = null;
      for (LocalDate[] interval : intervals) {
        if (open != null && !interval[0].isAfter(open[1])) {
          open[1] = interval[1].isAfter(open[1]) ? interval[1] : open[1];
          continue;
        }
        if (open != null) {
          int available = calendar.workingDaysBetween(cursor, open[0]);
          if (available >= remaining) {
            return calendar.plusWorkingDays(cursor, remaining);
          }
          remaining -= available;
          cursor = open[1];
        }
        open = interval.clone();
      }
      if (open != null) {
        int available = calendar.workingDaysBetween(cursor, open[0]);
        if (available < remaining) {
          remaining -= available;
          cursor = open[1];
        }
      }
      return calendar.plusWorkingDays(cursor, remaining);
    } catch (DateTimeException outsideOfficialData) {
      return deadline().dueDate();
    }
  }

  /**
   * Returns whether the request is overdue (逾期) and by how many working days: for an open case, on
   * the given date against {@link #deadlineOn(LocalDate)}; for a closed case, the closing step
   * against the deadline in force, whatever the date.
   *
   * @param date the date of evaluation
   * @return the lateness
   */
  public Lateness latenessOn(LocalDate date) {
    requireNonNull(date, "date");
    return isClosed() ? deadline().latenessOn(lastDate) : deadlineOn(date).latenessOn(date);
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
            .append(deadline().explain())
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
          "dated "
              + date
              + ", before the previous step on "
              + lastDate
              + "; a history runs forward");
    }
    if (!allowedSteps.contains(step)) {
      throw refuse(step, ruleForMissing(step), "allowed now: " + allowedSteps);
    }
    if (event instanceof RequestEvent.CorrectionAsked asked) {
      return askCorrection(asked);
    } else if (event instanceof RequestEvent.CorrectionReceived) {
      CaseStatus restarted =
          with(CaseState.PROCESSING, append(new Restart(date, "收到补正后的申请")), date, null);
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
      return with(CaseState.AWAITING_PAYMENT, clock, date, date)
          .flags(correctionAsked, correctionReceived, true, reasonsAsked, null);
    } else if (event instanceof RequestEvent.FeePaid) {
      requirePaymentDeadline(step, date, false);
      return with(
          CaseState.PROCESSING,
          append(Pause.of(waitingSince, date, FEE_PAUSE, feeCitation())),
          date,
          null);
    } else if (event instanceof RequestEvent.PaymentMissed) {
      requirePaymentDeadline(step, date, true);
      return closed(date, OutcomeRow.OTHER_FEE_UNPAID);
    } else if (event instanceof RequestEvent.ReasonsAsked) {
      return with(CaseState.AWAITING_REASONS, clock, date, null)
          .flags(correctionAsked, correctionReceived, feeNoticed, true, null);
    } else if (event instanceof RequestEvent.ReasonsGiven) {
      return with(CaseState.PROCESSING, clock, date, null);
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
        clock,
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
    return with(CaseState.AWAITING_CORRECTION, clock, asked.date(), asked.date())
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
        clock,
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
    ImmutableList<Object> paused =
        append(Pause.of(waitingSince, pauseEnd, consultationReason(), replyCitation()));
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
    LocalDate start = currentStart();
    LegalPeriod period = regime.replyPeriod();
    if (approved.date().isAfter(dueDate)) {
      throw refuse(
          approved.step(),
          "REQ-6",
          "an extension is granted no later than the due date "
              + dueDate
              + " of "
              + period.id()
              + "; granted on "
              + approved.date());
    }
    int used = activeExtension(start);
    if (used + approved.workingDays() > period.maxExtension()) {
      throw refuse(
          approved.step(),
          "REQ-6",
          "extension of "
              + approved.workingDays()
              + " working days would bring "
              + period.id()
              + "'s extensions to "
              + (used + approved.workingDays())
              + "; at most "
              + period.maxExtension()
              + " are allowed, "
              + (period.maxExtension() - used)
              + " remain");
    }
    return with(CaseState.PROCESSING, append(extension), approved.date(), null);
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
          "row "
              + OutcomeRow.UNAVAILABLE_STILL_UNCLEAR.label()
              + " needs a correction received first");
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
        return regime.correctionPeriod().isEmpty()
            ? "REQ-3"
            : correctionAsked && step == Step.ASK_CORRECTION ? "P-CORRECTION-2019" : "REQ-9";
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
    return regime.replyPeriod().maxExtension() - activeExtension(currentStart());
  }

  /** A restart of the reply period (CAL-8) with its reason. */
  private static final class Restart {
    final LocalDate date;
    final String reason;

    Restart(LocalDate date, String reason) {
      this.date = date;
      this.reason = reason;
    }

    @Override
    public boolean equals(Object obj) {
      return obj instanceof Restart other && date.equals(other.date) && reason.equals(other.reason);
    }

    @Override
    public int hashCode() {
      return Objects.hash(date, reason);
    }
  }

  private String consultationReason() {
    return consulted == Consulted.THIRD_PARTY ? "征求第三方意见所需时间不计算在答复期限内" : "征求其他机关意见所需时间不计算在答复期限内";
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
        && clock.equals(other.clock)
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
    return Objects.hash(regime, submission, state, clock, lastDate, waitingSince, outcome);
  }

  /** Returns e.g. {@code CaseStatus[OGI_2019 处理中, due 2026-10-30]}. */
  @Override
  public String toString() {
    return "CaseStatus["
        + regime.id()
        + " "
        + state.label()
        + ", due "
        + dueDate
        + (outcome == null ? "" : ", " + outcome.label())
        + "]";
  }
}
