package dev.disclosure.core.exemption;

/** An opinion in the review chain (审查意见, EX-6), one of the three that 002 names. */
public enum ReviewVerdict {
  /** Disclose (公开). */
  DISCLOSE("公开"),
  /** Exempt from disclosure (免予公开). */
  EXEMPT("免予公开"),
  /** Refer to the authority that can decide (需报审). */
  REFER("需报审");

  private final String label;

  ReviewVerdict(String label) {
    this.label = label;
  }

  /** Returns the Chinese label, e.g. {@code 免予公开}. */
  public String label() {
    return label;
  }
}
