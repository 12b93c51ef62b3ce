package dev.disclosure.scoring;

import static java.util.Objects.requireNonNull;

import dev.disclosure.calendar.Phrase;
import dev.disclosure.calendar.Quantity;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;

/**
 * A number of points (分值), exact: a fraction of integers, never binary floating point (SC-8).
 * Half and tenth points, weights such as 30 % or a third, means of three values and questionnaire
 * shares are all held exactly; nothing is rounded until a rubric says so ({@link Rounding}).
 *
 * <p>Immutable and thread-safe. Two values are equal when they denote the same number, whatever
 * they were written as: {@code 84.50} equals {@code 84.5}, {@code 1/2} equals {@code 0.5}.
 *
 * <p>Text and decimals are bounded so that a value arrives promptly: {@link #of(String)} and {@link
 * #of(BigDecimal)} accept at most {@value #MAX_INTEGER_DIGITS} integer digits and {@value
 * #MAX_FRACTION_DIGITS} fraction digits (after trailing zeros are dropped), and text of at most
 * {@value #MAX_TEXT_LENGTH} characters. Arithmetic on accepted values is exact and never
 * overflows.
 */
public final class Points implements Comparable<Points> {

  /** The most integer digits {@link #of(BigDecimal)} and {@link #of(String)} accept. */
  public static final int MAX_INTEGER_DIGITS = 30;

  /** The most fraction digits (after trailing zeros are dropped) the parsers accept. */
  public static final int MAX_FRACTION_DIGITS = 30;

  /** The most digits, trailing zeros included, {@link #of(BigDecimal)} reads. */
  public static final int MAX_WRITTEN_DIGITS = 100;

  /** The longest text {@link #of(String)} accepts. */
  public static final int MAX_TEXT_LENGTH = 100;

  /** Zero points (零分). */
  public static final Points ZERO = new Points(0L, 1L, null, null);

  private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
  private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

  /** Numerator and denominator (positive, coprime) when both fit a long; else bigNum/bigDen. */
  private final long num;

  private final long den;
  private final BigInteger bigNum;
  private final BigInteger bigDen;

  private Points(long num, long den, BigInteger bigNum, BigInteger bigDen) {
    this.num = num;
    this.den = den;
    this.bigNum = bigNum;
    this.bigDen = bigDen;
  }

  /**
   * Returns a whole number of points.
   *
   * @param value the number of points (分), any long
   * @return the points
   */
  public static Points of(long value) {
    return value == 0 ? ZERO : new Points(value, 1L, null, null);
  }

  /**
   * Returns the points for a decimal.
   *
   * @param value the number of points (分)
   * @return the points
   * @throws IllegalArgumentException if the value has more than {@value #MAX_INTEGER_DIGITS}
   *     integer digits or more than {@value #MAX_FRACTION_DIGITS} fraction digits
   */
  public static Points of(BigDecimal value) {
    requireNonNull(value, "value");
    if (value.signum() == 0) {
      return ZERO;
    }
    // precision and scale are read before any arithmetic: 1E+999999999 is refused at once
    long integerDigits = (long) value.precision() - value.scale();
    if (integerDigits > MAX_INTEGER_DIGITS) {
      throw new IllegalArgumentException(
          "points "
              + abbreviate(value)
              + " have "
              + integerDigits
              + " integer digits; at most "
              + MAX_INTEGER_DIGITS
              + " are accepted (SC-8)");
    }
    if (value.precision() > MAX_WRITTEN_DIGITS) {
      throw new IllegalArgumentException(
          "points "
              + abbreviate(value)
              + " are written with "
              + value.precision()
              + " digits; at most "
              + MAX_WRITTEN_DIGITS
              + " are accepted (SC-8)");
    }
    BigDecimal stripped = value.stripTrailingZeros();
    if (stripped.scale() > MAX_FRACTION_DIGITS) {
      throw new IllegalArgumentException(
          "points "
              + abbreviate(value)
              + " have "
              + stripped.scale()
              + " fraction digits; at most "
              + MAX_FRACTION_DIGITS
              + " are accepted (SC-8)");
    }
    if (stripped.scale() <= 0) {
      return ofBig(stripped.toBigIntegerExact(), BigInteger.ONE);
    }
    return ofBig(stripped.unscaledValue(), BigInteger.TEN.pow(stripped.scale()));
  }

  /**
   * Returns the points written as a decimal, e.g. {@code "84.5"}, {@code "1E+2"}.
   *
   * @param value the decimal text
   * @return the points
   * @throws NumberFormatException if the text is not a decimal, is longer than {@value
   *     #MAX_TEXT_LENGTH} characters or has more digits than {@link #of(BigDecimal)} accepts
   */
  public static Points of(String value) {
    requireNonNull(value, "value");
    if (value.length() > MAX_TEXT_LENGTH) {
      throw new NumberFormatException(
          "points text of "
              + value.length()
              + " characters ("
              + value.substring(0, 20)
              + "…); at most "
              + MAX_TEXT_LENGTH
              + " are accepted (SC-8)");
    }
    BigDecimal decimal;
    try {
      decimal = new BigDecimal(value.strip());
    } catch (NumberFormatException e) {
      throw new NumberFormatException(
          "'" + value + "' is not a decimal number of points, e.g. 84.5 (SC-8)");
    }
    try {
      return of(decimal);
    } catch (IllegalArgumentException e) {
      NumberFormatException n = new NumberFormatException(e.getMessage());
      n.initCause(e);
      throw n;
    }
  }

  /**
   * Returns the exact fraction {@code numerator / denominator}, e.g. a third: {@code fraction(1,
   * 3)}.
   *
   * @param numerator the numerator
   * @param denominator the denominator, not zero
   * @return the points
   * @throws IllegalArgumentException if the denominator is zero
   */
  public static Points fraction(long numerator, long denominator) {
    if (denominator == 0) {
      throw new IllegalArgumentException(
          "a fraction of points needs a non-zero denominator; was " + numerator + "/0 (SC-8)");
    }
    return ofBig(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
  }

  /**
   * Returns the arithmetic mean (平均) of the values, exact (80.1, 80.1, 80.2 → 240.4/3).
   *
   * @param values at least one value
   * @return the mean
   * @throws IllegalArgumentException if there is no value
   */
  public static Points mean(List<Points> values) {
    requireNonNull(values, "values");
    if (values.isEmpty()) {
      throw new IllegalArgumentException("a mean (平均) needs at least one value (SC-8)");
    }
    Points sum = ZERO;
    for (Points p : values) {
      sum = sum.plus(requireNonNull(p, "values element"));
    }
    return sum.dividedBy(values.size());
  }

  private static Points ofBig(BigInteger n, BigInteger d) {
    if (d.signum() < 0) {
      n = n.negate();
      d = d.negate();
    }
    if (n.signum() == 0) {
      return ZERO;
    }
    BigInteger g = n.gcd(d);
    if (!g.equals(BigInteger.ONE)) {
      n = n.divide(g);
      d = d.divide(g);
    }
    if (fits(n) && fits(d)) {
      return new Points(n.longValue(), d.longValue(), null, null);
    }
    return new Points(0L, 0L, n, d);
  }

  private static boolean fits(BigInteger v) {
    return v.compareTo(LONG_MIN) > 0 && v.compareTo(LONG_MAX) <= 0;
  }

  /**
   * The greatest common divisor of two non-negative values, by the binary method (Stein): shifts
   * and subtractions, no division.
   */
  static long gcd(long a, long b) {
    if (a == 0) {
      return b;
    }
    if (b == 0) {
      return a;
    }
    int shift = Long.numberOfTrailingZeros(a | b);
    a >>>= Long.numberOfTrailingZeros(a);
    do {
      b >>>= Long.numberOfTrailingZeros(b);
      if (a > b) {
        long t = b;
        b = a;
        a = t;
      }
      b -= a;
    } while (b != 0);
    return a << shift;
  }

  private boolean small() {
    return bigNum == null;
  }

  /** Whether the value is held as two longs ({@link #num()} over {@link #den()}). */
  boolean isSmall() {
    return bigNum == null;
  }

  /** The numerator when {@link #isSmall()}: coprime with the denominator. */
  long num() {
    return num;
  }

  /** The denominator when {@link #isSmall()}: positive. */
  long den() {
    return den;
  }

  /**
   * Returns {@code numerator / denominator} in lowest terms, without {@code BigInteger} unless a
   * term is {@link Long#MIN_VALUE}.
   *
   * @param numerator any long
   * @param denominator positive
   */
  static Points reduced(long numerator, long denominator) {
    if (numerator == 0) {
      return ZERO;
    }
    if (numerator == Long.MIN_VALUE || denominator <= 0) {
      return ofBig(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
    }
    if (denominator == 1) {
      return new Points(numerator, 1L, null, null);
    }
    long g = gcd(denominator, Math.abs(numerator));
    return new Points(numerator / g, denominator / g, null, null);
  }

  private BigInteger numerator() {
    return small() ? BigInteger.valueOf(num) : bigNum;
  }

  private BigInteger denominator() {
    return small() ? BigInteger.valueOf(den) : bigDen;
  }

  /**
   * Returns this plus another value.
   *
   * @param other the value added
   * @return the exact sum
   */
  public Points plus(Points other) {
    requireNonNull(other, "other");
    if (other.signum() == 0) {
      return this;
    }
    if (signum() == 0) {
      return other;
    }
    if (small() && other.small() && num != Long.MIN_VALUE && other.num != Long.MIN_VALUE) {
      try {
        if (other.den == 1) {
          // (a + n·d)/d is already in lowest terms
          return num == 0 ? other
              : new Points(Math.addExact(num, Math.multiplyExact(other.num, den)), den, null, null)
                  .zeroChecked();
        }
        if (den == 1) {
          return other.num == 0 ? this
              : new Points(Math.addExact(other.num, Math.multiplyExact(num, other.den)), other.den,
                  null, null).zeroChecked();
        }
        // Knuth: with g = gcd(d1, d2), only gcd(t, g) can divide the new numerator t
        long g = gcd(other.den, den);
        long left = den / g;
        long right = other.den / g;
        long t = Math.addExact(Math.multiplyExact(num, right), Math.multiplyExact(other.num, left));
        if (t == 0) {
          return ZERO;
        }
        long g2 = g == 1 ? 1 : gcd(g, Math.abs(t));
        return new Points(t / g2, Math.multiplyExact(left, other.den / g2), null, null);
      } catch (ArithmeticException overflow) {
        // exact below
      }
    }
    return ofBig(
        numerator().multiply(other.denominator()).add(other.numerator().multiply(denominator())),
        denominator().multiply(other.denominator()));
  }

  private Points zeroChecked() {
    return num == 0 ? ZERO : this;
  }

  /**
   * Returns this minus another value.
   *
   * @param other the value subtracted
   * @return the exact difference
   */
  public Points minus(Points other) {
    requireNonNull(other, "other");
    if (other.signum() == 0) {
      return this;
    }
    if (small() && other.small() && other.den == den && den == 1 && other.num != Long.MIN_VALUE) {
      try {
        return of(Math.subtractExact(num, other.num));
      } catch (ArithmeticException overflow) {
        // exact below
      }
    }
    return plus(other.negated());
  }

  /** {@return the value with its sign changed} */
  public Points negated() {
    if (small() && num != Long.MIN_VALUE) {
      return num == 0 ? ZERO : new Points(-num, den, null, null);
    }
    return ofBig(numerator().negate(), denominator());
  }

  /**
   * Returns this times another value, exactly (a weight of 30 % is {@code Points.of("0.3")}, a
   * third is {@code Points.fraction(1, 3)}).
   *
   * @param factor the factor
   * @return the product
   */
  public Points times(Points factor) {
    requireNonNull(factor, "factor");
    if (signum() == 0 || factor.signum() == 0) {
      return ZERO;
    }
    if (small() && factor.small() && num != Long.MIN_VALUE && factor.num != Long.MIN_VALUE) {
      try {
        long g1 = factor.den == 1 ? 1 : gcd(factor.den, Math.abs(num));
        long g2 = den == 1 ? 1 : gcd(den, Math.abs(factor.num));
        long n = Math.multiplyExact(num / g1, factor.num / g2);
        long d = Math.multiplyExact(den / g2, factor.den / g1);
        return new Points(n, d, null, null);
      } catch (ArithmeticException overflow) {
        // exact below
      }
    }
    return ofBig(
        numerator().multiply(factor.numerator()), denominator().multiply(factor.denominator()));
  }

  /**
   * Returns this times a whole number, e.g. 1.5 points per problem times 3 problems.
   *
   * @param factor the factor
   * @return the product
   */
  public Points times(long factor) {
    return times(of(factor));
  }

  /**
   * Returns this times a decimal factor, exactly, e.g. a weight of {@code 0.3} (30 %).
   *
   * @param factor the factor, within the bounds of {@link #of(BigDecimal)}
   * @return the product
   * @throws IllegalArgumentException if the factor has more digits than {@link #of(BigDecimal)}
   *     accepts
   */
  public Points times(BigDecimal factor) {
    return times(of(requireNonNull(factor, "factor")));
  }

  /**
   * Returns this divided by a count, exactly (2 ÷ 3 is two thirds, not 0.67).
   *
   * @param divisor the count, not zero
   * @return the quotient
   * @throws IllegalArgumentException if the divisor is zero
   */
  public Points dividedBy(long divisor) {
    if (divisor == 0) {
      throw new IllegalArgumentException("points " + this + " divided by zero (SC-8)");
    }
    return times(fraction(1, divisor));
  }

  /**
   * Returns this divided by another value, exactly.
   *
   * @param divisor the divisor, not zero
   * @return the quotient
   * @throws IllegalArgumentException if the divisor is zero
   */
  public Points dividedBy(Points divisor) {
    requireNonNull(divisor, "divisor");
    if (divisor.signum() == 0) {
      throw new IllegalArgumentException("points " + this + " divided by zero (SC-8)");
    }
    return times(ofBig(divisor.denominator(), divisor.numerator()));
  }

  /**
   * Returns this rounded to a number of decimal places, e.g. {@code 84.99̅3} to two places half-up
   * is {@code 84.99}.
   *
   * <p>A result has no bound on its integer digits: the limits of {@link #of(BigDecimal)} are on
   * what is given, not on what is computed (a card's total may exceed them).
   *
   * @param places decimal places, 0 to {@value #MAX_FRACTION_DIGITS}
   * @param mode how to round
   * @return the rounded value
   * @throws IllegalArgumentException if the places are out of range
   * @throws ArithmeticException if {@code mode} is {@link RoundingMode#UNNECESSARY} and the value
   *     has more decimal places than {@code places}
   */
  public Points rounded(int places, RoundingMode mode) {
    requireNonNull(mode, "mode");
    if (places < 0 || places > MAX_FRACTION_DIGITS) {
      throw new IllegalArgumentException(
          "rounding to " + places + " places; 0 to " + MAX_FRACTION_DIGITS + " are accepted");
    }
    if (small() && den == 1) {
      return this;
    }
    BigDecimal rounded =
        new BigDecimal(numerator()).divide(new BigDecimal(denominator()), places, mode);
    return ofBig(rounded.unscaledValue(), BigInteger.TEN.pow(rounded.scale()));
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

  /** {@return -1, 0 or 1 as this is below, at or above zero} */
  public int signum() {
    return small() ? Long.signum(num) : bigNum.signum();
  }

  /** {@return whether this is below zero} */
  public boolean isNegative() {
    return signum() < 0;
  }

  /** {@return whether this is above zero} */
  public boolean isPositive() {
    return signum() > 0;
  }

  /** {@return whether this is zero} */
  public boolean isZero() {
    return signum() == 0;
  }

  /** {@return whether this is a whole number of points} */
  public boolean isWhole() {
    return small() ? den == 1 : bigDen.equals(BigInteger.ONE);
  }

  /** {@return whether this has a finite decimal expansion (84.5 does, two thirds does not)} */
  public boolean isDecimal() {
    BigInteger d = denominator();
    int twos = d.getLowestSetBit();
    d = d.shiftRight(twos);
    BigInteger five = BigInteger.valueOf(5);
    while (d.mod(five).signum() == 0) {
      d = d.divide(five);
    }
    return d.equals(BigInteger.ONE);
  }

  /**
   * Returns the exact decimal, without trailing zeros, e.g. {@code 84.5} or {@code 100}.
   *
   * @return the decimal
   * @throws ArithmeticException if the value has no finite decimal expansion ({@link
   *     #isDecimal()} is false); round it first with {@link #rounded}
   */
  public BigDecimal toBigDecimal() {
    if (small() && den == 1) {
      return BigDecimal.valueOf(num);
    }
    if (!isDecimal()) {
      throw new ArithmeticException(
          "points " + this + " have no finite decimal expansion; round them first (SC-8)");
    }
    BigDecimal exact = new BigDecimal(numerator()).divide(new BigDecimal(denominator()));
    BigDecimal stripped = exact.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /**
   * The value as a finding states it: a {@link Quantity} of points when it is a decimal, else the
   * exact fraction with a four-place approximation (12749/150分（约84.9933分）).
   */
  Object said() {
    if (isDecimal()) {
      return Quantity.of(toBigDecimal(), Quantity.Unit.POINTS);
    }
    Quantity about = Quantity.of(rounded(4, RoundingMode.HALF_UP).toBigDecimal(), Quantity.Unit.POINTS);
    // the fraction is the library's own figure, the same in both languages (not record text)
    String fraction = numerator() + "/" + denominator();
    return Phrase.of(
        "{0}分（约{1}）", "{0} points (about {1})", Phrase.of(fraction, fraction), about);
  }

  @Override
  public int compareTo(Points other) {
    if (small() && other.small()) {
      return compare(num, den, other.num, other.den);
    }
    return numerator().multiply(other.denominator()).compareTo(other.numerator().multiply(denominator()));
  }

  /**
   * Compares {@code n1/d1} with {@code n2/d2} (denominators positive) exactly, on 128-bit
   * products: no overflow, no object.
   */
  static int compare(long n1, long d1, long n2, long d2) {
    if (d1 == d2) {
      return Long.compare(n1, n2);
    }
    long hi1 = Math.multiplyHigh(n1, d2);
    long lo1 = n1 * d2;
    long hi2 = Math.multiplyHigh(n2, d1);
    long lo2 = n2 * d1;
    return hi1 != hi2 ? Long.compare(hi1, hi2) : Long.compareUnsigned(lo1, lo2);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Points other
        && (small() && other.small()
            ? num == other.num && den == other.den
            : numerator().equals(other.numerator()) && denominator().equals(other.denominator()));
  }

  @Override
  public int hashCode() {
    return small() ? Long.hashCode(num) * 31 + Long.hashCode(den) : bigNum.hashCode() * 31 + bigDen.hashCode();
  }

  /**
   * Returns the exact value: the plain decimal without trailing zeros when it has one ({@code
   * 84.5}), else the fraction ({@code 12749/150}).
   */
  @Override
  public String toString() {
    return isDecimal() ? toBigDecimal().toPlainString() : numerator() + "/" + denominator();
  }

  private static String abbreviate(BigDecimal value) {
    return value.precision() > 40 || Math.abs((long) value.scale()) > 40
        ? value.unscaledValue().bitLength() > 200 ? "(a " + value.precision() + "-digit number)"
            : value.unscaledValue() + "E" + (-(long) value.scale())
        : value.toPlainString();
  }
}
