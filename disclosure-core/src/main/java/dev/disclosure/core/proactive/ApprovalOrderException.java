package dev.disclosure.core.proactive;

import java.util.Optional;

/**
 * Thrown when a step of the pre-publication approval (PRO-7) is taken out of order (审核程序不符): a step
 * before the one it follows, a step dated before the previous one, or publication before the
 * principal leader agreed. It names the state of the chain (the last step taken), the step refused
 * and the rule. The chain is unchanged: every chain is immutable.
 */
public final class ApprovalOrderException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  private final ApprovalStep lastStep;
  private final ApprovalStep refusedStep;

  ApprovalOrderException(ApprovalStep lastStep, ApprovalStep refusedStep, String message) {
    super(message);
    this.lastStep = lastStep;
    this.refusedStep = refusedStep;
  }

  /** Returns the state of the chain: the last step taken, or empty when none was. */
  public Optional<ApprovalStep> lastStep() {
    return Optional.ofNullable(lastStep);
  }

  /** Returns the step that was refused. */
  public ApprovalStep refusedStep() {
    return refusedStep;
  }

  /** Returns the ID of the rule broken, {@code PRO-7}. */
  public String ruleId() {
    return "PRO-7";
  }
}
