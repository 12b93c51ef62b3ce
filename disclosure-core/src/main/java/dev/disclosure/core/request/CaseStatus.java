package dev.disclosure.core.request;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Sets;
import dev.disclosure.calendar.Citation;
import dev.disclosure.calendar.Deadline;
import dev.disclosure.calendar.Finding;
import dev.disclosure.calendar.FindingKind;
import dev.disclosure.calendar.Language;
import dev.disclosure.calendar.LegalPeriod;
import dev.disclosure.calendar.Quantity;
import dev.disclosure.calendar.Lateness;
import dev.disclosure.calendar.OutsideCalendarDataException;
import dev.disclosure.calendar.Pause;
import dev.disclosure.calendar.Phrase;
import dev.disclosure.calendar.RuleId;
import dev.disclosure.calendar.WorkingDayCalendar;
import dev.disclosure.core.InvalidFactsException;
import dev.disclosure.core.InvalidFactsException.Problem;
import dev.disclosure.core.Regime;
import dev.disclosure.core.law.Rules;
import dev.disclosure.core.request.RequestEvent.Consulted;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

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
 *       arrives or, under OGI_2019, the last day of the consulted party's 15 working days, whichever
 *       comes first (CAL-7; OGI-2019 第三十二条, 第三十四条, 第三十三条第三款): after that day silence lets
 *       the agency decide or counts as consent, so a late opinion or a silence noted late adds no
 *       consultation time;
 *   <li>the time from a fee notice to payment as a pause (REQ-8 [convention]), ending at the latest
 *       with the payment period (P-FEE-PAYMENT-2020);
 *   <li>a restart on the day a corrected application is received (CAL-8, P-CORRECTION-2019);
 *   <li>extensions (REQ-6);
 *   <li>a longer reasonable period set after the applicant explained an excessive request (OGI-2019
 *       第三十五条, REQ-4): a due date fixed from the day it was set. [convention] The set date is a
 *       date, not a count: later waits do not move it, and no correction or extension under 第三十三条
 *       follows it; on a rest day it moves to the next working day (《民法典》第二百零三条).
 * </ul>
 *
 * <p>While a consultation or the fee is awaited, {@link #deadline()} counts the wait as a pause up
 * to the latest step, {@link #deadlineOn(LocalDate)} up to the given date: each gives the earliest
 * the due date can be on its day, and an extension approved during the wait is judged with the time
 * already waited (OGI-2019 第三十三条第三款) [convention]. A wait that begins on the due date in force
 * makes the reply due on the first working day after it (the {@link Deadline}'s CAL-7 convention):
 * the agency is never late during a consultation or fee wait. A pending correction is left out of
 * {@link #deadline()} (its receipt restarts the period) and counted by {@link #deadlineOn(LocalDate)}
 * as a restart on the given date. Judged on a date after the payment period or after the correction deadline the
 * agency set with nothing received, the request counts as abandoned (视为放弃申请, P-FEE-PAYMENT-2020,
 * OGI-2019 第三十条): {@link #deadlineOn(LocalDate)}, {@link #latenessOn(LocalDate)} and {@link
 * #findingsOn(LocalDate)} judge it closed on the first day after that deadline. A case that closes during such a wait keeps the wait up to the closing day, so a
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
    /** The fee notice came after the reply period: it paused nothing, and its lapse abandons nothing. */
    FEE_NOTICED_LATE,
    REASONS_ASKED,
    LONGER_PERIOD_SET,
    ANSWERED,
    ORDERED
  }

  /**
   * A pending consultation: sent on a day to a party, who received it on a day, from which its
   * period runs; {@code pauses} is false when the regime does not exclude its time (a consultation
   * of another agency recorded under OGI_2008). The last day of its period is counted once, on
   * first use, and kept: every later step of the case asks for it.
   */
  static final class Consultation {
    private final LocalDate sent;
    private final Consulted consulted;
    private final String party;
    private final LocalDate partyReceived;
    private final boolean pauses;
    /** The last day of the consulted party's period, made on first use (benign race). */
    private LocalDate periodEnds;

    Consultation(
        LocalDate sent, Consulted consulted, String party, LocalDate partyReceived, boolean pauses) {
      this.sent = sent;
      this.consulted = consulted;
      this.party = party;
      this.partyReceived = partyReceived;
      this.pauses = pauses;
    }

    LocalDate sent() {
      return sent;
    }

    Consulted consulted() {
      return consulted;
    }

    String party() {
      return party;
    }

    LocalDate partyReceived() {
      return partyReceived;
    }

    boolean pauses() {
      return pauses;
    }

    @Override
    public boolean equals(Object obj) {
      return obj instanceof Consultation other
          && sent.equals(other.sent)
          && consulted == other.consulted
          && party.equals(other.party)
          && partyReceived.equals(other.partyReceived)
          && pauses == other.pauses;
    }

    @Override
    public int hashCode() {
      return Objects.hash(sent, consulted, party, partyReceived, pauses);
    }
  }

  /** The one empty list of consultations: every step that ends the last one sets it. */
  static final ImmutableList<Consultation> NO_CONSULTATIONS = ImmutableList.of();

  // The fields are written only while a step rule builds the next status (from advance() to
  // build()); once built, a status is never written again. A RequestCase publishes its status
  // through a final field, which makes these writes visible to every thread that reads the case.
  // None is final, not even those of the case itself: a final field would end the constructor
  // with a barrier, and advance() copies every field right after the allocation, where the
  // compiler writes them without the collector's write barrier (measured: a tenth of recording).
  RequestRules rules;
  WorkingDayCalendar calendar;
  Submission submission;
  /** The items the application asks for (REQ-12), one for most applications. */
  List<String> items;
  CaseState state;
  Deadline deadline;
  /** The day of the latest step that changed the case: its closing day once closed. */
  LocalDate lastDate;
  /** The day and step of the latest event recorded, for the date-order check. */
  LocalDate lastEventDate;
  Step lastStep;
  /** The day a correction was asked and is awaited, or null. */
  LocalDate correctionSince;
  /** Whether the awaited correction restarts the reply period on receipt (P-CORRECTION-2019). */
  boolean correctionRestarts;
  /** The day a fee notice was received and the fee is awaited, or null. */
  LocalDate feeSince;
  /** The pending consultations, in the order sent. */
  ImmutableList<Consultation> consultations;
  /** Whether the applicant's reasons for an excessive request are awaited (OGI-2019 第三十五条). */
  boolean reasonsAwaited;
  /** Whether the case is closed; {@link #build()} derives the state from it and the waits. */
  boolean closed;
  LocalDate supplyBy;
  /** The marks, one bit per {@link Mark} ordinal. */
  int marks;
  OutcomeRow outcome;
  /** What recording found in the steps themselves, in the order of the history. */
  ImmutableList<Finding> recorded;
  /**
   * The day that decides whether the closing was on time: the answer's delivery (REQ-11), else
   * the closing day; null while open.
   */
  LocalDate judgedOn;

  private CaseStatus() {}

  static CaseStatus start(Regime regime, WorkingDayCalendar calendar, Application application) {
    RequestRules rules = RequestRules.of(regime);
    Submission submission = application.submission();
    CaseStatus draft = new CaseStatus();
    draft.rules = rules;
    draft.calendar = calendar;
    draft.submission = submission;
    draft.items = application.items();
    draft.deadline = calendar.deadline(rules.replyPeriod, submission.receiptDate());
    draft.lastDate = submission.receiptDate();
    draft.lastEventDate = submission.receiptDate();
    draft.consultations = NO_CONSULTATIONS;
    draft.recorded = ImmutableList.of();
    return draft.build();
  }

  /**
   * Returns a draft of the next status after a step on a date: the same case, moved on, open,
   * every pending wait kept until the step ends it. The step rule sets what the step changes and
   * calls {@link #build()}; this status is unchanged. Every field is copied here, right after the
   * allocation and before any call, so that the compiler writes them as part of it.
   */
  CaseStatus advance(LocalDate date, Step step) {
    CaseStatus draft = new CaseStatus();
    draft.rules = rules;
    draft.calendar = calendar;
    draft.submission = submission;
    draft.items = items;
    draft.deadline = deadline;
    draft.lastDate = date;
    draft.lastEventDate = date;
    draft.lastStep = step;
    draft.correctionSince = correctionSince;
    draft.correctionRestarts = correctionRestarts;
    draft.feeSince = feeSince;
    draft.consultations = consultations;
    draft.reasonsAwaited = reasonsAwaited;
    draft.supplyBy = supplyBy;
    draft.marks = marks;
    draft.recorded = recorded;
    draft.judgedOn = judgedOn;
    return draft;
  }

  /** Sets a mark on a draft. */
  CaseStatus mark(Mark mark) {
    marks |= 1 << mark.ordinal();
    return this;
  }

  /** Adds a finding to a draft. */
  CaseStatus finding(Finding finding) {
    recorded =
        ImmutableList.<Finding>builderWithExpectedSize(recorded.size() + 1)
            .addAll(recorded)
            .add(finding)
            .build();
    return this;
  }

  /** Completes a draft: its state follows from whether it closed and the pending waits. */
  CaseStatus build() {
    state =
        closed
            ? CaseState.CLOSED
            : correctionSince != null
                ? CaseState.AWAITING_CORRECTION
                : feeSince != null
                    ? CaseState.AWAITING_PAYMENT
                    : consultations != NO_CONSULTATIONS
                        ? CaseState.CONSULTING
                        : reasonsAwaited ? CaseState.AWAITING_REASONS : CaseState.PROCESSING;
    return this;
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
   * {@return the reply deadline (答复期限) as of the latest step, with its findings and citations: the
   * completed steps, and each pending consultation or fee wait as a pause up to the latest step (a
   * consultation's capped at its period's end); a pending correction is left out (see {@link
   * #deadlineOn(LocalDate)})} For a closed case, the deadline in force when it closed. Once a longer
   * period is set (确定延迟答复的合理期限, OGI-2019 第三十五条, REQ-4), its findings end with the date set.
   */
  public Deadline deadline() {
    return shown();
  }

  /**
   * The deadline as of the latest step (see {@link #deadline()}): the completed steps' clock, with
   * the time each pending consultation or fee wait has already run. Without such a wait, or once
   * closed, the completed steps' clock itself.
   */
  private Deadline shown() {
    return isClosed() ? deadline : pausedUntil(lastEventDate);
  }

  /**
   * {@return the due date of {@link #deadline()}}
   *
   * @throws OutsideCalendarDataException if it lies beyond the calendar's data (CAL-9); findings
   *     name such a day without asking for it
   */
  public LocalDate dueDate() {
    return shown().dueDate();
  }

  /**
   * Returns the reply deadline as it stands on a date: a pending consultation or fee wait counts as
   * a pause up to that date or its period's end, whichever comes first (CAL-7), a pending correction
   * as a restart on it (CAL-8) up to the correction deadline. After the payment period or the
   * correction deadline with nothing received, the deadline of the request closed as abandoned.
   * Without a pending wait, or once closed, this is {@link #deadline()}.
   *
   * @param date the date of evaluation
   * @return the deadline on that date
   * @throws OutsideCalendarDataException if the date or the due date is outside the calendar's data
   */
  public Deadline deadlineOn(LocalDate date) {
    requireNonNull(date, "date");
    CaseStatus judged = asOf(date);
    return judged == this ? clockOn(date) : judged.deadline;
  }

  /**
   * The reply deadline on a date with each pending wait counted up to it (a consultation's and the
   * fee's capped at their periods' ends), as the steps' own rules read it.
   */
  Deadline clockOn(LocalDate date) {
    Deadline on = pausedUntil(date);
    if (correctionSince != null && correctionRestarts) {
      on = on.withRestart(latest(correctionSince, date), CORRECTION_WAIT, correctionCitation());
    }
    return on;
  }

  /**
   * The completed steps' clock with each pending consultation or fee wait as a pause up to a date
   * (a consultation's and the fee's capped at their periods' ends).
   */
  private Deadline pausedUntil(LocalDate date) {
    if (feeSince == null && consultations == NO_CONSULTATIONS) {
      return deadline;
    }
    Deadline on = deadline;
    // indexed: asked at several steps of every history, without an iterator
    for (int i = 0; i < consultations.size(); i++) {
      Consultation consultation = consultations.get(i);
      if (consultation.pauses()) {
        on = on.withPause(consultationPause(consultation, latest(consultation.sent(), date)));
      }
    }
    if (feeSince != null) {
      on = on.withPause(feePause(latest(feeSince, date)));
    }
    return on;
  }

  private static LocalDate latest(LocalDate a, LocalDate b) {
    return b.isBefore(a) ? a : b;
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
    if (isClosed()) {
      return deadline.latenessOn(judgedOn);
    }
    CaseStatus judged = asOf(date);
    return judged == this ? clockOn(date).latenessOn(date) : judged.latenessOn(date);
  }

  /**
   * The case as the law has it on a date: this one, or, when the correction (第三十条) or the fee
   * (P-FEE-PAYMENT-2020) it awaits was due before that date and nothing came, the request counted
   * as abandoned (视为放弃申请) and closed on the first day after the deadline (or on the latest step,
   * if later), with its report row and a finding that says so. [convention] For a correction the
   * record is taken to show no good reason (正当理由) for the delay; a supplement the agency accepts
   * later is recorded as it happened.
   */
  private CaseStatus asOf(LocalDate date) {
    // only a lawful notice's lapse abandons the request (OGI-2019 第三十条, P-FEE-PAYMENT-2020): one
    // that restarts nothing, or a fee notice after the reply period, leaves the request to answer
    if (state == CaseState.AWAITING_CORRECTION && correctionRestarts && date.isAfter(supplyBy)) {
      LocalDate day = supplyBy.plusDays(1);
      return lapsed(day, lastEventDate, Step.MISS_CORRECTION, rules.correctionMissedRow)
          .finding(
              Finding.of(
                  rules.correctionRule,
                  FindingKind.CONVENTION,
                  Phrase.of(
                      "截至{0}，补正期限{1}已届满而未收到补正：{2}，自{3}起计为已办结（记录未显示正当理由）",
                      "on {0}, the correction deadline {1} has passed with nothing received: {2};"
                          + " counted as closed from {3} (the record shows no good reason)",
                      date,
                      supplyBy,
                      rules.correctionMissed,
                      day),
                  List.of(correctionCitation())))
          .build();
    }
    if (state == CaseState.AWAITING_PAYMENT
        && !has(Mark.FEE_NOTICED_LATE)
        && date.isAfter(feeDue())) {
      LocalDate due = feeDue();
      LocalDate day = due.plusDays(1);
      LegalPeriod period = rules.feePaymentPeriod.orElseThrow();
      return lapsed(day, lastEventDate, Step.MISS_PAYMENT, OutcomeRow.OTHER_FEE_UNPAID)
          .finding(
              Finding.of(
                  period.id(),
                  FindingKind.APPLIED,
                  Phrase.of(
                      "截至{0}，缴费期限{1}已届满而未缴费：逾期未缴纳的，视为放弃申请，自{2}起计为已办结",
                      "on {0}, the payment deadline {1} has passed unpaid: the request counts as"
                          + " abandoned, closed from {2}",
                      date,
                      due,
                      day),
                  period.citations()))
          .build();
    }
    return this;
  }

  /**
   * {@return the steps the rules offer next, on the day of the latest step (REQ-9); empty once
   * closed} See {@link #allowedSteps(LocalDate)}.
   */
  public Set<Step> allowedSteps() {
    return allowedSteps(lastEventDate);
  }

  /**
   * Returns the steps the rules offer on a date (REQ-9): each listed step is accepted by {@link
   * RequestCase#apply} on that date for a valid payload, and each step left out would be refused.
   * Empty for a date before the latest step, and for a case recorded under a regime whose
   * regulation was not in force on its receipt date (guidance refuses it, REQ-2); once closed, at
   * most {@link Step#ORDER_ANSWER} (after an answer, REQ-12).
   *
   * @param date the date the next step would bear
   * @return the steps offered
   * @throws OutsideCalendarDataException if a deadline the answer needs is outside the data
   */
  public Set<Step> allowedSteps(LocalDate date) {
    requireNonNull(date, "date");
    EnumSet<Step> steps = EnumSet.noneOf(Step.class);
    if (!date.isBefore(lastEventDate) && rules.inForceOn(submission.receiptDate())) {
      for (StepRule rule : StepRule.values()) {
        if ((!isClosed() || rule == StepRule.ORDER_ANSWER)
            && StepRule.afterOrder(this, rule.step()).isEmpty()
            && rule.refusal(this, date).isEmpty()) {
          steps.add(rule.step());
        }
      }
    }
    return Sets.immutableEnumSet(steps);
  }

  /**
   * {@return the day of the latest step, or the receipt date if there was none} A step recorded
   * after the case closed is the latest step too (the case stays closed on {@link #closedOn()}).
   */
  public LocalDate lastStepDate() {
    return lastEventDate;
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
   * Returns the findings: how the receipt date was fixed (REQ-2, REQ-11), the deadline's findings,
   * what recording found in the steps (REQ-10), the state (REQ-9) and, once closed, the report row
   * (REQ-5) and, if the case closed after its due date, the lateness (kind {@link
   * FindingKind#BROKEN}, under the reply period's rule, with the working days late). A day beyond
   * the calendar's data that a finding names (a due date, a consulted party's period end) is named
   * as such, never asked for: see {@link #dueDate()} for the day itself (CAL-9).
   *
   * @return the findings, in order
   */
  public List<Finding> findings() {
    return isClosed() ? findings(deadline, judgedOn) : findings(null, lastDate);
  }

  /**
   * Returns the findings as of a date (REQ-10): for an open case, those of {@link
   * #findings()} with the deadline as it stands on that date ({@link #deadlineOn(LocalDate)}), when
   * each pending consultation's period ends, and whether the case is already late on that date (kind
   * {@link FindingKind#BROKEN}, with the working days) or when it will be due; for a closed case,
   * {@link #findings()} whatever the date.
   *
   * @param date the date of evaluation, not before the latest step
   * @return the findings, in order
   * @throws IllegalArgumentException if the date is before the latest step {@link #lastStepDate()}
   * @throws OutsideCalendarDataException if the date is outside the calendar's data and the answer
   *     needs its days: a wait pending on it, or a due date beyond the data too (whether the case
   *     is late there is unknown). A date beyond the data after a due date inside it is late, by
   *     at least the working days to the data's end; a day beyond the data that a finding names is
   *     named as such (CAL-9)
   */
  public List<Finding> findingsOn(LocalDate date) {
    requireNonNull(date, "date");
    if (isClosed()) {
      return findings();
    }
    if (date.isBefore(lastEventDate)) {
      throw new IllegalArgumentException(
          "findings on "
              + date
              + " precede "
              + (lastStep == null ? "the receipt of the application" : "the latest step " + lastStep)
              + " on "
              + lastEventDate
              + "; judge on "
              + lastEventDate
              + " or later (REQ-10)");
    }
    CaseStatus judged = asOf(date);
    return judged == this ? findings(clockOn(date), date) : judged.findings();
  }

  /**
   * Returns the breaches (kind {@link FindingKind#BROKEN}) among {@link #findings()}: each step the
   * rules did not allow, with its rule, dates and working days, and lateness (REQ-10). Empty for a
   * history walked with guidance that closed on time. Judged by the regime the caller chose: a
   * regime not in force on the receipt date is a REQ-2 convention finding in {@link #findings()},
   * not a breach. A case closed inside the calendar's data whose due date lies beyond it is not
   * late (CAL-9).
   *
   * @return the breaches, in order
   */
  public List<Finding> breaches() {
    // The findings() filtered, without building the explanation of a clock that broke nothing
    // (Deadline.breaches() answers that without its findings). Nothing is allocated for a history
    // without breaches.
    ImmutableList.Builder<Finding> out = null;
    Optional<Finding> late = lateConfirmation();
    if (late.isPresent() && late.get().kind() == FindingKind.BROKEN) {
      out = plus(out, late.get());
    }
    for (Finding finding : shown().breaches()) {
      out = plus(out, finding);
    }
    for (Finding finding : recorded) {
      if (finding.kind() == FindingKind.BROKEN) {
        out = plus(out, finding);
      }
    }
    // on or before the due date the answer is on time: no lateness to count
    // on or before the due date, or with a due date beyond the data, the answer is on time: no
    // lateness to count (CAL-9)
    if (isClosed() && !deadline.isDueBeyondData() && judgedOn.isAfter(deadline.dueDate())) {
      out = plus(out, lateOn(deadline, judgedOn));
    }
    return out == null ? ImmutableList.of() : out.build();
  }

  private static ImmutableList.Builder<Finding> plus(
      ImmutableList.Builder<Finding> out, Finding finding) {
    return (out == null ? ImmutableList.<Finding>builder() : out).add(finding);
  }

  /**
   * Returns the breaches among {@link #findingsOn(LocalDate)}: for an open case, what is already
   * late on that date included.
   *
   * @param date the date of evaluation, not before the latest step
   * @return the breaches, in order
   * @throws IllegalArgumentException if the date is before the latest step
   * @throws OutsideCalendarDataException as {@link #findingsOn(LocalDate)} does
   */
  public List<Finding> breachesOn(LocalDate date) {
    return broken(findingsOn(date));
  }

  private static List<Finding> broken(List<Finding> findings) {
    ImmutableList.Builder<Finding> out = ImmutableList.builder();
    for (Finding finding : findings) {
      if (finding.kind() == FindingKind.BROKEN) {
        out.add(finding);
      }
    }
    return out.build();
  }

  /**
   * The day the current state began: the day the pending wait began (the correction notice, the fee
   * notice, the earliest pending consultation), else the day of the latest step.
   */
  private LocalDate stateSince() {
    return switch (state) {
      case AWAITING_CORRECTION -> correctionSince;
      case AWAITING_PAYMENT -> feeSince;
      // kept in the order sent, and steps run in date order: the first was sent earliest
      case CONSULTING -> consultations.get(0).sent();
      default -> lastDate;
    };
  }

  /**
   * A confirmation later than the day the application arrived (REQ-11): a breach of OGI-2019
   * 第三十一条; under a regime without that duty (OGI-2008) a convention finding resting on
   * 指导案例26号 alone, the receipt date staying the day of arrival.
   */
  private Optional<Finding> lateConfirmation() {
    Optional<Finding> late = submission.lateConfirmation(calendar);
    if (late.isEmpty() || !rules.receiptRuleByConvention) {
      return late;
    }
    Finding finding = late.get();
    return Optional.of(
        Finding.of(
            finding.rule(),
            FindingKind.CONVENTION,
            finding.what(),
            List.of(RequestCitations.GUIDING_CASE_26)));
  }

  /**
   * The finding of a receipt date on which the regime's regulation was not in force (REQ-2, OGI-2019
   * 第五十六条: in force from 2019-05-15, replacing OGI-2008 in force from 2008-05-01), naming the
   * regime in force that day; empty when it was in force. [convention] The case is still judged by
   * the regime the caller chose; guiding refuses to open such a case ({@link
   * RegimeNotInForceException}).
   */
  private Optional<Finding> regimeNotInForce() {
    LocalDate receipt = submission.receiptDate();
    return rules
        .notInForceOn(receipt)
        .map(
            why ->
                Finding.of(
                    Rules.REQ_2,
                    FindingKind.CONVENTION,
                    Phrase.of(
                        "{0}；本案仍按所选{1}判断",
                        "{0}; the case is still judged under {1} as chosen",
                        why,
                        rules.id),
                    rules.inForceCitations(receipt)));
  }

  /** The findings with a deadline (null: this case's own, without lateness) judged on a date. */
  private List<Finding> findings(Deadline judged, LocalDate on) {
    ImmutableList.Builder<Finding> out = ImmutableList.builder();
    Finding receipt = submission.finding();
    out.add(
        rules.receiptRuleByConvention
            ? Finding.of(
                receipt.rule(),
                FindingKind.CONVENTION,
                // the channel's own words: the regime has no 第三十一条 to weigh them against
                submission.phrase(),
                rules.receiptCitations(submission))
            : receipt);
    lateConfirmation().ifPresent(out::add);
    regimeNotInForce().ifPresent(out::add);
    Deadline shown = judged == null ? shown() : judged;
    out.addAll(shown.findings());
    out.addAll(recorded);
    out.add(
        Finding.of(
            Rules.REQ_9,
            FindingKind.APPLIED,
            Phrase.of(
                "自{0}起{1}",
                "{1} since {0}",
                stateSince(),
                named(state.label(), state.english(), state)),
            List.of()));
    if (outcome != null) {
      out.add(
          Finding.of(
              Rules.REQ_5,
              FindingKind.APPLIED,
              Phrase.of(
                  "处理结果：{0}",
                  "outcome row: {0}",
                  named(outcome.label(), outcome.english(), outcome)),
              List.of()));
    }
    if (judged != null) {
      if (!isClosed()) {
        for (Consultation consultation : consultations) {
          consultationPeriod(consultation)
              .ifPresent(
                  period ->
                      out.add(
                          step(
                              period.id(),
                              Phrase.of(
                                  "{0}于{1}收到征求意见书，{2}内提出意见",
                                  "the consulted party ({0}) received the consultation on"
                                      + " {1}; its opinion is due within {2}",
                                  consultation.party(),
                                  consultation.partyReceived(),
                                  Quantity.of(period.amount(), period.unit())),
                              consultationPeriodEnds(consultation),
                              period.citations())));
        }
      }
      Finding late = lateOn(judged, on);
      if (late != null) {
        out.add(late);
      } else if (!isClosed()) {
        LocalDate due = dueOrBeyond(judged);
        out.add(
            step(
                deadline.period().id(),
                Phrase.of(
                    "截至{0}尚在答复期限内，剩余{1}",
                    "within the reply period on {0}, with {1} left",
                    on,
                    workingDays(calendar, on, due)),
                due,
                List.of(periodCitation())));
      }
    }
    return out.build();
  }

  /**
   * The lateness the findings judge on a date; beyond the calendar's data, its exception names the
   * judging, not the method asked (CAL-9).
   */
  private Lateness judgedLateness(Deadline judged, LocalDate on) {
    try {
      return judged.latenessOn(on);
    } catch (OutsideCalendarDataException beyond) {
      throw beyond.neededBy(
          isClosed() && on.equals(judgedOn)
              ? "judging the lateness of the case closed on " + on
              : "judging the case on " + on);
    }
  }

  /** A step with the due date after it, named as {@link #dayNamed} names it. */
  private Finding step(RuleId rule, Phrase what, LocalDate due, List<Citation> citations) {
    return calendar.isBeyondData(due)
        ? Finding.stepBeyondData(rule, what, calendar, citations)
        : Finding.step(rule, what, due, citations);
  }

  /**
   * The lateness on a date after the due date of a clock (or the day a case closed after it), or
   * null when on time: whether it is late compares the dates, and the working days late only word
   * the finding ({@link #workingDays}: at least the count to the end of the data, when the date
   * lies beyond it). A due date beyond the data is after every date the data covers: not late
   * there (CAL-9); on a date beyond the data too, whether it is late is unknown, and the due date
   * is asked for ({@link OutsideCalendarDataException}).
   */
  private Finding lateOn(Deadline clock, LocalDate on) {
    LocalDate due = passedDue(on, clock);
    if (due == null) {
      return null;
    }
    return calendar.isBeyondData(on)
        ? latenessFinding(due, on, lateBy(calendar, due, on))
        : latenessFinding(judgedLateness(clock, on), on);
  }

  private Finding latenessFinding(Lateness lateness, LocalDate on) {
    return latenessFinding(lateness.dueDate(), on, lateBy(lateness, on));
  }

  /** The lateness of the case on a date after its due date, the working days late as a value. */
  private Finding latenessFinding(LocalDate due, LocalDate on, Object lateBy) {
    // closed: on the closing day, or on the day that decides instead (a delivery's, REQ-11; an
    // unnoted abandonment's), which its own finding names
    String chinese;
    String english;
    if (!isClosed()) {
      chinese = "截至{0}未答复，已超过答复期限{1}，逾期{2}";
      english = "no answer by {0}, after the due date {1}: late by {2}";
    } else if (on.equals(lastDate)) {
      chinese = "{0}办结，已超过答复期限{1}，逾期{2}";
      english = "closed on {0}, after the due date {1}: late by {2}";
    } else {
      chinese = "以{0}计，办结已超过答复期限{1}，逾期{2}";
      english = "judged on {0}, the closing came after the due date {1}: late by {2}";
    }
    return Finding.of(
        deadline.period().id(),
        FindingKind.BROKEN,
        Phrase.of(chinese, english, on, due, lateBy),
        List.of(periodCitation()));
  }

  /**
   * How late, as a phrase value: the working days; on rest days only (a Saturday after a Friday due
   * date), the calendar days with no working day among them, which "late by 0 working days" would
   * hide.
   */
  private static Object lateBy(Lateness lateness, LocalDate on) {
    return lateBy(lateness.workingDaysLate(), lateness.dueDate(), on);
  }

  /**
   * How late an act on a date is after a due date, as a phrase value (see {@link
   * #lateBy(Lateness, LocalDate)}), the working days counted as {@link #workingDays} counts them.
   */
  static Object lateBy(WorkingDayCalendar calendar, LocalDate due, LocalDate on) {
    Object days = workingDays(calendar, due, on);
    return days instanceof Quantity count && count.amount().signum() == 0 ? lateBy(0, due, on) : days;
  }

  private static Object lateBy(long workingDaysLate, LocalDate due, LocalDate on) {
    if (workingDaysLate > 0) {
      return Quantity.of(workingDaysLate, Quantity.Unit.WORKING_DAYS);
    }
    return Phrase.of(
        "{0}（其间没有工作日）",
        "{0} (rest days only, no working day among them)",
        Quantity.of(ChronoUnit.DAYS.between(due, on), Quantity.Unit.DAYS));
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

  /** Guides one event: the REQ-9 checks every step shares, then the step's own rule. */
  CaseStatus next(RequestEvent event) {
    Step step = event.step();
    LocalDate date = event.date();
    if (isClosed() && step != Step.ORDER_ANSWER) {
      throw refuse(step, Rules.REQ_9, "the case closed on " + lastDate + " with " + outcome.label());
    }
    if (date.isBefore(lastEventDate)) {
      throw refuse(step, Rules.REQ_9, outOfOrder(event));
    }
    StepRule rule = StepRule.of(step);
    Optional<StepRule.Refusal> refusal = StepRule.afterOrder(this, step);
    if (refusal.isEmpty()) {
      refusal = rule.refusal(this, date);
    }
    if (refusal.isEmpty()) {
      refusal = rule.payloadRefusal(this, event);
    }
    if (refusal.isPresent()) {
      throw refuse(step, refusal.get().rule(), refusal.get().detail());
    }
    return rule.apply(this, event);
  }

  /**
   * Records one event as it happened (REQ-10): a step the rules allow is applied as {@link
   * #next(RequestEvent)} applies it; any other is applied as the law counts it, with findings.
   * Only an event dated before the previous one is refused, as impossible.
   */
  CaseStatus record(RequestEvent event) {
    // an event's accessors are calls to one of many record types: each is made once
    LocalDate date = event.date();
    Step step = event.step();
    if (date.isBefore(lastEventDate)) {
      throw new InvalidFactsException(
          step.label() + " (" + step + ")",
          List.of(new Problem(Rules.REQ_10, outOfOrder(event))));
    }
    if (step == Step.ORDER_ANSWER) {
      // a fact from outside the agency: taken as it is, open or closed
      return ordered((RequestEvent.AnswerOrdered) event).build();
    }
    if (isClosed()) {
      CaseStatus draft = advance(date, step);
      draft.lastDate = lastDate;
      draft.closed = true;
      draft.outcome = outcome;
      return draft
          .finding(
              breach(
                  Rules.REQ_9,
                  "{0}：{1}，案件已于{2}办结（{3}）",
                  "{0}: {1}, after the case closed on {2} ({3})",
                  date,
                  stepPhrase(step),
                  lastDate,
                  named(outcome.label(), outcome.english(), outcome)))
          .build();
    }
    if (StepRule.afterOrder(this, step).isPresent()) {
      CaseStatus draft = advance(date, step);
      // it changes nothing: the case stays as it was since its latest change
      draft.lastDate = lastDate;
      return draft
          .finding(
              breach(
                  Rules.REQ_12,
                  // the ordered period's provisions: the order's own law (行政复议法, 行政诉讼法)
                  deadline.period().citations(),
                  Phrase.of(
                      "{0}：{1}，在责令答复之后；责令的期限不因此中止、延长或者重新计算",
                      "{0}: {1}, after an order to answer; the ordered period is not paused,"
                          + " extended or restarted by it",
                      date,
                      stepPhrase(step))))
          .build();
    }
    StepRule rule = StepRule.of(step);
    Optional<StepRule.Refusal> refusal = rule.refusal(this, date);
    if (refusal.isEmpty()) {
      refusal = rule.payloadRefusal(this, event);
    }
    return refusal.isEmpty() ? rule.apply(this, event) : rule.record(this, event);
  }

  /**
   * The status after an order to answer (REQ-12): any lateness against the deadline in force is
   * kept as a finding, the pending waits end, and the ordered period, counted from the day the
   * agency received the order, replaces the deadline; the case is open until the next answer.
   */
  CaseStatus ordered(RequestEvent.AnswerOrdered order) {
    LocalDate date = order.date();
    CaseStatus draft = advance(date, Step.ORDER_ANSWER);
    Finding before = lateBefore(date);
    if (before != null) {
      draft.finding(before);
    }
    RequestEvent.OrderKind fits =
        isClosed() ? RequestEvent.OrderKind.ANSWER_ANEW : RequestEvent.OrderKind.ANSWER_WITHIN;
    if (order.kind() != fits) {
      // a fact from outside the agency, taken as it is: its period governs all the same
      draft.finding(
          convention(
              Rules.REQ_12,
              "{0}{1}，与案件情况不符（{2}）：按其所定期限判断",
              "{0}: {1}, which does not fit the case ({2}); judged by the period it sets",
              date,
              named(order.kind().label(), order.kind().english(), order.kind()),
              isClosed()
                  ? Phrase.of("已办结", "closed")
                  : Phrase.of("尚未答复", "not yet answered")));
    }
    LegalPeriod period = order.period();
    Deadline ordered = calendar.deadline(period, date);
    draft.finding(
        Finding.of(
            Rules.REQ_12,
            FindingKind.APPLIED,
            Phrase.of(
                "{0}{1}（{2}），{3}收到，{4}内答复 → {5}",
                "{0}: {1} ({2}), received {3}; answer within {4} → {5}",
                named(order.orderer().label(), order.orderer().english(), order.orderer()),
                named(order.kind().label(), order.kind().english(), order.kind()),
                order.document(),
                date,
                Quantity.of(period.amount(), period.unit()),
                dueNamed(ordered)),
            period.citations()));
    draft.deadline = ordered;
    draft.correctionSince = null;
    draft.correctionRestarts = false;
    draft.feeSince = null;
    draft.consultations = NO_CONSULTATIONS;
    draft.reasonsAwaited = false;
    draft.supplyBy = null;
    draft.closed = false;
    draft.outcome = null;
    draft.judgedOn = null;
    return draft.mark(Mark.ORDERED);
  }

  /**
   * The lateness of the request before an order received on a date (REQ-12), or null: for a closed
   * case, its closing against the deadline in force; for an open one, the date against the
   * deadline as it stands on it ({@link #deadlineOn}). Judged by comparing dates, so a date beyond
   * the calendar's data after a due date inside it is late, the working days worded as {@link
   * #workingDays} words a count that needs data beyond it.
   */
  Finding lateBefore(LocalDate date) {
    if (isClosed()) {
      return lateOn(deadline, judgedOn);
    }
    CaseStatus judged = asOf(date);
    return judged == this ? lateOn(clockOn(date), date) : judged.lateBefore(date);
  }

  private String outOfOrder(RequestEvent event) {
    return event.step()
        + " dated "
        + event.date()
        + " comes before "
        + (lastStep == null
            ? "the receipt of the application on " + lastEventDate
            : "the previous step " + lastStep + " on " + lastEventDate)
        + "; a history runs forward, in date order";
  }

  /** The status closed on a date by a step with a report row, every pending wait ended on that date. */
  CaseStatus closed(LocalDate date, Step step, OutcomeRow row) {
    return closing(date, step, row).build();
  }

  /**
   * A draft closed by a lapse (视为放弃申请, OGI-2019 第三十条, P-FEE-PAYMENT-2020) on the day the request
   * counts as abandoned, the first day after the correction deadline or the payment period: the
   * clock stops, the case closes (for the annual report too) and its timeliness is judged on that
   * day, however late the lapse was noted and whatever steps were recorded after it; the latest
   * step stays the latest ({@code noted}: the step that notes it, or the latest step when judged).
   */
  CaseStatus lapsed(LocalDate lapsedOn, LocalDate noted, Step step, OutcomeRow row) {
    CaseStatus draft = closing(lapsedOn, step, row);
    draft.lastEventDate = latest(lastEventDate, noted);
    return draft;
  }

  /**
   * A draft closed for non-payment noted by a step on a date after the payment period: closed on
   * the day the request counts as abandoned ({@link #lapsed}), with a finding when noted later.
   */
  CaseStatus unpaid(LocalDate date) {
    LocalDate due = feeDue();
    LocalDate abandoned = due.plusDays(1);
    CaseStatus draft = lapsed(abandoned, date, Step.MISS_PAYMENT, OutcomeRow.OTHER_FEE_UNPAID);
    if (date.isAfter(abandoned)) {
      LegalPeriod period = rules.feePaymentPeriod.orElseThrow();
      draft.finding(
          Finding.of(
              period.id(),
              FindingKind.APPLIED,
              Phrase.of(
                  "{0}记录逾期未缴费；缴费期限{1}届满而未缴费的，视为放弃申请，自{2}起计为已办结",
                  "non-payment noted on {0}; the payment deadline {1} passed unpaid, so the"
                      + " request counts as abandoned, closed from {2}",
                  date,
                  due,
                  abandoned),
              period.citations()));
    }
    return draft;
  }

  /**
   * A draft closed for a correction not supplied, noted by a step on a date after the deadline the
   * agency set: closed on the first day after it ({@link #lapsed}), with a finding when noted later.
   */
  CaseStatus unsupplied(LocalDate date) {
    LocalDate abandoned = supplyBy.plusDays(1);
    CaseStatus draft = lapsed(abandoned, date, Step.MISS_CORRECTION, rules.correctionMissedRow);
    if (date.isAfter(abandoned)) {
      draft.finding(
          Finding.of(
              rules.correctionRule,
              FindingKind.APPLIED,
              Phrase.of(
                  "{0}记录逾期未补正；补正期限{1}届满而未补正：{2}，自{3}起计为已办结",
                  "a missing correction noted on {0}; the correction deadline {1} passed with"
                      + " nothing received: {2}; closed from {3}",
                  date,
                  supplyBy,
                  rules.correctionMissed,
                  abandoned),
              List.of(correctionCitation())));
    }
    return draft;
  }

  /**
   * Whether the pending wait is one an unlawful notice began (a correction notice that restarts
   * nothing, a fee notice after the reply period): it abandons nothing and blocks no answer.
   */
  boolean unlawfulWait() {
    return (state == CaseState.AWAITING_CORRECTION && !correctionRestarts)
        || (state == CaseState.AWAITING_PAYMENT && has(Mark.FEE_NOTICED_LATE));
  }

  /** A draft of the status closed on a date by a step, for a step rule that adds findings. */
  CaseStatus closing(LocalDate date, Step step, OutcomeRow row) {
    CaseStatus draft = advance(date, step);
    if (step == Step.ANSWER) {
      draft.mark(Mark.ANSWERED);
    }
    // each pending wait kept up to the closing day (a lapse's day may precede a consultation
    // recorded after it: that one then pauses nothing)
    Deadline closedDeadline = pausedUntil(date);
    if (correctionSince != null && correctionRestarts) {
      closedDeadline =
          closedDeadline.withRestart(date, CLOSED_AWAITING_CORRECTION, correctionCitation());
    }
    draft.deadline = closedDeadline;
    draft.correctionSince = null;
    draft.feeSince = null;
    draft.consultations = NO_CONSULTATIONS;
    draft.reasonsAwaited = false;
    draft.closed = true;
    draft.outcome = row;
    draft.judgedOn = date;
    return draft;
  }

  RefusedStepException refuse(Step step, RuleId rule, String detail) {
    return new RefusedStepException(state, step, rule, "under " + rules.regime.id() + ", " + detail);
  }

  boolean has(Mark mark) {
    return (marks & 1 << mark.ordinal()) != 0;
  }

  /**
   * The pause of a consultation up to a day, capped at the last day of the consulted party's
   * period where the regime gives one: after it the party's silence lets the agency decide
   * (OGI-2019 第三十二条) or counts as consent (第三十四条), so later days are not time "needed for
   * consultation" (第三十三条第三款), however late the opinion or the note of silence.
   */
  Pause consultationPause(Consultation consultation, LocalDate end) {
    if (consultationPeriod(consultation).isPresent()) {
      LocalDate periodEnds = consultationPeriodEnds(consultation);
      if (end.isAfter(periodEnds)) {
        end = periodEnds;
      }
    }
    return Pause.of(
        consultation.sent(),
        end,
        consultation.consulted() == Consulted.THIRD_PARTY
            ? THIRD_PARTY_CONSULTATION
            : CO_AGENCY_CONSULTATION,
        replyCitation());
  }

  /** The consulted party's period under the regime (P-THIRD-PARTY-2019, P-CO-AGENCY-2019). */
  Optional<LegalPeriod> consultationPeriod(Consultation consultation) {
    return consultation.consulted() == Consulted.THIRD_PARTY
        ? rules.thirdPartyPeriod
        : rules.coAgencyPeriod;
  }

  /** The last day of a consultation's period, which it has (P-THIRD-PARTY-2019, P-CO-AGENCY-2019). */
  LocalDate consultationPeriodEnds(Consultation consultation) {
    LocalDate ends = consultation.periodEnds;
    if (ends == null) {
      ends =
          periodEnd(consultationPeriod(consultation).orElseThrow(), consultation.partyReceived());
      consultation.periodEnds = ends;
    }
    return ends;
  }

  /**
   * The last day of a period from a date with nothing to move it: the calendar's plain count,
   * official data only; a date on the calendar's estimate through a deadline, which answers the
   * estimate (CAL-9); {@link #BEYOND_DATA} when the data ends before the period does (or before its
   * start), a day after every date the data covers: no step the data covers has passed it, so the
   * steps of a case in the last weeks of the data are still judged. A finding names the day with
   * {@link #dayNamed}.
   */
  LocalDate periodEnd(LegalPeriod period, LocalDate start) {
    try {
      return calendar.dueDate(period, start);
    } catch (OutsideCalendarDataException onTheEstimate) {
      try {
        return calendar.deadline(period, start).dueDate();
      } catch (OutsideCalendarDataException beyond) {
        return BEYOND_DATA;
      }
    }
  }

  /**
   * The end of a period the calendar's data does not reach: after every date it covers. Every
   * finding and message names it through {@link #dayNamed}, and counts up to it through {@link
   * #workingDays}.
   */
  static final LocalDate BEYOND_DATA = LocalDate.MAX;

  /**
   * A day as a finding names it (CAL-9): the date; a day beyond the calendar's data ({@link
   * #BEYOND_DATA}, or a date after its last day) as {@link WorkingDayCalendar#dayBeyondData()}
   * names it — 日历数据（至2026年12月31日）之后的某日 / a day beyond the calendar's data (after
   * 2026-12-31). [convention] A finding about a fact inside the data never refuses to be made
   * because a day it names lies beyond the data; only asking for that day ({@link #dueDate()})
   * throws.
   */
  Object dayNamed(LocalDate day) {
    return calendar.isBeyondData(day) ? calendar.dayBeyondData() : day;
  }

  /** A deadline's due date, or {@link #BEYOND_DATA} when it lies beyond the calendar's data. */
  static LocalDate dueOrBeyond(Deadline clock) {
    return clock.isDueBeyondData() ? BEYOND_DATA : clock.dueDate();
  }

  /** A deadline's due date as a finding names it (see {@link #dayNamed}). */
  Object dueNamed(Deadline clock) {
    return dayNamed(dueOrBeyond(clock));
  }

  /**
   * The due date of a clock if a date is after it, else null, known by comparing dates (CAL-9): a
   * due date beyond the calendar's data is after every date the data covers; for a date beyond the
   * data too, which comes first is unknown and the due date is asked for ({@link
   * OutsideCalendarDataException}).
   */
  LocalDate passedDue(LocalDate date, Deadline clock) {
    if (clock.isDueBeyondData()) {
      return unknownIfBeyond(date, clock);
    }
    LocalDate due = clock.dueDate();
    return date.isAfter(due) ? due : null;
  }

  /** Null for a date the data covers; for a date beyond it, the due date is asked for (throws). */
  private LocalDate unknownIfBeyond(LocalDate date, Deadline clock) {
    if (calendar.isBeyondData(date)) {
      clock.dueDate(); // throws: CAL-9 names the day needed
    }
    return null;
  }

  /** A day in a message: the date, or {@link #dayNamed}'s words for a day beyond the data. */
  String described(LocalDate day) {
    return Language.ENGLISH.render(Phrase.of("{0}", "{0}", dayNamed(day)));
  }

  /** A period of no working days: its due date is its start, for counting working days after it. */
  private static final LegalPeriod ON_THE_SPOT = LegalPeriod.ofWorkingDays(0);

  /**
   * The working days in {@code (from, to]}, as a finding's value: the calendar's plain count on
   * official data; on the calendar's estimate, the lateness on {@code to} of a deadline of no
   * working days from {@code from}, which the deadline answers there (CAL-9) where the plain count
   * refuses. [convention] When {@code to} lies beyond the calendar's data ({@link #BEYOND_DATA}
   * included), the count to the data's last day as a lower bound: 至少9个工作日（计至日历数据截止的
   * 2026年12月31日） / at least 9 working days counted to the end of the data (2026-12-31). The
   * lower bound is exact as far as it goes: what lies beyond the data can only add to it.
   */
  static Object workingDays(WorkingDayCalendar calendar, LocalDate from, LocalDate to) {
    if (calendar.isBeyondData(to)) {
      LocalDate last = calendar.lastDayOfData();
      return Phrase.of(
          "至少{0}（计至日历数据截止的{1}）",
          "at least {0} counted to the end of the data ({1})",
          count(calendar, from, last),
          last);
    }
    return count(calendar, from, to);
  }

  private static Quantity count(WorkingDayCalendar calendar, LocalDate from, LocalDate to) {
    long days;
    try {
      days = calendar.workingDaysBetween(from, to);
    } catch (OutsideCalendarDataException onTheEstimate) {
      days = calendar.deadline(ON_THE_SPOT, from).latenessOn(to).workingDaysLate();
    }
    return Quantity.of(days, Quantity.Unit.WORKING_DAYS);
  }

  /** The first provision of the period in force: the reply period's, or an order's (REQ-12). */
  private Citation periodCitation() {
    List<Citation> citations = deadline.period().citations();
    return citations.isEmpty() ? replyCitation() : citations.get(0);
  }

  Citation replyCitation() {
    return rules.replyPeriod.citations().get(0);
  }

  Citation correctionCitation() {
    return rules.correctionCitation;
  }

  Citation feeCitation() {
    return RequestCitations.FEE;
  }

  /** The last day to pay the fee noticed on {@link #feeSince} (P-FEE-PAYMENT-2020). */
  LocalDate feeDue() {
    return periodEnd(rules.feePaymentPeriod.orElseThrow(), feeSince);
  }

  /**
   * The pause of the pending fee wait up to a day, capped at the last day to pay: after it the
   * request counts as abandoned (逾期未缴纳的视为放弃申请, P-FEE-PAYMENT-2020), so a later payment or
   * step pauses nothing more.
   */
  Pause feePause(LocalDate end) {
    LocalDate due = feeDue();
    return Pause.of(feeSince, end.isAfter(due) ? due : end, FEE_PAUSE, feeCitation());
  }

  /** A finding of kind {@link FindingKind#BROKEN} citing the rule's provisions where known. */
  Finding breach(RuleId rule, String chinese, String english, Object... values) {
    return Finding.of(rule, FindingKind.BROKEN, Phrase.of(chinese, english, values), citationsOf(rule));
  }

  /** A breach citing the given provisions, or the rule's own when none are given. */
  Finding breach(RuleId rule, List<Citation> citations, Phrase what) {
    return Finding.of(
        rule, FindingKind.BROKEN, what, citations.isEmpty() ? citationsOf(rule) : citations);
  }

  /** A finding of kind {@link FindingKind#CONVENTION}. */
  Finding convention(RuleId rule, String chinese, String english, Object... values) {
    return Finding.of(
        rule, FindingKind.CONVENTION, Phrase.of(chinese, english, values), citationsOf(rule));
  }

  /**
   * A finding under the regime's correction rule, citing the correction step's provision: OGI-2019
   * 第三十条 (the one provision of P-CORRECTION-2019), OGI-2008 第二十一条第（四）项.
   */
  Finding correctionFinding(FindingKind kind, String chinese, String english, Object... values) {
    return Finding.of(
        rules.correctionRule,
        kind,
        Phrase.of(chinese, english, values),
        List.of(correctionCitation()));
  }

  private List<Citation> citationsOf(RuleId rule) {
    for (LegalPeriod period : rules.periods()) {
      if (period.id().equals(rule)) {
        return period.citations();
      }
    }
    return RequestCitations.of(rule, rules);
  }

  static Phrase stepPhrase(Step step) {
    return named(step.label(), step.english(), step);
  }

  /**
   * A value of the library's own enums as a phrase value: its Chinese label and its English label,
   * the value's own {@code label()} and {@code english()} (constants of the enum). Made once per
   * value.
   */
  static Phrase named(String label, String english, Enum<?> value) {
    Phrase phrase = NAMED.get(value);
    if (phrase == null) {
      phrase = Phrase.of(label, english);
      NAMED.putIfAbsent(value, phrase);
    }
    return phrase;
  }

  /** The phrases of the enum values named so far: a few dozen at most. */
  private static final Map<Enum<?>, Phrase> NAMED = new ConcurrentHashMap<>();

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
        && items.equals(other.items)
        && state == other.state
        && deadline.equals(other.deadline)
        && lastDate.equals(other.lastDate)
        && lastEventDate.equals(other.lastEventDate)
        && Objects.equals(correctionSince, other.correctionSince)
        && correctionRestarts == other.correctionRestarts
        && Objects.equals(feeSince, other.feeSince)
        && consultations.equals(other.consultations)
        && reasonsAwaited == other.reasonsAwaited
        && Objects.equals(supplyBy, other.supplyBy)
        && marks == other.marks
        && outcome == other.outcome
        && recorded.equals(other.recorded)
        && Objects.equals(judgedOn, other.judgedOn);
  }

  @Override
  public int hashCode() {
    return Objects.hash(rules.regime, submission, state, deadline, lastDate, outcome, recorded);
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
