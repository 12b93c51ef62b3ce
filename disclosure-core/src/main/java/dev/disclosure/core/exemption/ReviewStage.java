package dev.disclosure.core.exemption;

import dev.disclosure.calendar.Phrase;

/**
 * A stage of the review before publication (公开前审查, EX-6), in the order of 002 保密审查制度第七条: the
 * originating unit's preliminary opinion, its head's review, the secrecy review body's review and
 * the supervising leader's approval.
 *
 * <p>{@link #COMPETENT_AUTHORITY} is not one of the four: it is recorded only when the secrecy
 * review body, or an authority before it, answered 需报审, and it comes before the leader's approval
 * (002 保密审查制度第九条, 主动公开制度二第6项).
 */
public enum ReviewStage {
  /** The originating unit's preliminary opinion (承办单位初审). */
  ORIGINATING_UNIT("承办单位初审", "preliminary opinion of the originating unit"),
  /** The head of the originating unit reviews (单位负责人审核). */
  UNIT_HEAD("单位负责人审核", "review by the unit's head"),
  /** The agency's secrecy review body reviews (保密审查机构审查). */
  SECRECY_REVIEW_BODY("保密审查机构审查", "review by the secrecy review body"),
  /**
   * The authority that can decide, after a 需报审 (报有权机关确定): the higher agency or secrecy
   * administration that can determine the classification, or the secrecy bureau at the same level.
   */
  COMPETENT_AUTHORITY("报有权机关确定", "decision of the authority that can decide"),
  /** The supervising leader approves (分管领导审批). */
  SUPERVISING_LEADER("分管领导审批", "approval by the supervising leader");

  private final String label;
  private final String english;

  ReviewStage(String label, String english) {
    this.label = label;
    this.english = english;
  }

  /** {@return the English name, for example {@code review by the secrecy review body}} */
  public String english() {
    return english;
  }

  /** Returns the label and the English name as a phrase of a finding. */
  Phrase phrase() {
    return Phrase.of(label, english);
  }

  /** {@return the Chinese label, for example {@code 保密审查机构审查}} */
  public String label() {
    return label;
  }
}
