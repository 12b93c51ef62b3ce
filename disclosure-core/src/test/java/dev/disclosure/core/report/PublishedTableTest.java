package dev.disclosure.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.disclosure.calendar.Finding;
import dev.disclosure.calendar.Language;
import dev.disclosure.core.Regime;
import dev.disclosure.core.law.Rules;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Loading published cells, bad input, the format of the year and consecutive years (RPT-3). */
class PublishedTableTest {

  private static final String[] ZEROS = {"0", "0", "0", "0", "0", "0", "0"};

  /** A balanced 2023 table: 3 new, 1 carried over, 2 disclosed, 1 repeated, 1 carried forward. */
  private static RequestTable.Builder balanced(int year, ReportFormat format) {
    RequestTable.Builder builder = RequestTable.builder(year, format);
    for (RequestRow row : format.requestRows()) {
      builder.row(row, ZEROS);
    }
    return builder
        .row(RequestRow.NEW_THIS_YEAR, "2", "1", "0", "0", "0", "0", "3")
        .row(RequestRow.CARRIED_OVER, "1", "0", "0", "0", "0", "0", "1")
        .row(RequestRow.DISCLOSED, "1", "1", "0", "0", "0", "0", "2")
        .row(RequestRow.NOT_PROCESSED_REPEATED, "1", "0", "0", "0", "0", "0", "1")
        .row(RequestRow.RESULTS_TOTAL, "2", "1", "0", "0", "0", "0", "3")
        .row(RequestRow.CARRIED_FORWARD, "1", "0", "0", "0", "0", "0", "1");
  }

  private static List<String> chinese(List<Finding> findings) {
    return findings.stream().map(Language.CHINESE::render).toList();
  }

  @Test
  @DisplayName("RPT-3: a cell is a number, a blank, 0 or a placeholder, kept apart; text is kept as text")
  void cells() {
    assertThat(Cell.parse("12").number()).contains(BigDecimal.valueOf(12));
    assertThat(Cell.parse("0")).isEqualTo(Cell.of(0)).isNotEqualTo(Cell.blank());
    assertThat(Cell.parse(" ").kind()).isEqualTo(Cell.Kind.BLANK);
    assertThat(Cell.parse("/").kind()).isEqualTo(Cell.Kind.PLACEHOLDER);
    assertThat(Cell.parse("—")).isEqualTo(Cell.placeholder("—")).isNotEqualTo(Cell.parse("/"));
    assertThat(Cell.parse("１２").number()).contains(BigDecimal.valueOf(12));
    assertThat(Cell.parse("1,234").number()).contains(BigDecimal.valueOf(1234));
    assertThat(Cell.parse("12.50").number()).contains(new BigDecimal("12.50"));
    assertThat(Cell.parse("-3").number()).contains(BigDecimal.valueOf(-3));
    assertThat(Cell.parse("12件").kind()).isEqualTo(Cell.Kind.TEXT);
    assertThat(Cell.parse("12件").text()).isEqualTo("12件");
    assertThat(Cell.parse("1" + "0".repeat(60)).kind()).isEqualTo(Cell.Kind.TEXT);
    assertThatThrownBy(() -> Cell.placeholder("12"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'12'");
    assertThatThrownBy(() -> Cell.placeholder(" "))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("RPT-3: reading any text as a cell, a CSV table or a report's text never throws from inside a parser")
  void anyTextIsRead() {
    qt().withFixedSeed(20190515L)
        .withExamples(500)
        .forAll(strings().allPossible().ofLengthBetween(0, 60))
        .checkAssert(
            text -> {
              Cell cell = Cell.parse(text);
              assertThat(cell.text()).isEqualTo(text.isBlank() ? "" : cell.text());
              Narrative narrative = Narrative.parse(text);
              assertThat(narrative.check(Optional.empty(), RequestTable.of(2023, List.of()),
                  ReviewTable.of(2023, List.of()))).isNotNull();
              try {
                RequestTable.parseCsv(2023, ReportFormat.FORMAT_2021, text);
              } catch (IllegalArgumentException expected) {
                assertThat(expected).hasMessageContaining("CSV");
              }
            });
  }

  @Test
  @DisplayName("RPT-3: a balanced published table passes; negative counts and text are broken findings")
  void badCells() {
    RequestTable ok = balanced(2023, ReportFormat.FORMAT_2021).build();
    assertThat(ok.checks()).isEmpty();
    assertThat(ok.cell(RequestRow.DISCLOSED, Column.TOTAL)).isEqualTo(Cell.of(2));

    RequestTable negative =
        balanced(2023, ReportFormat.FORMAT_2021)
            .set(RequestRow.NOT_DISCLOSED_STATE_SECRET, Column.NATURAL_PERSON, -1)
            .set(RequestRow.NOT_DISCLOSED_STATE_SECRET, Column.TOTAL, -1)
            .set(RequestRow.DISCLOSED, Column.NATURAL_PERSON, 2)
            .set(RequestRow.DISCLOSED, Column.TOTAL, 3)
            .build();
    assertThat(chinese(negative.checks()))
        .first()
        .asString()
        .startsWith("[RPT-3 违反] 1.属于国家秘密／自然人为-1：件数不能为负数");
    assertThat(negative.checks()).allMatch(f -> f.rule().equals(Rules.RPT_3));

    RequestTable text =
        balanced(2023, ReportFormat.FORMAT_2021)
            .set(RequestRow.NEW_THIS_YEAR, Column.COMMERCIAL_ENTERPRISE, Cell.parse("1件"))
            .set(RequestRow.CARRIED_FORWARD, Column.TOTAL, Cell.parse("1.5"))
            .build();
    assertThat(chinese(text.checks()))
        .anyMatch(f -> f.startsWith("[RPT-3 违反] 一、本年新收政府信息公开申请数量／商业企业为“1件”，不是件数"))
        .anyMatch(f -> f.startsWith("[RPT-3 违反] 四、结转下年度继续办理／总计为“1.5”，不是件数"));
  }

  @Test
  @DisplayName("RPT-3: a table in the 2019 trial format claimed for 2023 is a finding, and so is the reverse")
  void formatOfTheYear() {
    RequestTable trialFor2023 = balanced(2023, ReportFormat.TRIAL_2019).build();
    assertThat(chinese(trialFor2023.checks()))
        .containsExactly(
            "[RPT-3 违反] 三、收到和处理政府信息公开申请情况：2023年度报告应使用国办公开办函〔2021〕30号的格式，"
                + "而表格为国办公开办函〔2019〕60号的格式（依据《中华人民共和国政府信息公开工作年度报告格式》"
                + "（国办公开办函〔2021〕30号）三、收到和处理政府信息公开申请情况；《中华人民共和国政府信息公开工作年度报告格式（试行）》"
                + "（国办公开办函〔2019〕60号）三、收到和处理政府信息公开申请情况）");
    assertThat(balanced(2020, ReportFormat.FORMAT_2021).build().checks()).hasSize(1);
    assertThat(balanced(2020, ReportFormat.TRIAL_2019).build().checks()).isEmpty();
    assertThat(ProactiveTable.builder(2023, ReportFormat.TRIAL_2019).build().checks())
        .first()
        .satisfies(f -> assertThat(f.render(Language.ENGLISH)).contains("the report on 2023 uses"));
  }

  @Test
  @DisplayName(
      "RPT-3: given two consecutive reports of one agency, this year's 上年结转 equals last year's"
          + " 结转下年度, column by column")
  void consecutiveYears() {
    RequestTable last = balanced(2022, ReportFormat.FORMAT_2021).build();
    RequestTable now = balanced(2023, ReportFormat.FORMAT_2021).build();
    assertThat(now.checkFollows(last)).isEmpty();
    RequestTable moved =
        balanced(2023, ReportFormat.FORMAT_2021)
            .row(RequestRow.CARRIED_OVER, "0", "1", "0", "0", "0", "0", "1")
            .build();
    assertThat(chinese(moved.checkFollows(last)))
        .containsExactly(
            "[RPT-3 违反] 自然人：2023年度二、上年结转为0件，而2022年度四、结转下年度继续办理为1件"
                + "（依据《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）"
                + "三、收到和处理政府信息公开申请情况）",
            "[RPT-3 违反] 商业企业：2023年度二、上年结转为1件，而2022年度四、结转下年度继续办理为0件"
                + "（依据《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）"
                + "三、收到和处理政府信息公开申请情况）");
    assertThatThrownBy(() -> now.checkFollows(now))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must be of 2022, got 2023");
    AnnualReport a =
        AnnualReport.published(
            Regime.OGI_2019, Publisher.DEPARTMENT, Optional.empty(), last,
            ReviewTable.builder(2022).build(), "");
    AnnualReport b =
        AnnualReport.published(
            Regime.OGI_2019, Publisher.DEPARTMENT, Optional.empty(), moved,
            ReviewTable.builder(2023).build(), "");
    assertThat(b.checkFollows(a)).hasSize(2);
  }

  @Test
  @DisplayName("RPT-3: 第四部分 groups add up; a 总计 left blank while results are not 0 is a required cell left blank")
  void reviewGroups() {
    ReviewTable table =
        ReviewTable.builder(2023)
            .row(ReviewKind.RECONSIDERATION, "1", "1", "0", "0", "3")
            .row(ReviewKind.LITIGATION_DIRECT, "1", "0", "0", "0", "")
            .row(ReviewKind.LITIGATION_AFTER_RECONSIDERATION, "0", "0", "0", "0", "0")
            .build();
    assertThat(chinese(table.checks()))
        .hasSize(3)
        .anyMatch(f -> f.startsWith("[RPT-3 违反] 行政复议／总计为3件，而本组结果维持、结果纠正、其他结果、尚未审结之和为2件"))
        .anyMatch(f -> f.startsWith("[RPT-3 违反] 行政诉讼／未经复议直接起诉／总计未填数字（空白），而本组结果维持、结果纠正、其他结果、尚未审结之和为1件：应填1件"));
    assertThat(ReviewTable.builder(2023).row(ReviewKind.RECONSIDERATION, "0", "0", "0", "0", "0")
            .row(ReviewKind.LITIGATION_DIRECT, "0", "0", "0", "0", "0")
            .row(ReviewKind.LITIGATION_AFTER_RECONSIDERATION, "0", "0", "0", "0", "0")
            .build().checks())
        .isEmpty();
  }

  @Test
  @DisplayName("RPT-3: malformed CSV and the wrong shapes are typed errors naming what would be valid")
  void badShapes() {
    assertThatThrownBy(() -> RequestTable.parseCsv(2023, ReportFormat.FORMAT_2021, "a,\"b\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not closed");
    assertThatThrownBy(() -> RequestTable.parseCsv(2023, ReportFormat.FORMAT_2021, "a,b\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("3 header rows and 25 rows; the CSV has 1 lines");
    assertThatThrownBy(() -> ReviewTable.parseCsv(2023, "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("one row of 15 cells");
    assertThatThrownBy(() -> ProactiveTable.parseCsv(2023, ReportFormat.FORMAT_2021, ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("14 lines");
    assertThatThrownBy(() -> RequestTable.builder(2023, ReportFormat.FORMAT_2021).row(RequestRow.DISCLOSED, "1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a row has 7 cells");
    assertThatThrownBy(
            () -> ProactiveTable.builder(2023, ReportFormat.FORMAT_2021).set(
                ProactiveRow.RULES, ProactiveMeasure.DECISIONS, Cell.of(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("本年制发件数");
    assertThatThrownBy(
            () -> ProactiveTable.builder(2023, ReportFormat.FORMAT_2021).row(ProactiveRow.RULES_TRIAL, "1", "1", "1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("does not print the row 规章 (RULES_TRIAL)");
    assertThatThrownBy(
            () -> AnnualReport.published(Regime.OGI_2019, Publisher.DEPARTMENT, Optional.empty(),
                RequestTable.of(2023, List.of()), ReviewTable.of(2022, List.of()), ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("第四部分 2022");
  }

  @Test
  @DisplayName("RPT-3: 第二部分 amounts keep their decimals; negative counts and 本年增/减 are judged apart")
  void proactive() {
    ProactiveTable table =
        ProactiveTable.builder(2023, ReportFormat.FORMAT_2021)
            .row(ProactiveRow.RULES, "0", "0", "2")
            .row(ProactiveRow.NORMATIVE_DOCUMENTS, "3", "-1", "12")
            .row(ProactiveRow.LICENSING, "1200")
            .row(ProactiveRow.PENALTIES, "15")
            .row(ProactiveRow.COERCIVE_MEASURES, "2.5")
            .row(ProactiveRow.FEES, "12.35")
            .build();
    assertThat(table.number(ProactiveRow.FEES, ProactiveMeasure.FEES_COLLECTED))
        .contains(new BigDecimal("12.35"));
    assertThat(chinese(table.checks()))
        .containsExactly(
            "[RPT-3 违反] 行政规范性文件／本年废止件数为-1：不能为负数（依据《中华人民共和国政府信息公开工作年度报告格式》"
                + "（国办公开办函〔2021〕30号）二、主动公开政府信息情况）",
            "[RPT-3 违反] 行政强制／本年处理决定数量为2.5：件数应为整数（依据《中华人民共和国政府信息公开工作年度报告格式》"
                + "（国办公开办函〔2021〕30号）二、主动公开政府信息情况）");
    ProactiveTable trial =
        ProactiveTable.builder(2020, ReportFormat.TRIAL_2019)
            .row(ProactiveRow.RULES_TRIAL, "0", "0", "0")
            .row(ProactiveRow.NORMATIVE_DOCUMENTS_TRIAL, "1", "1", "9")
            .row(ProactiveRow.LICENSING_TRIAL, "20", "-3", "410")
            .row(ProactiveRow.OTHER_SERVICES_TRIAL, "5", "0", "33")
            .row(ProactiveRow.PENALTIES_TRIAL, "8", "0", "2")
            .row(ProactiveRow.COERCIVE_MEASURES_TRIAL, "1", "0", "0")
            .row(ProactiveRow.FEES_TRIAL, "0", "0")
            .row(ProactiveRow.PROCUREMENT_TRIAL, "2", "153.6")
            .build();
    assertThat(trial.checks()).isEmpty();
  }
}
