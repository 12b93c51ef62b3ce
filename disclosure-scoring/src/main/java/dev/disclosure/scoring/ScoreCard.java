package dev.disclosure.scoring;

import static java.util.Objects.requireNonNull;

import dev.disclosure.calendar.Citation;
import dev.disclosure.calendar.Finding;
import dev.disclosure.calendar.FindingKind;
import dev.disclosure.calendar.Language;
import dev.disclosure.calendar.Phrase;
import dev.disclosure.calendar.Quantity;
import dev.disclosure.calendar.RuleId;
import java.util.ArrayList;
import java.util.List;

/**
 * A score card (考评结果): per section and criterion the maximum, the deductions with reasons and the
 * score; the total; the grade (等次) with its consequences; and the provisions relied on. {@link
 * #findings()} states each deduction, score awarded, the total, the grade and each consequence as a
 * finding with exact points; {@link #explain()} renders the card for an evaluation report
 * (Chinese), {@link #explain(Language)} in English too.
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

    /**
     * Copies the deductions.
     *
     * @param criterion the criterion
     * @param deductionsRequested the sum of the deductions recorded
     * @param deductionsApplied the part applied: at most the maximum (扣完为止)
     * @param score the score
     * @param deductions the deductions, with reasons and evidence
     * @param basis for an awarded score, how it was obtained; otherwise empty
     */
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

    /**
     * Copies the lines.
     *
     * @param section the section
     * @param score the section's score
     * @param criteria its criteria's lines
     */
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

  /** {@return the rubric} */
  public Rubric rubric() {
    return rubric;
  }

  /** {@return the unit assessed (被考评单位)} */
  public String unit() {
    return unit;
  }

  /** {@return the section lines, in rubric order} */
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

  /** {@return the total (总分)} */
  public Points total() {
    return total;
  }

  /** {@return the grade (等次) finally given, after any overriding finding} */
  public String grade() {
    return grade.grade();
  }

  /** {@return the band the total alone earns (CAL-6 bounds)} */
  public GradeBand gradeByScore() {
    return gradeByScore;
  }

  /** {@return whether a finding overrode the grade the total earned (一票否决)} */
  public boolean isOverridden() {
    return grade != gradeByScore;
  }

  /** {@return the overriding findings recorded, whether or not they changed the grade} */
  public List<GradeOverride> overrides() {
    return overrides;
  }

  /** {@return the consequences (奖惩): of the grade, then of each finding} */
  public List<String> consequences() {
    return consequences;
  }

  /** {@return the provisions relied on: the rubric's, then each finding's} */
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
   * Returns the findings (认定): for each criterion scored, every deduction with its points and
   * reason, the cap when deductions exceed the maximum (扣完为止), or the score awarded from a
   * questionnaire or metric, then the total, the grade with its band, each overriding finding and
   * each consequence. Deductions, caps, awards and the total name the rubric's {@link
   * Rubric#scoringRule() scoring rule} (SC-1 for the demonstration site); the grade, overrides and
   * consequences its {@link Rubric#gradingRule() grading rule} (SC-2). Every score is a {@link
   * Quantity.Unit#POINTS} quantity, exact.
   *
   * @return the findings, in order
   */
  public List<Finding> findings() {
    RuleId scoring = rubric.scoringRule();
    RuleId grading = rubric.gradingRule();
    List<Finding> out = new ArrayList<>();
    for (int si = 0; si < sections.size(); si++) {
      List<CriterionScore> criteria = sections.get(si).criteria();
      for (int ci = 0; ci < criteria.size(); ci++) {
        CriterionScore c = criteria.get(ci);
        Phrase ref = criterionRef(c, si, ci);
        for (Deduction d : c.deductions()) {
          out.add(applied(scoring, Phrase.of("{0} {1}", "{0}: {1}", ref, deduction(d)), List.of()));
        }
        if (isCapped(c)) {
          out.add(applied(scoring, Phrase.of("{0} {1}", "{0}: {1}", ref, cap(c)), List.of()));
        }
        if (!c.basis().isEmpty()) {
          out.add(
              applied(
                  scoring,
                  Phrase.of(
                      "{0} 得{1}：{2}", "{0}: {1} awarded ({2})", ref, points(c.score()), c.basis()),
                  List.of()));
        }
      }
    }
    out.add(applied(scoring, totalPhrase(), List.of()));
    out.add(applied(grading, gradePhrase(), rubric.citations()));
    for (GradeOverride o : overrides) {
      out.add(applied(grading, overridePhrase(o), List.of(o.citation())));
    }
    for (String c : consequences) {
      out.add(applied(grading, consequence(c), List.of()));
    }
    return List.copyOf(out);
  }

  /**
   * Explains the score card in Chinese for an evaluation report, one line per section, criterion,
   * deduction, overriding finding and consequence, ending with the citations and their wording.
   *
   * @return the explanation
   */
  public String explain() {
    return explain(Language.CHINESE);
  }

  /**
   * Explains the score card in a language: the layout of {@link #explain()}, each line the phrase of
   * a finding or of a section or criterion. Text from the record (the unit, criteria's wording,
   * reasons, evidence, grade names) appears in Chinese only; English says "as recorded".
   *
   * @param language Chinese or English
   * @return the explanation
   */
  public String explain(Language language) {
    requireNonNull(language, "language");
    StringBuilder t = new StringBuilder();
    line(t, language, Phrase.of("{0}：{1}", "score card: {0}; unit assessed: {1}", rubric.name(), unit));
    for (int si = 0; si < sections.size(); si++) {
      SectionScore s = sections.get(si);
      line(
          t,
          language,
          Phrase.of(
              "（{0}）{1} {2}（满分{3}）",
              "section {4} ({1}): {2} of {3}",
              s.section().id(),
              s.section().title(),
              points(s.score()),
              points(s.section().maximum()),
              si + 1));
      for (int ci = 0; ci < s.criteria().size(); ci++) {
        CriterionScore c = s.criteria().get(ci);
        Phrase ref = criterionRef(c, si, ci);
        Phrase score =
            Phrase.of(
                "{0} {1} {2}（满分{3}）",
                "{0} ({1}): {2} of {3}",
                ref,
                c.criterion().wording(),
                points(c.score()),
                points(c.criterion().maximum()));
        line(
            t,
            language,
            isCapped(c) ? Phrase.of("  {0}（{1}）", "  {0} ({1})", score, cap(c)) : indent(score, 2));
        for (Deduction d : c.deductions()) {
          line(t, language, indent(deduction(d), 4));
        }
        if (!c.basis().isEmpty()) {
          line(
              t,
              language,
              Phrase.of("    {1}", "    {0} awarded ({1})", points(c.score()), c.basis()));
        }
      }
    }
    line(t, language, totalPhrase());
    line(t, language, gradePhrase());
    for (GradeOverride o : overrides) {
      String text = language.render(overridePhrase(o));
      t.append(
              language == Language.CHINESE
                  ? text + "，" + o.citation().toReference()
                  : text + " (" + language.reference(o.citation()) + ")")
          .append('\n');
    }
    for (String c : consequences) {
      line(t, language, consequence(c));
    }
    for (Citation c : citations()) {
      t.append(
              language == Language.CHINESE
                  ? c.toReference() + "：" + c.wording()
                  : language.reference(c))
          .append('\n');
    }
    return t.toString();
  }

  private static void line(StringBuilder t, Language language, Phrase phrase) {
    t.append(language.render(phrase)).append('\n');
  }

  private static Phrase indent(Phrase phrase, int spaces) {
    String blank = " ".repeat(spaces);
    return Phrase.of(blank + "{0}", blank + "{0}", phrase);
  }

  private static Finding applied(RuleId rule, Phrase what, List<Citation> citations) {
    return Finding.of(rule, FindingKind.APPLIED, what, citations);
  }

  private static Quantity points(Points points) {
    return Quantity.of(points.toBigDecimal(), Quantity.Unit.POINTS);
  }

  /** The criterion: its id in Chinese, its place in English (ids and wording are rubric data). */
  private static Phrase criterionRef(CriterionScore c, int si, int ci) {
    return Phrase.of("{0}", "criterion {1} of section {2}", c.criterion().id(), ci + 1, si + 1);
  }

  private static boolean isCapped(CriterionScore c) {
    return !c.deductionsApplied().equals(c.deductionsRequested());
  }

  private static Phrase deduction(Deduction d) {
    return d.evidence().isEmpty()
        ? Phrase.of("扣{0}：{1}", "{0} deducted: {1}", points(d.points()), d.reason())
        : Phrase.of(
            "扣{0}：{1}（佐证：{2}）",
            "{0} deducted: {1} (evidence: {2})",
            points(d.points()),
            d.reason(),
            String.join("、", d.evidence()));
  }

  private static Phrase cap(CriterionScore c) {
    return Phrase.of(
        "扣分{0}，以该项分值为限扣{1}，扣完为止",
        "{0} deducted in all; {1} applied, down to zero and no further",
        points(c.deductionsRequested()),
        points(c.deductionsApplied()));
  }

  private Phrase totalPhrase() {
    return Phrase.of("总分：{0}（满分{1}）", "total: {0} of {1}", points(total), points(rubric.total()));
  }

  private Phrase gradePhrase() {
    if (isOverridden()) {
      return Phrase.of(
          "等次：{0}（按得分为{1}）",
          "grade: {0} (the total alone earns {1})",
          grade.grade(),
          gradeByScore.grade());
    }
    return Phrase.of("等次：{0}（{1}）", "grade: {0} ({1})", grade.grade(), band(gradeByScore));
  }

  private static Phrase band(GradeBand band) {
    Phrase lower =
        band.lowerWord().includesNumber()
            ? Phrase.of("{0}以上", "at least {0}", points(band.lower()))
            : Phrase.of("超过{0}", "more than {0}", points(band.lower()));
    Phrase upper =
        band.upperWord().includesNumber()
            ? Phrase.of("{0}以下", "at most {0}", points(band.upper()))
            : Phrase.of("不满{0}", "less than {0}", points(band.upper()));
    return Phrase.of("{0}、{1}", "{0} and {1}", lower, upper);
  }

  private static Phrase overridePhrase(GradeOverride o) {
    return Phrase.of(
        "否决事项：{0}",
        "overriding finding: {0}; grade imposed: {1}",
        o.finding(),
        o.grade());
  }

  private static Phrase consequence(String c) {
    return Phrase.of("处理：{0}", "consequence: {0}", c);
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
