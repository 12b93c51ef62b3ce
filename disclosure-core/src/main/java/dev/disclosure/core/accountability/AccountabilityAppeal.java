package dev.disclosure.core.accountability;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.disclosure.calendar.Deadline;
import dev.disclosure.calendar.Finding;
import dev.disclosure.calendar.FindingKind;
import dev.disclosure.calendar.Language;
import dev.disclosure.calendar.Phrase;
import dev.disclosure.calendar.WorkingDayCalendar;
import dev.disclosure.core.law.LegalPeriods;
import dev.disclosure.core.law.Rules;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An appeal against an accountability decision (对处理结果有异议申请复核或申诉, P-ACCOUNTABILITY-APPEAL, 来源文件002
 * 责任追究制度八): the day the notice was received and the steps since — filed ({@link
 * AppealEvent.Filed}), received by the office ({@link AppealEvent.Received}), decided ({@link
 * AppealEvent.Decided}). The state, the filing deadline (5 working days from receiving the notice)
 * and the decision deadline (20 working days from the day the office received the application or
 * accepted the complaint, "接到复核申请或受理申诉后") are derived from that history.
 *
 * <p>A filing after its deadline is refused. [convention] A decision after its deadline is recorded
 * (the appeal still needs an answer) and {@link #isDecidedLate()} reports it. The kinds of ruling
 * ({@link AppealEvent.Ruling}) are the library's convention: the source names none.
 *
 * <p>Immutable and thread-safe.
 */
public final class AccountabilityAppeal {

  private final WorkingDayCalendar calendar;
  private final LocalDate noticeReceivedOn;
  private final ImmutableList<AppealEvent> events;

  private AccountabilityAppeal(
      WorkingDayCalendar calendar, LocalDate noticeReceivedOn, ImmutableList<AppealEvent> events) {
    this.calendar = calendar;
    this.noticeReceivedOn = noticeReceivedOn;
    this.events = events;
  }

  /**
   * Opens an appeal record on receipt of the notice (接到处理通知).
   *
   * @param calendar the working-day calendar
   * @param noticeReceivedOn the day the notice was received
   * @return the record, {@link AppealState#NOTIFIED}
   */
  public static AccountabilityAppeal open(WorkingDayCalendar calendar, LocalDate noticeReceivedOn) {
    requireNonNull(calendar, "calendar");
    requireNonNull(noticeReceivedOn, "noticeReceivedOn");
    return new AccountabilityAppeal(calendar, noticeReceivedOn, ImmutableList.of());
  }

  /**
   * Rebuilds an appeal from its history, applying each step in order.
   *
   * @param calendar the working-day calendar
   * @param noticeReceivedOn the day the notice was received
   * @param events the steps, oldest first
   * @return the record
   * @throws RefusedAppealStepException at the first step the rules do not allow
   */
  public static AccountabilityAppeal of(
      WorkingDayCalendar calendar, LocalDate noticeReceivedOn, List<? extends AppealEvent> events) {
    requireNonNull(events, "events");
    AccountabilityAppeal appeal = open(calendar, noticeReceivedOn);
    for (AppealEvent event : events) {
      appeal = appeal.apply(event);
    }
    return appeal;
  }

  /**
   * Returns this appeal with one more step.
   *
   * @param event the step
   * @return the new record
   * @throws RefusedAppealStepException if the step is not the next one (filed, received, decided),
   *     is dated before the notice or the previous step, or is a filing after the 5 working days;
   *     this one is unchanged
   */
  public AccountabilityAppeal apply(AppealEvent event) {
    requireNonNull(event, "event");
    AppealState state = state();
    AppealStep step = event.step();
    LocalDate last = events.isEmpty() ? noticeReceivedOn : events.get(events.size() - 1).date();
    if (event.date().isBefore(last)) {
      throw new RefusedAppealStepException(
          state,
          step,
          Rules.P_ACCOUNTABILITY_APPEAL,
          "dated "
              + event.date()
              + ", before "
              + (events.isEmpty() ? "the notice was received on " : "the previous step on ")
              + last);
    }
    if (step == AppealStep.FILE) {
      if (state != AppealState.NOTIFIED) {
        throw new RefusedAppealStepException(
            state, step, Rules.P_ACCOUNTABILITY_APPEAL, "an appeal was already filed");
      }
      LocalDate due = filingDeadline().dueDate();
      if (event.date().isAfter(due)) {
        throw new RefusedAppealStepException(
            state,
            step,
            Rules.P_ACCOUNTABILITY_APPEAL,
            "an appeal is filed within 5 working days of receiving the notice on "
                + noticeReceivedOn
                + ", by "
                + due
                + "; filed on "
                + event.date());
      }
    } else if (step == AppealStep.RECEIVE) {
      if (state != AppealState.FILED) {
        throw new RefusedAppealStepException(
            state,
            step,
            Rules.P_ACCOUNTABILITY_APPEAL,
            state == AppealState.NOTIFIED
                ? "no appeal was filed"
                : "the office already received the appeal");
      }
    } else if (state != AppealState.UNDER_REVIEW) {
      throw new RefusedAppealStepException(
          state,
          step,
          Rules.P_ACCOUNTABILITY_APPEAL,
          state == AppealState.NOTIFIED
              ? "no appeal was filed"
              : state == AppealState.FILED
                  ? "the office has not received the appeal; record the day it received the"
                      + " application or accepted the complaint (接到复核申请或受理申诉) first"
                  : "the appeal was already decided");
    }
    return new AccountabilityAppeal(
        calendar,
        noticeReceivedOn,
        ImmutableList.<AppealEvent>builderWithExpectedSize(events.size() + 1)
            .addAll(events)
            .add(event)
            .build());
  }

  /** {@return the day the notice was received} */
  public LocalDate noticeReceivedOn() {
    return noticeReceivedOn;
  }

  /** {@return the steps, oldest first} */
  public List<AppealEvent> events() {
    return events;
  }

  /** {@return the state derived from the history} */
  public AppealState state() {
    switch (events.size()) {
      case 0:
        return AppealState.NOTIFIED;
      case 1:
        return AppealState.FILED;
      case 2:
        return AppealState.UNDER_REVIEW;
      default:
        return AppealState.DECIDED;
    }
  }

  /**
   * {@return the filing deadline: 5 working days from receiving the notice, with its explanation}
   */
  public Deadline filingDeadline() {
    return calendar.deadline(LegalPeriods.P_ACCOUNTABILITY_APPEAL, noticeReceivedOn);
  }

  /**
   * {@return the decision deadline: 20 working days from the day the office received the application
   * or accepted the complaint (接到复核申请或受理申诉后), once it did}
   */
  public Optional<Deadline> decisionDeadline() {
    return events.size() < 2
        ? Optional.empty()
        : Optional.of(
            calendar.deadline(LegalPeriods.P_ACCOUNTABILITY_APPEAL_DECISION, events.get(1).date()));
  }

  /** {@return the ruling, once decided} */
  public Optional<AppealEvent.Ruling> ruling() {
    return events.size() < 3
        ? Optional.empty()
        : Optional.of(((AppealEvent.Decided) events.get(2)).ruling());
  }

  /**
   * {@return whether the decision came after its 20 working days [convention: recorded, flagged]}
   */
  public boolean isDecidedLate() {
    return events.size() == 3
        && events.get(2).date().isAfter(decisionDeadline().orElseThrow().dueDate());
  }

  /**
   * Returns the deadlines and the steps so far as findings: the notice received, the filing
   * deadline's findings, once filed the filing, once received the receipt and the decision
   * deadline's findings, and once decided the ruling — a {@link FindingKind#BROKEN} finding of
   * P-ACCOUNTABILITY-APPEAL when it came after its due date — followed by the {@link
   * FindingKind#CONVENTION} that the kinds of ruling are the library's.
   *
   * @return the findings
   */
  public List<Finding> findings() {
    List<Finding> findings = new ArrayList<>();
    findings.add(
        Finding.of(
            Rules.P_ACCOUNTABILITY_APPEAL,
            FindingKind.APPLIED,
            Phrase.of("{0}接到处理通知", "notice of the decision received {0}", noticeReceivedOn),
            List.of()));
    findings.addAll(filingDeadline().findings());
    if (!events.isEmpty()) {
      AppealEvent.Filed filed = (AppealEvent.Filed) events.get(0);
      findings.add(
          Finding.of(
              Rules.P_ACCOUNTABILITY_APPEAL,
              FindingKind.APPLIED,
              Phrase.of(
                  "{0}向{1}申请复核或提出申诉",
                  "appeal filed {0} (with the office as recorded)",
                  filed.date(),
                  filed.office()),
              List.of()));
    }
    if (events.size() > 1) {
      findings.add(
          Finding.of(
              Rules.P_ACCOUNTABILITY_APPEAL,
              FindingKind.APPLIED,
              Phrase.of(
                  "{0}接到复核申请或受理申诉",
                  "application for review received or complaint accepted {0}",
                  events.get(1).date()),
              List.of()));
      findings.addAll(decisionDeadline().orElseThrow().findings());
    }
    ruling()
        .ifPresent(
            r -> {
              Phrase ruled = Phrase.of(r.label(), r.english());
              LocalDate on = events.get(2).date();
              findings.add(
                  isDecidedLate()
                      ? Finding.of(
                          Rules.P_ACCOUNTABILITY_APPEAL,
                          FindingKind.BROKEN,
                          Phrase.of(
                              "{0}裁决：{1}（逾期，期限届满日为{2}）",
                              "decided {0}: {1} (late; due {2})",
                              on,
                              ruled,
                              decisionDeadline().orElseThrow().dueDate()),
                          LegalPeriods.P_ACCOUNTABILITY_APPEAL_DECISION.citations())
                      : Finding.of(
                          Rules.P_ACCOUNTABILITY_APPEAL,
                          FindingKind.APPLIED,
                          Phrase.of("{0}裁决：{1}", "decided {0}: {1}", on, ruled),
                          List.of()));
              findings.add(
                  Finding.of(
                      Rules.P_ACCOUNTABILITY_APPEAL,
                      FindingKind.CONVENTION,
                      Phrase.of(
                          "来源文件只规定“完成复核，作出裁决，并下达书面通知”，未规定裁决种类；维持、变更、撤销原处理决定为本库约定",
                          "the source says only that the office completes the review, rules and"
                              + " gives written notice; the kinds of ruling (upheld, changed,"
                              + " revoked) are the library's convention"),
                      LegalPeriods.P_ACCOUNTABILITY_APPEAL_DECISION.citations()));
            });
    return List.copyOf(findings);
  }

  /**
   * Returns the deadlines and the steps so far in Chinese, one finding per line.
   *
   * @return the explanation
   */
  public String explain() {
    return explain(Language.CHINESE);
  }

  /**
   * Returns the deadlines and the steps so far in a language, one finding per line.
   *
   * @param language Chinese or English
   * @return the explanation
   */
  public String explain(Language language) {
    requireNonNull(language, "language");
    return language.render(findings());
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof AccountabilityAppeal other
        && calendar.equals(other.calendar)
        && noticeReceivedOn.equals(other.noticeReceivedOn)
        && events.equals(other.events);
  }

  @Override
  public int hashCode() {
    return Objects.hash(noticeReceivedOn, events);
  }

  /** Returns a one-line description, for example {@code AccountabilityAppeal[复核中, notice 2026-09-28]}. */
  @Override
  public String toString() {
    return "AccountabilityAppeal[" + state().label() + ", notice " + noticeReceivedOn + "]";
  }
}
