package dev.disclosure.core.exemption;

import dev.disclosure.calendar.Language;
import dev.disclosure.calendar.Phrase;
import java.util.Objects;

/**
 * One exemption ground weighed against what could lift it (例外情形的考量, EX-2, EX-3): the ground, its
 * override, whether the override applied on the facts, and why, as a bilingual {@link Phrase}
 * that {@link Language} renders.
 *
 * <p>Immutable and thread-safe; equal when ground, result and reason are equal.
 */
public final class OverrideConsideration {

  private final ExemptionGround ground;
  private final boolean applied;
  private final Phrase reason;

  OverrideConsideration(ExemptionGround ground, boolean applied, Phrase reason) {
    this.ground = ground;
    this.applied = applied;
    this.reason = reason;
  }

  /** {@return the ground considered (不予公开的理由)} */
  public ExemptionGround ground() {
    return ground;
  }

  /** {@return what can lift the ground (例外情形)} */
  public GroundOverride override() {
    return ground.override();
  }

  /** {@return whether the override applied, so that the ground no longer withholds} */
  public boolean applied() {
    return applied;
  }

  /** {@return why the override applied or did not, in both languages} */
  public Phrase reason() {
    return reason;
  }

  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    return obj instanceof OverrideConsideration other
        && ground.equals(other.ground)
        && applied == other.applied
        && reason.equals(other.reason);
  }

  @Override
  public int hashCode() {
    return Objects.hash(ground, applied, reason);
  }

  /** Returns a one-line description, for example {@code OGI-2019-PERSONAL-PRIVACY 个人隐私：例外情形成立（第三方同意公开）}. */
  @Override
  public String toString() {
    return ground
        + "："
        + (applied ? "例外情形成立" : "例外情形不成立")
        + "（"
        + Language.CHINESE.render(reason)
        + "）";
  }
}
