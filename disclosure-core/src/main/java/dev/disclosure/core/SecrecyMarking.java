package dev.disclosure.core;

/** The secrecy marking of a document (密级标志, EX-4). */
public enum SecrecyMarking {
  /** No marking (未标密). */
  NONE("无", "no marking"),
  /** 秘密. */
  SECRET("秘密", "secret"),
  /** 机密. */
  CONFIDENTIAL("机密", "confidential"),
  /** 绝密. */
  TOP_SECRET("绝密", "top secret");

  private final String label;
  private final String english;

  SecrecyMarking(String label, String english) {
    this.label = label;
    this.english = english;
  }

  /** {@return the English name, for example {@code confidential}} */
  public String english() {
    return english;
  }

  /** {@return the Chinese marking, for example {@code 机密}} */
  public String label() {
    return label;
  }

  /** {@return whether the document is marked as a state secret at any level} */
  public boolean isClassified() {
    return this != NONE;
  }
}
