package dev.disclosure.core.proactive;

import static java.util.Objects.requireNonNull;

import dev.disclosure.core.RefusalException;
import dev.disclosure.core.law.Rules;
import java.util.Optional;

/**
 * Thrown when a step of the pre-publication approval (PRO-7) is taken out of order (审核程序不符): a step
 * before the one it follows, a step dated before the previous one, or publication before the
 * principal leader agreed. Its {@linkplain #rule() rule} is PRO-7; it names the state of the chain
 * (the last step taken) and the step refused. The chain is unchanged: every chain is immutable.
 */
public final class ApprovalOrderException extends RefusalException {

  private static final long serialVersionUID = 2L;

  /** The last step recorded. */
  private final ApprovalStep lastStep;
  /** The step refused. */
  private final ApprovalStep refusedStep;

  ApprovalOrderException(ApprovalStep lastStep, ApprovalStep refusedStep, String detail) {
    super(
        Rules.PRO_7,
        lastStep == null ? "未提出 (no step taken)" : lastStep.label() + " (" + lastStep + ")",
        requireNonNull(refusedStep, "refusedStep").label() + " (" + refusedStep + ")",
        detail);
    this.lastStep = lastStep;
    this.refusedStep = refusedStep;
  }

  /** {@return the state of the chain: the last step taken, or empty when none was} */
  public Optional<ApprovalStep> state() {
    return Optional.ofNullable(lastStep);
  }

  /** {@return the step that was refused} */
  public ApprovalStep step() {
    return refusedStep;
  }
}
