package dev.disclosure.core.law;

import dev.disclosure.calendar.RuleId;
import static dev.disclosure.core.law.LegalSources.DOC_000;
import static dev.disclosure.core.law.LegalSources.DOC_001;
import static dev.disclosure.core.law.LegalSources.DOC_002;
import static dev.disclosure.core.law.LegalSources.DOC_003;

import dev.disclosure.calendar.Citation;

/**
 * How often oversight and online interviews must happen (监督检查与网上访谈频次, P-OVERSIGHT and
 * P-INTERVIEW). The update cadences of published content are {@link Cadence}.
 */
public enum Frequency {
  /** P-OVERSIGHT: supervision checks at least twice a year (每年检查不少于两次). */
  SUPERVISION_TWICE_A_YEAR(
      Rules.P_OVERSIGHT,
      "每年检查不少于两次",
      Citation.of(DOC_000, "监督检查", "本办的政务公开领导小组负责对各科室推行政务公开情况进行监督检查。督查工作由综合科具体组织，每年检查不少于两次。")),
  /** P-OVERSIGHT: the joint meeting meets once a quarter (联席会议每季度召开一次). */
  JOINT_MEETING_QUARTERLY(
      Rules.P_OVERSIGHT, "联席会议每季度召开一次", Citation.of(DOC_002, "联席会议制度", "联席会议每季度召开一次。")),
  /** P-OVERSIGHT: demonstration sites are evaluated every November (每年11月考评). */
  DEMONSTRATION_EVALUATION_EVERY_NOVEMBER(
      Rules.P_OVERSIGHT,
      "每年11月对示范点建设情况进行考评",
      Citation.of(DOC_001, "政务公开示范点建设考评办法第六条", "每年11月对政务公开示范点建设情况进行考评。")),
  /** P-INTERVIEW: at least 26 online interviews a year, at most 2 hours each (每年度原则上不少于26期，每期不超过2小时). */
  ONLINE_INTERVIEWS_26_A_YEAR(
      Rules.P_INTERVIEW,
      "每年度原则上不少于26期，每期不超过2小时",
      Citation.of(DOC_003, "“网上访谈”工作制度第十三条", "“网上访谈”每年度原则上不少于26期，活动时间每期不超过2小时。"));

  private final RuleId id;
  private final String label;
  private final Citation citation;

  Frequency(RuleId id, String label, Citation citation) {
    this.id = id;
    this.label = label;
    this.citation = citation;
  }

  /** {@return the catalog ID of the rule, {@code P-OVERSIGHT} or {@code P-INTERVIEW}} */
  public RuleId id() {
    return id;
  }

  /** {@return the Chinese wording, for example {@code 每年检查不少于两次}} */
  public String label() {
    return label;
  }

  /** {@return the provision that sets the frequency} */
  public Citation citation() {
    return citation;
  }
}
