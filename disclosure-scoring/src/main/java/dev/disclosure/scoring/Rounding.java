package dev.disclosure.scoring;

import static java.util.Objects.requireNonNull;

import java.math.RoundingMode;
import java.util.Optional;

/**
 * How a rubric rounds (取舍): not at all, or to a number of decimal places half-up (四舍五入) or
 * down (舍去). Applied once, to an exact value — never to intermediate results.
 *
 * <p>Immutable value.
 *
 * @param places the decimal places, empty for no rounding
 * @param mode the rounding mode, {@link RoundingMode#HALF_UP} or {@link RoundingMode#DOWN}
 */
public record Rounding(Optional<Integer> places, RoundingMode mode) {

  /** No rounding: exact values throughout. */
  public static final Rounding NONE = new Rounding(Optional.empty(), RoundingMode.UNNECESSARY);

  /**
   * Checks the values.
   *
   * @throws IllegalArgumentException if the places are outside 0 to {@value
   *     Points#MAX_FRACTION_DIGITS}, or the mode is neither half-up nor down when rounding
   * @param places the decimal places, empty for no rounding
   * @param mode the rounding mode, {@link RoundingMode#HALF_UP} or {@link RoundingMode#DOWN}
   */
  public Rounding {
    requireNonNull(places, "places");
    requireNonNull(mode, "mode");
    if (places.isPresent()) {
      int p = places.get();
      if (p < 0 || p > Points.MAX_FRACTION_DIGITS) {
        throw new IllegalArgumentException(
            "rounding to " + p + " places; 0 to " + Points.MAX_FRACTION_DIGITS + " are accepted");
      }
      if (mode != RoundingMode.HALF_UP && mode != RoundingMode.DOWN) {
        throw new IllegalArgumentException(
            "a rubric rounds half-up (四舍五入) or down (舍去), not " + mode);
      }
    } else if (mode != RoundingMode.UNNECESSARY) {
      throw new IllegalArgumentException("no rounding takes RoundingMode.UNNECESSARY, not " + mode);
    }
  }

  /**
   * Returns half-up rounding (四舍五入) to a number of places.
   *
   * @param places the decimal places
   * @return the rounding
   */
  public static Rounding halfUp(int places) {
    return new Rounding(Optional.of(places), RoundingMode.HALF_UP);
  }

  /**
   * Returns rounding down (舍去) to a number of places.
   *
   * @param places the decimal places
   * @return the rounding
   */
  public static Rounding down(int places) {
    return new Rounding(Optional.of(places), RoundingMode.DOWN);
  }

  /**
   * Applies the rounding.
   *
   * @param exact the exact value
   * @return the rounded value, or the value itself with no rounding
   */
  public Points apply(Points exact) {
    requireNonNull(exact, "exact");
    return places.isEmpty() ? exact : exact.rounded(places.get(), mode);
  }

  /** Returns the smallest step between rounded values, or empty with no rounding. */
  Optional<Points> step() {
    return places.map(p -> Points.of(java.math.BigDecimal.ONE.movePointLeft(p)));
  }

  /** {@return the rounding in Chinese, e.g. {@code 四舍五入保留2位小数}, or {@code 不取舍}} */
  public String label() {
    if (places.isEmpty()) {
      return "不取舍";
    }
    return (mode == RoundingMode.HALF_UP ? "四舍五入" : "舍去") + "保留" + places.get() + "位小数";
  }
}
