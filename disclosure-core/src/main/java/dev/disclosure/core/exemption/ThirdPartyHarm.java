package dev.disclosure.core.exemption;

import dev.disclosure.calendar.Phrase;

/**
 * The agency's own judgment whether disclosure harms the third party's lawful rights (行政机关对公开是否损害第三方合法权益的判断),
 * made when the third party gave no opinion in time or refused without a reasonable ground: OGI_2019
 * 第三十二条 then leaves the decision to the agency (由行政机关依照本条例的规定决定是否公开), and silence
 * itself is never a reason to withhold.
 */
public enum ThirdPartyHarm {
  /** The agency has not judged it yet: it must, before answering (尚未判断). */
  NOT_ASSESSED("机关尚未判断公开是否损害第三方合法权益", "the agency has not yet judged whether disclosure harms the third party"),
  /** The agency found that disclosure harms the third party's lawful rights (公开会损害第三方合法权益). */
  HARMFUL("机关认定公开会损害第三方合法权益", "the agency finds that disclosure harms the third party's lawful rights"),
  /** The agency found that disclosure does not harm them (公开不会损害第三方合法权益). */
  HARMLESS("机关认定公开不会损害第三方合法权益", "the agency finds that disclosure does not harm the third party's lawful rights");

  private final String label;
  private final String english;

  ThirdPartyHarm(String label, String english) {
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
