package dev.disclosure.testkit;

/**
 * A deliberate irregularity at the end of a request history (办理中的违规情形), for tests of code that
 * must handle what real agencies do. Each constant says whether the library refuses the step when
 * guiding a case ({@link #isRefused()}) or accepts it and reports it, and whether recording the
 * history as it happened ({@code RequestCase.record}, REQ-10) takes it in with a finding ({@link
 * #isRecordable()}).
 */
public enum Irregularity {
  /**
   * The answer is dated after the due date in force that day (逾期答复, P-REPLY-2008 /
   * P-REPLY-2019): accepted; the case's {@code latenessOn(answer date)} is late.
   */
  LATE_ANSWER("逾期答复", false),
  /**
   * A step that {@code allowedSteps(date)} does not offer on its date, such as a second fee notice
   * or a step on a closed case (REQ-9 and the step's own rule): refused.
   */
  STEP_NOT_OFFERED("不应办理的环节", true),
  /**
   * A step dated before the previous step (环节日期倒置, REQ-9): refused, and impossible to record
   * (REQ-10): the only irregularity that is not {@link #isRecordable()}.
   */
  STEP_BEFORE_PREVIOUS("环节日期早于上一环节", true),
  /**
   * An extension granted after the due date in force (逾期延长, REQ-6, OGI-2019 第三十三条第二款): refused.
   */
  EXTENSION_AFTER_DUE_DATE("届满后延长答复期限", true),
  /**
   * An extension that would bring the extensions beyond the regime's bound of 15 or 20 working
   * days (超过延长上限, REQ-6): refused.
   */
  EXTENSION_BEYOND_BOUND("延长超过上限", true);

  private final String label;
  private final boolean refused;

  Irregularity(String label, boolean refused) {
    this.label = label;
    this.refused = refused;
  }

  /**
   * Returns the Chinese label.
   *
   * @return the label, for example {@code 逾期答复}
   */
  public String label() {
    return label;
  }

  /**
   * Returns whether guiding the case refuses the irregular step with a {@code
   * RefusedStepException}; if not, the step is accepted and the irregularity shows in the case.
   *
   * @return whether the step is refused
   */
  public boolean isRefused() {
    return refused;
  }

  /**
   * Returns whether recording the history as it happened ({@code RequestCase.record}, REQ-10) takes
   * the step in and judges it with findings: a late answer or an unlawful extension adds a breach
   * of its rule to {@code status().breaches()}; a step not offered is judged by its own rule (an
   * answer while a correction is awaited, for example, is not in itself a breach); if not, the step is impossible (dated before the previous one) and recording throws
   * {@code InvalidFactsException}, as guiding refuses it.
   *
   * @return whether the step can be recorded
   */
  public boolean isRecordable() {
    return this != STEP_BEFORE_PREVIOUS;
  }
}
