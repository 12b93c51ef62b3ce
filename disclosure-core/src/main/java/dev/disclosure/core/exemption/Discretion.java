package dev.disclosure.core.exemption;

import dev.disclosure.calendar.Phrase;

/**
 * The agency's choice under a ground that only permits withholding (可以不予公开): OGI_2019 第十六条
 * (internal affairs, process information, enforcement case files), 国办发〔2010〕5号 第二条 under OGI_2008
 * (一般不属于应公开的政府信息), and local grounds that yield to a law. The text gives a discretion, not a
 * duty: the agency may disclose.
 */
public enum Discretion {
  /**
   * The agency has not stated its choice; the library takes the discretion as exercised to withhold
   * and says so in a convention finding [convention].
   */
  UNSTATED("机关未说明如何行使裁量", "the agency has not stated its choice"),
  /** The agency chose to withhold (决定不予公开). */
  WITHHOLD("机关行使裁量决定不予公开", "the agency chose to withhold"),
  /** The agency chose to disclose (决定公开). */
  DISCLOSE("机关行使裁量决定公开", "the agency chose to disclose");

  private final String label;
  private final String english;

  Discretion(String label, String english) {
    this.label = label;
    this.english = english;
  }

  /** {@return the Chinese label} */
  public String label() {
    return label;
  }

  /** {@return the English name} */
  public String english() {
    return english;
  }

  /** Returns the label and the English name as a phrase of a finding. */
  Phrase phrase() {
    return Phrase.of(label, english);
  }
}
