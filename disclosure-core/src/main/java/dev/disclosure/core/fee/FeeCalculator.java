package dev.disclosure.core.fee;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.disclosure.calendar.Phrase;
import dev.disclosure.core.FeeRule;
import dev.disclosure.core.InvalidFactsException;
import dev.disclosure.core.InvalidFactsException.Problem;
import dev.disclosure.core.Regime;
import dev.disclosure.core.law.Rules;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Computes the fee for answering a request (收费) under a regime's {@link Regime#feeRule() fee rule},
 * so callers do not branch on the regime: OGI_2019's processing fee (信息处理费, REQ-8, FEE-2020),
 * counted per request (按件计收) or per volume (按量计收), and OGI_2008's cost recovery (检索、复制、邮寄成本费用,
 * REQ-7). Which calculations a fee rule allows is a table of the fee package, resolved from the
 * regime's fee rule; a calculation that does not belong to the regime is refused under the rule the
 * regime follows (REQ-7 under OGI_2008, REQ-8 under OGI_2019).
 *
 * <p>Each call prices one request on one basis and returns one {@link FeeAssessment} with that
 * single {@link ChargingMethod}; nothing combines a per-request and a per-volume fee, so the same
 * request is never charged both ways (不得同时按照两种标准重复计算, FEE-2020 第三条). Choosing the basis is the
 * agency's decision.
 *
 * <p>Immutable and thread-safe; equal when the regimes are equal.
 */
public final class FeeCalculator {

  private final Regime regime;
  private final FeeRules rules;

  private FeeCalculator(Regime regime) {
    this.regime = regime;
    this.rules = FeeRules.of(regime);
  }

  /**
   * Returns the calculator for a regime.
   *
   * @param regime {@link Regime#OGI_2008} or {@link Regime#OGI_2019}
   * @return the calculator
   */
  public static FeeCalculator of(Regime regime) {
    requireNonNull(regime, "regime");
    return new FeeCalculator(regime);
  }

  /** {@return the regime whose fee rule is applied} */
  public Regime regime() {
    return regime;
  }

  /**
   * Returns the per-request processing fee (按件计收) of the request that is the applicant's {@code
   * position}-th in the natural month (一个自然月内累计申请), for example the 35th costs 200元: the 1st–10th are
   * free, the 11th–30th 100元 each, and from the 31st each band of 10 costs 100元 more.
   *
   * @param position the request's 1-based position among the applicant's requests that month
   * @return the fee, one line
   * @throws InvalidFactsException if the regime is not OGI_2019 (REQ-7), or {@code position} is
   *     less than 1 or above 100,000 (REQ-8)
   */
  public FeeAssessment perRequest(int position) {
    return perRequests(position, position);
  }

  /**
   * Returns the per-request processing fee (按件计收) of the applicant's {@code first}-th to {@code
   * last}-th requests in one natural month, one line per band, for example the 1st–45th: 10 × 0 + 20 × 100
   * + 10 × 200 + 5 × 300 = 5,500元.
   *
   * @param first the 1-based position of the first request priced
   * @param last the 1-based position of the last request priced, {@code first} or more
   * @return the fee, itemized by band
   * @throws InvalidFactsException if the regime is not OGI_2019 (REQ-7), or a position is less than
   *     1, {@code first} is after {@code last}, or {@code last} is above 100,000 (REQ-8)
   */
  public FeeAssessment perRequests(int first, int last) {
    requireMethod(ChargingMethod.PER_REQUEST);
    return ProcessingFees.perRequests(first, last);
  }

  /**
   * Returns the per-volume processing fee (按量计收) of one request of {@code pages} pages, one line
   * per band, for example 250 pages: 30 × 0 + 70 × 10 + 100 × 20 + 50 × 40 = 4,700元.
   *
   * @param pages the pages provided (paper, e-mail or copied electronic data), 1 or more
   * @return the fee, itemized by band
   * @throws InvalidFactsException if the regime is not OGI_2019 (REQ-7), or {@code pages} is less
   *     than 1 (REQ-8)
   */
  public FeeAssessment perVolume(int pages) {
    requireMethod(ChargingMethod.PER_VOLUME);
    return ProcessingFees.perVolume(pages);
  }

  /**
   * Returns the OGI_2008 cost-recovery fee (检索、复制、邮寄成本费用): each item at the local price, zero when
   * a waiver applies (免收), with any help given recorded.
   *
   * @param facts the price table, items, waiver and help given
   * @return the fee, one line per item
   * @throws InvalidFactsException if the regime is not OGI_2008 (REQ-8), or the price table has no
   *     price for an item's kind (REQ-7)
   */
  public FeeAssessment costRecovery(CostRecovery facts) {
    requireNonNull(facts, "facts");
    requireMethod(ChargingMethod.COST_RECOVERY);
    List<Problem> problems = new ArrayList<>();
    ImmutableList.Builder<FeeLine> lines = ImmutableList.builder();
    PriceTable prices = facts.prices();
    for (CostItem item : facts.items()) {
      if (prices.priceOf(item.kind()).isEmpty()) {
        problems.add(
            new Problem(
                Rules.REQ_7,
                "the price table sets no price for "
                    + item.kind()
                    + " ("
                    + item.kind().label()
                    + "); the caller supplies the locally set price of every cost charged"));
        continue;
      }
      lines.add(
          new FeeLine(
              Rules.REQ_7,
              Phrase.of(
                  item.kind().label() + "费",
                  item.kind().name().toLowerCase(Locale.ROOT) + " costs"),
              item.quantity(),
              prices.unitOf(item.kind()).orElseThrow(),
              prices.priceOf(item.kind()).orElseThrow(),
              prices.pricing()));
    }
    InvalidFactsException.throwIfAny("CostRecovery (成本费用)", problems);
    return FeeAssessment.costRecovery(
        lines.build(), facts.waiver().orElse(null), ImmutableList.copyOf(facts.assistance()));
  }

  private void requireMethod(ChargingMethod method) {
    if (rules.allows(method)) {
      return;
    }
    FeeRule rule = rules.rule();
    throw new InvalidFactsException(
        "FeeCalculator",
        rules.ruleId(),
        method.label()
            + " is not a fee under "
            + regime.id()
            + ", whose rule is "
            + rule
            + " ("
            + rule.label()
            + ", "
            + rule.citation().toReference()
            + ")");
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof FeeCalculator other && regime.equals(other.regime);
  }

  @Override
  public int hashCode() {
    return regime.hashCode();
  }

  /** Returns a one-line description, for example {@code FeeCalculator[OGI_2019]}. */
  @Override
  public String toString() {
    return "FeeCalculator[" + regime.id() + "]";
  }
}
