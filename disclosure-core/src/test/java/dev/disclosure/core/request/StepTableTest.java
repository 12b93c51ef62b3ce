package dev.disclosure.core.request;

import static dev.disclosure.core.request.Fixtures.FRI_2026_10_09;
import static dev.disclosure.core.request.Fixtures.FRI_2026_11_27;
import static dev.disclosure.core.request.Fixtures.MON_2015_09_28;
import static dev.disclosure.core.request.Fixtures.MON_2026_09_28;
import static dev.disclosure.core.request.Fixtures.WED_2026_09_30;
import static dev.disclosure.core.request.Fixtures.extension;
import static dev.disclosure.core.request.Fixtures.open;
import static org.assertj.core.api.Assertions.assertThat;

import dev.disclosure.calendar.Finding;
import dev.disclosure.calendar.FindingKind;
import dev.disclosure.calendar.PeriodUnit;
import dev.disclosure.core.AnswerKind;
import dev.disclosure.core.Regime;
import dev.disclosure.core.request.RequestEvent.Answered;
import dev.disclosure.core.request.RequestEvent.AnswerOrdered;
import dev.disclosure.core.request.RequestEvent.ConsultationSent;
import dev.disclosure.core.request.RequestEvent.Consulted;
import dev.disclosure.core.request.RequestEvent.CorrectionAsked;
import dev.disclosure.core.request.RequestEvent.CorrectionMissed;
import dev.disclosure.core.request.RequestEvent.CorrectionReceived;
import dev.disclosure.core.request.RequestEvent.FeeNotice;
import dev.disclosure.core.request.RequestEvent.FeePaid;
import dev.disclosure.core.request.RequestEvent.LongerPeriodSet;
import dev.disclosure.core.request.RequestEvent.NoOpinion;
import dev.disclosure.core.request.RequestEvent.OpinionReceived;
import dev.disclosure.core.request.RequestEvent.OrderKind;
import dev.disclosure.core.request.RequestEvent.Orderer;
import dev.disclosure.core.request.RequestEvent.PaymentMissed;
import dev.disclosure.core.request.RequestEvent.ReasonsAsked;
import dev.disclosure.core.request.RequestEvent.ReasonsGiven;
import dev.disclosure.core.request.RequestEvent.Withdrawn;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every step from every state, guided and recorded, as one table (REQ-3, REQ-4, REQ-6, REQ-7,
 * REQ-9, REQ-10, REQ-12): the steps offered on Tue 2026-10-13, and for each step of that date
 * who acts, what guidance does (accepts it, or refuses it under which rule) and what recording
 * does (the state after it, the due date, and the rules of the BROKEN or CONVENTION findings it
 * adds). Received Mon 2026-09-28 by hand (OGI_2008: Mon 2015-09-28, while it was in force, on a
 * calendar that is 2026's day for day from 09-26, see {@code Fixtures}); the first step of each
 * state on Wed 09-30. Due dates by hand on the official calendar: OGI_2019 20 working days → Fri
 * 2026-10-30 (国庆 10-01 … 10-07 off, Sat 10-10 a working day), OGI_2008 15 → Fri 2015-10-23; an
 * extension of 20 → Fri
 * 2026-11-27; a correction received Tue 10-13 restarts the 20 days → Tue 2026-11-10 (CAL-8); a
 * consultation or a fee wait from Wed 09-30 to Tue 10-13 pauses 5 working days (10-08, 10-09,
 * 10-10, 10-12, 10-13) → Fri 2026-11-06 (CAL-7); an order of 15 working days received Tue
 * 10-13 → Tue 2026-11-03 (REQ-12).
 */
class StepTableTest {

  /** The day of every step: Tue 10-13, fifteen days after the receipt on Mon 09-28. */
  private static LocalDate dayOf(RequestCase c) {
    return c.status().receiptDate().plusDays(15);
  }

  private static List<RequestEvent> everyStep(LocalDate day) {
    return List.of(
        new CorrectionAsked(day, "补充描述", day.plusDays(10)),
        new CorrectionReceived(day),
        new CorrectionMissed(day),
        new ConsultationSent(day, Consulted.THIRD_PARTY, "甲公司"),
        new OpinionReceived(day, "同意"),
        new NoOpinion(day),
        extension(day, 20),
        new FeeNotice(day, new BigDecimal("100")),
        new FeePaid(day),
        new PaymentMissed(day),
        new ReasonsAsked(day),
        new ReasonsGiven(day, "研究需要"),
        new LongerPeriodSet(day, day.plusDays(40), "数量较大"),
        new Answered(day, Answer.of(AnswerKind.DISCLOSED, "予以公开")),
        new Withdrawn(day),
        new AnswerOrdered(
            day, Orderer.REVIEW_BODY, OrderKind.ANSWER_ANEW, "某复决字〔2026〕1号", 15,
            PeriodUnit.WORKING_DAYS));
  }

  private static List<String> table(RequestCase c) {
    List<String> rows = new ArrayList<>();
    LocalDate day = dayOf(c);
    rows.add(c.status().state() + " offers " + c.status().allowedSteps(day));
    List<Finding> before = c.status().findings();
    for (RequestEvent event : everyStep(day)) {
      String guided;
      try {
        c.apply(event);
        guided = "accepted";
      } catch (RefusedStepException refused) {
        guided = "refused " + refused.rule().id();
      }
      RequestCase recorded = c.record(event);
      // REQ-10: the breaches are exactly the BROKEN findings
      assertThat(recorded.status().breaches())
          .as("%s", event)
          .isEqualTo(
              recorded.status().findings().stream()
                  .filter(f -> f.kind() == FindingKind.BROKEN)
                  .toList());
      String added =
          recorded.status().findings().stream()
              .filter(f -> !before.contains(f) && f.kind() != FindingKind.APPLIED)
              .map(f -> f.rule().id() + "/" + f.kind())
              .collect(Collectors.joining(" "));
      rows.add(
          event.step() + " by " + event.actor() + ": " + guided + "; recorded → "
              + recorded.status().state() + " due " + recorded.status().dueDate()
              + (added.isEmpty() ? "" : " " + added));
    }
    return rows;
  }

  private static void check(RequestCase c, String expected) {
    List<String> actual = table(c);
    assertThat(String.join("\n", actual)).isEqualTo(expected.strip());
  }

  @Test
  @DisplayName("REQ-3, REQ-7, REQ-9, REQ-10: OGI_2008 processing — a notice to amend or supplement (第二十一条第（四）项), no fee, reasons or longer period")
  void processing2008() {
    check(open(Regime.OGI_2008, MON_2015_09_28), """
        PROCESSING offers [ASK_CORRECTION, SEND_CONSULTATION, APPROVE_EXTENSION, ANSWER, WITHDRAW]
        ASK_CORRECTION by AGENCY: accepted; recorded → AWAITING_CORRECTION due 2015-10-23 REQ-3/CONVENTION
        RECEIVE_CORRECTION by APPLICANT: refused REQ-9; recorded → PROCESSING due 2015-10-23 REQ-9/BROKEN
        MISS_CORRECTION by AGENCY: refused REQ-9; recorded → PROCESSING due 2015-10-23 REQ-9/BROKEN
        SEND_CONSULTATION by AGENCY: accepted; recorded → CONSULTING due 2015-10-23
        RECEIVE_OPINION by CONSULTED_PARTY: refused REQ-9; recorded → PROCESSING due 2015-10-23 REQ-9/BROKEN
        NOTE_NO_OPINION by AGENCY: refused REQ-9; recorded → PROCESSING due 2015-10-23 REQ-9/BROKEN
        APPROVE_EXTENSION by AGENCY: refused REQ-6; recorded → PROCESSING due 2015-10-23 REQ-6/BROKEN
        SEND_FEE_NOTICE by AGENCY: refused REQ-7; recorded → PROCESSING due 2015-10-23 REQ-7/BROKEN
        RECEIVE_PAYMENT by APPLICANT: refused REQ-7; recorded → PROCESSING due 2015-10-23 REQ-9/BROKEN
        MISS_PAYMENT by AGENCY: refused REQ-7; recorded → PROCESSING due 2015-10-23 REQ-9/BROKEN
        ASK_REASONS by AGENCY: refused REQ-3; recorded → PROCESSING due 2015-10-23 REQ-3/BROKEN
        RECEIVE_REASONS by APPLICANT: refused REQ-3; recorded → PROCESSING due 2015-10-23 REQ-3/BROKEN
        SET_LONGER_PERIOD by AGENCY: refused REQ-3; recorded → PROCESSING due 2015-10-23 REQ-3/BROKEN
        ANSWER by AGENCY: accepted; recorded → CLOSED due 2015-10-23
        WITHDRAW by APPLICANT: accepted; recorded → CLOSED due 2015-10-23
        ORDER_ANSWER by ORDERING_BODY: refused REQ-12; recorded → PROCESSING due 2015-11-03 REQ-12/CONVENTION
        """);
  }

  @Test
  @DisplayName("REQ-9, REQ-10: OGI_2019 processing")
  void processing2019() {
    check(open(Regime.OGI_2019, MON_2026_09_28), """
        PROCESSING offers [ASK_CORRECTION, SEND_CONSULTATION, APPROVE_EXTENSION, SEND_FEE_NOTICE, ASK_REASONS, ANSWER, WITHDRAW]
        ASK_CORRECTION by AGENCY: accepted; recorded → AWAITING_CORRECTION due 2026-10-30
        RECEIVE_CORRECTION by APPLICANT: refused REQ-9; recorded → PROCESSING due 2026-10-30 REQ-9/BROKEN
        MISS_CORRECTION by AGENCY: refused REQ-9; recorded → PROCESSING due 2026-10-30 REQ-9/BROKEN
        SEND_CONSULTATION by AGENCY: accepted; recorded → CONSULTING due 2026-10-30
        RECEIVE_OPINION by CONSULTED_PARTY: refused REQ-9; recorded → PROCESSING due 2026-10-30 REQ-9/BROKEN
        NOTE_NO_OPINION by AGENCY: refused REQ-9; recorded → PROCESSING due 2026-10-30 REQ-9/BROKEN
        APPROVE_EXTENSION by AGENCY: accepted; recorded → PROCESSING due 2026-11-27
        SEND_FEE_NOTICE by AGENCY: accepted; recorded → AWAITING_PAYMENT due 2026-10-30
        RECEIVE_PAYMENT by APPLICANT: refused REQ-9; recorded → PROCESSING due 2026-10-30 REQ-9/BROKEN
        MISS_PAYMENT by AGENCY: refused REQ-9; recorded → PROCESSING due 2026-10-30 REQ-9/BROKEN
        ASK_REASONS by AGENCY: accepted; recorded → AWAITING_REASONS due 2026-10-30
        RECEIVE_REASONS by APPLICANT: refused REQ-9; recorded → PROCESSING due 2026-10-30 REQ-9/BROKEN
        SET_LONGER_PERIOD by AGENCY: refused REQ-4; recorded → PROCESSING due 2026-10-30 REQ-4/BROKEN
        ANSWER by AGENCY: accepted; recorded → CLOSED due 2026-10-30
        WITHDRAW by APPLICANT: accepted; recorded → CLOSED due 2026-10-30
        ORDER_ANSWER by ORDERING_BODY: refused REQ-12; recorded → PROCESSING due 2026-11-03 REQ-12/CONVENTION
        """);
  }

  @Test
  @DisplayName("REQ-9, REQ-10, CAL-8: OGI_2019 awaiting the correction")
  void awaitingCorrection() {
    check(
        open(Regime.OGI_2019, MON_2026_09_28)
            .apply(new CorrectionAsked(WED_2026_09_30, "补充描述", FRI_2026_10_09)),
        """
        AWAITING_CORRECTION offers [RECEIVE_CORRECTION, MISS_CORRECTION, WITHDRAW]
        ASK_CORRECTION by AGENCY: refused REQ-9; recorded → AWAITING_CORRECTION due 2026-10-30 P-CORRECTION-2019/BROKEN
        RECEIVE_CORRECTION by APPLICANT: accepted; recorded → PROCESSING due 2026-11-10 P-CORRECTION-2019/CONVENTION
        MISS_CORRECTION by AGENCY: accepted; recorded → CLOSED due 2026-11-06
        SEND_CONSULTATION by AGENCY: refused REQ-9; recorded → AWAITING_CORRECTION due 2026-10-30
        RECEIVE_OPINION by CONSULTED_PARTY: refused REQ-9; recorded → AWAITING_CORRECTION due 2026-10-30 REQ-9/BROKEN
        NOTE_NO_OPINION by AGENCY: refused REQ-9; recorded → AWAITING_CORRECTION due 2026-10-30 REQ-9/BROKEN
        APPROVE_EXTENSION by AGENCY: refused REQ-9; recorded → AWAITING_CORRECTION due 2026-11-27
        SEND_FEE_NOTICE by AGENCY: refused REQ-9; recorded → AWAITING_CORRECTION due 2026-10-30
        RECEIVE_PAYMENT by APPLICANT: refused REQ-9; recorded → AWAITING_CORRECTION due 2026-10-30 REQ-9/BROKEN
        MISS_PAYMENT by AGENCY: refused REQ-9; recorded → AWAITING_CORRECTION due 2026-10-30 REQ-9/BROKEN
        ASK_REASONS by AGENCY: refused REQ-9; recorded → AWAITING_CORRECTION due 2026-10-30
        RECEIVE_REASONS by APPLICANT: refused REQ-9; recorded → AWAITING_CORRECTION due 2026-10-30 REQ-9/BROKEN
        SET_LONGER_PERIOD by AGENCY: refused REQ-9; recorded → AWAITING_CORRECTION due 2026-10-30 REQ-4/BROKEN
        ANSWER by AGENCY: refused REQ-9; recorded → CLOSED due 2026-11-10
        WITHDRAW by APPLICANT: accepted; recorded → CLOSED due 2026-11-10
        ORDER_ANSWER by ORDERING_BODY: refused REQ-12; recorded → PROCESSING due 2026-11-03 REQ-12/CONVENTION
        """);
  }

  @Test
  @DisplayName("REQ-8, REQ-9, REQ-10, CAL-7: OGI_2019 awaiting the payment")
  void awaitingPayment() {
    check(
        open(Regime.OGI_2019, MON_2026_09_28)
            .apply(new FeeNotice(WED_2026_09_30, new BigDecimal("100"))),
        """
        AWAITING_PAYMENT offers [APPROVE_EXTENSION, RECEIVE_PAYMENT, WITHDRAW]
        ASK_CORRECTION by AGENCY: refused REQ-9; recorded → AWAITING_CORRECTION due 2026-11-06
        RECEIVE_CORRECTION by APPLICANT: refused REQ-9; recorded → AWAITING_PAYMENT due 2026-11-06 REQ-9/BROKEN
        MISS_CORRECTION by AGENCY: refused REQ-9; recorded → AWAITING_PAYMENT due 2026-11-06 REQ-9/BROKEN
        SEND_CONSULTATION by AGENCY: refused REQ-9; recorded → AWAITING_PAYMENT due 2026-11-06
        RECEIVE_OPINION by CONSULTED_PARTY: refused REQ-9; recorded → AWAITING_PAYMENT due 2026-11-06 REQ-9/BROKEN
        NOTE_NO_OPINION by AGENCY: refused REQ-9; recorded → AWAITING_PAYMENT due 2026-11-06 REQ-9/BROKEN
        APPROVE_EXTENSION by AGENCY: accepted; recorded → AWAITING_PAYMENT due 2026-12-04
        SEND_FEE_NOTICE by AGENCY: refused REQ-9; recorded → AWAITING_PAYMENT due 2026-11-06 REQ-8/BROKEN
        RECEIVE_PAYMENT by APPLICANT: accepted; recorded → PROCESSING due 2026-11-06
        MISS_PAYMENT by AGENCY: refused P-FEE-PAYMENT-2020; recorded → CLOSED due 2026-11-06 P-FEE-PAYMENT-2020/BROKEN
        ASK_REASONS by AGENCY: refused REQ-9; recorded → AWAITING_PAYMENT due 2026-11-06
        RECEIVE_REASONS by APPLICANT: refused REQ-9; recorded → AWAITING_PAYMENT due 2026-11-06 REQ-9/BROKEN
        SET_LONGER_PERIOD by AGENCY: refused REQ-9; recorded → AWAITING_PAYMENT due 2026-11-06 REQ-4/BROKEN
        ANSWER by AGENCY: refused REQ-9; recorded → CLOSED due 2026-11-06
        WITHDRAW by APPLICANT: accepted; recorded → CLOSED due 2026-11-06
        ORDER_ANSWER by ORDERING_BODY: refused REQ-12; recorded → PROCESSING due 2026-11-03 REQ-12/CONVENTION
        """);
  }

  @Test
  @DisplayName("REQ-9, REQ-10, CAL-7: OGI_2019 consulting a third party")
  void consulting() {
    check(
        open(Regime.OGI_2019, MON_2026_09_28)
            .apply(new ConsultationSent(WED_2026_09_30, Consulted.THIRD_PARTY, "甲公司")),
        """
        CONSULTING offers [SEND_CONSULTATION, RECEIVE_OPINION, APPROVE_EXTENSION, WITHDRAW]
        ASK_CORRECTION by AGENCY: refused REQ-9; recorded → AWAITING_CORRECTION due 2026-11-06
        RECEIVE_CORRECTION by APPLICANT: refused REQ-9; recorded → CONSULTING due 2026-11-06 REQ-9/BROKEN
        MISS_CORRECTION by AGENCY: refused REQ-9; recorded → CONSULTING due 2026-11-06 REQ-9/BROKEN
        SEND_CONSULTATION by AGENCY: accepted; recorded → CONSULTING due 2026-11-06
        RECEIVE_OPINION by CONSULTED_PARTY: accepted; recorded → PROCESSING due 2026-11-06
        NOTE_NO_OPINION by AGENCY: refused P-THIRD-PARTY-2019; recorded → PROCESSING due 2026-11-06 P-THIRD-PARTY-2019/BROKEN
        APPROVE_EXTENSION by AGENCY: accepted; recorded → CONSULTING due 2026-12-04
        SEND_FEE_NOTICE by AGENCY: refused REQ-9; recorded → AWAITING_PAYMENT due 2026-11-06
        RECEIVE_PAYMENT by APPLICANT: refused REQ-9; recorded → CONSULTING due 2026-11-06 REQ-9/BROKEN
        MISS_PAYMENT by AGENCY: refused REQ-9; recorded → CONSULTING due 2026-11-06 REQ-9/BROKEN
        ASK_REASONS by AGENCY: refused REQ-9; recorded → CONSULTING due 2026-11-06
        RECEIVE_REASONS by APPLICANT: refused REQ-9; recorded → CONSULTING due 2026-11-06 REQ-9/BROKEN
        SET_LONGER_PERIOD by AGENCY: refused REQ-9; recorded → CONSULTING due 2026-11-06 REQ-4/BROKEN
        ANSWER by AGENCY: refused REQ-9; recorded → CLOSED due 2026-11-06 P-THIRD-PARTY-2019/BROKEN
        WITHDRAW by APPLICANT: accepted; recorded → CLOSED due 2026-11-06
        ORDER_ANSWER by ORDERING_BODY: refused REQ-12; recorded → PROCESSING due 2026-11-03 REQ-12/CONVENTION
        """);
  }

  @Test
  @DisplayName("REQ-4, REQ-9, REQ-10: OGI_2019 awaiting the applicant's reasons (第三十五条)")
  void awaitingReasons() {
    check(open(Regime.OGI_2019, MON_2026_09_28).apply(new ReasonsAsked(WED_2026_09_30)), """
        AWAITING_REASONS offers [RECEIVE_REASONS, ANSWER, WITHDRAW]
        ASK_CORRECTION by AGENCY: refused REQ-9; recorded → AWAITING_CORRECTION due 2026-10-30
        RECEIVE_CORRECTION by APPLICANT: refused REQ-9; recorded → AWAITING_REASONS due 2026-10-30 REQ-9/BROKEN
        MISS_CORRECTION by AGENCY: refused REQ-9; recorded → AWAITING_REASONS due 2026-10-30 REQ-9/BROKEN
        SEND_CONSULTATION by AGENCY: refused REQ-9; recorded → CONSULTING due 2026-10-30
        RECEIVE_OPINION by CONSULTED_PARTY: refused REQ-9; recorded → AWAITING_REASONS due 2026-10-30 REQ-9/BROKEN
        NOTE_NO_OPINION by AGENCY: refused REQ-9; recorded → AWAITING_REASONS due 2026-10-30 REQ-9/BROKEN
        APPROVE_EXTENSION by AGENCY: refused REQ-9; recorded → AWAITING_REASONS due 2026-11-27
        SEND_FEE_NOTICE by AGENCY: refused REQ-9; recorded → AWAITING_PAYMENT due 2026-10-30
        RECEIVE_PAYMENT by APPLICANT: refused REQ-9; recorded → AWAITING_REASONS due 2026-10-30 REQ-9/BROKEN
        MISS_PAYMENT by AGENCY: refused REQ-9; recorded → AWAITING_REASONS due 2026-10-30 REQ-9/BROKEN
        ASK_REASONS by AGENCY: refused REQ-9; recorded → AWAITING_REASONS due 2026-10-30 REQ-4/BROKEN
        RECEIVE_REASONS by APPLICANT: accepted; recorded → PROCESSING due 2026-10-30
        SET_LONGER_PERIOD by AGENCY: refused REQ-9; recorded → AWAITING_REASONS due 2026-10-30 REQ-4/BROKEN
        ANSWER by AGENCY: refused REQ-4; recorded → CLOSED due 2026-10-30
        WITHDRAW by APPLICANT: accepted; recorded → CLOSED due 2026-10-30
        ORDER_ANSWER by ORDERING_BODY: refused REQ-12; recorded → PROCESSING due 2026-11-03 REQ-12/CONVENTION
        """);
  }

  @Test
  @DisplayName("REQ-4, REQ-9, REQ-10: OGI_2019 after a longer reasonable period was set")
  void longerPeriodSet() {
    check(
        open(Regime.OGI_2019, MON_2026_09_28)
            .apply(new ReasonsAsked(WED_2026_09_30))
            .apply(new ReasonsGiven(FRI_2026_10_09, "研究需要"))
            .apply(new LongerPeriodSet(FRI_2026_10_09, FRI_2026_11_27, "数量较大")),
        """
        PROCESSING offers [SEND_CONSULTATION, SEND_FEE_NOTICE, ANSWER, WITHDRAW]
        ASK_CORRECTION by AGENCY: refused REQ-4; recorded → PROCESSING due 2026-11-27 REQ-4/BROKEN
        RECEIVE_CORRECTION by APPLICANT: refused REQ-9; recorded → PROCESSING due 2026-11-27 REQ-9/BROKEN
        MISS_CORRECTION by AGENCY: refused REQ-9; recorded → PROCESSING due 2026-11-27 REQ-9/BROKEN
        SEND_CONSULTATION by AGENCY: accepted; recorded → CONSULTING due 2026-11-27
        RECEIVE_OPINION by CONSULTED_PARTY: refused REQ-9; recorded → PROCESSING due 2026-11-27 REQ-9/BROKEN
        NOTE_NO_OPINION by AGENCY: refused REQ-9; recorded → PROCESSING due 2026-11-27 REQ-9/BROKEN
        APPROVE_EXTENSION by AGENCY: refused REQ-4; recorded → PROCESSING due 2026-11-27 REQ-4/BROKEN
        SEND_FEE_NOTICE by AGENCY: accepted; recorded → AWAITING_PAYMENT due 2026-11-27
        RECEIVE_PAYMENT by APPLICANT: refused REQ-9; recorded → PROCESSING due 2026-11-27 REQ-9/BROKEN
        MISS_PAYMENT by AGENCY: refused REQ-9; recorded → PROCESSING due 2026-11-27 REQ-9/BROKEN
        ASK_REASONS by AGENCY: refused REQ-9; recorded → PROCESSING due 2026-11-27 REQ-4/BROKEN
        RECEIVE_REASONS by APPLICANT: refused REQ-9; recorded → PROCESSING due 2026-11-27 REQ-9/BROKEN
        SET_LONGER_PERIOD by AGENCY: refused REQ-4; recorded → PROCESSING due 2026-11-27 REQ-4/BROKEN
        ANSWER by AGENCY: accepted; recorded → CLOSED due 2026-11-27
        WITHDRAW by APPLICANT: accepted; recorded → CLOSED due 2026-11-27
        ORDER_ANSWER by ORDERING_BODY: refused REQ-12; recorded → PROCESSING due 2026-11-03 REQ-12/CONVENTION
        """);
  }

  @Test
  @DisplayName("REQ-12: after an order to answer only an answer, a withdrawal or another order")
  void afterOrder() {
    check(
        open(Regime.OGI_2019, MON_2026_09_28)
            .apply(new Answered(WED_2026_09_30, Answer.of(AnswerKind.DOES_NOT_EXIST, "经检索不存在")))
            .apply(
                new AnswerOrdered(
                    FRI_2026_10_09, Orderer.COURT, OrderKind.ANSWER_ANEW, "（2026）某行初1号", 15,
                    PeriodUnit.WORKING_DAYS)),
        """
        PROCESSING offers [ANSWER, WITHDRAW]
        ASK_CORRECTION by AGENCY: refused REQ-12; recorded → PROCESSING due 2026-10-29 REQ-12/BROKEN
        RECEIVE_CORRECTION by APPLICANT: refused REQ-12; recorded → PROCESSING due 2026-10-29 REQ-12/BROKEN
        MISS_CORRECTION by AGENCY: refused REQ-12; recorded → PROCESSING due 2026-10-29 REQ-12/BROKEN
        SEND_CONSULTATION by AGENCY: refused REQ-12; recorded → PROCESSING due 2026-10-29 REQ-12/BROKEN
        RECEIVE_OPINION by CONSULTED_PARTY: refused REQ-12; recorded → PROCESSING due 2026-10-29 REQ-12/BROKEN
        NOTE_NO_OPINION by AGENCY: refused REQ-12; recorded → PROCESSING due 2026-10-29 REQ-12/BROKEN
        APPROVE_EXTENSION by AGENCY: refused REQ-12; recorded → PROCESSING due 2026-10-29 REQ-12/BROKEN
        SEND_FEE_NOTICE by AGENCY: refused REQ-12; recorded → PROCESSING due 2026-10-29 REQ-12/BROKEN
        RECEIVE_PAYMENT by APPLICANT: refused REQ-12; recorded → PROCESSING due 2026-10-29 REQ-12/BROKEN
        MISS_PAYMENT by AGENCY: refused REQ-12; recorded → PROCESSING due 2026-10-29 REQ-12/BROKEN
        ASK_REASONS by AGENCY: refused REQ-12; recorded → PROCESSING due 2026-10-29 REQ-12/BROKEN
        RECEIVE_REASONS by APPLICANT: refused REQ-12; recorded → PROCESSING due 2026-10-29 REQ-12/BROKEN
        SET_LONGER_PERIOD by AGENCY: refused REQ-12; recorded → PROCESSING due 2026-10-29 REQ-12/BROKEN
        ANSWER by AGENCY: accepted; recorded → CLOSED due 2026-10-29
        WITHDRAW by APPLICANT: accepted; recorded → CLOSED due 2026-10-29
        ORDER_ANSWER by ORDERING_BODY: refused REQ-12; recorded → PROCESSING due 2026-11-03 REQ-12/CONVENTION
        """);
  }
}
