package dev.disclosure.core.report;

import static java.util.Objects.requireNonNull;

import dev.disclosure.core.ApplicantKind;

/** The columns of the requests table (申请人情况, RPT-2): 自然人, the five kinds of 法人或其他组织, and 总计. */
public enum Column {
  /** 自然人. */
  NATURAL_PERSON("自然人"),
  /** 法人或其他组织／商业企业. */
  COMMERCIAL_ENTERPRISE("商业企业"),
  /** 法人或其他组织／科研机构. */
  RESEARCH_INSTITUTION("科研机构"),
  /** 法人或其他组织／社会公益组织. */
  PUBLIC_WELFARE_ORGANIZATION("社会公益组织"),
  /** 法人或其他组织／法律服务机构. */
  LEGAL_SERVICE_INSTITUTION("法律服务机构"),
  /** 法人或其他组织／其他. */
  OTHER_ORGANIZATION("其他"),
  /** 总计. */
  TOTAL("总计");

  private final String label;

  Column(String label) {
    this.label = label;
  }

  /**
   * Returns the column an applicant kind (申请人类型) is counted in.
   *
   * @param kind the applicant kind
   * @return its column, never {@link #TOTAL}
   */
  public static Column of(ApplicantKind kind) {
    requireNonNull(kind, "kind");
    return values()[kind.ordinal()];
  }

  /** {@return the Chinese label, for example {@code 商业企业}} */
  public String label() {
    return label;
  }

  /** {@return whether the column is one of the five kinds of legal person or other organization} */
  public boolean isOrganization() {
    return this != NATURAL_PERSON && this != TOTAL;
  }
}
