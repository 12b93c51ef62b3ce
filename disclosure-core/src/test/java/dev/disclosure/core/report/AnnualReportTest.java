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

    assertThat(table.explain())
        .contains("统计期限 2025-01-01 至 2025-12-31")
        .contains("自然人：本年新收 1 + 上年结转 1 = 办理结果总计 2 + 结转下年度 0")
        .contains("总计：本年新收 4 + 上年结转 2 = 办理结果总计 3 + 结转下年度 3");
    assertThat(RequestTable.explain(2025, OLD_CLOSED))
        .isEqualTo("收到 2024-12-30，办结 2025-01-06：上年结转，本年办结 → 二、上年结转；三、本年度办理结果／不予公开／1.属于国家秘密（自然人）");
    assertThat(RequestTable.explain(2025, RECEIVED_AFTER)).isEqualTo("收到 2026-01-05：本年度后收到，不计入");
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
            "概述",
            "主动公开政府信息情况",
            "依申请公开政府信息和不予公开政府信息情况",
            "因政府信息公开申请行政复议、提起行政诉讼情况",
            "政府信息公开的收费及减免情况",
            "存在的主要问题及改进措施",
            "其他需要报告的事项");
    assertThat(report.deadline().id()).isEqualTo(Rules.P_ANNUAL_REPORT_2008);
    assertThat(report.dueDate()).isEqualTo(LocalDate.of(2026, 3, 31));
    assertThat(report.explain()).contains("收到申请 4，办结 3，其中不予公开 1").contains("第三十一条");
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
    assertThat(report.explain()).startsWith("2025年度政府信息公开工作年度报告（RPT-2）：P-ANNUAL-REPORT-2019");
    assertThat(ReportSection.REQUESTS.isCounted()).isTrue();
    assertThat(ReportSection.OVERVIEW.isCounted()).isFalse();
    assertThat(ReportPart2008.FEES_AND_WAIVERS.isCounted()).isFalse();
    assertThat(report.toString()).isEqualTo("AnnualReport[OGI_2019 2025, due 2026-03-31]");
  }
}
