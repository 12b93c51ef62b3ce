package dev.disclosure.core.exemption;

import static java.util.Objects.requireNonNull;

import dev.disclosure.calendar.Citation;
import dev.disclosure.core.law.Rules;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One opinion in the review chain (审查意见, EX-6): the stage that gave it, 公开 / 免予公开 / 需报审, its basis
 * (依据) and reason (理由) as 002 保密审查制度第十一条 requires, and its date.
 *
 * <p>Immutable and thread-safe; equal when all parts are equal.
 */
public final class ReviewOpinion {

  private final ReviewStage stage;
  private final ReviewVerdict verdict;
  private final Citation basis;
  private final ExemptionGround ground;
  private final String reason;
  private final LocalDate date;

  private ReviewOpinion(
      ReviewStage stage,
      ReviewVerdict verdict,
      Citation basis,
      ExemptionGround ground,
      String reason,
      LocalDate date) {
    this.stage = stage;
    this.verdict = verdict;
    this.basis = basis;
    this.ground = ground;
    this.reason = reason;
    this.date = date;
  }

  /**
   * Returns an opinion resting on a provision.
   *
   * @param stage the stage giving the opinion
   * @param verdict 公开, 免予公开 or 需报审
   * @param basis the provision relied on (依据)
   * @param reason why (理由), not blank
   * @param date the date of the opinion
   * @return the opinion
   * @throws ReviewStepException if the reason is blank (EX-6)
   */
  public static ReviewOpinion of(
      ReviewStage stage, ReviewVerdict verdict, Citation basis, String reason, LocalDate date) {
    requireNonNull(stage, "stage");
    requireNonNull(verdict, "verdict");
    requireNonNull(basis, "basis");
    requireNonNull(reason, "reason");
    requireNonNull(date, "date");
    return create(stage, verdict, basis, null, reason, date);
  }

  /**
   * Returns an opinion resting on an exemption ground; its basis is the ground's provision.
   *
   * @param stage the stage giving the opinion
   * @param verdict 公开, 免予公开 or 需报审
   * @param ground the ground relied on (不予公开的理由, or the ground whose override applied)
   * @param reason why (理由), not blank
   * @param date the date of the opinion
   * @return the opinion
   * @throws ReviewStepException if the reason is blank (EX-6)
   */
  public static ReviewOpinion of(
      ReviewStage stage,
      ReviewVerdict verdict,
      ExemptionGround ground,
      String reason,
      LocalDate date) {
    requireNonNull(stage, "stage");
    requireNonNull(verdict, "verdict");
    requireNonNull(ground, "ground");
    requireNonNull(reason, "reason");
    requireNonNull(date, "date");
    return create(stage, verdict, ground.citation(), ground, reason, date);
  }

  private static ReviewOpinion create(
      ReviewStage stage,
      ReviewVerdict verdict,
      Citation basis,
      ExemptionGround ground,
      String reason,
      LocalDate date) {
    if (reason.isBlank()) {
      throw new ReviewStepException(
          Rules.EX_6,
          Optional.of(stage),
          ReviewStep.OPINION,
          stage.label() + " opinion " + verdict.label() + " of " + date,
          "the reason is blank; every opinion states its basis and reason" + " (002 保密审查制度第十一条)");
    }
    return new ReviewOpinion(stage, verdict, basis, ground, reason, date);
  }

  /** {@return the stage that gave the opinion} */
  public ReviewStage stage() {
    return stage;
  }

  /** {@return the opinion: 公开, 免予公开 or 需报审} */
  public ReviewVerdict verdict() {
    return verdict;
  }

  /** {@return the provision relied on (依据)} */
  public Citation basis() {
    return basis;
  }

  /** {@return the exemption ground relied on, if the opinion rests on one} */
  public Optional<ExemptionGround> ground() {
    return Optional.ofNullable(ground);
  }

  /** {@return the reason (理由)} */
  public String reason() {
    return reason;
  }

  /** {@return the date of the opinion} */
  public LocalDate date() {
    return date;
  }

  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    return obj instanceof ReviewOpinion other
        && stage == other.stage
        && verdict == other.verdict
        && basis.equals(other.basis)
        && Objects.equals(ground, other.ground)
        && reason.equals(other.reason)
        && date.equals(other.date);
  }

  @Override
  public int hashCode() {
    return Objects.hash(stage, verdict, basis, ground, reason, date);
  }

  /** Returns a one-line description, for example {@code 保密审查机构审查 免予公开 2026-10-12: 涉及个人隐私 (依据…)}. */
  @Override
  public String toString() {
    return stage.label()
        + " "
        + verdict.label()
        + " "
        + date
        + ": "
        + reason
        + " ("
        + basis.toReference()
        + ")";
  }
}
