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
   */
  public static Points of(BigDecimal value) {
    requireNonNull(value, "value");
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
   * Returns the points written as a decimal string, for example {@code "84.5"}.
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

  /** {@return the exact decimal, without trailing zeros, for example {@code 84.5} or {@code 100}} */
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
    return of(toBigDecimal().add(other.toBigDecimal()));
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
    return of(toBigDecimal().subtract(other.toBigDecimal()));
  }

  /**
   * Returns this times a factor, exactly, for example a weight of {@code 0.3} (30 %).
   *
   * @param factor the factor
   * @return the product
   */
  public Points times(BigDecimal factor) {
    requireNonNull(factor, "factor");
    return of(toBigDecimal().multiply(factor));
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
      return of(value.divide(d));
    } catch (ArithmeticException nonTerminating) {
      return of(value.divide(d, DIVISION_SCALE, RoundingMode.HALF_UP));
    }
  }

  /**
   * {@return the smaller of this and another value}
   *
   * @param other the other value
   */
  public Points min(Points other) {
    return compareTo(other) <= 0 ? this : other;
  }

  /**
   * {@return the larger of this and another value}
   *
   * @param other the other value
   */
  public Points max(Points other) {
    return compareTo(other) >= 0 ? this : other;
  }

  /** {@return whether this is below zero} */
  public boolean isNegative() {
    return big == null ? units < 0 : big.signum() < 0;
  }

  /** {@return whether this is above zero} */
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

  /** Returns the plain decimal without trailing zeros, for example {@code 84.5}. */
  @Override
  public String toString() {
    return toBigDecimal().toPlainString();
  }
}
