package dev.disclosure.core.report;

import dev.disclosure.calendar.Citation;
import dev.disclosure.calendar.Finding;
import dev.disclosure.calendar.FindingKind;
import dev.disclosure.calendar.Phrase;
import dev.disclosure.calendar.Quantity;
import dev.disclosure.core.law.Rules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * The cells of a count table (第三、四部分): whole numbers in an {@code int[]}, and beside them, only
 * where a cell is not a plain count as {@link Cell#of(long)} prints it, the {@link Cell} as
 * published. Holds the checks every count table shares (RPT-3): cells that are not counts, the
 * blanks and placeholders read as 0 [convention], and sums against their totals.
 */
final class CountCells {

  private final int[] values;
  private final Cell[] published;

  private CountCells(int[] values, Cell[] published) {
    this.values = values;
    this.published = published;
  }

  static CountCells of(int[] values) {
    return new CountCells(values, null);
  }

  static CountCells copyOf(int[] values, Cell[] published) {
    return new CountCells(values.clone(), published.clone());
  }

  /**
   * Stores a cell in the arrays of a table being loaded: a plain count in {@code values}, anything
   * else also in {@code published} (and its whole value, if it has one, in {@code values}).
   */
  static void store(int[] values, Cell[] published, int index, Cell cell) {
    if (cell.isCount()) {
      int count = cell.count();
      values[index] = count;
      published[index] = cell.equals(Cell.of(count)) ? null : cell;
    } else {
      values[index] = 0;
      published[index] = cell;
    }
  }

  /** Returns the count of a cell, 0 for a cell that is not a whole number. */
  int value(int index) {
    return values[index];
  }

  Cell cell(int index) {
    Cell cell = published == null ? null : published[index];
    return cell == null ? Cell.of(values[index]) : cell;
  }

  /** Returns whether a cell is a whole number in {@code int} range. */
  boolean isCount(int index) {
    Cell cell = published == null ? null : published[index];
    return cell == null || cell.isCount();
  }

  /** Returns whether a cell is blank or a placeholder (read as 0). */
  boolean isEmpty(int index) {
    Cell cell = published == null ? null : published[index];
    return cell != null && (cell.kind() == Cell.Kind.BLANK || cell.kind() == Cell.Kind.PLACEHOLDER);
  }

  int[] values() {
    return values.clone();
  }

  Cell[] published() {
    return published == null ? new Cell[values.length] : published.clone();
  }

  /**
   * Adds the findings on single cells: a negative count or a cell that is not a whole number is
   * broken; the blanks and placeholders, read as 0 in the sums [convention], are one broken finding
   * naming the first {@link #NAMED}.
   */
  void checkCells(
      List<Finding> findings,
      IntFunction<Phrase> name,
      Supplier<Phrase> table,
      Citation citation) {
    for (int i = 0; i < values.length; i++) {
      if (values[i] < 0) {
        findings.add(
            Finding.of(
                Rules.RPT_3,
                FindingKind.BROKEN,
                Phrase.of(
                    "{0}为{1}：件数不能为负数", "{0} is {1}: a count cannot be negative",
                    name.apply(i), values[i]),
                List.of(citation)));
      }
    }
    if (published == null) {
      return;
    }
    int blanks = 0;
    int placeholders = 0;
    List<Phrase> names = new ArrayList<>();
    for (int i = 0; i < published.length; i++) {
      Cell cell = published[i];
      if (cell == null) {
        continue;
      }
      switch (cell.kind()) {
        case BLANK, PLACEHOLDER -> {
          if (cell.kind() == Cell.Kind.BLANK) {
            blanks++;
          } else {
            placeholders++;
          }
          if (names.size() < NAMED) {
            names.add(name.apply(i));
          }
        }
        case NUMBER, TEXT -> {
          if (!cell.isCount()) {
            findings.add(
                Finding.of(
                    Rules.RPT_3,
                    FindingKind.BROKEN,
                    Phrase.of(
                        "{0}为“{1}”，不是件数（应为0至2147483647的整数），按0计",
                        "{0} holds text that is not a count (a whole number from 0 to"
                            + " 2147483647, {1}); read as 0",
                        name.apply(i),
                        cell.text()),
                    List.of(citation)));
          }
        }
      }
    }
    if (blanks + placeholders > 0) {
      findings.add(unfilled(table.get(), blanks, placeholders, names, citation));
    }
  }

  /** At most this many unfilled cells are named in the finding. */
  static final int NAMED = 5;

  /**
   * Returns the finding on cells that hold no number (blank or a placeholder): broken, since the
   * format asks for a number in every cell; it names the first {@link #NAMED} of them and says
   * they are read as 0 [convention].
   */
  static Finding unfilled(
      Phrase table, int blanks, int placeholders, List<Phrase> names, Citation citation) {
    int count = blanks + placeholders;
    StringBuilder chinese = new StringBuilder();
    StringBuilder english = new StringBuilder();
    Object[] values = new Object[4 + names.size()];
    values[0] = table;
    values[1] = count;
    values[2] = blanks;
    values[3] = placeholders;
    for (int i = 0; i < names.size(); i++) {
      chinese.append(i == 0 ? "" : "、").append('{').append(4 + i).append('}');
      english.append(i == 0 ? "" : "; ").append('{').append(4 + i).append('}');
      values[4 + i] = names.get(i);
    }
    String more = count > names.size() ? "等" : "";
    return Finding.of(
        Rules.RPT_3,
        FindingKind.BROKEN,
        Phrase.of(
            "{0}：{1}个单元格未填数字（空白{2}个、占位符{3}个），格式要求每个单元格填写数字，勾稽关系中按0计："
                + chinese
                + more,
            "{0}: {1} cells hold no number ({2} blank, {3} placeholders) where the format asks for"
                + " a number; read as 0 in the identities: "
                + english
                + (more.isEmpty() ? "" : " and more"),
            values),
        List.of(citation));
  }

  /**
   * Adds a finding when the cells {@code parts} do not add up to the cell {@code total}: broken if
   * the total is a different number, or blank (or a placeholder) while the parts are not all 0.
   */
  void checkSum(
      List<Finding> findings,
      int total,
      int[] parts,
      IntFunction<Phrase> name,
      Phrase partsName,
      Citation citation) {
    long sum = 0;
    for (int part : parts) {
      sum += values[part];
    }
    if (!isCount(total)) {
      if (isEmpty(total) && sum != 0) {
        findings.add(
            Finding.of(
                Rules.RPT_3,
                FindingKind.BROKEN,
                Phrase.of(
                    "{0}未填数字（{1}），而{2}之和为{3}：应填{3}",
                    "{0} holds no number ({1}), but the sum of {2} is {3}: it should read {3}",
                    name.apply(total),
                    Phrase.of(cell(total).kind().label(), cell(total).kind().name().toLowerCase(java.util.Locale.ROOT)),
                    partsName,
                    items(sum)),
                List.of(citation)));
      }
      return;
    }
    if (sum != values[total]) {
      findings.add(
          Finding.of(
              Rules.RPT_3,
              FindingKind.BROKEN,
              Phrase.of(
                  "{0}为{1}，而{2}之和为{3}",
                  "{0} is {1}, but the sum of {2} is {3}",
                  name.apply(total),
                  items(values[total]),
                  partsName,
                  items(sum)),
              List.of(citation)));
    }
  }

  static Quantity items(long count) {
    return Quantity.of(count, Quantity.Unit.ITEMS);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof CountCells other
        && Arrays.equals(values, other.values)
        && Arrays.equals(published(), other.published());
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(values) * 31 + Arrays.hashCode(published());
  }
}
