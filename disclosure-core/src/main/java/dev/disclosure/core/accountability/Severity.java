package dev.disclosure.core.accountability;

/** How serious a violation is (情节, ACC-2), from least to most serious. */
public enum Severity {
  /** 情节轻微，影响较小. */
  MINOR("情节轻微，影响较小", "minor, with little effect"),
  /** 影响正常工作，或者给群众造成损失. */
  AFFECTS_WORK_OR_HARMS_PUBLIC("影响正常工作，或者给群众造成损失", "affects normal work or causes the public a loss"),
  /** 情节严重，影响较大. */
  SERIOUS("情节严重，影响较大", "serious, with a large effect"),
  /** 构成犯罪. */
  CRIME("构成犯罪", "a crime");

  private final String label;
  private final String english;

  Severity(String label, String english) {
    this.label = label;
    this.english = english;
  }

  /** {@return the Chinese label} */
  public String label() {
    return label;
  }

  /** {@return the English name, for example {@code serious, with a large effect}} */
  public String english() {
    return english;
  }
}
