package dev.disclosure.calendar;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An extension of a period (延长期限), granted on a date, counted in the period's own unit.
 *
 * <p>Whether the extension is allowed (the period must permit one, the total stays within the
 * bound, it is granted no later than the current due date) is checked when it is added to a
 * {@link Deadline} under the period's extension rule.
 *
 * <p>Immutable and thread-safe.
 */
public final class Extension {

  private final int amount;
  private final LocalDate grantedOn;

  /** The recorded text, or null when the library worded the reason ({@link #described}). */
  private final String reason;

  private final Phrase described;

  private Extension(int amount, LocalDate grantedOn, String reason, Phrase described) {
    this.amount = amount;
    this.grantedOn = grantedOn;
    this.reason = reason;
    this.described = described;
  }

  /**
   * Returns an extension.
   *
   * @param amount the added days, in the period's unit, at least 1
   * @param grantedOn the day the extension was approved
   * @param reason why, as recorded, e.g. {@code 需调取档案}
   * @return the extension
   * @throws IllegalPeriodException if {@code amount} is less than 1
   */
  public static Extension of(int amount, LocalDate grantedOn, String reason) {
    requireNonNull(reason, "reason");
    return create(amount, grantedOn, reason, null);
  }

  /**
   * Returns an extension whose reason is worded in both languages, with the record's facts as its
   * values, e.g. who approved it and when the applicant was told; findings render it in English
   * too.
   *
   * @param amount the added days, in the period's unit, at least 1
   * @param grantedOn the day the extension was approved
   * @param reason why, in both languages
   * @return the extension, whose {@link #reason()} is the Chinese wording
   * @throws IllegalPeriodException if {@code amount} is less than 1
   */
  public static Extension of(int amount, LocalDate grantedOn, Phrase reason) {
    requireNonNull(reason, "reason");
    return create(amount, grantedOn, null, reason);
  }

  private static Extension create(
      int amount, LocalDate grantedOn, String reason, Phrase described) {
    requireNonNull(grantedOn, "grantedOn");
    if (amount < 1) {
      throw new IllegalPeriodException(
          RuleId.CAL_4,
          "an extension adds 1.." + Integer.MAX_VALUE + " days, got " + amount + " (granted " + grantedOn + ")");
    }
    return new Extension(amount, grantedOn, reason, described);
  }

  /** Returns the added days, in the period's unit. */
  public int amount() {
    return amount;
  }

  /** Returns the day the extension was approved. */
  public LocalDate grantedOn() {
    return grantedOn;
  }

  /** Returns why the period was extended, in Chinese. */
  public String reason() {
    return reason != null ? reason : Language.CHINESE.render(described);
  }

  /** The reason as a finding shows it: the bilingual phrase, or the recorded text. */
  Object reasonValue() {
    return described != null ? described : reason;
  }


  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    return obj instanceof Extension other
        && amount == other.amount
        && grantedOn.equals(other.grantedOn)
        && Objects.equals(reason, other.reason)
        && Objects.equals(described, other.described);
  }

  @Override
  public int hashCode() {
    return Objects.hash(amount, grantedOn, reason, described);
  }

  /** Returns e.g. {@code extended by 20 on 2026-10-30 (…)}. */
  @Override
  public String toString() {
    return "extended by " + amount + " on " + grantedOn + " (" + reason() + ")";
  }
}
