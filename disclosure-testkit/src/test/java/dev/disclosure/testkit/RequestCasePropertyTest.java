package dev.disclosure.testkit;

import static dev.disclosure.testkit.Histories.OFFICIAL;
import static dev.disclosure.testkit.Histories.SEED;
import static dev.disclosure.testkit.Histories.lawful;
import static dev.disclosure.testkit.Histories.walk;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.disclosure.calendar.Extension;
import dev.disclosure.calendar.Language;
import dev.disclosure.core.Regime;
import dev.disclosure.core.law.LegalPeriods;
import dev.disclosure.core.request.CaseState;
import dev.disclosure.core.request.CaseStatus;
import dev.disclosure.core.request.OutcomeRow;
import dev.disclosure.core.request.RefusedStepException;
import dev.disclosure.core.request.RequestCase;
import dev.disclosure.core.request.RequestEvent;
import dev.disclosure.core.request.Step;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Randomized invariants of request cases over the testkit's lawful histories of both regimes
 * ({@link RequestHistories#lawful}): each history is a walk that, from the receipt, takes one of
 * the steps offered at a random later date. Seeds are fixed so every run checks the same cases.
 */
class RequestCasePropertyTest {

  @Test
  @DisplayName(
      "REQ-9, REQ-5: the histories reach every step and every outcome row an answer, a withdrawal"
          + " or an abandonment can give, so the properties below are not vacuous")
  void historiesReachEverything() {
    Set<Step> steps = EnumSet.noneOf(Step.class);
    Set<OutcomeRow> rows = EnumSet.noneOf(OutcomeRow.class);
    for (RequestCase last : Histories.LAWFUL.sample(SEED, 20000)) {
      last.events().forEach(event -> steps.add(event.step()));
      last.status().outcome().ifPresent(rows::add);
    }
    assertThat(steps).containsExactlyInAnyOrder(Step.values());
    assertThat(rows).containsExactlyInAnyOrder(OutcomeRow.values());
  }

  @Test
  @DisplayName(
      "CAL-4, CAL-7, CAL-8, REQ-6: the status's fast due date is the one the calendar's explained"
          + " deadline gives, along every history and with a pending wait")
  void fastDueDateMatchesCalendarDeadline() {
    qt().withFixedSeed(SEED)
        .withExamples(2000)
        .forAll(lawful())
        .checkAssert(
            (history) -> {
              List<RequestCase> cases = walk(history);
              for (int i = 0; i < cases.size(); i++) {
                CaseStatus status = cases.get(i).status();
                assertThat(status.dueDate()).isEqualTo(status.deadline().dueDate());
                String due = Language.CHINESE.format(status.dueDate());
                assertThat(status.deadline().explain()).contains("→ " + due);
                assertThat(status.explain()).contains("→ " + due);
                assertThat(status.explain(Language.ENGLISH)).contains("→ " + status.dueDate());
                List<RequestEvent> events = cases.get(i).events();
                if (i > 0
                    && events.get(events.size() - 1) instanceof RequestEvent.LongerPeriodSet set) {
                  CaseStatus before = cases.get(i - 1).status();
                  // a fixed date on a rest day moves to the next working day (CAL-5)
                  LocalDate fixed = set.newDueDate();
                  while (!OFFICIAL.isWorkingDay(fixed)) {
                    fixed = fixed.plusDays(1);
                  }
                  assertThat(status.dueDate()).isEqualTo(fixed).isAfter(before.dueDate());
                  assertThat(status.explain()).contains(before.deadline().explain(), "第三十五条");
                }
              }
            });
  }

  @Test
  @DisplayName("P-REPLY-2008, P-REPLY-2019, REQ-2: the due date never precedes the receipt date")
  void dueNeverPrecedesReceipt() {
    qt().withFixedSeed(SEED)
        .withExamples(1500)
        .forAll(lawful())
        .checkAssert(
            (history) -> {
              LocalDate receipt = history.status().receiptDate();
              for (RequestCase c : walk(history)) {
                assertThat(c.status().dueDate()).isAfter(receipt);
                assertThat(c.status().receiptDate()).isEqualTo(receipt);
              }
            });
  }

  @Test
  @DisplayName(
      "CAL-7, REQ-8: pauses never shorten the deadline; only the restart that ends a correction"
          + " wait (CAL-8) can move the due date earlier; a pending pause never makes it earlier"
          + " either")
  void pausesNeverShorten() {
    qt().withFixedSeed(SEED)
        .withExamples(1500)
        .forAll(lawful())
        .checkAssert(
            (history) -> {
              List<RequestCase> cases = walk(history);
              for (int i = 1; i < cases.size(); i++) {
                RequestCase before = cases.get(i - 1);
                RequestCase after = cases.get(i);
                // an order to answer (REQ-12) sets a clock of its own, earlier or later
                boolean ordered =
                    after.events().get(after.events().size() - 1).step() == Step.ORDER_ANSWER;
                if (before.status().state() != CaseState.AWAITING_CORRECTION && !ordered) {
                  assertThat(after.status().dueDate()).isAfterOrEqualTo(before.status().dueDate());
                }
              }
              RequestCase last = cases.get(cases.size() - 1);
              LocalDate later = last.status().lastStepDate().plusDays(10);
              if (last.status().state() != CaseState.AWAITING_CORRECTION) {
                assertThat(last.status().deadlineOn(later).dueDate())
                    .isAfterOrEqualTo(last.status().dueDate());
              }
            });
  }

  @Test
  @DisplayName("REQ-6: extensions in force never exceed the regime's bound (15 or 20 working days)")
  void extensionsWithinBound() {
    qt().withFixedSeed(SEED)
        .withExamples(1500)
        .forAll(lawful())
        .checkAssert(
            (history) -> {
              Regime regime = history.regime();
              for (RequestCase c : walk(history)) {
                LocalDate start = c.status().deadline().currentStart();
                int used =
                    c.status().deadline().extensions().stream()
                        .filter(e -> !e.grantedOn().isBefore(start))
                        .mapToInt(Extension::amount)
                        .sum();
                assertThat(used).isLessThanOrEqualTo(regime.replyPeriod().maxExtension());
                assertThat(c.status().deadline().extensionInForce()).isEqualTo(used);
                assertThat(c.status().deadline().breaches()).isEmpty();
              }
            });
  }

  @Test
  @DisplayName(
      "REQ-5, REQ-12: a closed case maps to exactly one outcome row, the one its closing step"
          + " names, and offers at most an order to answer anew; an open case to none")
  void closedCaseHasExactlyOneRow() {
    qt().withFixedSeed(SEED)
        .withExamples(1500)
        .forAll(lawful())
        .checkAssert(
            (history) -> {
              Regime regime = history.regime();
              List<RequestCase> cases = walk(history);
              RequestCase last = cases.get(cases.size() - 1);
              CaseStatus status = last.status();
              long rows =
                  Arrays.stream(OutcomeRow.values())
                      .filter(row -> status.outcome().filter(row::equals).isPresent())
                      .count();
              assertThat(rows).isEqualTo(status.isClosed() ? 1 : 0);
              // a closed case offers at most an order to answer anew (REQ-12)
              if (status.isClosed()) {
                assertThat(status.allowedSteps()).isSubsetOf(Step.ORDER_ANSWER);
              } else {
                assertThat(status.allowedSteps()).isNotEmpty();
              }
              if (status.isClosed()) {
                RequestEvent closing = last.events().get(last.events().size() - 1);
                assertThat(status.outcome()).contains(expectedRow(last.regime(), closing));
                assertThat(status.closedOn()).contains(closedOn(last, closing));
              }
            });
  }

  /**
   * The day a case closed by its last step: the step's day, or for a lapse noted by it the day
   * after the deadline (OGI-2019 第三十条, P-FEE-PAYMENT-2020), read from the history.
   */
  private static LocalDate closedOn(RequestCase c, RequestEvent closing) {
    for (int i = c.events().size() - 1; i >= 0; i--) {
      RequestEvent event = c.events().get(i);
      if (closing instanceof RequestEvent.CorrectionMissed
          && event instanceof RequestEvent.CorrectionAsked asked) {
        return asked.supplyBy().plusDays(1);
      }
      if (closing instanceof RequestEvent.PaymentMissed
          && event instanceof RequestEvent.FeeNotice notice) {
        return OFFICIAL.deadline(LegalPeriods.P_FEE_PAYMENT_2020, notice.date()).dueDate().plusDays(1);
      }
    }
    return closing.date();
  }

  private static OutcomeRow expectedRow(Regime regime, RequestEvent closing) {
    if (closing instanceof RequestEvent.Answered answered) {
      return answered.answer().row();
    }
    if (closing instanceof RequestEvent.CorrectionMissed) {
      // OGI_2008 has no 视为放弃申请: the notice to amend answered the request (第二十一条第（四）项)
      return regime.equals(Regime.OGI_2019)
          ? OutcomeRow.OTHER_CORRECTION_MISSED
          : OutcomeRow.OTHER;
    }
    if (closing instanceof RequestEvent.PaymentMissed) {
      return OutcomeRow.OTHER_FEE_UNPAID;
    }
    return OutcomeRow.OTHER;
  }

  @Test
  @DisplayName("REQ-9: replaying the same history gives an equal case and an equal status")
  void replayIsDeterministic() {
    qt().withFixedSeed(SEED)
        .withExamples(1000)
        .forAll(lawful())
        .checkAssert(
            (history) -> {
              Regime regime = history.regime();
              List<RequestCase> cases = walk(history);
              RequestCase last = cases.get(cases.size() - 1);
              RequestCase replayed =
                  RequestCase.of(regime, OFFICIAL, last.applicant(), last.application(), last.events());
              assertThat(replayed).isEqualTo(last).hasSameHashCodeAs(last);
              assertThat(replayed.status()).isEqualTo(last.status());
              assertThat(replayed.status().explain()).isEqualTo(last.status().explain());
            });
  }

  @Test
  @DisplayName(
      "REQ-9: any step, valid or not, either yields a case one step longer or is refused with the"
          + " state, step and rule named, leaving the case equal to before")
  void refusedStepsChangeNothing() {
    qt().withFixedSeed(SEED)
        .withExamples(1500)
        .forAll(lawful(), integers().between(0, Integer.MAX_VALUE))
        .checkAssert(
            (history, extra) -> {
              Regime regime = history.regime();
              List<RequestCase> cases = walk(history);
              RequestCase c = cases.get(cases.size() - 1);
              CaseStatus before = c.status();
              Step step = Step.values()[extra % Step.values().length];
              LocalDate date = before.lastStepDate().plusDays((extra >>> 5) % 30 - 5);
              RequestEvent event = RequestHistories.eventFor(c, step, date, new SplittableRandom(extra));
              try {
                RequestCase next = c.apply(event);
                assertThat(next.events()).hasSize(c.events().size() + 1);
                assertThat(before.allowedSteps(date)).contains(step);
              } catch (RefusedStepException refused) {
                assertThat(refused.getMessage())
                    .contains(refused.rule().id(), before.state().label(), step.label());
                assertThat(refused.state()).isEqualTo(before.state());
                assertThat(refused.step()).isEqualTo(step);
              }
              assertThat(c.status()).isEqualTo(before);
              assertThat(c)
                  .isEqualTo(
                      RequestCase.of(regime, OFFICIAL, c.applicant(), c.application(), c.events()));
            });
  }
}
