package dev.disclosure.core.request;

import static dev.disclosure.core.Renderings.checkedEnglish;
import static dev.disclosure.core.Renderings.chinese;
import static dev.disclosure.core.request.Fixtures.OFFICIAL;
import static dev.disclosure.core.request.Fixtures.ZHANG_SAN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.disclosure.calendar.Finding;
import dev.disclosure.calendar.FindingKind;
import dev.disclosure.calendar.Language;
import dev.disclosure.calendar.RuleId;
import dev.disclosure.core.AnswerKind;
import dev.disclosure.core.Regime;
import dev.disclosure.core.law.LegalPeriods;
import dev.disclosure.core.request.RequestEvent.Answered;
import dev.disclosure.core.request.RequestEvent.ConsultationSent;
import dev.disclosure.core.request.RequestEvent.Consulted;
import dev.disclosure.core.request.RequestEvent.CorrectionAsked;
import dev.disclosure.core.request.RequestEvent.CorrectionReceived;
import dev.disclosure.core.request.RequestEvent.FeeNotice;
import dev.disclosure.core.request.RequestEvent.FeePaid;
import dev.disclosure.core.request.RequestEvent.OpinionReceived;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A pending wait never stops the reply clock for ever: a consultation's time ends with the
 * consulted party's period (OGI-2019 第三十二条, 第三十四条, 第三十三条第三款), an unpaid fee and a correction
 * not supplied abandon the request once their periods pass (P-FEE-PAYMENT-2020, 第三十条). OGI_2019,
 * handed in Mon 2025-03-03 on the official calendar (清明 Fri 04-04 off, Sun 04-27 a working day).
 * A consultation received 03-10 has 15 working days to 03-31; the pause (03-10, 03-31] leaves
 * 03-04 … 03-10 (5 days) and 15 more from 04-01: due Tue 04-22.
 */
class PendingWaitTest {

  private static final LocalDate MON_2025_03_03 = LocalDate.of(2025, 3, 3);
  private static final Answer DISCLOSED = Answer.of(AnswerKind.DISCLOSED, "");

  private static LocalDate day(int month, int dayOfMonth) {
    return LocalDate.of(2025, month, dayOfMonth);
  }

  private static RequestCase record(RequestEvent... events) {
    return RequestCase.recorded(
        Regime.OGI_2019, OFFICIAL, ZHANG_SAN, Fixtures.handedIn(MON_2025_03_03), List.of(events));
  }

  private static RequestCase guide(RequestEvent... events) {
    return RequestCase.of(
        Regime.OGI_2019, OFFICIAL, ZHANG_SAN, Fixtures.handedIn(MON_2025_03_03), List.of(events));
  }

  private static List<Finding> of(List<Finding> findings, RuleId rule, FindingKind kind) {
    return findings.stream().filter(f -> f.rule().equals(rule) && f.kind() == kind).toList();
  }

  @Test
  @DisplayName(
      "P-THIRD-PARTY-2019, CAL-7: a third party that never answers pauses the clock only to the end"
          + " of its 15 working days (第三十二条, 第三十三条第三款): answered 09-01 against 04-22, late")
  void silentThirdPartyPausesOnlyItsPeriod() {
    RequestCase c =
        record(
            new ConsultationSent(day(3, 10), Consulted.THIRD_PARTY, "甲公司"),
            new Answered(day(9, 1), DISCLOSED));
    assertThat(c.status().dueDate()).isEqualTo(day(4, 22));
    assertThat(c.status().latenessOn(day(9, 1)).isLate()).isTrue();
    assertThat(of(c.status().breaches(), LegalPeriods.P_REPLY_2019.id(), FindingKind.BROKEN))
        .hasSize(1);
    // disclosed long after the party's period: no finding of disclosure while consulting
    assertThat(of(c.status().breaches(), LegalPeriods.P_THIRD_PARTY_2019.id(), FindingKind.BROKEN))
        .isEmpty();
  }

  @Test
  @DisplayName(
      "P-CO-AGENCY-2019, CAL-7: an agency that never answers (视为同意, 第三十四条) pauses the clock only"
          + " to the end of its 15 working days")
  void silentCoAgencyPausesOnlyItsPeriod() {
    RequestCase c =
        record(
            new ConsultationSent(day(3, 10), Consulted.CO_AGENCY, "市规划局"),
            new Answered(day(9, 1), DISCLOSED));
    assertThat(c.status().dueDate()).isEqualTo(day(4, 22));
    assertThat(c.status().latenessOn(day(9, 1)).isLate()).isTrue();
  }

  @Test
  @DisplayName(
      "P-THIRD-PARTY-2019, REQ-10: on an open case the due date, lateness and findings on a date"
          + " count a silent party's consultation only to its period's end")
  void openConsultationJudgedOnADate() {
    RequestCase c = record(new ConsultationSent(day(3, 10), Consulted.THIRD_PARTY, "甲公司"));
    assertThat(c.status().deadlineOn(day(9, 1)).dueDate()).isEqualTo(day(4, 22));
    assertThat(c.status().latenessOn(day(9, 1)).isLate()).isTrue();
    assertThat(of(c.status().findingsOn(day(9, 1)), LegalPeriods.P_REPLY_2019.id(), FindingKind.BROKEN))
        .hasSize(1);
    // still within the party's period: the pause runs to the date
    assertThat(c.status().deadlineOn(day(3, 20)).dueDate()).isAfter(day(3, 31));
    assertThat(c.status().latenessOn(day(3, 20)).isLate()).isFalse();
  }

  @Test
  @DisplayName(
      "P-THIRD-PARTY-2019: an opinion after the 15 working days pauses only to their end, with a"
          + " convention finding; guiding and recording agree")
  void lateOpinionPausesOnlyThePeriod() {
    RequestEvent[] events = {
      new ConsultationSent(day(3, 10), Consulted.THIRD_PARTY, "甲公司"),
      new OpinionReceived(day(4, 15), "同意公开", "甲公司"),
      new Answered(day(4, 21), DISCLOSED)
    };
    RequestCase recorded = record(events);
    RequestCase guided = guide(events);
    assertThat(recorded.status()).isEqualTo(guided.status());
    assertThat(recorded.status().dueDate()).isEqualTo(day(4, 22));
    assertThat(recorded.status().breaches()).isEmpty();
    List<Finding> late =
        of(recorded.status().findings(), LegalPeriods.P_THIRD_PARTY_2019.id(), FindingKind.CONVENTION);
    assertThat(late).hasSize(1);
    assertThat(chinese(late)).contains("甲公司", "2025年3月31日", "第三十二条");
    checkedEnglish(Language.ENGLISH.render(late));
  }

  @Test
  @DisplayName(
      "P-FEE-PAYMENT-2020: a fee never paid abandons the request after its 20 working days (fee"
          + " noticed 03-10, payable by 04-08); judged on 06-02 the case is closed as 逾期未缴费, not late")
  void unpaidFeeAbandonsTheRequest() {
    RequestCase c = record(new FeeNotice(day(3, 10), new BigDecimal("100")));
    List<Finding> on = c.status().findingsOn(day(6, 2));
    List<Finding> abandoned = of(on, LegalPeriods.P_FEE_PAYMENT_2020.id(), FindingKind.APPLIED);
    assertThat(abandoned).hasSize(1);
    assertThat(chinese(abandoned)).contains("2025年4月8日", "视为放弃申请", "2025年4月9日");
    assertThat(chinese(on)).contains(OutcomeRow.OTHER_FEE_UNPAID.label());
    assertThat(c.status().latenessOn(day(6, 2)).isLate()).isFalse();
    assertThat(c.status().breachesOn(day(6, 2))).isEmpty();
    // before the period ends the wait is pending
    assertThat(chinese(c.status().findingsOn(day(4, 8)))).doesNotContain("视为放弃申请");
  }

  @Test
  @DisplayName(
      "P-FEE-PAYMENT-2020: a payment after the period is a finding and pauses only to 04-08: answered"
          + " 05-08 against 04-28, late")
  void latePaymentPausesOnlyThePeriod() {
    RequestCase c =
        record(
            new FeeNotice(day(3, 10), new BigDecimal("100")),
            new FeePaid(day(5, 6)),
            new Answered(day(5, 8), DISCLOSED));
    assertThat(c.status().dueDate()).isEqualTo(day(4, 28));
    assertThat(of(c.status().breaches(), LegalPeriods.P_FEE_PAYMENT_2020.id(), FindingKind.BROKEN))
        .hasSize(1);
    assertThat(of(c.status().breaches(), LegalPeriods.P_REPLY_2019.id(), FindingKind.BROKEN))
        .hasSize(1);
  }

  @Test
  @DisplayName(
      "P-CORRECTION-2019, CAL-8: a correction never supplied (due 03-14) abandons the request"
          + " (第三十条); judged on 12-01 it is closed as 逾期不补正, with no restart on the judging date")
  void correctionNeverSupplied() {
    RequestCase c = record(new CorrectionAsked(day(3, 5), "补充", day(3, 14)));
    List<Finding> on = c.status().findingsOn(day(12, 1));
    assertThat(chinese(on))
        .doesNotContain("2025年12月1日重新起算")
        .contains("视为放弃申请", OutcomeRow.OTHER_CORRECTION_MISSED.label(), "2025年3月15日");
    assertThat(of(on, LegalPeriods.P_CORRECTION_2019.id(), FindingKind.CONVENTION)).hasSize(1);
    assertThat(c.status().latenessOn(day(12, 1)).isLate()).isFalse();
    assertThat(c.status().deadlineOn(day(12, 1)).dueDate()).isBefore(day(5, 1));
    assertThat(c.status().findingsOn(day(3, 14))).noneMatch(f -> chinese(f).contains("视为放弃申请"));
  }

  @Test
  @DisplayName(
      "P-CORRECTION-2019: a supplement after the deadline the agency set (03-14, received 04-25) is"
          + " a finding naming 正当理由; accepted, the period runs from its receipt")
  void lateSupplement() {
    RequestEvent[] events = {
      new CorrectionAsked(day(3, 5), "补充", day(3, 14)), new CorrectionReceived(day(4, 25))
    };
    RequestCase c = record(events);
    assertThat(guide(events).status()).isEqualTo(c.status());
    List<Finding> late =
        of(c.status().findings(), LegalPeriods.P_CORRECTION_2019.id(), FindingKind.CONVENTION);
    assertThat(late).hasSize(1);
    assertThat(chinese(late)).contains("2025年4月25日", "2025年3月14日", "正当理由");
    assertThat(c.status().dueDate())
        .isEqualTo(OFFICIAL.deadline(LegalPeriods.P_REPLY_2019, day(4, 25)).dueDate());
  }

  @Test
  @DisplayName(
      "P-CO-AGENCY-2019: disclosing while the consulted agency's 15 working days still run (第三十四条:"
          + " silence is consent only after them) is a finding, as for a third party")
  void disclosedWhileCoAgencyConsulted() {
    RequestCase c =
        record(
            new ConsultationSent(day(3, 5), Consulted.CO_AGENCY, "市规划局", day(3, 10)),
            new Answered(day(3, 20), DISCLOSED));
    List<Finding> early =
        of(c.status().breaches(), LegalPeriods.P_CO_AGENCY_2019.id(), FindingKind.BROKEN);
    assertThat(early).hasSize(1);
    assertThat(chinese(early)).contains("市规划局", "2025年3月31日", "视为同意");
    checkedEnglish(Language.ENGLISH.render(early));
  }
}
