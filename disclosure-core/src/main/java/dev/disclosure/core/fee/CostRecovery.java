package dev.disclosure.core.fee;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The facts for an OGI_2008 cost-recovery fee (成本费用, REQ-7): the local price table, the cost items
 * of one request, an optional waiver (免收) and the help given to an applicant with reading
 * difficulty or a visual or hearing impairment (必要的帮助). Priced by {@link
 * FeeCalculator#costRecovery(CostRecovery)}.
 *
 * <p>Immutable and thread-safe; equal when all fields are equal.
 */
public final class CostRecovery {

  private final PriceTable prices;
  private final ImmutableList<CostItem> items;
  private final Waiver waiver;
  private final ImmutableList<Assistance> assistance;

  private CostRecovery(
      PriceTable prices,
      ImmutableList<CostItem> items,
      Waiver waiver,
      ImmutableList<Assistance> assistance) {
    this.prices = prices;
    this.items = items;
    this.waiver = waiver;
    this.assistance = assistance;
  }

  /**
   * Returns the facts with no waiver and no assistance.
   *
   * @param prices the locally set prices
   * @param items the retrieval, copying and mailing costs of the request, possibly none
   * @return the facts
   */
  public static CostRecovery of(PriceTable prices, List<CostItem> items) {
    requireNonNull(prices, "prices");
    requireNonNull(items, "items");
    return new CostRecovery(prices, ImmutableList.copyOf(items), null, ImmutableList.of());
  }

  /**
   * Returns a copy with a waiver (免收相关费用); the fee is then zero.
   *
   * @param waiver the waiver
   * @return the new facts
   */
  public CostRecovery withWaiver(Waiver waiver) {
    requireNonNull(waiver, "waiver");
    return new CostRecovery(prices, items, waiver, assistance);
  }

  /**
   * Returns a copy that also records help given (提供必要的帮助).
   *
   * @param help the help given
   * @return the new facts
   */
  public CostRecovery withAssistance(Assistance help) {
    requireNonNull(help, "help");
    return new CostRecovery(
        prices,
        items,
        waiver,
        ImmutableList.<Assistance>builder().addAll(assistance).add(help).build());
  }

  /** {@return the local price table} */
  public PriceTable prices() {
    return prices;
  }

  /** {@return the cost items, in the order given} */
  public List<CostItem> items() {
    return items;
  }

  /** {@return the waiver, if any} */
  public Optional<Waiver> waiver() {
    return Optional.ofNullable(waiver);
  }

  /** {@return the help given, in the order recorded} */
  public List<Assistance> assistance() {
    return assistance;
  }

  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    return obj instanceof CostRecovery other
        && prices.equals(other.prices)
        && items.equals(other.items)
        && Objects.equals(waiver, other.waiver)
        && assistance.equals(other.assistance);
  }

  @Override
  public int hashCode() {
    return Objects.hash(prices, items, waiver, assistance);
  }

  /**
   * Returns a one-line description: the items, then the waiver and the help given when recorded, for
   * example {@code CostRecovery{items=[检索×1, 复制×40], 免收：60岁以上老年人,
   * assistance=[视力障碍：工作人员当面朗读答复内容]}}.
   */
  @Override
  public String toString() {
    return "CostRecovery{items="
        + items
        + (waiver == null ? "" : ", " + waiver)
        + (assistance.isEmpty() ? "" : ", assistance=" + assistance)
        + "}";
  }
}
