package dev.disclosure.scoring;

import static java.util.Objects.requireNonNull;

import dev.disclosure.calendar.Citation;
import dev.disclosure.calendar.Finding;
import dev.disclosure.calendar.FindingKind;
import dev.disclosure.calendar.Language;
import dev.disclosure.calendar.Phrase;
import dev.disclosure.calendar.Quantity;
import dev.disclosure.calendar.RuleId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A score card (考评结果): per section and criterion the rules applied to what was recorded and the
 * score; the exact total and the total as the rubric rounds it; the grade (等次) with its
 * consequences; deductions from persons and money, each in a ledger apart from the unit's points;
 * and the provisions relied on. {@link #findings()} states every rule applied as a finding with
 * exact points; {@link #explain()} renders the card for an evaluation report (Chinese), {@link
 * #explain(Language)} in English too.
 *
 * <p>A card missing a required input ({@link #isComplete()} false) gives a provisional total with
 * the missing criteria at zero and no grade.
 *
 * <p>A card scored from an assessment holds its totals, grade and ledgers at once and builds its
 * section and criterion lines when they are first read ({@link #sections()}, {@link
 * #criterion(String)}, {@link #findings()}, {@link #explain()}); the lines add up to the same
 * exact total.
 *
 * <p>Immutable and thread-safe.
 */
public final class ScoreCard {

  /**
   * One rule applied on a criterion.
   *
   * @param rule the rule
   * @param occurrences the records it read
   * @param survey the questionnaire it read, for a questionnaire rule
   * @param requested what the records ask: points earned, deducted before the rule's own cap or
   *     once-only limit, added, deducted from persons, or the count for money
   * @param amount what the rule applies, on the criterion's scale
   */
  public record Applied(
      ScoringRule rule,
      List<Occurrence> occurrences,
      Optional<SurveyMapping.Tally> survey,
      Points requested,
      Points amount) {

    /**
     * Copies the records.
     *
     * @param rule the rule
     * @param occurrences the records it read
     * @param survey the questionnaire it read, for a questionnaire rule
     * @param requested what the records ask: points earned, deducted before the rule's own cap or
     *     once-only limit, added, deducted from persons, or the count for money
     * @param amount what the rule applies, on the criterion's scale
     */
    public Applied {
      requireNonNull(rule, "rule");
      occurrences = List.copyOf(occurrences);
      requireNonNull(survey, "survey");
      requireNonNull(requested, "requested");
      requireNonNull(amount, "amount");
    }
  }

  /**
   * One criterion's line (单项得分).
   *
   * @param criterion the criterion
   * @param applied the rules applied, in the criterion's order
   * @param base where deductions start: the scale, or what the earning rules earned (at most the
   *     scale)
   * @param deductionsRequested the deductions after each rule's own cap
   * @param deductionsApplied the part applied on the criterion: at most the base where deductions
   *     stop at the criterion (扣完为止)
   * @param bonus points added
   * @param score the criterion's contribution to its section: {@code base − deductionsApplied +
   *     bonus}, weighted to the maximum when scored on another scale
   * @param complete whether every earning rule had its input
   */
  public record CriterionScore(
      Criterion criterion,
      List<Applied> applied,
      Points base,
      Points deductionsRequested,
      Points deductionsApplied,
      Points bonus,
      Points score,
      boolean complete) {

    /**
     * Copies the rules applied.
     *
     * @param criterion the criterion
     * @param applied the rules applied, in the criterion's order
     * @param base where deductions start: the scale, or what the earning rules earned (at most the
     *     scale)
     * @param deductionsRequested the deductions after each rule's own cap
     * @param deductionsApplied the part applied on the criterion: at most the base where deductions
     *     stop at the criterion (扣完为止)
     * @param bonus points added
     * @param score the criterion's contribution to its section: {@code base − deductionsApplied +
     *     bonus}, weighted to the maximum when scored on another scale
     * @param complete whether every earning rule had its input
     */
    public CriterionScore {
      requireNonNull(criterion, "criterion");
      applied = List.copyOf(applied);
      requireNonNull(base, "base");
      requireNonNull(deductionsRequested, "deductionsRequested");
      requireNonNull(deductionsApplied, "deductionsApplied");
      requireNonNull(bonus, "bonus");
      requireNonNull(score, "score");
    }

    /** {@return the score on the criterion's own scale, before weighting} */
    public Points onScale() {
      return base.minus(deductionsApplied).plus(bonus);
    }
  }

  /**
   * One section's line (项目得分).
   *
   * @param section the section
   * @param score the section's score: its criteria's sum, not below zero where deductions stop at
   *     the section
   * @param criteria its criteria's lines
   */
  public record SectionScore(Section section, Points score, List<CriterionScore> criteria) {

    /**
     * Copies the lines.
     *
     * @param section the section
     * @param score the section's score: its criteria's sum, not below zero where deductions stop at
     *     the section
     * @param criteria its criteria's lines
     */
    public SectionScore {
      requireNonNull(section, "section");
      requireNonNull(score, "score");
      criteria = List.copyOf(criteria);
    }
  }

  /**
   * Points deducted from a person (扣当事人), apart from the unit's score.
   *
   * @param person the person
   * @param points the points deducted in all
   * @param occurrences the records
   */
  public record PersonLine(String person, Points points, List<Occurrence> occurrences) {
    /**
     * Copies the records.
     *
     * @param person the person
     * @param points the points deducted in all
     * @param occurrences the records
     */
    public PersonLine {
      requireNonNull(person, "person");
      requireNonNull(points, "points");
      occurrences = List.copyOf(occurrences);
    }
  }

  /**
   * Money moved by a rule, in yuan, apart from points.
   *
   * @param criterionId the criterion the rule belongs to
   * @param rule the rule
   * @param yuan the amount: positive for a reward (奖励), negative for a fine (扣发)
   * @param occurrences the records
   */
  public record MoneyLine(
      String criterionId, ScoringRule.Money rule, BigDecimal yuan, List<Occurrence> occurrences) {
    /**
     * Copies the records.
     *
     * @param criterionId the criterion the rule belongs to
     * @param rule the rule
     * @param yuan the amount: positive for a reward (奖励), negative for a fine (扣发)
     * @param occurrences the records
     */
    public MoneyLine {
      requireNonNull(criterionId, "criterionId");
      requireNonNull(rule, "rule");
      requireNonNull(yuan, "yuan");
      occurrences = List.copyOf(occurrences);
    }
  }

  private final Rubric rubric;
  private final String unit;
  private final Optional<Cycle.Period> period;
  /** The assessment whose lines are built on first read, or null when given. */
  private final Assessment source;
  /** The section lines: given, or built from {@link #source} when first read. */
  private volatile List<SectionScore> sections;
  private final Points exactTotal;
  private final Points total;
  private final List<String> missing;
  private final GradeBand gradeByScore;
  private final GradeBand grade;
  private final List<GradeOverride> overrides;
  private final List<Consequence> consequences;
  private final List<PersonLine> persons;
  private final List<MoneyLine> money;
  private final List<ScoreCard> periods;

  private ScoreCard(
      Rubric rubric,
      String unit,
      Optional<Cycle.Period> period,
      Assessment source,
      List<SectionScore> sections,
      Points exactTotal,
      List<String> missing,
      List<GradeOverride> overrides,
      List<PersonLine> persons,
      List<MoneyLine> money,
      List<ScoreCard> periods,
      GradeBand earned) {
    this.rubric = rubric;
    this.unit = unit;
    this.period = period;
    this.source = source;
    this.sections = sections;
    this.exactTotal = exactTotal;
    this.total = rubric.totalRounding().apply(exactTotal);
    this.missing = missing;
    this.overrides = overrides;
    this.persons = persons;
    this.money = money;
    this.periods = periods;
    GradeScale scale = rubric.scale();
    GradeBand finalGrade = earned;
    for (GradeOverride o : overrides) {
      if (finalGrade != null && o.grade().isPresent()) {
        GradeBand imposed = scale.band(o.grade().get());
        if (scale.rank(imposed) > scale.rank(finalGrade)) {
          finalGrade = imposed;
        }
      }
    }
    this.gradeByScore = earned;
    this.grade = finalGrade;
    if (overrides.isEmpty()) {
      this.consequences = finalGrade == null ? List.of() : finalGrade.consequences();
    } else {
      List<Consequence> all = new ArrayList<>(
          finalGrade == null || supersedes(overrides) ? List.of() : finalGrade.consequences());
      for (GradeOverride o : overrides) {
        all.addAll(o.consequences());
      }
      this.consequences = List.copyOf(all);
    }
  }

  /** Whether a status finding (one imposing no grade) replaces the grade's consequences. */
  static boolean supersedes(List<GradeOverride> overrides) {
    for (GradeOverride o : overrides) {
      if (o.grade().isEmpty() && !o.consequences().isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /** A card of an assessment with its section lines given, which add up to {@code exactTotal}. */
  static ScoreCard of(
      Assessment a,
      Optional<Cycle.Period> period,
      List<SectionScore> sections,
      Points exactTotal,
      List<String> missing,
      List<PersonLine> persons,
      List<MoneyLine> money,
      List<ScoreCard> periods) {
    return new ScoreCard(a.rubric(), a.unit(), period, null, sections, exactTotal, missing,
        a.overrides(), persons, money, periods,
        missing.isEmpty() ? a.rubric().scale().gradeOf(exactTotal) : null);
  }

  /**
   * A card scored without its lines (built from the assessment when first read), with neither
   * persons nor money, whose exact total is also given as {@code num/den} on longs for reading
   * the grade ({@link GradeScale#gradeOf(Points, long, long)}).
   */
  static ScoreCard scored(
      Assessment a, Cycle.Period period, Points exactTotal, long num, long den, List<String> missing) {
    return new ScoreCard(a.rubric(), a.unit(), Optional.ofNullable(period), a, null, exactTotal,
        missing, a.overrides(), List.of(), List.of(), List.of(),
        missing.isEmpty() ? a.rubric().scale().gradeOf(exactTotal, num, den) : null);
  }

  /**
   * The mean of check-period cards: each criterion, section and the total the exact mean of the
   * periods'; persons and money summed over the periods.
   */
  static ScoreCard mean(Assessment a, Cycle.Period year, List<ScoreCard> checks) {
    int n = checks.size();
    ScoreCard first = checks.get(0);
    List<SectionScore> sections = new ArrayList<>();
    for (int s = 0; s < first.sections().size(); s++) {
      List<CriterionScore> lines = new ArrayList<>();
      Points sectionSum = Points.ZERO;
      for (int c = 0; c < first.sections().get(s).criteria().size(); c++) {
        Points sum = Points.ZERO;
        boolean complete = true;
        for (ScoreCard card : checks) {
          CriterionScore line = card.sections().get(s).criteria().get(c);
          sum = sum.plus(line.score());
          complete &= line.complete();
        }
        Criterion criterion = first.sections().get(s).criteria().get(c).criterion();
        Points mean = sum.dividedBy(n);
        Points onScale = mean.times(criterion.outOf()).dividedBy(criterion.maximum());
        lines.add(new CriterionScore(
            criterion, List.of(), onScale, Points.ZERO, Points.ZERO, Points.ZERO, mean, complete));
      }
      for (ScoreCard card : checks) {
        sectionSum = sectionSum.plus(card.sections().get(s).score());
      }
      sections.add(new SectionScore(first.sections().get(s).section(), sectionSum.dividedBy(n), lines));
    }
    Points total = Points.ZERO;
    List<String> missing = new ArrayList<>();
    List<PersonLine> persons = new ArrayList<>();
    List<MoneyLine> money = new ArrayList<>();
    for (ScoreCard card : checks) {
      total = total.plus(card.exactTotal);
      for (String m : card.missing) {
        if (!missing.contains(m)) {
          missing.add(m);
        }
      }
      persons.addAll(card.persons);
      money.addAll(card.money);
    }
    return of(a, Optional.of(year), List.copyOf(sections), total.dividedBy(n), List.copyOf(missing),
        List.copyOf(persons), List.copyOf(money), List.copyOf(checks));
  }

  /** {@return the rubric} */
  public Rubric rubric() {
    return rubric;
  }

  /** {@return the unit assessed (被考评单位)} */
  public String unit() {
    return unit;
  }

  /** {@return the period scored, if the card is of a period} */
  public Optional<Cycle.Period> period() {
    return period;
  }

  /**
   * Returns the section lines, in rubric order. A scored card builds them when first asked
   * (every rule applied, with its records and amounts); they add up to {@link #exactTotal()}.
   *
   * @return the section lines
   */
  public List<SectionScore> sections() {
    List<SectionScore> s = sections;
    if (s == null) {
      s = Scorer.lines(source).sections();
      sections = s;
    }
    return s;
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
    int i = rubric.ordinal(criterionId);
    if (i < 0) {
      throw new IllegalArgumentException("no criterion " + criterionId + " in " + rubric.name());
    }
    return sections().get(rubric.sectionOf(i)).criteria().stream()
        .filter(c -> c.criterion().id().equals(criterionId))
        .findFirst()
        .orElseThrow();
  }

  /** {@return the exact total (总分), never rounded} */
  public Points exactTotal() {
    return exactTotal;
  }

  /** {@return the total as the rubric publishes it: the exact total rounded once, as declared} */
  public Points total() {
    return total;
  }

  /** {@return whether every required input was recorded} */
  public boolean isComplete() {
    return missing.isEmpty();
  }

  /** {@return the required inputs not recorded, as {@code criterion/rule}, e.g. {@code 6.1/问卷}} */
  public List<String> missingInputs() {
    return missing;
  }

  /**
   * Returns the grade (等次) finally given, after any overriding finding.
   *
   * @return the grade
   * @throws IllegalStateException if the card is incomplete, naming what is missing
   */
  public String grade() {
    if (grade == null) {
      throw new IllegalStateException(
          "the score card of " + unit + " is incomplete (missing " + missing
              + "): its total is provisional and it has no grade (" + rubric.gradingRule() + ")");
    }
    return grade.grade();
  }

  /** {@return the band finally given, or empty for an incomplete card} */
  public Optional<GradeBand> gradeBand() {
    return Optional.ofNullable(grade);
  }

  /** {@return the band the total alone earns, or empty for an incomplete card} */
  public Optional<GradeBand> gradeByScore() {
    return Optional.ofNullable(gradeByScore);
  }

  /** {@return whether a finding lowered the grade the total earned (一票否决)} */
  public boolean isOverridden() {
    return grade != gradeByScore;
  }

  /** {@return the overriding findings recorded, whether or not they changed the grade} */
  public List<GradeOverride> overrides() {
    return overrides;
  }

  /**
   * {@return the consequences (奖惩): of the grade, then of each overriding finding} <b>[convention]</b>
   * A finding that imposes no grade but carries consequences of its own (a status revoked, {@code
   * 001} 第七条) replaces the grade's consequences: a site whose status is revoked is neither commended
   * nor ordered to rectify; a card states it in a finding.
   */
  public List<Consequence> consequences() {
    return consequences;
  }

  /** {@return the deductions from persons (扣当事人), apart from the unit's score} */
  public List<PersonLine> persons() {
    return persons;
  }

  /** {@return the money moved (奖励、扣发), apart from points} */
  public List<MoneyLine> money() {
    return money;
  }

  /** {@return the check-period cards a mean was taken of, or none} */
  public List<ScoreCard> periods() {
    return periods;
  }

  /** {@return the provisions relied on: the rubric's, then each finding's and consequence's} */
  public List<Citation> citations() {
    List<Citation> all = new ArrayList<>(rubric.citations());
    for (GradeOverride o : overrides) {
      if (!all.contains(o.citation())) {
        all.add(o.citation());
      }
    }
    for (Consequence c : consequences) {
      if (!all.contains(c.citation())) {
        all.add(c.citation());
      }
    }
    return List.copyOf(all);
  }

  /**
   * Returns the findings (认定), in order: for each criterion every rule applied with its records
   * and amounts, where deductions stopped, conventions where the text is silent, inputs missing;
   * sections that stopped at zero; deductions from persons and money; for a mean, each period's
   * total; the total exact and as rounded; the grade with its band and reading, each overriding
   * finding and each consequence. Scoring findings name the rubric's {@link Rubric#scoringRule()},
   * grading ones its {@link Rubric#gradingRule()}. Every score is exact: a {@link
   * Quantity.Unit#POINTS} quantity, or an exact fraction with its approximation.
   *
   * @return the findings
   */
  public List<Finding> findings() {
    List<Finding> out = new ArrayList<>();
    List<SectionScore> sections = sections();
    for (int si = 0; si < sections.size(); si++) {
      SectionScore s = sections.get(si);
      for (int ci = 0; ci < s.criteria().size(); ci++) {
        out.addAll(CardText.criterion(rubric, s.criteria().get(ci), si, ci));
      }
      out.addAll(CardText.section(rubric, s, si));
    }
    out.addAll(tail());
    return List.copyOf(out);
  }

  private List<Finding> tail() {
    RuleId scoring = rubric.scoringRule();
    RuleId grading = rubric.gradingRule();
    List<Finding> out = new ArrayList<>();
    for (ScoreCard p : periods) {
      out.add(Finding.of(scoring, FindingKind.APPLIED, Phrase.of("{0}至{1}：{2}",
          "{0} to {1}: {2}", p.period.orElseThrow().first(), p.period.orElseThrow().last(),
          p.exactTotal.said()), List.of()));
    }
    out.addAll(CardText.total(this));
    if (grade != null) {
      out.add(Finding.of(grading, FindingKind.APPLIED, CardText.grade(this), rubric.citations()));
    }
    for (GradeOverride o : overrides) {
      out.add(Finding.of(grading, FindingKind.APPLIED, CardText.override(o), List.of(o.citation())));
    }
    if (grade != null && supersedes(overrides) && !grade.consequences().isEmpty()) {
      out.add(Finding.of(grading, FindingKind.CONVENTION, Phrase.of(
          "{0}等次的处理（{1}项）不再适用：认定事项的处理取而代之〔约定〕",
          "the {1} consequence(s) of the grade {0} give way to those of the finding (by convention)",
          grade.grade(), grade.consequences().size()), List.of()));
    }
    for (Consequence c : consequences) {
      out.add(Finding.of(grading, FindingKind.APPLIED, CardText.consequence(c), List.of(c.citation())));
    }
    return out;
  }

  /**
   * Explains the score card in Chinese for an evaluation report: one line per section and
   * criterion, each followed by its findings, then the total, grade and consequences, ending with
   * the citations and their wording.
   *
   * @return the explanation
   */
  public String explain() {
    return explain(Language.CHINESE);
  }

  /**
   * Explains the score card in a language: the layout of {@link #explain()}. Text from the record
   * (the unit, criteria's wording, reasons, evidence, grade names) appears in Chinese only;
   * English says "as recorded".
   *
   * @param language Chinese or English
   * @return the explanation
   */
  public String explain(Language language) {
    requireNonNull(language, "language");
    StringBuilder t = new StringBuilder();
    line(t, language, Phrase.of("{0}：{1}", "score card: {0}; unit assessed: {1}", rubric.name(), unit));
    List<SectionScore> sections = sections();
    for (int si = 0; si < sections.size(); si++) {
      SectionScore s = sections.get(si);
      line(t, language, Phrase.of("（{0}）{1} {2}（满分{3}）", "section {4} ({1}): {2} of {3}",
          s.section().id(), s.section().title(), s.score().said(), s.section().maximum().said(),
          si + 1));
      for (int ci = 0; ci < s.criteria().size(); ci++) {
        CriterionScore c = s.criteria().get(ci);
        line(t, language, Phrase.of("  {0} {1} {2}（满分{3}）", "  {0} ({1}): {2} of {3}",
            CardText.ref(c, si, ci), c.criterion().wording(), c.score().said(),
            c.criterion().maximum().said()));
        for (Finding f : CardText.criterion(rubric, c, si, ci)) {
          t.append("    ").append(language.render(f.what())).append('\n');
        }
      }
      for (Finding f : CardText.section(rubric, s, si)) {
        t.append("  ").append(language.render(f.what())).append('\n');
      }
    }
    for (Finding f : tail()) {
      t.append(language.render(f.what())).append('\n');
    }
    for (Citation c : citations()) {
      t.append(language == Language.CHINESE ? c.toReference() + "：" + c.wording()
          : language.reference(c)).append('\n');
    }
    return t.toString();
  }

  private static void line(StringBuilder t, Language language, Phrase phrase) {
    t.append(language.render(phrase)).append('\n');
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof ScoreCard other
        && rubric.equals(other.rubric)
        && unit.equals(other.unit)
        && period.equals(other.period)
        && sections().equals(other.sections())
        && exactTotal.equals(other.exactTotal)
        && missing.equals(other.missing)
        && Objects.equals(grade, other.grade)
        && overrides.equals(other.overrides)
        && persons.equals(other.persons)
        && money.equals(other.money)
        && periods.equals(other.periods);
  }

  @Override
  public int hashCode() {
    return Objects.hash(unit, sections(), exactTotal, grade, overrides);
  }

  @Override
  public String toString() {
    return unit + " " + exactTotal + "分 " + (grade == null ? "(incomplete)" : grade.grade());
  }
}
