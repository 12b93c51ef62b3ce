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
   * The third party refuses with a reasonable ground (第三方不同意公开且有合理理由). Under OGI_2019 第三十二条 the
   * agency then withholds unless it finds that non-disclosure would seriously affect the public
   * interest; under OGI_2008 第二十三条 any refusal binds the same way.
   */
  REFUSED("第三方不同意公开", "the third party refuses"),
  /**
   * The third party refuses without a reasonable ground (第三方不同意公开但无合理理由), as the agency judges
   * it. Under OGI_2019 第三十二条 such a refusal does not bind: the agency decides itself whether
   * disclosure harms the third party ({@link ItemFacts#thirdPartyHarm()}). Under OGI_2008 第二十三条
   * (第三方不同意公开的，不得公开) it binds like {@link #REFUSED}.
   */
  REFUSED_WITHOUT_REASONABLE_GROUND("第三方不同意公开但无合理理由", "the third party refuses without a reasonable ground"),
  /**
   * The third party let the consultation period pass without an opinion (逾期未提出意见). Silence is
   * neither consent nor refusal: under OGI_2019 第三十二条 the agency decides itself whether disclosure
   * harms the third party ({@link ItemFacts#thirdPartyHarm()}); OGI_2008 is silent and the library
   * does the same [convention], as the court did in 王宗利诉天津市和平区房地产管理局 (最高人民法院 2014年
   * 政府信息公开十大案例), annulling a refusal built on a consulted company's silence.
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
