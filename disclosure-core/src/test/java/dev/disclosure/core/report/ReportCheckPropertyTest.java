package dev.disclosure.core.report;

import static dev.disclosure.core.report.ReportFixtures.DISCLOSED;
import static dev.disclosure.core.report.ReportFixtures.STATE_SECRET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.disclosure.calendar.Finding;
import dev.disclosure.calendar.Language;
import dev.disclosure.core.AnswerKind;
import dev.disclosure.core.Regime;
import dev.disclosure.core.request.Answer;
import dev.disclosure.core.request.OutcomeRow;
import dev.disclosure.core.request.RequestCase;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Randomized checks of RPT-3 over seeded random case collections: every table built from cases
 * passes every check; changing any one cell makes a check fail, naming that cell; CSV printing and
 * loading give back the table.
 */
class ReportCheckPropertyTest {

  private static final long SEED = 20210926L;
  private static final SeededCases DRAWN =
      new SeededCases(
          LocalDate.of(2018, 6, 1),
          2400,
          17_000,
          200,
          DISCLOSED,
          STATE_SECRET,
          Answer.of(AnswerKind.PARTIALLY_DISCLOSED, "第三页个人信息"),
          Answer.of(AnswerKind.REPEATED_REQUEST, ""));

  @Test
  @DisplayName(
      "RPT-3: any report built from cases under its year's regime passes every check, in either"
          + " format")
  void builtTablesPass() {
    qt().withFixedSeed(SEED)
        .withExamples(150)
        .forAll(
            lists().of(integers().between(0, Integer.MAX_VALUE)).ofSizeBetween(0, 80),
            integers().between(2018, 2025))
        .checkAssert(
            (seeds, year) -> {
              List<RequestCase> cases = DRAWN.cases(seeds);
              RequestTable table = RequestTable.of(year, cases);
              assertThat(table.format()).isEqualTo(ReportFormat.forYear(year));
              assertThat(table.checks()).isEmpty();
              assertThat(RequestTable.of(year + 1, cases).checkFollows(table)).isEmpty();
              assertThat(
                      AnnualReport.of(
                              year <= 2018 ? Regime.OGI_2008 : Regime.OGI_2019,
                              Publisher.GOVERNMENT,
                              year,
                              cases,
                              List.of())
                          .checks())
                  .isEmpty();
            });
  }

  @Test
  @DisplayName(
      "RPT-3: changing any one cell of a built table (to another number, a blank, a placeholder or"
          + " text) makes a check fail and the findings name that cell")
  void anyChangedCellIsFound() {
    qt().withFixedSeed(SEED)
        .withExamples(300)
        .forAll(
            lists().of(integers().between(0, Integer.MAX_VALUE)).ofSizeBetween(1, 60),
            integers().between(2019, 2024),
            integers().between(0, 1000),
            integers().between(-3, 40))
        .checkAssert(
            (seeds, year, position, change) -> {
              RequestTable table = RequestTable.of(year, DRAWN.cases(seeds));
              List<RequestRow> rows = table.format().requestRows();
              RequestRow row = rows.get(position % rows.size());
              Column column = Column.values()[(position / rows.size()) % Column.values().length];
              int now = table.count(row, column);
              Cell changed =
                  switch (Math.floorMod(change, 4)) {
                    case 0 -> now == 0 ? Cell.placeholder("—") : Cell.blank();
                    case 1 -> Cell.parse(now + "件");
                    default -> Cell.of(now + (change == 0 ? 1 : change));
                  };
              if (changed.equals(table.cell(row, column))) {
                changed = Cell.of(now + 1);
              }
              RequestTable wrong = table.withCell(row, column, changed);
              List<Finding> findings = wrong.checks();
              assertThat(findings).isNotEmpty();
              // the cell itself is named, or its row's total and its column's sum or balance are
              String name = Language.CHINESE.render(RequestTable.cellName(row, column));
              List<String> rendered = findings.stream().map(Language.CHINESE::render).toList();
              boolean direct = rendered.stream().anyMatch(f -> f.contains(name));
              boolean rowNamed = rendered.stream().anyMatch(f -> f.contains(row.label() + "／"));
              boolean columnNamed =
                  rendered.stream()
                      .anyMatch(
                          f ->
                              f.contains("／" + column.label())
                                  || f.contains("] " + column.label() + "："));
              assertThat(direct || (rowNamed && columnNamed))
                  .as("the findings %s name %s", rendered, name)
                  .isTrue();
            });
  }

  @Test
  @DisplayName("RPT-3: load(print(table)) = table for CSV, for built and for loaded tables")
  void csvRoundTrip() {
    qt().withFixedSeed(SEED)
        .withExamples(150)
        .forAll(
            lists().of(integers().between(0, Integer.MAX_VALUE)).ofSizeBetween(0, 60),
            integers().between(2017, 2026),
            lists().of(strings().allPossible().ofLengthBetween(0, 6)).ofSize(12))
        .checkAssert(
            (seeds, year, texts) -> {
              RequestTable built = RequestTable.of(year, DRAWN.cases(seeds));
              assertThat(RequestTable.parseCsv(year, built.format(), built.print(TableStyle.CSV)))
                  .isEqualTo(built);
              RequestTable.Builder builder = RequestTable.builder(year, built.format());
              List<RequestRow> rows = built.format().requestRows();
              for (int i = 0; i < texts.size(); i++) {
                String text = texts.get(i).replace('\r', ' ').replace('\n', ' ').strip();
                builder.set(rows.get(i * 7 % rows.size()), Column.values()[i % 7], Cell.parse(text));
              }
              RequestTable loaded = builder.label(RequestRow.DISCLOSED, "（一）予以公开，\"全部\"").build();
              assertThat(RequestTable.parseCsv(year, loaded.format(), loaded.print(TableStyle.CSV)))
                  .isEqualTo(loaded);
              ReviewTable reviews =
                  ReviewTable.builder(year)
                      .set(ReviewKind.RECONSIDERATION, ReviewResult.UPHELD, Cell.parse(texts.get(0).strip()))
                      .set(ReviewKind.LITIGATION_DIRECT, ReviewResult.TOTAL, seeds.size())
                      .build();
              assertThat(ReviewTable.parseCsv(year, reviews.print(TableStyle.CSV))).isEqualTo(reviews);
              ProactiveTable proactive =
                  ProactiveTable.builder(year, ReportFormat.forYear(year))
                      .set(
                          ReportFormat.forYear(year).proactiveRows().get(0),
                          ReportFormat.forYear(year).proactiveRows().get(0).measures().get(0),
                          Cell.parse(texts.get(1).strip()))
                      .build();
              assertThat(
                      ProactiveTable.parseCsv(year, proactive.format(), proactive.print(TableStyle.CSV)))
                  .isEqualTo(proactive);
            });
  }

  @Test
  @DisplayName("RPT-3: the text of a built report, stated in the usual phrasings, agrees with its table")
  void statedFiguresAgree() {
    qt().withFixedSeed(SEED)
        .withExamples(100)
        .forAll(
            lists().of(integers().between(0, Integer.MAX_VALUE)).ofSizeBetween(0, 60),
            integers().between(2021, 2025))
        .checkAssert(
            (seeds, year) -> {
              RequestTable table = RequestTable.of(year, DRAWN.cases(seeds));
              String text =
                  "全年共收到政府信息公开申请"
                      + table.newThisYear(Column.TOTAL)
                      + "件，上年结转"
                      + table.carriedOver(Column.TOTAL)
                      + "件。其中予以公开"
                      + table.result(OutcomeRow.DISCLOSED, Column.TOTAL)
                      + "件，部分公开"
                      + table.result(OutcomeRow.PARTIALLY_DISCLOSED, Column.TOTAL)
                      + "件，不予公开"
                      + table.result(OutcomeRow.Category.NOT_DISCLOSED, Column.TOTAL)
                      + "件，不予处理"
                      + table.result(OutcomeRow.Category.NOT_PROCESSED, Column.TOTAL)
                      + "件；结转下年度继续办理"
                      + table.carriedForward(Column.TOTAL)
                      + "件。";
              Narrative narrative = Narrative.parse(text);
              assertThat(narrative.unrecognised()).isEmpty();
              assertThat(narrative.figures()).hasSize(7);
              assertThat(narrative.check(Optional.empty(), table, ReviewTable.of(year, List.of())))
                  .isEmpty();
            });
  }
}
