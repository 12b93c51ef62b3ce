package dev.disclosure.core.proactive;

/**
 * A step of the pre-publication approval (公开前审核, PRO-7), in the only order the rules allow: the
 * drafting office proposes, the supervising leader checks, the principal leader agrees, then the
 * item is published ("先审查后公开").
 */
public enum ApprovalStep {
  /** 拟稿科室提出: the drafting office proposes the content for publication. */
  PROPOSED("拟稿科室提出", "proposed by the drafting office"),
  /** 分管领导审核: the supervising leader checks it. */
  CHECKED("分管领导审核", "checked by the supervising leader"),
  /** 主要领导同意: the principal leader (or the leading group's head) agrees. */
  AGREED("主要领导同意", "agreed by the principal leader"),
  /** 予以公开: the item is published. */
  PUBLISHED("予以公开", "published");

  private final String label;
  private final String english;

  ApprovalStep(String label, String english) {
    this.label = label;
    this.english = english;
  }

  /** {@return the Chinese name of the step, for example {@code 分管领导审核}} */
  public String label() {
    return label;
  }

  /** {@return the step in English, for example {@code checked by the supervising leader}} */
  public String english() {
    return english;
  }
}
