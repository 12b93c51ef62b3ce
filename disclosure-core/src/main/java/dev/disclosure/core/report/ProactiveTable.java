package dev.disclosure.core.report;

import static java.util.Objects.requireNonNull;

import dev.disclosure.calendar.Citation;
import dev.disclosure.calendar.Finding;
import dev.disclosure.calendar.FindingKind;
import dev.disclosure.calendar.Phrase;
import dev.disclosure.core.InvalidFactsException;
import dev.disclosure.core.law.Rules;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The proactive-disclosure table of the annual report (第二部分 主动公开政府信息情况, RPT-2), loaded from the
 * published numbers: for each {@link ProactiveRow} of its {@link ReportFormat}, a cell per {@link
 * ProactiveMeasure}. Counts and amounts are kept exactly as published ({@link Cell}); 行政事业性收费 is
 * an exact decimal in 万元.
 *
 * <p>The library counts no proactive disclosure itself (the agency's records of rules, documents
 * and decisions are not its input), so this table is always loaded. Immutable and thread-safe.
 */
public final class ProactiveTable {

  /** The part of the report this table is: 二、主动公开政府信息情况. */
  public static final String PART = "二、主动公开政府信息情况";

  private static final int MEASURE_COLUMNS = 3;

  /** The citation of each format's 第二部分 as a whole, for the unfilled-cells finding, built once. */
  private static final Map<ReportFormat, Citation> PART_CITATIONS =
      new EnumMap<>(ReportFormat.class);

  static {
    for (ReportFormat format : ReportFormat.values()) {
      PART_CITATIONS.put(format, format.citation(PART, PART));
    }
  }

  private final int year;
  private final ReportFormat format;
  /** The cells of each row of the format, in the format's order, one per measure. */
  private final Cell[][] cells;
  /** The column labels printed differently from the format's, by measure. */
  private final Map<ProactiveMeasure, String> publishedLabels;

  private ProactiveTable(
      int year, ReportFormat format, Cell[][] cells, Map<ProactiveMeasure, String> publishedLabels) {
    this.year = year;
    this.format = format;
    this.cells = cells;
    this.publishedLabels = publishedLabels;
  }

  /**
   * Starts a table loaded from published numbers: every cell blank until set.
   *
   * @param year the statistics year the report claims
   * @param format the format the table is printed in
   * @return a builder
   * @throws InvalidFactsException if the year is outside 2008..2100 (RPT-2; annual reports start
   *     with 2008, calendars end with 2100)
   */
  public static Builder builder(int year, ReportFormat format) {
    requireNonNull(format, "format");
    StatisticsYears.check(year, "ProactiveTable");
    return new Builder(year, format);
  }

  /** Builds a proactive-disclosure table from published cells. Not thread-safe. */
  public static final class Builder {
    private final int year;
    private final ReportFormat format;
    private final Cell[][] cells;
    private final Map<ProactiveMeasure, String> labels = new EnumMap<>(ProactiveMeasure.class);

    private Builder(int year, ReportFormat format) {
      this.year = year;
      this.format = format;
      List<ProactiveRow> rows = format.proactiveRows();
      cells = new Cell[rows.size()][];
      for (int i = 0; i < cells.length; i++) {
        cells[i] = new Cell[rows.get(i).measures().size()];
        Arrays.fill(cells[i], Cell.blank());
      }
    }

    /**
     * Sets a cell as published.
     *
     * @param row a row of the builder's format
     * @param measure one of the row's measures
     * @param cell the cell
     * @return this builder
     * @throws IllegalArgumentException if the format does not print the row, or the row has no such
     *     column
     */
    public Builder set(ProactiveRow row, ProactiveMeasure measure, Cell cell) {
      requireNonNull(row, "row");
      requireNonNull(measure, "measure");
      requireNonNull(cell, "cell");
      cells[position(format, row)][column(row, measure)] = cell;
      return this;
    }

    /**
     * Sets a row's cells as printed, in the order of {@link ProactiveRow#measures()} ({@link
     * Cell#parse(String)}).
     *
     * @param row a row of the builder's format
     * @param printed one text per measure
     * @return this builder
     * @throws IllegalArgumentException if the format does not print the row or the number of cells
     *     differs from the row's measures
     */
    public Builder row(ProactiveRow row, String... printed) {
      requireNonNull(row, "row");
      requireNonNull(printed, "printed");
      if (printed.length != row.measures().size()) {
        throw new IllegalArgumentException(
            row.label()
                + ": the row has "
                + row.measures().size()
                + " cells ("
                + row.measures().stream().map(ProactiveMeasure::label).toList()
                + "); got "
                + printed.length);
      }
      for (int i = 0; i < printed.length; i++) {
        set(row, row.measures().get(i), Cell.parse(requireNonNull(printed[i], "cell")));
      }
      return this;
    }

    /** {@return the table} */
    public ProactiveTable build() {
      Cell[][] copy = new Cell[cells.length][];
      for (int i = 0; i < cells.length; i++) {
        copy[i] = cells[i].clone();
      }
      return new ProactiveTable(
          year,
          format,
          copy,
          Collections.unmodifiableMap(new EnumMap<>(labels)));
    }

    /**
     * Records a column's label as the report printed it (e.g. {@code 现行有效件数（历史累计）}); the
     * checks compare it with the format's label (RPT-3). A label equal to the official one, up to
     * spaces and the width of punctuation, is not kept.
     *
     * @param measure a column of the builder's format
     * @param printed the label as printed
     * @return this builder
     * @throws IllegalArgumentException if no row of the format has the column
     */
    public Builder label(ProactiveMeasure measure, String printed) {
      requireNonNull(measure, "measure");
      requireNonNull(printed, "printed");
      if (format.proactiveRows().stream().noneMatch(row -> row.measures().contains(measure))) {
        throw new IllegalArgumentException(
            "RPT-2: " + format.label() + " has no column " + measure.label());
      }
      if (Labels.same(printed, measure.label())) {
        labels.remove(measure);
      } else {
        labels.put(measure, printed);
      }
      return this;
    }
  }

  private static int position(ReportFormat format, ProactiveRow row) {
    if (row.format() != format) {
      throw new IllegalArgumentException(
          "RPT-2: "
              + format.label()
              + " does not print the row "
              + row.label()
              + " ("
              + row.name()
              + "); its rows are "
              + format.proactiveRows());
    }
    return format.proactiveRows().indexOf(row);
  }

  private static int column(ProactiveRow row, ProactiveMeasure measure) {
    int column = row.measures().indexOf(measure);
    if (column < 0) {
      throw new IllegalArgumentException(
          "RPT-2: the row "
              + row.label()
              + " has the columns "
              + row.measures().stream().map(ProactiveMeasure::label).toList()
              + ", not "
              + measure.label());
    }
    return column;
  }

  /** {@return the statistics year} */
  public int year() {
    return year;
  }

  /** {@return the column labels printed differently from the format's (loaded tables only)} */
  public Map<ProactiveMeasure, String> publishedLabels() {
    return publishedLabels;
  }

  /** {@return the format the table is laid out in} */
  public ReportFormat format() {
    return format;
  }

  /**
   * Returns a cell as published.
   *
   * @param row a row of the table's format
   * @param measure one of the row's measures
   * @return the cell
   * @throws IllegalArgumentException if the format does not print the row, or the row has no such
   *     column
   */
  public Cell cell(ProactiveRow row, ProactiveMeasure measure) {
    requireNonNull(row, "row");
    requireNonNull(measure, "measure");
    return cells[position(format, row)][column(row, measure)];
  }

  /**
   * Returns a cell's number if it holds one.
   *
   * @param row a row of the table's format
   * @param measure one of the row's measures
   * @return the number, exact
   * @throws IllegalArgumentException as {@link #cell}
   */
  public Optional<BigDecimal> number(ProactiveRow row, ProactiveMeasure measure) {
    return cell(row, measure).number();
  }

  /**
   * Returns the name of a cell as findings print it, e.g. {@code 行政规范性文件／本年制发件数}.
   *
   * @param row the row
   * @param measure the column
   * @return the name in both languages
   */
  public static Phrase cellName(ProactiveRow row, ProactiveMeasure measure) {
    requireNonNull(row, "row");
    requireNonNull(measure, "measure");
    return Phrase.of(
        "{0}／{1}",
        "row {0}, column {1}",
        Phrase.of(row.label(), row.english()),
        Phrase.of(measure.label(), measure.english()));
  }

  /**
   * Checks the table as published (RPT-3): the format does not match the report year; a column
   * label printed differently from the format's; a count
   * that is negative (except 本年增/减) or not a whole number; an amount that is negative or not a
   * number; the cells left blank or holding a placeholder, as one finding naming the first five.
   * The table has no sums to check.
   *
   * @return the findings, empty when every check passes
   */
  public List<Finding> checks() {
    List<Finding> findings = new ArrayList<>();
    if (!format.appliesTo(year)) {
      findings.add(RequestTable.formatMismatch(year, format, PART));
    }
    for (Map.Entry<ProactiveMeasure, String> label : publishedLabels.entrySet()) {
      findings.add(Labels.mismatch(label.getKey().label(), label.getValue(), format, PART));
    }
    List<ProactiveRow> rows = format.proactiveRows();
    int blanks = 0;
    int placeholders = 0;
    List<Phrase> names = new ArrayList<>();
    for (int i = 0; i < cells.length; i++) {
      ProactiveRow row = rows.get(i);
      for (int j = 0; j < cells[i].length; j++) {
        Cell cell = cells[i][j];
        ProactiveMeasure measure = row.measures().get(j);
        switch (cell.kind()) {
          case BLANK, PLACEHOLDER -> {
            if (cell.kind() == Cell.Kind.BLANK) {
              blanks++;
            } else {
              placeholders++;
            }
            if (names.size() < CountCells.NAMED) {
              names.add(cellName(row, measure));
            }
          }
          case TEXT -> findings.add(notANumber(row, measure, cell));
          case NUMBER -> {
            BigDecimal number = cell.number().orElseThrow();
            if (number.signum() < 0 && !measure.isSigned()) {
              findings.add(
                  broken(
                      row,
                      measure,
                      Phrase.of(
                          "{0}为{1}：不能为负数",
                          "{0} is {1}: it cannot be negative",
                          cellName(row, measure),
                          printed(cell, number))));
            } else if (!measure.isAmount() && !cell.isCount()) {
              findings.add(
                  broken(
                      row,
                      measure,
                      Phrase.of(
                          "{0}为{1}：件数应为整数",
                          "{0} is {1}: a count is a whole number",
                          cellName(row, measure),
                          printed(cell, number))));
            }
          }
        }
      }
    }
    if (blanks + placeholders > 0) {
      findings.add(
          CountCells.unfilled(
              Phrase.of("{0}年度{1}", "{0}, {1}", year, Phrase.of(PART, "proactive-disclosure table")),
              blanks,
              placeholders,
              names,
              PART_CITATIONS.get(format)));
    }
    return List.copyOf(findings);
  }

  /** A number cell as printed in Chinese, and as its plain number in English. */
  private static Phrase printed(Cell cell, BigDecimal number) {
    return Phrase.of(cell.text(), number.toPlainString());
  }

  private Finding notANumber(ProactiveRow row, ProactiveMeasure measure, Cell cell) {
    return broken(
        row,
        measure,
        Phrase.of(
            "{0}为“{1}”，不是数字", "{0} holds text that is not a number ({1})", cellName(row, measure), cell.text()));
  }

  private Finding broken(ProactiveRow row, ProactiveMeasure measure, Phrase what) {
    Citation citation = format.citation(PART, row.provision() + row.label() + measure.label());
    return Finding.of(Rules.RPT_3, FindingKind.BROKEN, what, List.of(citation));
  }

  /**
   * Prints the table in the official layout ({@link #PART}): per item of 第二十条, a row with the item
   * (e.g. 第二十条第（一）项), a row 信息内容 with the columns' labels, then the rows with their cells as
   * published. [convention] Four columns wide; where an item has fewer than three columns its last
   * column spans the rest.
   *
   * @param style text, Markdown, CSV or HTML
   * @return the printed table
   */
  public String print(TableStyle style) {
    requireNonNull(style, "style");
    return grid().render(style);
  }

  private Grid grid() {
    List<ProactiveRow> rows = format.proactiveRows();
    List<Object> lines = lines(rows);
    Grid grid = new Grid(lines.size(), 1 + MEASURE_COLUMNS, 0, 1);
    int r = 0;
    for (Object line : lines) {
      if (line instanceof String provision) {
        grid.span(r, 0, 1, 1 + MEASURE_COLUMNS, provision);
      } else if (line instanceof ProactiveMeasure[] measures) {
        grid.put(r, 0, ProactiveRow.CONTENT_HEADING);
        putSpread(
            grid,
            r,
            Arrays.stream(measures).map(m -> publishedLabels.getOrDefault(m, m.label())).toList());
      } else {
        ProactiveRow row = (ProactiveRow) line;
        grid.put(r, 0, row.label());
        putSpread(
            grid, r, Arrays.stream(cells[rows.indexOf(row)]).map(Cell::text).toList());
      }
      r++;
    }
    return grid;
  }

  private static void putSpread(Grid grid, int r, List<String> texts) {
    for (int j = 0; j < texts.size(); j++) {
      int width = j == texts.size() - 1 ? MEASURE_COLUMNS - j : 1;
      grid.span(r, 1 + j, 1, width, texts.get(j));
    }
  }

  /** The printed lines: a provision (String), a header (measures) or a row. */
  private static List<Object> lines(List<ProactiveRow> rows) {
    List<Object> lines = new ArrayList<>();
    String provision = null;
    for (ProactiveRow row : rows) {
      if (!row.provision().equals(provision)) {
        provision = row.provision();
        lines.add(provision);
        lines.add(row.measures().toArray(new ProactiveMeasure[0]));
      }
      lines.add(row);
    }
    return lines;
  }

  /**
   * Reads a table printed by {@link #print(TableStyle) print(CSV)}: the lines of the format in
   * order, each of four fields; the cells of a row are its fields after the label ({@link
   * Cell#parse(String)}); the column labels of the 信息内容 lines are compared with the format's
   * ({@link Builder#label}). Empty lines at the end are ignored.
   *
   * @param year the statistics year the report claims
   * @param format the format the table is printed in
   * @param csv the CSV text
   * @return the table
   * @throws IllegalArgumentException if the CSV is malformed or its lines are not the format's
   */
  public static ProactiveTable parseCsv(int year, ReportFormat format, String csv) {
    requireNonNull(format, "format");
    requireNonNull(csv, "csv");
    List<List<String>> fields = Labels.withoutTrailingEmpty(Grid.parseCsv(csv));
    List<Object> lines = lines(format.proactiveRows());
    if (fields.size() != lines.size()) {
      throw new IllegalArgumentException(
          "RPT-3: a proactive-disclosure table in "
              + format.label()
              + " has "
              + lines.size()
              + " lines; the CSV has "
              + fields.size());
    }
    Builder builder = builder(year, format);
    for (int r = 0; r < lines.size(); r++) {
      if (lines.get(r) instanceof ProactiveMeasure[] measures) {
        List<String> line = fields.get(r);
        for (int j = 0; j < measures.length && 1 + j < line.size(); j++) {
          builder.label(measures[j], line.get(1 + j));
        }
      }
      if (lines.get(r) instanceof ProactiveRow row) {
        List<String> line = fields.get(r);
        if (line.size() != 1 + MEASURE_COLUMNS) {
          throw new IllegalArgumentException(
              "RPT-3: line " + (r + 1) + " (" + row.label() + ") has " + line.size()
                  + " fields; a line has " + (1 + MEASURE_COLUMNS));
        }
        for (int j = 0; j < row.measures().size(); j++) {
          builder.set(row, row.measures().get(j), Cell.parse(line.get(1 + j)));
        }
      }
    }
    return builder.build();
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof ProactiveTable other
        && year == other.year
        && format == other.format
        && Arrays.deepEquals(cells, other.cells)
        && publishedLabels.equals(other.publishedLabels);
  }

  @Override
  public int hashCode() {
    return Objects.hash(year, format, Arrays.deepHashCode(cells), publishedLabels);
  }

  /** Returns e.g. {@code ProactiveTable[2022, 国办公开办函〔2021〕30号]}. */
  @Override
  public String toString() {
    return "ProactiveTable[" + year + ", " + format.label() + "]";
  }
}
