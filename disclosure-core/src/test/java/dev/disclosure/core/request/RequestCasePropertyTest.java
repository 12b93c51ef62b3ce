package dev.disclosure.core.request;

import static dev.disclosure.core.request.Fixtures.HEAD;
import static dev.disclosure.core.request.Fixtures.OFFICIAL;
import static dev.disclosure.core.request.Walks.DAYS;
import static dev.disclosure.core.request.Walks.FIRST;
import static dev.disclosure.core.request.Walks.SEED;
import static dev.disclosure.core.request.Walks.choices;
import static dev.disclosure.core.request.Walks.receipts;
import static dev.disclosure.core.request.Walks.regimes;
import static dev.disclosure.core.request.Fixtures.ZHANG_SAN;
import static dev.disclosure.core.request.Fixtures.handedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.disclosure.calendar.Extension;
import dev.disclosure.calendar.Language;
import dev.disclosure.core.AnswerKind;
import dev.disclosure.core.Regime;
import dev.disclosure.core.request.RequestEvent.Consulted;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Randomized invariants over valid histories: each history is a walk that, from the receipt, picks
 * one of the allowed steps at a random later date and keeps it when the rules accept it. Seeds are
 * fixed so every run checks the same cases.
 */
class RequestCasePropertyTest {

  /** Every case along the walk, the opened case first. */
  static List<RequestCase> walk(Regime regime, LocalDate receipt, List<Integer> choices) {
    List<RequestCase> cases = new ArrayList<>();
    RequestCase c = RequestCase.open(regime, OFFICIAL, ZHANG_SAN, handedIn(receipt));
    cases.add(c);
    for (int i = 0; i < choices.size() && !c.status().isClosed(); i++) {
      int choice = choices.get(i);
      // The date first: the steps offered depend on it (a missed correction or payment, silence).
      int longest = c.status().state() == CaseState.PROCESSING ? 25 : 45;
      LocalDate date = c.status().lastStepDate().plusDays((choice >>> 5) % longest);
      List<Step> allowed = new ArrayList<>(c.status().allowedSteps(date));
      if (i < choices.size() - 1 && (choice & 7) != 0 && allowed.size() > 3) {
        allowed.remove(Step.ANSWER);
        allowed.remove(Step.WITHDRAW);
      }
      Step step = allowed.get(Math.floorMod(choice, allowed.size()));
      try {
        c = c.apply(event(regime, step, date, choice >>> 10, c));
        cases.add(c);
      } catch (RefusedStepException refused) {
        // not valid at that date; the walk goes on from the unchanged case
      }
    }
    return cases;
  }

  static RequestEvent event(Regime regime, Step step, LocalDate date, int bits, RequestCase c) {
    switch (step) {
      case ASK_CORRECTION:
        return new RequestEvent.CorrectionAsked(date, "文件名称或文号", date.plusDays(bits % 15));
      case RECEIVE_CORRECTION:
        return new RequestEvent.CorrectionReceived(date);
      case MISS_CORRECTION:
        return new RequestEvent.CorrectionMissed(date);
      case SEND_CONSULTATION:
        return new RequestEvent.ConsultationSent(
            date, bits % 2 == 0 ? Consulted.THIRD_PARTY : Consulted.CO_AGENCY, "某建筑公司");
      case RECEIVE_OPINION:
        return new RequestEvent.OpinionReceived(date, "不同意公开");
      case NOTE_NO_OPINION:
        return new RequestEvent.NoOpinion(date);
      case APPROVE_EXTENSION:
        return new RequestEvent.ExtensionApproved(date, 1 + bits % 20, HEAD, date, "需调取档案");
      case SEND_FEE_NOTICE:
        return new RequestEvent.FeeNotice(date, BigDecimal.valueOf(100L * (1 + bits % 5)));
      case RECEIVE_PAYMENT:
        return new RequestEvent.FeePaid(date);
      case MISS_PAYMENT:
        return new RequestEvent.PaymentMissed(date);
      case ASK_REASONS:
        return new RequestEvent.ReasonsAsked(date);
      case RECEIVE_REASONS:
        return new RequestEvent.ReasonsGiven(date, "研究需要");
      case SET_LONGER_PERIOD:
        LocalDate due = c.status().dueDate();
        return new RequestEvent.LongerPeriodSet(
            date, (due.isAfter(date) ? due : date).plusDays(bits % 31), "申请公开的信息数量较大");
      case ANSWER:
        if (bits % 2 == 0
            && c.events().stream().anyMatch(e -> e.step() == Step.RECEIVE_CORRECTION)) {
          return new RequestEvent.Answered(
              date,
              new Answer(AnswerKind.DOES_NOT_EXIST, "", OutcomeRow.UNAVAILABLE_STILL_UNCLEAR));
        }
        List<AnswerKind> kinds = new ArrayList<>(regime.answerKinds());
        AnswerKind kind = kinds.get(bits % kinds.size());
        List<OutcomeRow> rows = new ArrayList<>(Answer.rowsFor(kind));
        return new RequestEvent.Answered(
            date, new Answer(kind, "依法答复内容", rows.get((bits >>> 4) % rows.size())));
      default:
        return new RequestEvent.Withdrawn(date);
    }
  }

  @Test
  @DisplayName(
      "REQ-9, REQ-5: the walks reach every step and every outcome row an answer, a withdrawal or an"
          + " abandonment can give, so the properties below are not vacuous")
  void walksReachEverything() {
    Random random = new Random(SEED);
    Set<Step> steps = EnumSet.noneOf(Step.class);
    Set<OutcomeRow> rows = EnumSet.noneOf(OutcomeRow.class);
    for (int n = 0; n < 20000; n++) {
      Regime regime = Regime.values().get(n % 2);
      List<Integer> choices = new ArrayList<>();
      for (int k = 1 + random.nextInt(12); k > 0; k--) {
        choices.add(random.nextInt(Integer.MAX_VALUE));
      }
      List<RequestCase> cases = walk(regime, FIRST.plusDays(random.nextInt(DAYS + 1)), choices);
      RequestCase last = cases.get(cases.size() - 1);
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
        .forAll(regimes(), receipts(), choices())
        .checkAssert(
            (regime, receipt, choices) -> {
              List<RequestCase> cases = walk(regime, receipt, choices);
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
        .forAll(regimes(), receipts(), choices())
        .checkAssert(
            (regime, receipt, choices) -> {
              for (RequestCase c : walk(regime, receipt, choices)) {
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
        .forAll(regimes(), receipts(), choices())
        .checkAssert(
            (regime, receipt, choices) -> {
              List<RequestCase> cases = walk(regime, receipt, choices);
              for (int i = 1; i < cases.size(); i++) {
                RequestCase before = cases.get(i - 1);
                RequestCase after = cases.get(i);
                if (before.status().state() != CaseState.AWAITING_CORRECTION) {
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
        .forAll(regimes(), receipts(), choices())
        .checkAssert(
            (regime, receipt, choices) -> {
              for (RequestCase c : walk(regime, receipt, choices)) {
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
      "REQ-5: a closed case maps to exactly one outcome row, the one its closing step names; an"
          + " open case to none")
  void closedCaseHasExactlyOneRow() {
    qt().withFixedSeed(SEED)
        .withExamples(1500)
        .forAll(regimes(), receipts(), choices())
        .checkAssert(
            (regime, receipt, choices) -> {
              List<RequestCase> cases = walk(regime, receipt, choices);
              RequestCase last = cases.get(cases.size() - 1);
              CaseStatus status = last.status();
              long rows =
                  Arrays.stream(OutcomeRow.values())
                      .filter(row -> status.outcome().filter(row::equals).isPresent())
                      .count();
              assertThat(rows).isEqualTo(status.isClosed() ? 1 : 0);
              assertThat(status.allowedSteps().isEmpty()).isEqualTo(status.isClosed());
              if (status.isClosed()) {
                RequestEvent closing = last.events().get(last.events().size() - 1);
                assertThat(status.outcome()).contains(expectedRow(closing));
                assertThat(status.closedOn()).contains(closing.date());
              }
            });
  }

  private static OutcomeRow expectedRow(RequestEvent closing) {
    if (closing instanceof RequestEvent.Answered answered) {
      return answered.answer().row();
    }
    if (closing instanceof RequestEvent.CorrectionMissed) {
      return OutcomeRow.OTHER_CORRECTION_MISSED;
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
        .forAll(regimes(), receipts(), choices())
        .checkAssert(
            (regime, receipt, choices) -> {
              List<RequestCase> cases = walk(regime, receipt, choices);
              RequestCase last = cases.get(cases.size() - 1);
              RequestCase replayed =
                  RequestCase.of(regime, OFFICIAL, ZHANG_SAN, handedIn(receipt), last.events());
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
        .forAll(regimes(), receipts(), choices(), integers().between(0, Integer.MAX_VALUE))
        .checkAssert(
            (regime, receipt, choices, extra) -> {
              List<RequestCase> cases = walk(regime, receipt, choices);
              RequestCase c = cases.get(cases.size() - 1);
              CaseStatus before = c.status();
              Step step = Step.values()[extra % Step.values().length];
              LocalDate date = before.lastStepDate().plusDays((extra >>> 5) % 30 - 5);
              RequestEvent event = event(regime, step, date, extra >>> 10, c);
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
                      RequestCase.of(regime, OFFICIAL, ZHANG_SAN, handedIn(receipt), c.events()));
            });
  }
}
