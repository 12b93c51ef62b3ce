package dev.disclosure.scoring;

import static java.util.Objects.requireNonNull;

import dev.disclosure.calendar.Citation;
import java.util.List;
import java.util.Optional;

/**
 * A finding that acts whatever the score (一票否决): it may impose a grade — never raising the one the
 * score earned — and carries consequences of its own. A democratic appraisal of 不满意 makes the grade
 * 不合格 ({@code 002}, SC-3); fraud with bad effect revokes a demonstration site's status and holds
 * people to account without passing through a grade ({@code 001} 第七条); a leader's fraud means
 * the grade may not be 优秀 ({@code 000}).
 *
 * @param grade the grade imposed, if any; it must be a grade of the rubric's scale
 * @param finding what was found, in Chinese
 * @param evidence references to the evidence
 * @param consequences the consequences the rule attaches, besides those of any grade
 * @param citation the provision
 */
public record GradeOverride(
    Optional<String> grade,
    String finding,
    List<String> evidence,
    List<Consequence> consequences,
    Citation citation) {

  /**
   * Copies the lists.
   *
   * @param grade the grade imposed, if any; it must be a grade of the rubric's scale
   * @param finding what was found, in Chinese
   * @param evidence references to the evidence
   * @param consequences the consequences the rule attaches, besides those of any grade
   * @param citation the provision
   */
  public GradeOverride {
    requireNonNull(grade, "grade");
    requireNonNull(finding, "finding");
    evidence = List.copyOf(evidence);
    consequences = List.copyOf(consequences);
    requireNonNull(citation, "citation");
  }

  /**
   * Returns a finding imposing a grade (at most that grade).
   *
   * @param grade the grade
   * @param finding what was found
   * @param citation the provision
   * @param consequences its own consequences
   * @param evidence references to the evidence
   * @return the finding
   */
  public static GradeOverride imposing(
      String grade,
      String finding,
      Citation citation,
      List<Consequence> consequences,
      String... evidence) {
    return new GradeOverride(
        Optional.of(requireNonNull(grade, "grade")), finding, List.of(evidence), consequences,
        citation);
  }

  /**
   * Returns a finding that leaves the grade alone and carries consequences.
   *
   * @param finding what was found
   * @param citation the provision
   * @param consequences its consequences
   * @param evidence references to the evidence
   * @return the finding
   */
  public static GradeOverride status(
      String finding, Citation citation, List<Consequence> consequences, String... evidence) {
    return new GradeOverride(Optional.empty(), finding, List.of(evidence), consequences, citation);
  }
}
