package dev.disclosure.core.report;

import static java.util.Objects.requireNonNull;

import dev.disclosure.core.law.Rules;
import dev.disclosure.core.request.CaseStatus;
import dev.disclosure.core.request.OutcomeRow;
import dev.disclosure.core.request.RequestCase;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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
   * Explains where one case is counted, e.g. {@code 收到 2025-12-29，办结 2026-01-05：上年结转，本年办结 →
   * 二、上年结转；三、本年度办理结果／予以公开（自然人）}.
   *
   * @param year the statistics year
   * @param requestCase the case
   * @return the explanation
   */
  public static String explain(int year, RequestCase requestCase) {
    Placement placement = placement(year, requestCase);
    CaseStatus status = requestCase.status();
    StringBuilder text = new StringBuilder("收到 ").append(status.receiptDate());
    status.closedOn().ifPresent(date -> text.append("，办结 ").append(date));
    text.append("：").append(placement.label());
    if (placement.isCounted()) {
      text.append(" → ")
          .append(placement.isNew() ? "一、本年新收" : "二、上年结转")
          .append("；")
          .append(
              placement.isClosedInYear()
                  ? "三、本年度办理结果／" + status.outcome().orElseThrow().label()
                  : "四、结转下年度继续办理")
          .append("（")
          .append(Column.of(requestCase.applicant().kind()).label())
          .append("）");
    }
    return text.toString();
  }

  /** Returns the statistics year. */
  public int year() {
    return year;
  }

  /** Returns 一、本年新收政府信息公开申请数量 in a column. */
  public int newThisYear(Column column) {
    return count(NEW, column);
  }

  /** Returns 二、上年结转政府信息公开申请数量 in a column. */
  public int carriedOver(Column column) {
    return count(CARRIED_OVER, column);
  }

  /** Returns a result row (三、本年度办理结果, REQ-5) in a column. */
  public int result(OutcomeRow row, Column column) {
    requireNonNull(row, "row");
    return count(FIRST_RESULT + row.ordinal(), column);
  }

  /** Returns the sum of a group of result rows (e.g. all of 不予公开) in a column. */
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

  /** Returns 三、本年度办理结果／总计 in a column. */
  public int resultsTotal(Column column) {
    return count(RESULTS_TOTAL, column);
  }

  /** Returns 四、结转下年度继续办理 in a column. */
  public int carriedForward(Column column) {
    return count(CARRIED_FORWARD, column);
  }

  /**
   * Returns the columns that fail the balance check (平衡校验): 本年新收 + 上年结转 ≠ 办理结果总计 + 结转下年度继续办理. Empty
   * for every table this class builds.
   */
  public List<Column> unbalancedColumns() {
    List<Column> failing = new ArrayList<>();
    for (Column column : Column.values()) {
      if (newThisYear(column) + carriedOver(column)
          != resultsTotal(column) + carriedForward(column)) {
        failing.add(column);
      }
    }
    return List.copyOf(failing);
  }

  /**
   * Returns the counting rules and, per column, the balance check with its figures, e.g. {@code
   * 自然人：本年新收 3 + 上年结转 1 = 办理结果总计 2 + 结转下年度 2}.
   */
  public String explain() {
    StringBuilder text =
        new StringBuilder(year + "年度政府信息公开申请情况（")
            .append(Rules.RPT_2)
            .append("）：统计期限 ")
            .append(year)
            .append("-01-01 至 ")
            .append(year)
            .append("-12-31；本年收到的计入本年新收，以前收到而年初未办结的计入上年结转；本年办结的按办理结果（")
            .append(Rules.REQ_5)
            .append("）计入，")
            .append("年末未办结的计入结转下年度继续办理（约定）。");
    for (Column column : Column.values()) {
      text.append('\n')
          .append(column.label())
          .append("：本年新收 ")
          .append(newThisYear(column))
          .append(" + 上年结转 ")
          .append(carriedOver(column))
          .append(" = 办理结果总计 ")
          .append(resultsTotal(column))
          .append(" + 结转下年度 ")
          .append(carriedForward(column));
    }
    return text.toString();
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

  /** Returns e.g. {@code RequestTable[2026, 新收 12, 结转 3]}. */
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
