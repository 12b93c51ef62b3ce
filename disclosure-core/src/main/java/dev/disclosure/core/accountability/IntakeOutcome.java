package dev.disclosure.core.accountability;

/** The intake decision on a complaint (投诉受理, ACC-3). */
public enum IntakeOutcome {
  /** 正式受理: a valid complaint within the remit. */
  ACCEPTED("正式受理", "accepted"),
  /** 不作投诉登记: withdrawn voluntarily after explanation; the window is told. */
  NOT_REGISTERED("不作投诉登记，并将有关情况反馈给窗口", "not registered; the window is told"),
  /** 不受理、不登记、不转办: outside the remit; explained, and the competent body pointed out. */
  OUTSIDE_REMIT("不受理、不登记、不转办，向投诉人做好解释并视情况提供投诉受理部门信息", "not accepted, registered or referred; explained to the complainant, with the competent body pointed out as warranted"),
  /** 须凭受理回执投诉: the window issued a receipt that was not presented. */
  RECEIPT_REQUIRED("窗口已出具受理回执，须凭受理回执投诉", "the window issued a receipt; the complaint is made with it"),
  /** 无效投诉，不予受理: frivolous, or without target or matter. */
  INVALID("无效投诉，不予受理", "invalid, not accepted");

  private final String label;
  private final String english;

  IntakeOutcome(String label, String english) {
    this.label = label;
    this.english = english;
  }

  /** {@return the Chinese label} */
  public String label() {
    return label;
  }

  /** {@return the English name, for example {@code accepted}} */
  public String english() {
    return english;
  }
}
