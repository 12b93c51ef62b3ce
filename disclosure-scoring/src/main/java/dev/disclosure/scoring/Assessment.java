package dev.disclosure.scoring;

import static java.util.Objects.requireNonNull;

import dev.disclosure.core.InvalidFactsException;
import dev.disclosure.core.InvalidFactsException.Problem;
import dev.disclosure.core.law.Rules;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An assessment (考评记录) of one unit against a rubric: deductions with reasons and evidence, scores
 * awarded from questionnaires or metrics, and overriding findings. {@link #score()} turns it into a
 * {@link ScoreCard}.
 *
 * <p>Immutable and thread-safe: every {@code with…} method returns a new assessment, and a refused
 * input leaves the original unchanged. Deductions from one criterion are capped at its maximum
 * (扣完为止, SC-1).
 *
 * <p><b>[convention]</b> A criterion is scored either by deductions or by one award, never both.
 */
public final class Assessment {

  private final Rubric rubric;
  private final String unit;
  private final List<Deduction> deductions;
  private final Map<String, Award> awards;
  private final List<GradeOverride> overrides;
  /** Per criterion, in rubric order: its award, or null. */
  private final Award[] awardAt;
  /** Per criterion, in rubric order: its deductions as an immutable list, or null. */
  private final Object[] deductionsAt;

  private Assessment(
      Rubric rubric,
      String unit,
      List<Deduction> deductions,
      Map<String, Award> awards,
      List<GradeOverride> overrides) {
    this.rubric = rubric;
    this.unit = unit;
    this.deductions = deductions;
    this.awards = awards;
    this.overrides = overrides;
    int size = rubric.criteria().size();
    this.awardAt = new Award[size];
    for (Award a : awards.values()) {
      awardAt[rubric.ordinal(a.criterionId())] = a;
    }
    Map<String, List<Deduction>> grouped = new HashMap<>();
    for (Deduction d : deductions) {
      grouped.computeIfAbsent(d.criterionId(), k -> new ArrayList<>(2)).add(d);
    }
    this.deductionsAt = new Object[size];
    grouped.forEach((id, ds) -> deductionsAt[rubric.ordinal(id)] = List.copyOf(ds));
  }

  /**
   * Starts an assessment with full marks and no finding.
   *
   * @param rubric the rubric
   * @param unit the unit assessed (被考评单位)
   * @return the assessment
   */
  public static Assessment of(Rubric rubric, String unit) {
    return new Assessment(
        requireNonNull(rubric, "rubric"), requireNonNull(unit, "unit"), List.of(), Map.of(),
        List.of());
  }

  /**
   * Returns an assessment with all the given records, validated together.
   *
   * @param rubric the rubric
   * @param unit the unit assessed
   * @param deductions the deductions
   * @param awards the awards
   * @param overrides the overriding findings
   * @return the assessment
   * @throws InvalidFactsException listing every problem in every record
   */
  public static Assessment of(
      Rubric rubric,
      String unit,
      List<Deduction> deductions,
      List<Award> awards,
      List<GradeOverride> overrides) {
    requireNonNull(rubric, "rubric");
    requireNonNull(unit, "unit");
    List<Deduction> ds = List.copyOf(deductions);
    List<Award> as = List.copyOf(awards);
    List<GradeOverride> os = List.copyOf(overrides);
    List<Problem> problems = new ArrayList<>();
    Map<String, Award> byCriterion = new LinkedHashMap<>();
    Set<String> deducted = new HashSet<>();
    for (Deduction d : ds) {
      checkDeduction(rubric, d, problems);
      deducted.add(d.criterionId());
    }
    for (Award a : as) {
      checkAward(rubric, a, problems);
      if (byCriterion.put(a.criterionId(), a) != null) {
        problems.add(
            new Problem(
                Rules.SC_1,
                "criterion "
                    + a.criterionId()
                    + " is awarded twice; give one score ([convention])"));
      }
      if (deducted.contains(a.criterionId())) {
        problems.add(
            new Problem(
                Rules.SC_1,
                "criterion "
                    + a.criterionId()
                    + " has both deductions and an award; a criterion is scored one way"
                    + " ([convention])"));
      }
    }
    for (GradeOverride o : os) {
      checkOverride(rubric, o, problems);
    }
    InvalidFactsException.throwIfAny("Assessment of " + unit, problems);
    return new Assessment(
        rubric, unit, ds, java.util.Collections.unmodifiableMap(byCriterion), os);
  }

  private static void checkDeduction(Rubric rubric, Deduction d, List<Problem> problems) {
    if (rubric.criterion(d.criterionId()).isEmpty()) {
      problems.add(
          new Problem(
              Rules.SC_1,
              "deduction from unknown criterion "
                  + d.criterionId()
                  + " (rubric "
                  + rubric.name()
                  + " has "
                  + rubric.criteria().keySet()
                  + ")"));
    }
    if (!d.points().isPositive()) {
      problems.add(
          new Problem(
              Rules.SC_1,
              "deduction of "
                  + d.points()
                  + " from criterion "
                  + d.criterionId()
                  + " must be positive (扣分)"));
    }
    if (d.reason().isBlank()) {
      problems.add(
          new Problem(
              Rules.SC_1, "deduction from criterion " + d.criterionId() + " needs a reason"));
    }
  }

  private static void checkAward(Rubric rubric, Award a, List<Problem> problems) {
    var criterion = rubric.criterion(a.criterionId());
    if (criterion.isEmpty()) {
      problems.add(new Problem(Rules.SC_1, "award to unknown criterion " + a.criterionId()));
      return;
    }
    if (a.points().isNegative() || a.points().compareTo(criterion.get().maximum()) > 0) {
      problems.add(
          new Problem(
              Rules.SC_1,
              "award of "
                  + a.points()
                  + " to criterion "
                  + a.criterionId()
                  + " is outside [0, "
                  + criterion.get().maximum()
                  + "]"));
    }
  }

  private static void checkOverride(Rubric rubric, GradeOverride o, List<Problem> problems) {
    boolean known = rubric.scale().bands().stream().anyMatch(b -> b.grade().equals(o.grade()));
    if (!known) {
      problems.add(
          new Problem(
              Rules.SC_2, "override grade " + o.grade() + " is not a grade of " + rubric.name()));
    }
  }

  /**
   * Returns this assessment with one more deduction (扣分).
   *
   * @param criterionId the criterion
   * @param points the points deducted, positive
   * @param reason the reason
   * @param evidence references to the evidence
   * @return the new assessment
   * @throws InvalidFactsException if the criterion is unknown or awarded, the points not positive
   *     or the reason blank; this assessment is unchanged
   */
  public Assessment withDeduction(
      String criterionId, Points points, String reason, String... evidence) {
    return withDeduction(new Deduction(criterionId, points, reason, List.of(evidence)));
  }

  /**
   * Returns this assessment with one more deduction (扣分), for example from {@link DepartmentDeductions}.
   *
   * @param deduction the deduction
   * @return the new assessment
   * @throws InvalidFactsException if the criterion is unknown or awarded, the points not positive
   *     or the reason blank; this assessment is unchanged
   */
  public Assessment withDeduction(Deduction deduction) {
    requireNonNull(deduction, "deduction");
    List<Deduction> ds = new ArrayList<>(deductions);
    ds.add(deduction);
    return of(rubric, unit, ds, List.copyOf(awards.values()), overrides);
  }

  /**
   * Returns this assessment with a score awarded to a criterion (from a questionnaire or metric).
   *
   * @param award the award
   * @return the new assessment
   * @throws InvalidFactsException if the criterion is unknown, already scored or the points
   *     outside its range; this assessment is unchanged
   */
  public Assessment withAward(Award award) {
    requireNonNull(award, "award");
    List<Award> as = new ArrayList<>(awards.values());
    as.add(award);
    return of(rubric, unit, deductions, as, overrides);
  }

  /**
   * Returns this assessment with a criterion scored from a questionnaire (按调查问卷计分).
   *
   * @param criterionId the criterion
   * @param mapping how answers become points
   * @param counts respondents per answer option
   * @return the new assessment
   * @throws InvalidFactsException if the counts or criterion are invalid; this assessment is
   *     unchanged
   */
  public Assessment withSurvey(String criterionId, SurveyMapping mapping, Map<String, Long> counts) {
    requireNonNull(criterionId, "criterionId");
    requireNonNull(mapping, "mapping");
    Criterion c =
        rubric
            .criterion(criterionId)
            .orElseThrow(
                () ->
                    new InvalidFactsException(
                        "Assessment of " + unit,
                        Rules.SC_1,
                        "survey for unknown criterion " + criterionId));
    return withAward(mapping.score(criterionId, c.maximum(), counts));
  }

  /**
   * Returns this assessment with an overriding finding (一票否决).
   *
   * @param override the finding
   * @return the new assessment
   * @throws InvalidFactsException if its grade is not in the rubric's scale
   */
  public Assessment withOverride(GradeOverride override) {
    requireNonNull(override, "override");
    List<GradeOverride> os = new ArrayList<>(overrides);
    os.add(override);
    return of(rubric, unit, deductions, List.copyOf(awards.values()), os);
  }

  /** {@return the rubric} */
  public Rubric rubric() {
    return rubric;
  }

  /** {@return the unit assessed (被考评单位)} */
  public String unit() {
    return unit;
  }

  /** {@return the deductions, in the order recorded} */
  public List<Deduction> deductions() {
    return deductions;
  }

  /** {@return the awards by criterion id} */
  public Map<String, Award> awards() {
    return awards;
  }

  /** {@return the overriding findings} */
  public List<GradeOverride> overrides() {
    return overrides;
  }

  /**
   * Scores the assessment (计分): each criterion's maximum less its deductions, capped at the
   * maximum (扣完为止), or its award; sections and total summed; the grade from the scale unless a
   * finding overrides it. <b>[convention]</b> With several findings the lowest grade wins, and a
   * finding never raises the grade the score earned.
   *
   * @return the score card
   */
  public ScoreCard score() {
    List<Section> sections = rubric.sections();
    ScoreCard.SectionScore[] sectionScores = new ScoreCard.SectionScore[sections.size()];
    Points total = rubric.total();
    int ordinal = 0;
    for (int i = 0; i < sectionScores.length; i++) {
      Section s = sections.get(i);
      List<Criterion> criteria = s.criteria();
      ScoreCard.CriterionScore[] lines = null;
      Points sectionScore = s.maximum();
      for (int j = 0; j < criteria.size(); j++, ordinal++) {
        Award award = awardAt[ordinal];
        @SuppressWarnings("unchecked")
        List<Deduction> ds = (List<Deduction>) deductionsAt[ordinal];
        if (award == null && ds == null) {
          continue;
        }
        if (lines == null) {
          lines = rubric.fullMarks(i).criteria().toArray(new ScoreCard.CriterionScore[0]);
        }
        Criterion c = criteria.get(j);
        ScoreCard.CriterionScore line = scoreCriterion(c, award, ds);
        lines[j] = line;
        sectionScore = sectionScore.minus(c.maximum().minus(line.score()));
      }
      sectionScores[i] = lines == null
          ? rubric.fullMarks(i)
          : new ScoreCard.SectionScore(s, sectionScore, List.of(lines));
      total = total.minus(s.maximum().minus(sectionScore));
    }
    GradeBand byScore = rubric.scale().gradeOf(total);
    GradeBand grade = byScore;
    for (GradeOverride o : overrides) {
      GradeBand imposed = rubric.scale().band(o.grade());
      if (imposed.lower().compareTo(grade.lower()) < 0) {
        grade = imposed;
      }
    }
    List<String> consequences = grade.consequences();
    if (!overrides.isEmpty()) {
      List<String> all = new ArrayList<>(consequences);
      for (GradeOverride o : overrides) {
        all.addAll(o.consequences());
      }
      consequences = List.copyOf(all);
    }
    return new ScoreCard(
        rubric, unit, List.of(sectionScores), total, byScore, grade, overrides, consequences);
  }

  private static ScoreCard.CriterionScore scoreCriterion(
      Criterion c, Award award, List<Deduction> ds) {
    if (award != null) {
      return new ScoreCard.CriterionScore(c, Points.ZERO, Points.ZERO, award.points(), List.of(),
          award.basis());
    }
    Points requested = Points.ZERO;
    for (Deduction d : ds) {
      requested = requested.plus(d.points());
    }
    Points applied = requested.min(c.maximum());
    return new ScoreCard.CriterionScore(c, requested, applied, c.maximum().minus(applied), ds, "");
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Assessment other
        && rubric.equals(other.rubric)
        && unit.equals(other.unit)
        && deductions.equals(other.deductions)
        && awards.equals(other.awards)
        && overrides.equals(other.overrides);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(rubric, unit, deductions, awards, overrides);
  }

  @Override
  public String toString() {
    return "Assessment of " + unit + " against " + rubric;
  }
}
