package dev.disclosure.scoring;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A section (考核项目) of a rubric: a title, its maximum and its criteria.
 *
 * @param id the id, unique in its rubric, e.g. {@code 一}
 * @param title the Chinese title, e.g. {@code 组织领导}
 * @param maximum the maximum points of the section
 * @param criteria the criteria, in order
 */
public record Section(String id, String title, Points maximum, List<Criterion> criteria) {

  /**
   * Copies the criteria; the rubric builder validates the values.
   *
   * @param id the id, unique in its rubric, e.g. {@code 一}
   * @param title the Chinese title, e.g. {@code 组织领导}
   * @param maximum the maximum points of the section
   * @param criteria the criteria, in order
   */
  public Section {
    requireNonNull(id, "id");
    requireNonNull(title, "title");
    requireNonNull(maximum, "maximum");
    criteria = List.copyOf(criteria);
  }
}
