package dev.disclosure.testkit;

import static java.util.Objects.requireNonNull;

import dev.disclosure.scoring.Assessment;
import dev.disclosure.scoring.Criterion;
import dev.disclosure.scoring.Occurrence;
import dev.disclosure.scoring.Points;
import dev.disclosure.scoring.Rubric;
import dev.disclosure.scoring.ScoringRule;
import dev.disclosure.scoring.SurveyMapping;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Generators of assessments (考评) under any rubric, built in or a county's own: records
 * ({@link Occurrence}s) under each criterion's rules, as an assessor would enter them.
 */
public final class Assessments {

  private static final List<String> UNITS = List.of("某镇", "某街道", "某县发展和改革局", "某村", "某县教育局");
  private static final List<String> REASONS =
      List.of("领导小组未调整", "栏目更新不及时", "未按时公开", "依申请公开答复不规范", "年度报告未按时发布");
  private static final List<String> PERSONS = List.of("张三", "李四", "王五");

  private Assessments() {}

  /**
   * Returns a generator of assessments of a rubric, recorded rule by rule as the rule reads its
   * input ({@link ScoringRule#input()}):
   *
   * <ul>
   *   <li>a rule that earns a criterion's score (a threshold, points per percentage point, a
   *       questionnaire, recorded scores) gets its input nine times in ten — a rate of 0 to 100 % in
   *       tenths, a {@link SurveyMapping#satisfaction()} questionnaire of 1 to 200 respondents, or
   *       one to three scores of 0 to the criterion's scale in hundredths — and none otherwise, so
   *       that incomplete cards ({@code isComplete()} false) occur;
   *   <li>any other rule gets records with a chance of one half: the assessor's own deductions, one
   *       to three of 0.1 up to one and a half times the criterion's scale in tenths; counts (times,
   *       items, days, yuan counted) of one up to one and a half times what empties the criterion,
   *       so that deductions reach the cap (扣完为止); rates short of a target of 0 to 100 %; a
   *       deduction from a person names one of three people.
   * </ul>
   *
   * <p>Every assessment is accepted by {@link Assessment}: records are undated, one rate per rule.
   *
   * @param rubric the rubric
   * @return the generator
   */
  public static Generator<Assessment> forRubric(Rubric rubric) {
    requireNonNull(rubric, "rubric");
    List<Criterion> criteria = List.copyOf(rubric.criteria().values());
    return random -> {
      String unit = UNITS.get(random.nextInt(UNITS.size()));
      List<Occurrence> records = new ArrayList<>();
      List<String> surveyed = new ArrayList<>();
      for (Criterion criterion : criteria) {
        for (ScoringRule rule : criterion.rules()) {
          boolean earned = rule.role() == ScoringRule.Role.EARNED;
          if (earned ? random.nextInt(10) == 0 : random.nextBoolean()) {
            continue;
          }
          switch (rule.input()) {
            case SURVEY -> surveyed.add(criterion.id());
            case PERCENT ->
                records.add(occurrence(criterion, rule, tenthsUpTo(Points.of(100), random), random));
            case SCORE -> {
              for (int n = 1 + random.nextInt(3); n > 0; n--) {
                records.add(
                    occurrence(criterion, rule, hundredthsUpTo(criterion.outOf(), random), random));
              }
            }
            case POINTS -> {
              for (int n = 1 + random.nextInt(3); n > 0; n--) {
                Points upTo = criterion.outOf().times(new BigDecimal("1.5"));
                records.add(occurrence(criterion, rule, positiveTenthsUpTo(upTo, random), random));
              }
            }
            case COUNT -> {
              long count = 1 + random.nextLong(countToEmpty(criterion, rule));
              Occurrence o = occurrence(criterion, rule, Points.of(count), random);
              records.add(
                  rule.role() == ScoringRule.Role.PERSON
                      ? o.concerning(PERSONS.get(random.nextInt(PERSONS.size())))
                      : o);
            }
            default -> throw new AssertionError(rule.input());
          }
        }
      }
      Assessment assessment = Assessment.of(rubric, unit, records, List.of());
      for (String criterionId : surveyed) {
        assessment = assessment.withSurvey(criterionId, SurveyMapping.satisfaction(), answers(random));
      }
      return assessment;
    };
  }

  private static Occurrence occurrence(
      Criterion criterion, ScoringRule rule, Points quantity, RandomGenerator random) {
    return Occurrence.of(
        criterion.id(), rule.id(), quantity, REASONS.get(random.nextInt(REASONS.size())), "检查记录");
  }

  /** One and a half times the count that empties the criterion, at least 2. */
  private static long countToEmpty(Criterion criterion, ScoringRule rule) {
    Points each =
        rule instanceof ScoringRule.PerOccurrence p ? p.each()
            : rule instanceof ScoringRule.Bonus b ? b.each()
            : rule instanceof ScoringRule.PersonDeduction d ? d.each()
            : criterion.outOf();
    if (!each.isPositive()) {
      return 2; // a criterion of no points (money only): one or two
    }
    BigDecimal times =
        criterion.outOf().times(new BigDecimal("1.5")).dividedBy(each)
            .rounded(0, RoundingMode.DOWN).toBigDecimal();
    return Math.max(2, Math.min(1_000, times.longValue() + 1));
  }

  private static Map<String, Long> answers(RandomGenerator random) {
    long satisfied = random.nextLong(101);
    long fairly = random.nextLong(51);
    long not = random.nextLong(51);
    return Map.of("满意", satisfied == 0 && fairly == 0 && not == 0 ? 1 : satisfied,
        "基本满意", fairly, "不满意", not);
  }

  /** 0.1 to {@code max} (at least 0.1) in tenths. */
  private static Points positiveTenthsUpTo(Points max, RandomGenerator random) {
    long tenths = max.rounded(1, RoundingMode.DOWN).toBigDecimal().movePointRight(1).longValue();
    return Points.of(BigDecimal.valueOf(1 + random.nextLong(Math.max(1, tenths)), 1));
  }

  /** 0 to {@code max} in tenths. */
  private static Points tenthsUpTo(Points max, RandomGenerator random) {
    long tenths = max.rounded(1, RoundingMode.DOWN).toBigDecimal().movePointRight(1).longValue();
    return Points.of(BigDecimal.valueOf(random.nextLong(tenths + 1), 1));
  }

  /** 0 to {@code max} in hundredths. */
  private static Points hundredthsUpTo(Points max, RandomGenerator random) {
    long hundredths = max.rounded(2, RoundingMode.DOWN).toBigDecimal().movePointRight(2).longValue();
    return Points.of(BigDecimal.valueOf(random.nextLong(hundredths + 1), 2));
  }
}
