package dev.disclosure.core.request;

import static dev.disclosure.core.request.Fixtures.HEAD;
import static dev.disclosure.core.request.Fixtures.OFFICIAL;
import static dev.disclosure.core.request.Walks.DAYS;
import static dev.disclosure.core.request.Walks.FIRST;
import static dev.disclosure.core.request.Walks.SEED;
import static dev.disclosure.core.request.Walks.choices;
import static dev.disclosure.core.request.Walks.receipts;
import static dev.disclosure.core.request.Walks.regimes;
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
import dev.disclosure.core.AnswerKind;
import dev.disclosure.core.Regime;
import dev.disclosure.core.RulesCatalog;
import dev.disclosure.core.law.LegalPeriods;
import dev.disclosure.core.law.Rules;
import dev.disclosure.core.request.RequestEvent.Consulted;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Guiding a request forward, checked on random lawful histories of both regimes (the walks of
 * {@link RequestCasePropertyTest}): the fold's due date is the calendar's, the steps offered on a
 * date are exactly those accepted on it, and every rule named is one of the catalog. Seeds are
 * fixed so every run checks the same cases.
 */
class RequestGuidePropertyTest {

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
        .forAll(regimes(), receipts(), choices(), integers().all())
        .checkAssert(
            (regime, receipt, choices, shuffle) -> {
              for (RequestCase c : RequestCasePropertyTest.walk(regime, receipt, choices)) {
                List<UnaryOperator<Deadline>> facts = facts(regime, c.events());
                Collections.shuffle(facts, new Random(shuffle));
                Deadline independent = OFFICIAL.deadline(regime.replyPeriod(), receipt);
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
   * received correction as a restart, extensions, a longer period as a fixed date, and a wait still
   * pending when the case closed ended on the closing day.
   */
  static List<UnaryOperator<Deadline>> facts(Regime regime, List<RequestEvent> events) {
    Citation citation = regime.replyPeriod().citations().get(0);
    List<UnaryOperator<Deadline>> facts = new ArrayList<>();
    LocalDate waitingSince = null;
    Step waitingFor = null;
    // consultations run side by side (REQ-12): each pending one as {sent day, consulted kind}
    List<Object[]> consultations = new ArrayList<>();
    for (RequestEvent event : events) {
      LocalDate date = event.date();
      LocalDate since = waitingSince;
      if (event instanceof RequestEvent.CorrectionAsked) {
        waitingSince = date;
        waitingFor = Step.ASK_CORRECTION;
      } else if (event instanceof RequestEvent.ConsultationSent sent) {
        consultations.add(new Object[] {date, sent.consulted()});
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
        LocalDate sent = (LocalDate) consultations.remove(0)[0];
        facts.add(d -> d.withPause(Pause.of(sent, date, "等待", citation)));
      } else if (event instanceof RequestEvent.NoOpinion) {
        // the earliest consultation whose period has run out (all have under OGI_2008)
        int silent = 0;
        for (int i = consultations.size() - 1; i >= 0; i--) {
          Optional<LegalPeriod> period =
              consultationPeriod(regime, (Consulted) consultations.get(i)[1]);
          if (period.isEmpty()
              || date.isAfter(
                  OFFICIAL.deadline(period.get(), (LocalDate) consultations.get(i)[0]).dueDate())) {
            silent = i;
          }
        }
        Object[] consultation = consultations.remove(silent);
        LocalDate sent = (LocalDate) consultation[0];
        Optional<LegalPeriod> period = consultationPeriod(regime, (Consulted) consultation[1]);
        LocalDate end = period.isPresent() ? OFFICIAL.deadline(period.get(), sent).dueDate() : date;
        facts.add(d -> d.withPause(Pause.of(sent, end, "等待", citation)));
      } else if (event instanceof RequestEvent.ExtensionApproved approved) {
        facts.add(d -> d.withExtension(Extension.of(approved.workingDays(), date, "延长")));
      } else if (event instanceof RequestEvent.LongerPeriodSet set) {
        facts.add(
            d ->
                d.withFixedDueDate(
                    date, set.newDueDate(), "合理期限", Rules.REQ_4, RequestCitations.LONGER_PERIOD));
      } else if (event instanceof RequestEvent.Answered
          || event instanceof RequestEvent.Withdrawn
          || event instanceof RequestEvent.CorrectionMissed
          || event instanceof RequestEvent.PaymentMissed) {
        // closed during waits: each is counted up to the closing day
        if (since != null) {
          facts.add(
              waitingFor == Step.ASK_CORRECTION
                  ? d -> d.withRestart(date, "待补正", citation)
                  : d -> d.withPause(Pause.of(since, date, "等待", citation)));
        }
        for (Object[] consultation : consultations) {
          LocalDate sent = (LocalDate) consultation[0];
          facts.add(d -> d.withPause(Pause.of(sent, date, "等待", citation)));
        }
        consultations.clear();
      }
    }
    return facts;
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
        .forAll(regimes(), receipts(), choices(), integers().between(0, Integer.MAX_VALUE))
        .checkAssert(
            (regime, receipt, choices, bits) -> {
              List<RequestCase> cases = RequestCasePropertyTest.walk(regime, receipt, choices);
              RequestCase c = cases.get(Math.floorMod(bits, cases.size()));
              LocalDate date = c.status().lastStepDate().plusDays((bits >>> 4) % 61);
              Set<Step> offered = c.status().allowedSteps(date);
              for (Step step : Step.values()) {
                RequestEvent event = validPayload(c, step, date, bits >>> 10);
                if (offered.contains(step)) {
                  RequestCase next = c.apply(event);
                  assertThat(next.events()).endsWith(event);
                  assertThat(next.status().lastStepDate()).isEqualTo(date);
                  assertThat(next.status().deadline().breaches()).isEmpty();
                  accepted.add(step);
                } else {
                  RefusedStepException refused = Refusals.of(c, event);
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

  /**
   * A payload for a step that the rules accept whenever they offer the step on the date: what each
   * event needs to be lawful in this case.
   */
  static RequestEvent validPayload(RequestCase c, Step step, LocalDate date, int bits) {
    CaseStatus status = c.status();
    Regime regime = c.regime();
    switch (step) {
      case ASK_CORRECTION:
        return new RequestEvent.CorrectionAsked(date, "文件名称或文号", date.plusDays(1 + bits % 15));
      case RECEIVE_CORRECTION:
        return new RequestEvent.CorrectionReceived(date);
      case MISS_CORRECTION:
        return new RequestEvent.CorrectionMissed(date);
      case SEND_CONSULTATION:
        boolean coAgency = regime.equals(Regime.OGI_2019) && bits % 2 == 1;
        return new RequestEvent.ConsultationSent(
            date, coAgency ? Consulted.CO_AGENCY : Consulted.THIRD_PARTY, "某建筑公司");
      case RECEIVE_OPINION:
        return new RequestEvent.OpinionReceived(date, "同意公开");
      case NOTE_NO_OPINION:
        return new RequestEvent.NoOpinion(date);
      case APPROVE_EXTENSION:
        long remaining = regime.replyPeriod().maxExtension() - status.deadline().extensionInForce();
        int days = remaining <= 0 ? 1 : 1 + (int) (bits % remaining);
        return new RequestEvent.ExtensionApproved(date, days, HEAD, date, "需调取档案");
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
        LocalDate due = status.dueDate();
        return new RequestEvent.LongerPeriodSet(
            date, (due.isAfter(date) ? due : date).plusDays(1 + bits % 30), "申请公开的信息数量较大");
      case ANSWER:
        return new RequestEvent.Answered(date, validAnswer(c, bits));
      default:
        return new RequestEvent.Withdrawn(date);
    }
  }

  /** An answer the regime has, that the case's history allows, with a row it allows. */
  private static Answer validAnswer(RequestCase c, int bits) {
    boolean reasonsAsked = has(c, RequestEvent.ReasonsAsked.class);
    boolean longerSet = has(c, RequestEvent.LongerPeriodSet.class);
    boolean corrected = has(c, RequestEvent.CorrectionReceived.class);
    if (c.status().state() == CaseState.AWAITING_REASONS) {
      return Answer.of(AnswerKind.EXCESSIVE_NOT_PROCESSED, "");
    }
    List<AnswerKind> kinds = new ArrayList<>();
    for (AnswerKind kind : c.regime().answerKinds()) {
      if (kind != AnswerKind.EXCESSIVE_NOT_PROCESSED || (reasonsAsked && !longerSet)) {
        kinds.add(kind);
      }
    }
    AnswerKind kind = kinds.get(bits % kinds.size());
    List<OutcomeRow> rows = new ArrayList<>(Answer.rowsFor(kind));
    if (!corrected) {
      rows.remove(OutcomeRow.UNAVAILABLE_STILL_UNCLEAR);
    }
    return new Answer(kind, "依法答复内容", rows.get((bits >>> 4) % rows.size()));
  }

  private static boolean has(RequestCase c, Class<? extends RequestEvent> type) {
    return c.events().stream().anyMatch(type::isInstance);
  }

  // ----------------------------------------------------------------- (c) rules of the catalog

  @Test
  @DisplayName(
      "REQ-9, REQ-10: every rule a finding or a refusal names along generated histories is a rule"
          + " of RULES.md")
  void everyRuleIsInTheCatalog() {
    Set<RuleId> catalog = RulesCatalog.ids();
    assertThat(catalog)
        .contains(Rules.REQ_6, Rules.P_REPLY_2019, Rules.P_FEE_PAYMENT_2020, RuleId.CAL_7)
        .doesNotContain(RuleId.of("OGI-2008"), RuleId.of("FEE-2020"));
    Set<RuleId> named = new TreeSet<>();
    qt().withFixedSeed(SEED)
        .withExamples(1500)
        .forAll(regimes(), receipts(), choices(), integers().between(0, Integer.MAX_VALUE))
        .checkAssert(
            (regime, receipt, choices, bits) -> {
              List<RequestCase> cases = RequestCasePropertyTest.walk(regime, receipt, choices);
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
                  RequestEvent event = RequestCasePropertyTest.event(regime, step, date, bits, c);
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
