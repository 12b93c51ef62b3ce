package dev.disclosure.core.fee;

import com.google.common.collect.ImmutableList;
import dev.disclosure.calendar.Citation;
import dev.disclosure.core.FeeRule;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A fee for one request, itemized (收费明细): the regime's fee rule, how it was counted, one line per
 * band or cost item, the total, and under OGI_2008 any waiver and the help given. {@link
 * #explain()} gives the text an answer letter can quote.
 *
 * <p>The total is the sum of the lines, or zero when a waiver applies; it is never negative. An
 * assessment has exactly one {@link ChargingMethod}: a processing fee is counted per request or per
 * volume, never both (FEE-2020 第三条).
 *
 * <p>Immutable and thread-safe; equal when all fields are equal.
 */
public final class FeeAssessment {

  private final FeeRule rule;
  private final ChargingMethod method;
  private final ImmutableList<FeeLine> lines;
  private final Waiver waiver;
  private final ImmutableList<Assistance> assistance;
  private final Yuan subtotal;

  private FeeAssessment(
      FeeRule rule,
      ChargingMethod method,
      ImmutableList<FeeLine> lines,
      Waiver waiver,
      ImmutableList<Assistance> assistance) {
    this.rule = rule;
    this.method = method;
    this.lines = lines;
    this.waiver = waiver;
    this.assistance = assistance;
    Yuan sum = Yuan.ZERO;
    for (FeeLine line : lines) {
      sum = sum.plus(line.amount());
    }
    this.subtotal = sum;
  }

  static FeeAssessment processing(ChargingMethod method, ImmutableList<FeeLine> lines) {
    return new FeeAssessment(FeeRule.PROCESSING_FEE_2020, method, lines, null, ImmutableList.of());
  }

  static FeeAssessment costRecovery(
      ImmutableList<FeeLine> lines, Waiver waiver, ImmutableList<Assistance> assistance) {
    return new FeeAssessment(
        FeeRule.COST_RECOVERY_2008, ChargingMethod.COST_RECOVERY, lines, waiver, assistance);
  }

  /** Returns the regime's fee rule (收费规则) the fee was computed under. */
  public FeeRule rule() {
    return rule;
  }

  /** Returns how the fee was counted (计收方式). */
  public ChargingMethod method() {
    return method;
  }

  /** Returns the itemized lines (收费明细), band by band or item by item. */
  public List<FeeLine> lines() {
    return lines;
  }

  /** Returns the sum of the lines before any waiver (应收金额). */
  public Yuan subtotal() {
    return subtotal;
  }

  /** Returns the fee to pay (应缴金额): the subtotal, or zero when waived. */
  public Yuan total() {
    return waiver == null ? subtotal : Yuan.ZERO;
  }

  /** Returns the waiver (免收) applied, if any; OGI_2008 only. */
  public Optional<Waiver> waiver() {
    return Optional.ofNullable(waiver);
  }

  /**
   * Returns the help given for reading difficulty or visual or hearing impairment; OGI_2008 only.
   */
  public List<Assistance> assistance() {
    return assistance;
  }

  /** Returns every provision the fee rests on, the fee rule's first, without repeats. */
  public List<Citation> citations() {
    ImmutableList.Builder<Citation> all = ImmutableList.builder();
    all.add(rule.citation());
    if (method != ChargingMethod.COST_RECOVERY) {
      all.add(ProcessingFees.ONE_BASIS);
    }
    lines.forEach(line -> all.add(line.citation()));
    if (waiver != null) {
      all.addAll(waiver.citations());
    }
    if (!assistance.isEmpty()) {
      all.add(Assistance.CITATION);
    }
    return all.build().stream().distinct().collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the explanation an answer letter can quote (收费说明): rule, method, each line with its
   * citation, waiver, help given and the total, one per line.
   */
  public String explain() {
    StringBuilder text = new StringBuilder();
    text.append(rule.label()).append("（").append(rule.citation().toReference()).append("）\n");
    text.append("计收方式：").append(method.label());
    if (method != ChargingMethod.COST_RECOVERY) {
      text.append("，超额累进（").append(ProcessingFees.ONE_BASIS.toReference()).append("）");
    }
    text.append('\n');
    for (FeeLine line : lines) {
      text.append(line).append('\n');
    }
    text.append("小计：").append(subtotal).append('\n');
    if (waiver != null) {
      text.append(waiver).append("（");
      text.append(
          String.join("；", waiver.citations().stream().map(Citation::toReference).toList()));
      text.append("）\n");
    }
    for (Assistance help : assistance) {
      text.append("已提供必要的帮助：")
          .append(help)
          .append("（")
          .append(help.citation().toReference())
          .append("）\n");
    }
    return text.append("应缴金额：").append(total()).toString();
  }

  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    return obj instanceof FeeAssessment other
        && rule == other.rule
        && method == other.method
        && lines.equals(other.lines)
        && Objects.equals(waiver, other.waiver)
        && assistance.equals(other.assistance);
  }

  @Override
  public int hashCode() {
    return Objects.hash(rule, method, lines, waiver, assistance);
  }

  /** Returns the explanation, as {@link #explain()}. */
  @Override
  public String toString() {
    return explain();
  }
}
