package dev.disclosure.calendar;

import static java.util.Objects.requireNonNull;

/**
 * The counting words of the Civil Code (CAL-6, 《民法典》第一千二百五十九条, cited by {@link
 * CountingRules#CIVIL_CODE_ART_1259}): whether a bound such as "85分以上" or "20个工作日内"
 * includes the number itself.
 *
 * <p>以上、以下、以内、届满 include the number; 不满、超过、以外 do not. So "85分以上" holds for 85,
 * "不满60分" does not hold for 60.
 */
public enum CountingWord {
  /** 以上: at least the number (≥). */
  AT_OR_ABOVE("以上", true, 1),
  /** 以下: at most the number (≤). */
  AT_OR_BELOW("以下", true, -1),
  /** 以内: within the number (≤). */
  WITHIN("以内", true, -1),
  /** 届满: the number is reached (≥). */
  EXPIRED("届满", true, 1),
  /** 不满: less than the number (&lt;). */
  LESS_THAN("不满", false, -1),
  /** 超过: more than the number (&gt;). */
  MORE_THAN("超过", false, 1),
  /** 以外: beyond the number (&gt;). */
  BEYOND("以外", false, 1);

  private final String label;
  private final boolean includesNumber;
  private final int direction;

  CountingWord(String label, boolean includesNumber, int direction) {
    this.label = label;
    this.includesNumber = includesNumber;
    this.direction = direction;
  }

  /** {@return the Chinese word, for example {@code 以上}} */
  public String label() {
    return label;
  }

  /** {@return whether the word includes the number itself (包括本数)} */
  public boolean includesNumber() {
    return includesNumber;
  }

  /**
   * Returns whether a value satisfies "number + word", for example whether a score of 85 is "85分以上".
   *
   * @param <T> the type compared, such as {@link java.math.BigDecimal} or {@link java.time.LocalDate}
   * @param value the value to test
   * @param number the number the word is attached to
   * @return true if the value satisfies the bound
   */
  public <T extends Comparable<? super T>> boolean test(T value, T number) {
    requireNonNull(value, "value");
    requireNonNull(number, "number");
    int comparison = Integer.signum(value.compareTo(number));
    return comparison == 0 ? includesNumber : comparison == direction;
  }
}
