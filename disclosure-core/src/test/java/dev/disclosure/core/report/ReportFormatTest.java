package dev.disclosure.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.disclosure.core.request.OutcomeRow;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The two national formats: every label the tables print, compared with the official wording in
 * {@code official-labels.txt} (sources named there: the 2021 format 国办公开办函〔2021〕30号 as
 * reprinted with its tables, reports printed in it, and reports in the 2019 trial format
 * 国办公开办函〔2019〕60号).
 */
class ReportFormatTest {

  private static List<String> official(ReportFormat format, String part) {
    String text;
    try (InputStream in = ReportFormatTest.class.getResourceAsStream("official-labels.txt")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> labels = new ArrayList<>();
    for (String line : text.split("\n")) {
      String[] fields = line.split("\\|", 3);
      if (!line.startsWith("#") && fields.length == 3 && fields[0].equals(format.name())
          && fields[1].equals(part)) {
        labels.add(fields[2]);
      }
    }
    return labels;
  }

  /** The distinct non-empty texts of a printed table, row by row: its labels when it is empty. */
  private static List<String> printed(String csv) {
    Set<String> labels = new LinkedHashSet<>();
    for (List<String> line : Grid.parseCsv(csv)) {
      for (String field : line) {
        if (!field.isEmpty()) {
          labels.add(field);
        }
      }
    }
    return List.copyOf(labels);
  }

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  @DisplayName("RPT-2: every label of the three tables is the official wording, in the official order")
  void labels(ReportFormat format) {
    assertThat(official(format, "二")).hasSizeGreaterThan(10);
    assertThat(printed(ProactiveTable.builder(2021, format).build().print(TableStyle.CSV)))
        .containsExactlyElementsOf(official(format, "二"));
    assertThat(printed(RequestTable.builder(2021, format).build().print(TableStyle.CSV)))
        .containsExactlyElementsOf(official(format, "三"));
    assertThat(printed(ReviewTable.builder(2021).build().print(TableStyle.CSV)))
        .containsExactlyElementsOf(official(format, "四"));
  }

  @Test
  @DisplayName(
      "RPT-2: reports on 2019 and 2020 use the trial format of 2019, reports from 2021 the 2021"
          + " format; before 2019 the library counts in the 2021 format [convention]")
  void formatOfYear() {
    assertThat(ReportFormat.forYear(2019)).isEqualTo(ReportFormat.TRIAL_2019);
    assertThat(ReportFormat.forYear(2020)).isEqualTo(ReportFormat.TRIAL_2019);
    assertThat(ReportFormat.forYear(2021)).isEqualTo(ReportFormat.FORMAT_2021);
    assertThat(ReportFormat.forYear(2026)).isEqualTo(ReportFormat.FORMAT_2021);
    assertThat(ReportFormat.forYear(2018)).isEqualTo(ReportFormat.FORMAT_2021);
    assertThat(ReportFormat.forYear(Integer.MIN_VALUE)).isEqualTo(ReportFormat.FORMAT_2021);
    assertThat(ReportFormat.forYear(Integer.MAX_VALUE)).isEqualTo(ReportFormat.FORMAT_2021);
    assertThat(ReportFormat.TRIAL_2019.appliesTo(2020)).isTrue();
    assertThat(ReportFormat.TRIAL_2019.appliesTo(2023)).isFalse();
    assertThat(ReportFormat.FORMAT_2021.label()).isEqualTo("国办公开办函〔2021〕30号");
    assertThat(ReportFormat.TRIAL_2019.label()).isEqualTo("国办公开办函〔2019〕60号");
  }

  @Test
  @DisplayName(
      "REQ-5, RPT-2: every outcome has its own row, except that the trial format counts the three"
          + " 其他处理 outcomes in one row")
  void outcomeRows() {
    for (OutcomeRow outcome : OutcomeRow.values()) {
      RequestRow row = RequestRow.of(outcome, ReportFormat.FORMAT_2021);
      assertThat(row.outcome()).contains(outcome);
      if (outcome.number() > 0) {
        assertThat(outcome.label()).isEqualTo(row.group().orElseThrow().substring(3) + "／" + row.label());
      } else {
        assertThat(row.label()).contains(outcome.label());
      }
      RequestRow trial = RequestRow.of(outcome, ReportFormat.TRIAL_2019);
      assertThat(trial)
          .isEqualTo(
              outcome.category() == OutcomeRow.Category.OTHER ? RequestRow.OTHER_PROCESSING : row);
      assertThat(trial.category()).contains(outcome.category());
    }
    assertThat(ReportFormat.FORMAT_2021.requestRows()).hasSize(26 - 1);
    assertThat(ReportFormat.TRIAL_2019.requestRows()).hasSize(26 - 3);
    assertThat(RequestRow.NOT_DISCLOSED_STATE_SECRET.fullLabel())
        .isEqualTo("三、本年度办理结果／（三）不予公开／1.属于国家秘密");
    assertThat(RequestRow.CARRIED_FORWARD.fullLabel()).isEqualTo("四、结转下年度继续办理");
    assertThatThrownBy(
            () ->
                RequestTable.builder(2020, ReportFormat.TRIAL_2019)
                    .set(RequestRow.OTHER, Column.TOTAL, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("国办公开办函〔2019〕60号 does not print the row 3.其他");
    assertThatThrownBy(
            () ->
                RequestTable.of(2020, List.of())
                    .result(OutcomeRow.OTHER_FEE_UNPAID, Column.TOTAL))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("result(Category.OTHER, column)");
  }
}
