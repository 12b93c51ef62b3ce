package dev.disclosure.calendar;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One step in the explanation of a {@link Deadline} or of a rule built on one (期限计算步骤): what was applied, under which rule and
 * citations, and the due date that resulted.
 *
 * <p>Immutable and thread-safe.
 */
public final class DeadlineStep {

  private final String ruleId;
  private final String text;
  private final LocalDate dueDate;
  private final ImmutableList<Citation> citations;

  DeadlineStep(String ruleId, String text, LocalDate dueDate, List<Citation> citations) {
    this.ruleId = ruleId;
    this.text = text;
    this.dueDate = dueDate;
    this.citations = ImmutableList.copyOf(citations);
  }

  /**
   * Returns a step that sets or moves a due date, for rules built on top of the calendar (for
   * example a proactive-disclosure deadline deferred by a legal cause).
   *
   * @param ruleId the ID of the rule applied, e.g. {@code PRO-3}
   * @param text what was applied
   * @param dueDate the due date after this step
   * @param citations the provisions relied on
   * @return the step
   */
  public static DeadlineStep of(
      String ruleId, String text, LocalDate dueDate, List<Citation> citations) {
    requireNonNull(dueDate, "dueDate");
    return create(ruleId, text, dueDate, citations);
  }

  /**
   * Returns a step that records a fact of the history without moving the due date, such as who
   * publishes under which period.
   *
   * @param ruleId the ID of the rule applied
   * @param text what was recorded
   * @param citations the provisions relied on
   * @return the step
   */
  public static DeadlineStep of(String ruleId, String text, List<Citation> citations) {
    return create(ruleId, text, null, citations);
  }

  private static DeadlineStep create(
      String ruleId, String text, LocalDate dueDate, List<Citation> citations) {
    requireNonNull(ruleId, "ruleId");
    requireNonNull(text, "text");
    requireNonNull(citations, "citations");
    return new DeadlineStep(ruleId, text, dueDate, citations);
  }

  /** Returns the ID of the rule applied, e.g. {@code CAL-7}. */
  public String ruleId() {
    return ruleId;
  }

  /** Returns what was applied, e.g. {@code paused 2026-10-10..2026-10-20 (征求第三方意见): 6 working days not counted}. */
  public String text() {
    return text;
  }

  /** Returns the due date after this step, or empty for a step that only records history. */
  public Optional<LocalDate> dueDate() {
    return Optional.ofNullable(dueDate);
  }

  /** Returns the provisions relied on. */
  public List<Citation> citations() {
    return citations;
  }

  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    return obj instanceof DeadlineStep other
        && ruleId.equals(other.ruleId)
        && text.equals(other.text)
        && Objects.equals(dueDate, other.dueDate)
        && citations.equals(other.citations);
  }

  @Override
  public int hashCode() {
    return Objects.hash(ruleId, text, dueDate, citations);
  }

  /** Returns e.g. {@code [CAL-4] starts 2026-09-28 (not counted); 20 working days (P-REPLY-2019) → 2026-11-02 (依据《…》第三十三条)}. */
  @Override
  public String toString() {
    StringBuilder builder = new StringBuilder("[").append(ruleId).append("] ").append(text);
    if (dueDate != null) {
      builder.append(" → ").append(dueDate);
    }
    if (!citations.isEmpty()) {
      builder.append(" (");
      for (int i = 0; i < citations.size(); i++) {
        builder.append(i == 0 ? "" : "; ").append(citations.get(i).toReference());
      }
      builder.append(")");
    }
    return builder.toString();
  }
}
