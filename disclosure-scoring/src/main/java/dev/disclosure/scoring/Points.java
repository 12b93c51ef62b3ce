package dev.disclosure.scoring;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
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
 */
public final class Points implements Comparable<Points> {

  /** The number of decimal places kept by a non-terminating division [convention]. */
  public static final int DIVISION_SCALE = 2;

  /** Zero points (零分). */
  public static final Points ZERO = new Points(BigDecimal.ZERO);

  private final BigDecimal value;

  private Points(BigDecimal value) {
    this.value = value;
  }

  /**
   * Returns the points for a decimal.
   *
   * @param value the number of points (分)
   * @return the points
   */
  public static Points of(BigDecimal value) {
    requireNonNull(value, "value");
    BigDecimal stripped = value.stripTrailingZeros();
    return new Points(stripped.scale() < 0 ? stripped.setScale(0) : stripped);
  }

  /**
   * Returns the points written as a decimal string, e.g. {@code "84.5"}.
   *
   * @param value the decimal text
   * @return the points
   * @throws NumberFormatException if the text is not a decimal
   */
  public static Points of(String value) {
    requireNonNull(value, "value");
    return of(new BigDecimal(value));
  }

  /**
   * Returns a whole number of points.
   *
   * @param value the number of points (分)
   * @return the points
   */
  public static Points of(long value) {
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

  /** Returns the exact decimal. */
  public BigDecimal toBigDecimal() {
    return value;
  }

  /**
   * Returns this plus another value.
   *
   * @param other the value added
   * @return the sum
   */
  public Points plus(Points other) {
    return of(value.add(other.value));
  }

  /**
   * Returns this minus another value.
   *
   * @param other the value subtracted
   * @return the difference
   */
  public Points minus(Points other) {
    return of(value.subtract(other.value));
  }

  /**
   * Returns this times a factor, exactly, e.g. a weight of {@code 0.3} (30 %).
   *
   * @param factor the factor
   * @return the product
   */
  public Points times(BigDecimal factor) {
    requireNonNull(factor, "factor");
    return of(value.multiply(factor));
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
    try {
      return of(value.divide(d));
    } catch (ArithmeticException nonTerminating) {
      return of(value.divide(d, DIVISION_SCALE, RoundingMode.HALF_UP));
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
    return value.signum() < 0;
  }

  /** Returns whether this is above zero. */
  public boolean isPositive() {
    return value.signum() > 0;
  }

  @Override
  public int compareTo(Points other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Points other && value.compareTo(other.value) == 0;
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Returns the plain decimal, e.g. {@code 84.5}. */
  @Override
  public String toString() {
    return value.toPlainString();
  }
}
