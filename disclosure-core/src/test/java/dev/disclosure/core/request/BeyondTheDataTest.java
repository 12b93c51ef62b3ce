package dev.disclosure.core.request;

import static dev.disclosure.core.Renderings.chinese;
import static dev.disclosure.core.Renderings.english;
import static dev.disclosure.core.request.Fixtures.OFFICIAL;
import static dev.disclosure.core.request.Fixtures.ZHANG_SAN;
import static dev.disclosure.core.request.Fixtures.handedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.disclosure.calendar.ChinaCalendars;
import dev.disclosure.calendar.Finding;
import dev.disclosure.calendar.FindingKind;
import dev.disclosure.calendar.OutsideCalendarDataException;
import dev.disclosure.calendar.PeriodUnit;
import dev.disclosure.calendar.RuleId;
import dev.disclosure.calendar.WorkingDayCalendar;
import dev.disclosure.core.AnswerKind;
import dev.disclosure.core.Regime;
import dev.disclosure.core.law.Rules;
import dev.disclosure.core.request.RequestEvent.AnswerOrdered;
import dev.disclosure.core.request.RequestEvent.Answered;
import dev.disclosure.core.request.RequestEvent.ConsultationSent;
import dev.disclosure.core.request.RequestEvent.Consulted;
import dev.disclosure.core.request.RequestEvent.NoOpinion;
import dev.disclosure.core.request.RequestEvent.OrderKind;
import dev.disclosure.core.request.RequestEvent.Orderer;
import dev.disclosure.core.request.RequestEvent.Withdrawn;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Cases of December 2026 whose periods end in 2027, on {@link ChinaCalendars#official()} (data
 * through 2026-12-31) and on the estimate: a finding about a fact inside the data is made, naming
 * a day beyond the data as such and counting working days only up to the data's end (CAL-9);
 * asking for the due date itself still throws. Counts by hand on the 2026 notice (国办发〔2025〕7号):
 * no holiday after 10-08 in 2026, so (12-18, 12-31] holds 9 working days, (12-30, 12-31] 1 and
 * (11-30, 12-31] 23.
 */
class BeyondTheDataTest {

  private static final WorkingDayCalendar ESTIMATE =
      ChinaCalendars.officialWithEstimateThrough(2027);

  private static final String ART_32 = "（依据《中华人民共和国政府信息公开条例》（国务院令第711号）第三十二条）";
  private static final String ART_32_EN =
      " (Regulations of the People's Republic of China on Open Government Information (State"
          + " Council Decree No. 711), Art. 32)";
  private static final String ART_33 = "（依据《中华人民共和国政府信息公开条例》（国务院令第711号）第三十三条）";
  private static final String ART_33_EN =
      " (Regulations of the People's Republic of China on Open Government Information (State"
          + " Council Decree No. 711), Art. 33)";

  /** Handed in 2026-11-20, a third party consulted from 2026-12-15: its 15 working days end in 2027. */
  private static RequestCase consulting(WorkingDayCalendar calendar) {
    return RequestCase.open(
            Regime.OGI_2019, calendar, ZHANG_SAN, handedIn(LocalDate.of(2026, 11, 20)))
        .apply(new ConsultationSent(LocalDate.of(2026, 12, 15), Consulted.THIRD_PARTY, "甲公司"));
  }

  /** Handed in 2026-11-02, due 2026-11-30, nothing done. */
  private static RequestCase overdue(WorkingDayCalendar calendar) {
    return RequestCase.open(
        Regime.OGI_2019, calendar, ZHANG_SAN, handedIn(LocalDate.of(2026, 11, 2)));
  }

  private static final LocalDate JAN_11_2027 = LocalDate.of(2027, 1, 11);

  private static Finding only(List<Finding> findings) {
    assertThat(findings).hasSize(1);
    return findings.get(0);
  }

  record Row(
      String history,
      Supplier<Finding> finding,
      RuleId rule,
      FindingKind kind,
      String chinese,
      String english) {
    @Override
    public String toString() {
      return history;
    }
  }

  static Stream<Row> rows() {
    return Stream.of(
        new Row(
            "official: disclosed 12-18 while the third party's period runs into 2027",
            () ->
                only(
                    consulting(OFFICIAL)
                        .record(
                            new Answered(
                                LocalDate.of(2026, 12, 18), Answer.of(AnswerKind.DISCLOSED, "")))
                        .status()
                        .breaches()),
            Rules.P_THIRD_PARTY_2019,
            FindingKind.BROKEN,
            "[P-THIRD-PARTY-2019 违反] 2026年12月18日在征求第三方甲公司意见期间即予公开：第三方2026年12月15日收到征求意见书，"
                + "提出意见的期限至日历数据（至2026年12月31日）之后的某日，尚余至少9个工作日（计至日历数据截止的2026年12月31日）"
                + ART_32,
            "[P-THIRD-PARTY-2019, broken] disclosed on 2026-12-18 while the third party (as"
                + " recorded) was still being consulted: it received the consultation on"
                + " 2026-12-15 and had until a day beyond the calendar's data (after 2026-12-31)"
                + " (at least 9 working days counted to the end of the data (2026-12-31) left) to"
                + " give its opinion"
                + ART_32_EN),
        new Row(
            "official: silence noted 12-30, before the third party's period ends in 2027",
            () ->
                only(
                    consulting(OFFICIAL)
                        .record(new NoOpinion(LocalDate.of(2026, 12, 30), "甲公司"))
                        .status()
                        .breaches()),
            Rules.P_THIRD_PARTY_2019,
            FindingKind.BROKEN,
            "[P-THIRD-PARTY-2019 违反] 2026年12月30日记为甲公司逾期未提出意见，但其2026年12月15日收到征求意见书，"
                + "提出意见的期限至日历数据（至2026年12月31日）之后的某日尚未届满（尚余至少1个工作日（计至日历数据截止的2026年12月31日））"
                + ART_32,
            "[P-THIRD-PARTY-2019, broken] silence of the consulted party (as recorded) noted on"
                + " 2026-12-30, but it received the consultation on 2026-12-15 and has until a day"
                + " beyond the calendar's data (after 2026-12-31) (at least 1 working day counted to"
                + " the end of the data (2026-12-31) left)"
                + ART_32_EN),
        new Row(
            "official: withdrawn 12-30, the consultation's pause moving the due date into 2027",
            () ->
                consulting(OFFICIAL)
                    .apply(new Withdrawn(LocalDate.of(2026, 12, 30)))
                    .status()
                    .findings()
                    .stream()
                    .filter(f -> f.rule().equals(RuleId.CAL_7))
                    .findFirst()
                    .orElseThrow(),
            RuleId.CAL_7,
            FindingKind.APPLIED,
            "[CAL-7] 2026年12月15日至2026年12月30日（征求第三方意见），11个工作日不计算在期限内 →"
                + " 日历数据（至2026年12月31日）之后的某日"
                + ART_33,
            "[CAL-7] paused 2026-12-15 to 2026-12-30 (consulting a third party): 11 working days"
                + " not counted → a day beyond the calendar's data (after 2026-12-31)"
                + ART_33_EN),
        new Row(
            "official: overdue since 11-30, judged on 2027-01-11",
            () -> only(overdue(OFFICIAL).status().breachesOn(JAN_11_2027)),
            Rules.P_REPLY_2019,
            FindingKind.BROKEN,
            "[P-REPLY-2019 违反] 截至2027年1月11日未答复，已超过答复期限2026年11月30日，逾期至少23个工作日（计至日历数据截止的2026年12月31日）"
                + ART_33,
            "[P-REPLY-2019, broken] no answer by 2027-01-11, after the due date 2026-11-30: late"
                + " by at least 23 working days counted to the end of the data (2026-12-31)"
                + ART_33_EN),
        new Row(
            "estimate: disclosed 12-18, the third party's period ending 2027-01-06 on the estimate",
            () ->
                only(
                    consulting(ESTIMATE)
                        .record(
                            new Answered(
                                LocalDate.of(2026, 12, 18), Answer.of(AnswerKind.DISCLOSED, "")))
                        .status()
                        .breaches()),
            Rules.P_THIRD_PARTY_2019,
            FindingKind.BROKEN,
            "[P-THIRD-PARTY-2019 违反] 2026年12月18日在征求第三方甲公司意见期间即予公开：第三方2026年12月15日收到征求意见书，"
                + "提出意见的期限至2027年1月6日，尚余12个工作日"
                + ART_32,
            "[P-THIRD-PARTY-2019, broken] disclosed on 2026-12-18 while the third party (as"
                + " recorded) was still being consulted: it received the consultation on"
                + " 2026-12-15 and had until 2027-01-06 (12 working days left) to give its opinion"
                + ART_32_EN),
        new Row(
            "estimate: overdue since 11-30, an order received 2027-01-11",
            () ->
                overdue(ESTIMATE)
                    .apply(
                        new AnswerOrdered(
                            JAN_11_2027,
                            Orderer.COURT,
                            OrderKind.ANSWER_WITHIN,
                            "判",
                            15,
                            PeriodUnit.DAYS))
                    .status()
                    .breaches()
                    .get(0),
            Rules.P_REPLY_2019,
            FindingKind.BROKEN,
            "[P-REPLY-2019 违反] 截至2027年1月11日未答复，已超过答复期限2026年11月30日，逾期29个工作日" + ART_33,
            "[P-REPLY-2019, broken] no answer by 2027-01-11, after the due date 2026-11-30: late"
                + " by 29 working days"
                + ART_33_EN));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  @DisplayName(
      "REQ-10, REQ-12, CAL-9: a finding about a fact inside the data names a day beyond the data"
          + " as such and counts working days to the data's end; on the estimate it stays dated")
  void findingNamesTheDayBeyondTheData(Row row) {
    Finding finding = row.finding().get();
    assertThat(finding.rule()).isEqualTo(row.rule());
    assertThat(finding.kind()).isEqualTo(row.kind());
    assertThat(chinese(finding)).isEqualTo(row.chinese());
    assertThat(english(finding)).isEqualTo(row.english());
  }

  @Test
  @DisplayName(
      "REQ-10, CAL-9: a case closed inside the data with a due date beyond it is not late:"
          + " breaches(), findings() and explain() answer; only dueDate() throws")
  void closedInsideTheDataDueBeyondIt() {
    CaseStatus withdrawn =
        consulting(OFFICIAL).apply(new Withdrawn(LocalDate.of(2026, 12, 30))).status();
    assertThat(withdrawn.breaches()).isEmpty();
    assertThat(withdrawn.findings()).noneMatch(f -> f.kind() == FindingKind.BROKEN);
    assertThat(withdrawn.explain()).contains("[REQ-9] 自2026年12月30日起已办结");
    assertThatThrownBy(withdrawn::dueDate)
        .isInstanceOf(OutsideCalendarDataException.class)
        .hasMessageContaining("2007-01-01..2026-12-31");
    // on the estimate the same history is dated, and flagged provisional
    CaseStatus estimated =
        consulting(ESTIMATE).apply(new Withdrawn(LocalDate.of(2026, 12, 30))).status();
    assertThat(estimated.dueDate()).isEqualTo(LocalDate.of(2027, 1, 5));
    assertThat(estimated.findings())
        .anyMatch(f -> f.rule().equals(RuleId.CAL_9) && f.kind() == FindingKind.PROVISIONAL);
  }

  @Test
  @DisplayName(
      "REQ-12, CAL-9: six weeks after a due date inside the data, an order to answer within a"
          + " period is offered (dates compared); the order's own period from 2027-01-11 cannot be"
          + " counted on official data and is refused with CAL-9, not REQ-12")
  void orderAfterADueDateInsideTheData() {
    RequestCase overdue = overdue(OFFICIAL);
    assertThat(overdue.status().allowedSteps(JAN_11_2027)).contains(Step.ORDER_ANSWER);
    AnswerOrdered order =
        new AnswerOrdered(
            JAN_11_2027, Orderer.COURT, OrderKind.ANSWER_WITHIN, "判", 15, PeriodUnit.DAYS);
    assertThatThrownBy(() -> overdue.apply(order))
        .isInstanceOf(OutsideCalendarDataException.class)
        .hasMessageContaining("needs 2027-01-11");
    // inside the data the order is taken, its lateness counted in full
    AnswerOrdered inTheData =
        new AnswerOrdered(
            LocalDate.of(2026, 12, 28),
            Orderer.COURT,
            OrderKind.ANSWER_WITHIN,
            "判",
            15,
            PeriodUnit.DAYS);
    assertThat(english(overdue.apply(inTheData).status().breaches().get(0)))
        .contains("late by 20 working days");
  }

  @Test
  @DisplayName(
      "REQ-6, REQ-9, CAL-9: a case whose reply period ends beyond the data is guided and recorded"
          + " in the data: a fee notice or an extension in December is within the period")
  void stepsWithinAPeriodEndingBeyondTheData() {
    RequestCase december =
        RequestCase.open(
            Regime.OGI_2019, OFFICIAL, ZHANG_SAN, handedIn(LocalDate.of(2026, 12, 10)));
    LocalDate dec21 = LocalDate.of(2026, 12, 21);
    assertThat(december.status().allowedSteps(dec21))
        .contains(Step.SEND_FEE_NOTICE, Step.APPROVE_EXTENSION, Step.ANSWER);
    assertThat(
            december
                .record(new RequestEvent.FeeNotice(dec21, new java.math.BigDecimal("100")))
                .status()
                .breaches())
        .isEmpty();
    assertThat(
            december
                .record(Fixtures.extension(LocalDate.of(2026, 12, 28), 20))
                .status()
                .breaches())
        .isEmpty();
    // asking for a date after the data, whose order against the due date is unknown, still throws
    assertThatThrownBy(() -> december.status().allowedSteps(JAN_11_2027))
        .isInstanceOf(OutsideCalendarDataException.class);
  }
}
