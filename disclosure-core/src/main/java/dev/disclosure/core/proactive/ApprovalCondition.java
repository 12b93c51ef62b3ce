package dev.disclosure.core.proactive;

/**
 * A fact about an item that adds steps to its pre-publication approval (PRO-7, 来源文件002
 * 主动公开制度二、1 and 2): content that involves state secrets is reviewed by the secrecy committee;
 * content that involves a third party's rights is coordinated with the bodies concerned.
 */
public enum ApprovalCondition {
  /** 涉及国家秘密: the secrecy committee's review is added. */
  INVOLVES_STATE_SECRETS("涉及国家秘密", "involves state secrets"),
  /** 涉及第三方权益: coordination with the other bodies concerned is added. */
  INVOLVES_THIRD_PARTY_RIGHTS("涉及第三方权益", "involves a third party's rights");

  private final String label;
  private final String english;

  ApprovalCondition(String label, String english) {
    this.label = label;
    this.english = english;
  }

  /**
   * {@return the source's wording, e.g. {@code 涉及国家秘密}}
   */
  public String label() {
    return label;
  }

  /** {@return the English name} */
  public String english() {
    return english;
  }
}
