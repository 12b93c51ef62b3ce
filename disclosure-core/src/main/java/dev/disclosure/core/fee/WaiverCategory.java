package dev.disclosure.core.fee;

/**
 * The seven categories of applicant whose OGI_2008 costs are waived (免收相关费用, REQ-7, source document
 * 002 依申请公开制度三、2). Only the seventh, other real financial hardship, needs the applicant's
 * application and the approval of the disclosure office head.
 */
public enum WaiverCategory {
  /** 城镇、农村低保家庭 (households receiving the minimum living allowance). */
  MINIMUM_LIVING_ALLOWANCE("城镇、农村低保家庭"),
  /** 现役军人. */
  ACTIVE_SERVICE_MEMBER("现役军人"),
  /** 二等以上革命伤残军人 (as source document 002 words it). */
  DISABLED_REVOLUTIONARY_SERVICE_MEMBER("二等以上革命伤残军人"),
  /** 农村进城务工人员 (rural migrant workers). */
  RURAL_MIGRANT_WORKER("农村进城务工人员"),
  /** 下岗人员. */
  LAID_OFF_WORKER("下岗人员"),
  /** 60岁以上老年人. */
  AGED_60_OR_OVER("60岁以上老年人"),
  /**
   * 其他确有经济困难的: waived only on the applicant's application and with the approval of the disclosure
   * office head (经本人申请、政府信息公开工作机构负责人审核同意).
   */
  FINANCIAL_HARDSHIP("其他确有经济困难的");

  private final String label;

  WaiverCategory(String label) {
    this.label = label;
  }

  /** {@return the Chinese label as source document 002 words it, for example {@code 现役军人}} */
  public String label() {
    return label;
  }

  /**
   * {@return whether the waiver needs the disclosure office head's approval (负责人审核同意); true only for
   * {@link #FINANCIAL_HARDSHIP}}
   */
  public boolean requiresApproval() {
    return this == FINANCIAL_HARDSHIP;
  }
}
