package dev.disclosure.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.disclosure.calendar.Finding;
import dev.disclosure.calendar.FindingKind;
import dev.disclosure.calendar.Language;
import dev.disclosure.core.Regime;
import dev.disclosure.core.law.Rules;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Real published annual reports, checked (RPT-3). Sources (each file's {@code #,url} line; the
 * 高陵区 table was transcribed from the page below):
 *
 * <ul>
 *   <li>2019年上海市人民政府办公厅政府信息公开工作年度报告 (published 2020-01-31 on www.shanghai.gov.cn), trial
 *       format;
 *   <li>长春市二道区房屋征收工作管理办公室 2022:
 *       http://zwgk.changchun.gov.cn/ed/qzfzcbm/edqfwzsyglbgs/zfxxgknb/202301/t20230117_3105437.html;
 *   <li>武汉市汉阳区人民政府办公室 2022:
 *       https://www.hanyang.gov.cn/bmxxgk/zfgzjg/qrmzfbgs/zfxxgkndbg/202301/t20230119_2136694.shtml.
 * </ul>
 */
class PublishedReportTest {

  private static final PublishedTables SHANGHAI_3 =
      PublishedTables.read("R12_shanghai_gov_office_2019_part3.csv");
  private static final PublishedTables SHANGHAI_4 =
      PublishedTables.read("R12_shanghai_gov_office_2019_part4.csv");
  private static final PublishedTables CHANGCHUN_2 =
      PublishedTables.read("R05_changchun_erdao_expropriation_2022_part2.csv");
  private static final PublishedTables CHANGCHUN_3 =
      PublishedTables.read("R05_changchun_erdao_expropriation_2022_part3.csv");
  private static final PublishedTables HANYANG_2 =
      PublishedTables.read("R03_wuhan_hanyang_gov_office_2022_part2.csv");
  private static final PublishedTables HANYANG_3 =
      PublishedTables.read("R03_wuhan_hanyang_gov_office_2022_part3.csv");

  static AnnualReport shanghai2019() {
    return AnnualReport.published(
        Regime.OGI_2019,
        Publisher.DEPARTMENT,
        Optional.empty(),
        SHANGHAI_3.requests(2019, ReportFormat.TRIAL_2019),
        SHANGHAI_4.reviews(2019),
        SHANGHAI_3.meta.get("narrative"));
  }

  private static void assertHas(List<String> findings, String... prefixes) {
    for (String prefix : prefixes) {
      assertThat(findings).as("a finding starting with " + prefix).anyMatch(f -> f.startsWith(prefix));
    }
  }

  private static List<String> chinese(List<Finding> findings) {
    return findings.stream().map(Language.CHINESE::render).toList();
  }

  @Test
  @DisplayName(
      "RPT-3: 上海市人民政府办公厅 2019 (trial format): every column balances, the 总计 column is blank in"
          + " the result rows, so results ≠ （七）总计 there; the text's 予以公开及部分公开 and 无法提供 disagree")
  void shanghai() {
    AnnualReport report = shanghai2019();
    RequestTable table = report.requests();
    assertThat(table.unbalancedColumns()).isEmpty();
    assertThat(table.cell(RequestRow.DISCLOSED, Column.TOTAL)).isEqualTo(Cell.blank());
    assertThat(table.count(RequestRow.RESULTS_TOTAL, Column.TOTAL)).isEqualTo(805);

    List<String> findings = chinese(table.checks());
    assertHas(
        findings,
        "[RPT-3 违反] （七）总计／总计为805件，而本列（一）至（六）各办理结果之和为0件（依据《中华人民共和国政府信息公开工作年度报告格式（试行）》",
        "[RPT-3 违反] （一）予以公开／总计未填数字（空白），而本行自然人及法人或其他组织各列之和为272件：应填272件（依据",
        "[RPT-3 违反] 1.本机关不掌握相关政府信息／总计未填数字（空白），而本行自然人及法人或其他组织各列之和为265件：应填265件（依据");
    // 11 result rows hold numbers with a blank 总计; one sum of the 总计 column; one note on blanks
    assertThat(table.checks()).hasSize(13);
    assertHas(
        findings,
        "[RPT-3 违反] 2019年度三、收到和处理政府信息公开申请情况：126个单元格未填数字（空白126个、占位符0个），"
            + "格式要求每个单元格填写数字，勾稽关系中按0计：一、本年新收政府信息公开申请数量／科研机构、");
    assertThat(table.checks()).allMatch(f -> f.kind() == FindingKind.BROKEN);
    assertThat(table.checks()).allMatch(f -> f.rule().equals(Rules.RPT_3));
    assertThat(findings.stream().filter(f -> f.contains("不平衡"))).isEmpty();

    assertThat(chinese(report.reviews().checks()))
        .singleElement()
        .satisfies(f -> assertThat(f).contains("9个单元格未填数字", "行政复议／结果纠正"));

    List<Finding> text = report.narrative().orElseThrow().check(Optional.empty(), table, report.reviews());
    assertThat(chinese(text))
        .containsExactly(
            "[RPT-3 违反] 报告正文“予以公开及部分公开258件”称予以公开及部分公开258件，而表格为275件"
                + "（依据《中华人民共和国政府信息公开工作年度报告格式（试行）》（国办公开办函〔2019〕60号）"
                + "三、收到和处理政府信息公开申请情况）",
            "[RPT-3 违反] 报告正文“无法提供265件”称无法提供265件，而表格为337件"
                + "（依据《中华人民共和国政府信息公开工作年度报告格式（试行）》（国办公开办函〔2019〕60号）"
                + "三、收到和处理政府信息公开申请情况）");
    assertThat(report.checks()).hasSize(13 + 1 + 2);
  }

  @Test
  @DisplayName(
      "RPT-3: 长春市二道区房屋征收工作管理办公室 2022: 予以公开 has 自然人 18 with 总计 blank; two row labels"
          + " differ from the official wording")
  void changchun() {
    RequestTable table = CHANGCHUN_3.requests(2022, ReportFormat.FORMAT_2021);
    assertThat(table.publishedLabels())
        .containsOnlyKeys(RequestRow.PARTIALLY_DISCLOSED, RequestRow.NOT_DISCLOSED_INTERNAL_AFFAIRS);
    List<String> findings = chinese(table.checks());
    assertHas(
        findings,
            "[RPT-3 违反] （一）予以公开／总计未填数字（空白），而本行自然人及法人或其他组织各列之和为18件：应填18件",
            "[RPT-3 违反] 三、收到和处理政府信息公开申请情况：表中印为“5.属于三类内容事务信息”，格式规定为“5.属于三类内部事务信息”"
                + "（依据《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）三、收到和处理政府信息公开申请情况）",
            "[RPT-3 违反] 三、收到和处理政府信息公开申请情况：表中印为“（二）部分公开(区分处理的,只计这一情况,不计其他情形)”，"
                + "格式规定为“（二）部分公开（区分处理的，只计这一情形，不计其他情形）”"
                + "（依据《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）三、收到和处理政府信息公开申请情况）");
    // the cells not visible in the stored copy are text, never read as published blanks
    assertThat(table.cell(RequestRow.RESULTS_TOTAL, Column.TOTAL).kind()).isEqualTo(Cell.Kind.TEXT);

    ProactiveTable proactive = CHANGCHUN_2.proactive(2022);
    assertThat(proactive.cell(ProactiveRow.LICENSING, ProactiveMeasure.DECISIONS))
        .isEqualTo(Cell.of(0));
    assertThat(proactive.checks()).isEmpty();

    Narrative narrative = Narrative.parse(CHANGCHUN_3.meta.get("narrative"));
    assertThat(narrative.figures())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.topic()).isEqualTo(Narrative.Topic.NEW_THIS_YEAR);
              assertThat(f.stated()).isEqualTo(56);
            });
    assertThat(narrative.check(Optional.of(proactive), table, ReviewTable.of(2022, List.of())))
        .isEmpty();
  }

  @Test
  @DisplayName(
      "RPT-3: 武汉市汉阳区人民政府办公室 2022: the text gives the whole result breakdown, which balances"
          + " with the table's 本年新收 8 and 上年结转 0")
  void hanyang() {
    RequestTable table = HANYANG_3.requests(2022, ReportFormat.FORMAT_2021);
    Narrative narrative = Narrative.parse(HANYANG_3.meta.get("narrative"));
    assertThat(narrative.unrecognised()).isEmpty();
    assertThat(narrative.figures())
        .extracting(Narrative.Figure::topic, Narrative.Figure::stated)
        .containsExactly(
            tuple(Narrative.Topic.NEW_THIS_YEAR, 8L),
            tuple(Narrative.Topic.DISCLOSED, 2L),
            tuple(Narrative.Topic.PARTIALLY_DISCLOSED, 2L),
            tuple(Narrative.Topic.PROCESS_INFORMATION, 1L),
            tuple(Narrative.Topic.NOT_HELD, 2L),
            tuple(Narrative.Topic.OTHER, 1L),
            tuple(Narrative.Topic.CARRIED_FORWARD, 0L));
    long results =
        narrative.figures().stream()
            .filter(f -> f.topic() != Narrative.Topic.NEW_THIS_YEAR && f.topic() != Narrative.Topic.CARRIED_FORWARD)
            .mapToLong(Narrative.Figure::stated)
            .sum();
    assertThat(table.newThisYear(Column.TOTAL) + table.carriedOver(Column.TOTAL))
        .isEqualTo(results + 0);
    assertThat(
            narrative.check(Optional.empty(), table, ReviewTable.of(2022, List.of())).stream()
                .map(Language.CHINESE::render))
        .noneMatch(f -> f.contains("本年新收"));

    ProactiveTable proactive = HANYANG_2.proactive(2022);
    assertThat(proactive.cell(ProactiveRow.NORMATIVE_DOCUMENTS, ProactiveMeasure.IN_FORCE))
        .isEqualTo(Cell.of(8));
    // the report printed the third column of 第二十条第（一）项 as “现行有效件数 (历史累计)”
    assertThat(HANYANG_2.meta.get("header published as")).isEqualTo("现行有效件数 (历史累计)");
    ProactiveTable relabelled =
        ProactiveTable.builder(2022, ReportFormat.FORMAT_2021)
            .label(ProactiveMeasure.IN_FORCE, HANYANG_2.meta.get("header published as"))
            .label(ProactiveMeasure.ISSUED, "本年制发件数")
            .build();
    assertThat(relabelled.publishedLabels()).containsOnlyKeys(ProactiveMeasure.IN_FORCE);
    assertThat(chinese(relabelled.checks()))
        .first()
        .isEqualTo(
            "[RPT-3 违反] 二、主动公开政府信息情况：表中印为“现行有效件数 (历史累计)”，格式规定为“现行有效件数”"
                + "（依据《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）二、主动公开政府信息情况）");
    assertThat(
            ProactiveTable.parseCsv(2022, ReportFormat.FORMAT_2021, relabelled.print(TableStyle.CSV)))
        .isEqualTo(relabelled);
    assertThat(proactive.cell(ProactiveRow.RULES, ProactiveMeasure.IN_FORCE)).isEqualTo(Cell.blank());
    assertThat(chinese(proactive.checks()))
        .containsExactly(
            "[RPT-3 违反] 2022年度二、主动公开政府信息情况：1个单元格未填数字（空白1个、占位符0个），"
                + "格式要求每个单元格填写数字，勾稽关系中按0计：规章／现行有效件数"
                + "（依据《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）二、主动公开政府信息情况）");
  }

  @Test
  @DisplayName(
      "RPT-3: 西安市高陵区行政审批服务局 2021: every 第二部分 cell but 行政许可 11839 is the placeholder /,"
          + " kept apart from a blank and reported once")
  void gaolingPlaceholders() {
    // http://www.gaoling.gov.cn/zwgk/zfxxgknb/jbbmnb/61e26d0ef8fd1c0bdc7a23eb.html
    ProactiveTable table = PublishedTables.read("R20_xian_gaoling_approval_2021_part2.csv").proactive(2021);
    assertThat(table.cell(ProactiveRow.LICENSING, ProactiveMeasure.DECISIONS)).isEqualTo(Cell.of(11839));
    assertThat(table.cell(ProactiveRow.RULES, ProactiveMeasure.ISSUED)).isEqualTo(Cell.placeholder("/"));
    assertThat(chinese(table.checks()))
        .containsExactly(
            "[RPT-3 违反] 2021年度二、主动公开政府信息情况：9个单元格未填数字（空白0个、占位符9个），"
                + "格式要求每个单元格填写数字，勾稽关系中按0计：规章／本年制发件数、规章／本年废止件数、规章／现行有效件数、"
                + "行政规范性文件／本年制发件数、行政规范性文件／本年废止件数等"
                + "（依据《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）二、主动公开政府信息情况）");
  }
}
