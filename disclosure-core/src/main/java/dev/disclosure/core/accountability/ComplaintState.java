package dev.disclosure.core.accountability;

/** Where an accepted complaint stands (投诉办理状态, ACC-3). */
public enum ComplaintState {
  /** 已受理: registered, not yet handled. */
  REGISTERED("已受理"),
  /** 督办中: a supervision opinion or order is with the window, awaiting its written reply. */
  UNDER_SUPERVISION("督办中"),
  /** 已回复: the window replied in writing; the complainant's view is awaited. */
  REPLIED("窗口已书面回复"),
  /** 已办结. */
  CLOSED("已办结");

  private final String label;

  ComplaintState(String label) {
    this.label = label;
  }

  /** {@return the Chinese label} */
  public String label() {
    return label;
  }
}
