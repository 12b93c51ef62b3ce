package dev.disclosure.core.accountability;

/** How a faulty act was decided (行为作出方式), which fixes who answers for it (ACC-1, 来源文件002). */
public enum DecisionMode {
  /** 未报主管领导审核批准而作出: the handler alone. */
  HANDLER_ALONE("未报主管领导审核批准而作出", "done without the supervising leader's review and approval"),
  /** 经主管领导审核批准或同意后作出. */
  APPROVED_BY_SUPERVISING_LEADER("经主管领导审核批准或同意后作出", "done after the supervising leader reviewed and approved or agreed"),
  /** 经过领导班子集体讨论决定作出. */
  COLLECTIVE("经过领导班子集体讨论决定作出", "decided by the leadership collectively");

  private final String label;
  private final String english;

  DecisionMode(String label, String english) {
    this.label = label;
    this.english = english;
  }

  /** {@return the Chinese label} */
  public String label() {
    return label;
  }

  /** {@return the English name, for example {@code decided by the leadership collectively}} */
  public String english() {
    return english;
  }
}
