package dev.disclosure.core.request;

import static dev.disclosure.core.request.Fixtures.FRI_2015_10_23;
import static dev.disclosure.core.request.Fixtures.FRI_2026_10_30;
import static dev.disclosure.core.request.Fixtures.MON_2015_09_28;
import static dev.disclosure.core.request.Fixtures.MON_2026_09_28;
import static dev.disclosure.core.request.Fixtures.MON_2026_11_02;
import static dev.disclosure.core.request.Fixtures.TUE_2015_10_13;
import static dev.disclosure.core.request.Fixtures.TUE_2026_09_29;
import static dev.disclosure.core.request.Fixtures.TUE_2026_10_13;
import static dev.disclosure.core.request.Fixtures.TUE_2026_11_03;
import static dev.disclosure.core.request.Fixtures.WED_2015_09_30;
import static dev.disclosure.core.request.Fixtures.WED_2026_09_30;
import static dev.disclosure.core.request.Fixtures.open;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.disclosure.calendar.Citation;
import dev.disclosure.calendar.Finding;
import dev.disclosure.calendar.FindingKind;
import dev.disclosure.calendar.Language;
import dev.disclosure.calendar.PeriodUnit;
import dev.disclosure.calendar.RuleId;
import dev.disclosure.core.AnswerKind;
import dev.disclosure.core.InvalidFactsException;
import dev.disclosure.core.Regime;
import dev.disclosure.core.request.RequestEvent.AnswerOrdered;
import dev.disclosure.core.request.RequestEvent.Answered;
import dev.disclosure.core.request.RequestEvent.ConsultationSent;
import dev.disclosure.core.request.RequestEvent.Consulted;
import dev.disclosure.core.request.RequestEvent.FeeNotice;
import dev.disclosure.core.request.RequestEvent.OrderKind;
import dev.disclosure.core.request.RequestEvent.Orderer;
import dev.disclosure.core.request.RequestEvent.Withdrawn;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The clock judged on a date: a pending wait counted up to that date and never before it began
 * (CAL-7), lateness of an open and of a closed case in its own words (P-REPLY-2019), lateness kept
 * when an order arrives (REQ-12), and the order of recorded events (REQ-10). Received Mon
 * 2026-09-28 by hand under OGI_2019: due Fri 2026-10-30 (20 working days; 国庆 10-01 … 10-07 off,
 * Sat 10-10 worked); Mon 11-02 and Tue 11-03 are the 1st and 2nd working days late.
 */
class ClockOnDateTest {

  private static final LocalDate FRI_2026_10_30 = LocalDate.of(2026, 10, 30);
  private static final LocalDate MON_2026_11_02 = LocalDate.of(2026, 11, 2);
  private static final LocalDate TUE_2026_11_10 = LocalDate.of(2026, 11, 10);

  private static AnswerOrdered order(LocalDate date) {
    return new AnswerOrdered(
        date, Orderer.REVIEW_BODY, OrderKind.ANSWER_ANEW, "某复决字〔2026〕1号", 15,
        PeriodUnit.WORKING_DAYS);
  }

  private static Finding only(List<Finding> findings, RuleId rule, FindingKind kind) {
    List<Finding> of =
        findings.stream().filter(f -> f.rule().equals(rule) && f.kind() == kind).toList();
    assertThat(of).as("%s %s in %s", rule, kind, findings).hasSize(1);
    return of.get(0);
  }

  @Test
  @DisplayName("CAL-7, REQ-8: a pending fee wait counts up to the date, and nothing before the notice")
  void pendingWaitOnDate() {
    RequestCase fee =
        open(Regime.OGI_2019, MON_2026_09_28).apply(new FeeNotice(WED_2026_09_30, BigDecimal.TEN));
    CaseStatus status = fee.status();
    assertThat(status.deadline().dueDate()).isEqualTo(FRI_2026_10_30);
    // 10-08, 10-09, 10-10, 10-12, 10-13 not counted → five working days after 10-30
    assertThat(status.deadlineOn(TUE_2026_10_13).dueDate()).isEqualTo(LocalDate.of(2026, 11, 6));
    // a date before the notice counts no wait at all
    assertThat(status.deadlineOn(TUE_2026_09_29).dueDate()).isEqualTo(FRI_2026_10_30);
    assertThat(status.deadlineOn(WED_2026_09_30).dueDate()).isEqualTo(FRI_2026_10_30);
    // a pending wait never makes the case late
    assertThat(status.latenessOn(TUE_2026_11_03).isLate()).isFalse();
    assertThat(status.breachesOn(TUE_2026_11_03)).isEmpty();
  }

  @Test
  @DisplayName("REQ-3, CAL-7: a consultation of another agency recorded under OGI_2008 pauses nothing")
  void coAgencyConsultationUnder2008() {
    RequestCase recorded =
        open(Regime.OGI_2008, MON_2015_09_28)
            .record(new ConsultationSent(WED_2015_09_30, Consulted.CO_AGENCY, "某局"));
    CaseStatus status = recorded.status();
    assertThat(status.state()).isEqualTo(CaseState.CONSULTING);
    LocalDate due2008 = FRI_2015_10_23;
    assertThat(status.deadlineOn(TUE_2015_10_13).dueDate()).isEqualTo(due2008);
    CaseStatus withdrawn = recorded.record(new Withdrawn(TUE_2015_10_13)).status();
    assertThat(withdrawn.dueDate()).isEqualTo(due2008);
  }

  @Test
  @DisplayName("P-REPLY-2019: an open case late on a date and a case closed late, each in its words")
  void latenessWords() {
    RequestCase c = open(Regime.OGI_2019, MON_2026_09_28);
    Finding open = only(c.status().breachesOn(TUE_2026_11_03), RuleId.of("P-REPLY-2019"),
        FindingKind.BROKEN);
    assertThat(open.what().english())
        .isEqualTo("no answer by {0}, after the due date {1}: late by {2}");
    assertThat(open.dates()).containsExactly(TUE_2026_11_03, FRI_2026_10_30);
    assertThat(open.render(Language.ENGLISH)).contains("late by 2 working days");
    assertThat(open.render(Language.CHINESE)).contains("截至2026年11月3日未答复，已超过答复期限2026年10月30日，逾期2个工作日");

    CaseStatus closed =
        c.apply(new Answered(TUE_2026_11_03, Answer.of(AnswerKind.DISCLOSED, "予以公开"))).status();
    Finding late = only(closed.breaches(), RuleId.of("P-REPLY-2019"), FindingKind.BROKEN);
    assertThat(late.what().english()).isEqualTo("closed on {0}, after the due date {1}: late by {2}");
    assertThat(late.render(Language.ENGLISH)).contains("late by 2 working days");
    assertThat(late.citations()).isNotEmpty();
    assertThat(closed.findings()).contains(late);
    assertThat(closed.findingsOn(TUE_2026_11_10)).isEqualTo(closed.findings());
  }

  @Test
  @DisplayName("REQ-12: an order kept the lateness before it — the closing day's for a closed case, the"
      + " order's day for an open one; an order on time adds no breach")
  void orderKeepsLateness() {
    RequestCase c = open(Regime.OGI_2019, MON_2026_09_28);
    CaseStatus closedLate =
        c.apply(new Answered(MON_2026_11_02, Answer.of(AnswerKind.DISCLOSED, "予以公开")))
            .apply(order(TUE_2026_11_10))
            .status();
    Finding kept = only(closedLate.breaches(), RuleId.of("P-REPLY-2019"), FindingKind.BROKEN);
    assertThat(kept.dates()).containsExactly(MON_2026_11_02, FRI_2026_10_30);
    assertThat(kept.render(Language.ENGLISH)).contains("late by 1 working day");

    CaseStatus openLate = c.record(order(TUE_2026_11_03)).status();
    Finding keptOpen = only(openLate.breaches(), RuleId.of("P-REPLY-2019"), FindingKind.BROKEN);
    assertThat(keptOpen.dates()).containsExactly(TUE_2026_11_03, FRI_2026_10_30);

    CaseStatus onTime =
        c.apply(new Answered(WED_2026_09_30, Answer.of(AnswerKind.DISCLOSED, "予以公开")))
            .apply(order(TUE_2026_10_13))
            .status();
    assertThat(onTime.breaches()).isEmpty();
    assertThat(onTime.findings()).anyMatch(f -> f.rule().equals(RuleId.of("REQ-12")));
  }

  @Test
  @DisplayName("REQ-6, REQ-10: an extension recorded after the due date extends nothing and is a breach")
  void lateExtensionRecorded() {
    CaseStatus status =
        open(Regime.OGI_2019, MON_2026_09_28)
            .record(Fixtures.extension(TUE_2026_11_03, 15))
            .status();
    assertThat(status.dueDate()).isEqualTo(FRI_2026_10_30);
    assertThat(status.breaches())
        .isNotEmpty()
        .isEqualTo(status.findings().stream().filter(f -> f.kind() == FindingKind.BROKEN).toList())
        .anyMatch(f -> f.rule().equals(RuleId.of("REQ-6")));
  }

  @Test
  @DisplayName("REQ-2: the receipt rule is a convention under OGI_2008 and the text's rule under OGI_2019")
  void receiptFindingKind() {
    assertThat(open(Regime.OGI_2008, MON_2015_09_28).status().findings().get(0).kind())
        .isEqualTo(FindingKind.CONVENTION);
    assertThat(open(Regime.OGI_2019, MON_2026_09_28).status().findings().get(0).kind())
        .isEqualTo(FindingKind.APPLIED);
  }

  @Test
  @DisplayName("REQ-10: an event recorded before the previous one is impossible and changes nothing")
  void recordedOutOfOrder() {
    RequestCase c =
        open(Regime.OGI_2019, MON_2026_09_28).apply(new FeeNotice(TUE_2026_10_13, BigDecimal.TEN));
    assertThatThrownBy(() -> c.record(new Withdrawn(WED_2026_09_30)))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("REQ-10")
        .hasMessageContaining("2026-09-30");
    assertThat(c.record(new Withdrawn(TUE_2026_10_13)).status().isClosed()).isTrue();
  }

  @Test
  @DisplayName("REQ-12: an order cites 行政诉讼法 for a court, 行政复议法 (2017 text before 2024-01-01,"
      + " 2023 text from that day) for a 复议 body, by what it orders")
  void orderCitations() {
    RequestCase answered =
        open(Regime.OGI_2019, MON_2026_09_28)
            .apply(new Answered(WED_2026_09_30, Answer.of(AnswerKind.DISCLOSED, "予以公开")));
    assertThat(orderCitation(answered, Orderer.COURT, OrderKind.ANSWER_ANEW))
        .hasSize(2)
        .satisfies(titles -> assertThat(titles.get(0)).isEqualTo("《中华人民共和国行政诉讼法》"))
        .satisfies(titles -> assertThat(titles.get(1)).contains("法释〔2011〕17号"));
    assertThat(orderCitation(answered, Orderer.COURT, OrderKind.ANSWER_WITHIN))
        .hasSize(2)
        .satisfies(titles -> assertThat(titles.get(0)).isEqualTo("《中华人民共和国行政诉讼法》"))
        .satisfies(titles -> assertThat(titles.get(1)).contains("法释〔2011〕17号"));
    assertThat(orderProvisions(answered, Orderer.COURT, OrderKind.ANSWER_ANEW))
        .isNotEqualTo(orderProvisions(answered, Orderer.COURT, OrderKind.ANSWER_WITHIN));
    assertThat(orderProvisions(answered, Orderer.REVIEW_BODY, OrderKind.ANSWER_ANEW))
        .containsExactly("第六十四条第一款");
    assertThat(orderProvisions(answered, Orderer.REVIEW_BODY, OrderKind.ANSWER_WITHIN))
        .containsExactly("第六十六条");
    assertThat(RequestCitations.order(Orderer.REVIEW_BODY, OrderKind.ANSWER_ANEW,
            LocalDate.of(2023, 12, 31)))
        .isNotEqualTo(RequestCitations.order(Orderer.REVIEW_BODY, OrderKind.ANSWER_ANEW,
            LocalDate.of(2024, 1, 1)));
    assertThat(RequestCitations.order(Orderer.REVIEW_BODY, OrderKind.ANSWER_WITHIN,
            LocalDate.of(2023, 12, 31)).get(0).source().title())
        .contains("2017");
  }

  private static Finding orderFinding(RequestCase answered, Orderer orderer, OrderKind kind) {
    CaseStatus status =
        answered
            .record(new AnswerOrdered(TUE_2026_10_13, orderer, kind, "某号", 15,
                PeriodUnit.WORKING_DAYS))
            .status();
    return only(status.findings(), RuleId.of("REQ-12"), FindingKind.APPLIED);
  }

  private static List<String> orderCitation(RequestCase answered, Orderer orderer, OrderKind kind) {
    return orderFinding(answered, orderer, kind).citations().stream()
        .map(c -> c.source().title())
        .toList();
  }

  private static List<String> orderProvisions(
      RequestCase answered, Orderer orderer, OrderKind kind) {
    return orderFinding(answered, orderer, kind).citations().stream()
        .map(Citation::provision)
        .toList();
  }
}
