package dev.disclosure.scoring;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

/**
 * A number of points (分值), exact: a decimal, never binary floating point (SC-8). Half and tenth
 * points, weights such as 30 % and averages are represented exactly.
 *
 * <p>Immutable and thread-safe. Two values are equal when they denote the same number, whatever
 * their scale: {@code 84.50} equals {@code 84.5}.
 *
 * <p><b>[convention]</b> A division that does not terminate (an average of three values, a
 * questionnaire share) is rounded half-up to {@value #DIVISION_SCALE} decimal places; every other
 * operation is exact.
 *
 * <p><b>Range [convention].</b> A value given to {@link #of(BigDecimal)}, {@link #of(String)} or as
 * a factor to {@link #times} has at most {@value #MAX_INTEGER_DIGITS} digits before the decimal
 * point (every {@code long} fits) and at most {@value #MAX_DECIMAL_PLACES} after it, once trailing
 * zeros are dropped; text is at most {@value #MAX_TEXT_LENGTH} characters. Rubrics score 0 to 100
 * points in halves and tenths, and weights and shares need a few decimal places: the range holds
 * every value they can need, and every check is done before any costly arithmetic, so a value such
 * as {@code 1e999999999} is refused at once instead of being expanded. Sums, differences, products
 * and quotients of values in range stay exact.
 */
public final class Points implements Comparable<Points> {

  /** The number of decimal places kept by a non-terminating division [convention]. */
  public static final int DIVISION_SCALE = 2;

  /** The most digits before the decimal point of a value given by a caller. */
  public static final int MAX_INTEGER_DIGITS = 19;

  /** The most digits after the decimal point of a value given by a caller, trailing zeros dropped. */
  public static final int MAX_DECIMAL_PLACES = 19;

  /** The longest decimal text {@link #of(String)} reads. */
  public static final int MAX_TEXT_LENGTH = 100;

  /** Zero points (零分). */
  public static final Points ZERO = new Points(0L, null);

  /** Values with at most this many decimal places are held as a scaled {@code long}. */
  private static final int COMPACT_SCALE = 4;

  /**
   * The value times 10^4 when the value has at most four decimal places and fits; otherwise
   * unused. Every value that fits is held this way, so the representation is canonical.
   */
  private final long units;

  /** The value, without trailing zeros, when it does not fit {@link #units}; otherwise null. */
  private final BigDecimal big;

  private Points(long units, BigDecimal big) {
    this.units = units;
    this.big = big;
  }

  /**
   * Returns the points for a decimal.
   *
   * @param value the number of points (分)
   * @return the points
   * @throws IllegalArgumentException if the value has more than {@value #MAX_INTEGER_DIGITS} digits
   *     before or more than {@value #MAX_DECIMAL_PLACES} after the decimal point
   */
  public static Points of(BigDecimal value) {
    return exact(checked(value, "value"));
  }

  /**
   * Returns a value a caller gave once it is known to lie in range, checking the digits before the
   * point first, then (on at most {@code MAX_INTEGER_DIGITS + MAX_DECIMAL_PLACES} digits, so the
   * work is bounded) the places after it.
   */
  private static BigDecimal checked(BigDecimal value, String name) {
    requireNonNull(value, name);
    if (!inRange(value)) {
      throw new IllegalArgumentException(
          name
              + " "
              + shown(value)
              + " is outside the points a rubric can need: give at most "
              + MAX_INTEGER_DIGITS
              + " digits before and "
              + MAX_DECIMAL_PLACES
              + " after the decimal point");
    }
    return value.signum() == 0 ? BigDecimal.ZERO : value;
  }

  /**
   * Returns whether a decimal lies in the range of values a caller may give (see the class
   * comment), at a cost bounded whatever the decimal.
   */
  static boolean inRange(BigDecimal value) {
    if (value.signum() == 0) {
      return true;
    }
    int precision = value.precision();
    return (long) precision - value.scale() <= MAX_INTEGER_DIGITS
        && precision <= MAX_TEXT_LENGTH
        && value.stripTrailingZeros().scale() <= MAX_DECIMAL_PLACES;
  }

  /**
   * Returns a decimal as a message shows it: plain when short, in scientific notation when its
   * exponent is large, rounded to ten digits (with its length) when it is long.
   */
  static String shown(BigDecimal value) {
    if (value.precision() > MAX_TEXT_LENGTH) {
      return value.round(new MathContext(10)) + " (" + value.precision() + " digits)";
    }
    return Math.abs((long) value.scale()) <= MAX_TEXT_LENGTH
        ? value.toPlainString()
        : value.toString();
  }

  /** Returns the points for an exact result of arithmetic on values in range. */
  private static Points exact(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    if (stripped.scale() <= COMPACT_SCALE) {
      try {
        return new Points(stripped.setScale(COMPACT_SCALE).unscaledValue().longValueExact(), null);
      } catch (ArithmeticException tooLarge) {
        // held as a BigDecimal below
      }
    }
    return new Points(0L, stripped.scale() < 0 ? stripped.setScale(0) : stripped);
  }

  /**
   * Returns the points written as a decimal string, e.g. {@code "84.5"}.
   *
   * @param value the decimal text
   * @return the points
   * @throws NumberFormatException if the text is not a decimal or is longer than {@value
   *     #MAX_TEXT_LENGTH} characters
   * @throws IllegalArgumentException if the value has more than {@value #MAX_INTEGER_DIGITS} digits
   *     before or more than {@value #MAX_DECIMAL_PLACES} after the decimal point
   */
  public static Points of(String value) {
    requireNonNull(value, "value");
    if (value.length() > MAX_TEXT_LENGTH) {
      throw new NumberFormatException(
          "points text of "
              + value.length()
              + " characters (\""
              + value.substring(0, 20)
              + "…\") is longer than "
              + MAX_TEXT_LENGTH
              + "; give a decimal such as \"84.5\"");
    }
    BigDecimal decimal;
    try {
      decimal = new BigDecimal(value);
    } catch (NumberFormatException e) {
      throw new NumberFormatException(
          "points text \"" + value + "\" is not a decimal; give e.g. \"84.5\"");
    }
    return of(decimal);
  }

  /**
   * Returns a whole number of points.
   *
   * @param value the number of points (分)
   * @return the points
   */
  public static Points of(long value) {
    if (value > -Long.MAX_VALUE / 10_000 && value < Long.MAX_VALUE / 10_000) {
      return new Points(value * 10_000, null);
    }
    return of(BigDecimal.valueOf(value));
  }

  /**
   * Returns the arithmetic mean (平均) of the values, exact when the division terminates.
   *
   * @param values at least one value
   * @return the mean
   * @throws IllegalArgumentException if there is no value
   */
  public static Points mean(List<Points> values) {
    requireNonNull(values, "values");
    if (values.isEmpty()) {
      throw new IllegalArgumentException("a mean (平均) needs at least one value");
    }
    Points sum = ZERO;
    for (Points p : values) {
      sum = sum.plus(requireNonNull(p, "values element"));
    }
    return sum.dividedBy(values.size());
  }

  /** Returns the exact decimal, without trailing zeros, e.g. {@code 84.5} or {@code 100}. */
  public BigDecimal toBigDecimal() {
    if (big != null) {
      return big;
    }
    BigDecimal stripped = BigDecimal.valueOf(units, COMPACT_SCALE).stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /**
   * Returns this plus another value.
   *
   * @param other the value added
   * @return the sum
   */
  public Points plus(Points other) {
    if (big == null && other.big == null) {
      long sum = units + other.units;
      if (((units ^ sum) & (other.units ^ sum)) >= 0) {
        return new Points(sum, null);
      }
    }
    return exact(toBigDecimal().add(other.toBigDecimal()));
  }

  /**
   * Returns this minus another value.
   *
   * @param other the value subtracted
   * @return the difference
   */
  public Points minus(Points other) {
    if (big == null && other.big == null) {
      long difference = units - other.units;
      if (((units ^ other.units) & (units ^ difference)) >= 0) {
        return new Points(difference, null);
      }
    }
    return exact(toBigDecimal().subtract(other.toBigDecimal()));
  }

  /**
   * Returns this times a factor, exactly, e.g. a weight of {@code 0.3} (30 %).
   *
   * @param factor the factor
   * @return the product
   * @throws IllegalArgumentException if the factor has more than {@value #MAX_INTEGER_DIGITS}
   *     digits before or more than {@value #MAX_DECIMAL_PLACES} after the decimal point
   */
  public Points times(BigDecimal factor) {
    return exact(toBigDecimal().multiply(checked(factor, "factor")));
  }

  /**
   * Returns this divided by a positive count: exact when it terminates, else rounded half-up to
   * {@value #DIVISION_SCALE} places [convention].
   *
   * @param divisor the count, positive
   * @return the quotient
   */
  public Points dividedBy(long divisor) {
    if (divisor <= 0) {
      throw new IllegalArgumentException("divisor must be positive, was " + divisor);
    }
    BigDecimal d = BigDecimal.valueOf(divisor);
    BigDecimal value = toBigDecimal();
    try {
      return exact(value.divide(d));
    } catch (ArithmeticException nonTerminating) {
      return exact(value.divide(d, DIVISION_SCALE, RoundingMode.HALF_UP));
    }
  }

  /** Returns the smaller of this and another value. */
  public Points min(Points other) {
    return compareTo(other) <= 0 ? this : other;
  }

  /** Returns the larger of this and another value. */
  public Points max(Points other) {
    return compareTo(other) >= 0 ? this : other;
  }

  /** Returns whether this is below zero. */
  public boolean isNegative() {
    return big == null ? units < 0 : big.signum() < 0;
  }

  /** Returns whether this is above zero. */
  public boolean isPositive() {
    return big == null ? units > 0 : big.signum() > 0;
  }

  @Override
  public int compareTo(Points other) {
    if (big == null && other.big == null) {
      return Long.compare(units, other.units);
    }
    return toBigDecimal().compareTo(other.toBigDecimal());
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Points other && compareTo(other) == 0;
  }

  @Override
  public int hashCode() {
    return big == null ? Long.hashCode(units) : big.hashCode();
  }

  /** Returns the plain decimal without trailing zeros, e.g. {@code 84.5}. */
  @Override
  public String toString() {
    return toBigDecimal().toPlainString();
  }
}
