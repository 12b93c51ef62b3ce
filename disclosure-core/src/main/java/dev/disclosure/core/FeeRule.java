package dev.disclosure.core;

import dev.disclosure.calendar.Citation;
import dev.disclosure.core.law.LegalSources;

/** How a regime charges for answering a request (收费规则, REQ-7, REQ-8). */
public enum FeeRule {
  /**
   * OGI_2008: only retrieval, copying and mailing costs at locally set prices, with seven waiver
   * categories (REQ-7).
   */
  COST_RECOVERY_2008(
      "检索、复制、邮寄等成本费用",
      Citation.of(
          LegalSources.OGI_2008,
          "第二十七条",
          "行政机关依申请提供政府信息，除可以收取检索、复制、邮寄等成本费用外，不得收取其他费用。")),
  /**
   * OGI_2019: no fee, except a progressive processing fee per request or per volume when quantity or
   * frequency is clearly unreasonable (REQ-8, FEE-2020).
   */
  PROCESSING_FEE_2020(
      "信息处理费（按件或按量，超额累进）",
      Citation.of(
          LegalSources.OGI_2019,
          "第四十二条",
          "行政机关依申请提供政府信息，不收取费用。但是，申请人申请公开政府信息的数量、频次明显超过合理范围的，行政机关可以收取信息处理费。"));

  private final String label;
  private final Citation citation;

  FeeRule(String label, Citation citation) {
    this.label = label;
    this.citation = citation;
  }

  /** {@return the Chinese description of what may be charged} */
  public String label() {
    return label;
  }

  /** {@return the provision that sets the rule} */
  public Citation citation() {
    return citation;
  }
}
