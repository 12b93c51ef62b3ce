package dev.disclosure.core.fee;

import dev.disclosure.calendar.Citation;
import dev.disclosure.calendar.Finding;
import dev.disclosure.calendar.FindingKind;
import dev.disclosure.calendar.Language;
import dev.disclosure.calendar.Phrase;
import dev.disclosure.calendar.Quantity;
import dev.disclosure.calendar.RuleId;
import java.util.List;
import java.util.Objects;

/**
 * One itemized line of a fee (收费明细): what is charged, how many units at what unit price, the amount
 * (quantity × unit price, exact) and the provision or price document it rests on. {@link
 * #finding()} states it as a finding of REQ-8 (processing fee) or REQ-7 (cost recovery), its unit
 * price and amount as exact {@link Quantity.Unit#YUAN} quantities.
 *
 * <p>Immutable and thread-safe; equal when all fields are equal.
 */
public final class FeeLine {

  private final RuleId rule;
  private final Phrase description;
  private final long quantity;
  private final Object unit;
  private final Yuan unitPrice;
  private final Yuan amount;
  private final Citation citation;

  /**
   * A line.
   *
   * @param rule REQ-8 or REQ-7
   * @param description what is charged, in both languages
   * @param quantity the units charged
   * @param unit the unit: a {@link Phrase} when the library names it (页, 件), a {@link String} when
   *     the caller's price table does (rendered "as recorded" in English)
   * @param unitPrice the price of one unit
   * @param citation the provision or price document
   */
  FeeLine(
      RuleId rule,
      Phrase description,
      long quantity,
      Object unit,
      Yuan unitPrice,
      Citation citation) {
    this.rule = rule;
    this.description = description;
    this.quantity = quantity;
    this.unit = unit;
    this.unitPrice = unitPrice;
    this.amount = unitPrice.times(quantity);
    this.citation = citation;
  }

  /** {@return the Chinese description, for example {@code 第101—200页（含200页）的部分}} */
  public String description() {
    return Language.CHINESE.render(description);
  }

  /** {@return the number of units charged in this line} */
  public long quantity() {
    return quantity;
  }

  /** {@return the Chinese unit, for example {@code 页} or {@code 件}} */
  public String unit() {
    return unit instanceof Phrase phrase ? Language.CHINESE.render(phrase) : (String) unit;
  }

  /** {@return the price of one unit (收费标准)} */
  public Yuan unitPrice() {
    return unitPrice;
  }

  /** {@return quantity × unit price (金额)} */
  public Yuan amount() {
    return amount;
  }

  /** {@return the provision or local price document the line rests on (依据)} */
  public Citation citation() {
    return citation;
  }

  /**
   * Returns the line as a finding of REQ-8 (processing fee) or REQ-7 (cost recovery), citing its
   * provision or price document: the description, the units charged, the unit price and the amount
   * as exact yuan, for example {@code 201页以上的部分：50页 × 40.00元 = 2000.00元} / {@code pages from 201: 50
   * pages × 40.00 yuan = 2000.00 yuan}.
   *
   * @return the finding, of kind {@link FindingKind#APPLIED}
   */
  public Finding finding() {
    return Finding.of(
        rule,
        FindingKind.APPLIED,
        Phrase.of(
            "{0}：{1}{2} × {3} = {4}",
            unit instanceof Phrase
                ? "{0}: {1} {2} × {3} = {4}"
                : quantity == 1 ? "{0}: {1} unit ({2}) × {3} = {4}" : "{0}: {1} units ({2}) × {3} = {4}",
            description,
            quantity,
            unit,
            Quantity.of(unitPrice.amount(), Quantity.Unit.YUAN),
            Quantity.of(amount.amount(), Quantity.Unit.YUAN)),
        List.of(citation));
  }

  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    return obj instanceof FeeLine other
        && rule.equals(other.rule)
        && description.equals(other.description)
        && quantity == other.quantity
        && unit.equals(other.unit)
        && unitPrice.equals(other.unitPrice)
        && citation.equals(other.citation);
  }

  @Override
  public int hashCode() {
    return Objects.hash(rule, description, quantity, unit, unitPrice, citation);
  }

  /**
   * Returns the line as an answer letter writes it, for example {@code 第31—100页（含100页）的部分：70页 × 10.00元 =
   * 700.00元（依据《…》第五条）}.
   */
  @Override
  public String toString() {
    return FeeAssessment.letterLine(Language.CHINESE, finding());
  }
}
