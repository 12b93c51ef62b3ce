package dev.disclosure.core.report;

import static java.util.Objects.requireNonNull;

import dev.disclosure.calendar.Finding;
import dev.disclosure.calendar.FindingKind;
import dev.disclosure.calendar.Language;
import dev.disclosure.calendar.Phrase;
import dev.disclosure.calendar.Quantity;
import dev.disclosure.core.law.Rules;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
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

  private static final int RESULTS = ReviewResult.values().length;

  private final int year;
  private final int[] counts;

  private ReviewTable(int year, int[] counts) {
    this.year = year;
    this.counts = counts;
  }

  /**
   * Counts proceedings into a year's table.
   *
   * @param year the statistics year
   * @param records the proceedings; those outside the year are ignored
   * @return the table
   */
  public static ReviewTable of(int year, Iterable<ReviewRecord> records) {
    requireNonNull(records, "records");
    LocalDate first = LocalDate.of(year, 1, 1);
    LocalDate last = LocalDate.of(year, 12, 31);
    int[] counts = new int[ReviewKind.values().length * RESULTS];
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
    return new ReviewTable(year, counts);
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
    return counts[kind.ordinal() * RESULTS + result.ordinal()];
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
    List<Finding> findings = new ArrayList<>(ReviewKind.values().length + 1);
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
        && Arrays.equals(counts, other.counts);
  }

  @Override
  public int hashCode() {
    return 31 * year + Arrays.hashCode(counts);
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
