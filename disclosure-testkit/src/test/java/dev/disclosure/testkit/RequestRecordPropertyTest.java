package dev.disclosure.testkit;

import static dev.disclosure.testkit.Histories.OFFICIAL;
import static dev.disclosure.testkit.Histories.SEED;
import static dev.disclosure.testkit.Histories.lawful;
import static dev.disclosure.testkit.Histories.walk;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.disclosure.calendar.Finding;
import dev.disclosure.calendar.FindingKind;
import dev.disclosure.calendar.Language;
import dev.disclosure.calendar.RuleId;
import dev.disclosure.core.AnswerKind;
import dev.disclosure.core.Regime;
import dev.disclosure.core.law.Rules;
import dev.disclosure.core.request.Answer;
import dev.disclosure.core.request.CaseState;
import dev.disclosure.core.request.CaseStatus;
import dev.disclosure.core.request.RequestCase;
import dev.disclosure.core.request.RequestEvent;
import dev.disclosure.core.request.Step;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Recording and guiding agree (REQ-10): random lawful histories of both regimes ({@link
 * RequestHistories#lawful}) recorded give the guided status and no breach but lateness, and
 * each irregularity injected into one gives exactly the finding of its kind. Seeds are fixed.
 */
class RequestRecordPropertyTest {

  private static final String HEAD = "李主任";

  /** The irregularities injected, each with the rule of the finding it must give. */
  enum Injected {
    EXTENSION_TOLD_LATE,
    STEP_AFTER_CLOSE,
    CORRECTION_NOT_ONCE_OR_LATE,
    FEE_NOTICE_AFTER_DUE
  }

  private static RequestCase recordAll(RequestCase c, List<RequestEvent> events) {
    return RequestCase.recorded(c.regime(), c.calendar(), c.applicant(), c.application(), events);
  }

  private static List<Finding> breachesBesidesLateness(RequestCase c) {
    RuleId reply = c.regime().replyPeriod().id();
    // lateness against the reply period, or against an order's period (REQ-12)
    return c.status().breaches().stream()
        .filter(f -> !f.rule().equals(reply) && !f.rule().equals(Rules.REQ_12))
        .toList();
  }

  private static boolean ordered(RequestCase c) {
    return c.events().stream().anyMatch(e -> e.step() == Step.ORDER_ANSWER);
  }

  @Test
  @DisplayName(
      "REQ-10, REQ-9: every history guidance accepts, recorded at once or event by event, gives"
          + " the same status, due date, report row and explanation, and no breach but the"
          + " lateness of a case closed after its due date")
  void recordingAgreesWithGuiding() {
    qt().withFixedSeed(SEED)
        .withExamples(400)
        .forAll(lawful())
        .checkAssert(
            guided -> {
              List<RequestCase> walk = walk(guided);
              RequestCase recorded = recordAll(guided, guided.events());
              RequestCase stepwise = walk.get(0);
              for (RequestEvent event : guided.events()) {
                stepwise = stepwise.record(event);
              }
              assertThat(recorded).isEqualTo(guided).isEqualTo(stepwise);
              assertThat(recorded.status()).isEqualTo(guided.status()).isEqualTo(stepwise.status());
              assertThat(recorded.status().dueDate()).isEqualTo(guided.status().dueDate());
              assertThat(recorded.status().outcome()).isEqualTo(guided.status().outcome());
              assertThat(recorded.status().explain(Language.ENGLISH))
                  .isEqualTo(guided.status().explain(Language.ENGLISH));
              assertThat(breachesBesidesLateness(recorded)).isEmpty();
              assertThat(recorded.status().breaches())
                  .isEqualTo(
                      recorded.status().findings().stream()
                          .filter(f -> f.kind() == FindingKind.BROKEN)
                          .toList());
              CaseStatus status = recorded.status();
              boolean lateClose =
                  status.isClosed() && status.latenessOn(status.lastStepDate()).isLate();
              if (ordered(recorded)) {
                // lateness before each order is kept beside that against the order's period
                assertThat(status.breaches().size()).isGreaterThanOrEqualTo(lateClose ? 1 : 0);
                return;
              }
              assertThat(status.breaches()).hasSize(lateClose ? 1 : 0);
              LocalDate judged = status.lastStepDate().plusDays(3);
              assertThat(status.breachesOn(judged))
                  .hasSize(status.latenessOn(judged).isLate() ? 1 : 0);
            });
  }

  @Test
  @DisplayName(
      "REQ-10, REQ-6, REQ-9, P-CORRECTION-2019, REQ-8, REQ-3, REQ-7: an irregularity injected into"
          + " a lawful history gives exactly one breach, of its kind, besides lateness; the clock"
          + " is not moved by it; recorded at once or step by step, the findings are the same")
  void injectedIrregularities() {
    Map<Injected, Integer> seen = new EnumMap<>(Injected.class);
    qt().withFixedSeed(SEED + 1)
        .withExamples(400)
        .forAll(lawful(), integers().between(0, 1 << 20))
        .checkAssert(
            (history, bits) -> {
              Regime regime = history.regime();
              List<RequestCase> walk = walk(history);
              RequestCase lawful = walk.get(Math.floorMod(bits, walk.size()));
              Injected kind = Injected.values()[(bits >>> 8) % Injected.values().length];
              List<RequestEvent> injected = inject(kind, lawful, bits >>> 12);
              if (injected.isEmpty()) {
                return;
              }
              seen.merge(kind, 1, Integer::sum);
              RequestCase c = lawful;
              for (RequestEvent event : injected) {
                c = c.record(event);
              }
              List<RequestEvent> events = new ArrayList<>(lawful.events());
              events.addAll(injected);
              RequestCase atOnce = recordAll(lawful, events);
              assertThat(atOnce).isEqualTo(c);
              assertThat(atOnce.status().findings()).isEqualTo(c.status().findings());
              // the fast breaches are the findings filtered
              assertThat(c.status().breaches())
                  .isEqualTo(
                      c.status().findings().stream()
                          .filter(f -> f.kind() == FindingKind.BROKEN)
                          .toList());
              List<Finding> breaches = breachesBesidesLateness(c);
              assertThat(breaches)
                  .as("%s into %s", kind, lawful.events())
                  .hasSize(1)
                  .first()
                  .extracting(Finding::rule)
                  .isEqualTo(expectedRule(kind, regime, lawful));
              if (kind != Injected.STEP_AFTER_CLOSE) {
                assertThat(c.status().dueDate()).isEqualTo(lawful.status().dueDate());
              } else {
                // closed as the lawful case closed, or by the withdrawal injected on its last day
                assertThat(c.status().closedOn())
                    .isEqualTo(
                        lawful.status().isClosed()
                            ? lawful.status().closedOn()
                            : Optional.of(lawful.status().lastStepDate()));
              }
            });
    assertThat(seen).hasSize(Injected.values().length);
    assertThat(seen.values()).allMatch(n -> n > 20);
  }

  /** The events that make a lawful case irregular in one way, or none if it does not apply. */
  private static List<RequestEvent> inject(Injected kind, RequestCase c, int bits) {
    CaseStatus status = c.status();
    LocalDate last = status.lastStepDate();
    boolean processing = status.state() == CaseState.PROCESSING;
    boolean longer = c.events().stream().anyMatch(e -> e.step() == Step.SET_LONGER_PERIOD);
    if (ordered(c) && kind != Injected.STEP_AFTER_CLOSE) {
      return List.of(); // after an order only its own breach applies (REQ-12), tested apart
    }
    switch (kind) {
      case EXTENSION_TOLD_LATE:
        if (!processing || longer) {
          return List.of();
        }
        LocalDate due = status.dueDate();
        LocalDate approved = last.isAfter(due) ? last : due.minusDays(bits % 3);
        approved = approved.isBefore(last) ? last : approved;
        LocalDate told = due.plusDays(1 + bits % 9);
        return List.of(
            new RequestEvent.ExtensionApproved(
                approved, 1 + bits % 15, HEAD, told.isBefore(approved) ? approved : told, "需调取档案"));
      case STEP_AFTER_CLOSE:
        if (status.isClosed()) {
          return List.of(new RequestEvent.Withdrawn(last.plusDays(bits % 5)));
        }
        return List.of(
            new RequestEvent.Withdrawn(last),
            new RequestEvent.Answered(
                last.plusDays(bits % 5), Answer.of(c.regime().answerKinds().contains(AnswerKind.DISCLOSED)
                    ? AnswerKind.DISCLOSED
                    : AnswerKind.ALREADY_PUBLISHED, "")));
      case CORRECTION_NOT_ONCE_OR_LATE:
        if (!processing || longer) {
          return List.of();
        }
        if (c.regime().equals(Regime.OGI_2019)
            && !c.events().stream().anyMatch(e -> e.step() == Step.ASK_CORRECTION)) {
          // a first notice, but late: after working day 7
          LocalDate latest = OFFICIAL.plusWorkingDays(status.receiptDate(), 7);
          LocalDate date = latest.plusDays(1 + bits % 5);
          if (date.isBefore(last)) {
            date = last;
          }
          if (!date.isAfter(latest)) {
            return List.of();
          }
          return List.of(new RequestEvent.CorrectionAsked(date, "文号", date.plusDays(5)));
        }
        if (c.regime().equals(Regime.OGI_2008)) {
          // a notice to amend after the reply period ran out (OGI-2008 第二十一条第（四）项, 第二十四条)
          LocalDate after = status.dueDate().plusDays(1 + bits % 5);
          LocalDate date = after.isBefore(last) ? last : after;
          return List.of(new RequestEvent.CorrectionAsked(date, "文号", date.plusDays(5)));
        }
        return List.of(new RequestEvent.CorrectionAsked(last, "文号", last.plusDays(5)));
      default:
        if (!processing || c.events().stream().anyMatch(e -> e.step() == Step.SEND_FEE_NOTICE)) {
          return List.of();
        }
        LocalDate after = status.dueDate().plusDays(1 + bits % 10);
        return List.of(
            new RequestEvent.FeeNotice(after.isBefore(last) ? last : after, new BigDecimal("100")));
    }
  }

  private static RuleId expectedRule(Injected kind, Regime regime, RequestCase lawful) {
    boolean ogi2019 = regime.equals(Regime.OGI_2019);
    return switch (kind) {
      case EXTENSION_TOLD_LATE -> Rules.REQ_6;
      case STEP_AFTER_CLOSE -> Rules.REQ_9;
      case CORRECTION_NOT_ONCE_OR_LATE -> ogi2019 ? Rules.P_CORRECTION_2019 : Rules.REQ_3;
      case FEE_NOTICE_AFTER_DUE -> ogi2019 ? Rules.REQ_8 : Rules.REQ_7;
    };
  }
}
