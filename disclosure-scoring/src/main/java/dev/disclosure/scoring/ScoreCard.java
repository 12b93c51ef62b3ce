package dev.disclosure.scoring;

import static java.util.Objects.requireNonNull;

import dev.disclosure.calendar.Citation;
import java.util.List;

/**
 * A score card (考评结果): per section and criterion the maximum, the deductions with reasons and the
 * score; the total; the grade (等次) with its consequences; and the provisions relied on. {@link
 * #explain()} renders it for an evaluation report.
 *
 * <p>Immutable and thread-safe.
 */
public final class ScoreCard {

  /**
   * One criterion's line (单项得分).
   *
   * @param criterion the criterion
   * @param deductionsRequested the sum of the deductions recorded
   * @param deductionsApplied the part applied: at most the maximum (扣完为止)
   * @param score the score
   * @param deductions the deductions, with reasons and evidence
   * @param basis for an awarded score, how it was obtained; otherwise empty
   */
  public record CriterionScore(
      Criterion criterion,
      Points deductionsRequested,
      Points deductionsApplied,
      Points score,
      List<Deduction> deductions,
      String basis) {

    /** Copies the deductions. */
    public CriterionScore {
      requireNonNull(criterion, "criterion");
      requireNonNull(deductionsRequested, "deductionsRequested");
      requireNonNull(deductionsApplied, "deductionsApplied");
      requireNonNull(score, "score");
      deductions = List.copyOf(deductions);
      requireNonNull(basis, "basis");
    }
  }

  /**
   * One section's line (项目得分).
   *
   * @param section the section
   * @param score the section's score
   * @param criteria its criteria's lines
   */
  public record SectionScore(Section section, Points score, List<CriterionScore> criteria) {

    /** Copies the lines. */
    public SectionScore {
      requireNonNull(section, "section");
      requireNonNull(score, "score");
      criteria = List.copyOf(criteria);
    }
  }

  private final Rubric rubric;
  private final String unit;
  private final List<SectionScore> sections;
  private final Points total;
  private final GradeBand gradeByScore;
  private final GradeBand grade;
  private final List<GradeOverride> overrides;
  private final List<String> consequences;

  ScoreCard(
      Rubric rubric,
      String unit,
      List<SectionScore> sections,
      Points total,
      GradeBand gradeByScore,
      GradeBand grade,
      List<GradeOverride> overrides,
      List<String> consequences) {
    this.rubric = rubric;
    this.unit = unit;
    this.sections = sections;
    this.total = total;
    this.gradeByScore = gradeByScore;
    this.grade = grade;
    this.overrides = overrides;
    this.consequences = consequences;
  }

  /** Returns the rubric. */
  public Rubric rubric() {
    return rubric;
  }

  /** Returns the unit assessed (被考评单位). */
  public String unit() {
    return unit;
  }

  /** Returns the section lines, in rubric order. */
  public List<SectionScore> sections() {
    return sections;
  }

  /**
   * Returns a criterion's line.
   *
   * @param criterionId the criterion id
   * @return the line
   * @throws IllegalArgumentException if the rubric has no such criterion
   */
  public CriterionScore criterion(String criterionId) {
    requireNonNull(criterionId, "criterionId");
    for (SectionScore s : sections) {
      for (CriterionScore c : s.criteria()) {
        if (c.criterion().id().equals(criterionId)) {
          return c;
        }
      }
    }
    throw new IllegalArgumentException("no criterion " + criterionId + " in " + rubric.name());
  }

  /** Returns the total (总分). */
  public Points total() {
    return total;
  }

  /** Returns the grade (等次) finally given, after any overriding finding. */
  public String grade() {
    return grade.grade();
  }

  /** Returns the band the total alone earns (CAL-6 bounds). */
  public GradeBand gradeByScore() {
    return gradeByScore;
  }

  /** Returns whether a finding overrode the grade the total earned (一票否决). */
  public boolean isOverridden() {
    return grade != gradeByScore;
  }

  /** Returns the overriding findings recorded, whether or not they changed the grade. */
  public List<GradeOverride> overrides() {
    return overrides;
  }

  /** Returns the consequences (奖惩): of the grade, then of each finding. */
  public List<String> consequences() {
    return consequences;
  }

  /** Returns the provisions relied on: the rubric's, then each finding's. */
  public List<Citation> citations() {
    List<Citation> all = new java.util.ArrayList<>(rubric.citations());
    for (GradeOverride o : overrides) {
      if (!all.contains(o.citation())) {
        all.add(o.citation());
      }
    }
    return List.copyOf(all);
  }

  /**
   * Explains the score card in Chinese, one line per section, criterion, deduction and consequence,
   * ending with the citations.
   *
   * @return the explanation
   */
  public String explain() {
    StringBuilder t = new StringBuilder();
    t.append(rubric.name()).append("：").append(unit).append('\n');
    for (SectionScore s : sections) {
      t.append('（').append(s.section().id()).append('）').append(s.section().title())
          .append(' ').append(s.score()).append('/').append(s.section().maximum()).append("分\n");
      for (CriterionScore c : s.criteria()) {
        t.append("  ").append(c.criterion().id()).append(' ').append(c.criterion().wording())
            .append(' ').append(c.score()).append('/').append(c.criterion().maximum()).append("分");
        if (!c.deductionsApplied().equals(c.deductionsRequested())) {
          t.append("（扣分").append(c.deductionsRequested()).append("分，以该项分值为限扣")
              .append(c.deductionsApplied()).append("分，扣完为止）");
        }
        t.append('\n');
        for (Deduction d : c.deductions()) {
          t.append("    扣").append(d.points()).append("分：").append(d.reason());
          if (!d.evidence().isEmpty()) {
            t.append("（佐证：").append(String.join("、", d.evidence())).append('）');
          }
          t.append('\n');
        }
        if (!c.basis().isEmpty()) {
          t.append("    ").append(c.basis()).append('\n');
        }
      }
    }
    t.append("总分：").append(total).append('/').append(rubric.total()).append("分\n");
    t.append("等次：").append(grade.grade());
    if (isOverridden()) {
      t.append("（按得分为").append(gradeByScore.grade()).append("）");
    } else {
      t.append("（").append(gradeByScore.range()).append("）");
    }
    t.append('\n');
    for (GradeOverride o : overrides) {
      t.append("否决事项：").append(o.finding()).append("，").append(o.citation().toReference())
          .append('\n');
    }
    for (String c : consequences) {
      t.append("处理：").append(c).append('\n');
    }
    for (Citation c : citations()) {
      t.append(c.toReference()).append("：").append(c.wording()).append('\n');
    }
    return t.toString();
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof ScoreCard other
        && rubric.equals(other.rubric)
        && unit.equals(other.unit)
        && sections.equals(other.sections)
        && total.equals(other.total)
        && grade.equals(other.grade)
        && gradeByScore.equals(other.gradeByScore)
        && overrides.equals(other.overrides)
        && consequences.equals(other.consequences);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(unit, sections, total, grade, overrides);
  }

  @Override
  public String toString() {
    return unit + " " + total + "分 " + grade.grade();
  }
}
