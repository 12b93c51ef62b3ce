package dev.disclosure.core.exemption;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.disclosure.calendar.Citation;
import dev.disclosure.calendar.Finding;
import dev.disclosure.calendar.FindingKind;
import dev.disclosure.calendar.Language;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Whether an item may be published on a date after its review (先审查后公开, EX-6), and if not, why not:
 * the findings of the check, among them the obstacles ({@link FindingKind#BROKEN}: publishing on
 * the date would break their rule), and the provisions relied on. Obtained from {@link
 * ReviewChain#publicationOn}.
 *
 * <p>A late opinion of the secrecy review body is a {@link FindingKind#BROKEN} finding of
 * P-SECRECY-REVIEW but no obstacle: the lateness does not stop publication once the review is
 * complete.
 *
 * <p>Immutable and thread-safe; equal when all parts are equal.
 */
public final class PublicationCheck {

  private final LocalDate date;
  private final ImmutableList<Finding> obstacles;
  private final ImmutableList<Finding> findings;
  private final ImmutableList<Citation> citations;

  PublicationCheck(
      LocalDate date, List<Finding> obstacles, List<Finding> findings, List<Citation> citations) {
    this.date = date;
    this.obstacles = ImmutableList.copyOf(obstacles);
    this.findings = ImmutableList.copyOf(findings);
    this.citations = ImmutableList.copyOf(citations);
  }

  /** {@return the date asked about} */
  public LocalDate date() {
    return date;
  }

  /** {@return whether the item may be published on the date (可以公开)} */
  public boolean isAllowed() {
    return obstacles.isEmpty();
  }

  /**
   * {@return why the item may not be published yet, each a {@link FindingKind#BROKEN} finding with
   * its rule; empty if allowed}
   */
  public List<Finding> obstacles() {
    return obstacles;
  }

  /** {@return every finding of the check, obstacles included, in order} */
  public List<Finding> findings() {
    return findings;
  }

  /** {@return the provisions relied on, never empty} */
  public List<Citation> citations() {
    return citations;
  }

  /**
   * Returns the reasoning in Chinese, one finding per line.
   *
   * @return the explanation
   */
  public String explain() {
    return Language.CHINESE.render(findings);
  }

  /**
   * Returns the reasoning in a language, one finding per line.
   *
   * @param language Chinese or English
   * @return the explanation
   */
  public String explain(Language language) {
    requireNonNull(language, "language");
    return language.render(findings);
  }

  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    return obj instanceof PublicationCheck other
        && date.equals(other.date)
        && obstacles.equals(other.obstacles)
        && findings.equals(other.findings)
        && citations.equals(other.citations);
  }

  @Override
  public int hashCode() {
    return Objects.hash(date, obstacles, findings, citations);
  }

  /**
   * Returns a one-line description, {@code 2026年10月12日暂不得公开} or {@code 2026年10月12日可以公开}, then
   * the findings in Chinese ({@link #explain()}) on the following lines.
   */
  @Override
  public String toString() {
    return Language.CHINESE.format(date)
        + (isAllowed() ? "可以公开" : "暂不得公开")
        + "\n"
        + explain();
  }
}
