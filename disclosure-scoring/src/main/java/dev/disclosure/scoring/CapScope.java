package dev.disclosure.scoring;

/**
 * Where deductions stop (扣完为止的范围): at the criterion, at its section or at the rubric's total.
 * A criterion's deductions beyond its own points are not applied under {@link #CRITERION}; under
 * {@link #SECTION} they are carried to the other criteria of the section, which stops at zero; under
 * {@link #RUBRIC} only the total stops at zero (and not even there if the rubric allows a negative
 * total).
 */
public enum CapScope {
  /** Down to zero for the criterion (扣完该项得分, the criterion read as 项). */
  CRITERION("以该项分值为限", "the criterion"),
  /** Down to zero for the section (扣完该项得分, the section read as 项). */
  SECTION("以该部分分值为限", "the section"),
  /** Down to zero for the total only. */
  RUBRIC("以总分为限", "the total");

  private final String label;
  private final String english;

  CapScope(String label, String english) {
    this.label = label;
    this.english = english;
  }

  /** {@return the Chinese words, e.g. {@code 以该项分值为限}} */
  public String label() {
    return label;
  }

  /** {@return the English words, e.g. {@code the criterion}} */
  public String english() {
    return english;
  }
}
