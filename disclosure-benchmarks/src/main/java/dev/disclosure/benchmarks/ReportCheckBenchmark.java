package dev.disclosure.benchmarks;

import dev.disclosure.calendar.Finding;
import dev.disclosure.core.Regime;
import dev.disclosure.core.report.AnnualReport;
import dev.disclosure.core.report.Column;
import dev.disclosure.core.report.ProactiveRow;
import dev.disclosure.core.report.ProactiveTable;
import dev.disclosure.core.report.Publisher;
import dev.disclosure.core.report.ReportFormat;
import dev.disclosure.core.report.RequestRow;
import dev.disclosure.core.report.RequestTable;
import dev.disclosure.core.report.ReviewKind;
import dev.disclosure.core.report.ReviewTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Checking published annual reports (RPT-3) on one thread: 100,000 reports loaded from printed
 * numbers (第二、三、四部分 in the 2021 format, each cell parsed from its text) with a two-sentence text
 * stating 本年新收 and 予以公开, drawn by a fixed seed. Nine in ten are consistent; one in ten has one
 * cell changed, one in twenty a blank 总计 and one in twenty a wrong figure in its text, so the
 * checks also build findings. One operation checks every report ({@code AnnualReport.checks()}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(1)
public class ReportCheckBenchmark {

  private static final int REPORTS = 100_000;

  private List<AnnualReport> reports;

  /** Builds the reports and counts those with findings. */
  @Setup(Level.Trial)
  public void setUp() {
    Random random = new Random(20210926L);
    reports = new ArrayList<>(REPORTS);
    for (int i = 0; i < REPORTS; i++) {
      reports.add(report(random));
    }
    long flagged = reports.stream().filter(r -> !r.checks().isEmpty()).count();
    System.out.println("ReportCheckBenchmark: " + REPORTS + " reports, " + flagged + " with findings");
  }

  private static AnnualReport report(Random random) {
    ReportFormat format = ReportFormat.FORMAT_2021;
    List<RequestRow> rows = format.requestRows();
    int columns = Column.values().length;
    int[][] counts = new int[rows.size()][columns];
    int newRow = rows.indexOf(RequestRow.NEW_THIS_YEAR);
    int overRow = rows.indexOf(RequestRow.CARRIED_OVER);
    int totalRow = rows.indexOf(RequestRow.RESULTS_TOTAL);
    int forwardRow = rows.indexOf(RequestRow.CARRIED_FORWARD);
    for (int c = 0; c < columns - 1; c++) {
      int fresh = random.nextInt(c == 0 ? 60 : 4);
      int over = random.nextInt(3);
      int forward = random.nextInt(fresh + over + 1) / 4;
      counts[newRow][c] = fresh;
      counts[overRow][c] = over;
      counts[forwardRow][c] = forward;
      int closed = fresh + over - forward;
      for (int k = 0; k < closed; k++) {
        int row = 2 + random.nextInt(totalRow - 2);
        counts[row][c]++;
      }
      counts[totalRow][c] = closed;
    }
    for (int[] row : counts) {
      int sum = 0;
      for (int c = 0; c < columns - 1; c++) {
        sum += row[c];
      }
      row[columns - 1] = sum;
    }
    int kind = random.nextInt(20);
    if (kind < 2) {
      counts[random.nextInt(rows.size())][random.nextInt(columns)] += 1 + random.nextInt(3);
    }
    RequestTable.Builder requests = RequestTable.builder(2023, format);
    for (int r = 0; r < rows.size(); r++) {
      String[] printed = new String[columns];
      for (int c = 0; c < columns; c++) {
        printed[c] = Integer.toString(counts[r][c]);
      }
      if (kind == 2 && r == 2) {
        printed[columns - 1] = "";
      }
      requests.row(rows.get(r), printed);
    }
    ReviewTable.Builder reviews = ReviewTable.builder(2023);
    for (ReviewKind review : ReviewKind.values()) {
      int upheld = random.nextInt(3);
      int corrected = random.nextInt(2);
      int pending = random.nextInt(2);
      reviews.row(
          review,
          Integer.toString(upheld),
          Integer.toString(corrected),
          "0",
          Integer.toString(pending),
          Integer.toString(upheld + corrected + pending));
    }
    ProactiveTable proactive =
        ProactiveTable.builder(2023, format)
            .row(ProactiveRow.RULES, "0", "0", "0")
            .row(
                ProactiveRow.NORMATIVE_DOCUMENTS,
                Integer.toString(random.nextInt(10)),
                Integer.toString(random.nextInt(3)),
                Integer.toString(20 + random.nextInt(40)))
            .row(ProactiveRow.LICENSING, Integer.toString(random.nextInt(5000)))
            .row(ProactiveRow.PENALTIES, Integer.toString(random.nextInt(300)))
            .row(ProactiveRow.COERCIVE_MEASURES, Integer.toString(random.nextInt(20)))
            .row(ProactiveRow.FEES, random.nextInt(100) + "." + random.nextInt(10) + random.nextInt(10))
            .build();
    RequestTable table = requests.build();
    int stated = table.count(RequestRow.DISCLOSED, Column.TOTAL) + (kind == 3 ? 1 : 0);
    String text =
        "全年共收到政府信息公开申请"
            + table.count(RequestRow.NEW_THIS_YEAR, Column.TOTAL)
            + "件。其中予以公开"
            + stated
            + "件。";
    return AnnualReport.published(
        Regime.OGI_2019, Publisher.DEPARTMENT, Optional.of(proactive), table, reviews.build(), text);
  }

  /**
   * Checks every report.
   *
   * @return the number of findings
   */
  @Benchmark
  public int checkAll() {
    int findings = 0;
    for (AnnualReport report : reports) {
      List<Finding> found = report.checks();
      findings += found.size();
    }
    return findings;
  }
}
