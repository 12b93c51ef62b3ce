package dev.disclosure.core.request;

import static dev.disclosure.core.request.Fixtures.FRI_2015_10_09;
import static dev.disclosure.core.request.Fixtures.FRI_2026_10_09;
import static dev.disclosure.core.request.Fixtures.FRI_2026_10_16;
import static dev.disclosure.core.request.Fixtures.FRI_2026_10_23;
import static dev.disclosure.core.request.Fixtures.FRI_2026_10_30;
import static dev.disclosure.core.request.Fixtures.FRI_2026_11_27;
import static dev.disclosure.core.request.Fixtures.MON_2015_09_28;
import static dev.disclosure.core.request.Fixtures.MON_2026_09_28;
import static dev.disclosure.core.request.Fixtures.MON_2026_10_12;
import static dev.disclosure.core.request.Fixtures.MON_2026_11_02;
import static dev.disclosure.core.request.Fixtures.OFFICIAL;
import static dev.disclosure.core.request.Fixtures.THU_2026_11_05;
import static dev.disclosure.core.request.Fixtures.TUE_2015_09_29;
import static dev.disclosure.core.request.Fixtures.TUE_2026_09_29;
import static dev.disclosure.core.request.Fixtures.TUE_2026_10_13;
import static dev.disclosure.core.request.Fixtures.TUE_2026_11_03;
import static dev.disclosure.core.request.Fixtures.WED_2015_10_28;
import static dev.disclosure.core.request.Fixtures.WED_2026_09_30;
import static dev.disclosure.core.request.Fixtures.WED_2026_10_14;
import static dev.disclosure.core.request.Fixtures.ZHANG_SAN;
import static dev.disclosure.core.request.Fixtures.extension;
import static org.assertj.core.api.Assertions.assertThat;

import dev.disclosure.calendar.Citation;
import dev.disclosure.calendar.Finding;
import dev.disclosure.calendar.FindingKind;
import dev.disclosure.calendar.Language;
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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Histories recorded as they happened (REQ-10): the steps guidance would refuse, each with its
 * effect as the law counts it and the finding's exact words. Received Mon 2026-09-28 by hand on
 * the official calendar: OGI_2019 due Fri 2026-10-30, OGI_2008 due Fri 2026-10-23; the 7 working
 * days to ask for a correction end Tue 2026-10-13; a correction received Tue 10-13 restarts the 20
 * working days to Tue 2026-11-10 (OGI-2019 第三十条); a fee noticed Tue 09-29 is payable by Mon
 * 2026-11-02; a third party that received a consultation Tue 09-29 has 15 working days, to Mon
 * 2026-10-26 (第三十二条).
 */
class RecordedStepsTest {

  private static final LocalDate TUE_2026_11_10 = LocalDate.of(2026, 11, 10);
  private static final LocalDate WED_2026_10_28 = LocalDate.of(2026, 10, 28);

  private static RequestCase recorded(Regime regime, RequestEvent... events) {
    return RequestCase.recorded(
        regime, OFFICIAL, ZHANG_SAN, Fixtures.handedIn(MON_2026_09_28), List.of(events));
  }

  private static List<Finding> broken(RequestCase c) {
    return c.status().findings().stream().filter(f -> f.kind() == FindingKind.BROKEN).toList();
  }

  private static String zh(Finding finding) {
    return Language.CHINESE.render(finding.what());
  }

  private static String en(Finding finding) {
    return Language.ENGLISH.render(finding.what());
  }

  private static List<String> provisions(Finding finding) {
    return finding.citations().stream().map(Citation::provision).toList();
  }

  @Test
  @DisplayName(
      "REQ-3, REQ-10: under OGI_2008 a notice to amend or supplement given during a consultation,"
          + " within the reply period, is lawful: the convention of the restart and no breach")
  void correction2008DuringConsultation() {
    RequestCase c =
        recorded(
            Regime.OGI_2008,
            new ConsultationSent(TUE_2026_09_29, Consulted.THIRD_PARTY, "甲公司"),
            new CorrectionAsked(WED_2026_09_30, "补充描述", FRI_2026_10_16));
    assertThat(c.status().breaches()).isEmpty();
    assertThat(c.status().state()).isEqualTo(CaseState.AWAITING_CORRECTION);
    List<Finding> conventions =
        c.status().findings().stream()
            .filter(f -> f.kind() == FindingKind.CONVENTION && f.rule().id().equals("REQ-3"))
            .toList();
    assertThat(conventions).singleElement().satisfies(f -> assertThat(en(f))
        .isEqualTo(
            "on 2026-09-30 the applicant was told to amend or supplement; the regulation sets no"
                + " correction period and no restart, so by convention the amended application"
                + " counts as received anew and the period runs from its receipt (Art. 24)"));
  }

  @Test
  @DisplayName(
      "P-CORRECTION-2019: a second notice while the first is awaited breaks 一次性告知 and restarts"
          + " nothing; the first still restarts the period on receipt (Tue 10-13 → Tue 11-10)")
  void secondNoticeWhileAwaited() {
    RequestCase c =
        recorded(
            Regime.OGI_2019,
            new CorrectionAsked(TUE_2026_09_29, "补充描述", FRI_2026_10_16),
            new CorrectionAsked(FRI_2026_10_09, "再补充", FRI_2026_10_23),
            new CorrectionReceived(TUE_2026_10_13));
    assertThat(c.status().dueDate()).isEqualTo(TUE_2026_11_10);
    assertThat(broken(c))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule().id()).isEqualTo("P-CORRECTION-2019");
              assertThat(zh(f))
                  .isEqualTo("2026年10月9日再次告知补正，违反一次性告知的规定；再次补正不重新计算答复期限");
              assertThat(provisions(f)).containsExactly("第三十条");
            });
  }

  @Test
  @DisplayName(
      "P-CORRECTION-2019: a notice after the 7 working days (Tue 10-13) still restarts the period"
          + " while the reply period runs, and restarts nothing once it has run out (Fri 10-30)")
  void lateNotices() {
    RequestCase inPeriod =
        recorded(Regime.OGI_2019, new CorrectionAsked(WED_2026_10_14, "补充描述", FRI_2026_10_23));
    assertThat(broken(inPeriod))
        .singleElement()
        .satisfies(
            f ->
                assertThat(zh(f))
                    .isEqualTo(
                        "2026年10月14日告知补正，超过收到申请之日2026年9月28日起7个工作日的期限2026年10月13日，逾期1个工作日；答复期限仍自收到补正之日起计算"));
    assertThat(broken(inPeriod))
        .map(RecordedStepsTest::en)
        .containsExactly(
            "correction asked on 2026-10-14, after the 7 working days from receipt on 2026-09-28"
                + " ended on 2026-10-13: late by 1 working day; the reply period still runs from"
                + " the correction's receipt");
    RequestCase afterDue =
        recorded(Regime.OGI_2019, new CorrectionAsked(MON_2026_11_02, "补充描述", FRI_2026_11_27));
    assertThat(broken(afterDue))
        .singleElement()
        .satisfies(
            f ->
                assertThat(en(f))
                    .isEqualTo(
                        "correction asked on 2026-11-02, after the 7 working days from receipt on"
                            + " 2026-09-28 ended on 2026-10-13: late by 14 working days; the reply"
                            + " period had already run out on 2026-10-30, and the correction"
                            + " restarts nothing"));
    assertThat(broken(afterDue))
        .map(RecordedStepsTest::zh)
        .containsExactly(
            "2026年11月2日告知补正，超过收到申请之日2026年9月28日起7个工作日的期限2026年10月13日，逾期14个工作日；其时答复期限已于2026年10月30日届满，补正不重新计算期限");
  }

  @Test
  @DisplayName(
      "P-CORRECTION-2019, REQ-5: a request deemed abandoned before the correction deadline (Tue"
          + " 10-13) is a breach; the case still closes in the correction-missed row")
  void abandonedBeforeCorrectionDeadline() {
    RequestCase c =
        recorded(
            Regime.OGI_2019,
            new CorrectionAsked(TUE_2026_09_29, "补充描述", TUE_2026_10_13),
            new CorrectionMissed(MON_2026_10_12));
    assertThat(c.status().isClosed()).isTrue();
    assertThat(c.status().outcome()).contains(OutcomeRow.OTHER_CORRECTION_MISSED);
    assertThat(broken(c))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule().id()).isEqualTo("P-CORRECTION-2019");
              assertThat(en(f))
                  .isEqualTo("deemed abandoned on 2026-10-12, before the correction deadline 2026-10-13 passed");
            });
  }

  @Test
  @DisplayName(
      "P-FEE-PAYMENT-2020: a payment in time while a correction is awaited ends the fee wait without"
          + " a finding; a request deemed abandoned before the payment deadline (Mon 11-02) is a breach")
  void payments() {
    RequestCase paid =
        recorded(
            Regime.OGI_2019,
            new FeeNotice(TUE_2026_09_29, BigDecimal.TEN),
            new CorrectionAsked(WED_2026_09_30, "补充描述", FRI_2026_10_16),
            new FeePaid(FRI_2026_10_09));
    assertThat(paid.status().breaches()).isEmpty();
    assertThat(paid.status().state()).isEqualTo(CaseState.AWAITING_CORRECTION);
    assertThat(paid.record(new CorrectionReceived(TUE_2026_10_13)).status().state())
        .isEqualTo(CaseState.PROCESSING);

    RequestCase missed =
        recorded(
            Regime.OGI_2019,
            new FeeNotice(TUE_2026_09_29, BigDecimal.TEN),
            new PaymentMissed(FRI_2026_10_30));
    assertThat(missed.status().outcome()).contains(OutcomeRow.OTHER_FEE_UNPAID);
    assertThat(broken(missed))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule().id()).isEqualTo("P-FEE-PAYMENT-2020");
              assertThat(zh(f)).isEqualTo("2026年10月30日以逾期未缴费视为放弃申请，但缴费期限至2026年11月2日尚未届满");
            });
  }

  @Test
  @DisplayName(
      "REQ-4, REQ-10: reasons given while a fee is awaited answer the request for reasons; once paid"
          + " the case is processed")
  void reasonsWhileFeeAwaited() {
    RequestCase c =
        recorded(
            Regime.OGI_2019,
            new ReasonsAsked(TUE_2026_09_29),
            new FeeNotice(WED_2026_09_30, BigDecimal.TEN),
            new ReasonsGiven(FRI_2026_10_09, "研究需要"));
    assertThat(c.status().breaches()).isEmpty();
    assertThat(c.status().state()).isEqualTo(CaseState.AWAITING_PAYMENT);
    assertThat(c.record(new FeePaid(MON_2026_10_12)).status().state())
        .isEqualTo(CaseState.PROCESSING);
  }

  @Test
  @DisplayName(
      "REQ-4: a longer reasonable period without reasons asked first, or set a second time, counts"
          + " for nothing, and the finding says why")
  void longerPeriodsThatCountForNothing() {
    RequestCase withoutReasons =
        recorded(
            Regime.OGI_2019, new LongerPeriodSet(FRI_2026_10_09, FRI_2026_11_27, "申请数量较大"));
    assertThat(withoutReasons.status().dueDate()).isEqualTo(FRI_2026_10_30);
    assertThat(broken(withoutReasons))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(en(f))
                  .isEqualTo(
                      "a longer reasonable period to 2026-11-27 set on 2026-10-09 counts for"
                          + " nothing: no reasons were asked first");
              assertThat(provisions(f)).containsExactly("第三十五条");
            });
    RequestCase twice =
        recorded(
            Regime.OGI_2019,
            new ReasonsAsked(TUE_2026_09_29),
            new ReasonsGiven(WED_2026_09_30, "研究需要"),
            new LongerPeriodSet(FRI_2026_10_09, FRI_2026_11_27, "申请数量较大"),
            new LongerPeriodSet(MON_2026_10_12, LocalDate.of(2026, 12, 11), "再次延迟"));
    assertThat(twice.status().dueDate()).isEqualTo(FRI_2026_11_27);
    assertThat(broken(twice))
        .singleElement()
        .satisfies(
            f ->
                assertThat(zh(f))
                    .isEqualTo("2026年10月12日确定延迟答复的合理期限至2026年12月11日，不予计入：此前已确定过延迟答复的合理期限"));
  }

  @Test
  @DisplayName(
      "P-THIRD-PARTY-2019, P-CO-AGENCY-2019: disclosing, wholly or in part, while the consulted"
          + " party's 15 working days run is a breach worded for a third party or for an agency")
  void disclosedWhileConsulting() {
    RequestCase thirdParty =
        recorded(
            Regime.OGI_2019,
            new ConsultationSent(TUE_2026_09_29, Consulted.THIRD_PARTY, "甲公司"),
            new Answered(
                FRI_2026_10_09,
                new Answer(AnswerKind.PARTIALLY_DISCLOSED, "个人信息部分不予公开", OutcomeRow.PARTIALLY_DISCLOSED)));
    assertThat(broken(thirdParty))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule().id()).isEqualTo("P-THIRD-PARTY-2019");
              assertThat(en(f))
                  .isEqualTo(
                      "disclosed on 2026-10-09 while the third party (as recorded) was still being consulted:"
                          + " it received the consultation on 2026-09-29 and had until 2026-10-26"
                          + " (12 working days left) to give its opinion");
              assertThat(zh(f))
                  .isEqualTo(
                      "2026年10月9日在征求第三方甲公司意见期间即予公开：第三方2026年9月29日收到征求意见书，提出意见的期限至2026年10月26日，尚余12个工作日");
            });
    RequestCase agency =
        recorded(
            Regime.OGI_2019,
            new ConsultationSent(TUE_2026_09_29, Consulted.CO_AGENCY, "市财政局"),
            new Answered(FRI_2026_10_09, Answer.of(AnswerKind.DISCLOSED, "")));
    assertThat(broken(agency))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule().id()).isEqualTo("P-CO-AGENCY-2019");
              assertThat(zh(f))
                  .isEqualTo(
                      "2026年10月9日在征求其他机关市财政局意见期间即予公开：该机关2026年9月29日收到征求意见书，提出意见的期限至2026年10月26日，尚余12个工作日，逾期未提出意见的才视为同意公开");
            });
    // OGI_2008 sets the third party no period: nothing to breach, and the answer closes the case
    RequestCase old =
        recorded(
            Regime.OGI_2008,
            new ConsultationSent(TUE_2026_09_29, Consulted.THIRD_PARTY, "甲公司"),
            new Answered(FRI_2026_10_09, Answer.of(AnswerKind.DISCLOSED, "")));
    assertThat(old.status().breaches()).isEmpty();
    assertThat(old.status().outcome()).contains(OutcomeRow.DISCLOSED);
  }

  @Test
  @DisplayName(
      "CAL-7: under OGI_2008 a third party's silence, noted Fri 10-09, ends the pause that day:"
          + " 3 working days (09-30, 10-08, 10-09) move the due date from Fri 10-23 to Wed 10-28")
  void silenceUnder2008() {
    RequestCase c =
        Fixtures.open(Regime.OGI_2008, MON_2015_09_28)
            .apply(new ConsultationSent(TUE_2015_09_29, Consulted.THIRD_PARTY, "甲公司"))
            .apply(new NoOpinion(FRI_2015_10_09));
    assertThat(c.status().state()).isEqualTo(CaseState.PROCESSING);
    assertThat(c.status().dueDate()).isEqualTo(WED_2015_10_28);
  }

  @Test
  @DisplayName(
      "REQ-9: an opinion recorded when no consultation is pending changes nothing and is a finding")
  void opinionWithNothingPending() {
    RequestCase c = recorded(Regime.OGI_2019, new OpinionReceived(FRI_2026_10_09, "同意公开"));
    assertThat(c.status().state()).isEqualTo(CaseState.PROCESSING);
    assertThat(c.status().dueDate()).isEqualTo(FRI_2026_10_30);
    assertThat(broken(c))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule().id()).isEqualTo("REQ-9");
              assertThat(zh(f)).isEqualTo("2026年10月9日：收到意见，但此前没有待回应的征求意见，不影响期限");
            });
  }

  @Test
  @DisplayName(
      "REQ-6, REQ-8: a breach cites its provisions: an extension told late the reply period's"
          + " (第三十三条), a fee notice after the due date the fee rule's")
  void breachCitations() {
    RequestCase toldLate =
        recorded(
            Regime.OGI_2019,
            new RequestEvent.ExtensionApproved(
                FRI_2026_10_30, 10, Fixtures.HEAD, MON_2026_11_02, "需调取档案"));
    assertThat(broken(toldLate))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule().id()).isEqualTo("REQ-6");
              assertThat(f.citations()).isEqualTo(Regime.OGI_2019.replyPeriod().citations());
              assertThat(provisions(f)).contains("第三十三条");
            });
    RequestCase feeLate =
        recorded(Regime.OGI_2019, new FeeNotice(MON_2026_11_02, BigDecimal.TEN));
    assertThat(broken(feeLate))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule().id()).isEqualTo("REQ-8");
              assertThat(f.citations()).containsExactly(RequestCitations.FEE);
            });
  }

  @Test
  @DisplayName(
      "REQ-6, REQ-10: an extension beyond the remaining bound is judged by the clock, and its"
          + " breach is among breaches()")
  void clockBreachAmongBreaches() {
    RequestCase c =
        recorded(
            Regime.OGI_2019, extension(TUE_2026_09_29, 20), extension(FRI_2026_10_09, 5));
    List<Finding> broken = broken(c);
    assertThat(broken).isNotEmpty();
    assertThat(c.status().breaches()).isEqualTo(broken);
    assertThat(broken).allSatisfy(f -> assertThat(f.rule().id()).isEqualTo("REQ-6"));
  }

  @Test
  @DisplayName(
      "REQ-12: an order after a late answer keeps the lateness as of the answer's day, not the"
          + " order's")
  void orderAfterLateAnswer() {
    RequestCase c =
        recorded(
            Regime.OGI_2019,
            new Answered(TUE_2026_11_03, Answer.of(AnswerKind.DISCLOSED, "")),
            new AnswerOrdered(
                THU_2026_11_05, Orderer.COURT, OrderKind.ANSWER_ANEW, "（2026）某行初1号", 15,
                PeriodUnit.WORKING_DAYS));
    assertThat(c.status().findings())
        .filteredOn(f -> f.kind() == FindingKind.BROKEN)
        .map(RecordedStepsTest::en)
        .containsExactly("closed on 2026-11-03, after the due date 2026-10-30: late by 2 working days");
  }

  @Test
  @DisplayName("REQ-10: the lateness of an open case and of a closed one, in Chinese")
  void latenessInChinese() {
    RequestCase open = recorded(Regime.OGI_2019);
    assertThat(open.status().findingsOn(TUE_2026_11_03))
        .filteredOn(f -> f.kind() == FindingKind.BROKEN)
        .map(RecordedStepsTest::zh)
        .containsExactly("截至2026年11月3日未答复，已超过答复期限2026年10月30日，逾期2个工作日");
    RequestCase closed =
        recorded(Regime.OGI_2019, new Answered(TUE_2026_11_03, Answer.of(AnswerKind.DISCLOSED, "")));
    assertThat(closed.status().breaches())
        .map(RecordedStepsTest::zh)
        .containsExactly("2026年11月3日办结，已超过答复期限2026年10月30日，逾期2个工作日");
  }

  @Test
  @DisplayName(
      "REQ-9, REQ-12: a case closed by an answer offers only an order to answer; one closed by a"
          + " withdrawal offers nothing")
  void stepsAfterClosing() {
    RequestCase answered =
        recorded(Regime.OGI_2019, new Answered(TUE_2026_10_13, Answer.of(AnswerKind.DISCLOSED, "")));
    assertThat(answered.status().allowedSteps()).containsExactly(Step.ORDER_ANSWER);
    assertThat(answered.status().allowedSteps(FRI_2026_10_30)).containsExactly(Step.ORDER_ANSWER);
    RequestCase withdrawn = recorded(Regime.OGI_2019, new RequestEvent.Withdrawn(TUE_2026_10_13));
    assertThat(withdrawn.status().allowedSteps()).isEmpty();
  }

  @Test
  @DisplayName(
      "CAL-8: while a lawful correction is awaited, the deadline on a date restarts on that date;"
          + " after an unlawful one it does not")
  void deadlineWhileCorrectionAwaited() {
    RequestCase lawful =
        recorded(Regime.OGI_2019, new CorrectionAsked(TUE_2026_09_29, "补充描述", FRI_2026_10_16));
    assertThat(lawful.status().deadlineOn(TUE_2026_10_13).dueDate()).isEqualTo(TUE_2026_11_10);
    RequestCase late =
        recorded(Regime.OGI_2019, new CorrectionAsked(MON_2026_11_02, "补充描述", FRI_2026_11_27));
    assertThat(late.status().deadlineOn(THU_2026_11_05).dueDate()).isEqualTo(FRI_2026_10_30);
  }
}
