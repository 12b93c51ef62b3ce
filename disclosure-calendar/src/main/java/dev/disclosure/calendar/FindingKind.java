package dev.disclosure.calendar;

/**
 * What a {@link Finding} says about its rule (认定类型): applied, broken, a convention chosen where the
 * text is silent, or an answer that rests on a provisional estimate.
 */
public enum FindingKind {
  /** The rule was applied (适用): a step counted, a ground found, a point awarded. */
  APPLIED("适用", "applied"),
  /** The rule was broken (违反): a late notice, a second correction request, a wrong total. */
  BROKEN("违反", "broken"),
  /** Where the text is silent the library chose a stated convention (约定). */
  CONVENTION("约定", "convention"),
  /** The answer rests on the calendar's provisional estimate (暂定, CAL-9). */
  PROVISIONAL("暂定", "provisional");

  private final String label;
  private final String english;

  FindingKind(String label, String english) {
    this.label = label;
    this.english = english;
  }

  /** {@return the Chinese label, for example {@code 违反}} */
  public String label() {
    return label;
  }

  /** {@return the English word, for example {@code broken}} */
  public String english() {
    return english;
  }
}
