package dev.disclosure.core.fee;

import dev.disclosure.calendar.Citation;
import java.util.Objects;

/**
 * One itemized line of a fee (收费明细): what is charged, how many units at what unit price, the amount
 * (quantity × unit price, exact) and the provision or price document it rests on.
 *
 * <p>Immutable and thread-safe; equal when all fields are equal.
 */
public final class FeeLine {

  private final String description;
  private final long quantity;
  private final String unit;
  private final Yuan unitPrice;
  private final Yuan amount;
  private final Citation citation;

  FeeLine(String description, long quantity, String unit, Yuan unitPrice, Citation citation) {
    this.description = description;
    this.quantity = quantity;
    this.unit = unit;
    this.unitPrice = unitPrice;
    this.amount = unitPrice.times(quantity);
    this.citation = citation;
  }

  /** Returns the Chinese description, e.g. {@code 第101—200页（含200页）的部分}. */
  public String description() {
    return description;
  }

  /** Returns the number of units charged in this line. */
  public long quantity() {
    return quantity;
  }

  /** Returns the Chinese unit, e.g. {@code 页} or {@code 件}. */
  public String unit() {
    return unit;
  }

  /** Returns the price of one unit (收费标准). */
  public Yuan unitPrice() {
    return unitPrice;
  }

  /** Returns quantity × unit price (金额). */
  public Yuan amount() {
    return amount;
  }

  /** Returns the provision or local price document the line rests on (依据). */
  public Citation citation() {
    return citation;
  }

  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    return obj instanceof FeeLine other
        && description.equals(other.description)
        && quantity == other.quantity
        && unit.equals(other.unit)
        && unitPrice.equals(other.unitPrice)
        && citation.equals(other.citation);
  }

  @Override
  public int hashCode() {
    return Objects.hash(description, quantity, unit, unitPrice, citation);
  }

  /**
   * Returns the line as an answer letter writes it, e.g. {@code 第31—100页（含100页）的部分：70页 × 10.00元 =
   * 700.00元（依据《…》第五条）}.
   */
  @Override
  public String toString() {
    return description
        + "："
        + quantity
        + unit
        + " × "
        + unitPrice
        + " = "
        + amount
        + "（"
        + citation.toReference()
        + "）";
  }
}
