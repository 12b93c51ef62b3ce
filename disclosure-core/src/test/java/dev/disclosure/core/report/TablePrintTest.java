package dev.disclosure.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.disclosure.core.Regime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The official layout printed as text, Markdown, CSV and HTML, from either source (RPT-2). */
class TablePrintTest {

  private static final AnnualReport SHANGHAI = PublishedReportTest.shanghai2019();

  @Test
  @DisplayName("RPT-2: plain text aligns every column separator for CJK full-width characters")
  void textAligned() {
    String text = SHANGHAI.requests().print(TableStyle.TEXT);
    List<String> lines = text.lines().toList();
    assertThat(lines).hasSize(3 + 1 + 23);
    assertThat(lines.get(0)).startsWith(RequestTable.BALANCE_NOTE).contains("| 申请人情况");
    assertThat(lines.get(4))
        .startsWith(
            "一、本年新收政府信息公开申请数量                                              | 821    | 35       |"
                + "          |              | 2            | 1    | 859");
    assertThat(lines.get(6))
        .startsWith("三、本年度办理结果 | （一）予以公开                                           | 258    |");
    // every line has the same display width, and the separator before 自然人 is at the same column
    int width = Grid.width(lines.get(0));
    int naturalPerson = Grid.width(lines.get(4).substring(0, lines.get(4).indexOf("| 821")));
    for (String line : lines) {
      assertThat(Grid.width(line)).as(line).isEqualTo(width);
      if (!line.startsWith("-")) {
        assertThat(charAtColumn(line, naturalPerson)).as(line).isEqualTo('|');
      }
    }
    assertThat(Grid.width("（一）予以公开")).isEqualTo(14);
    assertThat(Grid.width("3.危及“三安全一稳定”")).isEqualTo(2 + 2 * 2 + 1 + 6 * 2 + 1);
  }

  @ParameterizedTest(name = "U+{0}–U+{1}")
  @CsvSource({
    "1100, 115F", "2E80, 303E", "3041, A4CF", "AC00, D7A3", "F900, FAFF", "FE30, FE4F",
    "FF00, FF60", "FFE0, FFE6", "20000, 3FFFD",
  })
  @DisplayName(
      "RPT-2: each East Asian wide range takes two columns from its first to its last code point,"
          + " its neighbours one")
  void wideRanges(String first, String last) {
    int lo = Integer.parseInt(first, 16);
    int hi = Integer.parseInt(last, 16);
    assertThat(Grid.width(Character.toString(lo - 1))).as("U+%X", lo - 1).isEqualTo(1);
    assertThat(Grid.width(Character.toString(lo))).as("U+%X", lo).isEqualTo(2);
    assertThat(Grid.width(Character.toString(hi))).as("U+%X", hi).isEqualTo(2);
    assertThat(Grid.width(Character.toString(hi + 1))).as("U+%X", hi + 1).isEqualTo(1);
    // a supplementary character is one code point of two chars: two columns, not four
    assertThat(Grid.width(Character.toString(0x20000) + "a")).isEqualTo(3);
  }

  /** The character at a display column of a line (wide characters take two columns). */
  private static char charAtColumn(String line, int column) {
    int at = 0;
    for (int i = 0; i < line.length(); i++) {
      if (at == column) {
        return line.charAt(i);
      }
      at += Grid.width(line.substring(i, i + 1));
    }
    return 0;
  }

  @Test
  @DisplayName("RPT-2: HTML merges the headers as the format does; Markdown names each column top to bottom")
  void htmlAndMarkdown() {
    String html = SHANGHAI.requests().print(TableStyle.HTML);
    assertThat(html)
        .startsWith("<table>\n<thead>\n<tr><th rowspan=\"3\" colspan=\"3\">" + RequestTable.BALANCE_NOTE
            + "</th><th colspan=\"7\">申请人情况</th></tr>\n"
            + "<tr><th rowspan=\"2\">自然人</th><th colspan=\"5\">法人或其他组织</th><th rowspan=\"2\">总计</th></tr>\n")
        .contains("<th scope=\"row\" rowspan=\"20\">三、本年度办理结果</th>")
        .contains("<th scope=\"row\" rowspan=\"8\">（三）不予公开</th><th scope=\"row\">1.属于国家秘密</th><td>14</td>")
        .endsWith("</tbody>\n</table>\n");
    assertThat(RequestTable.of(2023, List.of()).print(TableStyle.HTML))
        .contains("<th scope=\"row\" rowspan=\"3\">（六）其他处理</th>")
        .contains("<th scope=\"row\" rowspan=\"22\">三、本年度办理结果</th>");
    assertThat(SHANGHAI.reviews().print(TableStyle.HTML))
        .contains("<tr><th colspan=\"5\">行政复议</th><th colspan=\"10\">行政诉讼</th></tr>")
        .contains("<td>5</td><td></td><td></td><td>2</td><td>7</td>");
    String markdown = SHANGHAI.requests().print(TableStyle.MARKDOWN);
    assertThat(markdown.lines().findFirst().orElseThrow())
        .contains("| 申请人情况／法人或其他组织／商业企业 |");
    assertThat(markdown).contains("| 三、本年度办理结果 | （一）予以公开 |  | 258 | 12 |  |  | 1 | 1 |  |");
    assertThat(
            ProactiveTable.builder(2022, ReportFormat.FORMAT_2021)
                .row(ProactiveRow.FEES, "12.50")
                .build()
                .print(TableStyle.CSV))
        .contains("信息内容,本年收费金额（单位：万元）,,\r\n行政事业性收费,12.50,,\r\n");
  }

  @Test
  @DisplayName("RPT-1, RPT-2: the whole report prints its headings in order with the tables under theirs")
  void wholeReport() {
    AnnualReport report =
        AnnualReport.published(
            Regime.OGI_2019,
            Publisher.GOVERNMENT,
            Optional.of(ProactiveTable.builder(2019, ReportFormat.TRIAL_2019).build()),
            SHANGHAI.requests(),
            SHANGHAI.reviews(),
            "");
    String markdown = report.print(TableStyle.MARKDOWN);
    assertThat(markdown)
        .startsWith("## 一、总体情况\n\n## 二、主动公开政府信息情况\n\n|  |  |  |  |\n| --- | ---: |")
        .contains("| 信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |")
        .contains("## 三、收到和处理政府信息公开申请情况\n\n| （本列数据")
        .contains("## 四、政府信息公开行政复议、行政诉讼情况\n\n| 行政复议／结果维持 |")
        .endsWith("## 五、存在的主要问题及改进情况\n\n## 六、其他需要报告的事项\n\n");
    assertThat(report.dueDate()).isEqualTo(java.time.LocalDate.of(2020, 3, 31));
    AnnualReport old = AnnualReport.of(Regime.OGI_2008, Publisher.GOVERNMENT, 2017, List.of(), List.of());
    assertThat(old.print(TableStyle.TEXT))
        .startsWith("工作情况概述\n\n主动公开政府信息情况\n\n依申请公开政府信息和不予公开政府信息情况\n\n（本列数据")
        .contains("因政府信息公开申请行政复议和提起行政诉讼情况\n\n行政复议")
        .endsWith("其他需要报告的事项\n\n");
    assertThat(report.print(TableStyle.HTML)).contains("<h2>三、收到和处理政府信息公开申请情况</h2>\n<table>");
    assertThat(report.print(TableStyle.CSV)).contains("四、政府信息公开行政复议、行政诉讼情况\r\n行政复议,,,,,行政诉讼");
  }

  @Test
  @DisplayName(
      "RPT-2: Markdown names only the first label column of the requests table and right-aligns the"
          + " seven count columns; HTML closes the head before 一、本年新收, a row header")
  void requestsHead() {
    RequestTable empty = RequestTable.of(2023, List.of());
    List<String> markdown = empty.print(TableStyle.MARKDOWN).lines().limit(3).toList();
    assertThat(markdown)
        .containsExactly(
            "| " + RequestTable.BALANCE_NOTE + " |  |  | 申请人情况／自然人 | 申请人情况／法人或其他组织／商业企业"
                + " | 申请人情况／法人或其他组织／科研机构 | 申请人情况／法人或其他组织／社会公益组织"
                + " | 申请人情况／法人或其他组织／法律服务机构 | 申请人情况／法人或其他组织／其他 | 申请人情况／总计 |",
            "| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
            "| 一、本年新收政府信息公开申请数量 |  |  | 0 | 0 | 0 | 0 | 0 | 0 | 0 |");
    assertThat(empty.print(TableStyle.HTML))
        .contains(
            "<tr><th>商业企业</th><th>科研机构</th><th>社会公益组织</th><th>法律服务机构</th><th>其他</th></tr>\n"
                + "</thead>\n<tbody>\n"
                + "<tr><th scope=\"row\" colspan=\"3\">一、本年新收政府信息公开申请数量</th><td>0</td>");
  }

  @Test
  @DisplayName(
      "RPT-2: the reconsideration and litigation table prints its three header rows as the format"
          + " does: each lawsuit kind over its five results")
  void reviewsHead() {
    assertThat(ReviewTable.of(2023, List.of()).print(TableStyle.CSV))
        .isEqualTo(
            "行政复议,,,,,行政诉讼,,,,,,,,,\r\n"
                + "结果维持,结果纠正,其他结果,尚未审结,总计,未经复议直接起诉,,,,,复议后起诉,,,,\r\n"
                + ",,,,,结果维持,结果纠正,其他结果,尚未审结,总计,结果维持,结果纠正,其他结果,尚未审结,总计\r\n"
                + "0,0,0,0,0,0,0,0,0,0,0,0,0,0,0\r\n");
  }

  @Test
  @DisplayName(
      "RPT-2: the 2021 第二部分 table prints each item of 第二十条 over its columns; a single column spans"
          + " the other two [convention]")
  void proactiveHtml() {
    ProactiveTable table =
        ProactiveTable.builder(2022, ReportFormat.FORMAT_2021)
            .row(ProactiveRow.RULES, "0", "0", "")
            .row(ProactiveRow.FEES, "12.50")
            .build();
    assertThat(table.print(TableStyle.HTML))
        .isEqualTo(
            "<table>\n<thead>\n</thead>\n<tbody>\n"
                + "<tr><th scope=\"row\" colspan=\"4\">第二十条第（一）项</th></tr>\n"
                + "<tr><th scope=\"row\">信息内容</th><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>\n"
                + "<tr><th scope=\"row\">规章</th><td>0</td><td>0</td><td></td></tr>\n"
                + "<tr><th scope=\"row\">行政规范性文件</th><td></td><td></td><td></td></tr>\n"
                + "<tr><th scope=\"row\" colspan=\"4\">第二十条第（五）项</th></tr>\n"
                + "<tr><th scope=\"row\">信息内容</th><td colspan=\"3\">本年处理决定数量</td></tr>\n"
                + "<tr><th scope=\"row\">行政许可</th><td colspan=\"3\"></td></tr>\n"
                + "<tr><th scope=\"row\" colspan=\"4\">第二十条第（六）项</th></tr>\n"
                + "<tr><th scope=\"row\">信息内容</th><td colspan=\"3\">本年处理决定数量</td></tr>\n"
                + "<tr><th scope=\"row\">行政处罚</th><td colspan=\"3\"></td></tr>\n"
                + "<tr><th scope=\"row\">行政强制</th><td colspan=\"3\"></td></tr>\n"
                + "<tr><th scope=\"row\" colspan=\"4\">第二十条第（八）项</th></tr>\n"
                + "<tr><th scope=\"row\">信息内容</th><td colspan=\"3\">本年收费金额（单位：万元）</td></tr>\n"
                + "<tr><th scope=\"row\">行政事业性收费</th><td colspan=\"3\">12.50</td></tr>\n"
                + "</tbody>\n</table>\n");
  }

  @Test
  @DisplayName(
      "RPT-1, RPT-2: in text, Markdown and HTML a blank line follows each table before the next"
          + " heading; CSV puts the heading on the line after the table")
  void lineAfterEachTable() {
    AnnualReport report =
        AnnualReport.published(
            Regime.OGI_2019,
            Publisher.DEPARTMENT,
            Optional.of(
                ProactiveTable.builder(2022, ReportFormat.FORMAT_2021)
                    .row(ProactiveRow.FEES, "12.50")
                    .build()),
            RequestTable.of(2022, List.of()),
            ReviewTable.of(2022, List.of()),
            "");
    assertThat(report.print(TableStyle.MARKDOWN))
        .contains("| 行政事业性收费 | 12.50 |  |  |\n\n## 三、收到和处理政府信息公开申请情况\n\n")
        .contains("| 四、结转下年度继续办理 |  |  | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n\n## 四、")
        .endsWith("| 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n\n"
            + "## 五、存在的主要问题及改进情况\n\n## 六、其他需要报告的事项\n\n");
    assertThat(report.print(TableStyle.HTML)).contains("</table>\n\n<h2>三、收到和处理政府信息公开申请情况</h2>\n");
    assertThat(report.print(TableStyle.CSV))
        .contains("行政事业性收费,12.50,,\r\n三、收到和处理政府信息公开申请情况\r\n");
  }
}
