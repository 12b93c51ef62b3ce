package dev.disclosure.core.request;

/** The kinds of step a request case can take (办理环节, REQ-9); each {@link RequestEvent} is one. */
public enum Step {
  /** Ask the applicant to correct the application (告知补正, P-CORRECTION-2019). */
  ASK_CORRECTION("告知补正", "notice to correct the application"),
  /** Receive the corrected application (收到补正). */
  RECEIVE_CORRECTION("收到补正", "corrected application received"),
  /** The correction deadline passed without a correction (逾期不补正). */
  MISS_CORRECTION("逾期不补正", "no correction by the deadline"),
  /** Send a consultation to a third party or another agency (征求意见). */
  SEND_CONSULTATION("征求意见", "consultation sent"),
  /** Receive the consulted party's opinion (收到意见). */
  RECEIVE_OPINION("收到意见", "opinion of the consulted party received"),
  /** Record that the consulted party gave no opinion in time (逾期未提出意见). */
  NOTE_NO_OPINION("逾期未提出意见", "no opinion given within the period"),
  /** Approve an extension of the reply period (延长答复期限, REQ-6). */
  APPROVE_EXTENSION("延长答复期限", "extension of the reply period"),
  /** Notify a processing fee (收费通知, REQ-8). */
  SEND_FEE_NOTICE("收费通知", "processing fee notice"),
  /** Receive the fee (缴纳费用). */
  RECEIVE_PAYMENT("缴纳费用", "processing fee paid"),
  /** The payment deadline passed unpaid (逾期未缴费). */
  MISS_PAYMENT("逾期未缴费", "processing fee not paid by the deadline"),
  /** Ask the applicant to explain an excessive request (要求说明理由). */
  ASK_REASONS("要求说明理由", "request for the applicant's reasons"),
  /** Receive the applicant's reasons (收到理由说明). */
  RECEIVE_REASONS("收到理由说明", "applicant's reasons received"),
  /**
   * Set a longer reasonable reply period for an excessive request whose reasons are reasonable
   * (确定延迟答复的合理期限, OGI-2019 第三十五条, REQ-4).
   */
  SET_LONGER_PERIOD("确定延迟答复的合理期限", "longer reasonable period set for the reply"),
  /** Answer the request (答复). */
  ANSWER("答复", "answer"),
  /** The applicant withdraws the request (撤回申请). */
  WITHDRAW("撤回申请", "application withdrawn"),
  /**
   * A 复议 body or a court orders the agency to answer, anew or at all, within a period (责令重新答复、
   * 限期答复, REQ-12): {@link RequestEvent.AnswerOrdered}.
   */
  ORDER_ANSWER("责令答复", "order to answer");

  private final String label;
  private final String english;

  Step(String label, String english) {
    this.label = label;
    this.english = english;
  }

  /** {@return the Chinese label, for example {@code 告知补正}} */
  public String label() {
    return label;
  }

  /** {@return the English label, for example {@code notice to correct the application}} */
  public String english() {
    return english;
  }
}
