package dev.disclosure.core.request;

import static dev.disclosure.core.Renderings.checkedEnglish;
import static dev.disclosure.core.Renderings.chinese;
import static dev.disclosure.core.Renderings.english;
import static dev.disclosure.core.request.Fixtures.HEAD;
import static dev.disclosure.core.request.Fixtures.OFFICIAL;
import static dev.disclosure.core.request.Fixtures.ZHANG_SAN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.disclosure.calendar.Finding;
import dev.disclosure.calendar.FindingKind;
import dev.disclosure.calendar.Language;
import dev.disclosure.calendar.Quantity;
import dev.disclosure.calendar.RuleId;
import dev.disclosure.core.AnswerKind;
import dev.disclosure.core.InvalidFactsException;
import dev.disclosure.core.Regime;
import dev.disclosure.core.request.RequestEvent.Answered;
import dev.disclosure.core.request.RequestEvent.ConsultationSent;
import dev.disclosure.core.request.RequestEvent.Consulted;
import dev.disclosure.core.request.RequestEvent.CorrectionAsked;
import dev.disclosure.core.request.RequestEvent.CorrectionReceived;
import dev.disclosure.core.request.RequestEvent.ExtensionApproved;
import dev.disclosure.core.request.RequestEvent.FeeNotice;
import dev.disclosure.core.request.RequestEvent.FeePaid;
import dev.disclosure.core.request.RequestEvent.LongerPeriodSet;
import dev.disclosure.core.request.RequestEvent.NoOpinion;
import dev.disclosure.core.request.RequestEvent.OpinionReceived;
import dev.disclosure.core.request.RequestEvent.ReasonsAsked;
import dev.disclosure.core.request.RequestEvent.ReasonsGiven;
import dev.disclosure.core.request.RequestEvent.Withdrawn;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Recording real histories as they happened (REQ-10): the irregular histories of the table below,
 * each hand-counted on the official calendar, and dated decisions of courts and 复议 bodies. Unless
 * said otherwise: OGI_2019, handed in on Mon 2025-03-03, due Mon 2025-03-31 (20 working days:
 * 03-04 … 03-31, no holiday in March 2025). April 2025: 清明 Fri 04-04 off; 劳动节 05-01 … 05-05 off,
 * Sun 04-27 a working day.
 */
class RequestRecordTableTest {

  private static final LocalDate MON_2025_03_03 = LocalDate.of(2025, 3, 3);
  private static final LocalDate MON_2025_03_31 = LocalDate.of(2025, 3, 31);
  private static final Answer DISCLOSED = Answer.of(AnswerKind.DISCLOSED, "");
  private static final Answer NOT_DISCLOSED =
      new Answer(AnswerKind.NOT_DISCLOSED, "涉及商业秘密", OutcomeRow.NOT_DISCLOSED_THIRD_PARTY_RIGHTS);

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

  private static RequestCase opened() {
    return RequestCase.open(Regime.OGI_2019, OFFICIAL, ZHANG_SAN, Fixtures.handedIn(MON_2025_03_03));
  }

  private static Quantity workingDays(long n) {
    return Quantity.of(n, Quantity.Unit.WORKING_DAYS);
  }

  private static Finding only(List<Finding> findings, String rule) {
    List<Finding> of = findings.stream().filter(f -> f.rule().equals(RuleId.of(rule))).toList();
    assertThat(of).as("findings of %s in %s", rule, findings).hasSize(1);
    return of.get(0);
  }

  @Test
  @DisplayName(
      "REQ-6, REQ-10: extension approved 03-31 and told 04-03 while a third party consulted since"
          + " 03-28 is still weighing: told within the period, its consultation time not counted"
          + " (第三十三条第三款) — lawful, due 05-13")
  void extensionToldWhileConsulting() {
    RequestCase c =
        record(
            new RequestEvent.ConsultationSent(march(28), Consulted.THIRD_PARTY, "甲公司"),
            new RequestEvent.ExtensionApproved(MON_2025_03_31, 20, "李主任", april(3), "需调取档案"),
            new RequestEvent.OpinionReceived(april(10), "同意公开", "甲公司"),
            new RequestEvent.Answered(april(20), DISCLOSED));
    assertThat(c.status().breaches()).isEmpty();
    // 19 working days counted by Fri 03-28, paused (03-28, 04-10] → the 20th is Fri 04-11; 20
    // working days of extension: 04-14..25 (10), Sun 04-27 (a make-up day, 11), 04-28..30 (14),
    // 劳动节 05-01..05, 05-06..09 (18), 05-12, 05-13 (20) — 2025 notice
    assertThat(c.status().dueDate()).isEqualTo(LocalDate.of(2025, 5, 13));
  }

  @Test
  @DisplayName(
      "REQ-6, REQ-10, CAL-7: extension approved and told 04-02, after the plain due date 03-31, while"
          + " a third party consulted since 03-20 is still weighing: judged with the time already"
          + " waited, lawful while the wait is open (due 05-14 as of 04-02) and once it ends (05-21)")
  void extensionApprovedDuringOpenConsultation() {
    RequestEvent sent = new RequestEvent.ConsultationSent(march(20), Consulted.THIRD_PARTY, "甲公司");
    RequestEvent extended =
        new RequestEvent.ExtensionApproved(april(2), 20, "李主任", april(2), "需调取档案");
    RequestCase open = record(sent, extended);
    assertThat(open.status().state()).isEqualTo(CaseState.CONSULTING);
    assertThat(open.status().breaches()).isEmpty();
    assertThat(open.status().findings())
        .noneMatch(finding -> finding.kind() == FindingKind.BROKEN);
    // 13 working days counted by Thu 03-20, paused (03-20, 04-02] as of the latest step: the
    // remaining 7 are 04-03, 04-07..11, 04-14 (清明 04-04); 20 more: 04-15..25 (9), Sun 04-27 (a
    // make-up day, 10), 04-28..30 (13), 劳动节 05-01..05, 05-06..09 (17), 05-12..14 (20)
    assertThat(open.status().dueDate()).isEqualTo(LocalDate.of(2025, 5, 14));
    assertThat(open.status().deadline()).isEqualTo(open.status().deadlineOn(april(2)));
    assertThat(open.status().explain()).contains("2025年5月14日");
    // the opinion on 04-10 ends the pause: 7 remaining are 04-11, 04-14..18, 04-21; 20 more:
    // 04-22..25 (4), 04-27 (5), 04-28..30 (8), 05-06..09 (12), 05-12..16 (17), 05-19..21 (20)
    RequestCase answered =
        open.record(new RequestEvent.OpinionReceived(april(10), "同意公开", "甲公司"));
    assertThat(answered.status().breaches()).isEmpty();
    assertThat(answered.status().dueDate()).isEqualTo(LocalDate.of(2025, 5, 21));
  }

  @Test
  @DisplayName(
      "REQ-6, REQ-8: told on a rest day just after the due date (Fri 04-04, 清明) is late by 1 day"
          + " with no working day among it, not by 0 working days")
  void lateOnRestDaysOnly() {
    RequestCase c =
        RequestCase.recorded(
            Regime.OGI_2019,
            OFFICIAL,
            ZHANG_SAN,
            Fixtures.handedIn(LocalDate.of(2025, 3, 6)),
            List.of(
                new RequestEvent.ExtensionApproved(april(3), 10, "李主任", april(4), "需调取档案"),
                new RequestEvent.FeeNotice(april(5), java.math.BigDecimal.valueOf(100))));
    List<String> breaches = c.status().breaches().stream().map(Language.CHINESE::render).toList();
    assertThat(breaches).hasSize(2);
    assertThat(breaches.get(0)).contains("晚于告知之日的答复期限2025年4月3日（逾期1日（其间没有工作日））");
    assertThat(breaches.get(1)).contains("晚于答复期限2025年4月3日（逾期2日（其间没有工作日））");
    assertThat(String.join("\n", breaches)).doesNotContain("0个工作日");
  }

  @Test
  @DisplayName(
      "REQ-6, REQ-10: extension approved 03-31 but told 04-08 extends nothing (第三十三条第二款:"
          + " approval and notice); answered Sun 04-20 → late by 13 working days against 03-31")
  void extensionToldLate() {
    ExtensionApproved extension = new ExtensionApproved(MON_2025_03_31, 20, HEAD, april(8), "需调取档案");
    RequestCase c = record(extension, new Answered(april(20), DISCLOSED));
    assertThat(c.status().dueDate()).isEqualTo(MON_2025_03_31);
    assertThat(c.status().deadline().extensions()).isEmpty();
    assertThat(c.status().breaches()).hasSize(2);
    Finding told = only(c.status().breaches(), "REQ-6");
    assertThat(told.kind()).isEqualTo(FindingKind.BROKEN);
    assertThat(told.dates()).containsExactly(MON_2025_03_31, april(8), MON_2025_03_31);
    // (03-31, 04-08]: 04-01, 02, 03, 07, 08
    assertThat(told.quantities()).containsExactly(workingDays(5));
    assertThat(chinese(told)).contains("期限届满后告知的延长不发生效力", "第三十三条");
    Finding late = only(c.status().breaches(), "P-REPLY-2019");
    // (03-31, 04-20]: 04-01, 02, 03, 07 … 11, 14 … 18
    assertThat(late.quantities()).containsExactly(workingDays(13));
    assertThat(c.status().latenessOn(april(20)).workingDaysLate()).isEqualTo(13);
    // guided, the same step is refused and the case unchanged
    RequestCase open = opened();
    RefusedStepException refused = Refusals.of(open, extension);
    assertThat(refused.rule()).isEqualTo(RuleId.of("REQ-6"));
    assertThat(refused).hasMessageContaining("notified 2025-04-08");
    // told on the due date itself, it extends: due Mon 04-28 (20 working days after 03-31: 04-01 …
    // 03, 07 … 11, 14 … 18, 21 … 25, Sun 04-27 worked, 04-28)
    RequestCase toldInTime =
        record(new ExtensionApproved(march(28), 20, HEAD, MON_2025_03_31, "需调取档案"));
    assertThat(toldInTime.status().dueDate()).isEqualTo(april(28));
    assertThat(toldInTime.status().breaches()).isEmpty();
  }

  @Test
  @DisplayName(
      "P-CORRECTION-2019, REQ-10: a second correction notice 03-12 after the first was received"
          + " 03-10 breaks 一次性告知 (第三十条) and restarts nothing: due stays Tue 04-08")
  void secondCorrection() {
    RequestCase c =
        record(
            new CorrectionAsked(march(5), "申请公开的文件名称", march(14)),
            new CorrectionReceived(march(10)),
            new CorrectionAsked(march(12), "文号", march(19)));
    // restarted 03-10: 03-11 … 03-14, 17 … 21, 24 … 28, 31, 04-01 … 03, 07, 08
    assertThat(c.status().dueDate()).isEqualTo(april(8));
    assertThat(c.status().state()).isEqualTo(CaseState.AWAITING_CORRECTION);
    Finding second = only(c.status().breaches(), "P-CORRECTION-2019");
    assertThat(second.dates()).containsExactly(march(12));
    assertThat(english(second)).contains("second correction notice on 2025-03-12");
    // while the second is awaited the clock runs on: no restart, no pause
    assertThat(c.status().deadlineOn(april(2)).dueDate()).isEqualTo(april(8));
    RequestCase received = c.record(new CorrectionReceived(march(17)));
    assertThat(received.status().dueDate()).isEqualTo(april(8));
    assertThat(received.status().state()).isEqualTo(CaseState.PROCESSING);
    assertThat(received.status().findings())
        .anyMatch(f -> f.kind() == FindingKind.CONVENTION && f.dates().contains(march(17)));
    assertThat(received.status().breaches()).containsExactly(second);
    // guided, the second notice is refused by the same rule
    RequestCase guided =
        opened()
            .apply(new CorrectionAsked(march(5), "申请公开的文件名称", march(14)))
            .apply(new CorrectionReceived(march(10)));
    assertThat(Refusals.of(guided, new CorrectionAsked(march(12), "文号", march(19))).rule())
        .isEqualTo(RuleId.of("P-CORRECTION-2019"));
  }

  @Test
  @DisplayName(
      "P-CORRECTION-2019, REQ-10: correction asked Thu 03-13 (working day 8) is late by 1; the"
          + " period still runs from the corrected application 03-20 (第三十条) → due Fri 04-18;"
          + " answered 04-16, on time")
  void lateCorrectionNotice() {
    RequestCase c =
        record(
            new CorrectionAsked(march(13), "申请公开的文件名称", march(21)),
            new CorrectionReceived(march(20)),
            new Answered(april(16), DISCLOSED));
    // 03-21, 24 … 28, 31, 04-01 … 03, 07 … 11, 14 … 18
    assertThat(c.status().dueDate()).isEqualTo(april(18));
    assertThat(c.status().latenessOn(april(16)).isLate()).isFalse();
    Finding late = only(c.status().breaches(), "P-CORRECTION-2019");
    // the 7 working days from 03-03 end Wed 03-12
    assertThat(late.dates()).containsExactly(march(13), MON_2025_03_03, march(12), MON_2025_03_31);
    assertThat(late.quantities()).containsExactly(workingDays(1));
    assertThat(c.status().breaches()).containsExactly(late);
    // a notice after the reply period ran out restarts nothing: late against 03-31
    RequestCase afterDue =
        record(
            new CorrectionAsked(april(1), "文号", april(3)),
            new CorrectionReceived(april(2)),
            new Answered(april(16), DISCLOSED));
    assertThat(afterDue.status().dueDate()).isEqualTo(MON_2025_03_31);
    assertThat(afterDue.status().breaches()).hasSize(2);
    assertThat(chinese(afterDue.status().breaches())).contains("补正不重新计算期限");
  }

  @Test
  @DisplayName(
      "P-THIRD-PARTY-2019, CAL-7, REQ-10: consultation sent 03-05, answer 03-20 while waiting: the"
          + " pause ends with the answer; disclosing before the third party's 15 working days"
          + " (to Wed 03-26) is a finding (第三十二条), withholding is not")
  void answerWhileConsulting() {
    ConsultationSent sent = new ConsultationSent(march(5), Consulted.THIRD_PARTY, "某建筑公司");
    RequestCase disclosed = record(sent, new Answered(march(20), DISCLOSED));
    // (03-05, 03-20] removes 11 working days: 03-31 + 11 → 04-16
    assertThat(disclosed.status().dueDate()).isEqualTo(april(16));
    assertThat(disclosed.status().isClosed()).isTrue();
    Finding early = only(disclosed.status().breaches(), "P-THIRD-PARTY-2019");
    assertThat(early.dates()).containsExactly(march(20), march(5), march(26));
    assertThat(early.quantities()).containsExactly(workingDays(4));
    assertThat(chinese(early)).contains("第三十二条", "某建筑公司");
    RequestCase withheld = record(sent, new Answered(march(20), NOT_DISCLOSED));
    assertThat(withheld.status().dueDate()).isEqualTo(april(16));
    assertThat(withheld.status().breaches()).isEmpty();
    assertThat(Refusals.of(opened().apply(sent), new Answered(march(20), DISCLOSED)).rule())
        .isEqualTo(RuleId.of("REQ-9"));
  }

  @Test
  @DisplayName(
      "REQ-12, P-THIRD-PARTY-2019, P-CO-AGENCY-2019, CAL-7: two consultations at once, each its own"
          + " pause and silence rule; the second party received its letter 03-10, so its 15"
          + " working days end 03-31")
  void twoConsultationsAtOnce() {
    List<RequestEvent> history =
        List.of(
            new ConsultationSent(march(5), Consulted.THIRD_PARTY, "甲公司"),
            new ConsultationSent(march(7), Consulted.CO_AGENCY, "市规划局", march(10)),
            new OpinionReceived(march(12), "不同意公开", "甲公司"),
            new NoOpinion(april(1), "市规划局"),
            new Answered(april(15), DISCLOSED));
    RequestCase recorded = record(history.toArray(RequestEvent[]::new));
    RequestCase guided =
        RequestCase.of(
            Regime.OGI_2019, OFFICIAL, ZHANG_SAN, Fixtures.handedIn(MON_2025_03_03), history);
    // 甲: (03-05, 03-12]; 市规划局 silent: (03-07, 03-31] (15 working days from 03-10);
    // together (03-05, 03-31] = 18 working days → 03-31 + 18 → 04-25
    assertThat(recorded.status().dueDate()).isEqualTo(april(25));
    assertThat(recorded.status()).isEqualTo(guided.status());
    assertThat(recorded.status().breaches()).isEmpty();
    // while both are pending, each period shows on a date
    RequestCase both = record(history.get(0), history.get(1));
    assertThat(both.status().state()).isEqualTo(CaseState.CONSULTING);
    List<Finding> on = both.status().findingsOn(march(11));
    assertThat(only(on, "P-THIRD-PARTY-2019").dueDate()).contains(march(26));
    assertThat(only(on, "P-CO-AGENCY-2019").dueDate()).contains(MON_2025_03_31);
    // silence recorded before the agency's period ended is a finding; the pause ends that day
    RequestCase early =
        record(history.get(0), history.get(1), new NoOpinion(march(20), "市规划局"));
    Finding premature = only(early.status().breaches(), "P-CO-AGENCY-2019");
    assertThat(premature.quantities()).containsExactly(workingDays(7));
  }

  @Test
  @DisplayName(
      "REQ-4, REQ-10: reasons asked 03-05, given 03-07, a longer period to 05-30 set 04-15, after"
          + " the reply period ended 03-31: a finding; the answer of 05-20 is late by 33 working"
          + " days against 03-31")
  void longerPeriodSetLate() {
    RequestCase c =
        record(
            new ReasonsAsked(march(5)),
            new ReasonsGiven(march(7), "课题研究需要"),
            new LongerPeriodSet(april(15), LocalDate.of(2025, 5, 30), "申请数量较大"),
            new Answered(LocalDate.of(2025, 5, 20), DISCLOSED));
    assertThat(c.status().dueDate()).isEqualTo(MON_2025_03_31);
    Finding late = only(c.status().breaches(), "REQ-4");
    assertThat(late.dates())
        .containsExactly(april(15), LocalDate.of(2025, 5, 30), MON_2025_03_31);
    // (03-31, 04-15]: 04-01 … 03, 07 … 11, 14, 15
    assertThat(late.quantities()).containsExactly(workingDays(10));
    // April: 22 working days after 03-31 (04-27 worked); May: 06 … 09, 12 … 16, 19, 20
    assertThat(only(c.status().breaches(), "P-REPLY-2019").quantities())
        .containsExactly(workingDays(33));
  }

  @Test
  @DisplayName(
      "REQ-8, REQ-10: a fee notice 04-10 after the reply period ended 03-31 is a finding and pauses"
          + " nothing; paid 04-15, answered 04-20 → late by 13 working days")
  void feeNoticeLate() {
    RequestCase c =
        record(
            new FeeNotice(april(10), new BigDecimal("100")),
            new FeePaid(april(15)),
            new Answered(april(20), DISCLOSED));
    assertThat(c.status().dueDate()).isEqualTo(MON_2025_03_31);
    Finding notice = only(c.status().breaches(), "REQ-8");
    assertThat(notice.dates()).containsExactly(april(10), MON_2025_03_31);
    // (03-31, 04-10]: 04-01 … 03, 07 … 10
    assertThat(notice.quantities()).containsExactly(workingDays(7));
    assertThat(only(c.status().breaches(), "P-REPLY-2019").quantities())
        .containsExactly(workingDays(13));
    assertThat(
            Refusals.of(opened(), new FeeNotice(april(10), new BigDecimal("100"))).rule())
        .isEqualTo(RuleId.of("REQ-8"));
  }

  @Test
  @DisplayName(
      "REQ-11, P-REPLY-2008: 最高人民法院指导案例26号 — submitted online Wed 2011-06-01, logged by the"
          + " agency 07-28: received 06-01, due Thu 2011-06-23 (端午 06-04 … 06-06 off); answered"
          + " 08-04, late; the late confirmation is a convention finding, not a new start")
  void guidingCase26() {
    Submission online =
        new Submission.Electronic(false, LocalDate.of(2011, 6, 1), LocalDate.of(2011, 7, 28));
    RequestCase c =
        RequestCase.recorded(
            Regime.OGI_2008,
            OFFICIAL,
            ZHANG_SAN,
            new Application("两客运站之间的客运里程数", "电子邮件", online),
            List.of(new Answered(LocalDate.of(2011, 8, 4), DISCLOSED)));
    assertThat(c.status().receiptDate()).isEqualTo(LocalDate.of(2011, 6, 1));
    assertThat(c.status().dueDate()).isEqualTo(LocalDate.of(2011, 6, 23));
    assertThat(c.status().latenessOn(LocalDate.of(2011, 8, 4)).isLate()).isTrue();
    // OGI-2008 has no 第三十一条 duty to confirm: the late confirmation is a convention finding
    // resting on the guiding case, not a breach
    assertThat(c.status().breaches()).extracting(Finding::rule).doesNotContain(RuleId.of("REQ-11"));
    Finding confirmation = only(c.status().findings(), "REQ-11");
    assertThat(confirmation.kind()).isEqualTo(FindingKind.CONVENTION);
    assertThat(confirmation.dates())
        .containsExactly(LocalDate.of(2011, 6, 1), LocalDate.of(2011, 7, 28));
    assertThat(chinese(confirmation)).contains("指导案例26号").doesNotContain("第711号");
    assertThat(c.status().breaches()).extracting(Finding::rule).contains(RuleId.of("P-REPLY-2008"));
  }

  @Test
  @DisplayName(
      "P-REPLY-2019: dated decisions — EMS signed for Fri 2022-09-30 → due Wed 2022-11-02 (连云港,"
          + " 国庆 10-01 … 10-07 off, 10-08/09 worked); mail signed for Thu 2025-02-20 → due Thu"
          + " 2025-03-20 (潢川县人民政府复议决定, 2025-06-25, where the applicant's counsel wrote"
          + " 3月19日前)")
  void datedDecisions() {
    RequestCase lianyungang =
        RequestCase.recorded(
            Regime.OGI_2019,
            OFFICIAL,
            ZHANG_SAN,
            new Application(
                "花园城项目预售许可等39项信息",
                "纸质",
                new Submission.RegisteredMail(LocalDate.of(2022, 9, 30))),
            List.of());
    assertThat(lianyungang.status().dueDate()).isEqualTo(LocalDate.of(2022, 11, 2));
    // no answer by 2022-11-10: already late on that date, by 6 working days (11-03 … 11-10)
    Finding late = only(lianyungang.status().breachesOn(LocalDate.of(2022, 11, 10)), "P-REPLY-2019");
    assertThat(late.quantities()).containsExactly(workingDays(6));
    RequestCase huangchuan =
        RequestCase.recorded(
            Regime.OGI_2019,
            OFFICIAL,
            ZHANG_SAN,
            new Application(
                "承包地征收附属物调查登记表等4项信息",
                "纸质",
                new Submission.RegisteredMail(LocalDate.of(2025, 2, 20))),
            List.of());
    // the receipt day is not counted (CAL-4): 02-21, 24 … 28, 03-03 … 07, 10 … 14, 17 … 20. The
    // decision (as reported by the applicant's counsel, yingtailaw.com case 813) ordered an answer;
    // counsel's "应在2025年3月19日前答复" counts one day short, which changes nothing there: no
    // answer had been given at all.
    assertThat(huangchuan.status().dueDate()).isEqualTo(LocalDate.of(2025, 3, 20));
    assertThat(huangchuan.status().breachesOn(LocalDate.of(2025, 3, 20))).isEmpty();
    assertThat(huangchuan.status().breachesOn(LocalDate.of(2025, 3, 21))).hasSize(1);
    Finding open = only(huangchuan.status().findingsOn(LocalDate.of(2025, 3, 10)), "P-REPLY-2019");
    assertThat(open.kind()).isEqualTo(FindingKind.APPLIED);
    assertThat(open.dueDate()).contains(LocalDate.of(2025, 3, 20));
    assertThat(open.quantities()).containsExactly(workingDays(8));
  }

  @Test
  @DisplayName(
      "REQ-9, REQ-10: a step after the case closed, a second answer, a payment without a fee"
          + " notice: findings that change nothing when recorded, refusals when guided")
  void irregularSteps() {
    RequestCase answered = record(new Answered(march(20), DISCLOSED));
    RequestCase twice = answered.record(new Answered(march(25), NOT_DISCLOSED));
    assertThat(twice.status().closedOn()).contains(march(20));
    assertThat(twice.status().outcome()).contains(OutcomeRow.DISCLOSED);
    assertThat(only(twice.status().breaches(), "REQ-9").dates())
        .containsExactly(march(25), march(20));
    assertThat(Refusals.of(answered, new Answered(march(25), NOT_DISCLOSED)).rule())
        .isEqualTo(RuleId.of("REQ-9"));

    RequestCase paid = record(new FeePaid(march(10)));
    assertThat(paid.status().state()).isEqualTo(CaseState.PROCESSING);
    assertThat(paid.status().dueDate()).isEqualTo(MON_2025_03_31);
    assertThat(english(only(paid.status().breaches(), "REQ-9")))
        .contains("with no fee notice pending; it changes nothing");
    assertThat(Refusals.of(opened(), new FeePaid(march(10))).rule()).isEqualTo(RuleId.of("REQ-9"));

    RequestCase withdrawnThenOpinion =
        record(new Withdrawn(march(10)), new OpinionReceived(march(12), "同意"));
    assertThat(withdrawnThenOpinion.status().breaches()).hasSize(1);
  }

  @Test
  @DisplayName(
      "REQ-10: only impossible histories are refused: a step before the previous one or before"
          + " the receipt, with both named; the case is unchanged")
  void impossibleHistories() {
    RequestCase c = record(new ReasonsAsked(march(10)));
    assertThatThrownBy(() -> c.record(new Withdrawn(march(7))))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("REQ-10")
        .hasMessageContaining("WITHDRAW dated 2025-03-07")
        .hasMessageContaining("the previous step ASK_REASONS on 2025-03-10");
    assertThat(c.status().state()).isEqualTo(CaseState.AWAITING_REASONS);
    assertThatThrownBy(() -> record(new Withdrawn(LocalDate.of(2025, 3, 1))))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("the receipt of the application on 2025-03-03");
    assertThatThrownBy(() -> c.status().findingsOn(march(9)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2025-03-09");
  }

  @Test
  @DisplayName(
      "REQ-10: every finding of a recorded history renders in Chinese and in English without"
          + " Chinese characters")
  void renders() {
    RequestCase c =
        record(
            new CorrectionAsked(march(13), "申请公开的文件名称", march(21)),
            new CorrectionReceived(march(20)),
            new CorrectionAsked(march(24), "文号", march(28)),
            new CorrectionReceived(march(26)),
            new ConsultationSent(march(27), Consulted.THIRD_PARTY, "某建筑公司"),
            new OpinionReceived(april(1), "同意公开"),
            new ExtensionApproved(april(21), 5, HEAD, april(28), "需调取档案"),
            new FeeNotice(april(29), new BigDecimal("100")),
            new FeePaid(LocalDate.of(2025, 5, 6)),
            new Answered(LocalDate.of(2025, 5, 8), DISCLOSED));
    // restart 03-20 → 04-18, consultation (03-27, 04-01] + 3 → 04-23; the extension told 04-28 and
    // the fee notice 04-29 come after it
    assertThat(c.status().dueDate()).isEqualTo(april(23));
    assertThat(c.status().breaches())
        .extracting(Finding::rule)
        .containsExactly(
            RuleId.of("P-CORRECTION-2019"),
            RuleId.of("P-CORRECTION-2019"),
            RuleId.of("REQ-6"),
            RuleId.of("REQ-8"),
            RuleId.of("P-REPLY-2019"));
    checkedEnglish(c.status().explain(Language.ENGLISH));
    assertThat(c.status().explain()).contains("[P-CORRECTION-2019 违反]", "[REQ-6 违反]", "[REQ-8 违反]");
  }

  @Test
  @DisplayName(
      "REQ-11: delivery decides timeliness by 国办公开办函〔2016〕235号 第四条 — mail: the day posted"
          + " (posted 03-31, received 04-03: on time; posted 04-01: late by 1); in person: the day"
          + " signed for; electronic [convention]: the day sent")
  void delivery() {
    RequestCase posted =
        record(new Answered(march(28), DISCLOSED, new Delivery.Mail(MON_2025_03_31, april(3))));
    assertThat(posted.status().latenessOn(april(30)).isLate()).isFalse();
    assertThat(posted.status().breaches()).isEmpty();
    Finding mail = only(posted.status().findings(), "REQ-11");
    assertThat(mail.kind()).isEqualTo(FindingKind.APPLIED);
    assertThat(mail.dates()).containsExactly(MON_2025_03_31, april(3));
    assertThat(chinese(mail)).contains("以交邮之日2025年3月31日为期限计算时点", "国办公开办函〔2016〕235号");
    RequestCase postedLate =
        record(new Answered(march(28), DISCLOSED, new Delivery.Mail(april(1), april(3))));
    assertThat(postedLate.status().closedOn()).contains(march(28));
    assertThat(only(postedLate.status().breaches(), "P-REPLY-2019").quantities())
        .containsExactly(workingDays(1));
    RequestCase signed =
        record(new Answered(march(28), DISCLOSED, new Delivery.InPerson(april(2))));
    assertThat(signed.status().latenessOn(april(2)).workingDaysLate()).isEqualTo(2);
    RequestCase sent =
        record(new Answered(MON_2025_03_31, DISCLOSED, new Delivery.Electronic(MON_2025_03_31)));
    assertThat(sent.status().breaches()).isEmpty();
    assertThat(only(sent.status().findings(), "REQ-11").kind()).isEqualTo(FindingKind.CONVENTION);
    // guided, the same: one fold
    assertThat(
            opened()
                .apply(new Answered(march(28), DISCLOSED, new Delivery.Mail(april(1), april(3))))
                .status())
        .isEqualTo(postedLate.status());
    assertThatThrownBy(() -> new Delivery.Mail(april(3), april(1)))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("REQ-11");
    assertThatThrownBy(() -> new Answered(april(3), DISCLOSED, new Delivery.InPerson(april(1))))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("2025-04-01");
  }
}
