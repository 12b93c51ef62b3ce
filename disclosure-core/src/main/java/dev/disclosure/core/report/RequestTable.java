package dev.disclosure.core.report;

import static java.util.Objects.requireNonNull;

import dev.disclosure.calendar.Finding;
import dev.disclosure.calendar.FindingKind;
import dev.disclosure.calendar.Language;
import dev.disclosure.calendar.Phrase;
import dev.disclosure.calendar.Quantity;
import dev.disclosure.core.law.Rules;
import dev.disclosure.core.request.CaseStatus;
import dev.disclosure.core.request.OutcomeRow;
import dev.disclosure.core.request.RequestCase;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

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

  private static final int COLUMNS = Column.values().length;
  private static final OutcomeRow[] OUTCOMES = OutcomeRow.values();
  private static final int NEW = 0;
  private static final int CARRIED_OVER = 1;
  private static final int FIRST_RESULT = 2;
  private static final int RESULTS_TOTAL = FIRST_RESULT + OUTCOMES.length;
  private static final int CARRIED_FORWARD = RESULTS_TOTAL + 1;
  private static final int ROWS = CARRIED_FORWARD + 1;
  private static final int TOTAL = Column.TOTAL.ordinal();

  private final int year;
  private final int[] counts;

  private RequestTable(int year, int[] counts) {
    this.year = year;
    this.counts = counts;
  }

  /**
   * Counts request cases into a year's table (年度统计).
   *
   * @param year the statistics year (1 January – 31 December)
   * @param cases the cases; cases outside the year are ignored ({@link Placement})
   * @return the table
   * @throws NullPointerException if {@code cases} or one of them is null
   */
  public static RequestTable of(int year, Iterable<RequestCase> cases) {
    requireNonNull(cases, "cases");
    LocalDate first = LocalDate.of(year, 1, 1);
    LocalDate last = LocalDate.of(year, 12, 31);
    int[] counts = new int[ROWS * COLUMNS];
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
      int intakeRow = receipt.isBefore(first) ? CARRIED_OVER : NEW;
      int outcomeRow =
          closed == null || closed.isAfter(last)
              ? CARRIED_FORWARD
              : FIRST_RESULT + status.outcome().orElseThrow().ordinal();
      counts[intakeRow * COLUMNS + column]++;
      counts[outcomeRow * COLUMNS + column]++;
    }
    for (int row = 0; row < ROWS; row++) {
      if (row == RESULTS_TOTAL) {
        continue;
      }
      int sum = 0;
      for (int column = 0; column < TOTAL; column++) {
        sum += counts[row * COLUMNS + column];
      }
      counts[row * COLUMNS + TOTAL] = sum;
    }
    for (int column = 0; column < COLUMNS; column++) {
      int sum = 0;
      for (int row = FIRST_RESULT; row < RESULTS_TOTAL; row++) {
        sum += counts[row * COLUMNS + column];
      }
      counts[RESULTS_TOTAL * COLUMNS + column] = sum;
    }
    return new RequestTable(year, counts);
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
   */
  public static Finding finding(int year, RequestCase requestCase) {
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
    int[] changed = counts.clone();
    changed[CARRIED_FORWARD * COLUMNS + column.ordinal()] += delta;
    return new RequestTable(year, changed);
  }

  /** {@return the statistics year} */
  public int year() {
    return year;
  }

  /**
   * {@return 一、本年新收政府信息公开申请数量 in a column}
   *
   * @param column the column
   */
  public int newThisYear(Column column) {
    return count(NEW, column);
  }

  /**
   * {@return 二、上年结转政府信息公开申请数量 in a column}
   *
   * @param column the column
   */
  public int carriedOver(Column column) {
    return count(CARRIED_OVER, column);
  }

  /**
   * {@return a result row (三、本年度办理结果, REQ-5) in a column}
   *
   * @param row the result row
   * @param column the column
   */
  public int result(OutcomeRow row, Column column) {
    requireNonNull(row, "row");
    return count(FIRST_RESULT + row.ordinal(), column);
  }

  /**
   * {@return the sum of a group of result rows (for example all of 不予公开) in a column}
   *
   * @param category the group of rows
   * @param column the column
   */
  public int result(OutcomeRow.Category category, Column column) {
    requireNonNull(category, "category");
    int sum = 0;
    for (OutcomeRow row : OUTCOMES) {
      if (row.category() == category) {
        sum += result(row, column);
      }
    }
    return sum;
  }

  /**
   * {@return 三、本年度办理结果／总计 in a column}
   *
   * @param column the column
   */
  public int resultsTotal(Column column) {
    return count(RESULTS_TOTAL, column);
  }

  /**
   * {@return 四、结转下年度继续办理 in a column}
   *
   * @param column the column
   */
  public int carriedForward(Column column) {
    return count(CARRIED_FORWARD, column);
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
    return newThisYear(column) + carriedOver(column)
        == resultsTotal(column) + carriedForward(column);
  }

  private Finding balance(Column column) {
    boolean balanced = isBalanced(column);
    return Finding.of(
        Rules.RPT_2,
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
        List.of());
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
    List<Finding> findings = new ArrayList<>(COLUMNS + 1);
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

  private int count(int row, Column column) {
    requireNonNull(column, "column");
    return counts[row * COLUMNS + column.ordinal()];
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof RequestTable other
        && year == other.year
        && Arrays.equals(counts, other.counts);
  }

  @Override
  public int hashCode() {
    return 31 * year + Arrays.hashCode(counts);
  }

  /** Returns a one-line description, for example {@code RequestTable[2026, 新收 12, 结转 3]}. */
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
