package dev.disclosure.core.exemption;

import dev.disclosure.calendar.Phrase;

/**
 * What the third party (第三方, the right holder of a trade secret or of privacy) has said about
 * disclosure, as the agency has recorded it after consulting in writing (书面征求第三方意见).
 */
public enum ThirdPartyConsent {
  /** Not yet consulted (尚未征求意见): the agency must consult it in writing before deciding. */
  NOT_ASKED("尚未征求第三方意见", "the third party has not been consulted yet"),
  /** The third party consents to disclosure (第三方同意公开). */
  GRANTED("第三方同意公开", "the third party consents"),
  /**
   * The third party refuses (第三方不同意公开). Under OGI_2019 第三十二条 a refusal binds only when it has
   * reasonable grounds (有合理理由); an agency that finds the refusal unreasoned decides whether the
   * content really harms the third party's rights and, if it does not, drops the content flag.
   */
  REFUSED("第三方不同意公开", "the third party refuses"),
  /**
   * The third party let the consultation period pass without an opinion (逾期未提出意见). Silence is not
   * consent: under OGI_2019 第三十二条 the agency then decides under the regulation; OGI_2008 is silent
   * and the library treats silence the same way [convention].
   */
  NO_REPLY("第三方逾期未提出意见", "the third party gave no opinion in time");

  private final String label;
  private final String english;

  ThirdPartyConsent(String label, String english) {
    this.label = label;
    this.english = english;
  }

  /** {@return the English name, for example {@code the third party consents}} */
  public String english() {
    return english;
  }

  /** Returns the label and the English name as a phrase of a finding. */
  Phrase phrase() {
    return Phrase.of(label, english);
  }

  /** {@return the Chinese label, for example {@code 第三方同意公开}} */
  public String label() {
    return label;
  }
}
