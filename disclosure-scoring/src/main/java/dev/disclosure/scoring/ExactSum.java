package dev.disclosure.scoring;

/**
 * A running exact sum of {@link Points}, for the scorer's inner loop: a long numerator over a long
 * denominator, not reduced until read, so that adding tenths to tenths is one addition and no
 * object. Any overflow ({@code Math.*Exact}) moves the sum to {@link Points} arithmetic, which
 * falls back to {@code BigInteger}; the value read is always the exact sum.
 *
 * <p>Mutable, for one thread; never escapes the scorer.
 */
final class ExactSum {

  /** Numerator and denominator (positive) of the sum, while {@link #big} is null. */
  private long num;

  private long den = 1;

  /** The sum once the longs overflowed, else null. */
  private Points big;

  /** Starts at zero. */
  ExactSum() {}

  /**
   * Starts at a value.
   *
   * @param start the value
   */
  ExactSum(Points start) {
    add(start);
  }

  /**
   * Adds a value.
   *
   * @param p the value
   * @return this
   */
  ExactSum add(Points p) {
    if (big == null && p.isSmall() && add(p.num(), p.den())) {
      return this;
    }
    big = value().plus(p);
    return this;
  }

  /**
   * Subtracts a value.
   *
   * @param p the value
   * @return this
   */
  ExactSum subtract(Points p) {
    if (big == null && p.isSmall() && p.num() != Long.MIN_VALUE && add(-p.num(), p.den())) {
      return this;
    }
    big = value().minus(p);
    return this;
  }

  /**
   * Adds another sum.
   *
   * @param other the other sum
   * @return this
   */
  ExactSum add(ExactSum other) {
    if (big == null && other.big == null && add(other.num, other.den)) {
      return this;
    }
    big = value().plus(other.value());
    return this;
  }

  /**
   * Adds {@code n/d} (d positive) on longs, over the common denominator {@code den × d} unless one
   * of the two is 1 or they are equal; on overflow the sum is reduced to lowest terms and tried
   * once more. False, leaving the sum's value unchanged, if it still overflows.
   */
  private boolean add(long n, long d) {
    if (n == 0) {
      return true;
    }
    if (tryAdd(n, d)) {
      return true;
    }
    long g = num == Long.MIN_VALUE ? 1 : Points.gcd(Math.abs(num), den);
    if (g > 1) {
      num /= g;
      den /= g;
      return tryAdd(n, d);
    }
    return false;
  }

  private boolean tryAdd(long n, long d) {
    try {
      long newNum;
      long newDen;
      if (d == den) {
        newNum = Math.addExact(num, n);
        newDen = den;
      } else if (d == 1) {
        newNum = Math.addExact(num, Math.multiplyExact(n, den));
        newDen = den;
      } else if (den == 1) {
        newNum = Math.addExact(Math.multiplyExact(num, d), n);
        newDen = d;
      } else {
        newNum = Math.addExact(Math.multiplyExact(num, d), Math.multiplyExact(n, den));
        newDen = Math.multiplyExact(den, d);
      }
      num = newNum;
      den = newDen;
      return true;
    } catch (ArithmeticException overflow) {
      return false;
    }
  }

  /** {@return -1, 0 or 1 as the sum is below, at or above zero} */
  int signum() {
    return big == null ? Long.signum(num) : big.signum();
  }

  /** {@return the exact sum} */
  Points value() {
    return big == null ? Points.reduced(num, den) : big;
  }
}
