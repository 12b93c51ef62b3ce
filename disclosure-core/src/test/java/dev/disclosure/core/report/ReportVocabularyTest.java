package dev.disclosure.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.Range;
import dev.disclosure.core.law.LegalPeriods;
import dev.disclosure.core.law.LegalSources;
import dev.disclosure.core.law.Rules;
import dev.disclosure.core.Regime;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The words of the report as the formats and the regulation print them (RPT-1, RPT-2). */
class ReportVocabularyTest {

  @Test
  @DisplayName(
      "RPT-1: the seven parts of the 2008 report in 来源文件003's words; the library counts the"
          + " requests part and the reconsideration and litigation part from case records")
  void parts2008() {
    assertThat(Arrays.stream(ReportPart2008.values()).map(ReportPart2008::label))
        .containsExactly(
            "工作情况概述",
            "主动公开政府信息情况",
            "依申请公开政府信息和不予公开政府信息情况",
            "因政府信息公开申请行政复议和提起行政诉讼情况",
            "政府信息公开的收费及减免情况",
            "工作存在的主要问题及改进情况",
            "其他需要报告的事项");
    assertThat(Arrays.stream(ReportPart2008.values()).filter(ReportPart2008::isCounted))
        .containsExactly(
            ReportPart2008.REQUESTS_AND_NON_DISCLOSURE,
            ReportPart2008.RECONSIDERATION_AND_LITIGATION);
  }

  @Test
  @DisplayName(
      "P-ANNUAL-REPORT-2019: the publishers of 第四十九条 in the regulation's words; 行政诉讼 is both"
          + " kinds of lawsuit, 行政复议 is not one")
  void publishersAndProceedings() {
    assertThat(Publisher.DEPARTMENT.label()).isEqualTo("县级以上人民政府部门");
    assertThat(Publisher.GOVERNMENT.label()).isEqualTo("本级人民政府（由政府信息公开工作主管部门公布）");
    assertThat(ReviewKind.RECONSIDERATION.isLitigation()).isFalse();
    assertThat(ReviewKind.LITIGATION_DIRECT.isLitigation()).isTrue();
    assertThat(ReviewKind.LITIGATION_AFTER_RECONSIDERATION.isLitigation()).isTrue();
  }

  @Test
  @DisplayName(
      "RPT-2: the trial format (国办公开办函〔2019〕60号) serves the reports on 2019 and 2020, the 2021 format"
          + " (国办公开办函〔2021〕30号) every report from 2021")
  void formats() {
    assertThat(ReportFormat.TRIAL_2019.source()).isEqualTo(LegalSources.RPT_2019_TRIAL);
    assertThat(ReportFormat.FORMAT_2021.source()).isEqualTo(LegalSources.RPT_2021);
    assertThat(ReportFormat.TRIAL_2019.firstYear()).isEqualTo(2019);
    assertThat(ReportFormat.TRIAL_2019.lastYear()).isEqualTo(2020);
    assertThat(ReportFormat.FORMAT_2021.firstYear()).isEqualTo(2021);
    assertThat(ReportFormat.FORMAT_2021.lastYear()).isEqualTo(Integer.MAX_VALUE);
  }

  @Test
  @DisplayName(
      "RPT-2: a result row's full label runs from 三、本年度办理结果 through its group, if any, to its"
          + " own label; the other rows' is their label")
  void fullLabels() {
    assertThat(RequestRow.NEW_THIS_YEAR.fullLabel()).isEqualTo("一、本年新收政府信息公开申请数量");
    assertThat(RequestRow.DISCLOSED.fullLabel()).isEqualTo("三、本年度办理结果／（一）予以公开");
    assertThat(RequestRow.NOT_DISCLOSED_STATE_SECRET.fullLabel())
        .isEqualTo("三、本年度办理结果／（三）不予公开／1.属于国家秘密");
    assertThat(RequestRow.RESULTS_TOTAL.fullLabel()).isEqualTo("三、本年度办理结果／（七）总计");
    assertThat(RequestRow.OTHER_PROCESSING.fullLabel()).isEqualTo("三、本年度办理结果／（六）其他处理");
  }

  @Test
  @DisplayName(
      "RPT-2: a proceeding prints as its kind, the day it was filed, the day it concluded if it did,"
          + " and its result")
  void reviewRecordText() {
    LocalDate filed = LocalDate.of(2026, 3, 2);
    assertThat(ReviewRecord.pending(ReviewKind.RECONSIDERATION, filed))
        .hasToString("ReviewRecord[行政复议, 2026-03-02 尚未审结]");
    assertThat(
            ReviewRecord.concluded(
                ReviewKind.RECONSIDERATION, filed, LocalDate.of(2026, 5, 6), ReviewResult.UPHELD))
        .hasToString("ReviewRecord[行政复议, 2026-03-02 → 2026-05-06 结果维持]");
  }

  @Test
  @DisplayName(
      "RPT-1, RPT-2: a regime's report table gives every publisher a deadline and has headings;"
          + " one that does not is refused when built")
  void rulesTableComplete() {
    assertThatThrownBy(
            () ->
                ImmutableReportRules.builder()
                    .formatRule(Rules.RPT_1)
                    .addHeadings("工作情况概述")
                    .putDeadlines(Publisher.DEPARTMENT, LegalPeriods.P_ANNUAL_REPORT_2008)
                    .statesRequestCountsInText(true)
                    .reportYears(Range.closed(2008, 2018))
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageEndingWith(": every publisher needs a deadline, got [DEPARTMENT]");
    assertThatThrownBy(
            () ->
                ImmutableReportRules.builder()
                    .formatRule(Rules.RPT_1)
                    .putDeadlines(Publisher.DEPARTMENT, LegalPeriods.P_ANNUAL_REPORT_2008)
                    .putDeadlines(Publisher.GOVERNMENT, LegalPeriods.P_ANNUAL_REPORT_2008)
                    .statesRequestCountsInText(true)
                    .reportYears(Range.closed(2008, 2018))
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageEndingWith(": a report has headings");
  }

  @Test
  @DisplayName(
      "RPT-3: cells, tables, text and reports print one-line descriptions with their year and"
          + " totals, as their documentation shows")
  void descriptions() {
    assertThat(Cell.of(12)).hasToString("Cell[12]");
    assertThat(Cell.parse("12.50")).hasToString("Cell[12.50]");
    assertThat(Cell.blank()).hasToString("Cell[空白]");
    assertThat(Cell.parse("／")).hasToString("Cell[占位符 ／]");
    assertThat(Cell.parse("12件")).hasToString("Cell[非数字 12件]");
    // 新收 12 + 上年结转 3 = 办结 13 + 结转下年度 2
    RequestTable requests =
        RequestTable.builder(2026, ReportFormat.FORMAT_2021)
            .row(RequestRow.NEW_THIS_YEAR, "10", "2", "0", "0", "0", "0", "12")
            .row(RequestRow.CARRIED_OVER, "3", "0", "0", "0", "0", "0", "3")
            .row(RequestRow.RESULTS_TOTAL, "11", "2", "0", "0", "0", "0", "13")
            .row(RequestRow.CARRIED_FORWARD, "2", "0", "0", "0", "0", "0", "2")
            .build();
    assertThat(requests).hasToString("RequestTable[2026, 新收 12, 上年结转 3, 办结 13, 结转下年度 2]");
    ReviewTable reviews =
        ReviewTable.builder(2026)
            .row(ReviewKind.RECONSIDERATION, "2", "1", "0", "0", "3")
            .row(ReviewKind.LITIGATION_DIRECT, "0", "0", "0", "1", "1")
            .row(ReviewKind.LITIGATION_AFTER_RECONSIDERATION, "0", "0", "0", "0", "0")
            .build();
    assertThat(reviews).hasToString("ReviewTable[2026, 行政复议 3, 行政诉讼 1]");
    assertThat(ProactiveTable.builder(2022, ReportFormat.FORMAT_2021).build())
        .hasToString("ProactiveTable[2022, 国办公开办函〔2021〕30号]");
    assertThat(Narrative.parse("受理12件。另有咨询电话15个。予以公开3件"))
        .hasToString("Narrative[2 figures, 1 unrecognised]");
    AnnualReport report =
        AnnualReport.published(
            Regime.OGI_2019, Publisher.DEPARTMENT, Optional.empty(), requests, reviews, "");
    assertThat(report).hasToString("AnnualReport[OGI_2019 2026, due 2027-01-31]");
    assertThat(report.proactive()).isEmpty();
    assertThat(AnnualReport.of(Regime.OGI_2019, Publisher.GOVERNMENT, 2026, List.of(), List.of()))
        .hasToString("AnnualReport[OGI_2019 2026, due 2027-03-31]");
  }
}
