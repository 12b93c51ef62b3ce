package dev.disclosure.calendar;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.regex.Pattern;

/**
 * The ID of a rule in the rules catalog (规则编号), such as {@code CAL-4}, {@code REQ-6} or {@code
 * P-REPLY-2019}: what every {@link Finding} and every refusal names, as a value rather than a string
 * to parse.
 *
 * <p>The calendar's own counting rules are constants here ({@link #CAL_4} …); the rules of
 * disclosure law are constants of {@code dev.disclosure.core.law.Rules}. A caller's own rule (for
 * example a county's detailed scoring rules) is {@link #of(String)}.
 *
 * <p>Immutable, thread-safe and serializable (exceptions carry it); two IDs are equal when their
 * text is equal.
 */
public final class RuleId implements Comparable<RuleId>, Serializable {

  private static final long serialVersionUID = 1L;

  private static final Pattern FORM = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)*");

  /** CAL-1: a working day (工作日). */
  public static final RuleId CAL_1 = new RuleId("CAL-1");
  /** CAL-2: the kinds of day. */
  public static final RuleId CAL_2 = new RuleId("CAL-2");
  /** CAL-3: the statutory holidays by law. */
  public static final RuleId CAL_3 = new RuleId("CAL-3");
  /** CAL-4: counting working days; the start day is not counted. */
  public static final RuleId CAL_4 = new RuleId("CAL-4");
  /** CAL-5: counting calendar days; an end on a rest day moves to the next working day. */
  public static final RuleId CAL_5 = new RuleId("CAL-5");
  /** CAL-6: counting words (以上、以下、不满 …). */
  public static final RuleId CAL_6 = new RuleId("CAL-6");
  /** CAL-7: time not counted in a period (pauses). */
  public static final RuleId CAL_7 = new RuleId("CAL-7");
  /** CAL-8: a restart replaces the start date. */
  public static final RuleId CAL_8 = new RuleId("CAL-8");
  /** CAL-9: a date outside the data is never answered silently. */
  public static final RuleId CAL_9 = new RuleId("CAL-9");
  /** CAL-10: the estimate beyond the data follows the law. */
  public static final RuleId CAL_10 = new RuleId("CAL-10");
  /** CAL-11: the State Council's holiday notice as input. */
  public static final RuleId CAL_11 = new RuleId("CAL-11");

  /** The ID as written in the catalog, such as {@code CAL-4}. */
  private final String id;

  private RuleId(String id) {
    this.id = id;
  }

  /**
   * Returns the ID with the given text.
   *
   * @param id the ID: upper-case letters and digits in parts joined by hyphens, e.g. {@code REQ-6}
   *     or {@code P-REPLY-2019}
   * @return the rule ID
   * @throws IllegalArgumentException if {@code id} does not have that form
   */
  public static RuleId of(String id) {
    requireNonNull(id, "id");
    if (id.length() > 64 || !FORM.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "rule ID '"
              + (id.length() > 64 ? id.substring(0, 64) + "…" : id)
              + "' is not of the catalog's form: upper-case letters and digits in parts joined by"
              + " hyphens, at most 64 characters, e.g. REQ-6 or P-REPLY-2019");
    }
    return new RuleId(id);
  }

  /** {@return the ID's text, for example {@code CAL-4}} */
  public String id() {
    return id;
  }

  @Override
  public int compareTo(RuleId other) {
    return id.compareTo(other.id);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof RuleId other && id.equals(other.id);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  /** Returns the ID's text, for example {@code CAL-4}. */
  @Override
  public String toString() {
    return id;
  }
}
