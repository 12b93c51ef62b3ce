package dev.disclosure.core.exemption;

import static java.util.Objects.requireNonNull;

import dev.disclosure.calendar.RuleId;
import dev.disclosure.core.RefusalException;
import java.util.Optional;

/**
 * Thrown when a step of the review chain is not allowed (审查程序不符合规定, EX-6): an opinion out of order,
 * without a reason, dated before the previous one, or a co-maker step that does not fit the item.
 * It names the rule, the state of the chain (the stage whose opinion comes next, or none when the
 * review is complete, 审查完毕) and the step refused; the message also describes the step, e.g. {@code
 * 记录审查意见 (OPINION, 分管领导审批 opinion 公开 of 2026-10-12)}. Nothing was changed: a {@link ReviewChain} is
 * immutable.
 */
public final class ReviewStepException extends RefusalException {

  private static final long serialVersionUID = 2L;

  private static final String COMPLETE = "审查完毕 (complete)";

  /** The stage the review was at. */
  private final ReviewStage stage;
  /** The step refused. */
  private final ReviewStep step;

  ReviewStepException(
      RuleId rule, Optional<ReviewStage> stage, ReviewStep step, String what, String detail) {
    super(
        rule,
        requireNonNull(stage, "stage").map(s -> s.label() + " (" + s + ")").orElse(COMPLETE),
        requireNonNull(step, "step").label()
            + " ("
            + step
            + ", "
            + requireNonNull(what, "what")
            + ")",
        detail);
    this.stage = stage.orElse(null);
    this.step = step;
  }

  /**
   * {@return the state of the chain: the stage whose opinion comes next, for example {@link
   * ReviewStage#SECRECY_REVIEW_BODY}, or empty when the supervising leader has decided (审查完毕)}
   */
  public Optional<ReviewStage> state() {
    return Optional.ofNullable(stage);
  }

  /** {@return the step refused, for example {@link ReviewStep#OPINION}} */
  public ReviewStep step() {
    return step;
  }
}
