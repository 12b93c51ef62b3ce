package dev.disclosure.scoring;

import static java.util.Objects.requireNonNull;

import dev.disclosure.calendar.Citation;
import dev.disclosure.calendar.RuleId;
import dev.disclosure.core.InvalidFactsException;
import dev.disclosure.core.InvalidFactsException.Problem;
import dev.disclosure.core.law.Rules;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A weighted composite (综合考核成绩): component scores, each out of 100, weighted by percentages that
 * sum to 100 % — whole (30 % / 40 % / 30 %) or not (a third each, {@code Points.fraction(100, 3)}).
 * It is a {@link Rubric} of one section per component, each criterion scored out of 100 by
 * {@link ScoringRule.RecordedScore} (the mean of the scores recorded, exact: 80.1, 80.1 and 80.2
 * give 240.4/3) and weighted to its percentage, so the same engine scores, grades and explains it.
 *
 * <p>Immutable and thread-safe.
 */
public final class WeightedComposite {

  /** The rule id of a component's recorded scores. */
  public static final String SCORE = "得分";

  private static final Points HUNDRED = Points.of(100);

  private final Rubric rubric;
  private final Map<String, Points> weights;

  private WeightedComposite(Rubric rubric, Map<String, Points> weights) {
    this.rubric = rubric;
    this.weights = weights;
  }

  /**
   * Starts a composite definition.
   *
   * @param name the Chinese name
   * @return a builder
   */
  public static Builder builder(String name) {
    return new Builder(requireNonNull(name, "name"));
  }

  /** {@return the rubric: one section and one criterion per component, total 100} */
  public Rubric rubric() {
    return rubric;
  }

  /** {@return each component's weight in percent (权重), exact, in order} */
  public Map<String, Points> weights() {
    return weights;
  }

  /**
   * Returns a component's score, out of 100, as a record for its criterion (several are averaged).
   *
   * @param componentId the component
   * @param score its score out of 100
   * @param basis how the score was obtained
   * @return the record
   * @throws InvalidFactsException if the component is unknown or the score outside [0, 100]
   */
  public Occurrence score(String componentId, Points score, String basis) {
    requireNonNull(componentId, "componentId");
    requireNonNull(score, "score");
    requireNonNull(basis, "basis");
    List<Problem> problems = new ArrayList<>();
    if (!weights.containsKey(componentId)) {
      problems.add(new Problem(rubric.scoringRule(),
          "unknown component " + componentId + " (components " + weights.keySet() + ")"));
    }
    if (score.isNegative() || score.compareTo(HUNDRED) > 0) {
      problems.add(new Problem(rubric.scoringRule(),
          "component " + componentId + " score " + score + " is outside [0, 100]"));
    }
    InvalidFactsException.throwIfAny("Composite " + rubric.name(), problems);
    return Occurrence.of(componentId, SCORE, score, basis);
  }

  /** Builds a {@link WeightedComposite}; {@link #build()} reports every problem at once. */
  public static final class Builder {

    private final String name;
    private final Map<String, String> titles = new LinkedHashMap<>();
    private final Map<String, Points> weights = new LinkedHashMap<>();
    private final List<GradeBand> bands = new ArrayList<>();
    private final List<Citation> citations = new ArrayList<>();
    private final List<String> duplicates = new ArrayList<>();
    private RuleId scoringRule = Rules.SC_9;
    private RuleId gradingRule = Rules.SC_9;
    private GradeScale.Reading reading = GradeScale.Reading.LITERAL;
    private Rounding rounding = Rounding.NONE;

    private Builder(String name) {
      this.name = name;
    }

    /**
     * Adds a component weighted by a decimal percentage, e.g. 30.
     *
     * @param id the component id
     * @param title the Chinese title, e.g. {@code 平时考核}
     * @param percent its weight in percent
     * @return this builder
     * @throws IllegalArgumentException if the percentage has more digits than {@link
     *     Points#of(BigDecimal)} accepts
     */
    public Builder component(String id, String title, BigDecimal percent) {
      return component(id, title, Points.of(requireNonNull(percent, "percent")));
    }

    /**
     * Adds a component weighted by an exact percentage, e.g. {@code Points.fraction(100, 3)}.
     *
     * @param id the component id
     * @param title the Chinese title
     * @param percent its weight in percent
     * @return this builder
     */
    public Builder component(String id, String title, Points percent) {
      requireNonNull(id, "id");
      requireNonNull(title, "title");
      requireNonNull(percent, "percent");
      if (weights.containsKey(id)) {
        duplicates.add(id);
      }
      titles.put(id, title);
      weights.put(id, percent);
      return this;
    }

    /**
     * Names the rules the composite's findings cite, as {@link Rubric.Builder#rules}.
     *
     * @param scoring the rule of the weighted components and the total
     * @param grading the rule of the grade and its consequences
     * @return this builder
     */
    public Builder rules(RuleId scoring, RuleId grading) {
      this.scoringRule = requireNonNull(scoring, "scoring");
      this.gradingRule = requireNonNull(grading, "grading");
      return this;
    }

    /**
     * Adds a grade band over the composite total (0–100), as written.
     *
     * @param band the band
     * @return this builder
     */
    public Builder grade(GradeBand band) {
      bands.add(requireNonNull(band, "band"));
      return this;
    }

    /**
     * Declares how totals are read against the bands, as {@link Rubric.Builder#gradesRead}.
     *
     * @param reading the reading
     * @param rounding the rounding before reading
     * @return this builder
     */
    public Builder gradesRead(GradeScale.Reading reading, Rounding rounding) {
      this.reading = requireNonNull(reading, "reading");
      this.rounding = requireNonNull(rounding, "rounding");
      return this;
    }

    /**
     * Adds a provision the composite rests on.
     *
     * @param citation the citation
     * @return this builder
     */
    public Builder citation(Citation citation) {
      citations.add(requireNonNull(citation, "citation"));
      return this;
    }

    /**
     * Validates and returns the composite.
     *
     * @return the composite
     * @throws InvalidFactsException listing every problem: weights not positive, not summing to
     *     100 %, duplicate components, totals without a grade or with two (SC-4, CAL-6)
     */
    public WeightedComposite build() {
      List<Problem> problems = new ArrayList<>();
      Set<String> reported = new HashSet<>();
      for (String id : duplicates) {
        if (reported.add(id)) {
          problems.add(new Problem(Rules.SC_4, "component " + id + " appears twice"));
        }
      }
      Points sum = Points.ZERO;
      for (Map.Entry<String, Points> e : weights.entrySet()) {
        if (!e.getValue().isPositive()) {
          problems.add(new Problem(
              Rules.SC_4, "component " + e.getKey() + " weight " + e.getValue() + "% must be positive"));
        }
        sum = sum.plus(e.getValue());
      }
      if (weights.isEmpty()) {
        problems.add(new Problem(Rules.SC_4, "a composite needs at least one component"));
      } else if (!sum.equals(HUNDRED)) {
        problems.add(new Problem(Rules.SC_4, "weights sum to " + sum + "%, not 100%"));
      }
      problems.addAll(GradeScale.problems(java.util.Optional.of(Points.ZERO),
          java.util.Optional.of(HUNDRED), bands, reading, rounding));
      InvalidFactsException.throwIfAny("Composite " + name, problems);
      Rubric.Builder rb = Rubric.builder(name, HUNDRED).rules(scoringRule, gradingRule)
          .gradesRead(reading, rounding);
      citations.forEach(rb::citation);
      weights.forEach((id, w) -> rb.section(id, titles.get(id), w)
          .criterion(id, titles.get(id) + "（权重" + w + "%）", w)
          .outOf(HUNDRED)
          .rule(ScoringRule.recordedScore(SCORE, "按成绩计入（平均）")));
      bands.forEach(rb::grade);
      return new WeightedComposite(
          rb.build(), java.util.Collections.unmodifiableMap(new LinkedHashMap<>(weights)));
    }
  }
}
