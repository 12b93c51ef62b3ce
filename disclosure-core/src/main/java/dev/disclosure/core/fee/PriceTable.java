package dev.disclosure.core.fee;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import dev.disclosure.calendar.Citation;
import dev.disclosure.core.InvalidFactsException;
import dev.disclosure.core.InvalidFactsException.Problem;
import dev.disclosure.core.law.Rules;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The locally set prices for OGI_2008 cost recovery (收费标准, REQ-7): for retrieval, copying and
 * mailing, a unit (for example {@code 页}, {@code 件}, {@code 次}) and a price per unit, with the local price
 * document that sets them. The library knows no prices of its own; the caller supplies them.
 *
 * <p>Immutable and thread-safe; equal when the price document and all prices are equal.
 */
public final class PriceTable {

  private final Citation pricing;
  private final ImmutableMap<CostKind, String> units;
  private final ImmutableMap<CostKind, Yuan> prices;

  private PriceTable(
      Citation pricing, ImmutableMap<CostKind, String> units, ImmutableMap<CostKind, Yuan> prices) {
    this.pricing = pricing;
    this.units = units;
    this.prices = prices;
  }

  /**
   * Returns an empty table under a local price document (物价部门核定的收费标准).
   *
   * @param pricing the local document that sets the prices, cited on every cost line
   * @return a table with no prices yet
   */
  public static PriceTable of(Citation pricing) {
    requireNonNull(pricing, "pricing");
    return new PriceTable(pricing, ImmutableMap.of(), ImmutableMap.of());
  }

  /**
   * Returns a copy of this table with the price of one kind of cost set (or replaced).
   *
   * @param kind retrieval, copying or mailing
   * @param unit the Chinese unit priced, e.g. {@code 页}
   * @param price the price of one unit
   * @return the new table
   * @throws InvalidFactsException if {@code unit} is blank (REQ-7)
   */
  public PriceTable withPrice(CostKind kind, String unit, Yuan price) {
    requireNonNull(kind, "kind");
    requireNonNull(unit, "unit");
    requireNonNull(price, "price");
    if (unit.isBlank()) {
      throw new InvalidFactsException(
          "PriceTable",
          List.of(
              new Problem(
                  Rules.REQ_7,
                  "the unit of the " + kind.label() + " price is blank; give e.g. 页 or 次")));
    }
    Map<CostKind, String> newUnits = new EnumMap<>(CostKind.class);
    newUnits.putAll(units);
    newUnits.put(kind, unit.strip());
    Map<CostKind, Yuan> newPrices = new EnumMap<>(CostKind.class);
    newPrices.putAll(prices);
    newPrices.put(kind, price);
    return new PriceTable(pricing, ImmutableMap.copyOf(newUnits), ImmutableMap.copyOf(newPrices));
  }

  /** {@return the local price document (收费标准依据)} */
  public Citation pricing() {
    return pricing;
  }

  /**
   * Returns the price of one unit of a kind of cost.
   *
   * @param kind retrieval, copying or mailing
   * @return the price, or empty if the table sets none
   */
  public Optional<Yuan> priceOf(CostKind kind) {
    requireNonNull(kind, "kind");
    return Optional.ofNullable(prices.get(kind));
  }

  /**
   * Returns the unit a kind of cost is priced by.
   *
   * @param kind retrieval, copying or mailing
   * @return the Chinese unit, or empty if the table sets no price for it
   */
  public Optional<String> unitOf(CostKind kind) {
    requireNonNull(kind, "kind");
    return Optional.ofNullable(units.get(kind));
  }

  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    return obj instanceof PriceTable other
        && pricing.equals(other.pricing)
        && units.equals(other.units)
        && prices.equals(other.prices);
  }

  @Override
  public int hashCode() {
    return Objects.hash(pricing, units, prices);
  }

  /**
   * Returns a one-line description: each price per unit in the order of {@link CostKind}, then the
   * pricing document, for example {@code {RETRIEVAL=5.00元/件, COPYING=0.50元/页} per
   * 依据《某市政府信息公开收费标准》第二条}.
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("{");
    prices.forEach(
        (kind, price) -> {
          if (text.length() > 1) {
            text.append(", ");
          }
          text.append(kind).append('=').append(price).append('/').append(units.get(kind));
        });
    return text.append("} per ").append(pricing.toReference()).toString();
  }
}
