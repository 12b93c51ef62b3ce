package dev.disclosure.core.exemption;

import static java.util.Objects.requireNonNull;

import dev.disclosure.calendar.Citation;
import dev.disclosure.calendar.Phrase;
import dev.disclosure.core.InvalidFactsException;
import dev.disclosure.core.law.Rules;
import java.util.Objects;

/**
 * A ground for not disclosing (不予公开的理由): the regime's own grounds (EX-1, EX-3) and those a local
 * policy adds (EX-8), each with what lifts it and the provision it rests on.
 *
 * <p>A ground has an English name for English renderings of findings: the library's grounds have
 * their own; a local ground made without one is named by its id in English, or, if the id holds
 * Chinese characters, as a local ground "as recorded".
 *
 * <p>Immutable and thread-safe; equal when id, label, English name, override and citation are
 * equal.
 */
public final class ExemptionGround {

  private final String id;
  private final String label;
  private final String english;
  private final GroundOverride override;
  private final Citation citation;

  private ExemptionGround(
      String id, String label, String english, GroundOverride override, Citation citation) {
    this.id = id;
    this.label = label;
    this.english = english;
    this.override = override;
    this.citation = citation;
  }

  /**
   * Returns a ground, for a local policy's own list (EX-8), named in English by its id (or, if the
   * id holds Chinese characters or braces, as {@code local ground (as recorded)}).
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
    requireText(id, label);
    boolean plain = !Phrase.hasChinese(id) && id.indexOf('{') < 0 && id.indexOf('}') < 0;
    return new ExemptionGround(
        id, label, plain ? id : "local ground (as recorded)", override, citation);
  }

  /**
   * Returns a ground with its English name, for a local policy's own list (EX-8).
   *
   * @param id a stable identifier, e.g. {@code SCHOOL-CAMPUS-SAFETY}
   * @param label the Chinese wording, e.g. {@code 公开可能危及校园安全稳定的信息}
   * @param english the English name, e.g. {@code information whose disclosure may endanger campus
   *     safety and stability}; no Chinese characters and no braces
   * @param override what lifts the ground
   * @param citation the provision the ground rests on
   * @return the ground
   * @throws InvalidFactsException if the id, label or English name is blank, or the English name
   *     holds Chinese characters or braces (EX-8)
   */
  public static ExemptionGround of(
      String id, String label, String english, GroundOverride override, Citation citation) {
    requireNonNull(id, "id");
    requireNonNull(label, "label");
    requireNonNull(english, "english");
    requireNonNull(override, "override");
    requireNonNull(citation, "citation");
    requireText(id, label);
    if (english.isBlank()
        || Phrase.hasChinese(english)
        || english.indexOf('{') >= 0
        || english.indexOf('}') >= 0) {
      throw new InvalidFactsException(
          "ExemptionGround",
          Rules.EX_8,
          "the English name of ground "
              + id
              + " is blank or holds Chinese characters or braces; give plain English");
    }
    return new ExemptionGround(id, label, english, override, citation);
  }

  private static void requireText(String id, String label) {
    if (id.isBlank() || label.isBlank()) {
      throw new InvalidFactsException(
          "ExemptionGround",
          Rules.EX_8,
          "an exemption ground needs an id and a label, got '" + id + "' and '" + label + "'");
    }
  }

  /** {@return the stable identifier, for example {@code OGI-2019-STATE-SECRET}} */
  public String id() {
    return id;
  }

  /** {@return the Chinese wording of the ground} */
  public String label() {
    return label;
  }

  /** {@return the English name, for example {@code state secrets as determined by law}} */
  public String english() {
    return english;
  }

  /** Returns the label and the English name as a phrase of a finding. */
  Phrase phrase() {
    return Phrase.of(label, english);
  }

  /** {@return what lifts the ground} */
  public GroundOverride override() {
    return override;
  }

  /** {@return the provision the ground rests on} */
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
        && english.equals(other.english)
        && override == other.override
        && citation.equals(other.citation);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, label, english, override, citation);
  }

  /** Returns a one-line description, for example {@code OGI-2019-STATE-SECRET 国家秘密}. */
  @Override
  public String toString() {
    return id + " " + label;
  }
}
