package dev.disclosure.core.report;

import static java.util.Objects.requireNonNull;

import dev.disclosure.calendar.Finding;
import dev.disclosure.calendar.FindingKind;
import dev.disclosure.calendar.Language;
import dev.disclosure.calendar.Phrase;
import dev.disclosure.calendar.Quantity;
import dev.disclosure.core.InvalidFactsException;
import dev.disclosure.core.law.Rules;
import dev.disclosure.core.request.CaseStatus;
import dev.disclosure.core.request.OutcomeRow;
import dev.disclosure.core.request.RequestCase;
import java.time.LocalDate;
import dev.disclosure.calendar.Citation;
import dev.disclosure.calendar.RuleId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The requests table of the RPT-2021 annual report (收到和处理政府信息公开申请情况, RPT-2): for each column
 * ({@link Column}) the rows 一、本年新收政府信息公开申请数量, 二、上年结转政府信息公开申请数量, 三、本年度办理结果 (the REQ-5 rows and 总计)
 * and 四、结转下年度继续办理, as exact counts.
 *
 * <p>Cases are placed by their receipt and closing dates as {@link Placement} describes
 * [convention]; so for every column 本年新收 + 上年结转 = 办理结果总计 + 结转下年度继续办理 (the balance check), whatever
 * the cases.
 *
 * <p>Immutable and thread-safe.
 */
public final class RequestTable {

  /**
   * The note the format prints in the table's top-left cell, stating the balance of every column:
   * （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）.
   */
  public static final String BALANCE_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";

  /** The header of the applicant columns: 申请人情况. */
  public static final String APPLICANTS_HEADING = "申请人情况";

  /** The header over the five organization columns: 法人或其他组织. */
  public static final String ORGANIZATIONS_HEADING = "法人或其他组织";

  /** The part of the report this table is: 三、收到和处理政府信息公开申请情况. */
  public static final String PART = "三、收到和处理政府信息公开申请情况";

  private static final Phrase SIX_COLUMNS =
      Phrase.of("本行自然人及法人或其他组织各列", "the six applicant columns of the row");
  private static final Phrase RESULT_ROWS =
      Phrase.of("本列（一）至（六）各办理结果", "the result rows of the column");
  private static final int COLUMNS = Column.values().length;
  private static final RequestRow[] ROWS = RequestRow.values();
  private static final int TOTAL = Column.TOTAL.ordinal();
  private static final int[] ORGANIZATION_COLUMNS = {1, 2, 3, 4, 5, 6};
  private static final int HEADER_ROWS = 3;
  private static final int LABEL_COLUMNS = 3;

  private final int year;
  private final ReportFormat format;
  private final CountCells cells;
  private final Map<RequestRow, String> publishedLabels;

  private RequestTable(
      int year, ReportFormat format, CountCells cells, Map<RequestRow, String> publishedLabels) {
    this.year = year;
    this.format = format;
    this.cells = cells;
    this.publishedLabels = publishedLabels;
  }

  private static int index(RequestRow row, int column) {
    return row.ordinal() * COLUMNS + column;
  }

  /**
   * Counts request cases into a year's table (年度统计), in the format of the year ({@link
   * ReportFormat#forYear(int)}): in the trial format of 2019 the three 其他处理 outcomes count in one
   * row.
   *
   * @param year the statistics year (1 January – 31 December)
   * @param cases the cases; cases outside the year are ignored ({@link Placement})
   * @return the table
   * @throws NullPointerException if {@code cases} or one of them is null
   * @throws InvalidFactsException if the year is outside 2008..2100 (RPT-2)
   */
  public static RequestTable of(int year, Iterable<RequestCase> cases) {
    requireNonNull(cases, "cases");
    StatisticsYears.check(year, "RequestTable");
    ReportFormat format = ReportFormat.forYear(year);
    LocalDate first = LocalDate.of(year, 1, 1);
    LocalDate last = LocalDate.of(year, 12, 31);
    int[] counts = new int[ROWS.length * COLUMNS];
    for (RequestCase c : cases) {
      requireNonNull(c, "case");
      CaseStatus status = c.status();
      LocalDate receipt = status.receiptDate();
      if (receipt.isAfter(last)) {
        continue;
      }
      LocalDate closed = status.closedOn().orElse(null);
      if (closed != null && closed.isBefore(first)) {
        continue;
      }
      int column = c.applicant().kind().ordinal();
      RequestRow intake = receipt.isBefore(first) ? RequestRow.CARRIED_OVER : RequestRow.NEW_THIS_YEAR;
      RequestRow outcome =
          closed == null || closed.isAfter(last)
              ? RequestRow.CARRIED_FORWARD
              : RequestRow.of(status.outcome().orElseThrow(), format);
      counts[index(intake, column)]++;
      counts[index(outcome, column)]++;
    }
    // every row's 总计 (the results total's is set again below, from the result rows' totals)
    for (RequestRow row : format.requestRows()) {
      int sum = 0;
      for (int column = 0; column < TOTAL; column++) {
        sum += counts[index(row, column)];
      }
      counts[index(row, TOTAL)] = sum;
    }
    for (int column = 0; column < COLUMNS; column++) {
      int sum = 0;
      for (RequestRow row : format.requestRows()) {
        if (row.isResult()) {
          sum += counts[index(row, column)];
        }
      }
      counts[index(RequestRow.RESULTS_TOTAL, column)] = sum;
    }
    return new RequestTable(year, format, CountCells.of(counts), Map.of());
  }

  /**
   * Starts a table loaded from published numbers (公布的数字): every cell blank until set.
   *
   * @param year the statistics year the report claims (the checks compare it with the format)
   * @param format the format the table is printed in
   * @return a builder
   * @throws InvalidFactsException if the year is outside 2008..2100 (RPT-2; annual reports start
   *     with 2008, calendars end with 2100)
   */
  public static Builder builder(int year, ReportFormat format) {
    requireNonNull(format, "format");
    StatisticsYears.check(year, "RequestTable");
    return new Builder(year, format);
  }

  /**
   * Builds a requests table from published cells. Not thread-safe; {@link #build()} may be called
   * more than once.
   */
  public static final class Builder {
    private final int year;
    private final ReportFormat format;
    private final int[] values = new int[ROWS.length * COLUMNS];
    private final Cell[] published = new Cell[ROWS.length * COLUMNS];
    private final Map<RequestRow, String> labels = new EnumMap<>(RequestRow.class);

    private Builder(int year, ReportFormat format) {
      this.year = year;
      this.format = format;
      Arrays.fill(published, Cell.blank());
      for (RequestRow row : ROWS) {
        if (!row.isIn(format)) {
          for (int column = 0; column < COLUMNS; column++) {
            published[index(row, column)] = null;
          }
        }
      }
    }

    /**
     * Sets a cell as published.
     *
     * @param row a row of the builder's format
     * @param column the column
     * @param cell the cell
     * @return this builder
     * @throws IllegalArgumentException if the format does not print the row
     */
    public Builder set(RequestRow row, Column column, Cell cell) {
      requireNonNull(row, "row");
      requireNonNull(column, "column");
      requireNonNull(cell, "cell");
      requireRow(format, row);
      CountCells.store(values, published, index(row, column.ordinal()), cell);
      return this;
    }

    /**
     * Sets a cell to a number.
     *
     * @param row a row of the builder's format
     * @param column the column
     * @param count the number, any {@code long} (the checks report negative counts)
     * @return this builder
     * @throws IllegalArgumentException if the format does not print the row
     */
    public Builder set(RequestRow row, Column column, long count) {
      return set(row, column, Cell.of(count));
    }

    /**
     * Sets a whole row as printed, from 自然人 to 总计 ({@link Cell#parse(String)} reads each).
     *
     * @param row a row of the builder's format
     * @param printed seven cells, in the order of {@link Column}
     * @return this builder
     * @throws IllegalArgumentException if the format does not print the row, or there are not seven
     *     cells
     */
    public Builder row(RequestRow row, String... printed) {
      requireNonNull(row, "row");
      requireNonNull(printed, "printed");
      if (printed.length != COLUMNS) {
        throw new IllegalArgumentException(
            row.label() + ": a row has " + COLUMNS + " cells (自然人, five organizations, 总计); got "
                + printed.length);
      }
      for (Column column : Column.values()) {
        set(row, column, Cell.parse(requireNonNull(printed[column.ordinal()], "cell")));
      }
      return this;
    }

    /**
     * Records a row's label as the report printed it; the checks compare it with the official
     * label (RPT-3). A label equal to the official one, up to spaces and the width of punctuation,
     * is not kept.
     *
     * @param row a row of the builder's format
     * @param printed the label as printed
     * @return this builder
     * @throws IllegalArgumentException if the format does not print the row
     */
    public Builder label(RequestRow row, String printed) {
      requireNonNull(row, "row");
      requireNonNull(printed, "printed");
      requireRow(format, row);
      if (Labels.same(printed, row.label())) {
        labels.remove(row);
      } else {
        labels.put(row, printed);
      }
      return this;
    }

    /** {@return the table} */
    public RequestTable build() {
      return new RequestTable(
          year,
          format,
          CountCells.copyOf(values, published),
          Collections.unmodifiableMap(new EnumMap<>(labels)));
    }
  }

  private static void requireRow(ReportFormat format, RequestRow row) {
    if (!row.isIn(format)) {
      throw new IllegalArgumentException(
          "RPT-2: "
              + format.label()
              + " does not print the row "
              + row.label()
              + "; its rows are "
              + format.requestRows().stream().map(RequestRow::label).toList());
    }
  }

  /**
   * Returns where a case is counted in a year's table and why (统计口径, [convention], see {@link
   * Placement}).
   *
   * @param year the statistics year
   * @param requestCase the case
   * @return its placement
   */
  public static Placement placement(int year, RequestCase requestCase) {
    requireNonNull(requestCase, "requestCase");
    CaseStatus status = requestCase.status();
    LocalDate receipt = status.receiptDate();
    if (receipt.getYear() > year) {
      return Placement.NOT_YET_RECEIVED;
    }
    LocalDate closed = status.closedOn().orElse(null);
    if (closed != null && closed.getYear() < year) {
      return Placement.CLOSED_BEFORE;
    }
    boolean isNew = receipt.getYear() == year;
    boolean closedInYear = closed != null && closed.getYear() == year;
    if (isNew) {
      return closedInYear ? Placement.NEW_AND_CLOSED : Placement.NEW_AND_CARRIED_FORWARD;
    }
    return closedInYear ? Placement.CARRIED_OVER_AND_CLOSED : Placement.CARRIED_OVER_AND_FORWARD;
  }

  /**
   * Returns where one case is counted and why, as a finding of RPT-2 (a stated convention, see
   * {@link Placement}): its receipt and closing dates, its placement, and the rows and column it is
   * counted in, for example {@code 收到2024年12月30日，办结2025年1月6日：上年结转，本年办结 → 二、上年结转；三、本年度办理结果／予以公开（自然人）}.
   *
   * @param year the statistics year
   * @param requestCase the case
   * @return the finding, of kind {@link FindingKind#CONVENTION}
   * @throws InvalidFactsException if the year is outside 2008..2100 (RPT-2)
   */
  public static Finding finding(int year, RequestCase requestCase) {
    requireNonNull(requestCase, "requestCase");
    StatisticsYears.check(year, "RequestTable");
    Placement placement = placement(year, requestCase);
    CaseStatus status = requestCase.status();
    Phrase dates =
        status
            .closedOn()
            .map(
                closed ->
                    Phrase.of(
                        "收到{0}，办结{1}", "received {0}, closed {1}", status.receiptDate(), closed))
            .orElseGet(() -> Phrase.of("收到{0}", "received {0}", status.receiptDate()));
    Phrase label = Phrase.of(placement.label(), english(placement));
    Phrase what;
    if (placement.isCounted()) {
      Phrase intake =
          placement.isNew()
              ? Phrase.of("一、本年新收", "row 1, new this year")
              : Phrase.of("二、上年结转", "row 2, carried over from last year");
      Phrase result;
      if (placement.isClosedInYear()) {
        OutcomeRow outcome = status.outcome().orElseThrow();
        result =
            Phrase.of(
                "三、本年度办理结果／{0}",
                "row 3, results of the year: {0}",
                Phrase.of(outcome.label(), english(outcome.name())));
      } else {
        result = Phrase.of("四、结转下年度继续办理", "row 4, carried forward to next year");
      }
      Column column = Column.of(requestCase.applicant().kind());
      what =
          Phrase.of(
              "{0}：{1} → {2}；{3}（{4}）",
              "{0}: {1} → {2}; {3} ({4})",
              dates,
              label,
              intake,
              result,
              Phrase.of(column.label(), english(column.name())));
    } else {
      what = Phrase.of("{0}：{1}", "{0}: {1}", dates, label);
    }
    return Finding.of(Rules.RPT_2, FindingKind.CONVENTION, what, List.of());
  }

  /**
   * Explains in Chinese where one case is counted: {@link #finding(int, RequestCase)} rendered by
   * {@link Language#CHINESE}.
   *
   * @param year the statistics year
   * @param requestCase the case
   * @return the explanation
   */
  public static String explain(int year, RequestCase requestCase) {
    return explain(year, requestCase, Language.CHINESE);
  }

  /**
   * Explains in a language where one case is counted.
   *
   * @param year the statistics year
   * @param requestCase the case
   * @param language Chinese or English
   * @return the explanation
   */
  public static String explain(int year, RequestCase requestCase, Language language) {
    requireNonNull(language, "language");
    return language.render(finding(year, requestCase));
  }

  private static String english(Placement placement) {
    return switch (placement) {
      case NEW_AND_CLOSED -> "new this year, closed this year";
      case NEW_AND_CARRIED_FORWARD -> "new this year, carried forward";
      case CARRIED_OVER_AND_CLOSED -> "carried over, closed this year";
      case CARRIED_OVER_AND_FORWARD -> "carried over, carried forward";
      case NOT_YET_RECEIVED -> "received after the year, not counted";
      case CLOSED_BEFORE -> "closed before the year, not counted";
    };
  }

  /** Returns a constant's name as English words, for example {@code natural person}. */
  static String english(String constantName) {
    return constantName.toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /**
   * Returns a copy with the carried-forward count of one column changed by {@code delta}, the other
   * cells unchanged: a table that need not balance, for tests of the balance check.
   */
  RequestTable withCarriedForwardChangedBy(Column column, int delta) {
    return withCell(
        RequestRow.CARRIED_FORWARD, column, Cell.of(count(RequestRow.CARRIED_FORWARD, column) + delta));
  }

  /** Returns a copy with one cell replaced, the others unchanged. */
  RequestTable withCell(RequestRow row, Column column, Cell cell) {
    int[] values = cells.values();
    Cell[] published = cells.published();
    CountCells.store(values, published, index(row, column.ordinal()), cell);
    return new RequestTable(year, format, CountCells.copyOf(values, published), publishedLabels);
  }

  /** {@return the statistics year} */
  public int year() {
    return year;
  }

  /** {@return the format the table is laid out in} */
  public ReportFormat format() {
    return format;
  }

  /**
   * {@return the labels the report printed where they differ from the official ones} Only for
   * loaded tables whose labels were given; compared up to spaces and the width of punctuation.
   */
  public Map<RequestRow, String> publishedLabels() {
    return publishedLabels;
  }

  /**
   * Returns a cell as published, or as counted for a table built from cases.
   *
   * @param row a row of the table's format
   * @param column the column
   * @return the cell
   * @throws IllegalArgumentException if the format does not print the row
   */
  public Cell cell(RequestRow row, Column column) {
    requireNonNull(row, "row");
    requireNonNull(column, "column");
    requireRow(format, row);
    return cells.cell(index(row, column.ordinal()));
  }

  /**
   * Returns a cell's count: its number, or 0 for a blank, a placeholder, text or a number that is
   * not a whole {@code int} ({@link #cell} tells them apart).
   *
   * @param row a row of the table's format
   * @param column the column
   * @return the count
   * @throws IllegalArgumentException if the format does not print the row
   */
  public int count(RequestRow row, Column column) {
    requireNonNull(row, "row");
    requireNonNull(column, "column");
    requireRow(format, row);
    return cells.value(index(row, column.ordinal()));
  }

  /**
   * {@return 一、本年新收政府信息公开申请数量 in a column}
   *
   * @param column the column
   */
  public int newThisYear(Column column) {
    return count(RequestRow.NEW_THIS_YEAR, column);
  }

  /**
   * {@return 二、上年结转政府信息公开申请数量 in a column}
   *
   * @param column the column
   */
  public int carriedOver(Column column) {
    return count(RequestRow.CARRIED_OVER, column);
  }

  /**
   * {@return a result row (三、本年度办理结果, REQ-5) in a column}
   *
   * @param row the outcome row
   * @param column the column
   * @throws IllegalArgumentException if the table is in the trial format of 2019 and the row is one
   *     of the three 其他处理 rows, which that format prints as one: use {@link
   *     #result(OutcomeRow.Category, Column)}
   */
  public int result(OutcomeRow row, Column column) {
    requireNonNull(row, "row");
    requireNonNull(column, "column");
    RequestRow printed = RequestRow.of(row, format);
    if (printed.outcome().isEmpty()) {
      throw new IllegalArgumentException(
          "RPT-2: "
              + format.label()
              + " prints 其他处理 as one row, not "
              + row.label()
              + "; ask for result(Category.OTHER, column)");
    }
    return count(printed, column);
  }

  /**
   * {@return the sum of a group of result rows (for example all of 不予公开) in a column}
   *
   * @param category the group of rows
   * @param column the column
   */
  public int result(OutcomeRow.Category category, Column column) {
    requireNonNull(category, "category");
    requireNonNull(column, "column");
    int sum = 0;
    for (RequestRow row : format.requestRows()) {
      if (row.category().orElse(null) == category) {
        sum += cells.value(index(row, column.ordinal()));
      }
    }
    return sum;
  }

  /**
   * {@return 三、本年度办理结果／（七）总计 in a column}
   *
   * @param column the column
   */
  public int resultsTotal(Column column) {
    return count(RequestRow.RESULTS_TOTAL, column);
  }

  /**
   * {@return 四、结转下年度继续办理 in a column}
   *
   * @param column the column
   */
  public int carriedForward(Column column) {
    return count(RequestRow.CARRIED_FORWARD, column);
  }

  /**
   * Returns the name of a cell as findings print it, e.g. {@code （一）予以公开／总计} (row, then column).
   *
   * @param row the row
   * @param column the column
   * @return the name in both languages
   */
  public static Phrase cellName(RequestRow row, Column column) {
    requireNonNull(row, "row");
    requireNonNull(column, "column");
    return Phrase.of(
        "{0}／{1}",
        "row {0}, column {1}",
        Phrase.of(row.label(), row.english()),
        Phrase.of(column.label(), english(column.name())));
  }

  private static Phrase cellName(int index) {
    return cellName(ROWS[index / COLUMNS], Column.values()[index % COLUMNS]);
  }

  /**
   * Checks the table as published (RPT-3) and returns what is wrong, in this order: the format
   * does not match the report year ({@link ReportFormat#forYear(int)}); a label differs from the
   * official one; a cell is negative or not a whole number; the cells left blank or holding a
   * placeholder (the format asks for a number in every cell), as one finding naming the first
   * five; for every row, 总计 ≠ the sum of the six applicant columns; for
   * every column, （七）总计 ≠ the sum of the result rows; for every column, 本年新收 + 上年结转 ≠
   * （七）总计 + 结转下年度继续办理. A total left blank while its parts are not all 0 is reported as a
   * required cell left blank, with the number it should hold.
   *
   * <p>[convention] In the sums a blank or a placeholder is read as 0, the way many reports use
   * them, so that the arithmetic is still judged; text that is not a number is read as 0 too, after
   * being reported.
   *
   * <p>Every finding is of RPT-3 and {@link FindingKind#BROKEN}, names the cells by {@link
   * #cellName} and states the numbers and the expected value. A table built from cases returns no
   * findings.
   *
   * @return the findings, empty when every check passes
   */
  public List<Finding> checks() {
    List<Finding> findings = new ArrayList<>();
    Citation citation = FormatRows.of(format).citation;
    if (!format.appliesTo(year)) {
      findings.add(formatMismatch(year, format, PART));
    }
    for (Map.Entry<RequestRow, String> label : publishedLabels.entrySet()) {
      findings.add(Labels.mismatch(label.getKey().label(), label.getValue(), format, PART));
    }
    cells.checkCells(
        findings,
        RequestTable::cellName,
        () -> Phrase.of("{0}年度{1}", "{0}, {1}", year, Phrase.of(PART, "requests table")),
        citation);
    FormatRows rows = FormatRows.of(format);
    for (RequestRow row : rows.all) {
      cells.checkSum(
          findings,
          index(row, TOTAL),
          rows.applicantCells[row.ordinal()],
          RequestTable::cellName,
          SIX_COLUMNS,
          citation);
    }
    for (Column column : Column.values()) {
      cells.checkSum(
          findings,
          index(RequestRow.RESULTS_TOTAL, column.ordinal()),
          rows.resultCells[column.ordinal()],
          RequestTable::cellName,
          RESULT_ROWS,
          citation);
    }
    for (Column column : Column.values()) {
      if (!isBalanced(column)) {
        findings.add(balance(column, Rules.RPT_3, citation));
      }
    }
    return List.copyOf(findings);
  }

  static Finding formatMismatch(int year, ReportFormat format, String part) {
    ReportFormat expected = ReportFormat.forYear(year);
    return Finding.of(
        Rules.RPT_3,
        FindingKind.BROKEN,
        Phrase.of(
            "{0}：{1}年度报告应使用{2}的格式，而表格为{3}的格式",
            "{0}: the report on {1} uses the format of {2}, but the table is in the format of {3}",
            Phrase.of(part, "table"),
            year,
            Phrase.of(expected.label(), expected.name().toLowerCase(Locale.ROOT)),
            Phrase.of(format.label(), format.name().toLowerCase(Locale.ROOT))),
        List.of(
            expected.citation(part, expected.label() + "适用于" + expected.firstYear() + "年度起的报告"),
            format.citation(part, format.label())));
  }

  /**
   * Checks this year's table against last year's table of the same agency (RPT-3): for every
   * column, this year's 二、上年结转 must equal last year's 四、结转下年度继续办理.
   *
   * @param previous the table of the year before
   * @return a broken finding per column that differs, empty if they all agree
   * @throws IllegalArgumentException if {@code previous} is not the table of {@code year() - 1}
   */
  public List<Finding> checkFollows(RequestTable previous) {
    requireNonNull(previous, "previous");
    if (previous.year != year - 1) {
      throw new IllegalArgumentException(
          "RPT-3: carried-over requests are compared with the year before: this table is of "
              + year
              + ", so the previous table must be of "
              + (year - 1)
              + ", got "
              + previous.year);
    }
    List<Finding> findings = new ArrayList<>();
    for (Column column : Column.values()) {
      int now = carriedOver(column);
      int before = previous.carriedForward(column);
      if (now != before) {
        findings.add(
            Finding.of(
                Rules.RPT_3,
                FindingKind.BROKEN,
                Phrase.of(
                    "{0}：{1}年度二、上年结转为{2}，而{3}年度四、结转下年度继续办理为{4}",
                    "{0}: carried over in {1} is {2}, but carried forward in {3} is {4}",
                    Phrase.of(column.label(), english(column.name())),
                    year,
                    items(now),
                    previous.year,
                    items(before)),
                List.of(FormatRows.of(format).carriedOverCitation)));
      }
    }
    return List.copyOf(findings);
  }

  /** The rows of a format and the cells each check adds up, computed once per format. */
  private static final class FormatRows {
    private static final Map<ReportFormat, FormatRows> BY_FORMAT = new EnumMap<>(ReportFormat.class);

    static {
      for (ReportFormat format : ReportFormat.values()) {
        BY_FORMAT.put(format, new FormatRows(format));
      }
    }

    final List<RequestRow> all;
    final Citation citation;
    final Citation carriedOverCitation;
    final int[][] applicantCells = new int[ROWS.length][];
    final int[][] resultCells = new int[COLUMNS][];

    private FormatRows(ReportFormat format) {
      all = format.requestRows();
      citation = format.citation(PART, BALANCE_NOTE);
      carriedOverCitation = format.citation(PART, RequestRow.CARRIED_OVER.label());
      for (RequestRow row : all) {
        int[] parts = new int[TOTAL];
        for (int column = 0; column < TOTAL; column++) {
          parts[column] = index(row, column);
        }
        applicantCells[row.ordinal()] = parts;
      }
      List<RequestRow> results = all.stream().filter(RequestRow::isResult).toList();
      for (int column = 0; column < COLUMNS; column++) {
        int[] parts = new int[results.size()];
        for (int i = 0; i < parts.length; i++) {
          parts[i] = index(results.get(i), column);
        }
        resultCells[column] = parts;
      }
    }

    static FormatRows of(ReportFormat format) {
      return BY_FORMAT.get(format);
    }
  }

  /**
   * Returns the balance check (平衡校验, RPT-2) of every column that fails it: 本年新收 + 上年结转 ≠ 办理结果总计 +
   * 结转下年度继续办理, each a {@link FindingKind#BROKEN} finding of RPT-2 with the four counts. Empty for every
   * table this class builds.
   *
   * @return the broken balances, in column order
   */
  public List<Finding> unbalancedColumns() {
    List<Finding> failing = new ArrayList<>();
    for (Column column : Column.values()) {
      if (!isBalanced(column)) {
        failing.add(balance(column));
      }
    }
    return List.copyOf(failing);
  }

  private boolean isBalanced(Column column) {
    return (long) newThisYear(column) + carriedOver(column)
        == (long) resultsTotal(column) + carriedForward(column);
  }

  private Finding balance(Column column) {
    return balance(column, Rules.RPT_2, null);
  }

  private Finding balance(Column column, RuleId rule, Citation citation) {
    boolean balanced = isBalanced(column);
    return Finding.of(
        rule,
        balanced ? FindingKind.APPLIED : FindingKind.BROKEN,
        Phrase.of(
            balanced
                ? "{0}：本年新收{1} + 上年结转{2} = 办理结果总计{3} + 结转下年度{4}"
                : "{0}：本年新收{1} + 上年结转{2} ≠ 办理结果总计{3} + 结转下年度{4}，不平衡",
            balanced
                ? "{0}: new this year {1} + carried over {2} = results total {3} + carried forward {4}"
                : "{0}: new this year {1} + carried over {2} does not equal results total {3} +"
                    + " carried forward {4}; the column does not balance",
            Phrase.of(column.label(), english(column.name())),
            items(newThisYear(column)),
            items(carriedOver(column)),
            items(resultsTotal(column)),
            items(carriedForward(column))),
        citation == null ? List.of() : List.of(citation));
  }

  private static Quantity items(long count) {
    return Quantity.of(count, Quantity.Unit.ITEMS);
  }

  /**
   * Returns the findings: the counting rules (RPT-2, a stated convention) and, per column, the
   * balance check with its counts (applied, or broken when the column does not balance).
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
                "{0}年度政府信息公开申请情况：统计期限{1}至{2}；本年收到的计入本年新收，以前收到而年初未办结的计入上年结转；"
                    + "本年办结的按办理结果（{3}）计入，年末未办结的计入结转下年度继续办理",
                "requests of {0}: statistics period {1} to {2}; received in the year → new this"
                    + " year, received earlier and open at the start of the year → carried over;"
                    + " closed in the year → its result row ({3}), open at the end of the year →"
                    + " carried forward",
                year,
                LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31),
                Rules.REQ_5),
            List.of()));
    for (Column column : Column.values()) {
      findings.add(balance(column));
    }
    return List.copyOf(findings);
  }

  /**
   * Returns the counting rules and, per column, the balance check with its counts, in Chinese, one
   * finding per line, for example {@code [RPT-2] 自然人：本年新收3件 + 上年结转1件 = 办理结果总计2件 + 结转下年度2件}.
   *
   * @return the explanation
   */
  public String explain() {
    return explain(Language.CHINESE);
  }

  /**
   * Returns the counting rules and the balance checks in a language, one finding per line.
   *
   * @param language Chinese or English
   * @return the explanation
   */
  public String explain(Language language) {
    requireNonNull(language, "language");
    return language.render(findings());
  }

  /**
   * Prints the table in the official layout ({@link #PART}): the note {@link #BALANCE_NOTE} over the
   * label columns, 申请人情况 over 自然人, 法人或其他组织 (商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他) and 总计;
   * rows 一 and 二, 三、本年度办理结果 beside the result rows with their groups, （七）总计, and 四. Cells
   * print as published (a blank prints nothing); a row whose label was published differently
   * prints that label ({@link #publishedLabels()}).
   *
   * @param style text, Markdown, CSV or HTML
   * @return the printed table
   */
  public String print(TableStyle style) {
    requireNonNull(style, "style");
    return grid().render(style);
  }

  private Grid grid() {
    List<RequestRow> rows = format.requestRows();
    Grid grid = new Grid(HEADER_ROWS + rows.size(), LABEL_COLUMNS + COLUMNS, HEADER_ROWS, LABEL_COLUMNS);
    grid.span(0, 0, HEADER_ROWS, LABEL_COLUMNS, BALANCE_NOTE);
    grid.span(0, LABEL_COLUMNS, 1, COLUMNS, APPLICANTS_HEADING);
    grid.span(1, LABEL_COLUMNS, 2, 1, Column.NATURAL_PERSON.label());
    grid.span(1, LABEL_COLUMNS + 1, 1, TOTAL - 1, ORGANIZATIONS_HEADING);
    grid.span(1, LABEL_COLUMNS + TOTAL, 2, 1, Column.TOTAL.label());
    for (int column = 1; column < TOTAL; column++) {
      grid.put(2, LABEL_COLUMNS + column, Column.values()[column].label());
    }
    int resultRows = (int) rows.stream().filter(r -> r.isResult() || r == RequestRow.RESULTS_TOTAL).count();
    String group = null;
    for (int k = 0; k < rows.size(); k++) {
      RequestRow row = rows.get(k);
      int r = HEADER_ROWS + k;
      String label = publishedLabels.getOrDefault(row, row.label());
      if (!row.isResult() && row != RequestRow.RESULTS_TOTAL) {
        grid.span(r, 0, 1, LABEL_COLUMNS, label);
      } else {
        if (row == RequestRow.DISCLOSED) {
          grid.span(r, 0, resultRows, 1, RequestRow.RESULTS_HEADING);
        }
        String rowGroup = row.group().orElse(null);
        if (rowGroup == null) {
          grid.span(r, 1, 1, 2, label);
        } else {
          if (!rowGroup.equals(group)) {
            int size = (int) rows.stream().filter(x -> rowGroup.equals(x.group().orElse(null))).count();
            grid.span(r, 1, size, 1, rowGroup);
          }
          grid.put(r, 2, label);
        }
        group = rowGroup;
      }
      for (int column = 0; column < COLUMNS; column++) {
        grid.put(r, LABEL_COLUMNS + column, cells.cell(index(row, column)).text());
      }
    }
    return grid;
  }

  /**
   * Reads a table printed by {@link #print(TableStyle) print(CSV)}, or laid out the same way: three
   * header rows, then one row per row of the format in its order, each with three label fields and
   * seven cells ({@link Cell#parse(String)}). A row's label is its last non-empty label field; one
   * that differs from the official label is kept ({@link Builder#label}). Empty lines at the end
   * are ignored. So {@code parseCsv(t.year(), t.format(), t.print(CSV))} equals {@code t}.
   *
   * @param year the statistics year the report claims
   * @param format the format the table is printed in
   * @param csv the CSV text
   * @return the table
   * @throws IllegalArgumentException if the CSV is malformed, or does not have the format's rows
   *     and ten fields in each body row
   */
  public static RequestTable parseCsv(int year, ReportFormat format, String csv) {
    requireNonNull(format, "format");
    requireNonNull(csv, "csv");
    List<List<String>> lines = Labels.withoutTrailingEmpty(Grid.parseCsv(csv));
    List<RequestRow> rows = format.requestRows();
    if (lines.size() != HEADER_ROWS + rows.size()) {
      throw new IllegalArgumentException(
          "RPT-3: a requests table in "
              + format.label()
              + " has "
              + HEADER_ROWS
              + " header rows and "
              + rows.size()
              + " rows; the CSV has "
              + lines.size()
              + " lines");
    }
    Builder builder = builder(year, format);
    for (int k = 0; k < rows.size(); k++) {
      List<String> fields = lines.get(HEADER_ROWS + k);
      RequestRow row = rows.get(k);
      if (fields.size() != LABEL_COLUMNS + COLUMNS) {
        throw new IllegalArgumentException(
            "RPT-3: line "
                + (HEADER_ROWS + k + 1)
                + " ("
                + row.label()
                + ") has "
                + fields.size()
                + " fields; a row has "
                + (LABEL_COLUMNS + COLUMNS)
                + " (three labels, seven cells)");
      }
      builder.label(row, Labels.last(fields.subList(0, LABEL_COLUMNS)));
      for (Column column : Column.values()) {
        builder.set(row, column, Cell.parse(fields.get(LABEL_COLUMNS + column.ordinal())));
      }
    }
    return builder.build();
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof RequestTable other
        && year == other.year
        && format == other.format
        && cells.equals(other.cells)
        && publishedLabels.equals(other.publishedLabels);
  }

  @Override
  public int hashCode() {
    return Objects.hash(year, format, cells, publishedLabels);
  }

  /**
   * Returns a one-line description of the 总计 column, for example {@code RequestTable[2026, 新收 12,
   * 上年结转 3, 办结 13, 结转下年度 2]}.
   */
  @Override
  public String toString() {
    return "RequestTable["
        + year
        + ", 新收 "
        + newThisYear(Column.TOTAL)
        + ", 上年结转 "
        + carriedOver(Column.TOTAL)
        + ", 办结 "
        + resultsTotal(Column.TOTAL)
        + ", 结转下年度 "
        + carriedForward(Column.TOTAL)
        + "]";
  }
}
