package dev.disclosure.core.request;

/** The kinds of step a request case can take (办理环节, REQ-9); each {@link RequestEvent} is one. */
public enum Step {
  /** Ask the applicant to correct the application (告知补正, P-CORRECTION-2019). */
  ASK_CORRECTION("告知补正"),
  /** Receive the corrected application (收到补正). */
  RECEIVE_CORRECTION("收到补正"),
  /** The correction deadline passed without a correction (逾期不补正). */
  MISS_CORRECTION("逾期不补正"),
  /** Send a consultation to a third party or another agency (征求意见). */
  SEND_CONSULTATION("征求意见"),
  /** Receive the consulted party's opinion (收到意见). */
  RECEIVE_OPINION("收到意见"),
  /** Record that the consulted party gave no opinion in time (逾期未提出意见). */
  NOTE_NO_OPINION("逾期未提出意见"),
  /** Approve an extension of the reply period (延长答复期限, REQ-6). */
  APPROVE_EXTENSION("延长答复期限"),
  /** Notify a processing fee (收费通知, REQ-8). */
  SEND_FEE_NOTICE("收费通知"),
  /** Receive the fee (缴纳费用). */
  RECEIVE_PAYMENT("缴纳费用"),
  /** The payment deadline passed unpaid (逾期未缴费). */
  MISS_PAYMENT("逾期未缴费"),
  /** Ask the applicant to explain an excessive request (要求说明理由). */
  ASK_REASONS("要求说明理由"),
  /** Receive the applicant's reasons (收到理由说明). */
  RECEIVE_REASONS("收到理由说明"),
  /**
   * Set a longer reasonable reply period for an excessive request whose reasons are reasonable
   * (确定延迟答复的合理期限, OGI-2019 第三十五条, REQ-4).
   */
  SET_LONGER_PERIOD("确定延迟答复的合理期限"),
  /** Answer the request (答复). */
  ANSWER("答复"),
  /** The applicant withdraws the request (撤回申请). */
  WITHDRAW("撤回申请"),
  /**
   * A 复议 body or a court orders the agency to answer, anew or at all, within a period (责令重新答复、
   * 限期答复, REQ-12): {@link RequestEvent.AnswerOrdered}.
   */
  ORDER_ANSWER("责令答复");

  private final String label;

  Step(String label) {
    this.label = label;
  }

  /** {@return the Chinese label, for example {@code 告知补正}} */
  public String label() {
    return label;
  }
}
