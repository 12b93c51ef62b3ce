package dev.disclosure.core.report;

import static java.util.Objects.requireNonNull;

import dev.disclosure.calendar.Finding;
import dev.disclosure.calendar.FindingKind;
import dev.disclosure.calendar.Language;
import dev.disclosure.calendar.Phrase;
import dev.disclosure.calendar.Quantity;
import dev.disclosure.core.InvalidFactsException;
import dev.disclosure.core.law.Rules;
import java.time.LocalDate;
import java.util.ArrayList;
import dev.disclosure.calendar.Citation;
import java.util.List;

/**
 * The reconsideration and litigation table of the RPT-2021 annual report (政府信息公开行政复议、行政诉讼情况,
 * RPT-2): for 行政复议, 行政诉讼／未经复议直接起诉 and 行政诉讼／复议后起诉, the counts 结果维持, 结果纠正, 其他结果, 尚未审结 and 总计.
 *
 * <p>[convention] A proceeding counts in year Y when it was filed no later than 31 December Y and
 * was not concluded before 1 January Y; concluded in Y → its result; not concluded by 31 December Y
 * → 尚未审结. This mirrors the requests table ({@link Placement}).
 *
 * <p>Immutable and thread-safe.
 */
public final class ReviewTable {

  /** The part of the report this table is: 四、政府信息公开行政复议、行政诉讼情况. */
  public static final String PART = "四、政府信息公开行政复议、行政诉讼情况";

  /** The header over the two kinds of lawsuit: 行政诉讼. */
  public static final String LITIGATION_HEADING = "行政诉讼";

  private static final Phrase FOUR_RESULTS =
      Phrase.of("本组结果维持、结果纠正、其他结果、尚未审结", "the four results of the group");
  private static final int RESULTS = ReviewResult.values().length;
  private static final int KINDS = ReviewKind.values().length;
  private static final int TOTAL = ReviewResult.TOTAL.ordinal();
  private static final int HEADER_ROWS = 3;
  private static final java.util.Map<ReportFormat, Citation> CITATIONS =
      java.util.Arrays.stream(ReportFormat.values())
          .collect(
              java.util.stream.Collectors.toMap(
                  format -> format,
                  format -> format.citation(PART, "结果维持、结果纠正、其他结果、尚未审结、总计")));
  private static final int[][] GROUPS = {
    {0, 1, 2, 3}, {RESULTS, RESULTS + 1, RESULTS + 2, RESULTS + 3},
    {2 * RESULTS, 2 * RESULTS + 1, 2 * RESULTS + 2, 2 * RESULTS + 3}
  };

  private final int year;
  private final CountCells cells;

  private ReviewTable(int year, CountCells cells) {
    this.year = year;
    this.cells = cells;
  }

  /**
   * Starts a table loaded from published numbers: every cell blank until set.
   *
   * @param year the statistics year the report claims
   * @return a builder
   * @throws InvalidFactsException if the year is outside 2008..2100 (RPT-2; annual reports start
   *     with 2008, calendars end with 2100)
   */
  public static Builder builder(int year) {
    StatisticsYears.check(year, "ReviewTable");
    return new Builder(year);
  }

  /** Builds a reconsideration and litigation table from published cells. Not thread-safe. */
  public static final class Builder {
    private final int year;
    private final int[] values = new int[KINDS * RESULTS];
    private final Cell[] published = new Cell[KINDS * RESULTS];

    private Builder(int year) {
      this.year = year;
      java.util.Arrays.fill(published, Cell.blank());
    }

    /**
     * Sets a cell as published.
     *
     * @param kind the proceeding
     * @param result the column, {@link ReviewResult#TOTAL} for 总计
     * @param cell the cell
     * @return this builder
     */
    public Builder set(ReviewKind kind, ReviewResult result, Cell cell) {
      requireNonNull(kind, "kind");
      requireNonNull(result, "result");
      requireNonNull(cell, "cell");
      CountCells.store(values, published, kind.ordinal() * RESULTS + result.ordinal(), cell);
      return this;
    }

    /**
     * Sets a cell to a number.
     *
     * @param kind the proceeding
     * @param result the column
     * @param count any {@code long} (the checks report negative counts)
     * @return this builder
     */
    public Builder set(ReviewKind kind, ReviewResult result, long count) {
      return set(kind, result, Cell.of(count));
    }

    /**
     * Sets a proceeding's five cells as printed: 结果维持, 结果纠正, 其他结果, 尚未审结, 总计 ({@link
     * Cell#parse(String)}).
     *
     * @param kind the proceeding
     * @param printed five cells
     * @return this builder
     * @throws IllegalArgumentException if there are not five cells
     */
    public Builder row(ReviewKind kind, String... printed) {
      requireNonNull(kind, "kind");
      requireNonNull(printed, "printed");
      if (printed.length != RESULTS) {
        throw new IllegalArgumentException(
            kind.label() + ": a group has " + RESULTS + " cells (结果维持, 结果纠正, 其他结果, 尚未审结, 总计); got "
                + printed.length);
      }
      for (ReviewResult result : ReviewResult.values()) {
        set(kind, result, Cell.parse(requireNonNull(printed[result.ordinal()], "cell")));
      }
      return this;
    }

    /** {@return the table} */
    public ReviewTable build() {
      return new ReviewTable(year, CountCells.copyOf(values, published));
    }
  }

  /**
   * Counts proceedings into a year's table.
   *
   * @param year the statistics year
   * @param records the proceedings; those outside the year are ignored
   * @return the table
   * @throws dev.disclosure.core.InvalidFactsException if the year is outside 2008..2100 (RPT-2)
   */
  public static ReviewTable of(int year, Iterable<ReviewRecord> records) {
    requireNonNull(records, "records");
    StatisticsYears.check(year, "ReviewTable");
    LocalDate first = LocalDate.of(year, 1, 1);
    LocalDate last = LocalDate.of(year, 12, 31);
    int[] counts = new int[KINDS * RESULTS];
    for (ReviewRecord record : records) {
      requireNonNull(record, "record");
      LocalDate concluded = record.concludedOn().orElse(null);
      if (record.filedOn().isAfter(last) || (concluded != null && concluded.isBefore(first))) {
        continue;
      }
      ReviewResult result =
          concluded == null || concluded.isAfter(last) ? ReviewResult.PENDING : record.result();
      int base = record.kind().ordinal() * RESULTS;
      counts[base + result.ordinal()]++;
      counts[base + ReviewResult.TOTAL.ordinal()]++;
    }
    return new ReviewTable(year, CountCells.of(counts));
  }

  /** {@return the statistics year} */
  public int year() {
    return year;
  }

  /**
   * Returns a cell, for example 行政复议／结果纠正.
   *
   * @param kind the proceeding
   * @param result the column, {@link ReviewResult#TOTAL} for 总计
   * @return the count
   */
  public int count(ReviewKind kind, ReviewResult result) {
    requireNonNull(kind, "kind");
    requireNonNull(result, "result");
    return cells.value(kind.ordinal() * RESULTS + result.ordinal());
  }

  /**
   * Returns a cell as published, or as counted for a table built from records.
   *
   * @param kind the proceeding
   * @param result the column
   * @return the cell
   */
  public Cell cell(ReviewKind kind, ReviewResult result) {
    requireNonNull(kind, "kind");
    requireNonNull(result, "result");
    return cells.cell(kind.ordinal() * RESULTS + result.ordinal());
  }

  /**
   * Returns the name of a cell as findings print it, e.g. {@code 行政复议／结果纠正}.
   *
   * @param kind the proceeding
   * @param result the column
   * @return the name in both languages
   */
  public static Phrase cellName(ReviewKind kind, ReviewResult result) {
    requireNonNull(kind, "kind");
    requireNonNull(result, "result");
    return Phrase.of(
        "{0}／{1}",
        "{0}, {1}",
        Phrase.of(kind.label(), english(kind)),
        Phrase.of(result.label(), result.name().toLowerCase(java.util.Locale.ROOT)));
  }

  private static Phrase cellName(int index) {
    return cellName(ReviewKind.values()[index / RESULTS], ReviewResult.values()[index % RESULTS]);
  }

  /**
   * Checks the table as published (RPT-3): a cell negative or not a whole number; the cells left
   * blank or holding a placeholder, as one finding naming the first five (read as 0 in the sums
   * [convention]); for 行政复议 and each kind of 行政诉讼, 总计 ≠
   * 结果维持 + 结果纠正 + 其他结果 + 尚未审结 (a 总计 left blank while the others are not all 0 is a required
   * cell left blank). The table is the same in both formats; the findings cite the format of the
   * year ({@link ReportFormat#forYear(int)}).
   *
   * @return the findings, empty when every check passes; each of RPT-3, naming the cells
   */
  public List<Finding> checks() {
    ReportFormat format = ReportFormat.forYear(year);
    List<Finding> findings = new ArrayList<>();
    Citation citation = CITATIONS.get(format);
    cells.checkCells(
        findings,
        ReviewTable::cellName,
        () ->
            Phrase.of(
                "{0}年度{1}", "{0}, {1}", year, Phrase.of(PART, "reconsideration and litigation table")),
        citation);
    for (ReviewKind kind : ReviewKind.values()) {
      int base = kind.ordinal() * RESULTS;
      cells.checkSum(
          findings,
          base + TOTAL,
          GROUPS[kind.ordinal()],
          ReviewTable::cellName,
          FOUR_RESULTS,
          citation);
    }
    return List.copyOf(findings);
  }

  /**
   * Prints the table in the official layout ({@link #PART}): 行政复议 and 行政诉讼 (未经复议直接起诉, 复议后起诉)
   * over their 结果维持, 结果纠正, 其他结果, 尚未审结 and 总计, then one row of fifteen cells as published.
   *
   * @param style text, Markdown, CSV or HTML
   * @return the printed table
   */
  public String print(TableStyle style) {
    requireNonNull(style, "style");
    Grid grid = new Grid(HEADER_ROWS + 1, KINDS * RESULTS, HEADER_ROWS, 0);
    grid.span(0, 0, 1, RESULTS, ReviewKind.RECONSIDERATION.label());
    grid.span(0, RESULTS, 1, 2 * RESULTS, LITIGATION_HEADING);
    for (ReviewResult result : ReviewResult.values()) {
      grid.span(1, result.ordinal(), 2, 1, result.label());
    }
    grid.span(1, RESULTS, 1, RESULTS, "未经复议直接起诉");
    grid.span(1, 2 * RESULTS, 1, RESULTS, "复议后起诉");
    for (int k = 1; k < KINDS; k++) {
      for (ReviewResult result : ReviewResult.values()) {
        grid.put(2, k * RESULTS + result.ordinal(), result.label());
      }
    }
    for (int i = 0; i < KINDS * RESULTS; i++) {
      grid.put(HEADER_ROWS, i, cells.cell(i).text());
    }
    return grid.render(style);
  }

  /**
   * Reads a table printed by {@link #print(TableStyle) print(CSV)}: three header rows, then one row
   * of fifteen cells ({@link Cell#parse(String)}). Empty lines at the end are ignored.
   *
   * @param year the statistics year the report claims
   * @param csv the CSV text
   * @return the table
   * @throws IllegalArgumentException if the CSV is malformed or not four lines of fifteen fields
   */
  public static ReviewTable parseCsv(int year, String csv) {
    requireNonNull(csv, "csv");
    List<List<String>> lines = Labels.withoutTrailingEmpty(Grid.parseCsv(csv));
    if (lines.size() != HEADER_ROWS + 1 || lines.get(HEADER_ROWS).size() != KINDS * RESULTS) {
      throw new IllegalArgumentException(
          "RPT-3: a reconsideration and litigation table has three header rows and one row of "
              + KINDS * RESULTS
              + " cells; the CSV has "
              + lines.size()
              + " lines"
              + (lines.size() > HEADER_ROWS ? ", the fourth of " + lines.get(HEADER_ROWS).size() + " fields" : ""));
    }
    Builder builder = builder(year);
    for (int i = 0; i < KINDS * RESULTS; i++) {
      builder.set(
          ReviewKind.values()[i / RESULTS],
          ReviewResult.values()[i % RESULTS],
          Cell.parse(lines.get(HEADER_ROWS).get(i)));
    }
    return builder.build();
  }

  /**
   * {@return 行政诉讼 in a column: both kinds of lawsuit together}
   *
   * @param result the result column
   */
  public int litigation(ReviewResult result) {
    return count(ReviewKind.LITIGATION_DIRECT, result)
        + count(ReviewKind.LITIGATION_AFTER_RECONSIDERATION, result);
  }

  /**
   * Returns the findings: the counting rules (RPT-2, a stated convention) and, per proceeding, its
   * counts by result, for example {@code [RPT-2] 行政复议：结果维持1件，结果纠正0件，其他结果0件，尚未审结1件，总计2件}.
   *
   * @return the findings, in order
   */
  public List<Finding> findings() {
    List<Finding> findings = new ArrayList<>();
    findings.add(
        Finding.of(
            Rules.RPT_2,
            FindingKind.CONVENTION,
            Phrase.of(
                "{0}年度政府信息公开行政复议、行政诉讼情况：{1}前提起且未在{2}前审结的计入本年度；本年审结的按结果计入，"
                    + "年末未审结的计入尚未审结",
                "reconsiderations and lawsuits of {0}: counted if filed by {1} and not concluded"
                    + " before {2}; concluded in the year → its result, not concluded by the end of"
                    + " the year → pending",
                year,
                LocalDate.of(year, 12, 31),
                LocalDate.of(year, 1, 1)),
            List.of()));
    for (ReviewKind kind : ReviewKind.values()) {
      findings.add(
          Finding.of(
              Rules.RPT_2,
              FindingKind.APPLIED,
              Phrase.of(
                  "{0}：结果维持{1}，结果纠正{2}，其他结果{3}，尚未审结{4}，总计{5}",
                  "{0}: upheld {1}, corrected {2}, other results {3}, pending {4}, total {5}",
                  Phrase.of(kind.label(), english(kind)),
                  items(count(kind, ReviewResult.UPHELD)),
                  items(count(kind, ReviewResult.CORRECTED)),
                  items(count(kind, ReviewResult.OTHER)),
                  items(count(kind, ReviewResult.PENDING)),
                  items(count(kind, ReviewResult.TOTAL))),
              List.of()));
    }
    return List.copyOf(findings);
  }

  private static String english(ReviewKind kind) {
    return switch (kind) {
      case RECONSIDERATION -> "administrative reconsideration";
      case LITIGATION_DIRECT -> "lawsuit, filed without reconsideration";
      case LITIGATION_AFTER_RECONSIDERATION -> "lawsuit, filed after reconsideration";
    };
  }

  private static Quantity items(long count) {
    return Quantity.of(count, Quantity.Unit.ITEMS);
  }

  /**
   * Returns the counting rules and the counts of each proceeding in Chinese, one finding per line.
   *
   * @return the explanation
   */
  public String explain() {
    return explain(Language.CHINESE);
  }

  /**
   * Returns the counting rules and the counts of each proceeding in a language, one finding per
   * line.
   *
   * @param language Chinese or English
   * @return the explanation
   */
  public String explain(Language language) {
    requireNonNull(language, "language");
    return language.render(findings());
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof ReviewTable other
        && year == other.year
        && cells.equals(other.cells);
  }

  @Override
  public int hashCode() {
    return 31 * year + cells.hashCode();
  }

  /** Returns a one-line description, for example {@code ReviewTable[2026, 行政复议 3, 行政诉讼 1]}. */
  @Override
  public String toString() {
    return "ReviewTable["
        + year
        + ", 行政复议 "
        + count(ReviewKind.RECONSIDERATION, ReviewResult.TOTAL)
        + ", 行政诉讼 "
        + litigation(ReviewResult.TOTAL)
        + "]";
  }
}
