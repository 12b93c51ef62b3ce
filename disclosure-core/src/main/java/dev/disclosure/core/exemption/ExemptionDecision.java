package dev.disclosure.core.exemption;

import dev.disclosure.calendar.Citation;
import dev.disclosure.core.Regime;
import java.util.List;
import org.immutables.value.Value;

/**
 * The result of classifying an item (公开属性认定): the outcome, the grounds its content falls under,
 * what is withheld, every override weighed, the reasoning step by step with rule IDs, and the
 * provisions relied on, so that an answer letter can state the reasons (说明理由).
 *
 * <p>{@link #grounds()} are all the grounds the content falls under; {@link #withheld()} are those
 * that still withhold after the overrides: empty for {@link ExemptionOutcome#DISCLOSE}, the
 * withheld parts for {@link ExemptionOutcome#DISCLOSE_IN_PART}, the reasons for {@link
 * ExemptionOutcome#WITHHOLD}. A ground that awaits the third party's opinion is in {@link
 * #grounds()} but not in {@link #withheld()}.
 *
 * <p>Obtained from {@link ExemptionClassifier#classify}. Immutable and thread-safe; equal when
 * regime, facts and every part of the result are equal, so the same facts always give an equal
 * decision.
 */
@Value.Immutable
public abstract class ExemptionDecision {

  ExemptionDecision() {}

  /** Returns the regime the item was classified under. */
  public abstract Regime regime();

  /** Returns the facts classified. */
  public abstract ItemFacts facts();

  /** Returns the outcome (认定结果). */
  public abstract ExemptionOutcome outcome();

  /** Returns every ground the content falls under (涉及的不予公开理由), in the order considered. */
  public abstract List<ExemptionGround> grounds();

  /** Returns the grounds that withhold content (不予公开的内容及理由), in the order considered. */
  public abstract List<ExemptionGround> withheld();

  /** Returns every override weighed, one per ground (例外情形的考量). */
  public abstract List<OverrideConsideration> overrides();

  /**
   * Returns the reasoning, one step per line, each starting with its rule ID, e.g. {@code [EX-4]
   * …}.
   */
  public abstract List<String> steps();

  /** Returns the provisions relied on (法律依据), never empty, in the order first relied on. */
  public abstract List<Citation> citations();

  /**
   * Returns the reasoning as text, one step per line.
   *
   * @return the explanation
   */
  public String explain() {
    return String.join("\n", steps());
  }

  @Value.Check
  void check() {
    boolean consistent =
        !citations().isEmpty()
            && grounds().containsAll(withheld())
            && switch (outcome()) {
              case DISCLOSE -> withheld().isEmpty();
              case DISCLOSE_IN_PART, WITHHOLD -> !withheld().isEmpty();
              case CONSULT_THIRD_PARTY, ESCALATE_SECRECY -> true;
            };
    if (!consistent) {
      throw new IllegalStateException(
          "inconsistent exemption decision: " + outcome() + " " + steps());
    }
  }

  /** Returns e.g. {@code 部分公开 (DISCLOSE_IN_PART) under OGI_2019}, then the steps. */
  @Override
  public String toString() {
    return outcome().label() + " (" + outcome() + ") under " + regime() + "\n" + explain();
  }
}
