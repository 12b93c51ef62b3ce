package dev.disclosure.core.exemption;

/**
 * Thrown when a step of the review chain is not allowed (审查程序不符合规定, EX-6): an opinion out of order,
 * without a reason, dated before the previous one, or a co-maker step that does not fit the item.
 * The message names the stage the chain is at, the step refused and the rule. Nothing was changed:
 * a {@link ReviewChain} is immutable.
 */
public final class ReviewStepException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  private final String ruleId;
  private final String stage;
  private final String step;

  ReviewStepException(String ruleId, String stage, String step, String problem) {
    super(ruleId + ": at " + stage + ", " + step + " is refused: " + problem);
    this.ruleId = ruleId;
    this.stage = stage;
    this.step = step;
  }

  /** Returns the ID of the rule the step breaks, e.g. {@code EX-6} or {@code P-SECRECY-REVIEW}. */
  public String ruleId() {
    return ruleId;
  }

  /** Returns where the chain is, e.g. {@code 保密审查机构审查}, or {@code 审查完毕} when complete. */
  public String stage() {
    return stage;
  }

  /** Returns the step refused, e.g. {@code 分管领导审批 opinion 公开 of 2026-10-12}. */
  public String step() {
    return step;
  }
}
