package dev.disclosure.core.exemption;

import dev.disclosure.calendar.Phrase;

/** An opinion in the review chain (审查意见, EX-6), one of the three that 002 names. */
public enum ReviewVerdict {
  /** Disclose (公开). */
  DISCLOSE("公开", "disclose"),
  /** Exempt from disclosure (免予公开). */
  EXEMPT("免予公开", "exempt from disclosure"),
  /** Refer to the authority that can decide (需报审). */
  REFER("需报审", "refer to the authority that can decide");

  private final String label;
  private final String english;

  ReviewVerdict(String label, String english) {
    this.label = label;
    this.english = english;
  }

  /** {@return the English name, for example {@code exempt from disclosure}} */
  public String english() {
    return english;
  }

  /** Returns the label and the English name as a phrase of a finding. */
  Phrase phrase() {
    return Phrase.of(label, english);
  }

  /** {@return the Chinese label, for example {@code 免予公开}} */
  public String label() {
    return label;
  }
}
