package dev.disclosure.scoring;

import static java.util.Objects.requireNonNull;

/**
 * A score given to a criterion directly rather than by deductions: from a questionnaire (按调查问卷计分,
 * SC-1 section 6) or from a metric computed on case data (SC-8).
 *
 * @param criterionId the criterion scored
 * @param points the score, between zero and the criterion's maximum
 * @param basis how the score was obtained, in Chinese, with its figures
 */
public record Award(String criterionId, Points points, String basis) {

  /**
   * Checks that no component is null; the assessment validates the values.
   *
   * @param criterionId the criterion scored
   * @param points the score, between zero and the criterion's maximum
   * @param basis how the score was obtained, in Chinese, with its figures
   */
  public Award {
    requireNonNull(criterionId, "criterionId");
    requireNonNull(points, "points");
    requireNonNull(basis, "basis");
  }
}
