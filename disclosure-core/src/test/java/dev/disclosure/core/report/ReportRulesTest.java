package dev.disclosure.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.disclosure.calendar.FindingKind;
import dev.disclosure.core.Regime;
import dev.disclosure.core.law.LegalPeriods;
import dev.disclosure.core.law.Rules;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The report table of each regime, and the report that reads it. */
class ReportRulesTest {

  @Test
  @DisplayName(
      "RPT-1, P-ANNUAL-REPORT-2008: seven parts, every publisher by 31 March, counts stated in the"
          + " text")
  void rules2008() {
    ReportRules rules = ReportRules.of(Regime.OGI_2008);

    assertThat(rules.formatRule()).isEqualTo(Rules.RPT_1);
    assertThat(rules.headings())
        .containsExactly(
            "工作情况概述",
            "主动公开政府信息情况",
            "依申请公开政府信息和不予公开政府信息情况",
            "因政府信息公开申请行政复议和提起行政诉讼情况",
            "政府信息公开的收费及减免情况",
            "工作存在的主要问题及改进情况",
            "其他需要报告的事项");
    assertThat(rules.deadlines())
        .containsExactly(
            Map.entry(Publisher.DEPARTMENT, LegalPeriods.P_ANNUAL_REPORT_2008),
            Map.entry(Publisher.GOVERNMENT, LegalPeriods.P_ANNUAL_REPORT_2008));
    assertThat(rules.statesRequestCountsInText()).isTrue();
  }

  @Test
  @DisplayName(
      "RPT-2, P-ANNUAL-REPORT-2019: six sections, departments by 31 January and governments by 31"
          + " March, counts in the table alone")
  void rules2019() {
    ReportRules rules = ReportRules.of(Regime.OGI_2019);

    assertThat(rules.formatRule()).isEqualTo(Rules.RPT_2);
    assertThat(rules.headings())
        .containsExactlyElementsOf(
            Arrays.stream(ReportSection.values()).map(ReportSection::label).toList());
    assertThat(rules.deadlineFor(Publisher.DEPARTMENT))
        .isEqualTo(LegalPeriods.P_ANNUAL_REPORT_2019_DEPARTMENTS);
    assertThat(rules.deadlineFor(Publisher.GOVERNMENT))
        .isEqualTo(LegalPeriods.P_ANNUAL_REPORT_2019_GOVERNMENTS);
    assertThat(rules.statesRequestCountsInText()).isFalse();
  }

  @Test
  @DisplayName("RPT-1, RPT-2: the report's headings, deadline and explanation come from the table")
  void reportReadsTable() {
    for (Regime regime : Regime.values()) {
      ReportRules rules = ReportRules.of(regime);
      for (Publisher publisher : Publisher.values()) {
        AnnualReport report = AnnualReport.of(regime, publisher, 2025, List.of(), List.of());

        assertThat(report.headings()).isEqualTo(rules.headings());
        assertThat(report.deadline()).isEqualTo(rules.deadlineFor(publisher));
        assertThat(report.findings().get(0).rule()).isEqualTo(rules.deadlineFor(publisher).id());
        assertThat(report.explain())
            .startsWith(
                "["
                    + rules.deadlineFor(publisher).id()
                    + "] 2025年度政府信息公开工作年度报告（"
                    + rules.formatRule()
                    + "）应于");
        assertThat(report.explain().contains("] 报告正文：收到申请"))
            .as("%s %s", regime, publisher)
            .isEqualTo(rules.statesRequestCountsInText());
        assertThat(
                report.findings().stream()
                    .anyMatch(
                        finding ->
                            finding.rule().equals(rules.formatRule())
                                && finding.kind() == FindingKind.CONVENTION
                                && finding.quantities().size() == 3))
            .isEqualTo(rules.statesRequestCountsInText());
      }
    }
  }
}
