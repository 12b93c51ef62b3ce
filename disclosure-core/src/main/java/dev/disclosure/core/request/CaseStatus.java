package dev.disclosure.core.request;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Sets;
import dev.disclosure.calendar.Citation;
import dev.disclosure.calendar.Deadline;
import dev.disclosure.calendar.Extension;
import dev.disclosure.calendar.Lateness;
import dev.disclosure.calendar.LegalPeriod;
import dev.disclosure.calendar.Pause;
import dev.disclosure.calendar.PeriodUnit;
import dev.disclosure.calendar.WorkingDayCalendar;
import dev.disclosure.core.AnswerKind;
import dev.disclosure.core.FeeRule;
import dev.disclosure.core.InvalidFactsException;
import dev.disclosure.core.Regime;
import dev.disclosure.core.law.LegalPeriods;
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
 *   <li>extensions (REQ-6);
 *   <li>a longer reasonable period set after the applicant explained an excessive request (OGI-2019
 *       第三十五条, REQ-4): from then on the due date is the date set. The calendar counts it as a
 *       period on the spot from that date, and {@link #explain()} gives the replaced reply deadline
 *       with the set date as its final step. [convention] The set date is a date, not a count:
 *       later waits do not move it, and no correction or extension under 第三十三条 follows it.
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

  /** The longer period set for a reasonable excessive request (OGI-2019 第三十五条), if any. */
  private final LongerPeriod longer;

  private final Set<Step> allowedSteps;

  /**
   * The calendar's deadline for {@link #clock}, or for {@link #longer} if set; built on first use.
   */
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
      OutcomeRow outcome,
      LongerPeriod longer) {
    this.regime = regime;
    this.calendar = calendar;
    this.submission = submission;
    this.state = state;
    this.clock = clock;
    this.longer = longer;
    this.dueDate = longer == null ? computeDueDate() : longer.dueDate();
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
        null,
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
        outcome,
        longer);
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
        row,
        longer);
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
   * case, the deadline in force when it closed. Once a longer period is set (确定延迟答复的合理期限, OGI-2019
   * 第三十五条, REQ-4), the period due on the date set, citing 第三十五条; {@link #explain()} also gives the
   * reply deadline it replaced.
   */
  public Deadline deadline() {
    Deadline built = deadline;
    if (built == null) {
      built = longer == null ? buildDeadline(clock) : longer.deadline(calendar);
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
    return waitingSince == null || longer != null ? deadline() : buildDeadline(clockOn(date));
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
            .append(longer == null ? deadline().explain() : longer.explain())
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
    } else if (event instanceof RequestEvent.LongerPeriodSet set) {
      return setLongerPeriod(set);
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
        outcome,
        longer);
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
        null,
        longer);
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
        null,
        longer);
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

  private CaseStatus setLongerPeriod(RequestEvent.LongerPeriodSet set) {
    if (!set.newDueDate().isAfter(dueDate)) {
      throw refuse(
          set.step(),
          "REQ-4",
          "a longer reasonable period ends after the due date in force "
              + dueDate
              + " ("
              + RequestCitations.LONGER_PERIOD.toReference()
              + "); got "
              + set.newDueDate());
    }
    if (set.newDueDate().isBefore(set.date())) {
      throw refuse(
          set.step(),
          "REQ-4",
          "a longer reasonable period set on "
              + set.date()
              + " cannot end before that day; got "
              + set.newDueDate());
    }
    return new CaseStatus(
        regime,
        calendar,
        submission,
        CaseState.PROCESSING,
        clock,
        set.date(),
        null,
        null,
        supplyBy,
        correctionAsked,
        correctionReceived,
        feeNoticed,
        reasonsAsked,
        null,
        new LongerPeriod(set.date(), set.newDueDate(), set.reason(), deadline()));
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
    if (longer != null && kind == AnswerKind.EXCESSIVE_NOT_PROCESSED) {
      throw refuse(
          answered.step(),
          "REQ-4",
          "the reasons were found reasonable and a longer period was set on "
              + longer.setOn()
              + "; the request is processed");
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
      case SET_LONGER_PERIOD:
        return regime.allows(AnswerKind.EXCESSIVE_NOT_PROCESSED) ? "REQ-4" : "REQ-3";
      case ASK_CORRECTION:
        if (longer != null && state == CaseState.PROCESSING) {
          return "REQ-4";
        }
        return regime.correctionPeriod().isEmpty()
            ? "REQ-3"
            : correctionAsked ? "P-CORRECTION-2019" : "REQ-9";
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
        if (state != CaseState.PROCESSING) {
          return "REQ-9";
        }
        return longer == null ? "REQ-6" : "REQ-4";
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
        if (regime.correctionPeriod().isPresent() && !correctionAsked && longer == null) {
          steps.add(Step.ASK_CORRECTION);
        }
        if (remainingExtension() > 0 && longer == null) {
          steps.add(Step.APPROVE_EXTENSION);
        }
        if (reasonsAsked && longer == null) {
          steps.add(Step.SET_LONGER_PERIOD);
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

  /**
   * A longer reasonable period (延迟答复的合理期限, OGI-2019 第三十五条): the day it was set, the day it ends,
   * why, and the reply deadline it replaced.
   */
  private record LongerPeriod(
      LocalDate setOn, LocalDate dueDate, String reason, Deadline replaced) {

    /** The period as the calendar counts it: on the spot (当场) from the date set, due that day. */
    private static final LegalPeriod SET_DATE =
        LegalPeriod.of(
            "REQ-4",
            0,
            PeriodUnit.WORKING_DAYS,
            "确定延迟答复的合理期限，于所确定之日答复",
            RequestCitations.LONGER_PERIOD);

    Deadline deadline(WorkingDayCalendar calendar) {
      return calendar.deadline(SET_DATE, dueDate);
    }

    /** The replaced deadline's steps, then the set date as the final step. */
    String explain() {
      return replaced.explain()
          + "\nREQ-4: "
          + setOn
          + " "
          + RequestCitations.LONGER_PERIOD.toReference()
          + "确定延迟答复的合理期限并告知申请人（"
          + reason
          + "），答复期限 → "
          + dueDate;
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
        && outcome == other.outcome
        && Objects.equals(longer, other.longer);
  }

  @Override
  public int hashCode() {
    return Objects.hash(regime, submission, state, clock, lastDate, waitingSince, outcome, longer);
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
