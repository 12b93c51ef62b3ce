package dev.disclosure.scoring;

import static java.util.Objects.requireNonNull;

import dev.disclosure.calendar.Citation;
import dev.disclosure.calendar.RuleId;
import dev.disclosure.core.InvalidFactsException;
import dev.disclosure.core.InvalidFactsException.Problem;
import dev.disclosure.core.law.Rules;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A rubric (考评办法/考核细则): sections of criteria, each with its maximum, a total and a grade scale.
 * The built-in rubrics are one use; callers define their own (SC-2, 第九条: lower levels issue their
 * own detailed rules) with {@link #builder(String, Points)}, which validates the whole definition
 * and reports every problem at once.
 *
 * <p>Immutable and thread-safe.
 */
public final class Rubric {

  private final String name;
  private final Points total;
  private final List<Section> sections;
  private final GradeScale scale;
  private final List<Citation> citations;
  private final Map<String, Criterion> criteria;
  private final List<ScoreCard.SectionScore> fullMarks;
  private final Map<String, Integer> ordinals;
  private final RuleId scoringRule;
  private final RuleId gradingRule;

  private Rubric(Builder b, GradeScale scale) {
    this.name = b.name;
    this.scoringRule = b.scoringRule;
    this.gradingRule = b.gradingRule;
    this.total = b.total;
    this.sections = List.copyOf(b.sections.stream()
        .map(s -> new Section(s.id, s.title, s.maximum, s.criteria))
        .toList());
    this.scale = scale;
    this.citations = List.copyOf(b.citations);
    Map<String, Criterion> byId = new LinkedHashMap<>();
    for (Section s : sections) {
      for (Criterion c : s.criteria()) {
        byId.put(c.id(), c);
      }
    }
    this.criteria = java.util.Collections.unmodifiableMap(byId);
    List<ScoreCard.SectionScore> full = new ArrayList<>();
    for (Section s : sections) {
      full.add(new ScoreCard.SectionScore(s, s.maximum(), s.criteria().stream()
          .map(c -> new ScoreCard.CriterionScore(
              c, Points.ZERO, Points.ZERO, c.maximum(), List.of(), ""))
          .toList()));
    }
    this.fullMarks = List.copyOf(full);
    Map<String, Integer> index = new java.util.HashMap<>();
    for (String id : criteria.keySet()) {
      index.put(id, index.size());
    }
    this.ordinals = index;
  }

  /** The position of a criterion in rubric order; the criterion must exist. */
  int ordinal(String criterionId) {
    return ordinals.get(criterionId);
  }

  /** The line of section {@code index} with no deduction and no award. */
  ScoreCard.SectionScore fullMarks(int index) {
    return fullMarks.get(index);
  }

  /**
   * Starts a rubric definition (制定考评细则).
   *
   * @param name the rubric's Chinese name
   * @param total the stated total (总分), e.g. 100
   * @return a builder
   */
  public static Builder builder(String name, Points total) {
    return new Builder(requireNonNull(name, "name"), requireNonNull(total, "total"));
  }

  /** {@return the Chinese name} */
  public String name() {
    return name;
  }

  /** {@return the total (总分)} */
  public Points total() {
    return total;
  }

  /**
   * {@return the rule the criteria are scored under, named by a score card's deduction, cap, award
   * and total findings: SC-1 for the demonstration site, SC-4 for the composite, SC-7 for the
   * village cadres, {@link Rules#SC_9} (rubrics as data) unless the builder names another}
   */
  public RuleId scoringRule() {
    return scoringRule;
  }

  /**
   * {@return the rule the grade and its consequences follow, named by a score card's grade,
   * overriding-finding and consequence findings: SC-2 for the demonstration site, {@link
   * Rules#SC_9} unless the builder names another (for example SC-3 for an annual assessment)}
   */
  public RuleId gradingRule() {
    return gradingRule;
  }

  /** {@return the sections, in order} */
  public List<Section> sections() {
    return sections;
  }

  /** {@return the grade scale (等次)} */
  public GradeScale scale() {
    return scale;
  }

  /** {@return the provisions the rubric rests on} */
  public List<Citation> citations() {
    return citations;
  }

  /** {@return every criterion by id, in rubric order} */
  public Map<String, Criterion> criteria() {
    return criteria;
  }

  /**
   * Returns a criterion (考核标准) by id.
   *
   * @param id the criterion id
   * @return the criterion, if the rubric has it
   */
  public Optional<Criterion> criterion(String id) {
    return Optional.ofNullable(criteria.get(requireNonNull(id, "id")));
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Rubric other
        && name.equals(other.name)
        && total.equals(other.total)
        && sections.equals(other.sections)
        && scale.equals(other.scale)
        && citations.equals(other.citations)
        && scoringRule.equals(other.scoringRule)
        && gradingRule.equals(other.gradingRule);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(name, total, sections, scale, citations, scoringRule, gradingRule);
  }

  @Override
  public String toString() {
    return name + " (" + total + "分)";
  }

  /**
   * Builds a {@link Rubric}: sections, then each section's criteria, then grade bands. Nothing is
   * checked until {@link #build()}, which reports every problem at once.
   */
  public static final class Builder {

    private final String name;
    private final Points total;
    private final List<SectionDraft> sections = new ArrayList<>();
    private final List<GradeBand> bands = new ArrayList<>();
    private final List<Citation> citations = new ArrayList<>();
    private final List<String> orphanCriteria = new ArrayList<>();
    private RuleId scoringRule = Rules.SC_9;
    private RuleId gradingRule = Rules.SC_9;

    private Builder(String name, Points total) {
      this.name = name;
      this.total = total;
    }

    /**
     * Adds a section (考核项目); the criteria added next belong to it.
     *
     * @param id the section id, unique in the rubric
     * @param title the Chinese title
     * @param maximum the section's maximum
     * @return this builder
     */
    public Builder section(String id, String title, Points maximum) {
      sections.add(new SectionDraft(
          requireNonNull(id, "id"), requireNonNull(title, "title"),
          requireNonNull(maximum, "maximum")));
      return this;
    }

    /**
     * Adds a criterion (考核标准) to the latest section.
     *
     * @param id the criterion id, unique in the rubric
     * @param wording the Chinese wording
     * @param maximum the maximum points
     * @return this builder
     */
    public Builder criterion(String id, String wording, Points maximum) {
      Criterion c = new Criterion(id, wording, maximum);
      if (sections.isEmpty()) {
        orphanCriteria.add(id);
      } else {
        sections.get(sections.size() - 1).criteria.add(c);
      }
      return this;
    }

    /**
     * Adds a grade band (等次).
     *
     * @param band the band
     * @return this builder
     */
    public Builder grade(GradeBand band) {
      bands.add(requireNonNull(band, "band"));
      return this;
    }

    /**
     * Adds several grade bands, for example {@link AnnualAssessment#bands}.
     *
     * @param bands the bands
     * @return this builder
     */
    public Builder grades(List<GradeBand> bands) {
      requireNonNull(bands, "bands").forEach(this::grade);
      return this;
    }

    /**
     * Names the rules a score card's findings cite (both {@link Rules#SC_9}, rubrics as data, unless
     * named): for example {@code rules(Rules.SC_1, Rules.SC_2)} for the demonstration site, {@code
     * rules(Rules.SC_3, Rules.SC_3)} for an annual assessment, or a county's own {@code
     * RuleId.of("XC-3")}.
     *
     * @param scoring the rule of deductions, caps, awards and the total
     * @param grading the rule of the grade, overriding findings and consequences
     * @return this builder
     */
    public Builder rules(RuleId scoring, RuleId grading) {
      this.scoringRule = requireNonNull(scoring, "scoring");
      this.gradingRule = requireNonNull(grading, "grading");
      return this;
    }

    /**
     * Adds a provision the rubric rests on.
     *
     * @param citation the citation
     * @return this builder
     */
    public Builder citation(Citation citation) {
      citations.add(requireNonNull(citation, "citation"));
      return this;
    }

    /**
     * Validates the definition and returns the rubric.
     *
     * @return the rubric
     * @throws InvalidFactsException listing every problem: criteria maxima not summing to their
     *     section, sections not summing to the total, duplicate ids, non-positive maxima, empty
     *     sections, and grade bands with gaps or overlaps (SC-1, SC-2, CAL-6)
     */
    public Rubric build() {
      List<Problem> problems = new ArrayList<>();
      if (!total.isPositive()) {
        problems.add(new Problem(Rules.SC_2, "total " + total + " must be positive"));
      }
      for (String id : orphanCriteria) {
        problems.add(new Problem(Rules.SC_2, "criterion " + id + " comes before any section"));
      }
      if (sections.isEmpty()) {
        problems.add(new Problem(Rules.SC_1, "a rubric needs at least one section"));
      }
      Set<String> ids = new HashSet<>();
      Points sum = Points.ZERO;
      for (SectionDraft s : sections) {
        if (!ids.add("section:" + s.id)) {
          problems.add(new Problem(Rules.SC_2, "section id " + s.id + " appears twice"));
        }
        if (!s.maximum.isPositive()) {
          problems.add(
              new Problem(
                  Rules.SC_1, "section " + s.id + " maximum " + s.maximum + " must be positive"));
        }
        if (s.criteria.isEmpty()) {
          problems.add(
              new Problem(Rules.SC_1, "section " + s.id + " " + s.title + " has no criterion"));
        }
        Points criteriaSum = Points.ZERO;
        for (Criterion c : s.criteria) {
          if (!ids.add("criterion:" + c.id())) {
            problems.add(new Problem(Rules.SC_2, "criterion id " + c.id() + " appears twice"));
          }
          if (!c.maximum().isPositive()) {
            problems.add(
                new Problem(
                    Rules.SC_1,
                    "criterion " + c.id() + " maximum " + c.maximum() + " must be positive"));
          }
          criteriaSum = criteriaSum.plus(c.maximum());
        }
        if (!s.criteria.isEmpty() && !criteriaSum.equals(s.maximum)) {
          problems.add(
              new Problem(
                  Rules.SC_1,
                  "section "
                      + s.id
                      + " "
                      + s.title
                      + ": criteria maxima sum to "
                      + criteriaSum
                      + ", not the stated "
                      + s.maximum));
        }
        sum = sum.plus(s.maximum);
      }
      if (!sections.isEmpty() && !sum.equals(total)) {
        problems.add(
            new Problem(
                Rules.SC_1, "section maxima sum to " + sum + ", not the stated total " + total));
      }
      problems.addAll(GradeScale.problems(total, bands));
      InvalidFactsException.throwIfAny("Rubric " + name, problems);
      return new Rubric(this, GradeScale.of(total, bands));
    }
  }

  private static final class SectionDraft {
    final String id;
    final String title;
    final Points maximum;
    final List<Criterion> criteria = new ArrayList<>();

    SectionDraft(String id, String title, Points maximum) {
      this.id = id;
      this.title = title;
      this.maximum = maximum;
    }
  }
}
