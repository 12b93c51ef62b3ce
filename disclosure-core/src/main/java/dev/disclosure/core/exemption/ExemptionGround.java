package dev.disclosure.core.exemption;

import static java.util.Objects.requireNonNull;

import dev.disclosure.calendar.Citation;
import dev.disclosure.core.InvalidFactsException;
import dev.disclosure.core.law.Rules;
import java.util.Objects;

/**
 * A ground for not disclosing (不予公开的理由): the regime's own grounds (EX-1, EX-3) and those a local
 * policy adds (EX-8), each with what lifts it and the provision it rests on.
 *
 * <p>Immutable and thread-safe; equal when id, label, override and citation are equal.
 */
public final class ExemptionGround {

  private final String id;
  private final String label;
  private final GroundOverride override;
  private final Citation citation;

  private ExemptionGround(String id, String label, GroundOverride override, Citation citation) {
    this.id = id;
    this.label = label;
    this.override = override;
    this.citation = citation;
  }

  /**
   * Returns a ground, for a local policy's own list (EX-8).
   *
   * @param id a stable identifier, e.g. {@code SCHOOL-CAMPUS-SAFETY}
   * @param label the Chinese wording, e.g. {@code 公开可能危及校园安全稳定的信息}
   * @param override what lifts the ground
   * @param citation the provision the ground rests on
   * @return the ground
   * @throws InvalidFactsException if the id or label is blank (EX-8)
   */
  public static ExemptionGround of(
      String id, String label, GroundOverride override, Citation citation) {
    requireNonNull(id, "id");
    requireNonNull(label, "label");
    requireNonNull(override, "override");
    requireNonNull(citation, "citation");
    if (id.isBlank() || label.isBlank()) {
      throw new InvalidFactsException(
          "ExemptionGround",
          Rules.EX_8,
          "an exemption ground needs an id and a label, got '" + id + "' and '" + label + "'");
    }
    return new ExemptionGround(id, label, override, citation);
  }

  /** Returns the stable identifier, e.g. {@code OGI-2019-STATE-SECRET}. */
  public String id() {
    return id;
  }

  /** Returns the Chinese wording of the ground. */
  public String label() {
    return label;
  }

  /** Returns what lifts the ground. */
  public GroundOverride override() {
    return override;
  }

  /** Returns the provision the ground rests on. */
  public Citation citation() {
    return citation;
  }

  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    return obj instanceof ExemptionGround other
        && id.equals(other.id)
        && label.equals(other.label)
        && override == other.override
        && citation.equals(other.citation);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, label, override, citation);
  }

  /** Returns e.g. {@code OGI-2019-STATE-SECRET 国家秘密}. */
  @Override
  public String toString() {
    return id + " " + label;
  }
}
