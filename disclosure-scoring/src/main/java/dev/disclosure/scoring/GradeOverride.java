package dev.disclosure.scoring;

import static java.util.Objects.requireNonNull;

import dev.disclosure.calendar.Citation;
import java.util.List;

/**
 * A finding that fixes the grade whatever the score (一票否决), for example formalism or fraud with bad
 * effect (SC-2, 第七条: 取消示范点资格) or a democratic appraisal of 不满意 (SC-3: 不合格).
 *
 * @param grade the grade imposed; it must be a grade of the rubric's scale
 * @param finding what was found, in Chinese
 * @param evidence references to the evidence
 * @param consequences the consequences the rule attaches, in addition to those of the grade
 * @param citation the provision
 */
public record GradeOverride(
    String grade,
    String finding,
    List<String> evidence,
    List<String> consequences,
    Citation citation) {

  /**
   * Copies the lists.
   *
   * @param grade the grade imposed; it must be a grade of the rubric's scale
   * @param finding what was found, in Chinese
   * @param evidence references to the evidence
   * @param consequences the consequences the rule attaches, in addition to those of the grade
   * @param citation the provision
   */
  public GradeOverride {
    requireNonNull(grade, "grade");
    requireNonNull(finding, "finding");
    evidence = List.copyOf(evidence);
    consequences = List.copyOf(consequences);
    requireNonNull(citation, "citation");
  }
}
