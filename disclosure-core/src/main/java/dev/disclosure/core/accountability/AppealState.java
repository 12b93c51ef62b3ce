package dev.disclosure.core.accountability;

/** Where an accountability appeal stands (复核申诉状态). */
public enum AppealState {
  /** 已收到处理通知: the notice was received; an appeal may be filed within the window. */
  NOTIFIED("已收到处理通知"),
  /** 已申请: filed; the office has not yet received the application or accepted the complaint. */
  FILED("已申请复核或提出申诉"),
  /** 复核中: received by the office; its decision is awaited. */
  UNDER_REVIEW("复核中"),
  /** 已裁决. */
  DECIDED("已裁决");

  private final String label;

  AppealState(String label) {
    this.label = label;
  }

  /** {@return the Chinese label} */
  public String label() {
    return label;
  }
}
