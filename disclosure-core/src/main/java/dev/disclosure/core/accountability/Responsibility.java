package dev.disclosure.core.accountability;

/**
 * The degree of responsibility a participant bears (责任区分, ACC-1), from heaviest to lightest: the
 * declaration order is the order of weight, so {@code a.compareTo(b) < 0} means {@code a} is
 * heavier.
 */
public enum Responsibility {
  /** 承担主要责任 (collective decisions). */
  PRIMARY("承担主要责任", "bears primary responsibility"),
  /** 承担责任 (a handler alone, or a handler and the supervising leader who approved). */
  RESPONSIBLE("承担责任", "bears responsibility"),
  /** 承担次要责任 (other members of a collective decision). */
  SECONDARY("承担次要责任", "bears secondary responsibility"),
  /** 免除责任 (told the leader the act was wrong or gave the correct opinion). */
  EXEMPT("免除责任", "exempt from responsibility"),
  /** 不承担责任 (took no part in deciding the act). */
  NOT_INVOLVED("不承担责任", "bears no responsibility");

  private final String label;
  private final String english;

  Responsibility(String label, String english) {
    this.label = label;
    this.english = english;
  }

  /** {@return the Chinese label} */
  public String label() {
    return label;
  }

  /** {@return the English name, for example {@code bears primary responsibility}} */
  public String english() {
    return english;
  }

  /** {@return whether the participant answers for the act (primary, plain or secondary)} */
  public boolean isLiable() {
    return this == PRIMARY || this == RESPONSIBLE || this == SECONDARY;
  }
}
