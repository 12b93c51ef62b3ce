package dev.disclosure.core.exemption;

import dev.disclosure.calendar.Phrase;

/**
 * What an item of unclear secrecy concerns, which decides where it is reported (来源文件002 保密审查制度第九条):
 * a matter of the agency's own line of business goes level by level to the superior organ or the
 * secrecy administration that can determine its classification; any other matter goes to the secrecy
 * administration that can.
 *
 * <p>The regulation of 2019 names no such split (第十七条第三款: 报有关主管部门或者保密行政管理部门确定): under it
 * the matter changes nothing, and the decision says so.
 */
public enum SecrecyMatter {
  /**
   * A matter of the agency's own line of business (属于主管业务方面的): reported to the superior organ or the
   * secrecy administration that can determine its classification.
   */
  OWN_BUSINESS(
      "属于主管业务方面的事项",
      "a matter of the agency's own line of business",
      "有权确定该事项密级的上级机关或保密工作部门",
      "the superior organ or the secrecy administration that can determine its classification"),
  /**
   * Any other matter (其他方面的事项): reported to the secrecy administration that can determine its
   * classification.
   */
  OTHER(
      "其他方面的事项",
      "another matter",
      "有权确定该事项密级的保密工作部门",
      "the secrecy administration that can determine its classification");

  private final String label;
  private final String english;
  private final String authority;
  private final String englishAuthority;

  SecrecyMatter(String label, String english, String authority, String englishAuthority) {
    this.label = label;
    this.english = english;
    this.authority = authority;
    this.englishAuthority = englishAuthority;
  }

  /** {@return the source's wording, for example {@code 属于主管业务方面的事项}} */
  public String label() {
    return label;
  }

  /** {@return the English name} */
  public String english() {
    return english;
  }

  /**
   * {@return where 保密审查制度第九条 sends such an item, for example {@code 有权确定该事项密级的保密工作部门}}
   */
  public String authority() {
    return authority;
  }

  /** Returns the matter as a phrase of a finding. */
  Phrase phrase() {
    return Phrase.of(label, english);
  }

  /** Returns the authority as a phrase of a finding. */
  Phrase authorityPhrase() {
    return Phrase.of(authority, englishAuthority);
  }
}
