package dev.disclosure.core.request;

import static dev.disclosure.core.request.Fixtures.FRI_2015_10_23;
import static dev.disclosure.core.request.Fixtures.FRI_2015_11_27;
import static dev.disclosure.core.request.Fixtures.FRI_2026_10_09;
import static dev.disclosure.core.request.Fixtures.FRI_2026_10_16;
import static dev.disclosure.core.request.Fixtures.FRI_2026_10_30;
import static dev.disclosure.core.request.Fixtures.FRI_2026_11_27;
import static dev.disclosure.core.request.Fixtures.MON_2015_09_28;
import static dev.disclosure.core.request.Fixtures.MON_2015_11_02;
import static dev.disclosure.core.request.Fixtures.MON_2026_09_28;
import static dev.disclosure.core.request.Fixtures.MON_2026_10_12;
import static dev.disclosure.core.request.Fixtures.MON_2026_11_02;
import static dev.disclosure.core.request.Fixtures.TUE_2015_09_29;
import static dev.disclosure.core.request.Fixtures.TUE_2026_09_29;
import static dev.disclosure.core.request.Fixtures.TUE_2026_10_13;
import static dev.disclosure.core.request.Fixtures.TUE_2026_11_03;
import static dev.disclosure.core.request.Fixtures.WED_2026_09_30;
import static dev.disclosure.core.request.Fixtures.WED_2026_10_14;
import static dev.disclosure.core.request.Fixtures.extension;
import static dev.disclosure.core.request.Fixtures.open;
import static org.assertj.core.api.Assertions.assertThat;

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
import dev.disclosure.core.request.RequestEvent.OrderKind;
import dev.disclosure.core.request.RequestEvent.Orderer;
import dev.disclosure.core.request.RequestEvent.PaymentMissed;
import dev.disclosure.core.request.RequestEvent.ReasonsAsked;
import dev.disclosure.core.request.RequestEvent.ReasonsGiven;
import dev.disclosure.core.request.RequestEvent.Withdrawn;
import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Each refusal of guidance states its rule and, in full, why: the text a case officer reads in
 * the refusal is the rule's own condition with the case's dates (REQ-3 … REQ-12). Received Mon
 * 2026-09-28 by hand on the official calendar: OGI_2019 due Fri 2026-10-30 (20 working days),
 * OGI_2008 due Fri 2026-10-23 (15); the 7 working days to ask for a correction end Tue 2026-10-13
 * (09-29, 09-30, 10-08, 10-09, Sat 10-10, 10-12, 10-13); a fee noticed Tue 09-29 is payable within
 * 20 working days, by Mon 2026-11-02 (P-FEE-PAYMENT-2020).
 */
class RefusalDetailsTest {

  private static final Answer DISCLOSED = Answer.of(AnswerKind.DISCLOSED, "予以公开");

  private static RequestCase open2019() {
    return open(Regime.OGI_2019, MON_2026_09_28);
  }

  /** OGI_2008 in 2015, while it was in force, on a calendar that is 2026's from 09-26 (Fixtures). */
  private static RequestCase open2008() {
    return open(Regime.OGI_2008, MON_2015_09_28);
  }

  /** Reasons asked and given, a longer period to Fri 2026-11-27 set on Fri 2026-10-09. */
  private static RequestCase longerPeriodSet() {
    return open2019()
        .apply(new ReasonsAsked(TUE_2026_09_29))
        .apply(new ReasonsGiven(WED_2026_09_30, "研究需要"))
        .apply(new LongerPeriodSet(FRI_2026_10_09, FRI_2026_11_27, "申请数量较大"));
  }

  private static void refused(RequestCase c, RequestEvent event, String rule, String detail) {
    RefusedStepException refused = Refusals.of(c, event);
    assertThat(refused.rule().id()).isEqualTo(rule);
    assertThat(refused.detail()).isEqualTo(detail);
  }

  @Test
  @DisplayName("REQ-4: no correction notice and no extension after a longer reasonable period was set")
  void afterLongerPeriod() {
    refused(
        longerPeriodSet(),
        new CorrectionAsked(MON_2026_10_12, "补充描述", FRI_2026_10_16),
        "REQ-4",
        "under OGI_2019, a longer reasonable period was set; no correction under 第三十条 follows it");
    refused(
        longerPeriodSet(),
        extension(MON_2026_10_12, 5),
        "REQ-4",
        "under OGI_2019, a longer reasonable period was set; no extension under 第三十三条 follows it");
    refused(
        longerPeriodSet(),
        new LongerPeriodSet(MON_2026_10_12, FRI_2026_11_27, "再次延迟"),
        "REQ-4",
        "under OGI_2019, a longer reasonable period was already set");
  }

  @Test
  @DisplayName("REQ-4: a longer reasonable period follows the applicant's reasons")
  void longerPeriodWithoutReasons() {
    refused(
        open2019(),
        new LongerPeriodSet(FRI_2026_10_09, FRI_2026_11_27, "申请数量较大"),
        "REQ-4",
        "under OGI_2019, a longer reasonable period follows the applicant's reasons; none asked");
  }

  @Test
  @DisplayName(
      "REQ-3: under OGI_2008 the notice to amend or supplement (第二十一条第（四）项) is given within the"
          + " reply period, due Fri 2015-10-23")
  void correction2008AfterDue() {
    refused(
        open2008(),
        new CorrectionAsked(MON_2015_11_02, "补充描述", FRI_2015_11_27),
        "REQ-3",
        "under OGI_2008, the notice to amend or supplement (OGI-2008 第二十一条第（四）项) answers the"
            + " request within the reply period, due 2015-10-23; given on 2015-11-02");
  }

  @Test
  @DisplayName("P-CORRECTION-2019: the applicant is told once what to supplement (一次性告知)")
  void secondCorrection() {
    RequestCase supplied =
        open2019()
            .apply(new CorrectionAsked(TUE_2026_09_29, "补充描述", FRI_2026_10_09))
            .apply(new CorrectionReceived(WED_2026_09_30));
    refused(
        supplied,
        new CorrectionAsked(FRI_2026_10_09, "再补充", FRI_2026_10_16),
        "P-CORRECTION-2019",
        "under OGI_2019, the applicant is told once, in full, what to supplement (一次性告知)");
  }

  @Test
  @DisplayName("P-CORRECTION-2019: a correction is not missed before the deadline set for it")
  void correctionNotYetMissed() {
    RequestCase asked =
        open2019().apply(new CorrectionAsked(TUE_2026_09_29, "补充描述", TUE_2026_10_13));
    refused(
        asked,
        new CorrectionMissed(MON_2026_10_12),
        "P-CORRECTION-2019",
        "under OGI_2019, the correction is due by 2026-10-13; it is not missed on 2026-10-12");
  }

  @Test
  @DisplayName(
      "REQ-3: OGI_2008 consults only third parties; it has no excessive-request step and no longer"
          + " reasonable period")
  void stepsOgi2008Lacks() {
    refused(
        open2008(),
        new ConsultationSent(TUE_2015_09_29, Consulted.CO_AGENCY, "市财政局"),
        "REQ-3",
        "under OGI_2008, OGI_2008 excludes only third-party consultation time from the reply period;"
            + " consulting another agency is an OGI_2019 step (P-CO-AGENCY-2019)");
    refused(
        open2008(),
        new ReasonsAsked(TUE_2015_09_29),
        "REQ-3",
        "under OGI_2008, OGI_2008 has no excessive-request step (要求说明理由)");
    refused(
        open2008(),
        new ReasonsGiven(TUE_2015_09_29, "研究需要"),
        "REQ-3",
        "under OGI_2008, OGI_2008 has no excessive-request step (要求说明理由)");
    refused(
        open2008(),
        new LongerPeriodSet(TUE_2015_09_29, FRI_2015_11_27, "申请数量较大"),
        "REQ-3",
        "under OGI_2008, OGI_2008 has no longer reasonable period (第三十五条)");
  }

  @Test
  @DisplayName("REQ-7: OGI_2008 charges no processing fee: no fee notice, no payment")
  void noFeeUnder2008() {
    refused(
        open2008(),
        new FeeNotice(TUE_2015_09_29, BigDecimal.TEN),
        "REQ-7",
        "under OGI_2008, OGI_2008 charges no processing fee (信息处理费); it has no fee notice");
    refused(
        open2008(),
        new FeePaid(TUE_2015_09_29),
        "REQ-7",
        "under OGI_2008, OGI_2008 charges no processing fee (信息处理费)");
    refused(
        open2008(),
        new PaymentMissed(TUE_2015_09_29),
        "REQ-7",
        "under OGI_2008, OGI_2008 charges no processing fee (信息处理费)");
  }

  @Test
  @DisplayName(
      "REQ-8, REQ-9: one fee notice per request, sent within the reply period (due Fri 2026-10-30)")
  void feeNotices() {
    RequestCase paid =
        open2019()
            .apply(new FeeNotice(TUE_2026_09_29, BigDecimal.TEN))
            .apply(new FeePaid(WED_2026_09_30));
    refused(
        paid,
        new FeeNotice(FRI_2026_10_09, BigDecimal.TEN),
        "REQ-9",
        "under OGI_2019, a fee notice was already sent in this case");
    refused(
        open2019(),
        new FeeNotice(MON_2026_11_02, BigDecimal.TEN),
        "REQ-8",
        "under OGI_2019, a fee notice goes out within the reply period, due 2026-10-30; sent"
            + " 2026-11-02");
  }

  @Test
  @DisplayName(
      "P-FEE-PAYMENT-2020: a fee noticed Tue 2026-09-29 is payable by Mon 2026-11-02: no payment"
          + " after it, no missed payment before it")
  void paymentDeadline() {
    RequestCase noticed = open2019().apply(new FeeNotice(TUE_2026_09_29, BigDecimal.TEN));
    refused(
        noticed,
        new FeePaid(TUE_2026_11_03),
        "P-FEE-PAYMENT-2020",
        "under OGI_2019, the fee noticed on 2026-09-29 is payable by 2026-11-02; a payment on"
            + " 2026-11-03 comes after the request was abandoned");
    refused(
        noticed,
        new PaymentMissed(MON_2026_11_02),
        "P-FEE-PAYMENT-2020",
        "under OGI_2019, the fee noticed on 2026-09-29 is payable by 2026-11-02; it is not missed on"
            + " 2026-11-02");
  }

  @Test
  @DisplayName("REQ-6: the extensions of P-REPLY-2019 reach their bound of 20 working days")
  void extensionBound() {
    RequestCase extended = open2019().apply(extension(TUE_2026_09_29, 20));
    refused(
        extended,
        extension(FRI_2026_10_09, 1),
        "REQ-6",
        "under OGI_2019, P-REPLY-2019's extensions reach their bound of 20 working days; none remain");
  }

  @Test
  @DisplayName("REQ-9: the applicant is asked for reasons once")
  void reasonsOnce() {
    RequestCase given =
        open2019()
            .apply(new ReasonsAsked(TUE_2026_09_29))
            .apply(new ReasonsGiven(WED_2026_09_30, "研究需要"));
    refused(
        given,
        new ReasonsAsked(FRI_2026_10_09),
        "REQ-9",
        "under OGI_2019, the applicant was already asked for reasons");
  }

  @Test
  @DisplayName(
      "REQ-4, REQ-5: EXCESSIVE_NOT_PROCESSED needs reasons asked first; row 补正后申请内容仍不明确 needs a"
          + " correction received first")
  void answersThatNeedAStepFirst() {
    RefusedStepException excessive =
        Refusals.of(
            open2019(),
            new Answered(FRI_2026_10_09, Answer.of(AnswerKind.EXCESSIVE_NOT_PROCESSED, "")));
    assertThat(excessive.rule().id()).isEqualTo("REQ-4");
    assertThat(excessive.detail())
        .isEqualTo(
            "under OGI_2019, an excessive request is not processed only after the applicant was"
                + " asked for reasons ("
                + RequestCitations.EXCESSIVE.toReference()
                + ")")
        .contains("第三十五条");
    refused(
        open2019(),
        new Answered(
            FRI_2026_10_09,
            new Answer(AnswerKind.DOES_NOT_EXIST, "", OutcomeRow.UNAVAILABLE_STILL_UNCLEAR)),
        "REQ-5",
        "under OGI_2019, row 无法提供／3.补正后申请内容仍不明确 needs a correction received first");
  }

  @Test
  @DisplayName(
      "REQ-12: an order to answer follows an answer or a period run out, of the kind that fits the"
          + " case")
  void orders() {
    AnswerOrdered anew =
        new AnswerOrdered(
            FRI_2026_10_09, Orderer.REVIEW_BODY, OrderKind.ANSWER_ANEW, "某复决字〔2026〕1号", 15,
            PeriodUnit.WORKING_DAYS);
    AnswerOrdered within =
        new AnswerOrdered(
            FRI_2026_10_09, Orderer.COURT, OrderKind.ANSWER_WITHIN, "（2026）某行初1号", 15,
            PeriodUnit.WORKING_DAYS);
    refused(
        open2019().apply(new Withdrawn(TUE_2026_09_29)),
        anew,
        "REQ-12",
        "under OGI_2019, the case closed without an answer; no order to answer follows");
    refused(
        open2019(),
        within,
        "REQ-12",
        "under OGI_2019, the case is open and within its period on 2026-10-09; an order to answer"
            + " follows an answer or a period run out");
    refused(
        open2019().apply(new Answered(TUE_2026_09_29, DISCLOSED)),
        within,
        "REQ-12",
        "under OGI_2019, ANSWER_WITHIN does not fit a case answered; ANSWER_ANEW does");
    AnswerOrdered anewWhileOpen =
        new AnswerOrdered(
            TUE_2026_11_03, Orderer.REVIEW_BODY, OrderKind.ANSWER_ANEW, "某复决字〔2026〕2号", 15,
            PeriodUnit.WORKING_DAYS);
    refused(
        open2019(),
        anewWhileOpen,
        "REQ-12",
        "under OGI_2019, ANSWER_ANEW does not fit a case not yet answered; ANSWER_WITHIN does");
    RequestCase ordered = open2019().apply(new Answered(TUE_2026_09_29, DISCLOSED)).apply(anew);
    refused(
        ordered,
        new ConsultationSent(WED_2026_10_14, Consulted.THIRD_PARTY, "甲公司"),
        "REQ-12",
        "under OGI_2019, an order to answer fixed the period; SEND_CONSULTATION would pause, extend"
            + " or restart it, and only [ANSWER, WITHDRAW, ORDER_ANSWER] follow an order");
  }

  @Test
  @DisplayName(
      "REQ-12: a note of silence names a party whose consultation is pending; the refusal lists those"
          + " pending")
  void silenceOfUnknownParty() {
    RequestCase consulting =
        open2019()
            .apply(new ConsultationSent(TUE_2026_09_29, Consulted.THIRD_PARTY, "甲公司"))
            .apply(new ConsultationSent(WED_2026_09_30, Consulted.CO_AGENCY, "市财政局"));
    refused(
        consulting,
        new NoOpinion(FRI_2026_10_30, "乙公司"),
        "REQ-12",
        "under OGI_2019, no consultation of '乙公司' is pending; pending: [甲公司, 市财政局]");
  }

  @Test
  @DisplayName("REQ-9: an answer waits for the consulted party; the refusal lists what is allowed")
  void answerWhileConsulting() {
    RequestCase consulting =
        open2008().apply(new ConsultationSent(TUE_2015_09_29, Consulted.THIRD_PARTY, "甲公司"));
    refused(
        consulting,
        new Answered(FRI_2015_10_23, DISCLOSED),
        "REQ-9",
        "under OGI_2008, not a step of state 征求意见中 (CONSULTING); allowed on 2015-10-23: "
            + consulting.status().allowedSteps(FRI_2015_10_23));
  }
}
