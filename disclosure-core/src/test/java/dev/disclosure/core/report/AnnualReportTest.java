package dev.disclosure.core.report;

import static dev.disclosure.core.report.ReportFixtures.DISCLOSED;
import static dev.disclosure.core.report.ReportFixtures.MON_2024_12_30;
import static dev.disclosure.core.report.ReportFixtures.MON_2025_01_06;
import static dev.disclosure.core.report.ReportFixtures.MON_2025_03_03;
import static dev.disclosure.core.report.ReportFixtures.MON_2025_09_29;
import static dev.disclosure.core.report.ReportFixtures.MON_2025_10_13;
import static dev.disclosure.core.report.ReportFixtures.MON_2026_01_05;
import static dev.disclosure.core.report.ReportFixtures.STATE_SECRET;
import static dev.disclosure.core.report.ReportFixtures.WED_2025_12_31;
import static dev.disclosure.core.report.ReportFixtures.answered;
import static dev.disclosure.core.report.ReportFixtures.open;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.disclosure.calendar.FindingKind;
import dev.disclosure.calendar.Language;
import dev.disclosure.calendar.Quantity;
import dev.disclosure.core.Renderings;
import dev.disclosure.core.law.Rules;
import dev.disclosure.core.ApplicantKind;
import dev.disclosure.core.InvalidFactsException;
import dev.disclosure.core.Regime;
import dev.disclosure.core.request.OutcomeRow;
import dev.disclosure.core.request.RequestCase;
import dev.disclosure.core.request.RequestEvent;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnnualReportTest {

  private static final RequestCase NEW_CLOSED =
      answered(ApplicantKind.NATURAL_PERSON, MON_2025_09_29, MON_2025_10_13, DISCLOSED);
  private static final RequestCase NEW_OPEN =
      open(ApplicantKind.COMMERCIAL_ENTERPRISE, WED_2025_12_31);
  private static final RequestCase OLD_CLOSED =
      answered(ApplicantKind.NATURAL_PERSON, MON_2024_12_30, MON_2025_01_06, STATE_SECRET);
  private static final RequestCase OLD_OPEN =
      open(ApplicantKind.LEGAL_SERVICE_INSTITUTION, MON_2024_12_30);
  private static final RequestCase CLOSED_BEFORE =
      answered(
          ApplicantKind.RESEARCH_INSTITUTION,
          LocalDate.of(2024, 3, 4),
          LocalDate.of(2024, 3, 11),
          DISCLOSED);
  private static final RequestCase NEW_CLOSED_NEXT_YEAR =
      answered(
          ApplicantKind.OTHER_ORGANIZATION,
          MON_2025_03_03.plusMonths(9),
          MON_2026_01_05,
          DISCLOSED);
  private static final RequestCase RECEIVED_AFTER =
      open(ApplicantKind.NATURAL_PERSON, MON_2026_01_05);
  private static final RequestCase WITHDRAWN =
      open(ApplicantKind.PUBLIC_WELFARE_ORGANIZATION, MON_2025_09_29)
          .apply(new RequestEvent.Withdrawn(MON_2025_10_13));

  private static final List<RequestCase> CASES =
      List.of(
          NEW_CLOSED,
          NEW_OPEN,
          OLD_CLOSED,
          OLD_OPEN,
          CLOSED_BEFORE,
          NEW_CLOSED_NEXT_YEAR,
          RECEIVED_AFTER,
          WITHDRAWN);

  @ParameterizedTest(name = "{0} report on {1}: {2}")
  @CsvSource({
    "OGI_2008, 2008, true",
    "OGI_2008, 2018, true",
    "OGI_2008, 2019, false",
    "OGI_2019, 2018, false",
    "OGI_2019, 2019, true",
    "OGI_2019, 2025, true",
    "OGI_2019, 2010, false",
  })
  @DisplayName(
      "RPT-3: a report on 2008–2018 is written under OGI_2008, from 2019 under OGI_2019 (OGI-2019"
          + " 第五十六条: in force 2019-05-15, after the report on 2018 fell due)")
  void regimeOfTheYear(String regimeId, int year, boolean matches) {
    Regime regime = "OGI_2008".equals(regimeId) ? Regime.OGI_2008 : Regime.OGI_2019;
    AnnualReport report = AnnualReport.of(regime, Publisher.GOVERNMENT, year, List.of(), List.of());

    if (matches) {
      assertThat(report.checks()).isEmpty();
    } else {
      assertThat(report.checks()).hasSize(1);
      assertThat(report.checks().get(0).kind()).isEqualTo(FindingKind.BROKEN);
      assertThat(report.checks().get(0).citations().get(0).provision()).isEqualTo("第五十六条");
      String other = regime == Regime.OGI_2008 ? Regime.OGI_2019.label() : Regime.OGI_2008.label();
      assertThat(Renderings.chinese(report.checks().get(0)))
          .startsWith(
              "[RPT-3 违反] " + year + "年度报告应按" + other + "编写，而报告按" + regime.label() + "编写");
    }
  }

  @ParameterizedTest(name = "year {0}")
  @CsvSource({"-2147483648", "1900", "2007", "2101", "2147483647"})
  @DisplayName(
      "RPT-2: a table loaded from published cells has a year 2008..2100, like a counted one; any"
          + " other is refused naming it")
  void publishedTableYears(int year) {
    assertThatThrownBy(() -> RequestTable.builder(year, ReportFormat.FORMAT_2021))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("statistics year " + year + " is outside 2008..2100");
    assertThatThrownBy(() -> ReviewTable.builder(year))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("ReviewTable");
    assertThatThrownBy(() -> ProactiveTable.builder(year, ReportFormat.FORMAT_2021))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("ProactiveTable");
  }

  @Test
  @DisplayName("RPT-2: cases are placed by receipt and closing dates [convention]")
  void placements() {
    assertThat(RequestTable.placement(2025, NEW_CLOSED)).isEqualTo(Placement.NEW_AND_CLOSED);
    assertThat(RequestTable.placement(2025, NEW_OPEN)).isEqualTo(Placement.NEW_AND_CARRIED_FORWARD);
    assertThat(RequestTable.placement(2025, OLD_CLOSED))
        .isEqualTo(Placement.CARRIED_OVER_AND_CLOSED);
    assertThat(RequestTable.placement(2025, OLD_OPEN))
        .isEqualTo(Placement.CARRIED_OVER_AND_FORWARD);
    assertThat(RequestTable.placement(2025, CLOSED_BEFORE)).isEqualTo(Placement.CLOSED_BEFORE);
    assertThat(RequestTable.placement(2025, NEW_CLOSED_NEXT_YEAR))
        .isEqualTo(Placement.NEW_AND_CARRIED_FORWARD);
    assertThat(RequestTable.placement(2025, RECEIVED_AFTER)).isEqualTo(Placement.NOT_YET_RECEIVED);
    assertThat(RequestTable.placement(2026, OLD_OPEN))
        .isEqualTo(Placement.CARRIED_OVER_AND_FORWARD);
    assertThat(RequestTable.placement(2026, NEW_CLOSED_NEXT_YEAR))
        .isEqualTo(Placement.CARRIED_OVER_AND_CLOSED);
  }

  @Test
  @DisplayName("RPT-2: the RPT-2021 requests table counts each column, row and total exactly")
  void requestsTable() {
    RequestTable table = RequestTable.of(2025, CASES);

    assertThat(table.newThisYear(Column.NATURAL_PERSON)).isEqualTo(1);
    assertThat(table.newThisYear(Column.COMMERCIAL_ENTERPRISE)).isEqualTo(1);
    assertThat(table.newThisYear(Column.OTHER_ORGANIZATION)).isEqualTo(1);
    assertThat(table.newThisYear(Column.PUBLIC_WELFARE_ORGANIZATION)).isEqualTo(1);
    assertThat(table.newThisYear(Column.TOTAL)).isEqualTo(4);
    assertThat(table.carriedOver(Column.NATURAL_PERSON)).isEqualTo(1);
    assertThat(table.carriedOver(Column.LEGAL_SERVICE_INSTITUTION)).isEqualTo(1);
    assertThat(table.carriedOver(Column.TOTAL)).isEqualTo(2);
    assertThat(table.result(OutcomeRow.DISCLOSED, Column.NATURAL_PERSON)).isEqualTo(1);
    assertThat(table.result(OutcomeRow.NOT_DISCLOSED_STATE_SECRET, Column.NATURAL_PERSON))
        .isEqualTo(1);
    assertThat(table.result(OutcomeRow.NOT_DISCLOSED_STATE_SECRET, Column.TOTAL)).isEqualTo(1);
    assertThat(table.result(OutcomeRow.Category.NOT_DISCLOSED, Column.TOTAL)).isEqualTo(1);
    assertThat(table.result(OutcomeRow.OTHER, Column.PUBLIC_WELFARE_ORGANIZATION)).isEqualTo(1);
    assertThat(table.resultsTotal(Column.NATURAL_PERSON)).isEqualTo(2);
    assertThat(table.resultsTotal(Column.TOTAL)).isEqualTo(3);
    assertThat(table.carriedForward(Column.COMMERCIAL_ENTERPRISE)).isEqualTo(1);
    assertThat(table.carriedForward(Column.LEGAL_SERVICE_INSTITUTION)).isEqualTo(1);
    assertThat(table.carriedForward(Column.OTHER_ORGANIZATION)).isEqualTo(1);
    assertThat(table.carriedForward(Column.TOTAL)).isEqualTo(3);
    assertThat(table.result(OutcomeRow.DISCLOSED, Column.RESEARCH_INSTITUTION)).isZero();
    assertThat(table.unbalancedColumns()).isEmpty();
  }

  @Test
  @DisplayName("RPT-2: the explanation states the counting rules and each column's balance")
  void explanations() {
    RequestTable table = RequestTable.of(2025, CASES);

    assertThat(table.findings()).hasSize(Column.values().length + 1);
    assertThat(table.findings().get(0).rule()).isEqualTo(Rules.RPT_2);
    assertThat(table.findings().get(0).kind()).isEqualTo(FindingKind.CONVENTION);
    assertThat(table.findings().get(0).dates())
        .containsExactly(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
    assertThat(table.explain()).isEqualTo(table.explain(Language.CHINESE));
    assertThat(table.explain())
        .startsWith("[RPT-2 约定] 2025年度政府信息公开申请情况：统计期限2025年1月1日至2025年12月31日；")
        .contains("\n[RPT-2] 自然人：本年新收1件 + 上年结转1件 = 办理结果总计2件 + 结转下年度0件\n")
        .endsWith("\n[RPT-2] 总计：本年新收4件 + 上年结转2件 = 办理结果总计3件 + 结转下年度3件");
    assertThat(Renderings.english(table.findings()))
        .startsWith(
            "[RPT-2, convention] requests of 2025: statistics period 2025-01-01 to 2025-12-31;")
        .contains(
            "\n[RPT-2] natural person: new this year 1 item + carried over 1 item = results total"
                + " 2 items + carried forward 0 items\n");
    assertThat(table.findings().get(Column.values().length).quantities())
        .containsExactly(items(4), items(2), items(3), items(3));
    assertThat(RequestTable.explain(2025, OLD_CLOSED))
        .isEqualTo(
            "[RPT-2 约定] 收到2024年12月30日，办结2025年1月6日：上年结转，本年办结 → 二、上年结转；"
                + "三、本年度办理结果／不予公开／1.属于国家秘密（自然人）");
    assertThat(Renderings.checkedEnglish(RequestTable.explain(2025, OLD_CLOSED, Language.ENGLISH)))
        .isEqualTo(
            "[RPT-2, convention] received 2024-12-30, closed 2025-01-06: carried over, closed this"
                + " year → row 2, carried over from last year; row 3, results of the year: not"
                + " disclosed state secret (natural person)");
    assertThat(RequestTable.explain(2025, RECEIVED_AFTER))
        .isEqualTo("[RPT-2 约定] 收到2026年1月5日：本年度后收到，不计入");
    assertThat(RequestTable.finding(2025, RECEIVED_AFTER).dates()).containsExactly(MON_2026_01_05);
  }

  @Test
  @DisplayName("RPT-2: a column that does not balance is a broken finding with its four counts")
  void unbalanced() {
    RequestTable table =
        RequestTable.of(2025, CASES).withCarriedForwardChangedBy(Column.COMMERCIAL_ENTERPRISE, 2);

    assertThat(table.unbalancedColumns())
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(finding.rule()).isEqualTo(Rules.RPT_2);
              assertThat(finding.kind()).isEqualTo(FindingKind.BROKEN);
              assertThat(finding.quantities())
                  .containsExactly(items(1), items(0), items(0), items(3));
              assertThat(Renderings.chinese(finding))
                  .isEqualTo(
                      "[RPT-2 违反] 商业企业：本年新收1件 + 上年结转0件 ≠ 办理结果总计0件 + 结转下年度3件，不平衡");
              assertThat(Renderings.english(finding))
                  .isEqualTo(
                      "[RPT-2, broken] commercial enterprise: new this year 1 item + carried over 0"
                          + " items does not equal results total 0 items + carried forward 3"
                          + " items; the column does not balance");
            });
    assertThat(table.findings()).contains(table.unbalancedColumns().get(0));
  }

  private static Quantity items(long count) {
    return Quantity.of(count, Quantity.Unit.ITEMS);
  }

  @Test
  @DisplayName("RPT-2: columns follow the applicant kinds; 总计 is the sum of the six")
  void columns() {
    for (ApplicantKind kind : ApplicantKind.values()) {
      assertThat(Column.of(kind).label()).isEqualTo(kind.label());
      assertThat(Column.of(kind).isOrganization()).isEqualTo(!kind.isNaturalPerson());
    }
    assertThat(Column.TOTAL.isOrganization()).isFalse();
    assertThat(Column.TOTAL.label()).isEqualTo("总计");
  }

  @Test
  @DisplayName(
      "RPT-2: reconsideration and litigation by kind and result; undecided at year end is 尚未审结"
          + " [convention]")
  void reviewTable() {
    List<ReviewRecord> records =
        List.of(
            ReviewRecord.concluded(
                ReviewKind.RECONSIDERATION, MON_2025_03_03, MON_2025_09_29, ReviewResult.UPHELD),
            ReviewRecord.concluded(
                ReviewKind.RECONSIDERATION, MON_2024_12_30, MON_2025_03_03, ReviewResult.CORRECTED),
            ReviewRecord.concluded(
                ReviewKind.LITIGATION_DIRECT, MON_2025_09_29, MON_2026_01_05, ReviewResult.OTHER),
            ReviewRecord.pending(ReviewKind.LITIGATION_AFTER_RECONSIDERATION, MON_2025_10_13),
            ReviewRecord.concluded(
                ReviewKind.RECONSIDERATION,
                LocalDate.of(2024, 3, 4),
                LocalDate.of(2024, 5, 6),
                ReviewResult.UPHELD),
            ReviewRecord.pending(ReviewKind.RECONSIDERATION, MON_2026_01_05));

    ReviewTable table = ReviewTable.of(2025, records);

    assertThat(table.count(ReviewKind.RECONSIDERATION, ReviewResult.UPHELD)).isEqualTo(1);
    assertThat(table.count(ReviewKind.RECONSIDERATION, ReviewResult.CORRECTED)).isEqualTo(1);
    assertThat(table.count(ReviewKind.RECONSIDERATION, ReviewResult.PENDING)).isZero();
    assertThat(table.count(ReviewKind.RECONSIDERATION, ReviewResult.TOTAL)).isEqualTo(2);
    assertThat(table.count(ReviewKind.LITIGATION_DIRECT, ReviewResult.OTHER)).isZero();
    assertThat(table.count(ReviewKind.LITIGATION_DIRECT, ReviewResult.PENDING)).isEqualTo(1);
    assertThat(table.count(ReviewKind.LITIGATION_AFTER_RECONSIDERATION, ReviewResult.PENDING))
        .isEqualTo(1);
    assertThat(table.litigation(ReviewResult.TOTAL)).isEqualTo(2);
    assertThat(table.findings()).allMatch(finding -> finding.rule().equals(Rules.RPT_2));
    assertThat(table.explain())
        .isEqualTo(
            "[RPT-2 约定] 2025年度政府信息公开行政复议、行政诉讼情况：2025年12月31日前提起且未在2025年1月1日前审结的计入本年度；"
                + "本年审结的按结果计入，年末未审结的计入尚未审结\n"
                + "[RPT-2] 行政复议：结果维持1件，结果纠正1件，其他结果0件，尚未审结0件，总计2件\n"
                + "[RPT-2] 行政诉讼／未经复议直接起诉：结果维持0件，结果纠正0件，其他结果0件，尚未审结1件，总计1件\n"
                + "[RPT-2] 行政诉讼／复议后起诉：结果维持0件，结果纠正0件，其他结果0件，尚未审结1件，总计1件");
    assertThat(Renderings.checkedEnglish(table.explain(Language.ENGLISH)))
        .contains(
            "\n[RPT-2] administrative reconsideration: upheld 1 item, corrected 1 item, other"
                + " results 0 items, pending 0 items, total 2 items\n");
    assertThat(
            ReviewTable.of(2026, records).count(ReviewKind.LITIGATION_DIRECT, ReviewResult.OTHER))
        .isEqualTo(1);
  }

  @Test
  @DisplayName("RPT-2: a review concluded before it was filed, or concluded as 尚未审结, is invalid")
  void badReviewRecords() {
    assertThatThrownBy(
            () ->
                ReviewRecord.concluded(
                    ReviewKind.RECONSIDERATION,
                    MON_2025_09_29,
                    MON_2025_03_03,
                    ReviewResult.UPHELD))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("before it was filed");
    assertThatThrownBy(
            () ->
                ReviewRecord.concluded(
                    ReviewKind.RECONSIDERATION,
                    MON_2025_03_03,
                    MON_2025_09_29,
                    ReviewResult.PENDING))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("尚未审结");
  }

  @Test
  @DisplayName(
      "RPT-1: the OGI_2008 report has seven parts and is published by 31 March"
          + " (P-ANNUAL-REPORT-2008)")
  void report2008() {
    AnnualReport report =
        AnnualReport.of(Regime.OGI_2008, Publisher.DEPARTMENT, 2025, CASES, List.of());

    assertThat(report.headings())
        .containsExactly(
            "工作情况概述",
            "主动公开政府信息情况",
            "依申请公开政府信息和不予公开政府信息情况",
            "因政府信息公开申请行政复议和提起行政诉讼情况",
            "政府信息公开的收费及减免情况",
            "工作存在的主要问题及改进情况",
            "其他需要报告的事项");
    assertThat(report.deadline().id()).isEqualTo(Rules.P_ANNUAL_REPORT_2008);
    assertThat(report.dueDate()).isEqualTo(LocalDate.of(2026, 3, 31));
    assertThat(report.explain())
        .startsWith(
            "[P-ANNUAL-REPORT-2008] 2025年度政府信息公开工作年度报告（RPT-1）应于2026年3月31日前公布（依据")
        .contains("第三十一条")
        .contains("\n[RPT-1 约定] 报告正文：收到申请4件，办结3件，其中不予公开1件\n");
    assertThat(Renderings.english(report.findings()))
        .startsWith(
            "[P-ANNUAL-REPORT-2008] the annual report on government information disclosure for"
                + " 2025 (RPT-1) is published by 2026-03-31 (")
        .contains(
            "\n[RPT-1, convention] stated in the text: requests received 4 items, closed 3 items,"
                + " of which not disclosed 1 item\n");
  }

  @ParameterizedTest(name = "{0} {1} → {2}")
  @CsvSource({
    "DEPARTMENT, 2026-01-31",
    "GOVERNMENT, 2026-03-31",
  })
  @DisplayName("P-ANNUAL-REPORT-2019: departments by 31 January, governments by 31 March")
  void deadlines2019(Publisher publisher, LocalDate due) {
    AnnualReport report = AnnualReport.of(Regime.OGI_2019, publisher, 2025, CASES, List.of());

    assertThat(report.deadline().id()).isEqualTo(Rules.P_ANNUAL_REPORT_2019);
    assertThat(report.dueDate()).isEqualTo(due);
    assertThat(report.isOnTime(due)).isTrue();
    assertThat(report.isOnTime(due.plusDays(1))).isFalse();
  }

  @Test
  @DisplayName("RPT-2: the OGI_2019 report has six sections; the two tables are counted")
  void report2019() {
    AnnualReport report =
        AnnualReport.of(Regime.OGI_2019, Publisher.GOVERNMENT, 2025, CASES, List.of());

    assertThat(report.headings()).hasSize(6).startsWith("一、总体情况").endsWith("六、其他需要报告的事项");
    assertThat(report.requests()).isEqualTo(RequestTable.of(2025, CASES));
    assertThat(report.reviews().count(ReviewKind.RECONSIDERATION, ReviewResult.TOTAL)).isZero();
    assertThat(report.explain())
        .isEqualTo(report.explain(Language.CHINESE))
        .startsWith("[P-ANNUAL-REPORT-2019] 2025年度政府信息公开工作年度报告（RPT-2）应于2026年3月31日前公布（依据");
    assertThat(report.findings())
        .containsSubsequence(report.requests().findings())
        .containsSubsequence(report.reviews().findings());
    assertThat(report.findings().get(0).dates()).containsExactly(report.dueDate());
    assertThat(Renderings.english(report.findings())).contains("is published by 2026-03-31");
    assertThat(ReportSection.REQUESTS.isCounted()).isTrue();
    assertThat(ReportSection.OVERVIEW.isCounted()).isFalse();
    assertThat(ReportPart2008.FEES_AND_WAIVERS.isCounted()).isFalse();
    assertThat(report.toString()).isEqualTo("AnnualReport[OGI_2019 2025, due 2026-03-31]");
  }

  @Test
  @DisplayName(
      "RPT-2: a case received and closed in the year is counted in 一、本年新收 and in its result row,"
          + " and the explanation says so")
  void newCaseExplained() {
    assertThat(RequestTable.explain(2025, NEW_CLOSED))
        .isEqualTo(
            "[RPT-2 约定] 收到2025年9月29日，办结2025年10月13日：本年新收，本年办结 → 一、本年新收；"
                + "三、本年度办理结果／予以公开（自然人）");
  }

  @Test
  @DisplayName(
      "RPT-3: a report on 2008–2018 is written under OGI_2008, one on 2019 on under OGI_2019 (the"
          + " regulation in force when it falls due); a year outside 2008..2100 is refused")
  void regimeForYear() {
    assertThat(AnnualReport.regimeFor(2008)).isEqualTo(Regime.OGI_2008);
    assertThat(AnnualReport.regimeFor(2018)).isEqualTo(Regime.OGI_2008);
    assertThat(AnnualReport.regimeFor(2019)).isEqualTo(Regime.OGI_2019);
    assertThat(AnnualReport.regimeFor(2100)).isEqualTo(Regime.OGI_2019);
    assertThatThrownBy(() -> AnnualReport.regimeFor(2007))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("statistics year 2007 is outside 2008..2100");
  }
}
