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
 * A weighted composite (综合考核成绩): component scores, each out of 100, weighted by percentages
 * that sum to 100 % (for example SC-4: 30 % / 40 % / 30 %). It is a {@link Rubric} of one section per
 * component whose maximum is the weight, so the same engine scores, grades and explains it; {@link
 * #award} turns a component's score into its weighted points exactly.
 *
 * <p>Immutable and thread-safe.
 */
public final class WeightedComposite {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final Rubric rubric;
  private final Map<String, BigDecimal> weights;

  private WeightedComposite(Rubric rubric, Map<String, BigDecimal> weights) {
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

  /** {@return each component's weight in percent (权重), in order} */
  public Map<String, BigDecimal> weights() {
    return weights;
  }

  /**
   * Weighs one component's score (计入综合成绩): {@code score × weight ÷ 100}, exact.
   *
   * @param componentId the component
   * @param score its score out of 100
   * @param basis how the score was obtained
   * @return the award for the component's criterion
   * @throws InvalidFactsException if the component is unknown or the score outside [0, 100]
   */
  public Award award(String componentId, Points score, String basis) {
    requireNonNull(componentId, "componentId");
    requireNonNull(score, "score");
    requireNonNull(basis, "basis");
    List<Problem> problems = new ArrayList<>();
    BigDecimal weight = weights.get(componentId);
    if (weight == null) {
      problems.add(
          new Problem(
              Rules.SC_4,
              "unknown component " + componentId + " (components " + weights.keySet() + ")"));
    }
    if (score.isNegative() || score.compareTo(Points.of(100)) > 0) {
      problems.add(
          new Problem(
              Rules.SC_4, "component " + componentId + " score " + score + " is outside [0, 100]"));
    }
    InvalidFactsException.throwIfAny("Composite " + rubric.name(), problems);
    Points weighted = score.times(weight).dividedBy(100);
    return new Award(
        componentId,
        weighted,
        basis
            + "；"
            + score
            + "分 × "
            + weight.stripTrailingZeros().toPlainString()
            + "% = "
            + weighted
            + "分");
  }

  /** Builds a {@link WeightedComposite}; {@link #build()} reports every problem at once. */
  public static final class Builder {

    private final String name;
    private final Map<String, String> titles = new LinkedHashMap<>();
    private final Map<String, BigDecimal> weights = new LinkedHashMap<>();
    private final List<GradeBand> bands = new ArrayList<>();
    private final List<Citation> citations = new ArrayList<>();
    private final List<String> duplicates = new ArrayList<>();
    private RuleId scoringRule = Rules.SC_9;
    private RuleId gradingRule = Rules.SC_9;

    private Builder(String name) {
      this.name = name;
    }

    /**
     * Adds a component.
     *
     * @param id the component id
     * @param title the Chinese title, e.g. {@code 平时考核}
     * @param percent its weight in percent, e.g. 30
     * @return this builder
     */
    public Builder component(String id, String title, BigDecimal percent) {
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
     * Names the rules the composite's score-card findings cite, as {@link Rubric.Builder#rules}
     * (both SC-9 unless named; SC-4 for the built-in composite assessment).
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
     * Adds a grade band over the composite total (0–100).
     *
     * @param band the band
     * @return this builder
     */
    public Builder grade(GradeBand band) {
      bands.add(requireNonNull(band, "band"));
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
     *     100 %, duplicate components, grade bands with gaps or overlaps (SC-4, CAL-6)
     */
    public WeightedComposite build() {
      List<Problem> problems = new ArrayList<>();
      Set<String> reported = new HashSet<>();
      for (String id : duplicates) {
        if (reported.add(id)) {
          problems.add(new Problem(Rules.SC_4, "component " + id + " appears twice"));
        }
      }
      BigDecimal sum = BigDecimal.ZERO;
      for (Map.Entry<String, BigDecimal> e : weights.entrySet()) {
        if (e.getValue().signum() <= 0) {
          problems.add(
              new Problem(
                  Rules.SC_4,
                  "component "
                      + e.getKey()
                      + " weight "
                      + e.getValue().toPlainString()
                      + "% must be positive"));
        }
        sum = sum.add(e.getValue());
      }
      if (weights.isEmpty()) {
        problems.add(new Problem(Rules.SC_4, "a composite needs at least one component"));
      } else if (sum.compareTo(HUNDRED) != 0) {
        problems.add(
            new Problem(
                Rules.SC_4,
                "weights sum to " + sum.stripTrailingZeros().toPlainString() + "%, not 100%"));
      }
      problems.addAll(GradeScale.problems(Points.of(100), bands));
      InvalidFactsException.throwIfAny("Composite " + name, problems);
      Rubric.Builder rb = Rubric.builder(name, Points.of(100)).rules(scoringRule, gradingRule);
      citations.forEach(rb::citation);
      weights.forEach((id, w) -> rb.section(id, titles.get(id), Points.of(w))
          .criterion(id, titles.get(id) + "（权重" + w.stripTrailingZeros().toPlainString() + "%）",
              Points.of(w)));
      bands.forEach(rb::grade);
      return new WeightedComposite(
          rb.build(), java.util.Collections.unmodifiableMap(new LinkedHashMap<>(weights)));
    }
  }
}
