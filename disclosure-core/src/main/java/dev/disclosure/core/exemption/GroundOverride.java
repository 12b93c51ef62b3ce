package dev.disclosure.core.exemption;

import dev.disclosure.calendar.Phrase;

/** What, if anything, lifts an exemption ground (例外情形, EX-2, EX-3). */
public enum GroundOverride {
  /** Nothing: the ground always withholds (绝对不公开). */
  NONE("不得公开", "never disclosed"),
  /**
   * The right holder's consent, or a public interest the agency judges to outweigh the harm
   * (OGI_2008: clearly outweighs the possible harm and no law forbids; OGI_2019: non-disclosure
   * would seriously affect the public interest).
   */
  CONSENT_OR_PUBLIC_INTEREST("权利人同意或者公共利益需要", "the right holder's consent or the public interest"),
  /** A clear public interest without substantive harm to individuals (OGI_2008 ground 5). */
  PUBLIC_INTEREST_WITHOUT_SUBSTANTIVE_HARM("有明显的公共利益且不会造成个人利益实质性损害", "a clear public interest without substantive harm to individuals"),
  /** May be withheld, unless a law, regulation or rule requires disclosure (OGI_2019 第十六条). */
  UNLESS_LAW_REQUIRES_DISCLOSURE("可以不予公开，法律、法规、规章规定应当公开的从其规定", "may be withheld, unless a law, regulation or rule requires disclosure");

  private final String label;
  private final String english;

  GroundOverride(String label, String english) {
    this.label = label;
    this.english = english;
  }

  /** {@return the English name, for example {@code never disclosed}} */
  public String english() {
    return english;
  }

  /** Returns the label and the English name as a phrase of a finding. */
  Phrase phrase() {
    return Phrase.of(label, english);
  }

  /** {@return the Chinese wording of the override} */
  public String label() {
    return label;
  }
}
