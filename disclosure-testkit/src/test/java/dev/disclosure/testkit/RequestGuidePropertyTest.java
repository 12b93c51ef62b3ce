package dev.disclosure.testkit;

import static dev.disclosure.testkit.Histories.OFFICIAL;
import static dev.disclosure.testkit.Histories.SEED;
import static dev.disclosure.testkit.Histories.lawful;
import static dev.disclosure.testkit.Histories.walk;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.disclosure.calendar.Citation;
import dev.disclosure.calendar.Deadline;
import dev.disclosure.calendar.Extension;
import dev.disclosure.calendar.Finding;
import dev.disclosure.calendar.LegalPeriod;
import dev.disclosure.calendar.Pause;
import dev.disclosure.calendar.RuleId;
import dev.disclosure.core.Regime;
import dev.disclosure.core.law.LegalPeriods;
import dev.disclosure.core.law.LegalSources;
import dev.disclosure.core.law.Rules;
import dev.disclosure.core.request.CaseStatus;
import dev.disclosure.core.request.RefusedStepException;
import dev.disclosure.core.request.RequestCase;
import dev.disclosure.core.request.RequestEvent;
import dev.disclosure.core.request.RequestEvent.Consulted;
import dev.disclosure.core.request.Step;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Guiding a request forward, checked on random lawful histories of both regimes (the walks of
 * {@link RequestHistories#lawful}): the fold's due date is the calendar's, the steps offered on a
 * date are exactly those accepted on it, and every rule named is one of the catalog. Seeds are
 * fixed so every run checks the same cases.
 */
class RequestGuidePropertyTest {

  /** OGI-2019 第三十五条, the provision of a longer reasonable period. */
  private static final Citation LONGER_PERIOD =
      Citation.of(LegalSources.OGI_2019, "第三十五条", "可以确定延迟答复的合理期限并告知申请人");

  /** The calendar's rules (CAL-1 … CAL-11); {@code Rules.all()} holds those of disclosure law. */
  private static final List<RuleId> CALENDAR_RULES =
      List.of(
          RuleId.CAL_1, RuleId.CAL_2, RuleId.CAL_3, RuleId.CAL_4, RuleId.CAL_5, RuleId.CAL_6,
          RuleId.CAL_7, RuleId.CAL_8, RuleId.CAL_9, RuleId.CAL_10, RuleId.CAL_11);

  // ------------------------------------------------------------------------- (a) the one clock

  @Test
  @DisplayName(
      "CAL-4, CAL-7, CAL-8, REQ-6, REQ-4, P-REPLY-2008, P-REPLY-2019: along every lawful history"
          + " the fold's due date is that of a calendar deadline built independently from the"
          + " history's pauses, restarts, extensions and fixed date added in a shuffled order, and"
          + " the due date of the last of its findings")
  void foldIsTheCalendarsDeadline() {
    qt().withFixedSeed(SEED)
        .withExamples(1500)
        .forAll(lawful(), integers().all())
        .checkAssert(
            (history, shuffle) -> {
              Regime regime = history.regime();
              LocalDate receipt = history.status().receiptDate();
              for (RequestCase c : walk(history)) {
                // an order to answer (REQ-12) replaces the clock with its own period from its day
                List<RequestEvent> events = c.events();
                Deadline independent = OFFICIAL.deadline(regime.replyPeriod(), receipt);
                for (int i = events.size() - 1; i >= 0; i--) {
                  if (events.get(i) instanceof RequestEvent.AnswerOrdered order) {
                    independent = OFFICIAL.deadline(order.period(), order.date());
                    events = events.subList(i + 1, events.size());
                    break;
                  }
                }
                List<UnaryOperator<Deadline>> facts = facts(regime, events);
                Collections.shuffle(facts, new Random(shuffle));
                for (UnaryOperator<Deadline> fact : facts) {
                  independent = fact.apply(independent);
                }
                CaseStatus status = c.status();
                assertThat(status.dueDate())
                    .as("%s after %s", regime, c.events())
                    .isEqualTo(independent.dueDate())
                    .isEqualTo(status.deadline().dueDate())
                    .isEqualTo(lastDueDate(independent.findings()))
                    .isEqualTo(lastDueDate(status.deadline().findings()));
                assertThat(independent.breaches()).isEmpty();
                assertThat(status.deadline().breaches()).isEmpty();
              }
            });
  }

  private static LocalDate lastDueDate(List<Finding> findings) {
    LocalDate due = null;
    for (Finding finding : findings) {
      if (finding.dueDate().isPresent()) {
        due = finding.dueDate().get();
      }
    }
    return due;
  }

  /**
   * The facts of the reply deadline a history gives, read from its events alone: consultation and
   * fee waits as pauses (a silent consulted party's wait ends with its period under OGI_2019), a
   * received correction as a restart, extensions, a longer period as a fixed date, a wait still
   * pending when the case closed ended on the closing day, and, while the case is open, a pending
   * consultation or fee wait ended on the latest step.
   */
  static List<UnaryOperator<Deadline>> facts(Regime regime, List<RequestEvent> events) {
    Citation citation = regime.replyPeriod().citations().get(0);
    List<UnaryOperator<Deadline>> facts = new ArrayList<>();
    LocalDate waitingSince = null;
    Step waitingFor = null;
    LocalDate supplyBy = null;
    // consultations run side by side (REQ-12): each pending one as {sent day, consulted kind, day
    // the party received it, from which its period runs}
    List<Object[]> consultations = new ArrayList<>();
    for (RequestEvent event : events) {
      LocalDate date = event.date();
      LocalDate since = waitingSince;
      if (event instanceof RequestEvent.CorrectionAsked asked) {
        waitingSince = date;
        waitingFor = Step.ASK_CORRECTION;
        supplyBy = asked.supplyBy();
      } else if (event instanceof RequestEvent.ConsultationSent sent) {
        consultations.add(new Object[] {date, sent.consulted(), sent.partyReceivedOn()});
      } else if (event instanceof RequestEvent.FeeNotice) {
        waitingSince = date;
        waitingFor = Step.SEND_FEE_NOTICE;
      } else if (event instanceof RequestEvent.CorrectionReceived) {
        facts.add(d -> d.withRestart(date, "补正", citation));
        waitingSince = null;
      } else if (event instanceof RequestEvent.FeePaid) {
        facts.add(d -> d.withPause(Pause.of(since, date, "等待", citation)));
        waitingSince = null;
      } else if (event instanceof RequestEvent.OpinionReceived) {
        Object[] consultation = consultations.remove(0);
        LocalDate sent = (LocalDate) consultation[0];
        LocalDate end = capped(regime, consultation, date);
        facts.add(d -> d.withPause(Pause.of(sent, end, "等待", citation)));
      } else if (event instanceof RequestEvent.NoOpinion) {
        // the earliest consultation whose period has run out (all have under OGI_2008)
        int silent = 0;
        for (int i = consultations.size() - 1; i >= 0; i--) {
          Optional<LegalPeriod> period =
              consultationPeriod(regime, (Consulted) consultations.get(i)[1]);
          if (period.isEmpty()
              || date.isAfter(
                  OFFICIAL.deadline(period.get(), (LocalDate) consultations.get(i)[2]).dueDate())) {
            silent = i;
          }
        }
        Object[] consultation = consultations.remove(silent);
        LocalDate sent = (LocalDate) consultation[0];
        Optional<LegalPeriod> period = consultationPeriod(regime, (Consulted) consultation[1]);
        LocalDate end =
            period.isPresent()
                ? OFFICIAL.deadline(period.get(), (LocalDate) consultation[2]).dueDate()
                : date;
        facts.add(d -> d.withPause(Pause.of(sent, end, "等待", citation)));
      } else if (event instanceof RequestEvent.ExtensionApproved approved) {
        facts.add(d -> d.withExtension(Extension.of(approved.workingDays(), date, "延长")));
      } else if (event instanceof RequestEvent.LongerPeriodSet set) {
        facts.add(
            d ->
                d.withFixedDueDate(
                    date, set.newDueDate(), "合理期限", Rules.REQ_4, LONGER_PERIOD));
      } else if (event instanceof RequestEvent.Answered
          || event instanceof RequestEvent.Withdrawn
          || event instanceof RequestEvent.CorrectionMissed
          || event instanceof RequestEvent.PaymentMissed) {
        // closed during waits: each is counted up to the closing day
        if (since != null) {
          // a fee wait ends at the latest with the payment period (P-FEE-PAYMENT-2020)
          LocalDate feeDue =
              waitingFor == Step.SEND_FEE_NOTICE
                  ? OFFICIAL.deadline(LegalPeriods.P_FEE_PAYMENT_2020, since).dueDate()
                  : date;
          LocalDate feeEnd = date.isAfter(feeDue) ? feeDue : date;
          // a missed correction closes the case on the day after the deadline set (OGI-2019 第三十条)
          LocalDate closedOn =
              event instanceof RequestEvent.CorrectionMissed ? supplyBy.plusDays(1) : date;
          facts.add(
              waitingFor == Step.ASK_CORRECTION
                  ? d -> d.withRestart(closedOn, "待补正", citation)
                  : d -> d.withPause(Pause.of(since, feeEnd, "等待", citation)));
        }
        for (Object[] consultation : consultations) {
          LocalDate sent = (LocalDate) consultation[0];
          LocalDate end = capped(regime, consultation, date);
          facts.add(d -> d.withPause(Pause.of(sent, end, "等待", citation)));
        }
        consultations.clear();
        waitingSince = null;
      }
    }
    // open: a pending consultation or fee wait counts up to the latest step (a pending correction
    // is left out: its receipt restarts the period)
    if (!events.isEmpty()) {
      LocalDate latest = events.get(events.size() - 1).date();
      LocalDate since = waitingSince;
      if (since != null && waitingFor == Step.SEND_FEE_NOTICE) {
        LocalDate feeDue = OFFICIAL.deadline(LegalPeriods.P_FEE_PAYMENT_2020, since).dueDate();
        LocalDate feeEnd = latest.isAfter(feeDue) ? feeDue : latest;
        facts.add(d -> d.withPause(Pause.of(since, feeEnd, "等待", citation)));
      }
      for (Object[] consultation : consultations) {
        LocalDate sent = (LocalDate) consultation[0];
        LocalDate end = capped(regime, consultation, latest);
        facts.add(d -> d.withPause(Pause.of(sent, end, "等待", citation)));
      }
    }
    return facts;
  }

  /**
   * The end of a consultation's pause on a date: the date, or the end of the consulted party's
   * period if earlier (OGI-2019 第三十二条, 第三十四条, 第三十三条第三款).
   */
  private static LocalDate capped(Regime regime, Object[] consultation, LocalDate date) {
    Optional<LegalPeriod> period = consultationPeriod(regime, (Consulted) consultation[1]);
    if (period.isEmpty()) {
      return date;
    }
    LocalDate ends = OFFICIAL.deadline(period.get(), (LocalDate) consultation[2]).dueDate();
    return date.isAfter(ends) ? ends : date;
  }

  private static Optional<LegalPeriod> consultationPeriod(Regime regime, Consulted consulted) {
    if (!regime.equals(Regime.OGI_2019)) {
      return Optional.empty();
    }
    return Optional.of(
        consulted == Consulted.THIRD_PARTY
            ? LegalPeriods.P_THIRD_PARTY_2019
            : LegalPeriods.P_CO_AGENCY_2019);
  }

  // -------------------------------------------------------------------- (b) offered = accepted

  @Test
  @DisplayName(
      "REQ-9, REQ-3, REQ-4, REQ-6, P-CORRECTION-2019, P-THIRD-PARTY-2019, P-CO-AGENCY-2019,"
          + " P-FEE-PAYMENT-2020: on any date on or after the latest step every step allowedSteps"
          + " lists is accepted with a valid payload, and every step it leaves out is refused,"
          + " the case unchanged")
  void offeredIsAccepted() {
    Set<Step> accepted = EnumSet.noneOf(Step.class);
    Set<Step> refusedSteps = EnumSet.noneOf(Step.class);
    qt().withFixedSeed(SEED)
        .withExamples(1500)
        .forAll(lawful(), integers().between(0, Integer.MAX_VALUE))
        .checkAssert(
            (history, bits) -> {
              Regime regime = history.regime();
              List<RequestCase> cases = walk(history);
              RequestCase c = cases.get(Math.floorMod(bits, cases.size()));
              LocalDate date = c.status().lastStepDate().plusDays((bits >>> 4) % 61);
              Set<Step> offered = c.status().allowedSteps(date);
              for (Step step : Step.values()) {
                RequestEvent event =
                    RequestHistories.eventFor(c, step, date, new SplittableRandom(bits));
                if (offered.contains(step)) {
                  RequestCase next = c.apply(event);
                  assertThat(next.events()).endsWith(event);
                  assertThat(next.status().lastStepDate()).isEqualTo(date);
                  assertThat(next.status().deadline().breaches()).isEmpty();
                  accepted.add(step);
                } else {
                  CaseStatus before = c.status();
                  RefusedStepException refused =
                      catchThrowableOfType(() -> c.apply(event), RefusedStepException.class);
                  assertThat(refused).as("refused %s", event).isNotNull();
                  assertThat(refused.getMessage())
                      .contains(refused.rule().id(), refused.state().label(), step.label());
                  assertThat(c.status()).isEqualTo(before);
                  assertThat(refused.step()).isEqualTo(step);
                  assertThat(refused.state()).isEqualTo(c.status().state());
                  refusedSteps.add(step);
                }
              }
            });
    // not vacuous: every step was both offered and left out on some date
    assertThat(accepted).containsExactlyInAnyOrder(Step.values());
    assertThat(refusedSteps).containsExactlyInAnyOrder(Step.values());
  }

  // ----------------------------------------------------------------- (c) rules of the catalog

  @Test
  @DisplayName(
      "REQ-9, REQ-10: every rule a finding or a refusal names along generated histories is a rule"
          + " of RULES.md")
  void everyRuleIsInTheCatalog() {
    Set<RuleId> catalog = new TreeSet<>(Rules.all());
    catalog.addAll(CALENDAR_RULES);
    assertThat(catalog)
        .contains(Rules.REQ_6, Rules.P_REPLY_2019, Rules.P_FEE_PAYMENT_2020, RuleId.CAL_7)
        .doesNotContain(RuleId.of("OGI-2008"), RuleId.of("FEE-2020"));
    Set<RuleId> named = new TreeSet<>();
    qt().withFixedSeed(SEED)
        .withExamples(1500)
        .forAll(lawful(), integers().between(0, Integer.MAX_VALUE))
        .checkAssert(
            (history, bits) -> {
              Regime regime = history.regime();
              List<RequestCase> cases = walk(history);
              for (RequestCase c : cases) {
                LocalDate later = c.status().lastStepDate().plusDays(bits % 40);
                for (Finding finding : c.status().findings()) {
                  assertThat(catalog).as("finding %s", finding).contains(finding.rule());
                  named.add(finding.rule());
                }
                for (Finding finding : c.status().deadlineOn(later).findings()) {
                  assertThat(catalog).as("finding %s", finding).contains(finding.rule());
                  named.add(finding.rule());
                }
                // every step on a date from 5 days before the latest step: some refused
                LocalDate date = c.status().lastStepDate().plusDays((bits >>> 6) % 40 - 5);
                for (Step step : Step.values()) {
                  RequestEvent event =
                      RequestHistories.eventFor(c, step, date, new SplittableRandom(bits));
                  RefusedStepException refused =
                      catchThrowableOfType(RefusedStepException.class, () -> c.apply(event));
                  if (refused != null) {
                    assertThat(catalog).as("refusal %s", refused).contains(refused.rule());
                    named.add(refused.rule());
                  }
                }
              }
            });
    // not vacuous: refusals and findings of every kind of rule were seen
    assertThat(named)
        .contains(
            Rules.REQ_2,
            Rules.REQ_3,
            Rules.REQ_4,
            Rules.REQ_5,
            Rules.REQ_6,
            Rules.REQ_9,
            Rules.P_CORRECTION_2019,
            Rules.P_THIRD_PARTY_2019,
            Rules.P_FEE_PAYMENT_2020,
            RuleId.CAL_4,
            RuleId.CAL_7,
            RuleId.CAL_8);
  }
}
