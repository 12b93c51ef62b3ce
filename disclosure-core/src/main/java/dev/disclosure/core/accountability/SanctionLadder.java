package dev.disclosure.core.accountability;

import static java.util.Objects.requireNonNull;

import dev.disclosure.calendar.Citation;
import dev.disclosure.core.law.Rules;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The sanction ladder (责任的追究, ACC-2, 来源文件002 责任追究制度四、2.):
 *
 * <ul>
 *   <li>minor, little effect → warning or criticism of the person directly responsible, who
 *       corrects within a deadline;
 *   <li>affects normal work or harms the public → criticism of the unit; circulated criticism and a
 *       written self-examination for the person;
 *   <li>serious, large effect → circulated criticism and rectification within a deadline for the
 *       unit; circulated criticism and, as warranted, a disciplinary sanction for the supervising
 *       leader; a disciplinary sanction for the person directly responsible;
 *   <li>a crime → referral to the judicial authorities.
 * </ul>
 *
 * <p>[convention] The rungs are not cumulative: a crime is referred, and any measures of lower
 * rungs are for the deciding body to add. Thread-safe; no state.
 */
public final class SanctionLadder {

  private SanctionLadder() {}

  /**
   * Returns the sanctions a severity calls for (责任追究措施).
   *
   * @param severity the severity (情节)
   * @return the sanctions, in the source's order
   */
  public static List<Sanction> sanctionsFor(Severity severity) {
    requireNonNull(severity, "severity");
    switch (severity) {
      case MINOR:
        return List.of(
            new Sanction(SanctionTarget.RESPONSIBLE_PERSON, Measure.WARNING_OR_CRITICISM),
            new Sanction(SanctionTarget.RESPONSIBLE_PERSON, Measure.CORRECT_WITHIN_DEADLINE));
      case AFFECTS_WORK_OR_HARMS_PUBLIC:
        return List.of(
            new Sanction(SanctionTarget.UNIT, Measure.CRITICISM),
            new Sanction(SanctionTarget.RESPONSIBLE_PERSON, Measure.CIRCULATED_CRITICISM),
            new Sanction(SanctionTarget.RESPONSIBLE_PERSON, Measure.WRITTEN_SELF_EXAMINATION));
      case SERIOUS:
        return List.of(
            new Sanction(SanctionTarget.UNIT, Measure.CIRCULATED_CRITICISM),
            new Sanction(SanctionTarget.UNIT, Measure.RECTIFY_WITHIN_DEADLINE),
            new Sanction(SanctionTarget.SUPERVISING_LEADER, Measure.CIRCULATED_CRITICISM),
            new Sanction(
                SanctionTarget.SUPERVISING_LEADER, Measure.DISCIPLINARY_SANCTION_AS_WARRANTED),
            new Sanction(SanctionTarget.RESPONSIBLE_PERSON, Measure.DISCIPLINARY_SANCTION));
      default:
        return List.of(new Sanction(SanctionTarget.CASE, Measure.REFER_TO_JUDICIAL_AUTHORITIES));
    }
  }

  /** Returns the provision that sets the ladder. */
  public static Citation citation() {
    return AccountabilityCitations.SANCTIONS;
  }

  /**
   * Explains the sanctions for a severity, e.g. {@code ACC-2: 情节轻微，影响较小 →
   * 对直接责任人告诫或批评教育；对直接责任人限期改正}.
   *
   * @param severity the severity
   * @return the explanation with its citation
   */
  public static String explain(Severity severity) {
    return Rules.ACC_2
        + ": "
        + severity.label()
        + " → "
        + sanctionsFor(severity).stream().map(Sanction::label).collect(Collectors.joining("；"))
        + "（"
        + citation().toReference()
        + "）";
  }
}
