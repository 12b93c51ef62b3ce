package dev.disclosure.scoring;

import static java.util.Objects.requireNonNull;

/**
 * A rate in percent (比率) recorded under a rate rule, exact — 18 of 19 is {@code 1800/19} percent,
 * not a truncated 94.73 — with how it was obtained.
 *
 * @param percent the rate in percent, at least zero
 * @param basis how it was obtained, in Chinese, with its figures
 */
public record Rate(Points percent, String basis) {

  /**
   * Checks the values.
   *
   * @throws IllegalArgumentException if the rate is negative or the basis blank
   * @param percent the rate in percent, at least zero
   * @param basis how it was obtained, in Chinese, with its figures
   */
  public Rate {
    requireNonNull(percent, "percent");
    requireNonNull(basis, "basis");
    if (percent.isNegative() || basis.isBlank()) {
      throw new IllegalArgumentException(
          "a rate of " + percent + "% must not be negative and needs its basis (SC-8)");
    }
  }

  /**
   * Returns the rate {@code part ÷ whole × 100}, exact.
   *
   * @param part the count achieved, at least zero
   * @param whole the count it is out of, positive and at least {@code part}
   * @param label what is counted, e.g. {@code 办结率}
   * @return the rate, its basis stating both counts and the exact percent
   * @throws IllegalArgumentException if the counts are out of order
   */
  public static Rate of(long part, long whole, String label) {
    requireNonNull(label, "label");
    if (part < 0 || whole <= 0 || part > whole) {
      throw new IllegalArgumentException(
          label + ": " + part + " of " + whole + " is not a rate; need 0 <= part <= whole, whole > 0");
    }
    Points percent = Points.fraction(part, whole).times(100);
    return new Rate(percent, label + "：" + part + "/" + whole + " = " + percent + "%"
        + (percent.isDecimal() ? "" : "（约" + percent.rounded(4, java.math.RoundingMode.HALF_UP) + "%）"));
  }
}
