package dev.disclosure.calendar;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/**
 * An amount with its unit (数量), as a {@link Finding} states it: 20个工作日 / 20 working days,
 * 4700.00元 / 4700.00 yuan, 85分 / 85 points. Exact: the amount is a {@link BigDecimal} and keeps its
 * scale.
 *
 * <p>Immutable and thread-safe; equality compares the amount by value and scale, and the unit.
 */
public final class Quantity {

  /** The unit of a quantity, with its Chinese and English words. */
  public enum Unit {
    /** Working days (个工作日). */
    WORKING_DAYS("个工作日", "working day", "working days"),
    /** Calendar days (日). */
    DAYS("日", "day", "days"),
    /** Yuan (元), the currency unit of fees. */
    YUAN("元", "yuan", "yuan"),
    /** Points (分) of a score. */
    POINTS("分", "point", "points"),
    /** Items counted (件): requests, decisions, documents. */
    ITEMS("件", "item", "items"),
    /** Sessions counted (期): the issues of a recurring event, e.g. online interviews (网上访谈不少于26期). */
    SESSIONS("期", "session", "sessions");

    private final String label;
    private final String singular;
    private final String plural;

    Unit(String label, String singular, String plural) {
      this.label = label;
      this.singular = singular;
      this.plural = plural;
    }

    /** {@return the Chinese unit word, for example {@code 个工作日}} */
    public String label() {
      return label;
    }

    /** Returns the English unit word for an amount, for example {@code working days}. */
    String english(BigDecimal amount) {
      return amount.compareTo(BigDecimal.ONE) == 0 ? singular : plural;
    }
  }

  private final BigDecimal amount;
  private final Unit unit;

  private Quantity(BigDecimal amount, Unit unit) {
    this.amount = amount;
    this.unit = unit;
  }

  /**
   * Returns a whole quantity.
   *
   * @param amount the amount, any {@code long}
   * @param unit the unit
   * @return the quantity
   */
  public static Quantity of(long amount, Unit unit) {
    requireNonNull(unit, "unit");
    return new Quantity(BigDecimal.valueOf(amount), unit);
  }

  /**
   * Returns an exact quantity, keeping the amount's scale (4700.00 stays 4700.00).
   *
   * @param amount the amount
   * @param unit the unit
   * @return the quantity
   */
  public static Quantity of(BigDecimal amount, Unit unit) {
    requireNonNull(amount, "amount");
    requireNonNull(unit, "unit");
    return new Quantity(amount, unit);
  }

  /**
   * Returns a quantity of working days or of calendar days, in a period's unit.
   *
   * @param amount the number of days
   * @param unit the period's unit
   * @return the quantity
   */
  public static Quantity of(long amount, PeriodUnit unit) {
    requireNonNull(unit, "unit");
    return of(amount, unit == PeriodUnit.WORKING_DAYS ? Unit.WORKING_DAYS : Unit.DAYS);
  }

  /** {@return the amount, exact} */
  public BigDecimal amount() {
    return amount;
  }

  /** {@return the unit} */
  public Unit unit() {
    return unit;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Quantity other && amount.equals(other.amount) && unit == other.unit;
  }

  @Override
  public int hashCode() {
    return 31 * amount.hashCode() + unit.hashCode();
  }

  /** Returns the quantity in Chinese, for example {@code 20个工作日}. */
  @Override
  public String toString() {
    return Language.CHINESE.format(this);
  }
}
