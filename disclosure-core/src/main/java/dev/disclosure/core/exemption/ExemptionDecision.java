package dev.disclosure.core.exemption;

import static java.util.Objects.requireNonNull;

import dev.disclosure.calendar.Citation;
import dev.disclosure.calendar.Finding;
import dev.disclosure.calendar.Language;
import dev.disclosure.core.AnswerKind;
import dev.disclosure.core.Regime;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The result of classifying an item (公开属性认定): the outcome, the grounds its content falls under,
 * what is withheld, every override weighed, the reasoning as {@link Finding}s, and the provisions
 * relied on, so that an answer letter can state the reasons (说明理由) in Chinese ({@link
 * #explain()}) or a reader can follow them in English ({@link #explain(Language)}).
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

  /** {@return the regime the item was classified under} */
  public abstract Regime regime();

  /** {@return the facts classified} */
  public abstract ItemFacts facts();

  /** {@return the outcome (认定结果)} */
  public abstract ExemptionOutcome outcome();

  /**
   * {@return the answer kind the outcome leads to under the regime (答复类型): {@link
   * AnswerKind#DISCLOSED}, {@link AnswerKind#PARTIALLY_DISCLOSED} or {@link AnswerKind#NOT_DISCLOSED}
   * for a classification, the status's answer for {@link ExemptionOutcome#OTHER_ANSWER} where the
   * regime has one; empty while the outcome is a step still to take (consult, escalate, refer,
   * investigate) and for an item that is not government information, which the regime has no
   * answer kind for}
   */
  public abstract Optional<AnswerKind> answerKind();

  /** {@return every ground the content falls under (涉及的不予公开理由), in the order considered} */
  public abstract List<ExemptionGround> grounds();

  /** {@return the grounds that withhold content (不予公开的内容及理由), in the order considered} */
  public abstract List<ExemptionGround> withheld();

  /** {@return every override weighed, one per ground (例外情形的考量)} */
  public abstract List<OverrideConsideration> overrides();

  /**
   * {@return the reasoning, one finding per step: the marking (EX-4), each content flag and local
   * ground (EX-1, EX-3, EX-8), each override weighed (EX-2, EX-3, EX-8) and the outcome (EX-4,
   * EX-5 or the regime's ground or override rule)} A choice the text leaves open is a {@link
   * dev.disclosure.calendar.FindingKind#CONVENTION} finding.
   */
  public abstract List<Finding> findings();

  /** {@return the provisions relied on (法律依据), never empty, in the order first relied on} */
  public abstract List<Citation> citations();

  /**
   * Returns the reasoning in Chinese, one finding per line, as an answer letter quotes it.
   *
   * @return the explanation
   */
  public String explain() {
    return Language.CHINESE.render(findings());
  }

  /**
   * Returns the reasoning in a language, one finding per line.
   *
   * @param language Chinese or English
   * @return the explanation
   */
  public String explain(Language language) {
    requireNonNull(language, "language");
    return language.render(findings());
  }

  @Value.Check
  void check() {
    boolean consistent =
        !citations().isEmpty()
            && grounds().containsAll(withheld())
            && switch (outcome()) {
              case DISCLOSE -> withheld().isEmpty();
              case DISCLOSE_IN_PART, WITHHOLD -> !withheld().isEmpty();
              case OTHER_ANSWER -> withheld().isEmpty() && grounds().isEmpty();
              case CONSULT_THIRD_PARTY, ESCALATE_SECRECY, REFER_TO_AUTHORITY, INVESTIGATE -> true;
            };
    if (!consistent) {
      throw new IllegalStateException(
          "inconsistent exemption decision: " + outcome() + "\n" + explain(Language.ENGLISH));
    }
  }

  /**
   * Returns a one-line description, the outcome's label and the regime, for example {@code
   * 部分公开（OGI_2019）}, then the findings in Chinese ({@link #explain()}) on the following lines.
   */
  @Override
  public String toString() {
    return outcome().label() + "（" + regime() + "）\n" + explain();
  }
}
