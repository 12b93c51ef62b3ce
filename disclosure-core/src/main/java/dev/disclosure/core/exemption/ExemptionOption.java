package dev.disclosure.core.exemption;

import dev.disclosure.calendar.Citation;
import dev.disclosure.calendar.Phrase;
import java.util.List;

/**
 * A documented choice where the texts or the courts disagree, which a caller opts into with {@link
 * ExemptionClassifier#with(ExemptionOption)}; without options the classifier follows the statute and
 * the Supreme People's Court's published cases. A decision that an option changes says so in a
 * {@link dev.disclosure.calendar.FindingKind#CONVENTION} finding citing the option's basis.
 */
public enum ExemptionOption {
  /**
   * An expired secret stays withheld until its declassification is recorded (002 保密审查制度第十条:
   * 已超过保密期限并拟公开的…按保密规定办理解密手续，再予以公开). By default the law applies: 国家秘密的保密期限已满的，自行解密
   * (保守国家秘密法 第二十四条第二款).
   */
  DECLASSIFY_AFTER_EXPIRY(
      "保密期限已满的，办理解密手续后再公开",
      "an expired secret is disclosed only after its declassification is recorded",
      List.of(ExemptionCitations.DOC_002_EXPIRED)),
  /**
   * Process information under OGI_2019 第十六条 keeps its character after the process ends (OGI_2008's
   * ground 5 and 国办发〔2010〕5号 speak of information still under deliberation, so this option does not
   * reach them): whether information is process
   * information is judged when it was formed, not when it is requested (山东省高级人民法院 (2021)鲁行终97号,
   * 孙加香诉邹城市人民政府: a 请示 stays process information). By default an ended process lifts the ground
   * (最高人民法院 2014年政府信息公开十大案例 and 国办发〔2010〕5号 第二条: 处于讨论、研究或者审查中的过程性信息).
   */
  PROCESS_INFORMATION_BY_FORMATION(
      "过程性信息按形成时的状态认定，过程结束后仍属过程性信息",
      "process information is judged as it was formed and stays so after the process ends",
      List.of(ExemptionGrounds.PROCESS_INFORMATION_2019.citation()));

  private final String label;
  private final String english;
  private final List<Citation> basis;

  ExemptionOption(String label, String english, List<Citation> basis) {
    this.label = label;
    this.english = english;
    this.basis = basis;
  }

  /** {@return the Chinese label} */
  public String label() {
    return label;
  }

  /** {@return the English name} */
  public String english() {
    return english;
  }

  /** Returns the provisions the option rests on. */
  List<Citation> basis() {
    return basis;
  }

  /** Returns the label and the English name as a phrase of a finding. */
  Phrase phrase() {
    return Phrase.of(label, english);
  }
}
