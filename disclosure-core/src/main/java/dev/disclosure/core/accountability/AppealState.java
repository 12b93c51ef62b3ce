package dev.disclosure.core.accountability;

/** Where an accountability appeal stands (复核申诉状态). */
public enum AppealState {
  /** 已收到处理通知: the notice was received; an appeal may be filed within the window. */
  NOTIFIED("已收到处理通知"),
  /** 复核中: filed; the office's decision is awaited. */
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
