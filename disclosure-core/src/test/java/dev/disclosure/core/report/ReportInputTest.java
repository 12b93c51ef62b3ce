package dev.disclosure.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.disclosure.calendar.Language;
import dev.disclosure.core.InvalidFactsException;
import dev.disclosure.core.Regime;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What the tables accept and refuse (RPT-2, RPT-3): cells and labels of the wrong row or format,
 * rows of the wrong length, CSV of the wrong shape, tables of different years or formats in one
 * report; and labels retyped with other spaces or punctuation widths, which are the same label.
 */
class ReportInputTest {

  private static final PublishedTables HANYANG_2 =
      PublishedTables.read("R03_wuhan_hanyang_gov_office_2022_part2.csv");
  private static final PublishedTables HANYANG_3 =
      PublishedTables.read("R03_wuhan_hanyang_gov_office_2022_part3.csv");
  private static final PublishedTables SHANGHAI_4 =
      PublishedTables.read("R12_shanghai_gov_office_2019_part4.csv");

  @Test
  @DisplayName(
      "RPT-2: a table refuses a row its format does not print: （六）其他处理 is the trial format's"
          + " single row, 3.其他 the 2021 format's")
  void rowOfTheOtherFormat() {
    RequestTable table = HANYANG_3.requests(2022, ReportFormat.FORMAT_2021);
    String message =
        "RPT-2: 国办公开办函〔2021〕30号 does not print the row （六）其他处理; its rows are "
            + ReportFormat.FORMAT_2021.requestRows().stream().map(RequestRow::label).toList();
    assertThatThrownBy(() -> table.cell(RequestRow.OTHER_PROCESSING, Column.TOTAL))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
    assertThatThrownBy(() -> table.count(RequestRow.OTHER_PROCESSING, Column.TOTAL))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
    assertThatThrownBy(
            () -> RequestTable.builder(2022, ReportFormat.FORMAT_2021).label(RequestRow.OTHER_PROCESSING, "（六）其他处理"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
    assertThatThrownBy(
            () -> RequestTable.builder(2019, ReportFormat.TRIAL_2019).label(RequestRow.OTHER, "3.其他"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("RPT-2: 国办公开办函〔2019〕60号 does not print the row 3.其他; its rows are [");
  }

  @Test
  @DisplayName(
      "RPT-2: a row given with the wrong number of cells is refused naming the row, its cells and"
          + " what was given")
  void rowLengths() {
    assertThatThrownBy(
            () -> ProactiveTable.builder(2022, ReportFormat.FORMAT_2021).row(ProactiveRow.FEES, "1", "2"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("行政事业性收费: the row has 1 cells ([本年收费金额（单位：万元）]); got 2");
    assertThatThrownBy(
            () -> ReviewTable.builder(2022).row(ReviewKind.RECONSIDERATION, "1", "0", "0", "1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("行政复议: a group has 5 cells (结果维持, 结果纠正, 其他结果, 尚未审结, 总计); got 4");
    assertThatThrownBy(
            () ->
                ProactiveTable.builder(2022, ReportFormat.FORMAT_2021)
                    .label(ProactiveMeasure.PROCUREMENT_AMOUNT, "采购总金额"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("RPT-2: 国办公开办函〔2021〕30号 has no column 采购总金额");
  }

  @Test
  @DisplayName(
      "RPT-3: labels retyped with half-width brackets or points, no-break or full-width spaces are"
          + " the official labels: nothing is kept and nothing is reported")
  void retypedLabels() {
    RequestTable table =
        RequestTable.builder(2022, ReportFormat.FORMAT_2021)
            .label(RequestRow.DISCLOSED, "(一)予以公开")
            .label(RequestRow.NOT_DISCLOSED_STATE_SECRET, "1．属于国家秘密")
            .label(RequestRow.NOT_DISCLOSED_PROHIBITED_BY_LAW, "2.其他法律行政法规\u00A0禁止公开")
            .label(RequestRow.RESULTS_TOTAL, "（七）\u3000总 计")
            .build();
    assertThat(table.publishedLabels()).isEmpty();
    assertThat(
            RequestTable.builder(2022, ReportFormat.FORMAT_2021)
                .label(RequestRow.DISCLOSED, "(一)予以公开了")
                .build()
                .publishedLabels())
        .containsEntry(RequestRow.DISCLOSED, "(一)予以公开了");
    ProactiveTable proactive =
        ProactiveTable.builder(2022, ReportFormat.FORMAT_2021)
            .label(ProactiveMeasure.FEES_COLLECTED, "本年收费金额(单位:万元)")
            .build();
    assertThat(proactive.publishedLabels()).isEmpty();
  }

  @Test
  @DisplayName(
      "RPT-3: CSV read back with empty lines and lines of empty fields at its end is the same"
          + " table (汉阳区政府办公室 2022, 上海市政府办公厅 2019)")
  void trailingEmptyLines() {
    RequestTable requests = HANYANG_3.requests(2022, ReportFormat.FORMAT_2021);
    String tail = ",,,,,,,,,\r\n\r\n,,\r\n";
    assertThat(RequestTable.parseCsv(2022, ReportFormat.FORMAT_2021, requests.print(TableStyle.CSV) + tail))
        .isEqualTo(requests);
    ReviewTable reviews = SHANGHAI_4.reviews(2019);
    assertThat(ReviewTable.parseCsv(2019, reviews.print(TableStyle.CSV) + tail)).isEqualTo(reviews);
    ProactiveTable proactive = HANYANG_2.proactive(2022);
    assertThat(ProactiveTable.parseCsv(2022, ReportFormat.FORMAT_2021, proactive.print(TableStyle.CSV) + tail))
        .isEqualTo(proactive);
  }

  @Test
  @DisplayName(
      "RPT-3: CSV of the wrong shape is refused naming the line and its fields: a requests row of"
          + " nine fields, a proactive row of three, a reconsideration table of three or five lines"
          + " or of fourteen cells")
  void csvShapes() {
    RequestTable requests = HANYANG_3.requests(2022, ReportFormat.FORMAT_2021);
    String csv = requests.print(TableStyle.CSV);
    String shortRow = csv.replaceFirst("(?m)^(一、本年新收政府信息公开申请数量,,),", "$1");
    assertThatThrownBy(() -> RequestTable.parseCsv(2022, ReportFormat.FORMAT_2021, shortRow))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "RPT-3: line 4 (一、本年新收政府信息公开申请数量) has 9 fields; a row has 10 (three labels,"
                + " seven cells)");

    String proactive = HANYANG_2.proactive(2022).print(TableStyle.CSV);
    String shortProactive = proactive.replaceFirst("(?m)^规章,0,0,\r\n", "规章,0,0\r\n");
    assertThatThrownBy(() -> ProactiveTable.parseCsv(2022, ReportFormat.FORMAT_2021, shortProactive))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("RPT-3: line 3 (规章) has 3 fields; a line has 4");

    String reviews = SHANGHAI_4.reviews(2019).print(TableStyle.CSV);
    List<String> lines = reviews.lines().toList();
    String prefix =
        "RPT-3: a reconsideration and litigation table has three header rows and one row of 15"
            + " cells; the CSV has ";
    assertThatThrownBy(
            () -> ReviewTable.parseCsv(2019, String.join("\r\n", lines.subList(0, 3))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(prefix + "3 lines");
    assertThatThrownBy(
            () -> ReviewTable.parseCsv(2019, reviews.replaceFirst(",\r\n$", "\r\n")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(prefix + "4 lines, the fourth of 14 fields");
    assertThatThrownBy(() -> ReviewTable.parseCsv(2019, reviews + "1\r\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(prefix + "5 lines, the fourth of 15 fields");
  }

  @Test
  @DisplayName(
      "RPT-3: a 信息内容 line that lost its last labels is read: the labels it has are compared, the"
          + " cells of the rows are read (汉阳区政府办公室 2022, 现行有效件数 printed as 现行有效件数 (历史累计))")
  void shortHeaderLine() {
    ProactiveTable table = HANYANG_2.proactive(2022);
    String csv =
        table
            .print(TableStyle.CSV)
            .replaceFirst("信息内容,本年制发件数,本年废止件数,现行有效件数\r\n", "信息内容,本年制发件数,本年废止件数（件）\r\n");
    ProactiveTable read = ProactiveTable.parseCsv(2022, ReportFormat.FORMAT_2021, csv);
    assertThat(read.publishedLabels())
        .containsExactly(java.util.Map.entry(ProactiveMeasure.REPEALED, "本年废止件数（件）"));
    assertThat(read.cell(ProactiveRow.NORMATIVE_DOCUMENTS, ProactiveMeasure.IN_FORCE)).isEqualTo(Cell.of(8));
  }

  @Test
  @DisplayName(
      "RPT-3: a report's tables are of one year and one format; a report takes in tables of"
          + " 2008 and of 2100, the first and last statistics years")
  void oneYearOneFormat() {
    RequestTable requests = HANYANG_3.requests(2022, ReportFormat.FORMAT_2021);
    ReviewTable reviews = ReviewTable.of(2022, List.of());
    assertThatThrownBy(
            () ->
                AnnualReport.published(
                    Regime.OGI_2019,
                    Publisher.GOVERNMENT,
                    Optional.of(HANYANG_2.proactive(2022)),
                    requests,
                    ReviewTable.of(2021, List.of()),
                    ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("RPT-3: a report's tables are of one year; got 第三部分 2022, 第四部分 2021, 第二部分 2022");
    assertThatThrownBy(
            () ->
                AnnualReport.published(
                    Regime.OGI_2019,
                    Publisher.GOVERNMENT,
                    Optional.of(ProactiveTable.builder(2021, ReportFormat.FORMAT_2021).build()),
                    requests,
                    reviews,
                    ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("RPT-3: a report's tables are of one year; got 第三部分 2022, 第四部分 2022, 第二部分 2021");
    assertThatThrownBy(
            () ->
                AnnualReport.published(
                    Regime.OGI_2019, Publisher.GOVERNMENT, Optional.empty(), requests, ReviewTable.of(2023, List.of()), ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("RPT-3: a report's tables are of one year; got 第三部分 2022, 第四部分 2023");
    assertThatThrownBy(
            () ->
                AnnualReport.published(
                    Regime.OGI_2019,
                    Publisher.GOVERNMENT,
                    Optional.of(ProactiveTable.builder(2022, ReportFormat.TRIAL_2019).build()),
                    requests,
                    reviews,
                    ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "RPT-3: a report's tables are in one format; got 第二部分 in 国办公开办函〔2019〕60号 and 第三部分 in"
                + " 国办公开办函〔2021〕30号");
    for (int year : new int[] {2008, 2100}) {
      assertThat(RequestTable.builder(year, ReportFormat.FORMAT_2021).build().year()).isEqualTo(year);
      assertThat(ReviewTable.builder(year).build().year()).isEqualTo(year);
      assertThat(ProactiveTable.builder(year, ReportFormat.FORMAT_2021).build().year()).isEqualTo(year);
    }
  }

  @Test
  @DisplayName(
      "RPT-2: a concluded proceeding's result is 结果维持, 结果纠正 or 其他结果: 尚未审结 and 总计 are refused")
  void concludedResults() {
    LocalDate filed = LocalDate.of(2026, 3, 2);
    LocalDate concluded = LocalDate.of(2026, 5, 6);
    for (ReviewResult result : List.of(ReviewResult.PENDING, ReviewResult.TOTAL)) {
      assertThatThrownBy(
              () -> ReviewRecord.concluded(ReviewKind.RECONSIDERATION, filed, concluded, result))
          .isInstanceOf(InvalidFactsException.class)
          .hasMessageContaining(
              "a concluded proceeding's result is 结果维持, 结果纠正 or 其他结果; got " + result.label());
    }
    assertThat(ReviewRecord.concluded(ReviewKind.LITIGATION_DIRECT, filed, concluded, ReviewResult.OTHER).result())
        .isEqualTo(ReviewResult.OTHER);
  }

  @Test
  @DisplayName(
      "RPT-3: a published report keeps its regime, publisher and tables, and checks its 第二部分"
          + " table with the others (汉阳区政府办公室 2022: the blank cells of its 第二部分)")
  void publishedReportParts() {
    ProactiveTable proactive = HANYANG_2.proactive(2022);
    AnnualReport report =
        AnnualReport.published(
            Regime.OGI_2019,
            Publisher.GOVERNMENT,
            Optional.of(proactive),
            HANYANG_3.requests(2022, ReportFormat.FORMAT_2021),
            ReviewTable.of(2022, List.of()),
            "");
    assertThat(report.regime()).isEqualTo(Regime.OGI_2019);
    assertThat(report.publisher()).isEqualTo(Publisher.GOVERNMENT);
    assertThat(report.proactive()).contains(proactive);
    assertThat(proactive.checks()).isNotEmpty();
    assertThat(report.checks()).containsAll(proactive.checks());
    assertThat(report.checks().stream().map(Language.CHINESE::render))
        .anyMatch(f -> f.startsWith("[RPT-3 违反] 2022年度二、主动公开政府信息情况："));
  }

  @Test
  @DisplayName(
      "RPT-2: counting cases or explaining one refuses a year outside 2008..2100 at once, naming it")
  void countedYears() {
    for (int year : new int[] {2007, 2101}) {
      assertThatThrownBy(() -> RequestTable.of(year, List.of()))
          .isInstanceOf(InvalidFactsException.class)
          .hasMessageContaining("statistics year " + year + " is outside 2008..2100");
      assertThatThrownBy(() -> ReviewTable.of(year, List.of()))
          .isInstanceOf(InvalidFactsException.class)
          .hasMessageContaining("statistics year " + year + " is outside 2008..2100");
      assertThatThrownBy(
              () ->
                  RequestTable.finding(
                      year,
                      ReportFixtures.open(
                          dev.disclosure.core.ApplicantKind.NATURAL_PERSON, ReportFixtures.MON_2025_03_03)))
          .isInstanceOf(InvalidFactsException.class)
          .hasMessageContaining("statistics year " + year + " is outside 2008..2100");
    }
  }

  @Test
  @DisplayName("RPT-3: a short row further down the CSV is refused naming its own line")
  void shortRowNamesItsLine() {
    String csv = HANYANG_3.requests(2022, ReportFormat.FORMAT_2021).print(TableStyle.CSV);
    String shortRow = csv.replaceFirst("(?m)^(二、上年结转政府信息公开申请数量,,),", "$1");
    assertThatThrownBy(() -> RequestTable.parseCsv(2022, ReportFormat.FORMAT_2021, shortRow))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "RPT-3: line 5 (二、上年结转政府信息公开申请数量) has 9 fields; a row has 10 (three labels,"
                + " seven cells)");
  }
}
