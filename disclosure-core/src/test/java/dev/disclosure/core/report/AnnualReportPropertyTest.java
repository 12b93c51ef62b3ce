package dev.disclosure.core.report;

import static dev.disclosure.core.report.ReportFixtures.DISCLOSED;
import static dev.disclosure.core.report.ReportFixtures.STATE_SECRET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.disclosure.core.request.RequestCase;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Randomized invariants of the requests table over seeded random case collections. */
class AnnualReportPropertyTest {

  private static final long SEED = 20210930L;
  private static final SeededCases DRAWN =
      new SeededCases(LocalDate.of(2024, 1, 2), 1000, 7001, 120, DISCLOSED, STATE_SECRET);

  @Test
  @DisplayName("RPT-2: for every column, 本年新收 + 上年结转 = 办理结果总计 + 结转下年度, for any cases and year")
  void balance() {
    qt().withFixedSeed(SEED)
        .withExamples(200)
        .forAll(
            lists().of(integers().between(0, Integer.MAX_VALUE)).ofSizeBetween(0, 60),
            integers().between(2023, 2028))
        .checkAssert(
            (seeds, year) -> {
              RequestTable table = RequestTable.of(year, DRAWN.cases(seeds));
              assertThat(table.unbalancedColumns()).isEmpty();
              for (Column column : Column.values()) {
                assertThat(table.newThisYear(column) + table.carriedOver(column))
                    .isEqualTo(table.resultsTotal(column) + table.carriedForward(column));
              }
            });
  }

  @Test
  @DisplayName("RPT-2: the table is the sum of the placements; 总计 is the sum of the six columns")
  void placementsAddUp() {
    qt().withFixedSeed(SEED)
        .withExamples(200)
        .forAll(
            lists().of(integers().between(0, Integer.MAX_VALUE)).ofSizeBetween(0, 60),
            integers().between(2023, 2028))
        .checkAssert(
            (seeds, year) -> {
              List<RequestCase> cases = DRAWN.cases(seeds);
              RequestTable table = RequestTable.of(year, cases);
              long counted =
                  cases.stream().filter(c -> RequestTable.placement(year, c).isCounted()).count();
              long fresh =
                  cases.stream().filter(c -> RequestTable.placement(year, c).isNew()).count();
              long closed =
                  cases.stream()
                      .filter(c -> RequestTable.placement(year, c).isClosedInYear())
                      .count();
              assertThat(table.newThisYear(Column.TOTAL) + table.carriedOver(Column.TOTAL))
                  .isEqualTo((int) counted);
              assertThat(table.newThisYear(Column.TOTAL)).isEqualTo((int) fresh);
              assertThat(table.resultsTotal(Column.TOTAL)).isEqualTo((int) closed);
              int sum = 0;
              for (Column column : Column.values()) {
                if (column != Column.TOTAL) {
                  sum += table.resultsTotal(column);
                }
              }
              assertThat(sum).isEqualTo(table.resultsTotal(Column.TOTAL));
            });
  }

  @Test
  @DisplayName(
      "RPT-2: each review table row's 总计 is the sum of its four result columns and counts every"
          + " record of the year once")
  void reviewTotals() {
    qt().withFixedSeed(SEED)
        .withExamples(200)
        .forAll(
            lists().of(integers().between(0, Integer.MAX_VALUE)).ofSizeBetween(0, 60),
            integers().between(2024, 2027))
        .checkAssert(
            (seeds, year) -> {
              List<ReviewRecord> records = new ArrayList<>();
              for (int seed : seeds) {
                ReviewKind kind = ReviewKind.values()[Math.floorMod(seed, 3)];
                LocalDate filed = DRAWN.first().plusDays(Math.floorMod(seed / 3, 1000));
                int days = Math.floorMod(seed / 3001, 200);
                records.add(
                    days == 0
                        ? ReviewRecord.pending(kind, filed)
                        : ReviewRecord.concluded(
                            kind, filed, filed.plusDays(days), ReviewResult.values()[days % 3]));
              }
              ReviewTable table = ReviewTable.of(year, records);
              int all = 0;
              for (ReviewKind kind : ReviewKind.values()) {
                int sum = 0;
                for (ReviewResult result : ReviewResult.values()) {
                  if (result != ReviewResult.TOTAL) {
                    sum += table.count(kind, result);
                  }
                }
                assertThat(table.count(kind, ReviewResult.TOTAL)).isEqualTo(sum);
                all += sum;
              }
              long counted =
                  records.stream()
                      .filter(r -> r.filedOn().getYear() <= year)
                      .filter(r -> r.concludedOn().map(d -> d.getYear() >= year).orElse(true))
                      .count();
              assertThat(all).isEqualTo((int) counted);
            });
  }
}
