package dev.disclosure.core.accountability;

/** How serious a violation is (情节, ACC-2), from least to most serious. */
public enum Severity {
  /** 情节轻微，影响较小. */
  MINOR("情节轻微，影响较小"),
  /** 影响正常工作，或者给群众造成损失. */
  AFFECTS_WORK_OR_HARMS_PUBLIC("影响正常工作，或者给群众造成损失"),
  /** 情节严重，影响较大. */
  SERIOUS("情节严重，影响较大"),
  /** 构成犯罪. */
  CRIME("构成犯罪");

  private final String label;

  Severity(String label) {
    this.label = label;
  }

  /** Returns the Chinese label. */
  public String label() {
    return label;
  }
}
