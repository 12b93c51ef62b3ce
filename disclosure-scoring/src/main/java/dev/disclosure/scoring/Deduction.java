package dev.disclosure.scoring;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A deduction (扣分) from a criterion, with its reason and evidence references (佐证材料).
 *
 * @param criterionId the criterion deducted from
 * @param points the points deducted, positive
 * @param reason why, in the assessor's words
 * @param evidence references to the evidence, possibly none
 */
public record Deduction(String criterionId, Points points, String reason, List<String> evidence) {

  /**
   * Copies the evidence; the assessment validates the values.
   *
   * @param criterionId the criterion deducted from
   * @param points the points deducted, positive
   * @param reason why, in the assessor's words
   * @param evidence references to the evidence, possibly none
   */
  public Deduction {
    requireNonNull(criterionId, "criterionId");
    requireNonNull(points, "points");
    requireNonNull(reason, "reason");
    evidence = List.copyOf(evidence);
  }
}
