package dev.disclosure.core.accountability;

import static java.util.Objects.requireNonNull;

import dev.disclosure.calendar.Citation;
import dev.disclosure.calendar.Finding;
import dev.disclosure.calendar.FindingKind;
import dev.disclosure.calendar.Language;
import dev.disclosure.calendar.Phrase;
import dev.disclosure.core.law.Rules;
import java.util.List;

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

  /** {@return the provision that sets the ladder} */
  public static Citation citation() {
    return AccountabilityCitations.SANCTIONS;
  }

  /**
   * Returns the sanctions a severity calls for as an applied ACC-2 finding, for example {@code [ACC-2]
   * 情节轻微，影响较小 → 对直接责任人告诫或批评教育；对直接责任人限期改正（依据…）}.
   *
   * @param severity the severity
   * @return the finding, citing the ladder
   */
  public static Finding finding(Severity severity) {
    List<Sanction> sanctions = sanctionsFor(severity);
    StringBuilder chinese = new StringBuilder("{0} → ");
    StringBuilder english = new StringBuilder("{0} → ");
    Object[] values = new Object[sanctions.size() + 1];
    values[0] = Phrase.of(severity.label(), severity.english());
    for (int i = 0; i < sanctions.size(); i++) {
      String place = "{" + (i + 1) + "}";
      chinese.append(i == 0 ? "" : "；").append(place);
      english.append(i == 0 ? "" : "; ").append(place);
      values[i + 1] = sanctions.get(i).phrase();
    }
    return Finding.of(
        Rules.ACC_2,
        FindingKind.APPLIED,
        Phrase.of(chinese.toString(), english.toString(), values),
        List.of(citation()));
  }

  /**
   * Explains the sanctions for a severity in Chinese, for example {@code [ACC-2] 情节轻微，影响较小 →
   * 对直接责任人告诫或批评教育；对直接责任人限期改正（依据《政务公开工作制度》（来源文件002）责任追究制度四、2.）}.
   *
   * @param severity the severity
   * @return the explanation with its citation
   */
  public static String explain(Severity severity) {
    return explain(severity, Language.CHINESE);
  }

  /**
   * Explains the sanctions for a severity in a language.
   *
   * @param severity the severity
   * @param language Chinese or English
   * @return the explanation with its citation
   */
  public static String explain(Severity severity, Language language) {
    requireNonNull(language, "language");
    return finding(severity).render(language);
  }
}
