package dev.disclosure.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.disclosure.calendar.Finding;
import dev.disclosure.calendar.Language;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The checks of single cells and of sums in the count tables (RPT-3), on 第四部分 tables whose
 * arithmetic is checked by hand: each group's 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结.
 */
class CountCheckTest {

  private static final String CITATION_2021 =
      "（依据《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）四、政府信息公开行政复议、行政诉讼情况）";
  private static final String ENGLISH_2021 =
      " (Format of Annual Reports on Open Government Information Work (Guo Ban Gong Kai Ban Han"
          + " [2021] No. 30))";

  private static List<String> chinese(List<Finding> findings) {
    return findings.stream().map(Language.CHINESE::render).toList();
  }

  private static List<String> english(List<Finding> findings) {
    return findings.stream().map(f -> f.render(Language.ENGLISH)).toList();
  }

  @Test
  @DisplayName(
      "RPT-3: a 总计 left blank or holding a placeholder while its group sums to 1 must read 1; a 总计"
          + " holding text is reported as not a count and not summed again")
  void totalsWithoutNumbers() {
    // each group: 结果维持 1, the others 0, so each 总计 should read 1
    ReviewTable table =
        ReviewTable.builder(2023)
            .row(ReviewKind.RECONSIDERATION, "1", "0", "0", "0", "")
            .row(ReviewKind.LITIGATION_DIRECT, "1", "0", "0", "0", "/")
            .row(ReviewKind.LITIGATION_AFTER_RECONSIDERATION, "1", "0", "0", "0", "1件")
            .build();
    assertThat(chinese(table.checks()))
        .containsExactly(
            "[RPT-3 违反] 行政诉讼／复议后起诉／总计为“1件”，不是件数（应为0至2147483647的整数），按0计" + CITATION_2021,
            "[RPT-3 违反] 2023年度四、政府信息公开行政复议、行政诉讼情况：2个单元格未填数字（空白1个、占位符1个），"
                + "格式要求每个单元格填写数字，勾稽关系中按0计：行政复议／总计、行政诉讼／未经复议直接起诉／总计"
                + CITATION_2021,
            "[RPT-3 违反] 行政复议／总计未填数字（空白），而本组结果维持、结果纠正、其他结果、尚未审结之和为1件：应填1件"
                + CITATION_2021,
            "[RPT-3 违反] 行政诉讼／未经复议直接起诉／总计未填数字（占位符），而本组结果维持、结果纠正、其他结果、尚未审结之和为1件：应填1件"
                + CITATION_2021);
    assertThat(english(table.checks()).get(1))
        .isEqualTo(
            "[RPT-3, broken] 2023, reconsideration and litigation table: 2 cells hold no number (1"
                + " blank, 1 placeholders) where the format asks for a number; read as 0 in the"
                + " identities: administrative reconsideration, total; lawsuit, filed without"
                + " reconsideration, total"
                + ENGLISH_2021);
    assertThat(table.cell(ReviewKind.RECONSIDERATION, ReviewResult.TOTAL)).isEqualTo(Cell.blank());
    assertThat(table.cell(ReviewKind.LITIGATION_DIRECT, ReviewResult.TOTAL))
        .isEqualTo(Cell.placeholder("/"));
    assertThat(table.cell(ReviewKind.LITIGATION_AFTER_RECONSIDERATION, ReviewResult.TOTAL))
        .isEqualTo(Cell.parse("1件"));
    assertThat(table.cell(ReviewKind.LITIGATION_AFTER_RECONSIDERATION, ReviewResult.UPHELD))
        .isEqualTo(Cell.of(1));
    assertThat(table.cell(ReviewKind.LITIGATION_DIRECT, ReviewResult.CORRECTED))
        .isEqualTo(Cell.of(0));
  }

  @Test
  @DisplayName(
      "RPT-3: a table whose only odd cell is a number that is not a count has that one finding and"
          + " no finding on unfilled cells")
  void noUnfilledCells() {
    ReviewTable table =
        ReviewTable.builder(2023)
            .row(ReviewKind.RECONSIDERATION, "1", "0", "0", "0", "1")
            .row(ReviewKind.LITIGATION_DIRECT, "1", "0", "0", "0", "1")
            .row(ReviewKind.LITIGATION_AFTER_RECONSIDERATION, "1", "0", "0", "0", "1.5")
            .build();
    assertThat(chinese(table.checks()))
        .containsExactly(
            "[RPT-3 违反] 行政诉讼／复议后起诉／总计为“1.5”，不是件数（应为0至2147483647的整数），按0计" + CITATION_2021);
  }

  @Test
  @DisplayName(
      "RPT-3: the finding on unfilled cells names at most five, in table order, and says 等 / and"
          + " more only when there are more")
  void unfilledNamesFive() {
    ReviewTable five =
        ReviewTable.builder(2023)
            .row(ReviewKind.RECONSIDERATION, "", "", "", "", "")
            .row(ReviewKind.LITIGATION_DIRECT, "0", "0", "0", "0", "0")
            .row(ReviewKind.LITIGATION_AFTER_RECONSIDERATION, "0", "0", "0", "0", "0")
            .build();
    assertThat(chinese(five.checks()))
        .containsExactly(
            "[RPT-3 违反] 2023年度四、政府信息公开行政复议、行政诉讼情况：5个单元格未填数字（空白5个、占位符0个），"
                + "格式要求每个单元格填写数字，勾稽关系中按0计：行政复议／结果维持、行政复议／结果纠正、行政复议／其他结果、"
                + "行政复议／尚未审结、行政复议／总计"
                + CITATION_2021);
    assertThat(english(five.checks()))
        .containsExactly(
            "[RPT-3, broken] 2023, reconsideration and litigation table: 5 cells hold no number (5"
                + " blank, 0 placeholders) where the format asks for a number; read as 0 in the"
                + " identities: administrative reconsideration, upheld; administrative"
                + " reconsideration, corrected; administrative reconsideration, other;"
                + " administrative reconsideration, pending; administrative reconsideration, total"
                + ENGLISH_2021);
    ReviewTable six =
        ReviewTable.builder(2023)
            .row(ReviewKind.RECONSIDERATION, "", "", "", "", "")
            .row(ReviewKind.LITIGATION_DIRECT, "—", "0", "0", "0", "0")
            .row(ReviewKind.LITIGATION_AFTER_RECONSIDERATION, "0", "0", "0", "0", "0")
            .build();
    assertThat(chinese(six.checks()))
        .containsExactly(
            "[RPT-3 违反] 2023年度四、政府信息公开行政复议、行政诉讼情况：6个单元格未填数字（空白5个、占位符1个），"
                + "格式要求每个单元格填写数字，勾稽关系中按0计：行政复议／结果维持、行政复议／结果纠正、行政复议／其他结果、"
                + "行政复议／尚未审结、行政复议／总计等"
                + CITATION_2021);
    assertThat(english(six.checks()).get(0)).endsWith("administrative reconsideration, total and more" + ENGLISH_2021);
  }

  @Test
  @DisplayName(
      "RPT-3: a requests-table row whose 总计 is blank while its columns sum to 1 is named in"
          + " English by its row and column")
  void requestRowNamedInEnglish() {
    RequestTable table =
        RequestTable.builder(2023, ReportFormat.FORMAT_2021)
            .row(RequestRow.NEW_THIS_YEAR, "1", "0", "0", "0", "0", "0", "")
            .build();
    assertThat(english(table.checks()))
        .contains(
            "[RPT-3, broken] row new requests this year, column total holds no number (blank), but"
                + " the sum of the six applicant columns of the row is 1 item: it should read 1 item"
                + ENGLISH_2021);
  }

  @Test
  @DisplayName(
      "RPT-3: the 第二部分 checks name each cell by row and column in both languages: text, a"
          + " negative count, a count that is not whole (its number shown in English too), blank"
          + " cells")
  void proactiveCells() {
    ProactiveTable table =
        ProactiveTable.builder(2022, ReportFormat.FORMAT_2021)
            .row(ProactiveRow.RULES, "0", "0", "2件")
            .row(ProactiveRow.NORMATIVE_DOCUMENTS, "1", "0", "1")
            .row(ProactiveRow.LICENSING, "-1")
            .row(ProactiveRow.PENALTIES, "1.5")
            .row(ProactiveRow.FEES, "12.50")
            .build();
    String part = "（依据《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）二、主动公开政府信息情况）";
    assertThat(chinese(table.checks()))
        .containsExactly(
            "[RPT-3 违反] 规章／现行有效件数为“2件”，不是数字" + part,
            "[RPT-3 违反] 行政许可／本年处理决定数量为-1：不能为负数" + part,
            "[RPT-3 违反] 行政处罚／本年处理决定数量为1.5：件数应为整数" + part,
            "[RPT-3 违反] 2022年度二、主动公开政府信息情况：1个单元格未填数字（空白1个、占位符0个），"
                + "格式要求每个单元格填写数字，勾稽关系中按0计：行政强制／本年处理决定数量"
                + part);
    assertThat(english(table.checks()))
        .first()
        .isEqualTo(
            "[RPT-3, broken] row rules, column in force holds text that is not a number (as"
                + " recorded)"
                + ENGLISH_2021);
    assertThat(english(table.checks()).subList(1, 3))
        .containsExactly(
            "[RPT-3, broken] row licensing, column decisions is -1: it cannot be negative"
                + ENGLISH_2021,
            "[RPT-3, broken] row penalties, column decisions is 1.5: a count is a whole number"
                + ENGLISH_2021);
    assertThat(english(table.checks()))
        .last()
        .isEqualTo(
            "[RPT-3, broken] 2022, proactive-disclosure table: 1 cells hold no number (1 blank, 0"
                + " placeholders) where the format asks for a number; read as 0 in the identities:"
                + " row coercive measures, column decisions"
                + ENGLISH_2021);
  }

  @Test
  @DisplayName(
      "RPT-3: a 总计 printed in full-width digits (１) is a count and is summed against its group:"
          + " 结果维持 1 + 尚未审结 1 = 2, not 1")
  void fullWidthTotal() {
    ReviewTable table =
        ReviewTable.builder(2023)
            .row(ReviewKind.RECONSIDERATION, "1", "0", "0", "1", "１")
            .row(ReviewKind.LITIGATION_DIRECT, "0", "0", "0", "0", "0")
            .row(ReviewKind.LITIGATION_AFTER_RECONSIDERATION, "0", "0", "0", "0", "0")
            .build();
    assertThat(chinese(table.checks()))
        .containsExactly(
            "[RPT-3 违反] 行政复议／总计为1件，而本组结果维持、结果纠正、其他结果、尚未审结之和为2件" + CITATION_2021);
  }
}
