package dev.disclosure.core.exemption;

import com.google.common.collect.ImmutableList;
import dev.disclosure.calendar.Citation;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Whether an item may be published on a date after its review (先审查后公开, EX-6), and if not, why not:
 * the obstacles, each with its rule ID; the steps of the reasoning; and the provisions relied on.
 * Obtained from {@link ReviewChain#publicationOn}.
 *
 * <p>Immutable and thread-safe; equal when all parts are equal.
 */
public final class PublicationCheck {

  private final LocalDate date;
  private final ImmutableList<String> obstacles;
  private final ImmutableList<String> steps;
  private final ImmutableList<Citation> citations;

  PublicationCheck(
      LocalDate date, List<String> obstacles, List<String> steps, List<Citation> citations) {
    this.date = date;
    this.obstacles = ImmutableList.copyOf(obstacles);
    this.steps = ImmutableList.copyOf(steps);
    this.citations = ImmutableList.copyOf(citations);
  }

  /** Returns the date asked about. */
  public LocalDate date() {
    return date;
  }

  /** Returns whether the item may be published on the date (可以公开). */
  public boolean isAllowed() {
    return obstacles.isEmpty();
  }

  /**
   * Returns why the item may not be published yet, each starting with its rule ID; empty if
   * allowed.
   */
  public List<String> obstacles() {
    return obstacles;
  }

  /** Returns every step of the reasoning, obstacles included, each starting with its rule ID. */
  public List<String> steps() {
    return steps;
  }

  /** Returns the provisions relied on, never empty. */
  public List<Citation> citations() {
    return citations;
  }

  /**
   * Returns the reasoning as text, one step per line.
   *
   * @return the explanation
   */
  public String explain() {
    return String.join("\n", steps);
  }

  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    return obj instanceof PublicationCheck other
        && date.equals(other.date)
        && obstacles.equals(other.obstacles)
        && steps.equals(other.steps)
        && citations.equals(other.citations);
  }

  @Override
  public int hashCode() {
    return Objects.hash(date, obstacles, steps, citations);
  }

  /** Returns e.g. {@code publication on 2026-10-12: not allowed}, then the steps. */
  @Override
  public String toString() {
    return "publication on "
        + date
        + ": "
        + (isAllowed() ? "allowed" : "not allowed")
        + "\n"
        + explain();
  }
}
