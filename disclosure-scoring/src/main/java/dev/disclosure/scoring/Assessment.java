package dev.disclosure.scoring;

import static java.util.Objects.requireNonNull;

import dev.disclosure.calendar.RuleId;
import dev.disclosure.core.InvalidFactsException;
import dev.disclosure.core.InvalidFactsException.Problem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * An assessment (考评记录) of one unit against a rubric: what the assessor recorded under each
 * criterion's rules ({@link Occurrence}s), questionnaires, and overriding findings. {@link #score()}
 * applies the rubric's rules and returns a {@link ScoreCard}; callers never compute amounts.
 *
 * <p>Immutable and thread-safe: every {@code with…} method returns a new assessment, and a refused
 * input leaves the original unchanged. Records are refused only when they cannot be applied: an
 * unknown criterion or rule, a quantity the rule cannot read, a blank reason, two different rates
 * for the same rule on the same day. Anything else is taken in as recorded and judged on the card.
 */
public final class Assessment {

  private final Rubric rubric;
  private final String unit;
  private final List<Occurrence> occurrences;
  private final Map<String, SurveyMapping.Tally> surveys;
  private final List<GradeOverride> overrides;
  /** Per criterion, in rubric order: its records per rule (in the criterion's order), or null. */
  private final List<List<Occurrence>>[] occurrencesAt;
  /** Per criterion, in rubric order: its questionnaire, or null. */
  private final SurveyMapping.Tally[] surveyAt;
  /** Per criterion, in rubric order: its questionnaire's points on the criterion's scale, or null. */
  private final Points[] surveyPointsAt;
  /**
   * The scorer's flat view of the records ({@link Scorer#view}), made when they are recorded, or
   * null where the card is built line by line.
   */
  private final long[] flat;
  /** The required inputs not recorded, as {@code criterion/rule}, where {@link #flat} is made. */
  private final List<String> missing;

  private Assessment(
      Rubric rubric,
      String unit,
      List<Occurrence> occurrences,
      Map<String, SurveyMapping.Tally> surveys,
      List<GradeOverride> overrides) {
    this.rubric = rubric;
    this.unit = unit;
    this.occurrences = occurrences;
    this.surveys = surveys;
    this.overrides = overrides;
    int size = rubric.criteria().size();
    @SuppressWarnings("unchecked")
    List<List<Occurrence>>[] grouped = new List[size];
    if (!occurrences.isEmpty()) {
      List<Occurrence>[] byCriterion = groupBy(occurrences, size, o -> rubric.ordinal(o.criterionId()));
      for (int i = 0; i < size; i++) {
        if (byCriterion[i] != null) {
          List<ScoringRule> rules = rubric.criterionAt(i).rules();
          List<Occurrence> mine = byCriterion[i];
          List<Occurrence>[] byRule = groupBy(mine, rules.size(), o -> indexOf(rules, o.ruleId()));
          List<List<Occurrence>> lists = new ArrayList<>(rules.size());
          for (List<Occurrence> l : byRule) {
            lists.add(l == null ? List.of() : List.copyOf(l));
          }
          grouped[i] = List.copyOf(lists);
        }
      }
    }
    this.occurrencesAt = grouped;
    this.surveyAt = new SurveyMapping.Tally[size];
    this.surveyPointsAt = new Points[size];
    surveys.forEach((id, tally) -> {
      int i = rubric.ordinal(id);
      surveyAt[i] = tally;
      surveyPointsAt[i] = rubric.criterionAt(i).outOf().times(tally.share());
    });
    // the criteria a score must visit: those with records or a questionnaire, and earned ones
    // (which lack an input without them)
    int[] positions = new int[size];
    int n = 0;
    for (int i = 0; i < size; i++) {
      if (grouped[i] != null || surveyAt[i] != null || rubric.fullMarks(i) == null) {
        positions[n++] = i;
      }
    }
    List<String> absent = new ArrayList<>(0);
    this.flat = Scorer.view(
        rubric, grouped, surveyPointsAt, java.util.Arrays.copyOf(positions, n), absent);
    this.missing = absent.isEmpty() ? List.of() : List.copyOf(absent);
  }

  /**
   * The rate in force among a rate rule's records: the latest by date (an undated rate counts
   * before any dated one; of two on one date, the first recorded), or null without a record.
   */
  static Points rateInForce(List<Occurrence> mine) {
    Occurrence latest = null;
    for (Occurrence o : mine) {
      if (latest == null || later(o.date(), latest.date())) {
        latest = o;
      }
    }
    return latest == null ? null : latest.quantity();
  }

  private static boolean later(Optional<LocalDate> a, Optional<LocalDate> b) {
    return a.isPresent() && (b.isEmpty() || a.get().isAfter(b.get()));
  }

  /**
   * Starts an assessment with nothing recorded.
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
   * @param occurrences what was recorded under the criteria's rules
   * @param overrides the overriding findings
   * @return the assessment
   * @throws InvalidFactsException listing every problem in every record
   */
  public static Assessment of(
      Rubric rubric, String unit, List<Occurrence> occurrences, List<GradeOverride> overrides) {
    requireNonNull(rubric, "rubric");
    requireNonNull(unit, "unit");
    return of(rubric, unit, List.copyOf(occurrences), Map.of(), List.copyOf(overrides));
  }

  private static Assessment of(
      Rubric rubric,
      String unit,
      List<Occurrence> occurrences,
      Map<String, SurveyMapping.Tally> surveys,
      List<GradeOverride> overrides) {
    List<Problem> problems = new ArrayList<>();
    for (int i = 0; i < occurrences.size(); i++) {
      check(rubric, occurrences, i, problems);
    }
    for (GradeOverride o : overrides) {
      if (o.grade().isPresent()
          && rubric.scale().bands().stream().noneMatch(b -> b.grade().equals(o.grade().get()))) {
        problems.add(new Problem(
            rubric.gradingRule(),
            "override grade " + o.grade().get() + " is not a grade of " + rubric.name() + " ("
                + rubric.scale() + ")"));
      }
    }
    InvalidFactsException.throwIfAny("Assessment of " + unit, problems);
    return new Assessment(rubric, unit, occurrences, surveys, overrides);
  }

  private static void check(Rubric rubric, List<Occurrence> all, int index, List<Problem> problems) {
    Occurrence o = all.get(index);
    RuleId rule = rubric.scoringRule();
    String where = "criterion " + o.criterionId() + " rule " + o.ruleId();
    Optional<Criterion> criterion = rubric.criterion(o.criterionId());
    if (criterion.isEmpty()) {
      problems.add(new Problem(rule, "record under unknown criterion " + o.criterionId()
          + " (rubric " + rubric.name() + " has " + rubric.criteria().keySet() + ")"));
      return;
    }
    Criterion c = criterion.get();
    Optional<ScoringRule> found = c.rule(o.ruleId());
    if (found.isEmpty()) {
      problems.add(new Problem(rule, "criterion " + c.id() + " has no rule " + o.ruleId()
          + " (its rules: " + c.rules().stream().map(ScoringRule::id).toList() + ")"));
      return;
    }
    ScoringRule r = found.get();
    Points q = o.quantity();
    switch (r.input()) {
      case POINTS -> {
        if (!q.isPositive()) {
          problems.add(new Problem(rule, where + ": a deduction of " + q + " must be positive (扣分)"));
        }
      }
      case COUNT -> {
        Per per = r instanceof ScoringRule.PerOccurrence p ? p.per()
            : r instanceof ScoringRule.Bonus b ? b.per()
            : r instanceof ScoringRule.PersonDeduction d ? d.per()
            : r instanceof ScoringRule.Money m ? m.per()
            : Per.TIME;
        if (!q.isPositive()) {
          problems.add(new Problem(rule, where + ": a count of " + q + " must be positive"));
        } else if (!per.fractional() && !q.isWhole()) {
          problems.add(new Problem(
              rule, where + ": a count of " + q + " " + per.english() + " must be whole"));
        } else if (r instanceof ScoringRule.Money && !q.isDecimal()) {
          problems.add(new Problem(
              rule, where + ": a count of " + q + " for money must be a decimal"));
        }
      }
      case PERCENT -> {
        if (q.isNegative()) {
          problems.add(new Problem(rule, where + ": a rate of " + q + "% must not be negative"));
        }
        for (int j = 0; j < index; j++) {
          Occurrence other = all.get(j);
          if (r.role() == ScoringRule.Role.EARNED
              && other.criterionId().equals(o.criterionId())
              && other.ruleId().equals(o.ruleId())
              && other.date().equals(o.date())
              && !other.quantity().equals(q)) {
            problems.add(new Problem(rule, where + ": two rates (" + other.quantity() + "% and " + q
                + "%) for the same " + o.date().map(LocalDate::toString).orElse("undated check")
                + "; record one, or date them"));
          }
        }
      }
      case SCORE -> {
        if (q.isNegative() || q.compareTo(c.outOf()) > 0) {
          problems.add(new Problem(
              rule, where + ": a score of " + q + " is outside [0, " + c.outOf() + "]"));
        }
      }
      case SURVEY -> problems.add(new Problem(
          rule, where + ": a questionnaire is recorded with withSurvey, not as an occurrence"));
      default -> throw new AssertionError(r.input());
    }
    if (r.role() == ScoringRule.Role.PERSON && o.person().isEmpty()) {
      problems.add(new Problem(rule, where + ": a deduction from a person (扣当事人) names the person"));
    }
    if (o.reason().isBlank()) {
      problems.add(new Problem(rule, where + ": a record needs a reason"));
    }
  }

  /**
   * Returns this assessment with one more record.
   *
   * @param occurrence the record
   * @return the new assessment
   * @throws InvalidFactsException if the record cannot be applied (unknown criterion or rule, a
   *     quantity the rule cannot read, a blank reason, a second rate for the same day); this
   *     assessment is unchanged
   */
  public Assessment with(Occurrence occurrence) {
    requireNonNull(occurrence, "occurrence");
    List<Occurrence> os = new ArrayList<>(occurrences.size() + 1);
    os.addAll(occurrences);
    os.add(occurrence);
    return of(rubric, unit, Collections.unmodifiableList(os), surveys, overrides);
  }

  /**
   * Returns this assessment with a count recorded under a rule (每次、每项、每起…).
   *
   * @param criterionId the criterion
   * @param ruleId the rule
   * @param count how many
   * @param reason what happened
   * @param evidence references to the evidence
   * @return the new assessment
   * @throws InvalidFactsException as {@link #with(Occurrence)}
   */
  public Assessment withCount(
      String criterionId, String ruleId, long count, String reason, String... evidence) {
    return with(Occurrence.count(criterionId, ruleId, count, reason, evidence));
  }

  /**
   * Returns this assessment with the assessor's own deduction (扣分) under the criterion's rule
   * {@value Criterion#JUDGED}.
   *
   * @param criterionId the criterion
   * @param points the points deducted, positive
   * @param reason the reason
   * @param evidence references to the evidence
   * @return the new assessment
   * @throws InvalidFactsException if the criterion is unknown or has no rule {@value
   *     Criterion#JUDGED}, the points are not positive or the reason is blank; this assessment is
   *     unchanged
   */
  public Assessment withDeduction(
      String criterionId, Points points, String reason, String... evidence) {
    return with(Occurrence.of(criterionId, Criterion.JUDGED, points, reason, evidence));
  }

  /**
   * Returns this assessment with a rate recorded under a rate rule (a threshold, points per
   * percentage point, a deduction per point short), e.g. from {@link RequestMetrics}.
   *
   * @param criterionId the criterion
   * @param ruleId the rule
   * @param rate the rate
   * @return the new assessment
   * @throws InvalidFactsException as {@link #with(Occurrence)}
   */
  public Assessment withRate(String criterionId, String ruleId, Rate rate) {
    requireNonNull(rate, "rate");
    return with(Occurrence.of(criterionId, ruleId, rate.percent(), rate.basis()));
  }

  /**
   * Returns this assessment with a criterion's questionnaire (按调查问卷计分).
   *
   * @param criterionId the criterion, which must have a questionnaire rule
   * @param mapping how answers become shares of the maximum
   * @param counts respondents per answer option
   * @return the new assessment
   * @throws InvalidFactsException if the criterion is unknown, has no questionnaire rule or has one
   *     already, or the counts are invalid; this assessment is unchanged
   */
  public Assessment withSurvey(String criterionId, SurveyMapping mapping, Map<String, Long> counts) {
    requireNonNull(criterionId, "criterionId");
    requireNonNull(mapping, "mapping");
    requireNonNull(counts, "counts");
    Optional<Criterion> c = rubric.criterion(criterionId);
    String subject = "Assessment of " + unit;
    if (c.isEmpty() || c.get().rules().stream().noneMatch(r -> r instanceof ScoringRule.Survey)) {
      throw new InvalidFactsException(subject, rubric.scoringRule(),
          "criterion " + criterionId + (c.isEmpty() ? " is unknown" : " is not scored from a questionnaire"));
    }
    if (surveys.containsKey(criterionId)) {
      throw new InvalidFactsException(subject, rubric.scoringRule(),
          "criterion " + criterionId + " already has its questionnaire; one is read");
    }
    SurveyMapping.Tally tally;
    try {
      tally = mapping.tally(counts);
    } catch (InvalidFactsException e) {
      throw new InvalidFactsException(subject, e.problems().stream()
          .map(p -> new Problem(p.rule(), "criterion " + criterionId + ": " + p.detail()))
          .toList());
    }
    Map<String, SurveyMapping.Tally> ss = new LinkedHashMap<>(surveys);
    ss.put(criterionId, tally);
    return new Assessment(rubric, unit, occurrences, Collections.unmodifiableMap(ss), overrides);
  }

  /**
   * Returns this assessment with an overriding finding (一票否决).
   *
   * @param override the finding
   * @return the new assessment
   * @throws InvalidFactsException if it imposes a grade not in the rubric's scale
   */
  public Assessment withOverride(GradeOverride override) {
    requireNonNull(override, "override");
    List<GradeOverride> os = new ArrayList<>(overrides);
    os.add(override);
    return of(rubric, unit, occurrences, surveys, List.copyOf(os));
  }

  /** {@return the rubric} */
  public Rubric rubric() {
    return rubric;
  }

  /** {@return the unit assessed (被考评单位)} */
  public String unit() {
    return unit;
  }

  /** {@return the records, in the order recorded} */
  public List<Occurrence> occurrences() {
    return occurrences;
  }

  /** {@return the questionnaires by criterion id} */
  public Map<String, SurveyMapping.Tally> surveys() {
    return surveys;
  }

  /** {@return the overriding findings} */
  public List<GradeOverride> overrides() {
    return overrides;
  }

  /**
   * Scores everything recorded (计分), whatever its date: each criterion's rules applied to its
   * records, caps at their declared scope, sections and total summed exactly, the total rounded
   * once as the rubric declares, the grade read as the scale declares unless a finding imposes a
   * lower one. A card missing a required input (a questionnaire, a rate, a score) is incomplete:
   * the missing criterion counts zero, the total is provisional and no grade is given.
   *
   * <p><b>[convention]</b> With several overriding findings the lowest imposed grade wins, and a
   * finding never raises the grade the score earned.
   *
   * @return the score card
   */
  public ScoreCard score() {
    return Scorer.score(this, null);
  }

  /**
   * Scores the records dated within a period (a month's check, a quarter's notice): records with
   * no date and records outside are left out; questionnaires count in every period.
   *
   * @param period the period
   * @return the period's score card
   */
  public ScoreCard scoreIn(Cycle.Period period) {
    requireNonNull(period, "period");
    return Scorer.score(filtered(o -> o.date().isPresent() && period.contains(o.date().get())), period);
  }

  /**
   * Scores a year as the rubric's {@link Schedule} declares: {@link Schedule.Aggregation#POOLED}
   * scores the records dated in the year, and undated ones, on one card (caps per year); {@link
   * Schedule.Aggregation#MEAN_OF_CHECKS} scores each check period on its own card and takes the
   * exact mean of their totals, criterion by criterion and section by section.
   *
   * @param year the year
   * @return the year's score card; for a mean, its {@link ScoreCard#periods()} are the checks
   * @throws IllegalArgumentException if the year is outside 1..9999
   */
  public ScoreCard scoreYear(int year) {
    List<Cycle.Period> whole = Cycle.YEAR.periods(year);
    Cycle.Period y = whole.get(0);
    if (rubric.schedule().aggregation() == Schedule.Aggregation.POOLED) {
      return Scorer.score(
          filtered(o -> o.date().isEmpty() || y.contains(o.date().get())), y);
    }
    List<ScoreCard> checks = new ArrayList<>();
    for (Cycle.Period p : rubric.schedule().checks().periods(year)) {
      checks.add(scoreIn(p));
    }
    return ScoreCard.mean(this, y, checks);
  }

  /**
   * Scores each period of a cycle in a year, e.g. the four quarterly notices (季度一通报).
   *
   * @param cycle the cycle
   * @param year the year
   * @return one card per period, in order
   * @throws IllegalArgumentException if the year is outside 1..9999
   */
  public List<ScoreCard> scoreEach(Cycle cycle, int year) {
    requireNonNull(cycle, "cycle");
    List<ScoreCard> out = new ArrayList<>();
    for (Cycle.Period p : cycle.periods(year)) {
      out.add(scoreIn(p));
    }
    return List.copyOf(out);
  }

  private Assessment filtered(Predicate<Occurrence> keep) {
    List<Occurrence> kept = occurrences.stream().filter(keep).toList();
    return new Assessment(rubric, unit, kept, surveys, overrides);
  }

  /** The records of a criterion per rule, in the criterion's rule order, or null if none. */
  List<List<Occurrence>> occurrencesAt(int ordinal) {
    return occurrencesAt[ordinal];
  }

  private static List<Occurrence>[] groupBy(
      List<Occurrence> all, int size, java.util.function.ToIntFunction<Occurrence> key) {
    @SuppressWarnings("unchecked")
    List<Occurrence>[] out = new List[size];
    for (Occurrence o : all) {
      int k = key.applyAsInt(o);
      if (out[k] == null) {
        out[k] = new ArrayList<>(2);
      }
      out[k].add(o);
    }
    return out;
  }

  private static int indexOf(List<ScoringRule> rules, String ruleId) {
    for (int i = 0; i < rules.size(); i++) {
      if (rules.get(i).id().equals(ruleId)) {
        return i;
      }
    }
    throw new AssertionError(ruleId);
  }

  /** The scorer's flat view of the records (read-only), or null: see {@link Scorer#view}. */
  long[] flat() {
    return flat;
  }

  /** The required inputs not recorded, where {@link #flat()} is not null. */
  List<String> missing() {
    return missing;
  }

  SurveyMapping.Tally surveyAt(int ordinal) {
    return surveyAt[ordinal];
  }

  /** The questionnaire's points on the criterion's scale: the tally is read once, when recorded. */
  Points surveyPointsAt(int ordinal) {
    return surveyPointsAt[ordinal];
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Assessment other
        && rubric.equals(other.rubric)
        && unit.equals(other.unit)
        && occurrences.equals(other.occurrences)
        && surveys.equals(other.surveys)
        && overrides.equals(other.overrides);
  }

  @Override
  public int hashCode() {
    return Objects.hash(rubric, unit, occurrences, surveys, overrides);
  }

  @Override
  public String toString() {
    return "Assessment of " + unit + " against " + rubric;
  }
}
