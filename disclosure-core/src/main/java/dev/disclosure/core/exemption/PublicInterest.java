package dev.disclosure.core.exemption;

import dev.disclosure.calendar.Phrase;

import static java.util.Objects.requireNonNull;

import dev.disclosure.core.Regime;

/**
 * A public-interest finding (公共利益判断) the agency has made: that one of the regimes' legal tests is
 * met. The library never makes this judgment; the caller states which tests it found met, and each
 * lifts only the grounds its provision names.
 *
 * <ul>
 *   <li>{@link #OUTWEIGHS_HARM}: OGI_2008 grounds (3) and (4), 002 不予公开的政府信息第2项;
 *   <li>{@link #CLEAR_WITHOUT_SUBSTANTIVE_HARM}: OGI_2008 ground (5), 002 不予公开的政府信息第3项;
 *   <li>{@link #NON_DISCLOSURE_SERIOUSLY_AFFECTS}: trade secrets and privacy under OGI_2019 第十五条
 *       and 第三十二条, and equally under OGI_2008 第十四条第四款 and 第二十三条 (restated by 002 依申请公开制度第（4）项), so
 *       both regimes know it.
 * </ul>
 */
public enum PublicInterest {
  /**
   * The public interest clearly outweighs the possible harm and no law, regulation or rule forbids
   * disclosure (公共利益明显超过可能造成的损害，且不违反法律、法规和规章规定); OGI_2008 only.
   */
  OUTWEIGHS_HARM("公开该信息所涉及的公共利益明显超过可能造成的损害，且不违反法律、法规和规章规定", "the public interest clearly outweighs the possible harm and no law, regulation or rule forbids disclosure"),
  /**
   * A clear public interest and no substantive harm to individuals (有明显的公共利益并且公开不会造成个人利益实质性损害);
   * OGI_2008 only.
   */
  CLEAR_WITHOUT_SUBSTANTIVE_HARM("有明显的公共利益并且公开不会造成个人利益实质性损害", "there is a clear public interest and disclosure causes no substantive harm to individuals"),
  /** Non-disclosure would seriously affect the public interest (不公开可能对公共利益造成重大影响). */
  NON_DISCLOSURE_SERIOUSLY_AFFECTS("不公开可能对公共利益造成重大影响", "non-disclosure may seriously affect the public interest");

  private final String label;
  private final String english;

  PublicInterest(String label, String english) {
    this.label = label;
    this.english = english;
  }

  /** {@return the English name, for example {@code non-disclosure may seriously affect the public interest}} */
  public String english() {
    return english;
  }

  /** Returns the label and the English name as a phrase of a finding. */
  Phrase phrase() {
    return Phrase.of(label, english);
  }

  /** {@return the Chinese wording of the legal test} */
  public String label() {
    return label;
  }

  /**
   * Returns whether the regime has this test.
   *
   * @param regime the regime
   * @return true if a finding of this test means something under the regime
   */
  public boolean isRecognizedBy(Regime regime) {
    requireNonNull(regime, "regime");
    return ExemptionRules.of(regime).publicInterestTests().contains(this);
  }

  /** Returns whether this test lifts grounds with the given override. */
  boolean lifts(GroundOverride override) {
    return switch (this) {
      case OUTWEIGHS_HARM, NON_DISCLOSURE_SERIOUSLY_AFFECTS ->
          override == GroundOverride.CONSENT_OR_PUBLIC_INTEREST;
      case CLEAR_WITHOUT_SUBSTANTIVE_HARM ->
          override == GroundOverride.PUBLIC_INTEREST_WITHOUT_SUBSTANTIVE_HARM;
    };
  }
}
