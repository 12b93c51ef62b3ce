package dev.disclosure.core.request;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.disclosure.calendar.OutsideCalendarDataException;
import dev.disclosure.calendar.WorkingDayCalendar;
import dev.disclosure.core.Applicant;
import dev.disclosure.core.Regime;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A request case (依申请公开案件, REQ-9): the applicant, the application and the ordered history of its
 * steps, under a regime and a working-day calendar chosen by the caller. Its {@link #status()} —
 * state, due date, allowed steps, outcome row — is derived from the history.
 *
 * <p>Two ways to use a history, sharing one fold and one clock (REQ-9, REQ-10):
 *
 * <ul>
 *   <li><b>Guiding</b> ({@link #apply(RequestEvent)}, {@link #of}): for a case-management system
 *       walking a case forward. A step the rules do not allow is refused with {@link
 *       RefusedStepException} naming the state, the step and the rule; this case never changes.
 *   <li><b>Recording</b> ({@link #record(RequestEvent)}, {@link #recorded}): for whoever judges what
 *       already happened — a legal office, a 复议 body, a court, a supervising office. Every step is
 *       accepted in date order, lawful or not; its effect is the one the law gives it, and each rule
 *       it broke is a finding of kind {@link dev.disclosure.calendar.FindingKind#BROKEN} in {@link
 *       CaseStatus#breaches()}, with the dates, the working days and the provision. Only an
 *       impossible history — a step dated before the one before it, or before the receipt — is
 *       refused, with {@link dev.disclosure.core.InvalidFactsException} under REQ-10.
 * </ul>
 *
 * <p>On a history that guidance accepts, recording gives the same status (state, due date, report
 * row, findings); a case recorded or guided event by event equals the one built from the whole
 * history at once.
 *
 * <p>Immutable and thread-safe; equal when regime, calendar, applicant, application and history are
 * equal.
 */
public final class RequestCase {

  private final Regime regime;
  private final WorkingDayCalendar calendar;
  private final Applicant applicant;
  private final Application application;
  private final ImmutableList<RequestEvent> events;
  private final CaseStatus status;

  private RequestCase(
      Regime regime,
      WorkingDayCalendar calendar,
      Applicant applicant,
      Application application,
      ImmutableList<RequestEvent> events,
      CaseStatus status) {
    this.regime = regime;
    this.calendar = calendar;
    this.applicant = applicant;
    this.application = application;
    this.events = events;
    this.status = status;
  }

  /**
   * Opens a case on receipt of an application (受理), with no step yet.
   *
   * @param regime the rules the case runs under
   * @param calendar the working-day calendar, e.g. {@code ChinaCalendars.official()}
   * @param applicant the applicant
   * @param application the application, whose channel fixes the receipt date (REQ-2)
   * @return the case, in state {@link CaseState#PROCESSING}
   * @throws RegimeNotInForceException if the regime's regulation was not in force on the receipt
   *     date (REQ-2, OGI-2019 第五十六条): guidance walks a case only by the rules that govern it; to
   *     judge such a history, {@linkplain #recorded record} it
   * @throws dev.disclosure.calendar.OutsideCalendarDataException if the receipt date is outside the
   *     calendar's data; a due date beyond it is reported when asked for ({@link
   *     CaseStatus#dueDate()} and what needs it)
   */
  public static RequestCase open(
      Regime regime, WorkingDayCalendar calendar, Applicant applicant, Application application) {
    requireParts(regime, calendar, applicant, application);
    requireInForce(regime, application);
    return opened(regime, calendar, applicant, application);
  }

  /** Refuses guidance under a regime not in force on the application's receipt date (REQ-2). */
  private static void requireInForce(Regime regime, Application application) {
    LocalDate receipt = application.submission().receiptDate();
    RequestRules.of(regime)
        .notInForceOn(receipt)
        .ifPresent(
            why -> {
              throw new RegimeNotInForceException(regime, receipt, why);
            });
  }

  private static void requireParts(
      Regime regime, WorkingDayCalendar calendar, Applicant applicant, Application application) {
    requireNonNull(regime, "regime");
    requireNonNull(calendar, "calendar");
    requireNonNull(applicant, "applicant");
    requireNonNull(application, "application");
  }

  /** The case opened without a step, whatever the regime's time in force. */
  private static RequestCase opened(
      Regime regime, WorkingDayCalendar calendar, Applicant applicant, Application application) {
    return new RequestCase(
        regime,
        calendar,
        applicant,
        application,
        ImmutableList.of(),
        CaseStatus.start(regime, calendar, application));
  }

  /**
   * Rebuilds a case from a recorded history by applying each step in order (REQ-9).
   *
   * @param regime the rules the case runs under
   * @param calendar the working-day calendar
   * @param applicant the applicant
   * @param application the application
   * @param events the steps, oldest first
   * @return the case
   * @throws RegimeNotInForceException if the regime's regulation was not in force on the receipt
   *     date (REQ-2), as {@link #open} does
   * @throws RefusedStepException at the first step the rules do not allow
   * @throws NullPointerException if {@code events} or one of its elements is null, naming its index
   */
  public static RequestCase of(
      Regime regime,
      WorkingDayCalendar calendar,
      Applicant applicant,
      Application application,
      List<? extends RequestEvent> events) {
    ImmutableList<RequestEvent> history = history(events);
    requireParts(regime, calendar, applicant, application);
    requireInForce(regime, application);
    CaseStatus status = CaseStatus.start(regime, calendar, application);
    for (int i = 0; i < history.size(); i++) {
      status = step(status, history.get(i), false, i);
    }
    return new RequestCase(regime, calendar, applicant, application, history, status);
  }

  /**
   * Records a history as it happened (如实记录办理过程, REQ-10): every step in date order, lawful or not.
   *
   * @param regime the rules the case runs under
   * @param calendar the working-day calendar
   * @param applicant the applicant
   * @param application the application
   * @param events the steps, oldest first
   * @return the case; its {@link CaseStatus#breaches()} say what was unlawful. A regime whose
   *     regulation was not in force on the receipt date is taken as chosen, with a REQ-2 finding
   *     naming the regime in force that day (guiding refuses it: {@link RegimeNotInForceException})
   * @throws NullPointerException if {@code events} or one of its elements is null, naming its index
   * @throws dev.disclosure.core.InvalidFactsException if a step is dated before the previous one
   *     or before the receipt date (REQ-10), naming both
   * @throws dev.disclosure.calendar.OutsideCalendarDataException if a step's rule needs a date
   *     the calendar's data does not cover (CAL-9); the message names the step, its date and its
   *     place in the history, e.g. {@code recording step 1 of the history, extension of the reply
   *     period (APPROVE_EXTENSION) of 2026-12-28, needs 2027-03-01}
   */
  public static RequestCase recorded(
      Regime regime,
      WorkingDayCalendar calendar,
      Applicant applicant,
      Application application,
      List<? extends RequestEvent> events) {
    requireParts(regime, calendar, applicant, application);
    ImmutableList<RequestEvent> history = history(events);
    CaseStatus status = CaseStatus.start(regime, calendar, application);
    for (int i = 0; i < history.size(); i++) {
      status = step(status, history.get(i), true, i);
    }
    return new RequestCase(regime, calendar, applicant, application, history, status);
  }

  /** The events as a list, each checked: a null names the parameter and its index. */
  private static ImmutableList<RequestEvent> history(List<? extends RequestEvent> events) {
    requireNonNull(events, "events");
    try {
      return ImmutableList.copyOf(events);
    } catch (NullPointerException e) {
      // one pass when all is well; the null is looked for only to name its index
      for (int i = 0; i < events.size(); i++) {
        if (events.get(i) == null) {
          throw new NullPointerException(
              "events[" + i + "] is null; a history lists " + events.size()
                  + " events, oldest first, none of them null");
        }
      }
      throw e;
    }
  }

  /**
   * Returns this case with one more step recorded as it happened (REQ-10): a step the rules allow
   * has the effect {@link #apply(RequestEvent)} gives it; any other is applied as the law counts it
   * — a step after the case closed changes nothing, an extension told after the due date extends
   * nothing, a second correction notice restarts nothing — with a finding for each rule it broke.
   *
   * @param event the step
   * @return the new case
   * @throws dev.disclosure.core.InvalidFactsException if the step is dated before the previous one
   *     or before the receipt date (REQ-10); this case is unchanged
   * @throws dev.disclosure.calendar.OutsideCalendarDataException if the step's rule needs a date
   *     the calendar's data does not cover (CAL-9), naming the step and its date
   */
  public RequestCase record(RequestEvent event) {
    requireNonNull(event, "event");
    return with(event, step(status, event, true, -1));
  }

  /**
   * Returns this case with one more step (办理一个环节).
   *
   * @param event the step
   * @return the new case
   * @throws RegimeNotInForceException if the regime's regulation was not in force on the receipt
   *     date (REQ-2): a history {@linkplain #recorded recorded} under it is not guided further
   * @throws RefusedStepException if the step is not allowed in the current state, not under the
   *     regime, lacks what its rule requires, or is dated before the previous step (REQ-9): the
   *     message names both steps; this case is unchanged
   * @throws dev.disclosure.calendar.OutsideCalendarDataException if the step's rule needs a date
   *     the calendar's data does not cover (CAL-9), naming the step and its date; a step that
   *     needs none is accepted on any date
   */
  public RequestCase apply(RequestEvent event) {
    requireNonNull(event, "event");
    requireInForce(regime, application);
    return with(event, step(status, event, false, -1));
  }

  /**
   * The status after a step, recorded or guided. A date beyond the calendar's data that the step
   * needs (CAL-9) is named as the caller gave it: the step, its date and its place in the history,
   * never a method of the library; the exception and when it is thrown are the calendar's.
   *
   * @param index the step's index in the history, or -1 for a step added to a case
   */
  private static CaseStatus step(
      CaseStatus status, RequestEvent event, boolean recording, int index) {
    try {
      return recording ? status.record(event) : status.next(event);
    } catch (OutsideCalendarDataException beyond) {
      Step step = event.step();
      String what = step.english() + " (" + step + ") of " + event.date();
      throw beyond.neededBy(
          (recording ? "recording " : "applying ")
              + (index < 0
                  ? "the step " + what
                  : "step " + (index + 1) + " of the history, " + what + ","));
    }
  }

  private RequestCase with(RequestEvent event, CaseStatus next) {
    ImmutableList<RequestEvent> history =
        ImmutableList.<RequestEvent>builderWithExpectedSize(events.size() + 1)
            .addAll(events)
            .add(event)
            .build();
    return new RequestCase(regime, calendar, applicant, application, history, next);
  }

  /** {@return the regime (规则体系)} */
  public Regime regime() {
    return regime;
  }

  /** {@return the working-day calendar} */
  public WorkingDayCalendar calendar() {
    return calendar;
  }

  /** {@return the applicant (申请人)} */
  public Applicant applicant() {
    return applicant;
  }

  /** {@return the application (申请)} */
  public Application application() {
    return application;
  }

  /** {@return the history (办理记录), oldest first} */
  public List<RequestEvent> events() {
    return events;
  }

  /** {@return what the history amounts to: state, deadline, allowed steps and outcome} */
  public CaseStatus status() {
    return status;
  }

  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    return obj instanceof RequestCase other
        && regime.equals(other.regime)
        && calendar.equals(other.calendar)
        && applicant.equals(other.applicant)
        && application.equals(other.application)
        && events.equals(other.events);
  }

  @Override
  public int hashCode() {
    return Objects.hash(regime, applicant, application, events);
  }

  /** Returns a one-line description, for example {@code RequestCase[张三, 3 steps, CaseStatus[OGI_2019 已办结, …]]}. */
  @Override
  public String toString() {
    return "RequestCase[" + applicant.name() + ", " + events.size() + " steps, " + status + "]";
  }
}
