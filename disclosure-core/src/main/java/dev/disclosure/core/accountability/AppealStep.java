package dev.disclosure.core.accountability;

/** The steps of an accountability appeal (复核申诉环节). */
public enum AppealStep {
  /** 申请复核或提出申诉. */
  FILE("申请复核或提出申诉"),
  /** 接到复核申请或受理申诉: the office receives the application or accepts the complaint. */
  RECEIVE("接到复核申请或受理申诉"),
  /** 作出裁决. */
  DECIDE("作出裁决");

  private final String label;

  AppealStep(String label) {
    this.label = label;
  }

  /** {@return the Chinese label} */
  public String label() {
    return label;
  }
}
