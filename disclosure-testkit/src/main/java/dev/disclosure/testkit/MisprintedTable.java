package dev.disclosure.testkit;

import static java.util.Objects.requireNonNull;

import dev.disclosure.core.report.Column;
import dev.disclosure.core.report.RequestRow;
import dev.disclosure.core.report.RequestTable;

/**
 * A requests table as counted from cases and the same table as a report printed it, with one
 * misprint in one cell. {@code counted().checks()} is empty; {@code published().checks()} is not,
 * and names the misprinted cell (a placeholder) or its row's 总计 (a changed cell, a blanked
 * total), by {@link RequestTable#cellName(RequestRow, Column)}.
 *
 * @param counted the table counted from lawful cases, which passes every check
 * @param published the table loaded cell by cell from {@code counted}, with the misprint
 * @param misprint what is wrong in {@code published}
 * @param row the row of the misprinted cell
 * @param column the column of the misprinted cell ({@link Column#TOTAL} for a blanked total)
 */
public record MisprintedTable(
    RequestTable counted, RequestTable published, Misprint misprint, RequestRow row, Column column) {

  /**
   * Checks that no component is null.
   *
   * @param counted the table counted from lawful cases, which passes every check
   * @param published the table loaded cell by cell from {@code counted}, with the misprint
   * @param misprint what is wrong in {@code published}
   * @param row the row of the misprinted cell
   * @param column the column of the misprinted cell ({@link Column#TOTAL} for a blanked total)
   */
  public MisprintedTable {
    requireNonNull(counted, "counted");
    requireNonNull(published, "published");
    requireNonNull(misprint, "misprint");
    requireNonNull(row, "row");
    requireNonNull(column, "column");
  }
}
