package dev.disclosure.scoring;

import static java.util.Objects.requireNonNull;

/**
 * A criterion (考核标准/评分细则) of a rubric: its id, its Chinese wording and its maximum (分值).
 *
 * @param id the id, unique in its rubric, e.g. {@code 2.4}
 * @param wording the Chinese wording of the criterion
 * @param maximum the maximum points
 */
public record Criterion(String id, String wording, Points maximum) {

  /**
   * Checks that no component is null; the rubric builder validates the values.
   *
   * @param id the id, unique in its rubric, e.g. {@code 2.4}
   * @param wording the Chinese wording of the criterion
   * @param maximum the maximum points
   */
  public Criterion {
    requireNonNull(id, "id");
    requireNonNull(wording, "wording");
    requireNonNull(maximum, "maximum");
  }
}
