package dev.disclosure.scoring;

import static java.util.Objects.requireNonNull;

import dev.disclosure.calendar.Citation;
import dev.disclosure.calendar.RuleId;
import dev.disclosure.core.InvalidFactsException;
import dev.disclosure.core.InvalidFactsException.Problem;
import dev.disclosure.core.law.Rules;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A rubric (考评办法/考核细则) whose rules are data (SC-9): sections of criteria, each criterion with its
 * maximum and its {@link ScoringRule}s, where deductions stop ({@link CapScope}), how the total is
 * rounded and graded ({@link GradeScale}), the calendar of checks, notices and rankings ({@link
 * Schedule}) and the provisions it rests on. The built-in rubrics ({@link DemonstrationSite}, {@link
 * CompositeAssessment}, {@link VillageCadres}, {@link AnnualAssessment}, {@link InternalGrades})
 * are written with the same {@link #builder(String, Points)} a county uses for its own detailed
 * rules ({@code 001} 第九条), which validates the whole definition and reports every problem at once.
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
  private final Map<String, Integer> ordinals;
  private final Criterion[] byOrdinal;
  private final int[] sectionOf;
  private final RuleId scoringRule;
  private final RuleId gradingRule;
  private final CapScope capWhereSilent;
  private final boolean negativeTotalAllowed;
  private final Rounding totalRounding;
  private final Schedule schedule;
  private final ScoreCard.CriterionScore[] fullMarks;
  private final ScoringRule[][] rulesAt;
  private final ScoringRule.Role[][] rolesAt;
  private final boolean[] sectionCapAt;
  private final boolean[] sectionCapOf;
  private final boolean[] criterionCapAt;
  private final int[] firstOrdinal;
  private final ScoreCard.SectionScore[] fullSections;
  /** The rubric's values as whole numbers for the scorer, or null where they exceed longs. */
  private final Scorer.Units units;

  private Rubric(Builder b, List<Section> sections, GradeScale scale) {
    this.name = b.name;
    this.total = b.total;
    this.sections = sections;
    this.scale = scale;
    this.citations = List.copyOf(b.citations);
    this.scoringRule = b.scoringRule;
    this.gradingRule = b.gradingRule;
    this.capWhereSilent = b.capWhereSilent;
    this.negativeTotalAllowed = b.negativeTotalAllowed;
    this.totalRounding = b.totalRounding;
    this.schedule = b.schedule;
    Map<String, Criterion> byId = new LinkedHashMap<>();
    Map<String, Integer> index = new HashMap<>();
    List<Integer> owners = new ArrayList<>();
    for (int s = 0; s < sections.size(); s++) {
      for (Criterion c : sections.get(s).criteria()) {
        index.put(c.id(), byId.size());
        byId.put(c.id(), c);
        owners.add(s);
      }
    }
    this.criteria = Collections.unmodifiableMap(byId);
    this.ordinals = index;
    this.byOrdinal = byId.values().toArray(new Criterion[0]);
    this.sectionOf = owners.stream().mapToInt(Integer::intValue).toArray();
    this.rulesAt = new ScoringRule[byOrdinal.length][];
    this.rolesAt = new ScoringRule.Role[byOrdinal.length][];
    this.sectionCapAt = new boolean[byOrdinal.length];
    for (int i = 0; i < byOrdinal.length; i++) {
      rulesAt[i] = byOrdinal[i].rules().toArray(new ScoringRule[0]);
      rolesAt[i] = new ScoringRule.Role[rulesAt[i].length];
      for (int k = 0; k < rulesAt[i].length; k++) {
        rolesAt[i][k] = rulesAt[i][k].role();
      }
      sectionCapAt[i] = capOf(byOrdinal[i]) == CapScope.SECTION;
    }
    this.fullMarks = new ScoreCard.CriterionScore[byOrdinal.length];
    for (int i = 0; i < byOrdinal.length; i++) {
      Criterion c = byOrdinal[i];
      if (!c.isEarned()) {
        fullMarks[i] = new ScoreCard.CriterionScore(
            c, List.of(), c.outOf(), Points.ZERO, Points.ZERO, Points.ZERO, c.maximum(), true);
      }
    }
    this.criterionCapAt = new boolean[byOrdinal.length];
    for (int i = 0; i < byOrdinal.length; i++) {
      criterionCapAt[i] = capOf(byOrdinal[i]) == CapScope.CRITERION;
    }
    this.sectionCapOf = new boolean[sections.size()];
    // the sum of the sections' maxima: the total of an untouched card
    Points maxima = Points.ZERO;
    for (int s = 0; s < sections.size(); s++) {
      maxima = maxima.plus(sections.get(s).maximum());
    }
    for (int i = 0; i < byOrdinal.length; i++) {
      sectionCapOf[sectionOf[i]] |= sectionCapAt[i];
    }
    this.firstOrdinal = new int[sections.size()];
    this.fullSections = new ScoreCard.SectionScore[sections.size()];
    int first = 0;
    for (int s = 0; s < sections.size(); s++) {
      firstOrdinal[s] = first;
      int n = sections.get(s).criteria().size();
      ScoreCard.CriterionScore[] lines = java.util.Arrays.copyOfRange(fullMarks, first, first + n);
      if (java.util.Arrays.stream(lines).allMatch(Objects::nonNull)) {
        fullSections[s] = new ScoreCard.SectionScore(
            sections.get(s), sections.get(s).maximum(), List.of(lines));
      }
      first += n;
    }
    this.units = Scorer.units(maxima, byOrdinal, sections);
  }

  /** The position of a criterion in rubric order, or -1. */
  int ordinal(String criterionId) {
    Integer i = ordinals.get(criterionId);
    return i == null ? -1 : i;
  }

  /** The criterion at a position. */
  Criterion criterionAt(int ordinal) {
    return byOrdinal[ordinal];
  }

  /** The rules of the criterion at a position, in order (read-only). */
  ScoringRule[] rulesAt(int ordinal) {
    return rulesAt[ordinal];
  }

  /** The roles of those rules. */
  ScoringRule.Role[] rolesAt(int ordinal) {
    return rolesAt[ordinal];
  }

  /** Whether deductions of the criterion at a position stop at its section. */
  boolean sectionCapAt(int ordinal) {
    return sectionCapAt[ordinal];
  }

  /** Whether deductions of the criterion at a position stop at the criterion (扣完为止). */
  boolean criterionCapAt(int ordinal) {
    return criterionCapAt[ordinal];
  }

  /** Whether deductions stop at section {@code s} for any of its criteria. */
  boolean sectionCapOf(int s) {
    return sectionCapOf[s];
  }

  /** {@return the rubric's values as whole numbers for the scorer, or null beyond longs} */
  Scorer.Units units() {
    return units;
  }

  /** The section index of the criterion at a position. */
  int sectionOf(int ordinal) {
    return sectionOf[ordinal];
  }

  /** The line of an untouched deduction-scored criterion, or null for an earned one. */
  ScoreCard.CriterionScore fullMarks(int ordinal) {
    return fullMarks[ordinal];
  }

  /** A fresh array of section {@code s}'s untouched lines (null for earned criteria). */
  ScoreCard.CriterionScore[] fullMarksOf(int s) {
    int n = sections.get(s).criteria().size();
    return java.util.Arrays.copyOfRange(fullMarks, firstOrdinal[s], firstOrdinal[s] + n);
  }

  /** Section {@code s} untouched, or null if it has an earned criterion. */
  ScoreCard.SectionScore fullSection(int s) {
    return fullSections[s];
  }

  /** The cap scope that applies to a criterion: its own, else the rubric's for silent texts. */
  CapScope capOf(Criterion c) {
    return c.cap().orElse(capWhereSilent);
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
   * {@return the rule the criteria are scored under, named by a score card's scoring findings: SC-1
   * for the demonstration site, SC-4 for the composite, SC-7 for the village cadres, {@link
   * Rules#SC_9} (rubrics as data) unless the builder names another}
   */
  public RuleId scoringRule() {
    return scoringRule;
  }

  /**
   * {@return the rule the grade and its consequences follow: SC-2 for the demonstration site,
   * {@link Rules#SC_9} unless the builder names another}
   */
  public RuleId gradingRule() {
    return gradingRule;
  }

  /** {@return the sections, in order} */
  public List<Section> sections() {
    return sections;
  }

  /** {@return the grade scale (等次) with its reading} */
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
   * {@return where deductions stop for criteria whose text states no cap <b>[convention]</b>: the
   * rubric's choice, stated in a finding wherever it matters ({@link CapScope#RUBRIC} unless the
   * builder names another)}
   */
  public CapScope capWhereSilent() {
    return capWhereSilent;
  }

  /** {@return whether the total may fall below zero (it never does unless the rubric says so)} */
  public boolean negativeTotalAllowed() {
    return negativeTotalAllowed;
  }

  /** {@return how the published total is rounded, once, from the exact total} */
  public Rounding totalRounding() {
    return totalRounding;
  }

  /** {@return the calendar of checks, notices and rankings} */
  public Schedule schedule() {
    return schedule;
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
        && gradingRule.equals(other.gradingRule)
        && capWhereSilent == other.capWhereSilent
        && negativeTotalAllowed == other.negativeTotalAllowed
        && totalRounding.equals(other.totalRounding)
        && schedule.equals(other.schedule);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, total, sections, scale, citations, scoringRule, gradingRule,
        capWhereSilent, negativeTotalAllowed, totalRounding, schedule);
  }

  @Override
  public String toString() {
    return name + " (" + total + "分)";
  }

  /**
   * Builds a {@link Rubric}: sections, each followed by its criteria, each criterion followed by
   * its rules, cap and scale; then grade bands and their reading. Nothing is checked until {@link
   * #build()}, which reports every problem at once.
   */
  public static final class Builder {

    private final String name;
    private final Points total;
    private final List<SectionDraft> sections = new ArrayList<>();
    private final List<GradeBand> bands = new ArrayList<>();
    private final List<Citation> citations = new ArrayList<>();
    private final List<String> misplaced = new ArrayList<>();
    private RuleId scoringRule = Rules.SC_9;
    private RuleId gradingRule = Rules.SC_9;
    private CapScope capWhereSilent = CapScope.RUBRIC;
    private boolean negativeTotalAllowed;
    private Rounding totalRounding = Rounding.NONE;
    private GradeScale.Reading reading = GradeScale.Reading.LITERAL;
    private Rounding gradeRounding = Rounding.NONE;
    private Schedule schedule = Schedule.YEARLY;

    private Builder(String name, Points total) {
      this.name = name;
      this.total = total;
    }

    private static boolean pointsFree(ScoringRule r) {
      return r.role() == ScoringRule.Role.MONEY || r.role() == ScoringRule.Role.PERSON;
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
     * Adds a criterion (考核标准) to the latest section, scored by the assessor's own deductions
     * (rule {@value Criterion#JUDGED}) until {@link #rule} gives it rules of its own.
     *
     * @param id the criterion id, unique in the rubric
     * @param wording the Chinese wording
     * @param maximum the maximum points
     * @return this builder
     */
    public Builder criterion(String id, String wording, Points maximum) {
      CriterionDraft c = new CriterionDraft(
          requireNonNull(id, "id"), requireNonNull(wording, "wording"),
          requireNonNull(maximum, "maximum"));
      if (sections.isEmpty()) {
        misplaced.add("criterion " + id + " comes before any section");
      } else {
        sections.get(sections.size() - 1).criteria.add(c);
      }
      return this;
    }

    private Optional<CriterionDraft> latest(String what) {
      if (!sections.isEmpty() && !sections.get(sections.size() - 1).criteria.isEmpty()) {
        List<CriterionDraft> cs = sections.get(sections.size() - 1).criteria;
        return Optional.of(cs.get(cs.size() - 1));
      }
      misplaced.add(what + " comes before any criterion");
      return Optional.empty();
    }

    /**
     * Adds a rule to the latest criterion; its first rule replaces the assessor's own deductions.
     *
     * @param rule the rule
     * @return this builder
     */
    public Builder rule(ScoringRule rule) {
      requireNonNull(rule, "rule");
      latest("rule " + rule.id()).ifPresent(c -> c.rules.add(rule));
      return this;
    }

    /**
     * States where the latest criterion's deductions stop (扣完为止), as its text says.
     *
     * @param scope the scope
     * @return this builder
     */
    public Builder cap(CapScope scope) {
      requireNonNull(scope, "scope");
      latest("cap " + scope).ifPresent(c -> c.cap = Optional.of(scope));
      return this;
    }

    /**
     * Scores the latest criterion on its own scale, then weights it to its maximum (a component out
     * of 100 that counts 30 points).
     *
     * @param scale the scale, positive
     * @return this builder
     */
    public Builder outOf(Points scale) {
      requireNonNull(scale, "scale");
      latest("scale " + scale).ifPresent(c -> c.outOf = scale);
      return this;
    }

    /**
     * Chooses where deductions stop for criteria whose text is silent <b>[convention]</b>
     * ({@link CapScope#RUBRIC} unless chosen): every card states it where it matters.
     *
     * @param scope the scope
     * @return this builder
     */
    public Builder capWhereSilent(CapScope scope) {
      this.capWhereSilent = requireNonNull(scope, "scope");
      return this;
    }

    /**
     * Lets the total fall below zero (it never does unless the rubric says so).
     *
     * @return this builder
     */
    public Builder negativeTotalAllowed() {
      this.negativeTotalAllowed = true;
      return this;
    }

    /**
     * Declares how the published total is rounded, once, from the exact total (none unless
     * declared).
     *
     * @param rounding the rounding
     * @return this builder
     */
    public Builder totalRounding(Rounding rounding) {
      this.totalRounding = requireNonNull(rounding, "rounding");
      return this;
    }

    /**
     * Adds a grade band (等次) as the text writes it.
     *
     * @param band the band
     * @return this builder
     */
    public Builder grade(GradeBand band) {
      bands.add(requireNonNull(band, "band"));
      return this;
    }

    /**
     * Adds several grade bands, e.g. {@link AnnualAssessment#bands}.
     *
     * @param bands the bands
     * @return this builder
     */
    public Builder grades(List<GradeBand> bands) {
      requireNonNull(bands, "bands").forEach(this::grade);
      return this;
    }

    /**
     * Declares how a total is read against the bands: rounded first or not, then literally or
     * from the top ({@link GradeScale.Reading#LITERAL} without rounding unless declared).
     *
     * @param reading the reading
     * @param rounding the rounding applied to the exact total before reading
     * @return this builder
     */
    public Builder gradesRead(GradeScale.Reading reading, Rounding rounding) {
      this.reading = requireNonNull(reading, "reading");
      this.gradeRounding = requireNonNull(rounding, "rounding");
      return this;
    }

    /**
     * Declares the calendar of checks, notices and rankings ({@link Schedule#YEARLY} unless
     * declared).
     *
     * @param schedule the schedule
     * @return this builder
     */
    public Builder schedule(Schedule schedule) {
      this.schedule = requireNonNull(schedule, "schedule");
      return this;
    }

    /**
     * Names the rules a score card's findings cite (both {@link Rules#SC_9}, rubrics as data,
     * unless named): e.g. {@code rules(Rules.SC_1, Rules.SC_2)} for the demonstration site, or a
     * county's own {@code RuleId.of("XC-3")}.
     *
     * @param scoring the rule of deductions, caps, earned points and the total
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
     *     section, sections not summing to the total, duplicate ids, non-positive maxima or scales,
     *     empty sections, rules with duplicate ids or two questionnaires on one criterion, rules or
     *     caps before any criterion, and totals the grade bands leave without a grade or give two
     *     under the declared reading (SC-9, CAL-6)
     */
    public Rubric build() {
      List<Problem> problems = new ArrayList<>();
      if (!total.isPositive()) {
        problems.add(new Problem(Rules.SC_9, "total " + total + " must be positive"));
      }
      for (String m : misplaced) {
        problems.add(new Problem(Rules.SC_9, m));
      }
      if (sections.isEmpty()) {
        problems.add(new Problem(Rules.SC_9, "a rubric needs at least one section"));
      }
      Set<String> ids = new HashSet<>();
      Points sum = Points.ZERO;
      Points bonusCeiling = Points.ZERO;
      boolean unboundedBonus = false;
      List<Section> built = new ArrayList<>();
      for (SectionDraft s : sections) {
        if (!ids.add("section:" + s.id)) {
          problems.add(new Problem(Rules.SC_9, "section id " + s.id + " appears twice"));
        }
        boolean pointsFree = !s.criteria.isEmpty()
            && s.criteria.stream().allMatch(c -> c.toCriterion().rules().stream().allMatch(Builder::pointsFree));
        if (!s.maximum.isPositive() && !(s.maximum.isZero() && pointsFree)) {
          problems.add(new Problem(Rules.SC_9, "section " + s.id + " maximum " + s.maximum
              + " must be positive (zero only for a section of money or person rules)"));
        }
        if (s.criteria.isEmpty()) {
          problems.add(new Problem(Rules.SC_9, "section " + s.id + " " + s.title + " has no criterion"));
        }
        Points criteriaSum = Points.ZERO;
        List<Criterion> cs = new ArrayList<>();
        for (CriterionDraft c : s.criteria) {
          Criterion criterion = c.toCriterion();
          cs.add(criterion);
          if (!ids.add("criterion:" + c.id)) {
            problems.add(new Problem(Rules.SC_9, "criterion id " + c.id + " appears twice"));
          }
          boolean free = criterion.rules().stream().allMatch(Builder::pointsFree);
          if (!c.maximum.isPositive() && !(c.maximum.isZero() && free)) {
            problems.add(new Problem(Rules.SC_9, "criterion " + c.id + " maximum " + c.maximum
                + " must be positive (zero only for money or person rules)"));
          }
          if (!c.outOf.isPositive() && !(c.outOf.isZero() && c.maximum.isZero() && free)) {
            problems.add(new Problem(
                Rules.SC_9, "criterion " + c.id + " scale " + c.outOf + " must be positive"));
          }
          Set<String> ruleIds = new HashSet<>();
          int surveys = 0;
          for (ScoringRule r : criterion.rules()) {
            if (!ruleIds.add(r.id())) {
              problems.add(new Problem(
                  Rules.SC_9, "criterion " + c.id + ": rule " + r.id() + " appears twice"));
            }
            if (r instanceof ScoringRule.Survey) {
              surveys++;
            }
            if (r instanceof ScoringRule.Bonus bonus && c.outOf.isPositive()) {
              if (bonus.cap().isEmpty()) {
                unboundedBonus = true;
              } else {
                bonusCeiling =
                    bonusCeiling.plus(bonus.cap().get().times(c.maximum).dividedBy(c.outOf));
              }
            }
          }
          if (surveys > 1) {
            problems.add(new Problem(
                Rules.SC_9, "criterion " + c.id + " has " + surveys + " questionnaires; one is read"));
          }
          criteriaSum = criteriaSum.plus(c.maximum);
        }
        if (!s.criteria.isEmpty() && !criteriaSum.equals(s.maximum)) {
          problems.add(new Problem(
              Rules.SC_9,
              "section " + s.id + " " + s.title + ": criteria maxima sum to " + criteriaSum
                  + ", not the stated " + s.maximum));
        }
        sum = sum.plus(s.maximum);
        built.add(new Section(s.id, s.title, s.maximum, cs));
      }
      if (!sections.isEmpty() && !sum.equals(total)) {
        problems.add(new Problem(
            Rules.SC_9, "section maxima sum to " + sum + ", not the stated total " + total));
      }
      Optional<Points> lowest = negativeTotalAllowed ? Optional.empty() : Optional.of(Points.ZERO);
      Optional<Points> highest = unboundedBonus ? Optional.empty() : Optional.of(total.plus(bonusCeiling));
      problems.addAll(GradeScale.problems(lowest, highest, bands, reading, gradeRounding));
      InvalidFactsException.throwIfAny("Rubric " + name, problems);
      return new Rubric(
          this, List.copyOf(built), GradeScale.of(lowest, highest, bands, reading, gradeRounding));
    }
  }

  private static final class SectionDraft {
    final String id;
    final String title;
    final Points maximum;
    final List<CriterionDraft> criteria = new ArrayList<>();

    SectionDraft(String id, String title, Points maximum) {
      this.id = id;
      this.title = title;
      this.maximum = maximum;
    }
  }

  private static final class CriterionDraft {
    final String id;
    final String wording;
    final Points maximum;
    Points outOf;
    final List<ScoringRule> rules = new ArrayList<>();
    Optional<CapScope> cap = Optional.empty();

    CriterionDraft(String id, String wording, Points maximum) {
      this.id = id;
      this.wording = wording;
      this.maximum = maximum;
      this.outOf = maximum;
    }

    Criterion toCriterion() {
      return rules.isEmpty()
          ? new Criterion(id, wording, maximum, outOf,
              new Criterion(id, wording, maximum).rules(), cap)
          : new Criterion(id, wording, maximum, outOf, rules, cap);
    }
  }
}
