package dev.disclosure.core.request;

import static dev.disclosure.core.request.Fixtures.OFFICIAL;
import static dev.disclosure.core.request.Fixtures.ZHANG_SAN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.disclosure.calendar.Finding;
import dev.disclosure.calendar.FindingKind;
import dev.disclosure.calendar.Language;
import dev.disclosure.calendar.PeriodUnit;
import dev.disclosure.calendar.RuleId;
import dev.disclosure.core.AnswerKind;
import dev.disclosure.core.InvalidFactsException;
import dev.disclosure.core.Regime;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * How and when a recorded case closes (REQ-10, REQ-11): an unlawful notice's lapse abandons
 * nothing, non-payment noted late counts from the day the request was abandoned, a delivery not
 * recorded is the answer's own day, and a step after the closing is the latest step. OGI_2019,
 * handed in on Mon 2025-03-03, due Mon 2025-03-31 (20 working days, no holiday in March 2025);
 * 清明 Fri 2025-04-04 off.
 */
class RecordedClosingTest {

  private static final LocalDate MON_2025_03_03 = LocalDate.of(2025, 3, 3);
  private static final Answer DISCLOSED = Answer.of(AnswerKind.DISCLOSED, "");

  private static LocalDate march(int day) {
    return LocalDate.of(2025, 3, day);
  }

  private static LocalDate april(int day) {
    return LocalDate.of(2025, 4, day);
  }

  private static RequestCase record(RequestEvent... events) {
    return RequestCase.recorded(
        Regime.OGI_2019, OFFICIAL, ZHANG_SAN, Fixtures.handedIn(MON_2025_03_03), List.of(events));
  }

  private static List<String> chinese(List<Finding> findings) {
    return findings.stream().map(Language.CHINESE::render).toList();
  }

  private static boolean abandons(Finding finding) {
    return Language.CHINESE.render(finding).contains("视为放弃申请，自");
  }

  @Test
  @DisplayName(
      "REQ-10, P-CORRECTION-2019: a second correction notice (unlawful, it restarts nothing) left"
          + " unanswered abandons nothing (第三十条): the request stays to be answered by 04-08")
  void unlawfulCorrectionNoticeAbandonsNothing() {
    RequestCase c =
        record(
            new RequestEvent.CorrectionAsked(march(5), "身份证明", march(12)),
            new RequestEvent.CorrectionReceived(march(10)),
            new RequestEvent.CorrectionAsked(march(20), "再补材料", march(27)));
    // restarted on 03-10: 03-11..14 (4), 03-17..21 (9), 03-24..28 (14), 03-31 (15), 04-01..03
    // (18), 04-07 (19), 04-08 (20)
    assertThat(c.status().state()).isEqualTo(CaseState.AWAITING_CORRECTION);
    assertThat(c.status().findingsOn(april(2))).noneMatch(RecordedClosingTest::abandons);
    assertThat(c.status().deadlineOn(april(2)).dueDate()).isEqualTo(april(8));
    // not answered by 04-10: late by 04-09 and 04-10
    assertThat(chinese(c.status().breachesOn(april(10))))
        .anyMatch(text -> text.contains("截至2025年4月10日未答复，已超过答复期限2025年4月8日，逾期2个工作日"));
    // the agency closing it as abandoned all the same: a breach, and the lateness of the closing
    RequestCase closed = c.record(new RequestEvent.CorrectionMissed(april(10)));
    List<String> breaches = chinese(closed.status().breaches());
    assertThat(breaches)
        .anyMatch(
            text -> text.contains("2025年4月10日以逾期不补正视为放弃申请，但2025年3月20日的补正告知不合法")
                && text.contains("申请仍应答复"))
        .anyMatch(text -> text.contains("2025年4月10日办结，已超过答复期限2025年4月8日，逾期2个工作日"));
    assertThatThrownBy(() -> c.apply(new RequestEvent.CorrectionMissed(april(10))))
        .isInstanceOf(RefusedStepException.class)
        .hasMessageContaining("was unlawful and restarts nothing");
  }

  @Test
  @DisplayName(
      "REQ-10, REQ-8, P-FEE-PAYMENT-2020: a fee notice after the reply period (unlawful) left"
          + " unpaid abandons nothing: the request stays late against 03-31")
  void lateFeeNoticeAbandonsNothing() {
    RequestCase c = record(new RequestEvent.FeeNotice(april(10), new BigDecimal("100")));
    assertThat(c.status().state()).isEqualTo(CaseState.AWAITING_PAYMENT);
    LocalDate june20 = LocalDate.of(2025, 6, 20);
    assertThat(c.status().findingsOn(june20)).noneMatch(RecordedClosingTest::abandons);
    assertThat(chinese(c.status().breachesOn(june20)))
        .anyMatch(text -> text.contains("截至2025年6月20日未答复，已超过答复期限2025年3月31日"));
    RequestCase closed = c.record(new RequestEvent.PaymentMissed(june20));
    assertThat(closed.status().breaches())
        .anyMatch(
            finding -> finding.rule().equals(RuleId.of("P-FEE-PAYMENT-2020"))
                && Language.CHINESE.render(finding).contains("2025年4月10日的收费通知晚于答复期限、不合法"));
  }

  @Test
  @DisplayName(
      "REQ-10, P-FEE-PAYMENT-2020: non-payment noted on 06-10 counts from 04-09, the day after the"
          + " payment period: on time, as the same lapse judged unnoted")
  void nonPaymentNotedLateCountsFromTheLapse() {
    RequestCase noticed =
        RequestCase.open(Regime.OGI_2019, OFFICIAL, ZHANG_SAN, Fixtures.handedIn(MON_2025_03_03))
            .apply(new RequestEvent.FeeNotice(march(10), new BigDecimal("100")));
    LocalDate june10 = LocalDate.of(2025, 6, 10);
    // 20 working days to pay from 03-10: 03-11 … 04-08 (清明 04-04 off), abandoned from 04-09;
    // the reply period, 5 working days used by 03-10, paused to 04-08, 15 more: 04-28
    assertThat(noticed.status().breachesOn(june10)).isEmpty();
    RequestCase noted = noticed.apply(new RequestEvent.PaymentMissed(june10));
    assertThat(noted.status().breaches()).isEmpty();
    assertThat(noted.status().dueDate()).isEqualTo(april(28));
    // closed on the day abandoned, for the report too; the latest step is the note
    assertThat(noted.status().closedOn()).contains(april(9));
    assertThat(noted.status().lastStepDate()).isEqualTo(june10);
    assertThat(noted.status().outcome()).contains(OutcomeRow.OTHER_FEE_UNPAID);
    assertThat(chinese(noted.status().findings()))
        .anyMatch(
            text -> text.contains("2025年6月10日记录逾期未缴费；缴费期限2025年4月8日届满而未缴费的，视为放弃申请，自2025年4月9日起计为已办结"));
    // noted on the first day after the payment period: nothing to add
    assertThat(
            chinese(noticed.apply(new RequestEvent.PaymentMissed(april(9))).status().findings()))
        .noneMatch(text -> text.contains("记录逾期未缴费"));
  }

  @Test
  @DisplayName(
      "REQ-10, P-FEE-PAYMENT-2020, OGI-2019 第三十条: a lapse closes the case on the day after the"
          + " deadline, whatever steps were recorded after it and however late it is noted")
  void lapseClosesOnTheDayAfterTheDeadline() {
    // fee noticed 03-25, payable by 04-23 (03-26 … 04-23, 清明 04-04 off): abandoned from 04-24;
    // 16 working days used by 03-25, the 4 left after the pause: 04-24, 04-25, Sun 04-27 (a
    // make-up day), 04-28 — on time
    RequestCase fee =
        record(
            new RequestEvent.FeeNotice(march(25), new BigDecimal("100")),
            new RequestEvent.ReasonsGiven(LocalDate.of(2025, 6, 10), "研究需要"));
    LocalDate june20 = LocalDate.of(2025, 6, 20);
    assertThat(fee.status().findingsOn(june20))
        .noneMatch(finding -> finding.rule().equals(RuleId.of("P-REPLY-2019"))
            && finding.kind() == FindingKind.BROKEN);
    assertThat(chinese(fee.status().findingsOn(june20)))
        .anyMatch(text -> text.contains("缴费期限2025年4月23日已届满而未缴费：逾期未缴纳的，视为放弃申请，自2025年4月24日起计为已办结"));
    RequestCase noted = fee.record(new RequestEvent.PaymentMissed(june20));
    assertThat(noted.status().closedOn()).contains(april(24));
    assertThat(noted.status().dueDate()).isEqualTo(april(28));
    assertThat(noted.status().breaches())
        .noneMatch(finding -> finding.rule().equals(RuleId.of("P-REPLY-2019")));
    // a correction due by Fri 03-14, noted missing on 05-30: closed Sat 03-15, the period
    // restarted then (CAL-8): 03-17 … 04-14 (清明 off), on time
    RequestCase correction =
        RequestCase.open(Regime.OGI_2019, OFFICIAL, ZHANG_SAN, Fixtures.handedIn(MON_2025_03_03))
            .apply(new RequestEvent.CorrectionAsked(march(5), "文号", march(14)))
            .apply(new RequestEvent.CorrectionMissed(LocalDate.of(2025, 5, 30)));
    assertThat(correction.status().closedOn()).contains(march(15));
    assertThat(correction.status().dueDate()).isEqualTo(april(14));
    assertThat(correction.status().breaches()).isEmpty();
    assertThat(chinese(correction.status().findings()))
        .anyMatch(text -> text.contains("2025年5月30日记录逾期未补正；补正期限2025年3月14日届满而未补正"));
  }

  @Test
  @DisplayName(
      "REQ-10, P-FEE-PAYMENT-2020: a consultation recorded after the fee lapsed pauses nothing when"
          + " the lapse closes the case; judging and noting it do not throw")
  void consultationAfterALapse() {
    // payable by 04-23 from 03-25 (as above): lapsed from 04-24
    RequestCase c =
        record(
            new RequestEvent.FeeNotice(march(25), new BigDecimal("100")),
            new RequestEvent.ConsultationSent(
                LocalDate.of(2025, 5, 6), RequestEvent.Consulted.THIRD_PARTY, "甲公司"));
    LocalDate may20 = LocalDate.of(2025, 5, 20);
    assertThat(chinese(c.status().findingsOn(may20)))
        .anyMatch(text -> text.contains("自2025年4月24日起计为已办结"));
    RequestCase noted = c.record(new RequestEvent.PaymentMissed(may20));
    assertThat(noted.status().closedOn()).contains(april(24));
    assertThat(noted.status().dueDate()).isEqualTo(april(28));
  }

  @Test
  @DisplayName(
      "REQ-8, REQ-9, REQ-10: after a fee notice past the reply period (unlawful) the request is"
          + " still answered: the answer is offered, a payment on any day is no breach")
  void unlawfulFeeNoticeBlocksNothing() {
    RequestCase c = record(new RequestEvent.FeeNotice(april(10), new BigDecimal("100")));
    LocalDate may13 = LocalDate.of(2025, 5, 13);
    assertThat(c.status().allowedSteps(may13)).contains(Step.ANSWER, Step.RECEIVE_PAYMENT);
    RequestCase answered = c.apply(new RequestEvent.Answered(may13, DISCLOSED));
    assertThat(answered.status().isClosed()).isTrue();
    RequestCase paid = c.record(new RequestEvent.FeePaid(LocalDate.of(2025, 6, 30)));
    assertThat(paid.status().breaches())
        .noneMatch(finding -> finding.rule().equals(RuleId.of("P-FEE-PAYMENT-2020")));
    // a second correction notice (unlawful) pending: the answer is offered too
    RequestCase second =
        record(
            new RequestEvent.CorrectionAsked(march(5), "身份证明", march(12)),
            new RequestEvent.CorrectionReceived(march(10)),
            new RequestEvent.CorrectionAsked(march(20), "再补材料", march(27)));
    assertThat(second.status().allowedSteps(april(1))).contains(Step.ANSWER);
    // supplied after the deadline that notice set: nothing to abandon, so no such convention
    assertThat(chinese(second.record(new RequestEvent.CorrectionReceived(april(30))).status().findings()))
        .noneMatch(text -> text.contains("视为放弃申请；约定"))
        .anyMatch(text -> text.contains("因补正告知不合法，答复期限不重新计算"));
  }

  @Test
  @DisplayName(
      "REQ-9, REQ-10: an opinion of a party not consulted while another consultation is pending"
          + " names that party; it changes nothing")
  void opinionOfAPartyNotConsulted() {
    RequestCase c =
        record(
            new RequestEvent.ConsultationSent(march(5), RequestEvent.Consulted.THIRD_PARTY, "甲公司"),
            new RequestEvent.OpinionReceived(march(10), "同意", "乙公司"));
    assertThat(c.status().state()).isEqualTo(CaseState.CONSULTING);
    assertThat(chinese(c.status().breaches()))
        .anyMatch(text -> text.contains("2025年3月10日：收到意见，但未向乙公司征求意见（待回应的是其他被征求意见方），不影响期限"));
  }

  @Test
  @DisplayName(
      "REQ-12, REQ-9: a step after an order to answer cites the order's provisions and changes"
          + " nothing, not even the day the case is said to be processed since")
  void stepAfterAnOrderChangesNothing() {
    RequestCase c =
        record(
            new RequestEvent.Answered(march(10), DISCLOSED),
            new RequestEvent.AnswerOrdered(
                march(20),
                RequestEvent.Orderer.REVIEW_BODY,
                RequestEvent.OrderKind.ANSWER_ANEW,
                "某复决字〔2025〕1号",
                15,
                PeriodUnit.WORKING_DAYS),
            new RequestEvent.ExtensionApproved(march(25), 10, "李主任", march(25), "需调取档案"));
    List<String> breaches = chinese(c.status().breaches());
    assertThat(breaches)
        .anyMatch(
            text -> text.contains("2025年3月25日：延长答复期限，在责令答复之后")
                && text.contains("行政复议法"));
    assertThat(chinese(c.status().findings())).anyMatch(text -> text.contains("自2025年3月20日起"));
    assertThat(c.status().lastStepDate()).isEqualTo(march(25));
  }

  @Test
  @DisplayName(
      "REQ-12: an order whose kind does not fit the case (to answer anew, before any answer) is"
          + " taken as given, with a convention finding; guidance refuses it")
  void orderThatDoesNotFit() {
    RequestEvent order =
        new RequestEvent.AnswerOrdered(
            april(10),
            RequestEvent.Orderer.COURT,
            RequestEvent.OrderKind.ANSWER_ANEW,
            "（2025）某行初1号",
            15,
            PeriodUnit.WORKING_DAYS);
    RequestCase c = record(order);
    assertThat(c.status().findings())
        .anyMatch(
            finding -> finding.kind() == FindingKind.CONVENTION
                && Language.CHINESE.render(finding).contains("与案件情况不符（尚未答复）"));
    assertThat(record(new RequestEvent.Answered(march(10), DISCLOSED), order).status().findings())
        .noneMatch(finding -> Language.CHINESE.render(finding).contains("与案件情况不符"));
  }

  @Test
  @DisplayName(
      "REQ-11: a delivery not recorded is the answer's own day: another day is refused, naming"
          + " both, instead of moving the day that decides timeliness")
  void deliveryNotRecordedIsTheAnswersDay() {
    assertThatThrownBy(
            () ->
                new RequestEvent.Answered(
                    march(10), DISCLOSED, new Delivery.NotRecorded(LocalDate.of(2025, 5, 1))))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("REQ-11")
        .hasMessageContaining("answered on 2025-05-01, but the answer is dated 2025-03-10");
    assertThat(
            new RequestEvent.Answered(march(10), DISCLOSED, new Delivery.NotRecorded(march(10))))
        .isEqualTo(new RequestEvent.Answered(march(10), DISCLOSED));
  }

  @Test
  @DisplayName(
      "REQ-9, REQ-10: a step recorded after the closing is the latest step: lastStepDate() names"
          + " it, and no step is offered before it")
  void stepAfterClosingIsTheLatestStep() {
    RequestCase c =
        record(
            new RequestEvent.Answered(march(10), DISCLOSED),
            new RequestEvent.Withdrawn(march(20)));
    assertThat(c.status().closedOn()).contains(march(10));
    assertThat(c.status().lastStepDate()).isEqualTo(march(20));
    assertThat(c.status().allowedSteps(march(15))).isEmpty();
    assertThat(c.status().allowedSteps(march(20))).containsExactly(Step.ORDER_ANSWER);
    assertThat(c.status().allowedSteps()).containsExactly(Step.ORDER_ANSWER);
  }

  @Test
  @DisplayName(
      "REQ-11, P-REPLY-2019: an answer of 03-28 posted 04-02 is judged on the day posted; the"
          + " finding does not say it closed that day")
  void mailedAnswerJudgedOnTheDayPosted() {
    RequestCase c =
        record(
            new RequestEvent.Answered(
                march(28), DISCLOSED, new Delivery.Mail(april(2), april(5))));
    assertThat(c.status().closedOn()).contains(march(28));
    List<String> breaches = chinese(c.status().breaches());
    assertThat(breaches)
        .containsExactly(
            "[P-REPLY-2019 违反] 以2025年4月2日计，办结已超过答复期限2025年3月31日，逾期2个工作日"
                + "（依据《中华人民共和国政府信息公开条例》（国务院令第711号）第三十三条）");
    assertThat(Language.ENGLISH.render(c.status().breaches().get(0)))
        .contains("judged on 2025-04-02, the closing came after the due date 2025-03-31: late by 2"
            + " working days");
  }

  @Test
  @DisplayName(
      "REQ-9, REQ-10: an opinion dated before the consulted party received the consultation is"
          + " impossible: refused guided, an error recorded, naming both dates")
  void opinionBeforeThePartyReceivedIt() {
    RequestEvent sent =
        new RequestEvent.ConsultationSent(
            march(5), RequestEvent.Consulted.CO_AGENCY, "乙局", march(20));
    RequestEvent early = new RequestEvent.OpinionReceived(march(7), "同意", "乙局");
    RequestCase consulting =
        RequestCase.open(Regime.OGI_2019, OFFICIAL, ZHANG_SAN, Fixtures.handedIn(MON_2025_03_03))
            .apply(sent);
    assertThat(consulting.status().allowedSteps(march(7))).doesNotContain(Step.RECEIVE_OPINION);
    assertThat(consulting.status().allowedSteps(march(20))).contains(Step.RECEIVE_OPINION);
    assertThatThrownBy(() -> consulting.apply(early))
        .isInstanceOf(RefusedStepException.class)
        .hasMessageContaining("REQ-9")
        .hasMessageContaining(
            "the opinion of '乙局' dated 2025-03-07 comes before the party received the"
                + " consultation on 2025-03-20");
    assertThatThrownBy(() -> record(sent, early))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("REQ-10")
        .hasMessageContaining("dated 2025-03-07 comes before the party received");
    assertThat(record(sent, new RequestEvent.OpinionReceived(march(20), "同意", "乙局")).status().state())
        .isEqualTo(CaseState.PROCESSING);
  }

  @Test
  @DisplayName("REQ-10: findings asked for a day before the receipt name the receipt, not a step")
  void findingsBeforeTheReceipt() {
    RequestCase c = record();
    assertThatThrownBy(() -> c.status().findingsOn(march(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("precede the receipt of the application on 2025-03-03")
        .hasMessageNotContaining("null");
  }
}
