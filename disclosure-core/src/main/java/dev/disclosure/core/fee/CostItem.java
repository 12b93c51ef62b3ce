package dev.disclosure.core.fee;

import static java.util.Objects.requireNonNull;

import dev.disclosure.core.InvalidFactsException;
import dev.disclosure.core.InvalidFactsException.Problem;
import dev.disclosure.core.law.Rules;
import java.util.List;
import java.util.Objects;

/**
 * One recoverable cost of answering a request under OGI_2008 (成本费用项目, REQ-7): a kind of cost and
 * how many units of it, priced by a {@link PriceTable}.
 *
 * <p>Immutable and thread-safe; equal when kind and quantity are equal.
 */
public final class CostItem {

  private final CostKind kind;
  private final long quantity;

  private CostItem(CostKind kind, long quantity) {
    this.kind = kind;
    this.quantity = quantity;
  }

  /**
   * Returns a cost item.
   *
   * @param kind retrieval (检索), copying (复制) or mailing (邮寄)
   * @param quantity the number of units in the price table's unit, 1 or more
   * @return the item
   * @throws InvalidFactsException if {@code quantity} is less than 1 (REQ-7)
   */
  public static CostItem of(CostKind kind, long quantity) {
    requireNonNull(kind, "kind");
    if (quantity < 1) {
      throw new InvalidFactsException(
          "CostItem",
          List.of(
              new Problem(
                  Rules.REQ_7,
                  "quantity "
                      + quantity
                      + " of "
                      + kind.label()
                      + " is not a cost; an item has 1 unit or more")));
    }
    return new CostItem(kind, quantity);
  }

  /** {@return the kind of cost} */
  public CostKind kind() {
    return kind;
  }

  /** {@return the number of units} */
  public long quantity() {
    return quantity;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof CostItem other && kind == other.kind && quantity == other.quantity;
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, quantity);
  }

  /** Returns a one-line description, for example {@code 复制×40}. */
  @Override
  public String toString() {
    return kind.label() + "×" + quantity;
  }
}
