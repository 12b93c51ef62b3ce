package dev.disclosure.core.request;

import static dev.disclosure.core.request.Fixtures.FRI_2015_11_13;
import static dev.disclosure.core.request.Fixtures.FRI_2026_10_23;
import static dev.disclosure.core.request.Fixtures.MON_2015_09_28;
import static dev.disclosure.core.request.Fixtures.MON_2015_10_12;
import static dev.disclosure.core.request.Fixtures.MON_2015_11_02;
import static dev.disclosure.core.request.Fixtures.MON_2026_09_28;
import static dev.disclosure.core.request.Fixtures.MON_2026_10_12;
import static dev.disclosure.core.request.Fixtures.MON_2026_11_02;
import static dev.disclosure.core.request.Fixtures.OFFICIAL;
import static dev.disclosure.core.request.Fixtures.TUE_2015_10_13;
import static dev.disclosure.core.request.Fixtures.TUE_2026_10_13;
import static dev.disclosure.core.request.Fixtures.WED_2015_10_14;
import static dev.disclosure.core.request.Fixtures.WED_2026_10_14;
import static dev.disclosure.core.request.Fixtures.ZHANG_SAN;
import static dev.disclosure.core.request.Fixtures.extension;
import static dev.disclosure.core.request.Fixtures.handedIn;
import static dev.disclosure.core.request.Fixtures.open;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.disclosure.calendar.Citation;
import dev.disclosure.calendar.Deadline;
import dev.disclosure.calendar.Finding;
import dev.disclosure.calendar.Pause;
import dev.disclosure.calendar.RuleId;
import dev.disclosure.core.AnswerKind;
import dev.disclosure.core.Regime;
import dev.disclosure.core.law.Rules;
import dev.disclosure.core.request.RequestEvent.Consulted;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The steps offered on a date and the steps refused on it agree at the edges of their periods, an
 * absurd extension is refused by its rule, and long histories fold (on the official 2026 calendar:
 * 国庆节 10-01..10-07 off, Sat 10-10 a make-up working day; 春节 02-15..02-23 off, Sat 02-14 and Sat
 * 02-28 make-up working days).
 */
class RequestGuideTableTest {

  @ParameterizedTest(name = "received {0}: asked by {1}, not on {2}")
  @CsvSource({
    // 09-29(1) 09-30(2) [10-01..07 off] 10-08(3) 10-09(4) Sat 10-10(5) 10-12(6) 10-13(7)
    "2026-09-28, 2026-10-13, 2026-10-14",
    // Sat 02-14(1) [02-15..23 off] 02-24..27(5) Sat 02-28(6) Mon 03-02(7); Tue 03-03 too late
    "2026-02-13, 2026-03-02, 2026-03-03",
    // a deadline on a Friday: the Saturday after is already too late
    "2026-10-21, 2026-10-30, 2026-10-31",
  })
  @DisplayName(
      "P-CORRECTION-2019, REQ-9: ASK_CORRECTION is offered up to the 7th working day after receipt,"
          + " not after; asked after that day it is refused by P-CORRECTION-2019")
  void correctionNoticeRunsOut(LocalDate receipt, LocalDate lastDay, LocalDate tooLate) {
    RequestCase received = open(Regime.OGI_2019, receipt);
    assertThat(received.status().allowedSteps(lastDay)).contains(Step.ASK_CORRECTION);
    assertThat(
            received
                .apply(new RequestEvent.CorrectionAsked(lastDay, "文号", lastDay.plusDays(10)))
                .status()
                .state())
        .isEqualTo(CaseState.AWAITING_CORRECTION);
    assertThat(received.status().allowedSteps(tooLate))
        .doesNotContain(Step.ASK_CORRECTION)
        .contains(Step.ANSWER, Step.APPROVE_EXTENSION, Step.WITHDRAW);
    RefusedStepException refused =
        Refusals.of(
            received, new RequestEvent.CorrectionAsked(tooLate, "文号", tooLate.plusDays(10)));
    assertThat(refused.rule()).isEqualTo(Rules.P_CORRECTION_2019);
    assertThat(refused)
        .hasMessageContaining("by " + lastDay)
        .hasMessageContaining(tooLate.toString());
  }

  @ParameterizedTest(name = "{0}: received {1}, extension offered on the due date {2}, not on {3}")
  @CsvSource({
    "OGI_2019, 2026-09-28, 2026-10-30, 2026-10-31",
    "OGI_2019, 2026-09-28, 2026-10-30, 2026-11-02",
    "OGI_2008, 2015-09-28, 2015-10-23, 2015-10-24",
    "OGI_2008, 2015-09-28, 2015-10-23, 2015-10-26",
  })
  @DisplayName(
      "REQ-6: APPROVE_EXTENSION is offered up to and on the due date (received on a Monday while the"
          + " regime is in force), not after; granted after it, it is refused by REQ-6")
  void extensionRunsOut(String regimeId, LocalDate receipt, LocalDate due, LocalDate after) {
    Regime regime =
        Regime.values().stream().filter(r -> r.id().equals(regimeId)).findFirst().orElseThrow();
    RequestCase received = open(regime, receipt);
    assertThat(received.status().dueDate()).isEqualTo(due);
    assertThat(received.status().allowedSteps(due)).contains(Step.APPROVE_EXTENSION);
    assertThat(received.apply(extension(due, 5)).status().dueDate()).isAfter(due);
    assertThat(received.status().allowedSteps(after))
        .doesNotContain(Step.APPROVE_EXTENSION)
        .contains(Step.ANSWER, Step.WITHDRAW);
    RefusedStepException refused = Refusals.of(received, extension(after, 5));
    assertThat(refused.rule()).isEqualTo(Rules.REQ_6);
    assertThat(refused).hasMessageContaining("no later than the due date " + due);
  }

  @Test
  @DisplayName(
      "REQ-6: an extension of Integer.MAX_VALUE working days is refused by REQ-6 under both"
          + " regimes, fresh, after an extension and after a restart (CAL-8), never by CAL-4 or an"
          + " index out of bounds")
  void hugeExtension() {
    List<RequestCase> cases =
        List.of(
            open(Regime.OGI_2019, MON_2026_09_28),
            open(Regime.OGI_2008, MON_2015_09_28),
            open(Regime.OGI_2019, MON_2026_09_28).apply(extension(MON_2026_10_12, 3)),
            open(Regime.OGI_2008, MON_2015_09_28).apply(extension(MON_2015_10_12, 15)),
            open(Regime.OGI_2019, MON_2026_09_28)
                .apply(new RequestEvent.CorrectionAsked(MON_2026_10_12, "文号", FRI_2026_10_23))
                .apply(new RequestEvent.CorrectionReceived(TUE_2026_10_13)));
    for (RequestCase c : cases) {
      boolean in2015 = c.status().receiptDate().getYear() == 2015;
      for (LocalDate date :
          in2015
              ? List.of(WED_2015_10_14, MON_2015_11_02)
              : List.of(WED_2026_10_14, MON_2026_11_02)) {
        RequestEvent.ExtensionApproved huge = extension(date, Integer.MAX_VALUE);
        RefusedStepException refused = Refusals.of(c, huge);
        assertThat(refused.rule()).as("%s on %s", c, date).isEqualTo(Rules.REQ_6);
        assertThat(refused.getMessage())
            .doesNotContain("ArrayIndexOutOfBounds", "CAL-4", "-2147483628", "-21474836");
        assertThat(refused).hasNoCause();
      }
    }
    // replaying a recorded history with such a step refuses it the same way
    RefusedStepException replayed =
        catchThrowableOfType(
            RefusedStepException.class,
            () ->
                RequestCase.of(
                    Regime.OGI_2019,
                    OFFICIAL,
                    ZHANG_SAN,
                    handedIn(MON_2026_09_28),
                    List.of(extension(WED_2026_10_14, Integer.MAX_VALUE))));
    assertThat(replayed.rule()).isEqualTo(Rules.REQ_6);
  }

  @Test
  @DisplayName(
      "REQ-6: a second extension larger than what remains of the bound is refused, even on the"
          + " day of the first (OGI_2008, received Mon 2015-09-28: 2 + 1 of 15 granted, then 13 more"
          + " refused)")
  void extensionBeyondWhatRemains() {
    RequestCase extended =
        open(Regime.OGI_2008, MON_2015_09_28)
            .apply(extension(MON_2015_10_12, 2))
            .apply(extension(TUE_2015_10_13, 1));
    RefusedStepException refused = Refusals.of(extended, extension(TUE_2015_10_13, 13));
    assertThat(refused.rule()).isEqualTo(Rules.REQ_6);
    assertThat(refused).hasMessageContaining("remaining: 12");
    RequestCase full = extended.apply(extension(TUE_2015_10_13, 12));
    assertThat(full.status().deadline().extensionInForce()).isEqualTo(15);
    assertThat(full.status().deadline().breaches()).isEmpty();
    // 10-23 + 15 working days: 10-26..30(5) 11-02..06(10) 11-09..13(15)
    assertThat(full.status().dueDate()).isEqualTo(FRI_2015_11_13);
    assertThat(full.status().allowedSteps(TUE_2015_10_13)).doesNotContain(Step.APPROVE_EXTENSION);
  }

  @Test
  @DisplayName(
      "REQ-12, CAL-7: a case with 300 consultations, of third parties and other agencies in turn,"
          + " folds; its due date is the calendar's with the 300 pauses, and it closes 予以公开")
  void threeHundredConsultations() {
    LocalDate receipt = LocalDate.of(2024, 1, 2);
    List<RequestEvent> events = new ArrayList<>();
    LocalDate day = receipt;
    for (int i = 0; i < 300; i++) {
      day = day.plusDays(1);
      events.add(
          new RequestEvent.ConsultationSent(
              day, i % 2 == 0 ? Consulted.THIRD_PARTY : Consulted.CO_AGENCY, "第" + i + "方"));
      day = day.plusDays(1);
      events.add(new RequestEvent.OpinionReceived(day, "同意公开"));
    }
    events.add(new RequestEvent.Answered(day, Answer.of(AnswerKind.DISCLOSED, "")));
    RequestCase c = RequestCase.of(Regime.OGI_2019, OFFICIAL, ZHANG_SAN, handedIn(receipt), events);
    assertThat(c.events()).hasSize(601);
    assertThat(c.status().outcome()).contains(OutcomeRow.DISCLOSED);
    assertThat(c.status().dueDate()).isEqualTo(independent(Regime.OGI_2019, receipt, events));
    List<Finding> findings = c.status().deadline().findings();
    assertThat(findings.stream().filter(f -> f.rule().equals(RuleId.CAL_7))).hasSize(300);
    assertThat(c.status().explain()).isNotEmpty();
  }

  @Test
  @DisplayName(
      "REQ-9, REQ-12: a history of 10,000 events (5,000 consultations and opinions) folds, and"
          + " its due date is the calendar's")
  void tenThousandEvents() {
    LocalDate receipt = LocalDate.of(2017, 1, 3);
    List<RequestEvent> events = new ArrayList<>();
    LocalDate day = receipt;
    for (int i = 0; i < 5_000; i++) {
      if (i % 10 == 0) {
        day = day.plusDays(1);
      }
      events.add(new RequestEvent.ConsultationSent(day, Consulted.THIRD_PARTY, "某公司"));
      if (i % 10 == 9) {
        day = day.plusDays(1);
      }
      events.add(new RequestEvent.OpinionReceived(day, "同意公开"));
    }
    RequestCase c = RequestCase.of(Regime.OGI_2008, OFFICIAL, ZHANG_SAN, handedIn(receipt), events);
    assertThat(c.events()).hasSize(10_000);
    assertThat(c.status().state()).isEqualTo(CaseState.PROCESSING);
    assertThat(c.status().dueDate()).isEqualTo(independent(Regime.OGI_2008, receipt, events));
    assertThat(c.status().allowedSteps()).contains(Step.ANSWER);
  }

  /** The due date of a history of consultations and opinions, counted by the calendar alone. */
  private static LocalDate independent(
      Regime regime, LocalDate receipt, List<RequestEvent> events) {
    Citation citation = regime.replyPeriod().citations().get(0);
    Deadline deadline = OFFICIAL.deadline(regime.replyPeriod(), receipt);
    LocalDate sent = null;
    for (RequestEvent event : events) {
      if (event instanceof RequestEvent.ConsultationSent) {
        sent = event.date();
      } else if (event instanceof RequestEvent.OpinionReceived) {
        deadline = deadline.withPause(Pause.of(sent, event.date(), "征求第三方意见", citation));
      }
    }
    return deadline.dueDate();
  }

  @Test
  @DisplayName(
      "REQ-9, CAL-9: near the end of the data a listed step is still accepted; only the due date"
          + " it leaves beyond the data is refused when asked")
  void nearTheEndOfTheData() {
    RequestCase consulting =
        open(Regime.OGI_2019, LocalDate.of(2026, 11, 30))
            .apply(
                new RequestEvent.ConsultationSent(
                    LocalDate.of(2026, 12, 1), Consulted.THIRD_PARTY, "某公司"));
    LocalDate late = LocalDate.of(2026, 12, 21);
    assertThat(consulting.status().allowedSteps(late)).contains(Step.WITHDRAW, Step.RECEIVE_OPINION);
    RequestCase withdrawn = consulting.apply(new RequestEvent.Withdrawn(late));
    assertThat(withdrawn.status().outcome()).contains(OutcomeRow.OTHER);
    RequestCase answered = consulting.apply(new RequestEvent.OpinionReceived(late, "同意公开"));
    assertThat(answered.status().state()).isEqualTo(CaseState.PROCESSING);
    assertThat(
            catchThrowableOfType(
                () -> withdrawn.status().dueDate(),
                dev.disclosure.calendar.OutsideCalendarDataException.class))
        .hasMessageContaining("2007-01-01..2026-12-31");
    assertThat(withdrawn.toString()).contains("beyond the data");
  }
  @Test
  @DisplayName(
      "CAL-9, REQ-12: a consultation sent in mid-December of the data's last year, whose party's 15"
          + " working days end beyond the data, still lets the case be guided and recorded in the"
          + " data; a finding names that day as a day beyond the data")
  void consultationEndingBeyondTheData() {
    LocalDate sent = LocalDate.of(2026, 12, 14);
    RequestEvent.ConsultationSent consultation =
        new RequestEvent.ConsultationSent(sent, Consulted.THIRD_PARTY, "某公司");
    RequestCase consulting = open(Regime.OGI_2019, LocalDate.of(2026, 12, 1)).apply(consultation);
    LocalDate dec20 = LocalDate.of(2026, 12, 20);
    // silence cannot be noted before a day the data does not reach
    assertThat(consulting.status().allowedSteps(LocalDate.of(2026, 12, 15)))
        .contains(Step.RECEIVE_OPINION, Step.WITHDRAW)
        .doesNotContain(Step.NOTE_NO_OPINION);
    assertThat(Refusals.of(consulting, new RequestEvent.NoOpinion(dec20, "某公司")))
        .hasMessageContaining("has until a day beyond the calendar's data");
    RequestCase answered =
        consulting.apply(new RequestEvent.OpinionReceived(LocalDate.of(2026, 12, 16), "同意公开"));
    assertThat(answered.status().state()).isEqualTo(CaseState.PROCESSING);
    // 12-01 + 20 working days → 12-29, and 2 working days of consultation (12-15, 12-16) → 12-31
    assertThat(answered.status().dueDate()).isEqualTo(LocalDate.of(2026, 12, 31));
    assertThat(consulting.apply(new RequestEvent.Withdrawn(dec20)).status().outcome())
        .contains(OutcomeRow.OTHER);
    RequestCase recorded =
        RequestCase.recorded(
            Regime.OGI_2019,
            OFFICIAL,
            ZHANG_SAN,
            handedIn(LocalDate.of(2026, 12, 1)),
            List.of(
                consultation,
                new RequestEvent.Answered(
                    LocalDate.of(2026, 12, 30),
                    new Answer(
                        AnswerKind.NOT_DISCLOSED,
                        "涉及商业秘密",
                        OutcomeRow.NOT_DISCLOSED_THIRD_PARTY_RIGHTS))));
    assertThat(recorded.status().outcome()).contains(OutcomeRow.NOT_DISCLOSED_THIRD_PARTY_RIGHTS);
    // disclosing while the party's period runs is a breach naming its end, a day beyond the data
    RequestCase disclosed =
        RequestCase.recorded(
            Regime.OGI_2019,
            OFFICIAL,
            ZHANG_SAN,
            handedIn(LocalDate.of(2026, 12, 1)),
            List.of(
                consultation,
                new RequestEvent.Answered(
                    LocalDate.of(2026, 12, 30), Answer.of(AnswerKind.DISCLOSED, ""))));
    assertThat(disclosed.status().breaches())
        .singleElement()
        .satisfies(
            breach ->
                assertThat(breach.render(dev.disclosure.calendar.Language.ENGLISH))
                    .contains("had until a day beyond the calendar's data (after 2026-12-31)"));
  }
}
