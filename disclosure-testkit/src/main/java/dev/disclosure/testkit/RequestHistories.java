package dev.disclosure.testkit;

import static java.util.Objects.requireNonNull;

import dev.disclosure.calendar.OutsideCalendarDataException;
import dev.disclosure.calendar.PeriodUnit;
import dev.disclosure.calendar.WorkingDayCalendar;
import dev.disclosure.core.AnswerKind;
import dev.disclosure.core.Applicant;
import dev.disclosure.core.ApplicantKind;
import dev.disclosure.core.Regime;
import dev.disclosure.core.request.Answer;
import dev.disclosure.core.request.Application;
import dev.disclosure.core.request.CaseState;
import dev.disclosure.core.request.CaseStatus;
import dev.disclosure.core.request.Delivery;
import dev.disclosure.core.request.OutcomeRow;
import dev.disclosure.core.request.RequestCase;
import dev.disclosure.core.request.RequestEvent;
import dev.disclosure.core.request.RequestEvent.Consulted;
import dev.disclosure.core.request.Step;
import dev.disclosure.core.request.Submission;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.threeten.extra.LocalDateRange;

/**
 * Generators of request cases (依申请公开) as histories: lawful ones, walked forward step by step
 * under a regime with a valid payload on a valid date for every step, and lawful ones followed by a
 * chosen {@link Irregularity}.
 *
 * <p>Every date stays inside the calendar's data: receipts leave room for a history of a year and
 * a half, and a walk that would step beyond the data ends where it is. Half of the receipts fall
 * next to or inside a holiday run ({@link Dates#aroundHolidayRuns}).
 */
public final class RequestHistories {

  /** The most steps a generated history has unless the caller says otherwise. */
  public static final int DEFAULT_MAX_STEPS = 12;

  /** The fewest days between the last receipt of a given range and the end of the data. */
  public static final int RECEIPT_MARGIN = 60;

  /** Days kept free at the end of the calendar's data after a receipt drawn from all of it. */
  private static final int ROOM = 550;

  private static final List<String> NAMES =
      List.of("张三", "李四", "王五", "某建筑公司", "某大学法学院", "某环保协会", "某律师事务所", "某村民委员会");
  private static final String APPROVER = "王主任";

  private RequestHistories() {}

  /**
   * Returns a generator of lawful histories of up to {@value #DEFAULT_MAX_STEPS} steps.
   *
   * @param regime the regime the cases run under
   * @param calendar the calendar, e.g. {@code ChinaCalendars.official()}
   * @return the generator
   * @throws IllegalArgumentException if the calendar's data is shorter than two years or leaves no
   *     receipt date while the regime's regulation is in force
   * @see #lawful(Regime, WorkingDayCalendar, int)
   */
  public static Generator<RequestCase> lawful(Regime regime, WorkingDayCalendar calendar) {
    return lawful(regime, calendar, DEFAULT_MAX_STEPS);
  }

  /**
   * Returns a generator of lawful histories: opened on a random receipt while the regime's
   * regulation is in force (OGI_2008 2008-05-01 to 2019-05-14, OGI_2019 from 2019-05-15) by a
   * random applicant through a random channel (REQ-2), then walked forward for up to {@code maxSteps} steps, each
   * one of the steps {@code allowedSteps(date)} offers on a random date after the previous one,
   * with a payload the rules accept ({@link #eventFor}); one answered case in four goes on with an
   * order to answer anew (REQ-12). Closing steps are drawn less often before
   * the last step so that long histories occur. The cases are never refused: every step is guided.
   * Guided is not on time: an answer after the due date is accepted and recorded as late (a
   * P-REPLY-2019 or P-REPLY-2008 breach), as is the lateness an order to answer anew keeps.
   *
   * @param regime the regime the cases run under
   * @param calendar the calendar
   * @param maxSteps the most steps, 0 to 100
   * @return the generator
   * @throws IllegalArgumentException if {@code maxSteps} is outside 0..100 or the calendar's data
   *     is shorter than two years or leaves no receipt date while the regime's regulation is in
   *     force
   */
  public static Generator<RequestCase> lawful(
      Regime regime, WorkingDayCalendar calendar, int maxSteps) {
    requireNonNull(regime, "regime");
    requireNonNull(calendar, "calendar");
    checkSteps(maxSteps);
    Generator<LocalDate> receipts = receipts(regime, calendar);
    return random -> walk(regime, calendar, receipts.next(random), random.nextInt(maxSteps + 1), random);
  }

  /**
   * Returns a generator of lawful histories received within a range of dates, such as the
   * statistics year of a report; otherwise as {@link #lawful(Regime, WorkingDayCalendar, int)}.
   * A history whose next step would fall beyond the calendar's data, or leave a due date beyond it,
   * ends where it is.
   *
   * @param regime the regime the cases run under
   * @param calendar the calendar
   * @param receipts the receipt dates, inside the calendar's data and ending at least {@value
   *     #RECEIPT_MARGIN} days before its end
   * @param maxSteps the most steps, 0 to 100
   * @return the generator
   * @throws IllegalArgumentException if {@code maxSteps} is outside 0..100, the receipts are empty
   *     or unbounded or not inside the data with that margin, or not all while the regime's
   *     regulation is in force (REQ-2)
   */
  public static Generator<RequestCase> lawful(
      Regime regime, WorkingDayCalendar calendar, LocalDateRange receipts, int maxSteps) {
    requireNonNull(regime, "regime");
    requireNonNull(calendar, "calendar");
    requireNonNull(receipts, "receipts");
    checkSteps(maxSteps);
    if (receipts.isEmpty() || receipts.isUnboundedStart() || receipts.isUnboundedEnd()) {
      throw new IllegalArgumentException(
          "receipts " + receipts + " must be a bounded range of at least one day");
    }
    LocalDateRange data = calendar.coveredRange();
    if (!data.encloses(
            LocalDateRange.of(receipts.getStart(), receipts.getEnd().plusDays(RECEIPT_MARGIN)))) {
      throw new IllegalArgumentException(
          "receipts "
              + receipts
              + " must be inside the calendar's data "
              + data
              + " and end at least "
              + RECEIPT_MARGIN
              + " days before its end");
    }
    if (!inForce(regime).encloses(receipts)) {
      throw new IllegalArgumentException(
          "receipts "
              + receipts
              + " must fall while "
              + regime.id()
              + " is in force ("
              + describe(inForce(regime))
              + "): guidance opens a case only under the regulation in force on its receipt date"
              + " (REQ-2)");
    }
    Generator<LocalDate> dates = Dates.within(receipts);
    return random -> walk(regime, calendar, dates.next(random), random.nextInt(maxSteps + 1), random);
  }

  /** The days the regime's regulation is in force: until the day before a later one took effect. */
  static LocalDateRange inForce(Regime regime) {
    LocalDate until = LocalDate.MAX;
    for (Regime other : Regime.values()) {
      if (other.inForceFrom().isAfter(regime.inForceFrom()) && other.inForceFrom().isBefore(until)) {
        until = other.inForceFrom();
      }
    }
    return LocalDateRange.of(regime.inForceFrom(), until);
  }

  /** A regime's time in force in words: "2008-05-01 to 2019-05-14", "from 2019-05-15". */
  static String describe(LocalDateRange inForce) {
    return inForce.isUnboundedEnd()
        ? "from " + inForce.getStart()
        : inForce.getStart() + " to " + inForce.getEndInclusive();
  }

  private static void checkSteps(int maxSteps) {
    if (maxSteps < 0 || maxSteps > 100) {
      throw new IllegalArgumentException("maxSteps is 0 to 100; got " + maxSteps);
    }
  }

  /**
   * Returns a generator of lawful histories each followed by an irregular step of the chosen
   * kind. The lawful part is a prefix of a lawful history that leaves room for the irregularity
   * (an open case, or one still able to extend); the step's payload is valid in itself.
   *
   * @param regime the regime the cases run under
   * @param calendar the calendar
   * @param irregularity the irregularity of the last step
   * @return the generator
   * @throws IllegalArgumentException if the calendar's data is shorter than two years or leaves no
   *     receipt date while the regime's regulation is in force
   */
  public static Generator<IrregularHistory> irregular(
      Regime regime, WorkingDayCalendar calendar, Irregularity irregularity) {
    requireNonNull(regime, "regime");
    requireNonNull(calendar, "calendar");
    requireNonNull(irregularity, "irregularity");
    Generator<RequestCase> histories = lawful(regime, calendar, 8);
    return random -> {
      for (int attempt = 0; ; attempt++) {
        RequestCase full = histories.next(random);
        RequestCase lawful = prefix(full, random.nextInt(full.events().size() + 1));
        IrregularHistory made = irregular(lawful, irregularity, random);
        if (made != null) {
          return made;
        }
        if (attempt == 10_000) {
          throw new IllegalStateException(
              "no " + irregularity + " history under " + regime.id() + " on " + calendar);
        }
      }
    };
  }

  /**
   * Returns an event of the step, dated {@code date}, whose payload the rules accept whenever
   * {@code allowedSteps(date)} of the case offers the step: a correction deadline after the date,
   * a consultation of a kind the regime has, an extension within what remains of the bound, a fee
   * in whole yuan, a longer period after the due date in force, an answer of a kind the regime and
   * the history allow with one of its report rows. For a step not offered the payload is still
   * valid in itself, so the refusal is the step's.
   *
   * @param requestCase the case the step continues
   * @param step the step
   * @param date the step's date
   * @param random the source of the payload's choices
   * @return the event
   */
  public static RequestEvent eventFor(
      RequestCase requestCase, Step step, LocalDate date, RandomGenerator random) {
    requireNonNull(requestCase, "requestCase");
    requireNonNull(step, "step");
    requireNonNull(date, "date");
    requireNonNull(random, "random");
    CaseStatus status = requestCase.status();
    Regime regime = requestCase.regime();
    return switch (step) {
      case ASK_CORRECTION ->
          new RequestEvent.CorrectionAsked(date, "文件名称或文号", date.plusDays(1 + random.nextInt(15)));
      case RECEIVE_CORRECTION -> new RequestEvent.CorrectionReceived(date);
      case MISS_CORRECTION -> new RequestEvent.CorrectionMissed(date);
      case SEND_CONSULTATION -> {
        boolean coAgency = regime.equals(Regime.OGI_2019) && random.nextBoolean();
        yield new RequestEvent.ConsultationSent(
            date,
            coAgency ? Consulted.CO_AGENCY : Consulted.THIRD_PARTY,
            coAgency ? "某区住房和城乡建设局" : "某建筑公司",
            date.plusDays(random.nextInt(4)));
      }
      case RECEIVE_OPINION ->
          new RequestEvent.OpinionReceived(date, random.nextBoolean() ? "同意公开" : "不同意公开");
      case NOTE_NO_OPINION -> new RequestEvent.NoOpinion(date);
      case APPROVE_EXTENSION -> {
        long remaining = regime.replyPeriod().maxExtension() - status.deadline().extensionInForce();
        int days = remaining <= 0 ? 1 : 1 + (int) random.nextLong(remaining);
        yield new RequestEvent.ExtensionApproved(date, days, APPROVER, date, "需调取档案");
      }
      case SEND_FEE_NOTICE ->
          new RequestEvent.FeeNotice(date, BigDecimal.valueOf(100L * (1 + random.nextInt(5))));
      case RECEIVE_PAYMENT -> new RequestEvent.FeePaid(date);
      case MISS_PAYMENT -> new RequestEvent.PaymentMissed(date);
      case ASK_REASONS -> new RequestEvent.ReasonsAsked(date);
      case RECEIVE_REASONS -> new RequestEvent.ReasonsGiven(date, "研究需要");
      case SET_LONGER_PERIOD -> {
        LocalDate due = status.dueDate();
        yield new RequestEvent.LongerPeriodSet(
            date, (due.isAfter(date) ? due : date).plusDays(1 + random.nextInt(30)), "申请公开的信息数量较大");
      }
      case ANSWER -> new RequestEvent.Answered(date, answer(requestCase, random), delivery(date, random));
      case WITHDRAW -> new RequestEvent.Withdrawn(date);
      case ORDER_ANSWER ->
          new RequestEvent.AnswerOrdered(
              date,
              random.nextBoolean() ? RequestEvent.Orderer.REVIEW_BODY : RequestEvent.Orderer.COURT,
              status.isClosed()
                  ? RequestEvent.OrderKind.ANSWER_ANEW
                  : RequestEvent.OrderKind.ANSWER_WITHIN,
              "某府复决〔" + date.getYear() + "〕" + (1 + random.nextInt(99)) + "号",
              random.nextBoolean() ? 15 + random.nextInt(16) : 30 + random.nextInt(31),
              random.nextBoolean() ? PeriodUnit.WORKING_DAYS : PeriodUnit.DAYS);
    };
  }

  /**
   * A delivery whose decisive date is the answer's own (送达, REQ-11): signed for in person that
   * day, posted that day and received later, sent electronically that day, or not recorded.
   */
  private static Delivery delivery(LocalDate date, RandomGenerator random) {
    return switch (random.nextInt(4)) {
      case 0 -> new Delivery.InPerson(date);
      case 1 -> new Delivery.Mail(date, date.plusDays(1 + random.nextInt(5)));
      case 2 -> new Delivery.Electronic(date);
      default -> new Delivery.NotRecorded(date);
    };
  }

  /** An answer the regime has, that the case's history allows, with a row it allows. */
  private static Answer answer(RequestCase c, RandomGenerator random) {
    if (c.status().state() == CaseState.AWAITING_REASONS) {
      return Answer.of(AnswerKind.EXCESSIVE_NOT_PROCESSED, "");
    }
    boolean reasonsAsked = has(c, RequestEvent.ReasonsAsked.class);
    boolean longerSet = has(c, RequestEvent.LongerPeriodSet.class);
    boolean corrected = has(c, RequestEvent.CorrectionReceived.class);
    List<AnswerKind> kinds = new ArrayList<>();
    for (AnswerKind kind : c.regime().answerKinds()) {
      if (kind != AnswerKind.EXCESSIVE_NOT_PROCESSED || (reasonsAsked && !longerSet)) {
        kinds.add(kind);
      }
    }
    if (corrected && kinds.contains(AnswerKind.DOES_NOT_EXIST) && random.nextInt(4) == 0) {
      // a corrected request still unclear is rare in a uniform draw; drawn on purpose
      return new Answer(AnswerKind.DOES_NOT_EXIST, "依法答复内容", OutcomeRow.UNAVAILABLE_STILL_UNCLEAR);
    }
    AnswerKind kind = kinds.get(random.nextInt(kinds.size()));
    List<OutcomeRow> rows = new ArrayList<>(Answer.rowsFor(kind));
    if (!corrected) {
      rows.remove(OutcomeRow.UNAVAILABLE_STILL_UNCLEAR);
    }
    return new Answer(kind, "依法答复内容", rows.get(random.nextInt(rows.size())));
  }

  private static boolean has(RequestCase c, Class<? extends RequestEvent> type) {
    return c.events().stream().anyMatch(type::isInstance);
  }

  /**
   * Receipts inside the data while the regime's regulation is in force (guidance opens a case only
   * then, REQ-2), with room for a history after them; half next to holidays.
   */
  private static Generator<LocalDate> receipts(Regime regime, WorkingDayCalendar calendar) {
    LocalDateRange data = calendar.coveredRange();
    if (data.lengthInDays() < 2 * 366) {
      throw new IllegalArgumentException(
          "request histories need a calendar with two years of data or more; "
              + calendar
              + " covers "
              + data);
    }
    LocalDateRange inForce = inForce(regime);
    LocalDateRange withRoom = LocalDateRange.of(data.getStart(), data.getEnd().minusDays(ROOM));
    if (!withRoom.overlaps(inForce)) {
      throw new IllegalArgumentException(
          "the calendar's data "
              + data
              + " leaves no receipt date while "
              + regime.id()
              + " is in force ("
              + describe(inForce)
              + ") with room for a history");
    }
    LocalDateRange room = withRoom.intersection(inForce);
    Generator<LocalDate> uniform = Dates.within(room);
    List<LocalDateRange> runs = Dates.holidayRuns(calendar);
    Generator<LocalDate> holidays = runs.isEmpty() ? uniform : Dates.aroundHolidayRuns(calendar);
    return random -> {
      if (random.nextBoolean()) {
        LocalDate date = holidays.next(random);
        if (room.contains(date)) {
          return date;
        }
      }
      return uniform.next(random);
    };
  }

  private static RequestCase walk(
      Regime regime, WorkingDayCalendar calendar, LocalDate receipt, int steps, RandomGenerator random) {
    RequestCase c =
        RequestCase.open(regime, calendar, applicant(random), application(receipt, random));
    LocalDateRange data = calendar.coveredRange();
    for (int i = 0; i < steps; i++) {
      if (c.status().isClosed() && random.nextInt(4) != 0) {
        break; // most closed cases end there; some are ordered to answer anew (REQ-12)
      }
      // the date first: the steps offered depend on it (a missed correction or payment, silence)
      int longest = c.status().state() == CaseState.PROCESSING ? 25 : 45;
      LocalDate date = c.status().lastStepDate().plusDays(random.nextInt(longest));
      if (!data.contains(date)) {
        break;
      }
      try {
        List<Step> offered = new ArrayList<>(c.status().allowedSteps(date));
        if (i < steps - 1 && random.nextInt(8) != 0 && offered.size() > 3) {
          offered.remove(Step.ANSWER);
          offered.remove(Step.WITHDRAW);
        }
        if (offered.isEmpty()) {
          continue;
        }
        Step step = offered.get(random.nextInt(offered.size()));
        RequestCase next = c.apply(eventFor(c, step, date, random));
        // a step whose due date, or whose next steps' deadlines, the data cannot hold ends the
        // history before it: every generated case answers its status queries
        next.status().dueDate();
        next.status().allowedSteps();
        c = next;
      } catch (OutsideCalendarDataException beyond) {
        break;
      }
    }
    return c;
  }

  private static RequestCase prefix(RequestCase c, int steps) {
    return steps == c.events().size()
        ? c
        : RequestCase.of(
            c.regime(), c.calendar(), c.applicant(), c.application(), c.events().subList(0, steps));
  }

  /** The irregular step after a lawful case, or null if this case leaves no room for it. */
  private static IrregularHistory irregular(
      RequestCase c, Irregularity irregularity, RandomGenerator random) {
    CaseStatus status = c.status();
    LocalDate last = status.lastStepDate();
    LocalDateRange data = c.calendar().coveredRange();
    try {
      switch (irregularity) {
        case LATE_ANSWER -> {
          if (status.isClosed()) {
            return null;
          }
          LocalDate due = status.dueDate();
          LocalDate date = (due.isAfter(last) ? due : last).plusDays(1 + random.nextInt(30));
          if (!data.contains(date)
              || !status.allowedSteps(date).contains(Step.ANSWER)
              || !status.latenessOn(date).isLate()) {
            return null;
          }
          return new IrregularHistory(c, eventFor(c, Step.ANSWER, date, random), irregularity);
        }
        case STEP_NOT_OFFERED -> {
          LocalDate date = last.plusDays(random.nextInt(40));
          if (!data.contains(date)) {
            return null;
          }
          List<Step> refused = new ArrayList<>(List.of(Step.values()));
          refused.removeAll(status.allowedSteps(date));
          if (refused.isEmpty()) {
            return null;
          }
          Step step = refused.get(random.nextInt(refused.size()));
          return new IrregularHistory(c, eventFor(c, step, date, random), irregularity);
        }
        case STEP_BEFORE_PREVIOUS -> {
          LocalDate date = last.minusDays(1 + random.nextInt(30));
          Step step = Step.values()[random.nextInt(Step.values().length)];
          return new IrregularHistory(c, eventFor(c, step, date, random), irregularity);
        }
        case EXTENSION_AFTER_DUE_DATE, EXTENSION_BEYOND_BOUND -> {
          if (status.state() != CaseState.PROCESSING) {
            return null;
          }
          LocalDate due = status.dueDate();
          if (due.isBefore(last) || !status.allowedSteps(due).contains(Step.APPROVE_EXTENSION)) {
            return null;
          }
          long remaining =
              c.regime().replyPeriod().maxExtension() - status.deadline().extensionInForce();
          if (irregularity == Irregularity.EXTENSION_AFTER_DUE_DATE) {
            LocalDate date = due.plusDays(1 + random.nextInt(20));
            int days = 1 + (int) random.nextLong(remaining);
            return data.contains(date)
                ? new IrregularHistory(
                    c,
                    new RequestEvent.ExtensionApproved(date, days, APPROVER, date, "需调取档案"),
                    irregularity)
                : null;
          }
          LocalDate date = last.plusDays(random.nextLong(due.toEpochDay() - last.toEpochDay() + 1));
          int days = (int) remaining + 1 + random.nextInt(10);
          return new IrregularHistory(
              c,
              new RequestEvent.ExtensionApproved(date, days, APPROVER, date, "需调取档案"),
              irregularity);
        }
        default -> throw new AssertionError(irregularity);
      }
    } catch (OutsideCalendarDataException beyond) {
      return null;
    }
  }

  private static Applicant applicant(RandomGenerator random) {
    ApplicantKind kind = ApplicantKind.values()[random.nextInt(ApplicantKind.values().length)];
    String name = NAMES.get(random.nextInt(NAMES.size()));
    return Applicant.of(name, kind, "138" + String.format("%08d", random.nextInt(100_000_000)));
  }

  /**
   * An application received on {@code receipt} through a random channel (REQ-2); a channel that
   * needs a confirmation is confirmed that day, as OGI-2019 第三十一条 requires (REQ-11).
   */
  private static Application application(LocalDate receipt, RandomGenerator random) {
    Submission submission =
        switch (random.nextInt(5)) {
          case 0 -> new Submission.RegisteredMail(receipt);
          case 1 -> new Submission.OrdinaryLetter(receipt, receipt);
          case 2 -> new Submission.Electronic(false, receipt, receipt);
          case 3 -> new Submission.Electronic(true, receipt, receipt);
          default -> new Submission.InPerson(receipt);
        };
    return new Application("2025年度某区财政预算执行情况", random.nextBoolean() ? "纸质，邮寄" : "电子文档", submission);
  }
}
