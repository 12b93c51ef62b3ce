package dev.disclosure.core.proactive;

/**
 * A kind of step of pre-publication approval (公开前审核, PRO-7). Which steps a body takes, in which
 * order and in which words, is its {@link ApprovalProcedure}; the labels here are the kinds' generic
 * names.
 */
public enum ApprovalStep {
  /** 提出: the office that holds the content proposes it for publication (提出公开内容或意见). */
  PROPOSED("拟稿科室提出", "proposed by the drafting office"),
  /** 审查: the disclosure office reviews what was submitted (政府信息公开办公室审查). */
  DISCLOSURE_OFFICE_REVIEW("政府信息公开办公室审查", "reviewed by the disclosure office"),
  /** 审核: the supervising leader checks it (分管领导审核). */
  CHECKED("分管领导审核", "checked by the supervising leader"),
  /** 保密审查: the secrecy committee reviews content that involves state secrets (保密委员会保密审查). */
  SECRECY_REVIEW("保密委员会保密审查", "reviewed for secrets by the secrecy committee"),
  /** 协调确认: content that involves a third party's rights is coordinated with the bodies concerned. */
  THIRD_PARTY_COORDINATION(
      "与涉及第三方权益的其他政府机关协调确认",
      "coordinated and confirmed with the other government bodies concerned with the third party's"
          + " rights"),
  /** 研究: the disclosure leading group studies it (提交政务公开领导小组研究). */
  LEADING_GROUP_STUDY("提交政务公开领导小组研究", "studied by the disclosure leading group"),
  /** 讨论通过: the Party group discusses and passes it (提交党组讨论通过). */
  PARTY_GROUP_DISCUSSION("提交党组讨论通过", "discussed and passed by the Party group"),
  /** 同意、审定: the principal leader, the group's head or the principal person in charge agrees. */
  AGREED("主要领导同意", "agreed by the principal leader"),
  /** 予以公开: the item is published. */
  PUBLISHED("予以公开", "published"),
  /** 备案: filed with the supervising department at the same time (同时报主管部门备案). */
  FILED_WITH_SUPERVISING_DEPARTMENT("报主管部门备案", "filed with the supervising department");

  private final String label;
  private final String english;

  ApprovalStep(String label, String english) {
    this.label = label;
    this.english = english;
  }

  /**
   * {@return the generic Chinese name of the step, e.g. {@code 分管领导审核}}
   */
  public String label() {
    return label;
  }

  /** {@return the step in English, for example {@code checked by the supervising leader}} */
  public String english() {
    return english;
  }
}
