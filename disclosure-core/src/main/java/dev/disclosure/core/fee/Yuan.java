package dev.disclosure.core.fee;

import static java.util.Objects.requireNonNull;

import dev.disclosure.core.InvalidFactsException;
import dev.disclosure.core.law.Rules;
import java.math.BigDecimal;

/**
 * An exact, non-negative amount of money in yuan (人民币元), held as a {@link BigDecimal} with scale 2
 * (元 and 分). Fees, unit prices and totals are never negative, so neither is a {@code Yuan}.
 *
 * <p>Nothing is ever rounded: an amount with more than two decimal places is refused rather than
 * rounded. Immutable and thread-safe; equal when the amounts are equal; ordered by amount.
 */
public final class Yuan implements Comparable<Yuan> {

  /** Zero yuan (免费、免收). */
  public static final Yuan ZERO = new Yuan(BigDecimal.ZERO.setScale(2));

  private final BigDecimal amount;

  private Yuan(BigDecimal amount) {
    this.amount = amount;
  }

  /**
   * Returns a whole number of yuan (元).
   *
   * @param yuan the amount, zero or more
   * @return the amount
   * @throws InvalidFactsException if {@code yuan} is negative (REQ-7, REQ-8)
   */
  public static Yuan of(long yuan) {
    return of(BigDecimal.valueOf(yuan));
  }

  /**
   * Returns an amount in yuan with at most two decimal places (元、角、分), for example {@code 0.50}.
   *
   * @param yuan the amount as a decimal string, e.g. {@code "0.50"}
   * @return the amount
   * @throws InvalidFactsException if the text is not a decimal number, is negative or has more than
   *     two decimal places (REQ-7, REQ-8)
   */
  public static Yuan parse(String yuan) {
    requireNonNull(yuan, "yuan");
    BigDecimal value;
    try {
      value = new BigDecimal(yuan.strip());
    } catch (NumberFormatException e) {
      throw new InvalidFactsException(
          "Yuan",
          Rules.REQ_8,
          "amount \"" + yuan + "\" is not a decimal number of yuan; give e.g. \"0.50\"");
    }
    return of(value);
  }

  /**
   * Returns an amount in yuan with at most two decimal places (元、角、分).
   *
   * @param yuan the amount
   * @return the amount, with scale 2
   * @throws InvalidFactsException if {@code yuan} is negative or has more than two decimal places
   *     (REQ-7, REQ-8)
   */
  public static Yuan of(BigDecimal yuan) {
    requireNonNull(yuan, "yuan");
    if (yuan.signum() < 0) {
      throw new InvalidFactsException(
          "Yuan",
          Rules.REQ_8,
          "amount " + yuan.toPlainString() + " is negative; fees and prices are zero or more");
    }
    BigDecimal stripped = yuan.stripTrailingZeros();
    if (stripped.scale() > 2) {
      throw new InvalidFactsException(
          "Yuan",
          Rules.REQ_8,
          "amount "
              + yuan.toPlainString()
              + " has more than two decimal places; money is exact to the fen (分)");
    }
    return new Yuan(yuan.setScale(2));
  }

  /** {@return the amount in yuan, always with scale 2, for example {@code 4700.00}} */
  public BigDecimal amount() {
    return amount;
  }

  /** {@return whether the amount is zero (免费)} */
  public boolean isZero() {
    return amount.signum() == 0;
  }

  /**
   * Returns the sum of this amount and another (合计).
   *
   * @param other the amount to add
   * @return the exact sum
   */
  public Yuan plus(Yuan other) {
    requireNonNull(other, "other");
    return new Yuan(amount.add(other.amount));
  }

  /**
   * Returns this unit price times a quantity (单价 × 数量).
   *
   * @param quantity the number of units, zero or more
   * @return the exact product
   * @throws InvalidFactsException if {@code quantity} is negative (REQ-7, REQ-8)
   */
  public Yuan times(long quantity) {
    if (quantity < 0) {
      throw new InvalidFactsException(
          "Yuan", Rules.REQ_8, "quantity " + quantity + " is negative; count zero or more units");
    }
    return new Yuan(amount.multiply(BigDecimal.valueOf(quantity)));
  }

  @Override
  public int compareTo(Yuan other) {
    return amount.compareTo(other.amount);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Yuan other && amount.equals(other.amount);
  }

  @Override
  public int hashCode() {
    return amount.hashCode();
  }

  /** Returns the amount as an answer letter writes it, for example {@code 4700.00元}. */
  @Override
  public String toString() {
    return amount.toPlainString() + "元";
  }
}
