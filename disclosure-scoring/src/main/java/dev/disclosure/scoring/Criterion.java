package dev.disclosure.scoring;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * A criterion (考核标准/评分细则) of a rubric: its id, wording and maximum (分值), the scale its rules
 * score on, its rules as data and where its deductions stop.
 *
 * <p>A criterion without an earning rule starts at its scale and loses its deductions; one with an
 * earning rule ({@link ScoringRule.Role#EARNED}) starts from what it earned. When the scale differs
 * from the maximum — a component scored out of 100 that counts 30 % — the score on the scale is
 * weighted to the maximum exactly ({@code score × maximum ÷ outOf}).
 *
 * @param id the id, unique in its rubric, e.g. {@code 2.4}
 * @param wording the Chinese wording of the criterion
 * @param maximum the maximum points it contributes to its section
 * @param outOf the scale its rules score on; equal to the maximum unless weighted
 * @param rules its rules, at least one, ids unique
 * @param cap where its deductions stop, as the text states it (扣完为止); empty where the text is
 *     silent, and the rubric's convention applies ({@link Rubric#capWhereSilent()})
 */
public record Criterion(
    String id,
    String wording,
    Points maximum,
    Points outOf,
    List<ScoringRule> rules,
    Optional<CapScope> cap) {

  /** The id of the assessor's own deductions on a criterion defined without rules. */
  public static final String JUDGED = "扣分";

  /**
   * Checks that no component is null and copies the rules; the rubric builder validates.
   *
   * @param id the id, unique in its rubric, e.g. {@code 2.4}
   * @param wording the Chinese wording of the criterion
   * @param maximum the maximum points it contributes to its section
   * @param outOf the scale its rules score on; equal to the maximum unless weighted
   * @param rules its rules, at least one, ids unique
   * @param cap where its deductions stop, as the text states it (扣完为止); empty where the text is
   *     silent, and the rubric's convention applies ({@link Rubric#capWhereSilent()})
   */
  public Criterion {
    requireNonNull(id, "id");
    requireNonNull(wording, "wording");
    requireNonNull(maximum, "maximum");
    requireNonNull(outOf, "outOf");
    rules = List.copyOf(rules);
    requireNonNull(cap, "cap");
  }

  /**
   * Returns a criterion scored by the assessor's own deductions (按相应考核内容扣分), rule {@value
   * #JUDGED}, with no stated cap.
   *
   * @param id the id
   * @param wording the wording
   * @param maximum the maximum
   */
  public Criterion(String id, String wording, Points maximum) {
    this(id, wording, maximum, maximum, List.of(ScoringRule.judged(JUDGED, "按相应考核内容扣分")),
        Optional.empty());
  }

  /**
   * Returns a rule of the criterion.
   *
   * @param ruleId the rule id
   * @return the rule, if the criterion has it
   */
  public Optional<ScoringRule> rule(String ruleId) {
    requireNonNull(ruleId, "ruleId");
    for (ScoringRule r : rules) {
      if (r.id().equals(ruleId)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /** {@return whether the criterion builds its score up from an earning rule} */
  public boolean isEarned() {
    for (ScoringRule r : rules) {
      if (r.role() == ScoringRule.Role.EARNED) {
        return true;
      }
    }
    return false;
  }
}
