package dev.disclosure.core;

/** The secrecy marking of a document (密级标志, EX-4). */
public enum SecrecyMarking {
  /** No marking (未标密). */
  NONE("无"),
  /** 秘密. */
  SECRET("秘密"),
  /** 机密. */
  CONFIDENTIAL("机密"),
  /** 绝密. */
  TOP_SECRET("绝密");

  private final String label;

  SecrecyMarking(String label) {
    this.label = label;
  }

  /** Returns the Chinese marking, e.g. {@code 机密}. */
  public String label() {
    return label;
  }

  /** Returns whether the document is marked as a state secret at any level. */
  public boolean isClassified() {
    return this != NONE;
  }
}
