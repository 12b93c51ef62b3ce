package dev.disclosure.core.accountability;

import static java.util.Objects.requireNonNull;

import dev.disclosure.calendar.Citation;
import dev.disclosure.calendar.Finding;
import dev.disclosure.calendar.Language;
import java.util.List;

/**
 * The sanction ladder (责任的追究, ACC-2, 来源文件002 责任追究制度四、2.):
 *
 * <ul>
 *   <li>minor, little effect → warning or criticism of the person directly responsible, who
 *       corrects within a deadline;
 *   <li>affects normal work or harms the public → criticism of the unit; circulated criticism and a
 *       written self-examination for the persons concerned (有关责任人);
 *   <li>serious, large effect → circulated criticism and rectification within a deadline for the
 *       unit; circulated criticism and, as warranted, a disciplinary sanction for the supervising
 *       leader; a disciplinary sanction for the person directly responsible;
 *   <li>a crime → referral to the judicial authorities.
 * </ul>
 *
 * <p>[convention] The rungs are not cumulative: a crime is referred, and any measures of lower
 * rungs are for the deciding body to add. The table is {@link SanctionScheme#DOC_002}; the other
 * sources' ladders are the other {@link SanctionScheme}s. Thread-safe; no state.
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
    return SanctionScheme.DOC_002.sanctionsFor(severity);
  }

  /** {@return the provision that sets the ladder} */
  public static Citation citation() {
    return SanctionScheme.DOC_002.citation();
  }

  /**
   * Returns the sanctions a severity calls for as an applied ACC-2 finding, for example {@code [ACC-2]
   * 情节轻微，影响较小 → 对直接责任人告诫或批评教育；对直接责任人限期改正（依据…）}.
   *
   * @param severity the severity
   * @return the finding, citing the ladder
   */
  public static Finding finding(Severity severity) {
    requireNonNull(severity, "severity");
    return SanctionScheme.DOC_002.finding(severity);
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
