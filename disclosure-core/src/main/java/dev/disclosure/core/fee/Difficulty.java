package dev.disclosure.core.fee;

/**
 * The difficulties for which an OGI_2008 applicant must be given necessary help (阅读困难或者视听障碍,
 * REQ-7).
 */
public enum Difficulty {
  /** 阅读困难. */
  READING("阅读困难"),
  /** 视力障碍. */
  VISUAL("视力障碍"),
  /** 听力障碍. */
  HEARING("听力障碍");

  private final String label;

  Difficulty(String label) {
    this.label = label;
  }

  /** {@return the Chinese label, for example {@code 阅读困难}} */
  public String label() {
    return label;
  }
}
