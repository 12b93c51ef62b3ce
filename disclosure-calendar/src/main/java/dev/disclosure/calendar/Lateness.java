package dev.disclosure.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Whether an act on a date met a {@link Deadline}, and if not by how many working days it was late
 * (逾期工作日数).
 *
 * <p>An act after the due date is late even when no working day lies between (a Saturday act on a
 * Friday deadline is late by 0 working days); {@link #isLate()} and {@link #workingDaysLate()} say
 * both. Immutable and thread-safe.
 */
public final class Lateness {

  private final LocalDate dueDate;
  private final LocalDate actedOn;
  private final int workingDaysLate;
  private final boolean late;
  private final boolean provisional;

  private Lateness(
      LocalDate dueDate, LocalDate actedOn, int workingDaysLate, boolean late, boolean provisional) {
    this.dueDate = dueDate;
    this.actedOn = actedOn;
    this.workingDaysLate = workingDaysLate;
    this.late = late;
    this.provisional = provisional;
  }

  static Lateness onTime(LocalDate dueDate, LocalDate actedOn, boolean provisional) {
    return new Lateness(dueDate, actedOn, 0, false, provisional);
  }

  static Lateness late(
      LocalDate dueDate, LocalDate actedOn, int workingDaysLate, boolean provisional) {
    return new Lateness(dueDate, actedOn, workingDaysLate, true, provisional);
  }

  /** {@return the due date} */
  public LocalDate dueDate() {
    return dueDate;
  }

  /** {@return the date of the act, or of evaluation} */
  public LocalDate actedOn() {
    return actedOn;
  }

  /** {@return whether the act came after the due date} */
  public boolean isLate() {
    return late;
  }

  /** {@return the working days in (due date, acted on]; zero when on time} */
  public int workingDaysLate() {
    return workingDaysLate;
  }

  /** {@return whether the answer rests on the calendar's provisional estimate (CAL-9)} */
  public boolean isProvisional() {
    return provisional;
  }

  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    return obj instanceof Lateness other
        && dueDate.equals(other.dueDate)
        && actedOn.equals(other.actedOn)
        && workingDaysLate == other.workingDaysLate
        && late == other.late
        && provisional == other.provisional;
  }

  @Override
  public int hashCode() {
    return Objects.hash(dueDate, actedOn, workingDaysLate, late, provisional);
  }

  /** Returns a one-line description, for example {@code late by 3 working days (due 2026-10-30, acted 2026-11-04)}. */
  @Override
  public String toString() {
    return (late ? "late by " + workingDaysLate + " working days" : "on time")
        + " (due "
        + dueDate
        + ", acted "
        + actedOn
        + ")"
        + (provisional ? " (provisional)" : "");
  }
}
