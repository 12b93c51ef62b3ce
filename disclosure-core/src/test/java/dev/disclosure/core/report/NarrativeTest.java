package dev.disclosure.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.disclosure.calendar.Language;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The figures a report's text states, read and compared with its tables (RPT-3). */
class NarrativeTest {

  private static final RequestTable TABLE =
      RequestTable.builder(2023, ReportFormat.FORMAT_2021)
          .row(RequestRow.NEW_THIS_YEAR, "3", "0", "0", "0", "0", "0", "3")
          .row(RequestRow.CARRIED_OVER, "0", "0", "0", "0", "0", "0", "0")
          .row(RequestRow.DISCLOSED, "2", "0", "0", "0", "0", "0", "2")
          .row(RequestRow.UNAVAILABLE_NOT_HELD, "1", "0", "0", "0", "0", "0", "1")
          .row(RequestRow.RESULTS_TOTAL, "3", "0", "0", "0", "0", "0", "3")
          .row(RequestRow.CARRIED_FORWARD, "0", "0", "0", "0", "0", "0", "0")
          .build();
  private static final ReviewTable REVIEWS =
      ReviewTable.builder(2023)
          .row(ReviewKind.RECONSIDERATION, "1", "0", "0", "0", "1")
          .row(ReviewKind.LITIGATION_DIRECT, "0", "0", "0", "1", "1")
          .row(ReviewKind.LITIGATION_AFTER_RECONSIDERATION, "0", "0", "0", "0", "0")
          .build();

  @Test
  @DisplayName(
      "RPT-3: a figure preceded by a minus sign is not read as a count, the sentence is reported")
  void minusSign() {
    for (String text : List.of("答复-3件", "答复 - 3件", "答复－3件", "受理负2件", "-3件顺延")) {
      Narrative narrative = Narrative.parse(text);
      assertThat(narrative.figures()).as(text).isEmpty();
      assertThat(narrative.unrecognised()).as(text).containsExactly(text);
    }
    assertThat(Narrative.parse("答复3件").figures()).extracting(Narrative.Figure::stated).containsExactly(3L);
  }

  @Test
  @DisplayName(
      "RPT-3: figures in full-width digits (０ and ９ included) and with leading zeros are read;"
          + " up to 15 digits, a longer figure is reported, never guessed")
  void digits() {
    assertThat(Narrative.parse("受理０９件").figures())
        .extracting(Narrative.Figure::stated)
        .containsExactly(9L);
    assertThat(Narrative.parse("受理９０件").figures())
        .extracting(Narrative.Figure::stated)
        .containsExactly(90L);
    assertThat(Narrative.parse("受理0件").figures())
        .extracting(Narrative.Figure::stated)
        .containsExactly(0L);
    String fifteen = "9".repeat(15);
    assertThat(Narrative.parse("受理" + fifteen + "件").figures())
        .extracting(Narrative.Figure::stated)
        .containsExactly(Long.parseLong(fifteen));
    assertThat(Narrative.parse("受理000" + fifteen + "件").figures())
        .extracting(Narrative.Figure::stated)
        .containsExactly(Long.parseLong(fifteen));
    Narrative sixteen = Narrative.parse("受理1" + fifteen + "件");
    assertThat(sixteen.figures()).isEmpty();
    assertThat(sixteen.unrecognised()).containsExactly("受理1" + fifteen + "件");
    assertThat(Narrative.parse("受理3件").text()).isEqualTo("受理3件");
    assertThat(Narrative.parse("受理3件。").figures().get(0).sentence()).isEqualTo("受理3件");
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS) // a hang guard, not a speed assertion
  @DisplayName(
      "RPT-3: runs of hundreds of thousands of digits are read in linear time and reported, never"
          + " guessed")
  void longDigitRuns() {
    String digits = "9".repeat(200_000);
    for (String text : List.of(digits, "受理" + digits, "受理" + digits + "件", digits + "件顺延")) {
      Narrative narrative = Narrative.parse(text);
      assertThat(narrative.figures()).isEmpty();
      assertThat(narrative.unrecognised()).hasSize(text.endsWith("件") || text.endsWith("顺延") ? 1 : 0);
    }
  }

  @Test
  @DisplayName("RPT-3: the usual phrasings are recognised, the most specific first")
  void phrasings() {
    Narrative narrative =
        Narrative.parse(
            "2023年共收到政府信息公开申请3件，无上年结转；予以公开及部分公开2件，本机关不掌握相关政府信息1件。"
                + "全年办结3件，无下年度结转。发生行政复议1件、行政诉讼1件，复议后起诉1件。"
                + "制发行政规范性文件4件，行政许可１２件。");
    assertThat(narrative.unrecognised()).isEmpty();
    assertThat(narrative.figures())
        .extracting(Narrative.Figure::topic, Narrative.Figure::stated)
        .containsExactly(
            tuple(Narrative.Topic.NEW_THIS_YEAR, 3L),
            tuple(Narrative.Topic.CARRIED_OVER, 0L),
            tuple(Narrative.Topic.DISCLOSED_OR_PARTIALLY, 2L),
            tuple(Narrative.Topic.NOT_HELD, 1L),
            tuple(Narrative.Topic.RESULTS_TOTAL, 3L),
            tuple(Narrative.Topic.CARRIED_FORWARD, 0L),
            tuple(Narrative.Topic.RECONSIDERATION, 1L),
            tuple(Narrative.Topic.LITIGATION, 1L),
            tuple(Narrative.Topic.LITIGATION_AFTER_RECONSIDERATION, 1L),
            tuple(Narrative.Topic.NORMATIVE_DOCUMENTS_ISSUED, 4L),
            tuple(Narrative.Topic.LICENSING, 12L));
    List<String> findings =
        narrative.check(Optional.empty(), TABLE, REVIEWS).stream()
            .map(Language.CHINESE::render)
            .toList();
    assertThat(findings)
        .containsExactly(
            "[RPT-3 违反] 报告正文“发生行政复议1件、行政诉讼1件，复议后起诉1件”称复议后起诉1件，而表格为0件"
                + "（依据《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）三、收到和处理政府信息公开申请情况）",
            "[RPT-3 约定] 报告正文“制发行政规范性文件4件，行政许可１２件”所述制发行政规范性文件4件未与表格比对：未提供该表格或该格式无此项",
            "[RPT-3 约定] 报告正文“制发行政规范性文件4件，行政许可１２件”所述行政许可12件未与表格比对：未提供该表格或该格式无此项");
  }

  @Test
  @DisplayName(
      "RPT-3: “受理2件” above a table with 本年新收 3 is a finding quoting the sentence; an"
          + " unrecognised figure is reported, never guessed")
  void disagreement() {
    Narrative narrative = Narrative.parse("本年度受理2件。另有咨询电话15个。");
    assertThat(narrative.unrecognised()).containsExactly("另有咨询电话15个");
    assertThat(
            narrative.check(Optional.empty(), TABLE, REVIEWS).stream()
                .map(f -> f.render(Language.ENGLISH)))
        .containsExactly(
            "[RPT-3, broken] the report's text (as recorded) states new this year 2 items, but the"
                + " table has 3 items (Format of Annual Reports on Open Government Information Work"
                + " (Guo Ban Gong Kai Ban Han [2021] No. 30))",
            "[RPT-3, convention] the report's text (as recorded) holds a figure the library does"
                + " not recognise; not compared");
    assertThat(Narrative.parse("予以公开99999999999999999999件").unrecognised()).hasSize(1);
    assertThat(Narrative.parse("其他1件").figures()).isEmpty();
    assertThat(Narrative.parse("其他1件").unrecognised()).containsExactly("其他1件");
  }

  @Test
  @DisplayName("RPT-3: a row whose 总计 is blank is compared by the sum of its columns [convention]")
  void blankTotals() {
    RequestTable blankTotal =
        RequestTable.builder(2023, ReportFormat.FORMAT_2021)
            .row(RequestRow.DISCLOSED, "2", "1", "", "", "", "", "")
            .build();
    assertThat(Narrative.parse("予以公开3件").check(Optional.empty(), blankTotal, REVIEWS)).isEmpty();
    assertThat(Narrative.parse("予以公开2件").check(Optional.empty(), blankTotal, REVIEWS)).hasSize(1);
  }
}
