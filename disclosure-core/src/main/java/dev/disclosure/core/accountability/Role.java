package dev.disclosure.core.accountability;

/** A participant's role in a faulty act (ACC-1). */
public enum Role {
  /** 承办人. */
  HANDLER("承办人", "handler"),
  /** 主管领导. */
  SUPERVISING_LEADER("主管领导", "supervising leader"),
  /** 主要领导. */
  PRINCIPAL_LEADER("主要领导", "principal leader"),
  /** 班子其他成员. */
  OTHER_MEMBER("班子其他成员", "other member of the leadership");

  private final String label;
  private final String english;

  Role(String label, String english) {
    this.label = label;
    this.english = english;
  }

  /** {@return the Chinese label} */
  public String label() {
    return label;
  }

  /** {@return the English name, for example {@code supervising leader}} */
  public String english() {
    return english;
  }
}
