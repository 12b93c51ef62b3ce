package dev.disclosure.core.request;

/** Where a request case stands (办理状态, REQ-9), derived from its history. */
public enum CaseState {
  /** Being processed, the reply period running (处理中). */
  PROCESSING("处理中", "being processed"),
  /** The applicant was asked to correct the application (待补正, P-CORRECTION-2019). */
  AWAITING_CORRECTION("待补正", "awaiting the applicant's correction"),
  /** A third party or another agency is being consulted; the period is paused (征求意见中). */
  CONSULTING("征求意见中", "consulting a third party or another agency"),
  /** A processing fee was noticed and is unpaid; the period is paused (待缴费, REQ-8). */
  AWAITING_PAYMENT("待缴费", "awaiting payment of the processing fee"),
  /** The applicant was asked to explain an excessive request (待说明理由, OGI-2019 第三十五条). */
  AWAITING_REASONS("待说明理由", "awaiting the applicant's reasons"),
  /** Closed: answered, withdrawn or deemed abandoned (已办结). */
  CLOSED("已办结", "closed");

  private final String label;
  private final String english;

  CaseState(String label, String english) {
    this.label = label;
    this.english = english;
  }

  /** {@return the Chinese label, for example {@code 待补正}} */
  public String label() {
    return label;
  }

  /** {@return the English label, for example {@code awaiting the applicant's correction}} */
  public String english() {
    return english;
  }
}
