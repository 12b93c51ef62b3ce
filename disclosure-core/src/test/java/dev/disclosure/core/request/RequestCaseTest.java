package dev.disclosure.core.request;

import static dev.disclosure.core.Renderings.chinese;
import static dev.disclosure.core.Renderings.english;
import static dev.disclosure.core.request.Fixtures.FRI_2015_10_23;
import static dev.disclosure.core.request.Fixtures.FRI_2015_11_13;
import static dev.disclosure.core.request.Fixtures.FRI_2026_02_13;
import static dev.disclosure.core.request.Fixtures.FRI_2026_09_25;
import static dev.disclosure.core.request.Fixtures.FRI_2026_10_09;
import static dev.disclosure.core.request.Fixtures.FRI_2026_10_16;
import static dev.disclosure.core.request.Fixtures.FRI_2026_10_23;
import static dev.disclosure.core.request.Fixtures.FRI_2026_10_30;
import static dev.disclosure.core.request.Fixtures.FRI_2026_11_06;
import static dev.disclosure.core.request.Fixtures.FRI_2026_11_13;
import static dev.disclosure.core.request.Fixtures.FRI_2026_11_20;
import static dev.disclosure.core.request.Fixtures.FRI_2026_11_27;
import static dev.disclosure.core.request.Fixtures.MON_2015_09_28;
import static dev.disclosure.core.request.Fixtures.MON_2015_10_19;
import static dev.disclosure.core.request.Fixtures.MON_2026_09_28;
import static dev.disclosure.core.request.Fixtures.MON_2026_10_12;
import static dev.disclosure.core.request.Fixtures.MON_2026_10_19;
import static dev.disclosure.core.request.Fixtures.MON_2026_11_02;
import static dev.disclosure.core.request.Fixtures.OFFICIAL;
import static dev.disclosure.core.request.Fixtures.THU_2026_03_19;
import static dev.disclosure.core.request.Fixtures.THU_2026_10_15;
import static dev.disclosure.core.request.Fixtures.THU_2026_11_05;
import static dev.disclosure.core.request.Fixtures.THU_2026_11_12;
import static dev.disclosure.core.request.Fixtures.THU_2026_11_26;
import static dev.disclosure.core.request.Fixtures.TUE_2026_09_29;
import static dev.disclosure.core.request.Fixtures.TUE_2026_10_13;
import static dev.disclosure.core.request.Fixtures.TUE_2026_11_03;
import static dev.disclosure.core.request.Fixtures.WED_2015_09_30;
import static dev.disclosure.core.request.Fixtures.WED_2026_09_30;
import static dev.disclosure.core.request.Fixtures.WED_2026_10_14;
import static dev.disclosure.core.request.Fixtures.WED_2026_11_04;
import static dev.disclosure.core.request.Fixtures.ZHANG_SAN;
import static dev.disclosure.core.request.Fixtures.extension;
import static dev.disclosure.core.request.Fixtures.open;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.disclosure.calendar.CountingRules;
import dev.disclosure.calendar.Finding;
import dev.disclosure.calendar.Quantity;
import dev.disclosure.calendar.FindingKind;
import dev.disclosure.calendar.Language;
import dev.disclosure.calendar.RuleId;
import dev.disclosure.core.AnswerKind;
import dev.disclosure.core.InvalidFactsException;
import dev.disclosure.core.Regime;
import dev.disclosure.core.law.LegalPeriods;
import dev.disclosure.core.law.Rules;
import dev.disclosure.core.request.RequestEvent.Answered;
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
import dev.disclosure.core.request.RequestEvent.PaymentMissed;
import dev.disclosure.core.request.RequestEvent.ReasonsAsked;
import dev.disclosure.core.request.RequestEvent.ReasonsGiven;
import dev.disclosure.core.request.RequestEvent.Withdrawn;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Real-looking cases walked through both regimes on the official 2026 calendar (国庆节 10-01..10-07
 * off, Sun 09-20 and Sat 10-10 make-up working days; 春节 02-15..02-23 off, Sat 02-14 and Sat 02-28
 * make-up). Every due date below was counted by hand on that calendar; the counts are in the
 * comments.
 */
class RequestCaseTest {

  private static final LocalDate THU_2026_09_24 = LocalDate.of(2026, 9, 24);

  private static final Answer DISCLOSED = Answer.of(AnswerKind.DISCLOSED, "");

  /** The title the Chinese rendering gives OGI-2019 in a citation. */
  private static final String OGI_2019 = "《中华人民共和国政府信息公开条例》（国务院令第711号）";

  /** The title the English rendering gives OGI-2019 in a citation. */
  private static final String OGI_2019_EN =
      "Regulations of the People's Republic of China on Open Government Information (State"
          + " Council Decree No. 711)";

  // ---------------------------------------------------------------------------------- REQ-2

  @Test
  @DisplayName("REQ-2: in person → the day handed in; registered mail → the day signed for")
  void receiptInPersonAndRegisteredMail() {
    assertThat(new Submission.InPerson(MON_2026_09_28).receiptDate()).isEqualTo(MON_2026_09_28);
    assertThat(new Submission.RegisteredMail(MON_2026_09_28).receiptDate())
        .isEqualTo(MON_2026_09_28);
    Finding inPerson = new Submission.InPerson(MON_2026_09_28).finding();
    assertThat(inPerson.rule()).isEqualTo(Rules.REQ_2);
    assertThat(chinese(inPerson))
        .isEqualTo("[REQ-2] 当面提交，以提交之日2026年9月28日为收到申请之日（依据" + OGI_2019 + "第三十一条）");
    assertThat(english(inPerson))
        .isEqualTo(
            "[REQ-2] handed in in person; received on the day handed in, 2026-09-28 ("
                + OGI_2019_EN
                + ", Art. 31)");
    assertThat(chinese(new Submission.RegisteredMail(MON_2026_09_28).finding()))
        .contains("邮寄提交，以签收之日2026年9月28日为收到申请之日");
    assertThat(english(new Submission.RegisteredMail(MON_2026_09_28).finding()))
        .contains("sent by registered mail; received on the day signed for, 2026-09-28");
  }

  @Test
  @DisplayName(
      "REQ-2, REQ-11: ordinary letter, internet or fax confirmed the day they arrive → that day;"
          + " the reply period runs from it (P-REPLY-2019)")
  void receiptByConfirmation() {
    Submission letter = new Submission.OrdinaryLetter(MON_2026_09_28, MON_2026_09_28);
    Submission online = new Submission.Electronic(false, MON_2026_09_28, MON_2026_09_28);
    Submission fax = new Submission.Electronic(true, MON_2026_09_28, MON_2026_09_28);
    for (Submission submission : List.of(letter, online, fax)) {
      RequestCase c =
          RequestCase.open(
              Regime.OGI_2019, OFFICIAL, ZHANG_SAN, new Application("某项目环评批复", "电子文档", submission));
      assertThat(c.status().receiptDate()).isEqualTo(MON_2026_09_28);
      assertThat(c.status().dueDate()).isEqualTo(FRI_2026_10_30);
      assertThat(c.status().explain()).contains("[REQ-2] " + submission.label(), "2026年9月28日");
      assertThat(english(c.status().findings())).contains("[REQ-2] ", "2026-09-28");
      assertThat(c.status().breaches()).isEmpty();
      assertThat(submission.lateConfirmation(OFFICIAL)).isEmpty();
    }
    assertThat(chinese(letter.finding())).contains("平常信函2026年9月28日到达，当日与申请人确认，以确认之日2026年9月28日为收到申请之日");
    assertThat(english(letter.finding()))
        .contains(
            "ordinary letter arrived 2026-09-28 and confirmed with the applicant that day; received"
                + " on 2026-09-28");
    assertThat(chinese(fax.finding())).contains("传真2026年9月28日提交，当日双方确认，以2026年9月28日为收到申请之日");
    assertThat(english(online.finding()))
        .contains("sent by an internet channel on 2026-09-28 and confirmed by both sides that day");
    assertThat(fax.label()).isEqualTo("传真");
  }

  @Test
  @DisplayName(
      "REQ-11: a confirmation after the day of arrival is a finding, not a new start: letter Thu"
          + " 09-24 confirmed Mon 09-28 (中秋节 Fri 09-25 off) → received 09-24, due Thu 2026-10-29"
          + " (指导案例26号)")
  void lateConfirmation() {
    Submission letter = new Submission.OrdinaryLetter(THU_2026_09_24, MON_2026_09_28);
    Submission online = new Submission.Electronic(false, THU_2026_09_24, MON_2026_09_28);
    Submission fax = new Submission.Electronic(true, THU_2026_09_24, MON_2026_09_28);
    for (Submission submission : List.of(letter, online, fax)) {
      RequestCase c =
          RequestCase.open(
              Regime.OGI_2019, OFFICIAL, ZHANG_SAN, new Application("某项目环评批复", "电子文档", submission));
      assertThat(c.status().receiptDate()).isEqualTo(THU_2026_09_24);
      assertThat(c.status().dueDate()).isEqualTo(LocalDate.of(2026, 10, 29));
      Finding late = submission.lateConfirmation(OFFICIAL).orElseThrow();
      assertThat(late.rule()).isEqualTo(RuleId.of("REQ-11"));
      assertThat(late.kind()).isEqualTo(FindingKind.BROKEN);
      assertThat(late.dates()).containsExactly(THU_2026_09_24, MON_2026_09_28);
      assertThat(late.quantities()).containsExactly(Quantity.of(1, Quantity.Unit.WORKING_DAYS));
      assertThat(c.status().breaches()).containsExactly(late);
      assertThat(chinese(late)).contains("2026年9月28日才确认", "指导案例26号");
      // 第三十一条 makes the confirmation the receipt date: keeping the arrival is a convention
      Finding receipt = submission.finding();
      assertThat(receipt.kind()).isEqualTo(FindingKind.CONVENTION);
      assertThat(chinese(receipt))
          .contains("第三十一条以确认之日为收到申请之日，约定：确认晚于到达的，依指导案例26号以到达之日为准", "第三十一条；最高人民法院指导案例26号");
    }
    // confirmed the day it arrived: the statute's own case
    assertThat(new Submission.Electronic(false, THU_2026_09_24, THU_2026_09_24).finding().kind())
        .isEqualTo(FindingKind.APPLIED);
    assertThat(english(online.finding()))
        .contains("on 2026-09-24, the day the system shows it submitted; received on 2026-09-24");
  }

  @Test
  @DisplayName(
      "P-REPLY-2019, REQ-10: answered on Sat 2026-10-31 after the due date Fri 10-30 is late by 1 day"
          + " with no working day among it, not \"late by 0 working days\"")
  void lateOnARestDayOnly() {
    RequestCase answered =
        RequestCase.recorded(
            Regime.OGI_2019,
            OFFICIAL,
            ZHANG_SAN,
            Fixtures.handedIn(MON_2026_09_28),
            List.of(new Answered(LocalDate.of(2026, 10, 31), Answer.of(AnswerKind.DISCLOSED, ""))));
    List<Finding> breaches = answered.status().breaches();
    assertThat(breaches).hasSize(1);
    assertThat(chinese(breaches.get(0)))
        .contains("2026年10月31日办结，已超过答复期限2026年10月30日，逾期1日（其间没有工作日）");
    assertThat(english(breaches.get(0)))
        .contains("late by 1 day (rest days only, no working day among them)");
    assertThat(breaches.get(0).quantities()).containsExactly(Quantity.of(1, Quantity.Unit.DAYS));
  }

  @Test
  @DisplayName(
      "REQ-11 [convention]: an application that arrives on a rest day is confirmed in time on the"
          + " first working day after it: Sat 2026-10-03 (国庆节, 10-01…10-07 off) confirmed Thu 10-08"
          + " is no finding; confirmed Fri 10-09, a finding naming 10-08 and 1 working day")
  void confirmationAfterARestDay() {
    LocalDate saturday = LocalDate.of(2026, 10, 3);
    assertThat(
            new Submission.Electronic(false, saturday, LocalDate.of(2026, 10, 8))
                .lateConfirmation(OFFICIAL))
        .isEmpty();
    assertThat(new Submission.OrdinaryLetter(saturday, LocalDate.of(2026, 10, 8)).lateConfirmation(OFFICIAL))
        .isEmpty();
    Finding late =
        new Submission.Electronic(false, saturday, LocalDate.of(2026, 10, 9))
            .lateConfirmation(OFFICIAL)
            .orElseThrow();
    assertThat(late.kind()).isEqualTo(FindingKind.BROKEN);
    assertThat(late.quantities()).containsExactly(Quantity.of(1, Quantity.Unit.WORKING_DAYS));
    assertThat(chinese(late))
        .contains("于休息日2026年10月3日到达，2026年10月9日才确认，未于其后第一个工作日2026年10月8日确认（相隔1个工作日）");
    assertThat(english(late))
        .contains("a rest day, and was confirmed only on 2026-10-09, not on the first working day"
            + " after it, 2026-10-08 (1 working day later)");
  }

  // ---------------------------------------------------------------------------------- periods

  @Test
  @DisplayName(
      "P-REPLY-2019: received Mon 2026-09-28 → due Fri 2026-10-30 across 国庆节 (make-up Sat 10-10"
          + " counts); explained with 第三十三条")
  void reply2019AcrossNationalDay() {
    // 09-29(1) 09-30(2) [10-01..07 off] 10-08(3) 10-09(4) Sat 10-10(5) 10-12..16(10)
    // 10-19..23(15) 10-26..30(20)
    CaseStatus status = open(Regime.OGI_2019, MON_2026_09_28).status();
    assertThat(status.state()).isEqualTo(CaseState.PROCESSING);
    assertThat(status.state().label()).isEqualTo("处理中");
    assertThat(status.dueDate()).isEqualTo(FRI_2026_10_30);
    assertThat(status.explain())
        .isEqualTo(
            "[REQ-2] 当面提交，以提交之日2026年9月28日为收到申请之日（依据"
                + OGI_2019
                + "第三十一条）\n"
                + "[CAL-4] 自2026年9月28日起算（当日不计入），20个工作日（P-REPLY-2019） → 2026年10月30日（依据"
                + OGI_2019
                + "第三十三条；《中华人民共和国民法典》第二百零一条）\n"
                + "[REQ-9] 自2026年9月28日起处理中");
    assertThat(english(status.findings()))
        .isEqualTo(
            "[REQ-2] handed in in person; received on the day handed in, 2026-09-28 ("
                + OGI_2019_EN
                + ", Art. 31)\n"
                + "[CAL-4] runs from 2026-09-28 (not counted); 20 working days (P-REPLY-2019) →"
                + " 2026-10-30 ("
                + OGI_2019_EN
                + ", Art. 33; Civil Code of the People's Republic of China, Art. 201)\n"
                + "[REQ-9] being processed since 2026-09-28");
    assertThat(status.explain(Language.ENGLISH)).isEqualTo(english(status.findings()));
    assertThat(status.outcome()).isEmpty();
  }

  @Test
  @DisplayName(
      "P-REPLY-2008: the same day of 2015 (the same calendar) under OGI_2008 → 15 working days →"
          + " Fri 2015-10-23")
  void reply2008() {
    CaseStatus status = open(Regime.OGI_2008, MON_2015_09_28).status();
    assertThat(status.dueDate()).isEqualTo(FRI_2015_10_23);
    assertThat(status.explain()).contains("15个工作日（P-REPLY-2008） → 2015年10月23日", "（国务院令第492号）第二十四条");
    assertThat(english(status.findings()))
        .contains(
            "15 working days (P-REPLY-2008) → 2015-10-23",
            "(State Council Decree No. 492), Art. 24");
  }

  @Test
  @DisplayName(
      "P-REPLY-2019: received Fri 2026-02-13, before 春节 → due 2026-03-19; P-REPLY-2008: received"
          + " Fri 2019-02-01, before 春节 → due Wed 2019-02-27")
  void receiptBeforeSpringFestival() {
    // Sat 02-14(1) [02-15..23 off] 02-24..27(5) Sat 02-28(6) 03-02..06(11) 03-09..13(16)
    // 03-16..19 the 17th..20th
    assertThat(open(Regime.OGI_2019, FRI_2026_02_13).status().dueDate()).isEqualTo(THU_2026_03_19);
    // 国办发明电〔2018〕15号: 02-04 … 02-10 off, Sat 02-02 and Sun 02-03 working days:
    // 02-02(1) 02-03(2) [02-04..10 off] 02-11..15(7) 02-18..22(12) 02-25..27(15)
    assertThat(open(Regime.OGI_2008, LocalDate.of(2019, 2, 1)).status().dueDate())
        .isEqualTo(LocalDate.of(2019, 2, 27));
  }

  // ---------------------------------------------------------------------------------- pauses

  @Test
  @DisplayName(
      "P-REPLY-2019, CAL-7: third-party consultation Mon 10-12 → opinion Fri 10-16 removes 4"
          + " working days → due Thu 2026-11-05")
  void thirdPartyConsultation() {
    RequestCase consulting =
        open(Regime.OGI_2019, MON_2026_09_28)
            .apply(new ConsultationSent(MON_2026_10_12, Consulted.THIRD_PARTY, "某建筑公司"));
    assertThat(consulting.status().state()).isEqualTo(CaseState.CONSULTING);
    assertThat(consulting.status().state().label()).isEqualTo("征求意见中");
    // pending: (10-12, 10-14] removes 10-13, 10-14 → 10-30 + 2 = 11-03
    assertThat(consulting.status().deadlineOn(WED_2026_10_14).dueDate()).isEqualTo(TUE_2026_11_03);
    // allowedSteps is date-aware: silence can be noted only once the third party's 15 working
    // days (10-12 → 11-02) have run out; another party may be consulted at once (REQ-12).
    // an extension may be approved while consulting (第三十三条第二款 asks only approval and notice
    // within the period), guided [convention] by the due date of the completed steps, 10-30
    assertThat(consulting.status().allowedSteps())
        .containsExactlyInAnyOrder(
            Step.SEND_CONSULTATION, Step.RECEIVE_OPINION, Step.APPROVE_EXTENSION, Step.WITHDRAW);
    assertThat(consulting.status().allowedSteps(MON_2026_11_02))
        .containsExactlyInAnyOrder(Step.SEND_CONSULTATION, Step.RECEIVE_OPINION, Step.WITHDRAW);
    assertThat(consulting.status().allowedSteps(TUE_2026_11_03))
        .containsExactlyInAnyOrder(
            Step.SEND_CONSULTATION, Step.RECEIVE_OPINION, Step.NOTE_NO_OPINION, Step.WITHDRAW);
    RequestCase extended = consulting.apply(Fixtures.extension(FRI_2026_10_30, 10));
    assertThat(extended.status().state()).isEqualTo(CaseState.CONSULTING);
    // the pending consultation counts up to the latest step: (10-12, 10-30] removes 14 working
    // days, 10-30 → 11-19, and the extension adds 10 → 12-03 (the earliest the due date can be)
    assertThat(extended.status().dueDate()).isEqualTo(LocalDate.of(2026, 12, 3));
    assertThat(extended.status().breaches()).isEmpty();
    assertThat(
            open(Regime.OGI_2019, MON_2026_09_28)
                .apply(new CorrectionAsked(MON_2026_10_12, "文件名称", MON_2026_10_12.plusDays(10)))
                .status()
                .allowedSteps())
        .doesNotContain(Step.APPROVE_EXTENSION);

    RequestCase answered = consulting.apply(new OpinionReceived(FRI_2026_10_16, "不同意公开"));
    // (10-12, 10-16] = 10-13..16, 4 working days; 10-30 → 11-02, 03, 04, 05
    assertThat(answered.status().dueDate()).isEqualTo(THU_2026_11_05);
    assertThat(answered.status().explain())
        .contains(
            "[CAL-7] 2026年10月12日至2026年10月16日（征求第三方意见），4个工作日不计算在期限内 →" + " 2026年11月5日");
    assertThat(english(answered.status().findings()))
        .contains(
            "[CAL-7] paused 2026-10-12 to 2026-10-16 (consulting a third party): 4 working days not counted →"
                + " 2026-11-05");
  }

  @Test
  @DisplayName(
      "P-REPLY-2019, CAL-7: a consultation spanning 国庆节 (Tue 09-29 → Fri 10-09) removes only"
          + " the 3 working days 09-30, 10-08, 10-09 → due Wed 2026-11-04")
  void pauseSpanningHoliday() {
    RequestCase c =
        open(Regime.OGI_2019, MON_2026_09_28)
            .apply(new ConsultationSent(TUE_2026_09_29, Consulted.CO_AGENCY, "市自然资源局"))
            .apply(new OpinionReceived(FRI_2026_10_09, "同意公开"));
    assertThat(c.status().dueDate()).isEqualTo(WED_2026_11_04);
  }

  @Test
  @DisplayName(
      "P-THIRD-PARTY-2019: silence is recorded only after the third party's 15 working days"
          + " (sent 10-12 → by 11-02); the pause ends with that period → due Fri 2026-11-20")
  void thirdPartySilence() {
    RequestCase consulting =
        open(Regime.OGI_2019, MON_2026_09_28)
            .apply(new ConsultationSent(MON_2026_10_12, Consulted.THIRD_PARTY, "某建筑公司"));
    assertThat(Refusals.of(consulting, new NoOpinion(MON_2026_11_02)).rule())
        .isEqualTo(RuleId.of("P-THIRD-PARTY-2019"));
    // (10-12, 11-02] holds 15 working days; 10-30 + 15 → 11-02..06(5) 11-09..13(10) 11-16..20(15)
    RequestCase silent = consulting.apply(new NoOpinion(TUE_2026_11_03));
    assertThat(silent.status().state()).isEqualTo(CaseState.PROCESSING);
    assertThat(silent.status().dueDate()).isEqualTo(FRI_2026_11_20);
  }

  @Test
  @DisplayName(
      "P-CO-AGENCY-2019: another agency's silence counts only after its 15 working days (sent Mon"
          + " 10-12 → by Mon 11-02); recorded Tue 11-03, the pause ends 11-02 → due Fri 2026-11-20")
  void coAgencySilence() {
    RequestCase consulting =
        open(Regime.OGI_2019, MON_2026_09_28)
            .apply(new ConsultationSent(MON_2026_10_12, Consulted.CO_AGENCY, "市自然资源局"));
    RefusedStepException early = Refusals.of(consulting, new NoOpinion(MON_2026_11_02));
    assertThat(early.rule()).isEqualTo(RuleId.of("P-CO-AGENCY-2019"));
    assertThat(early).hasMessageContaining("其他机关");
    CaseStatus consent = consulting.apply(new NoOpinion(TUE_2026_11_03)).status();
    assertThat(consent.dueDate()).isEqualTo(FRI_2026_11_20);
    assertThat(consent.explain())
        .contains("2026年10月12日至2026年11月2日（征求其他机关意见），15个工作日不计算在期限内");
    assertThat(english(consent.findings()))
        .contains("paused 2026-10-12 to 2026-11-02 (consulting another agency): 15 working days not counted");
  }

  @Test
  @DisplayName(
      "REQ-8 [convention], P-REPLY-2019: fee notice Fri 10-09 → paid Wed 10-14 pauses 4 working"
          + " days (make-up Sat 10-10 among them) → due Thu 2026-11-05")
  void feeWait() {
    RequestCase noticed =
        open(Regime.OGI_2019, MON_2026_09_28)
            .apply(new FeeNotice(FRI_2026_10_09, new BigDecimal("100")));
    assertThat(noticed.status().state().label()).isEqualTo("待缴费");
    assertThat(((FeeNotice) noticed.events().get(0)).amountYuan())
        .isEqualTo(new BigDecimal("100.00"));
    RequestCase paid = noticed.apply(new FeePaid(WED_2026_10_14));
    assertThat(paid.status().dueDate()).isEqualTo(THU_2026_11_05);
    assertThat(paid.status().explain())
        .contains("2026年10月9日至2026年10月14日（收费通知至缴纳费用期间），4个工作日不计算在期限内");
    assertThat(english(paid.status().findings()))
        .contains("paused 2026-10-09 to 2026-10-14 (from the fee notice to the payment): 4 working days not counted");
  }

  @Test
  @DisplayName(
      "P-FEE-PAYMENT-2020, REQ-5: unpaid 20 working days after the notice of Fri 10-09 (by Thu"
          + " 11-05) → abandoned on Fri 11-06 → 其他处理／逾期未缴费")
  void feeUnpaid() {
    RequestCase noticed =
        open(Regime.OGI_2019, MON_2026_09_28)
            .apply(new FeeNotice(FRI_2026_10_09, new BigDecimal("300.00")));
    // Sat 10-10(1) 10-12..16(6) 10-19..23(11) 10-26..30(16) 11-02..05(20)
    assertThat(Refusals.of(noticed, new PaymentMissed(THU_2026_11_05)).rule())
        .isEqualTo(RuleId.of("P-FEE-PAYMENT-2020"));
    assertThat(Refusals.of(noticed, new FeePaid(FRI_2026_11_06)).rule())
        .isEqualTo(RuleId.of("P-FEE-PAYMENT-2020"));
    CaseStatus abandoned = noticed.apply(new PaymentMissed(FRI_2026_11_06)).status();
    assertThat(abandoned.state()).isEqualTo(CaseState.CLOSED);
    assertThat(abandoned.outcome()).contains(OutcomeRow.OTHER_FEE_UNPAID);
    assertThat(abandoned.outcome().orElseThrow().label()).startsWith("其他处理／2.");
    assertThat(abandoned.allowedSteps()).isEmpty();
  }

  // ---------------------------------------------------------------------------------- correction

  @Test
  @DisplayName(
      "P-CORRECTION-2019, CAL-8: correction asked Wed 09-30, corrected application received Thu"
          + " 10-15 → the 20 working days run again → due Thu 2026-11-12")
  void correctionRestarts() {
    RequestCase asked =
        open(Regime.OGI_2019, MON_2026_09_28)
            .apply(new CorrectionAsked(WED_2026_09_30, "文件名称或文号", FRI_2026_10_16));
    assertThat(asked.status().state().label()).isEqualTo("待补正");
    RequestCase corrected = asked.apply(new CorrectionReceived(THU_2026_10_15));
    // 10-16(1) 10-19..23(6) 10-26..30(11) 11-02..06(16) 11-09..12(20)
    assertThat(corrected.status().dueDate()).isEqualTo(THU_2026_11_12);
    assertThat(corrected.status().explain())
        .contains(
            "[CAL-8] 2026年10月15日重新起算（收到补正后的申请），此前经过的期间不再计算（依据" + OGI_2019 + "第三十条）",
            "自2026年10月15日起算（当日不计入），20个工作日（P-REPLY-2019） → 2026年11月12日");
    assertThat(english(corrected.status().findings()))
        .contains(
            "[CAL-8] restarted 2026-10-15 (the corrected application received); earlier days no longer count ("
                + OGI_2019_EN
                + ", Art. 30)");
    assertThat(corrected.status().allowedSteps()).doesNotContain(Step.ASK_CORRECTION);
  }

  @Test
  @DisplayName(
      "P-CORRECTION-2019: the notice is due within 7 working days of receipt (Mon 09-28 → Tue"
          + " 10-13); asked on Wed 10-14 is refused")
  void correctionAskedInTime() {
    RequestCase received = open(Regime.OGI_2019, MON_2026_09_28);
    // 09-29(1) 09-30(2) 10-08(3) 10-09(4) Sat 10-10(5) 10-12(6) 10-13(7)
    assertThat(
            received
                .apply(new CorrectionAsked(TUE_2026_10_13, "文号", FRI_2026_10_23))
                .status()
                .state())
        .isEqualTo(CaseState.AWAITING_CORRECTION);
    assertThat(
            Refusals.of(received, new CorrectionAsked(WED_2026_10_14, "文号", FRI_2026_10_23)).rule())
        .isEqualTo(RuleId.of("P-CORRECTION-2019"));
  }

  @Test
  @DisplayName(
      "P-CORRECTION-2019, REQ-5: no correction by the deadline Fri 10-16 → deemed abandoned on Mon"
          + " 10-19 → 其他处理／逾期不补正")
  void correctionMissed() {
    RequestCase asked =
        open(Regime.OGI_2019, MON_2026_09_28)
            .apply(new CorrectionAsked(WED_2026_09_30, "文件名称或文号", FRI_2026_10_16));
    assertThat(Refusals.of(asked, new CorrectionMissed(FRI_2026_10_16)).rule())
        .isEqualTo(RuleId.of("P-CORRECTION-2019"));
    CaseStatus abandoned = asked.apply(new CorrectionMissed(MON_2026_10_19)).status();
    assertThat(abandoned.outcome()).contains(OutcomeRow.OTHER_CORRECTION_MISSED);
    assertThat(abandoned.state().label()).isEqualTo("已办结");
  }

  @Test
  @DisplayName(
      "REQ-3, REQ-4: under OGI_2008 an unclear request is answered (其他处理／其他) or the applicant"
          + " told to amend it (第二十一条第（四）项); under OGI_2019 that answer is refused and the"
          + " correction step is the way")
  void unclearDiffersByRegime() {
    Answer unclear = Answer.of(AnswerKind.UNCLEAR_REQUEST, "请明确所需信息的名称");
    CaseStatus answered2008 =
        open(Regime.OGI_2008, MON_2015_09_28).apply(new Answered(WED_2015_09_30, unclear)).status();
    assertThat(answered2008.outcome()).contains(OutcomeRow.OTHER);

    RefusedStepException refused =
        Refusals.of(open(Regime.OGI_2019, MON_2026_09_28), new Answered(WED_2026_09_30, unclear));
    assertThat(refused.rule()).isEqualTo(RuleId.of("REQ-4"));
    assertThat(refused).hasMessageContaining("UNCLEAR_REQUEST").hasMessageContaining("处理中");

    // OGI-2008 第二十一条第（四）项: telling the applicant to amend or supplement is a step too
    assertThat(open(Regime.OGI_2008, MON_2015_09_28).status().allowedSteps())
        .contains(Step.ASK_CORRECTION)
        .doesNotContain(Step.SEND_FEE_NOTICE, Step.ASK_REASONS);
  }

  // ---------------------------------------------------------------------------------- REQ-6

  @Test
  @DisplayName(
      "REQ-6, P-REPLY-2019: 20 working days granted on the due date Fri 10-30 → Fri 2026-11-27;"
          + " one day more exceeds the bound")
  void extensionOnTheDueDate() {
    RequestCase extended =
        open(Regime.OGI_2019, MON_2026_09_28).apply(extension(FRI_2026_10_30, 20));
    // 11-02..06(5) 11-09..13(10) 11-16..20(15) 11-23..27(20)
    assertThat(extended.status().dueDate()).isEqualTo(FRI_2026_11_27);
    assertThat(extended.status().explain())
        .contains(
            "[REQ-6] 2026年10月30日延长20个工作日（需调取档案；经政府信息公开工作机构负责人李主任同意，2026年10月30日告知申请人）"
                + " → 2026年11月27日");
    assertThat(english(extended.status().findings()))
        .contains(
            "[REQ-6] extended by 20 working days on 2026-10-30 (as recorded; approved by the head"
                + " of the disclosure office, the applicant told on 2026-10-30) → 2026-11-27");
    assertThat(extended.status().allowedSteps()).doesNotContain(Step.APPROVE_EXTENSION);
    assertThat(Refusals.of(extended, extension(MON_2026_11_02, 1)).rule())
        .isEqualTo(RuleId.of("REQ-6"));
  }

  @Test
  @DisplayName(
      "REQ-6, P-REPLY-2008: at most 15 working days (2015-10-23 → 11-13); 16 is refused, and so is"
          + " an extension granted after the due date")
  void extensionBound2008() {
    RequestCase received = open(Regime.OGI_2008, MON_2015_09_28);
    // 10-26..30(5) 11-02..06(10) 11-09..13(15)
    assertThat(received.apply(extension(FRI_2015_10_23, 15)).status().dueDate())
        .isEqualTo(FRI_2015_11_13);
    RefusedStepException tooLong = Refusals.of(received, extension(FRI_2015_10_23, 16));
    assertThat(tooLong.rule()).isEqualTo(RuleId.of("REQ-6"));
    assertThat(tooLong).hasMessageContaining("bound of 15 working days");
    assertThat(Refusals.of(received, extension(MON_2015_10_19.plusDays(7), 5)).rule())
        .isEqualTo(RuleId.of("REQ-6"));
  }

  // ---------------------------------------------------------------------------------- overdue

  @Test
  @DisplayName(
      "P-REPLY-2019: still open on Thu 11-05 → overdue by 4 working days; answered that day →"
          + " closed 予以公开, late by 4")
  void overdue() {
    RequestCase open = open(Regime.OGI_2019, MON_2026_09_28);
    assertThat(open.status().latenessOn(FRI_2026_10_30).isLate()).isFalse();
    assertThat(open.status().latenessOn(THU_2026_11_05).workingDaysLate()).isEqualTo(4);
    CaseStatus closed = open.apply(new Answered(THU_2026_11_05, DISCLOSED)).status();
    assertThat(closed.outcome()).contains(OutcomeRow.DISCLOSED);
    assertThat(closed.closedOn()).contains(THU_2026_11_05);
    assertThat(closed.latenessOn(LocalDate.of(2026, 12, 31)).workingDaysLate()).isEqualTo(4);
    assertThat(closed.explain()).contains("[REQ-9] 自2026年11月5日起已办结", "[REQ-5] 处理结果：予以公开");
    assertThat(english(closed.findings()))
        .contains("[REQ-9] closed since 2026-11-05", "[REQ-5] outcome row:");
  }

  // ---------------------------------------------------------------------------------- REQ-5

  @Test
  @DisplayName(
      "REQ-5, REQ-4: an excessive request is asked for reasons first, then not processed →"
          + " 不予处理／无正当理由大量反复申请")
  void excessiveRequest() {
    Answer excessive = Answer.of(AnswerKind.EXCESSIVE_NOT_PROCESSED, "");
    RequestCase received = open(Regime.OGI_2019, MON_2026_09_28);
    assertThat(Refusals.of(received, new Answered(WED_2026_09_30, excessive)).rule())
        .isEqualTo(RuleId.of("REQ-4"));
    RequestCase asked = received.apply(new ReasonsAsked(WED_2026_09_30));
    assertThat(asked.status().state().label()).isEqualTo("待说明理由");
    CaseStatus closed =
        asked
            .apply(new ReasonsGiven(MON_2026_10_12, "研究需要"))
            .apply(new Answered(TUE_2026_10_13, excessive))
            .status();
    assertThat(closed.outcome()).contains(OutcomeRow.NOT_PROCESSED_EXCESSIVE);
    assertThat(Regime.OGI_2008.allows(AnswerKind.EXCESSIVE_NOT_PROCESSED)).isFalse();
  }

  @Test
  @DisplayName(
      "REQ-4: reasons found reasonable but the request too large → a longer period is set"
          + " (第三十五条): due Fri 2026-10-30 becomes Fri 2026-11-27, a date fixed on the"
          + " P-REPLY-2019 deadline and explained after its counting")
  void longerPeriodSet() {
    // P-REPLY-2019 from Mon 09-28 → Fri 10-30 (see reply2019AcrossNationalDay); the explanation
    // time is counted, so the date holds after the reasons.
    RequestCase given =
        open(Regime.OGI_2019, MON_2026_09_28)
            .apply(new ReasonsAsked(WED_2026_09_30))
            .apply(new ReasonsGiven(MON_2026_10_12, "课题研究需要历年数据"));
    assertThat(given.status().dueDate()).isEqualTo(FRI_2026_10_30);
    assertThat(given.status().allowedSteps()).contains(Step.SET_LONGER_PERIOD);
    CaseStatus set =
        given
            .apply(new LongerPeriodSet(TUE_2026_10_13, FRI_2026_11_27, "申请公开的信息涉及十年档案，需逐件检索"))
            .status();
    assertThat(set.state()).isEqualTo(CaseState.PROCESSING);
    assertThat(set.dueDate()).isEqualTo(FRI_2026_11_27);
    assertThat(set.deadline().dueDate()).isEqualTo(FRI_2026_11_27);
    // The longer period is a due date fixed on the reply deadline (Deadline.withFixedDueDate): the
    // period stays P-REPLY-2019 and the fixed date's finding cites 第三十五条.
    assertThat(set.deadline().period()).isEqualTo(LegalPeriods.P_REPLY_2019);
    List<Finding> steps = set.deadline().findings();
    Finding fixed = steps.get(steps.size() - 1);
    assertThat(fixed.rule()).isEqualTo(Rules.REQ_4);
    assertThat(fixed.dueDate()).contains(FRI_2026_11_27);
    assertThat(fixed.citations()).containsExactly(RequestCitations.LONGER_PERIOD);
    assertThat(fixed.citations().get(0).provision()).isEqualTo("第三十五条");
    assertThat(chinese(fixed))
        .isEqualTo(
            "[REQ-4] 2026年10月13日确定期限届满日为2026年11月27日并告知（申请公开的信息涉及十年档案，需逐件检索）"
                + " → 2026年11月27日（依据"
                + OGI_2019
                + "第三十五条）");
    assertThat(english(fixed))
        .isEqualTo(
            "[REQ-4] on 2026-10-13 the due date was fixed at 2026-11-27 and made known (as"
                + " recorded) → 2026-11-27 ("
                + OGI_2019_EN
                + ", Art. 35)");
    assertThat(set.explain()).contains("（P-REPLY-2019） → 2026年10月30日", chinese(fixed));
    assertThat(set.explain().indexOf("→ 2026年10月30日"))
        .isLessThan(set.explain().indexOf("→ 2026年11月27日"));
    assertThat(set.allowedSteps())
        .contains(Step.ANSWER, Step.SEND_CONSULTATION, Step.SEND_FEE_NOTICE, Step.WITHDRAW)
        .doesNotContain(Step.SET_LONGER_PERIOD, Step.APPROVE_EXTENSION, Step.ASK_CORRECTION);
    assertThat(set.latenessOn(THU_2026_11_26).isLate()).isFalse();
  }

  @Test
  @DisplayName(
      "REQ-4: the set date is a date [convention]: a later consultation does not move it; an"
          + " answer on Fri 2026-11-27 is on time, on Tue 2026-12-01 late by 2 working days"
          + " (Mon 11-30, Tue 12-01)")
  void longerPeriodIsADate() {
    RequestCase set =
        open(Regime.OGI_2019, MON_2026_09_28)
            .apply(new ReasonsAsked(WED_2026_09_30))
            .apply(new ReasonsGiven(MON_2026_10_12, "课题研究需要历年数据"))
            .apply(new LongerPeriodSet(TUE_2026_10_13, FRI_2026_11_27, "数量较大"))
            .apply(new ConsultationSent(MON_2026_11_02, Consulted.THIRD_PARTY, "某建筑公司"))
            .apply(new OpinionReceived(FRI_2026_11_13, "同意公开"));
    assertThat(set.status().dueDate()).isEqualTo(FRI_2026_11_27);
    assertThat(set.status().deadline().dueDate()).isEqualTo(FRI_2026_11_27);
    CaseStatus onTime = set.apply(new Answered(FRI_2026_11_27, DISCLOSED)).status();
    assertThat(onTime.latenessOn(LocalDate.of(2026, 12, 31)).isLate()).isFalse();
    CaseStatus late = set.apply(new Answered(LocalDate.of(2026, 12, 1), DISCLOSED)).status();
    assertThat(late.latenessOn(LocalDate.of(2026, 12, 31)).workingDaysLate()).isEqualTo(2);
    assertThat(late.outcome()).contains(OutcomeRow.DISCLOSED);
  }

  @Test
  @DisplayName(
      "REQ-4, CAL-5: a longer period set to end on Sat 2026-11-28 ends on the next working day, Mon"
          + " 2026-11-30 (《民法典》第二百零三条); an answer that Monday is on time")
  void longerPeriodOnARestDay() {
    LocalDate sat = LocalDate.of(2026, 11, 28);
    LocalDate mon = LocalDate.of(2026, 11, 30);
    CaseStatus set =
        open(Regime.OGI_2019, MON_2026_09_28)
            .apply(new ReasonsAsked(WED_2026_09_30))
            .apply(new ReasonsGiven(MON_2026_10_12, "课题研究需要历年数据"))
            .apply(new LongerPeriodSet(TUE_2026_10_13, sat, "数量较大"))
            .status();
    assertThat(set.dueDate()).isEqualTo(mon);
    Finding fixed = set.deadline().findings().get(set.deadline().findings().size() - 1);
    assertThat(fixed.citations())
        .containsExactly(RequestCitations.LONGER_PERIOD, CountingRules.CIVIL_CODE_ART_203);
    assertThat(chinese(fixed))
        .contains("2026年10月13日确定期限届满日为2026年11月28日并告知（数量较大），该日为休息日，顺延至2026年11月30日 → 2026年11月30日");
    assertThat(english(fixed))
        .contains(
            "on 2026-10-13 the due date was fixed at 2026-11-28 and made known (as recorded); a rest"
                + " day, it moves to 2026-11-30 → 2026-11-30");
    assertThat(set.latenessOn(mon).isLate()).isFalse();
    assertThat(set.latenessOn(mon.plusDays(1)).workingDaysLate()).isEqualTo(1);
  }

  @Test
  @DisplayName(
      "REQ-4, REQ-5: a petition in the form of a request → 不予处理／信访举报投诉类申请 (第三十九条第一款); a"
          + " request for publications → 不予处理／要求提供公开出版物 (第三十九条第二款); both state what to do")
  void petitionAndPublication() {
    Answer petition = Answer.of(AnswerKind.PETITION_NOT_PROCESSED, "请通过12345政务服务便民热线反映");
    Answer publication = Answer.of(AnswerKind.PUBLICATION_REQUESTED, "可在市图书馆政府公报阅览点查阅");
    assertThat(close(Regime.OGI_2019, petition)).isEqualTo(OutcomeRow.NOT_PROCESSED_PETITION);
    assertThat(OutcomeRow.NOT_PROCESSED_PETITION.label()).isEqualTo("不予处理／1.信访举报投诉类申请");
    assertThat(close(Regime.OGI_2019, publication)).isEqualTo(OutcomeRow.NOT_PROCESSED_PUBLICATION);
    assertThat(OutcomeRow.NOT_PROCESSED_PUBLICATION.label()).isEqualTo("不予处理／3.要求提供公开出版物");
    assertThat(Answer.rowsFor(AnswerKind.PETITION_NOT_PROCESSED))
        .containsExactly(OutcomeRow.NOT_PROCESSED_PETITION);
    assertThat(Answer.rowsFor(AnswerKind.PUBLICATION_REQUESTED))
        .containsExactly(OutcomeRow.NOT_PROCESSED_PUBLICATION);
    assertThatThrownBy(() -> Answer.of(AnswerKind.PETITION_NOT_PROCESSED, " "))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("REQ-4: a PETITION_NOT_PROCESSED")
        .hasMessageContaining("相应渠道");
    assertThatThrownBy(() -> Answer.of(AnswerKind.PUBLICATION_REQUESTED, ""))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("获取的途径");
    assertThatThrownBy(() -> new Answer(AnswerKind.PUBLICATION_REQUESTED, "书店", OutcomeRow.OTHER))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("REQ-5");
    RequestCase received2008 = open(Regime.OGI_2008, MON_2015_09_28);
    assertThat(Refusals.of(received2008, new Answered(WED_2015_09_30, petition)).rule())
        .isEqualTo(RuleId.of("REQ-3"));
    assertThat(Refusals.of(received2008, new Answered(WED_2015_09_30, publication)).rule())
        .isEqualTo(RuleId.of("REQ-3"));
  }

  @Test
  @DisplayName(
      "REQ-5: a refusal counts in the 不予公开 sub-row of its reason category; partial disclosure"
          + " in 部分公开; non-existence in 无法提供; a repeat in 不予处理; a withdrawal in 其他处理／其他")
  void outcomeRows() {
    Answer secret =
        new Answer(AnswerKind.NOT_DISCLOSED, "属于国家秘密", OutcomeRow.NOT_DISCLOSED_STATE_SECRET);
    assertThat(close(Regime.OGI_2019, secret)).isEqualTo(OutcomeRow.NOT_DISCLOSED_STATE_SECRET);
    assertThat(OutcomeRow.NOT_DISCLOSED_STATE_SECRET.label()).isEqualTo("不予公开／1.属于国家秘密");
    assertThat(close(Regime.OGI_2019, Answer.of(AnswerKind.PARTIALLY_DISCLOSED, "第三页个人信息")))
        .isEqualTo(OutcomeRow.PARTIALLY_DISCLOSED);
    assertThat(close(Regime.OGI_2019, Answer.of(AnswerKind.DOES_NOT_EXIST, "")))
        .isEqualTo(OutcomeRow.UNAVAILABLE_NOT_HELD);
    assertThat(close(Regime.OGI_2019, Answer.of(AnswerKind.NOT_THIS_AGENCYS, "市统计局，0451-1234567")))
        .isEqualTo(OutcomeRow.UNAVAILABLE_NOT_HELD);
    assertThat(close(Regime.OGI_2019, Answer.of(AnswerKind.REPEATED_REQUEST, "")))
        .isEqualTo(OutcomeRow.NOT_PROCESSED_REPEATED);
    assertThat(close(Regime.OGI_2019, Answer.of(AnswerKind.ALREADY_PUBLISHED, "见本机关门户网站")))
        .isEqualTo(OutcomeRow.DISCLOSED);
    assertThat(close(Regime.OGI_2008, Answer.of(AnswerKind.UNRELATED_TO_NEEDS, "")))
        .isEqualTo(OutcomeRow.OTHER);
    assertThat(
            open(Regime.OGI_2019, MON_2026_09_28)
                .apply(new Withdrawn(TUE_2026_09_29))
                .status()
                .outcome())
        .contains(OutcomeRow.OTHER);
    assertThat(OutcomeRow.values()).hasSize(21);
  }

  @Test
  @DisplayName("REQ-5: 补正后申请内容仍不明确 needs a correction received first")
  void stillUnclearAfterCorrection() {
    Answer stillUnclear =
        new Answer(AnswerKind.DOES_NOT_EXIST, "", OutcomeRow.UNAVAILABLE_STILL_UNCLEAR);
    RequestCase received = open(Regime.OGI_2019, MON_2026_09_28);
    assertThat(Refusals.of(received, new Answered(WED_2026_09_30, stillUnclear)).rule())
        .isEqualTo(RuleId.of("REQ-5"));
    assertThat(
            received
                .apply(new CorrectionAsked(WED_2026_09_30, "文号", FRI_2026_10_16))
                .apply(new CorrectionReceived(FRI_2026_10_09))
                .apply(new Answered(MON_2026_10_12, stillUnclear))
                .status()
                .outcome())
        .contains(OutcomeRow.UNAVAILABLE_STILL_UNCLEAR);
    // recorded without a correction: a breach that says why, in both languages
    List<Finding> recorded =
        received.record(new Answered(WED_2026_09_30, stillUnclear)).status().breaches();
    assertThat(Language.CHINESE.render(recorded))
        .contains("2026年9月30日答复“信息不存在”，不符合规定：未告知补正并收到补正，不能计入“无法提供／3.补正后申请内容仍不明确”");
    assertThat(Language.ENGLISH.render(recorded))
        .contains(
            "not allowed here: no correction was asked for and received, so it cannot count as"
                + " \"unable to provide / 3. the application is still unclear after correction\"");
  }

  private static OutcomeRow close(Regime regime, Answer answer) {
    // each regime on a day its regulation was in force (REQ-2): Mon 09-28, answered Fri 10-09
    LocalDate receipt = regime.equals(Regime.OGI_2019) ? MON_2026_09_28 : MON_2015_09_28;
    return open(regime, receipt)
        .apply(new Answered(receipt.plusDays(11), answer))
        .status()
        .outcome()
        .orElseThrow();
  }
}
