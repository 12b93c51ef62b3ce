package dev.disclosure.core.report;

import static java.util.Objects.requireNonNull;

import dev.disclosure.core.InvalidFactsException;
import dev.disclosure.core.InvalidFactsException.Problem;
import dev.disclosure.core.law.Rules;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One reconsideration or lawsuit about government-information disclosure (政府信息公开行政复议、行政诉讼案件): its
 * kind, the day it was filed (申请或起诉之日) and, once concluded (审结), the day and the result.
 *
 * <p>Immutable and thread-safe.
 */
public final class ReviewRecord {

  private final ReviewKind kind;
  private final LocalDate filedOn;
  private final LocalDate concludedOn;
  private final ReviewResult result;

  private ReviewRecord(
      ReviewKind kind, LocalDate filedOn, LocalDate concludedOn, ReviewResult result) {
    this.kind = kind;
    this.filedOn = filedOn;
    this.concludedOn = concludedOn;
    this.result = result;
  }

  /**
   * Returns a proceeding not yet concluded (尚未审结).
   *
   * @param kind the proceeding
   * @param filedOn the day it was filed
   * @return the record
   */
  public static ReviewRecord pending(ReviewKind kind, LocalDate filedOn) {
    requireNonNull(kind, "kind");
    requireNonNull(filedOn, "filedOn");
    return new ReviewRecord(kind, filedOn, null, ReviewResult.PENDING);
  }

  /**
   * Returns a concluded proceeding (已审结).
   *
   * @param kind the proceeding
   * @param filedOn the day it was filed
   * @param concludedOn the day it was concluded
   * @param result {@link ReviewResult#UPHELD}, {@link ReviewResult#CORRECTED} or {@link
   *     ReviewResult#OTHER}
   * @return the record
   * @throws InvalidFactsException if it concluded before it was filed or the result is not a result
   *     of a concluded proceeding
   */
  public static ReviewRecord concluded(
      ReviewKind kind, LocalDate filedOn, LocalDate concludedOn, ReviewResult result) {
    requireNonNull(kind, "kind");
    requireNonNull(filedOn, "filedOn");
    requireNonNull(concludedOn, "concludedOn");
    requireNonNull(result, "result");
    List<Problem> problems = new ArrayList<>();
    if (concludedOn.isBefore(filedOn)) {
      problems.add(
          new Problem(
              Rules.RPT_2, "concluded on " + concludedOn + " before it was filed on " + filedOn));
    }
    if (result == ReviewResult.PENDING || result == ReviewResult.TOTAL) {
      problems.add(
          new Problem(
              Rules.RPT_2,
              "a concluded proceeding's result is 结果维持, 结果纠正 or 其他结果; got " + result.label()));
    }
    InvalidFactsException.throwIfAny("review record", problems);
    return new ReviewRecord(kind, filedOn, concludedOn, result);
  }

  /** {@return the proceeding} */
  public ReviewKind kind() {
    return kind;
  }

  /** {@return the day it was filed} */
  public LocalDate filedOn() {
    return filedOn;
  }

  /** {@return the day it was concluded, if it was} */
  public Optional<LocalDate> concludedOn() {
    return Optional.ofNullable(concludedOn);
  }

  /** {@return the result, {@link ReviewResult#PENDING} while not concluded} */
  public ReviewResult result() {
    return result;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof ReviewRecord other
        && kind == other.kind
        && filedOn.equals(other.filedOn)
        && Objects.equals(concludedOn, other.concludedOn)
        && result == other.result;
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, filedOn, concludedOn, result);
  }

  /** Returns a one-line description, for example {@code ReviewRecord[行政复议, 2026-03-02 → 2026-05-06 结果维持]}. */
  @Override
  public String toString() {
    return "ReviewRecord["
        + kind.label()
        + ", "
        + filedOn
        + (concludedOn == null ? "" : " → " + concludedOn)
        + " "
        + result.label()
        + "]";
  }
}
