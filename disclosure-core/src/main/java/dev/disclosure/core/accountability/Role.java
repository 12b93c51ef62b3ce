package dev.disclosure.core.accountability;

/** A participant's role in a faulty act (ACC-1). */
public enum Role {
  /** 承办人. */
  HANDLER("承办人"),
  /** 主管领导. */
  SUPERVISING_LEADER("主管领导"),
  /** 主要领导. */
  PRINCIPAL_LEADER("主要领导"),
  /** 班子其他成员. */
  OTHER_MEMBER("班子其他成员");

  private final String label;

  Role(String label) {
    this.label = label;
  }

  /** Returns the Chinese label. */
  public String label() {
    return label;
  }
}
