package dev.disclosure.core;

/**
 * The kinds of applicant the national annual report counts (申请人类型, REQ-1, RPT-2021): natural
 * persons, and five kinds of legal person or other organization.
 */
public enum ApplicantKind {
  /** 自然人. */
  NATURAL_PERSON("自然人"),
  /** 商业企业. */
  COMMERCIAL_ENTERPRISE("商业企业"),
  /** 科研机构. */
  RESEARCH_INSTITUTION("科研机构"),
  /** 社会公益组织. */
  PUBLIC_WELFARE_ORGANIZATION("社会公益组织"),
  /** 法律服务机构. */
  LEGAL_SERVICE_INSTITUTION("法律服务机构"),
  /** 其他 (legal persons and organizations of no other kind). */
  OTHER_ORGANIZATION("其他");

  private final String label;

  ApplicantKind(String label) {
    this.label = label;
  }

  /** {@return the Chinese label of the report's column, for example {@code 商业企业}} */
  public String label() {
    return label;
  }

  /** {@return whether the applicant is a natural person rather than a legal person or organization} */
  public boolean isNaturalPerson() {
    return this == NATURAL_PERSON;
  }
}
