package dev.disclosure.core.exemption;

import dev.disclosure.calendar.Phrase;

/**
 * What an item's content involves (内容涉及), as the agency has established it. Each regime maps a
 * flag to its own exemption ground, or to none: a work secret is a ground under OGI_2008 but not
 * under OGI_2019.
 */
public enum ContentFlag {
  /** 国家秘密: the content involves state secrets. */
  STATE_SECRET("国家秘密", "state secrets"),
  /** 工作秘密: work secrets set by law, regulation or rule. */
  WORK_SECRET("工作秘密", "work secrets"),
  /** 商业秘密: a third party's trade secrets. */
  TRADE_SECRET("商业秘密", "a third party's trade secrets"),
  /** 个人隐私: a person's privacy. */
  PERSONAL_PRIVACY("个人隐私", "personal privacy"),
  /** 过程性信息: discussion records, drafts, consultation letters, requests for instructions; under investigation, discussion or deliberation. */
  PROCESS_INFORMATION("过程性信息", "process information"),
  /** 内部事务信息: personnel, logistics, internal workflow. */
  INTERNAL_AFFAIRS("内部事务信息", "internal-affairs information"),
  /** 行政执法案卷信息: an administrative enforcement case file. */
  ENFORCEMENT_CASE_FILE("行政执法案卷信息", "an administrative enforcement case file"),
  /** 危及"三安全一稳定": disclosure may endanger national, public or economic security or social stability. */
  SECURITY_AND_STABILITY_RISK("危及国家安全、公共安全、经济安全和社会稳定", "a danger to national, public or economic security or social stability"),
  /**
   * 法律法规规定不予公开: a legal text forbids disclosure. Under OGI_2019 第十四条 only a law or an
   * administrative regulation counts (法律、行政法规); under OGI_2008 also a local regulation or a rule
   * (法律、法规、规章). Set the flag only when the text relied on qualifies under the chosen regime.
   */
  PROHIBITED_BY_LAW("法律、法规规定不予公开", "information that law forbids to disclose");

  private final String label;
  private final String english;

  ContentFlag(String label, String english) {
    this.label = label;
    this.english = english;
  }

  /** {@return the English name, for example {@code work secrets}} */
  public String english() {
    return english;
  }

  /** Returns the label and the English name as a phrase of a finding. */
  Phrase phrase() {
    return Phrase.of(label, english);
  }

  /** {@return the Chinese label} */
  public String label() {
    return label;
  }
}
