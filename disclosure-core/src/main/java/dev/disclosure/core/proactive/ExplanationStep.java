package dev.disclosure.core.proactive;

import com.google.common.collect.ImmutableList;
import dev.disclosure.calendar.Citation;
import dev.disclosure.calendar.DeadlineStep;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One step in the explanation of a publication deadline (主动公开期限的计算步骤): the rule applied, what it
 * did, the due date after it and the provisions relied on. The calendar's own counting steps appear
 * here unchanged, beside the steps of proactive disclosure.
 *
 * <p>Immutable and thread-safe; equal when rule, text, due date and citations are equal.
 */
public final class ExplanationStep {

  private final String ruleId;
  private final String text;
  private final LocalDate dueDate;
  private final ImmutableList<Citation> citations;

  ExplanationStep(String ruleId, String text, LocalDate dueDate, List<Citation> citations) {
    this.ruleId = ruleId;
    this.text = text;
    this.dueDate = dueDate;
    this.citations = ImmutableList.copyOf(citations);
  }

  static ExplanationStep of(DeadlineStep step) {
    return new ExplanationStep(
        step.ruleId(), step.text(), step.dueDate().orElse(null), step.citations());
  }

  /** Returns the ID of the rule applied, e.g. {@code PRO-3} or {@code CAL-4}. */
  public String ruleId() {
    return ruleId;
  }

  /** Returns what the step did, in words. */
  public String text() {
    return text;
  }

  /** Returns the due date after this step, or empty for a step that only states a fact. */
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
    return obj instanceof ExplanationStep other
        && ruleId.equals(other.ruleId)
        && text.equals(other.text)
        && Objects.equals(dueDate, other.dueDate)
        && citations.equals(other.citations);
  }

  @Override
  public int hashCode() {
    return Objects.hash(ruleId, text, dueDate, citations);
  }

  /** Returns e.g. {@code [PRO-3] … → 2026-10-30 (依据《…》…)}, like the calendar's steps. */
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
