package dev.disclosure.calendar;

import static dev.disclosure.calendar.LegalSources.DOC_000;
import static dev.disclosure.calendar.LegalSources.DOC_001;
import static dev.disclosure.calendar.LegalSources.DOC_002;
import static dev.disclosure.calendar.LegalSources.DOC_003;

/**
 * How often something must happen (公开时限与频次): the update cadences of published content
 * (P-CADENCE) and the rhythm of oversight (P-OVERSIGHT).
 *
 * <p>These are requirements of frequency, not counted periods; checking a publication history
 * against them is the work of the proactive-disclosure rules.
 */
public enum Cadence {
  /** P-CADENCE: institutional and policy content stays published for the long term (长期公开). */
  LONG_TERM(
      "P-CADENCE", "长期公开", Citation.of(DOC_001, "明确政务公开的时间", "制度性、政策性的内容长期公开。")),
  /** P-CADENCE: routine work is published at least once a quarter (每季度至少公开一次). */
  AT_LEAST_QUARTERLY(
      "P-CADENCE", "每季度至少公开一次", Citation.of(DOC_001, "明确政务公开的时间", "经常性工作的内容每季度至少公开一次。")),
  /** P-CADENCE: stage work is published stage by stage (逐段公开). */
  BY_STAGE("P-CADENCE", "逐段公开", Citation.of(DOC_001, "明确政务公开的时间", "阶段性工作的内容逐段公开。")),
  /** P-CADENCE: important temporary work is published promptly (及时公开). */
  PROMPTLY(
      "P-CADENCE", "及时公开", Citation.of(DOC_001, "明确政务公开的时间", "比较重要的临时工作内容及时公开。")),
  /** P-CADENCE: dynamic information is reported weekly, with a zero report when there is none (零报告，每周一报). */
  WEEKLY_ZERO_REPORT(
      "P-CADENCE",
      "零报告制度，每周一报",
      Citation.of(DOC_002, "动态信息报送", "公开动态信息报送要建立零报告制度，做到每周一报。")),
  /** P-OVERSIGHT: supervision checks at least twice a year (每年检查不少于两次). */
  SUPERVISION_TWICE_A_YEAR(
      "P-OVERSIGHT",
      "每年检查不少于两次",
      Citation.of(DOC_000, "监督检查", "本办的政务公开领导小组负责对各科室推行政务公开情况进行监督检查。督查工作由综合科具体组织，每年检查不少于两次。")),
  /** P-OVERSIGHT: the joint meeting meets once a quarter (联席会议每季度召开一次). */
  JOINT_MEETING_QUARTERLY(
      "P-OVERSIGHT", "联席会议每季度召开一次", Citation.of(DOC_002, "联席会议制度", "联席会议每季度召开一次。")),
  /** P-OVERSIGHT: demonstration sites are evaluated every November (每年11月考评). */
  DEMONSTRATION_EVALUATION_EVERY_NOVEMBER(
      "P-OVERSIGHT",
      "每年11月对示范点建设情况进行考评",
      Citation.of(DOC_001, "政务公开示范点建设考评办法第六条", "每年11月对政务公开示范点建设情况进行考评。")),
  /** P-INTERVIEW: at least 26 online interviews a year, at most 2 hours each (每年度原则上不少于26期，每期不超过2小时). */
  ONLINE_INTERVIEWS_26_A_YEAR(
      "P-INTERVIEW",
      "每年度原则上不少于26期，每期不超过2小时",
      Citation.of(DOC_003, "“网上访谈”工作制度第十三条", "“网上访谈”每年度原则上不少于26期，活动时间每期不超过2小时。"));

  private final String id;
  private final String label;
  private final Citation citation;

  Cadence(String id, String label, Citation citation) {
    this.id = id;
    this.label = label;
    this.citation = citation;
  }

  /** Returns the catalog ID of the rule, e.g. {@code P-CADENCE}. */
  public String id() {
    return id;
  }

  /** Returns the Chinese wording of the cadence, e.g. {@code 每季度至少公开一次}. */
  public String label() {
    return label;
  }

  /** Returns the provision that sets the cadence. */
  public Citation citation() {
    return citation;
  }
}
