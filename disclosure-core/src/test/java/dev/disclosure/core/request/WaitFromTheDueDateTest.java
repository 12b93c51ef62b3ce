package dev.disclosure.core.request;

import static dev.disclosure.core.Renderings.chinese;
import static dev.disclosure.core.Renderings.english;
import static dev.disclosure.core.request.Fixtures.OFFICIAL;
import static dev.disclosure.core.request.Fixtures.ZHANG_SAN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.disclosure.calendar.Finding;
import dev.disclosure.calendar.FindingKind;
import dev.disclosure.calendar.RuleId;
import dev.disclosure.core.AnswerKind;
import dev.disclosure.core.Regime;
import dev.disclosure.core.law.LegalPeriods;
import dev.disclosure.core.request.RequestEvent.Answered;
import dev.disclosure.core.request.RequestEvent.ConsultationSent;
import dev.disclosure.core.request.RequestEvent.Consulted;
import dev.disclosure.core.request.RequestEvent.FeeNotice;
import dev.disclosure.core.request.RequestEvent.NoOpinion;
import dev.disclosure.core.request.RequestEvent.OpinionReceived;
import dev.disclosure.core.request.RequestEvent.Withdrawn;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A wait that begins on the due date in force (CAL-7 [convention], REQ-10): the agency sends a
 * consultation, or a fee notice, on the last day of its reply period. The time of the wait is not
 * counted (OGI-2019 第三十三条第三款; OGI-2008 第二十四条; the fee wait, REQ-8 [convention]), so the
 * agency cannot be late during it: the reply is due on the first working day after the wait.
 *
 * <p>OGI_2019, handed in Mon 2025-03-03 on the official calendar (清明 Fri 04-04 off, 04-05/06 a
 * weekend; 劳动节 05-01..05 off, Sun 04-27 a working day): 03-04..07 (4), 03-10..14 (9), 03-17..21
 * (14), 03-24..28 (19), Mon 03-31 (20): due Mon 03-31, with no holiday in March.
 */
class WaitFromTheDueDateTest {

  private static final LocalDate MON_2025_03_03 = LocalDate.of(2025, 3, 3);
  private static final Answer DISCLOSED = Answer.of(AnswerKind.DISCLOSED, "");

  private static LocalDate day(int month, int dayOfMonth) {
    return LocalDate.of(2025, month, dayOfMonth);
  }

  private static RequestCase record(Regime regime, RequestEvent... events) {
    return RequestCase.recorded(
        regime, OFFICIAL, ZHANG_SAN, Fixtures.handedIn(MON_2025_03_03), List.of(events));
  }

  private static RequestCase record(RequestEvent... events) {
    return record(Regime.OGI_2019, events);
  }

  private static List<Finding> of(List<Finding> findings, RuleId rule, FindingKind kind) {
    return findings.stream().filter(f -> f.rule().equals(rule) && f.kind() == kind).toList();
  }

  private static final RuleId REPLY_2019 = LegalPeriods.P_REPLY_2019.id();

  @Test
  @DisplayName(
      "REQ-10, CAL-7 (第三十三条第三款): a consultation sent on the due date 03-31 and still pending on"
          + " 04-10 is not late: the wait (03-31, 04-10] runs to the day, due the next working day"
          + " Fri 04-11")
  void consultationSentOnTheDueDateIsNotLateWhilePending() {
    CaseStatus s = record(new ConsultationSent(day(3, 31), Consulted.THIRD_PARTY, "甲公司")).status();
    assertThat(s.deadlineOn(day(4, 10)).dueDate()).isEqualTo(day(4, 11));
    assertThat(s.latenessOn(day(4, 10)).isLate()).isFalse();
    assertThat(of(s.breachesOn(day(4, 10)), REPLY_2019, FindingKind.BROKEN)).isEmpty();
    assertThat(chinese(s.findingsOn(day(4, 10))))
        .contains("始于期限届满日2025年3月31日，期间不计算在期限内，期限届满日顺延至其结束后第一个工作日2025年4月11日")
        .doesNotContain("逾期");
    assertThat(english(s.findingsOn(day(4, 10))))
        .contains("from the due date 2025-03-31: the time is not counted");
  }

  @Test
  @DisplayName(
      "REQ-10, CAL-7 (第三十三条第三款): on 04-01, with the consultation sent 03-31 pending, no order to"
          + " answer is offered (the case is not late); without it, it is")
  void noOrderToAnswerDuringTheWait() {
    CaseStatus waiting =
        record(new ConsultationSent(day(3, 31), Consulted.THIRD_PARTY, "甲公司")).status();
    assertThat(waiting.allowedSteps(day(4, 1))).doesNotContain(Step.ORDER_ANSWER);
    // the same request with nothing sent is late on 04-01 (03-31 passed)
    assertThat(record().status().allowedSteps(day(4, 1))).contains(Step.ORDER_ANSWER);
  }

  @Test
  @DisplayName(
      "REQ-10, CAL-7, P-THIRD-PARTY-2019 (第三十二条, 第三十三条第三款): sent 03-31, the party silent"
          + " through its 15 working days (to 04-22), silence noted and answered 04-23: on time")
  void answerOnTheSilenceDateIsOnTime() {
    // the party's 15 working days from 03-31: 04-01..03 (3), 04-07..11 (8), 04-14..18 (13),
    // 04-21, 04-22 (15); silence is known on Wed 04-23, the first working day after the wait
    RequestCase c =
        record(
            new ConsultationSent(day(3, 31), Consulted.THIRD_PARTY, "甲公司"),
            new NoOpinion(day(4, 23), "甲公司"),
            new Answered(day(4, 23), DISCLOSED));
    assertThat(c.status().dueDate()).isEqualTo(day(4, 23));
    assertThat(c.status().latenessOn(day(4, 23)).isLate()).isFalse();
    assertThat(of(c.status().breaches(), REPLY_2019, FindingKind.BROKEN)).isEmpty();
    // the same consultation sent 03-28 (the 19th working day): party's period to 04-21, one day
    // left after it: Tue 04-22, as before
    RequestCase earlier =
        record(
            new ConsultationSent(day(3, 28), Consulted.THIRD_PARTY, "甲公司"),
            new NoOpinion(day(4, 22), "甲公司"),
            new Answered(day(4, 22), DISCLOSED));
    assertThat(earlier.status().dueDate()).isEqualTo(day(4, 22));
    assertThat(earlier.status().breaches()).isEmpty();
  }

  @Test
  @DisplayName(
      "REQ-10, CAL-7 (第三十三条第三款): withdrawn 04-10 while the consultation sent 03-31 is pending:"
          + " no breach of the reply period")
  void withdrawalDuringTheWaitIsNoBreach() {
    RequestCase c =
        record(
            new ConsultationSent(day(3, 31), Consulted.THIRD_PARTY, "甲公司"),
            new Withdrawn(day(4, 10)));
    assertThat(of(c.status().breaches(), REPLY_2019, FindingKind.BROKEN)).isEmpty();
    assertThat(c.status().latenessOn(day(4, 10)).isLate()).isFalse();
  }

  @Test
  @DisplayName(
      "REQ-10, REQ-8, CAL-7, P-FEE-PAYMENT-2020: a fee noticed on the due date 03-31 and never paid"
          + " abandons the request on 04-29, the day after the payment period, with no lateness")
  void unpaidFeeNoticedOnTheDueDateIsNotLate() {
    // 20 working days to pay from 03-31: 04-01..03 (3), 04-07..11 (8), 04-14..18 (13), 04-21..25
    // (18), Sun 04-27 上班 (19), Mon 04-28 (20); abandoned Tue 04-29, the first working day after
    // the wait (03-31, 04-28], which is the reply's due date
    RequestCase c = record(new FeeNotice(day(3, 31), new BigDecimal("100")));
    List<Finding> on = c.status().findingsOn(day(6, 2));
    assertThat(chinese(of(on, LegalPeriods.P_FEE_PAYMENT_2020.id(), FindingKind.APPLIED)))
        .contains("2025年4月28日", "视为放弃申请", "2025年4月29日");
    assertThat(chinese(on)).contains(OutcomeRow.OTHER_FEE_UNPAID.label()).doesNotContain("逾期2");
    assertThat(c.status().deadlineOn(day(6, 2)).dueDate()).isEqualTo(day(4, 29));
    assertThat(c.status().latenessOn(day(6, 2)).isLate()).isFalse();
    assertThat(c.status().breachesOn(day(6, 2))).isEmpty();
  }

  @Test
  @DisplayName(
      "REQ-10, CAL-7, OGI-2008 第二十四条: a consultation sent on the due date Mon 03-24 (15 working"
          + " days), opinion received Thu 04-03, answered Mon 04-07: on time")
  void ogi2008ConsultationOnTheDueDate() {
    // 15 working days from 03-03: 03-04..07 (4), 03-10..14 (9), 03-17..21 (14), Mon 03-24 (15);
    // the wait (03-24, 04-03]; the first working day after 04-03 is Mon 04-07 (清明 04-04, weekend)
    RequestCase c =
        record(
            Regime.OGI_2008,
            new ConsultationSent(day(3, 24), Consulted.THIRD_PARTY, "甲公司"),
            new OpinionReceived(day(4, 3), "同意公开", "甲公司"),
            new Answered(day(4, 7), DISCLOSED));
    assertThat(c.status().dueDate()).isEqualTo(day(4, 7));
    assertThat(c.status().latenessOn(day(4, 7)).isLate()).isFalse();
    assertThat(of(c.status().breaches(), LegalPeriods.P_REPLY_2008.id(), FindingKind.BROKEN))
        .isEmpty();
  }
}
