package dev.disclosure.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.google.common.testing.EqualsTester;
import dev.disclosure.calendar.FindingKind;
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
                + "（依据《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）四、政府信息公开行政复议、行政诉讼情况）",
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
            "[RPT-3, broken] the report's text (as recorded) states new requests this year 2"
                + " items, but the table has 3 items (Format of Annual Reports on Open Government"
                + " Information Work"
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

  private static final String PART_2 =
      "（依据《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）二、主动公开政府信息情况）";
  private static final String PART_4 =
      "（依据《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）四、政府信息公开行政复议、行政诉讼情况）";

  private static List<String> chinese(List<dev.disclosure.calendar.Finding> findings) {
    return findings.stream().map(Language.CHINESE::render).toList();
  }

  @Test
  @DisplayName(
      "RPT-3: 其他N件 is read beside other results (汉阳区政府办公室 2022: 予以公开2件 … 其他1件（申请人自主撤销）),"
          + " the first and last result rows and 予以公开及部分公开 included; never beside 上年结转 alone")
  void otherBesideResults() {
    String hanyang =
        PublishedTables.read("R03_wuhan_hanyang_gov_office_2022_part3.csv").meta.get("narrative");
    Narrative narrative = Narrative.parse(hanyang);
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
    assertThat(Narrative.parse("属于国家秘密1件，其他2件").figures())
        .extracting(Narrative.Figure::topic, Narrative.Figure::stated)
        .containsExactly(tuple(Narrative.Topic.STATE_SECRET, 1L), tuple(Narrative.Topic.OTHER, 2L));
    assertThat(Narrative.parse("予以公开及部分公开2件，其他1件").figures())
        .extracting(Narrative.Figure::topic, Narrative.Figure::stated)
        .containsExactly(
            tuple(Narrative.Topic.DISCLOSED_OR_PARTIALLY, 2L), tuple(Narrative.Topic.OTHER, 1L));
    Narrative carriedOver = Narrative.parse("上年结转3件，其他1件");
    assertThat(carriedOver.figures())
        .extracting(Narrative.Figure::topic, Narrative.Figure::stated)
        .containsExactly(tuple(Narrative.Topic.CARRIED_OVER, 3L));
    assertThat(carriedOver.unrecognised()).containsExactly("上年结转3件，其他1件");
  }

  @Test
  @DisplayName("RPT-3: full-width leading zeros are dropped before the 15-digit limit is applied")
  void fullWidthLeadingZeros() {
    assertThat(Narrative.parse("受理０００１２３４５６７８９０１２３４５件").figures())
        .extracting(Narrative.Figure::stated)
        .containsExactly(123456789012345L);
    assertThat(Narrative.parse("受理０００１２３４５６７８９０１２３４５件").unrecognised()).isEmpty();
  }

  @Test
  @DisplayName(
      "RPT-3: 行政诉讼N件 is compared with both kinds of lawsuit together: 未经复议直接起诉 2 + 复议后起诉 1 = 3;"
          + " the finding cites 第四部分")
  void litigationBothKinds() {
    ReviewTable reviews =
        ReviewTable.builder(2023)
            .row(ReviewKind.RECONSIDERATION, "0", "0", "0", "0", "0")
            .row(ReviewKind.LITIGATION_DIRECT, "1", "0", "0", "1", "2")
            .row(ReviewKind.LITIGATION_AFTER_RECONSIDERATION, "0", "1", "0", "0", "1")
            .build();
    assertThat(Narrative.parse("行政诉讼3件").check(Optional.empty(), TABLE, reviews)).isEmpty();
    assertThat(chinese(Narrative.parse("行政诉讼1件").check(Optional.empty(), TABLE, reviews)))
        .containsExactly("[RPT-3 违反] 报告正文“行政诉讼1件”称行政诉讼1件，而表格为3件" + PART_4);
  }

  @Test
  @DisplayName(
      "RPT-3: a row whose 总计 holds a count is compared by that 总计, even where its columns add up"
          + " to another number [convention]")
  void totalHoldsCount() {
    // 本年新收: 自然人 2, 总计 3 (the row does not add up; its own check reports that)
    RequestTable unbalanced =
        RequestTable.builder(2023, ReportFormat.FORMAT_2021)
            .row(RequestRow.NEW_THIS_YEAR, "2", "0", "0", "0", "0", "0", "3")
            .build();
    assertThat(Narrative.parse("受理3件").check(Optional.empty(), unbalanced, REVIEWS)).isEmpty();
    assertThat(Narrative.parse("受理2件").check(Optional.empty(), unbalanced, REVIEWS)).hasSize(1);
  }

  @Test
  @DisplayName(
      "RPT-3: figures of 第二部分 are compared with its table (汉阳区政府办公室 2022: 行政规范性文件 5 制发, 12 废止);"
          + " without that table, or with a table of the trial format, they are not compared")
  void proactiveFigures() {
    ProactiveTable hanyang =
        PublishedTables.read("R03_wuhan_hanyang_gov_office_2022_part2.csv").proactive(2022);
    RequestTable requests = RequestTable.of(2022, List.of());
    ReviewTable reviews = ReviewTable.of(2022, List.of());
    Narrative narrative = Narrative.parse("制发行政规范性文件5件，废止行政规范性文件3件");
    assertThat(chinese(narrative.check(Optional.of(hanyang), requests, reviews)))
        .containsExactly(
            "[RPT-3 违反] 报告正文“制发行政规范性文件5件，废止行政规范性文件3件”称废止行政规范性文件3件，而表格为12件"
                + PART_2);
    ProactiveTable trial = ProactiveTable.builder(2022, ReportFormat.TRIAL_2019).build();
    for (Optional<ProactiveTable> none : List.of(Optional.<ProactiveTable>empty(), Optional.of(trial))) {
      assertThat(narrative.check(none, requests, reviews))
          .hasSize(2)
          .allMatch(f -> f.kind() == FindingKind.CONVENTION);
    }
  }

  @Test
  @DisplayName(
      "RPT-3: a figure is its topic, its number and its sentence; it prints as topic=number（sentence）")
  void figureValues() {
    Narrative.Figure disclosed = Narrative.parse("予以公开2件").figures().get(0);
    assertThat(disclosed).hasToString("予以公开=2（予以公开2件）");
    new EqualsTester()
        .addEqualityGroup(
            disclosed,
            Narrative.parse("予以公开2件。").figures().get(0),
            new Narrative.Figure(Narrative.Topic.DISCLOSED, 2, "予以公开2件"))
        .addEqualityGroup(new Narrative.Figure(Narrative.Topic.PARTIALLY_DISCLOSED, 2, "予以公开2件"))
        .addEqualityGroup(new Narrative.Figure(Narrative.Topic.DISCLOSED, 3, "予以公开2件"))
        .addEqualityGroup(new Narrative.Figure(Narrative.Topic.DISCLOSED, 2, "予以公开2件。"))
        .addEqualityGroup("予以公开=2（予以公开2件）")
        .testEquals();
  }

  @Test
  @DisplayName(
      "RPT-3: 无上年结转 is 上年结转 0 and claims its words: a figure later in the clause is read by the"
          + " phrase standing before it (受理3件), not as 上年结转")
  void noneCarriedClaimsItsWords() {
    assertThat(Narrative.parse("无上年结转申请本年共受理3件").figures())
        .extracting(Narrative.Figure::topic, Narrative.Figure::stated)
        .containsExactly(
            tuple(Narrative.Topic.CARRIED_OVER, 0L), tuple(Narrative.Topic.NEW_THIS_YEAR, 3L));
  }
}
