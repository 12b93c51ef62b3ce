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
  /** Why: a {@code String} as recorded, or a {@link Phrase} in both languages. */
  private final Object reason;

  private Extension(int amount, LocalDate grantedOn, Object reason) {
    this.amount = amount;
    this.grantedOn = grantedOn;
    this.reason = reason;
  }

  /**
   * Returns an extension.
   *
   * @param amount the added days, in the period's unit, at least 1
   * @param grantedOn the day the extension was approved
   * @param reason why, as recorded, e.g. {@code 需调取档案}
   * @return the extension
   * @throws IllegalPeriodException if {@code amount} is less than 1, or the reason is blank (a letter
   *     must say why the period was extended)
   */
  public static Extension of(int amount, LocalDate grantedOn, String reason) {
    requireNonNull(reason, "reason");
    return checked(amount, grantedOn, reason, reason.isBlank());
  }

  /**
   * Returns an extension whose reason the library words in both languages, for example {@code
   * Phrase.of("{0}；经负责人{1}同意", "{0}; approved by the head", "需调取档案", "李主任")}: a
   * deadline's findings then give it in the language they are rendered in (a Chinese value reads
   * "as recorded" in English, so the English may leave such a value out). Not equal to an
   * extension whose reason is the same words as text.
   *
   * @param amount the added days, in the period's unit, at least 1
   * @param grantedOn the day the extension was approved
   * @param reason why, in both languages
   * @return the extension
   * @throws IllegalPeriodException if {@code amount} is less than 1, or the reason's template is
   *     blank in either language
   */
  public static Extension of(int amount, LocalDate grantedOn, Phrase reason) {
    requireNonNull(reason, "reason");
    return checked(
        amount,
        grantedOn,
        reason,
        reason.chinese().isBlank() || reason.english().isBlank());
  }

  private static Extension checked(int amount, LocalDate grantedOn, Object reason, boolean blank) {
    requireNonNull(grantedOn, "grantedOn");
    if (blank) {
      throw new IllegalPeriodException(
          RuleId.CAL_4,
          "the extension granted "
              + grantedOn
              + " has a blank reason; say why the period was extended, e.g. 需调取档案");
    }
    if (amount < 1) {
      throw new IllegalPeriodException(
          RuleId.CAL_4,
          "an extension adds 1.." + Integer.MAX_VALUE + " days, got " + amount + " (granted " + grantedOn + ")");
    }
    return new Extension(amount, grantedOn, reason);
  }

  /** {@return the added days, in the period's unit} */
  public int amount() {
    return amount;
  }

  /** {@return the day the extension was approved} */
  public LocalDate grantedOn() {
    return grantedOn;
  }

  /**
   * {@return why the period was extended: as recorded, or a reason given in both languages
   * rendered in Chinese}
   */
  public String reason() {
    return reason instanceof Phrase phrase ? Language.CHINESE.render(phrase) : (String) reason;
  }

  /** The reason as a value of a finding: the text as recorded, or the phrase itself. */
  Object reasonValue() {
    return reason;
  }

  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    return obj instanceof Extension other
        && amount == other.amount
        && grantedOn.equals(other.grantedOn)
        && reason.equals(other.reason);
  }

  @Override
  public int hashCode() {
    return Objects.hash(amount, grantedOn, reason);
  }

  /** Returns a one-line description, for example {@code extended by 20 on 2026-10-30 (…)}. */
  @Override
  public String toString() {
    return "extended by " + amount + " on " + grantedOn + " (" + reason() + ")";
  }
}
