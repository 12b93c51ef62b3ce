package dev.disclosure.core.proactive;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One step taken in an {@link ApprovalChain} (审核记录): which step, by which office or person, on
 * which day.
 *
 * <p>Immutable and thread-safe; equal when step, actor and date are equal.
 */
public final class ApprovalRecord {

  private final ApprovalStep step;
  private final String actor;
  private final LocalDate date;

  ApprovalRecord(ApprovalStep step, String actor, LocalDate date) {
    this.step = step;
    this.actor = actor;
    this.date = date;
  }

  /** {@return the step taken} */
  public ApprovalStep step() {
    return step;
  }

  /** {@return the office or person who took it, for example {@code 综合科} or {@code 张某（副局长）}} */
  public String actor() {
    return actor;
  }

  /** {@return the day it was taken} */
  public LocalDate date() {
    return date;
  }

  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    return obj instanceof ApprovalRecord other
        && step == other.step
        && actor.equals(other.actor)
        && date.equals(other.date);
  }

  @Override
  public int hashCode() {
    return Objects.hash(step, actor, date);
  }

  /** Returns a one-line description, for example {@code 分管领导审核 by 张某 on 2026-09-29}. */
  @Override
  public String toString() {
    return step.label() + " by " + actor + " on " + date;
  }
}
