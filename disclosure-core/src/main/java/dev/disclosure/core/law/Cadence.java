package dev.disclosure.core.law;

import dev.disclosure.calendar.RuleId;
import static dev.disclosure.core.law.LegalSources.DOC_001;
import static dev.disclosure.core.law.LegalSources.DOC_002;

import dev.disclosure.calendar.Citation;

/**
 * How often published content must be updated (公开时限, P-CADENCE). The rhythm of oversight and of
 * online interviews is {@link Frequency}.
 *
 * <p>These are requirements of frequency, not counted periods; checking a publication history
 * against them is the work of the proactive-disclosure rules.
 */
public enum Cadence {
  /** P-CADENCE: institutional and policy content stays published for the long term (长期公开). */
  LONG_TERM(
      Rules.P_CADENCE,
      "长期公开",
      "published for the long term",
      Citation.of(DOC_001, "明确政务公开的时间", "制度性、政策性的内容长期公开。")),
  /** P-CADENCE: routine work is published at least once a quarter (每季度至少公开一次). */
  AT_LEAST_QUARTERLY(
      Rules.P_CADENCE,
      "每季度至少公开一次",
      "published at least once a quarter",
      Citation.of(DOC_001, "明确政务公开的时间", "经常性工作的内容每季度至少公开一次。")),
  /** P-CADENCE: stage work is published stage by stage (逐段公开). */
  BY_STAGE(
      Rules.P_CADENCE,
      "逐段公开",
      "published stage by stage",
      Citation.of(DOC_001, "明确政务公开的时间", "阶段性工作的内容逐段公开。")),
  /** P-CADENCE: important temporary work is published promptly (及时公开). */
  PROMPTLY(
      Rules.P_CADENCE,
      "及时公开",
      "published promptly",
      Citation.of(DOC_001, "明确政务公开的时间", "比较重要的临时工作内容及时公开。")),
  /** P-CADENCE: dynamic information is reported weekly, with a zero report when there is none (零报告，每周一报). */
  WEEKLY_ZERO_REPORT(
      Rules.P_CADENCE,
      "零报告制度，每周一报",
      "reported every week, with a zero report when there is nothing to report",
      Citation.of(DOC_002, "动态信息报送", "公开动态信息报送要建立零报告制度，做到每周一报。"));
  private final RuleId id;
  private final String label;
  private final String english;
  private final Citation citation;

  Cadence(RuleId id, String label, String english, Citation citation) {
    this.id = id;
    this.label = label;
    this.english = english;
    this.citation = citation;
  }

  /** {@return the catalog ID of the rule, {@code P-CADENCE}} */
  public RuleId id() {
    return id;
  }

  /** {@return the Chinese wording of the cadence, for example {@code 每季度至少公开一次}} */
  public String label() {
    return label;
  }

  /** {@return the cadence in English, for example {@code published at least once a quarter}} */
  public String english() {
    return english;
  }

  /** {@return the provision that sets the cadence} */
  public Citation citation() {
    return citation;
  }
}
