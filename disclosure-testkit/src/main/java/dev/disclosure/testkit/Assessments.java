package dev.disclosure.testkit;

import static java.util.Objects.requireNonNull;

import dev.disclosure.scoring.Assessment;
import dev.disclosure.scoring.Award;
import dev.disclosure.scoring.Criterion;
import dev.disclosure.scoring.Points;
import dev.disclosure.scoring.Rubric;
import java.math.BigDecimal;
import java.util.List;
import java.util.random.RandomGenerator;

/** Generators of assessments (考评) under any rubric, built in or a county's own. */
public final class Assessments {

  private static final List<String> UNITS = List.of("某镇", "某街道", "某县发展和改革局", "某村", "某县教育局");
  private static final List<String> REASONS =
      List.of("领导小组未调整", "栏目更新不及时", "未按时公开", "依申请公开答复不规范", "年度报告未按时发布");

  private Assessments() {}

  /**
   * Returns a generator of assessments of a rubric: for each criterion, with chances of one half,
   * one third and one sixth, nothing, one to three deductions (扣分) of 0.1 up to one and a half times
   * the criterion's maximum in tenths (so the 扣完为止 cap is reached), or an award of 0 up to the
   * maximum in hundredths (a questionnaire or metric score, SC-1). Every assessment is accepted:
   * deductions and awards never fall on the same criterion.
   *
   * @param rubric the rubric
   * @return the generator
   */
  public static Generator<Assessment> forRubric(Rubric rubric) {
    requireNonNull(rubric, "rubric");
    List<Criterion> criteria =
        rubric.sections().stream().flatMap(section -> section.criteria().stream()).toList();
    return random -> {
      Assessment assessment = Assessment.of(rubric, UNITS.get(random.nextInt(UNITS.size())));
      for (Criterion criterion : criteria) {
        int choice = random.nextInt(6);
        if (choice < 3) {
          continue;
        }
        if (choice < 5) {
          for (int n = 1 + random.nextInt(3); n > 0; n--) {
            assessment =
                assessment.withDeduction(
                    criterion.id(),
                    tenthsUpTo(criterion.maximum().times(new BigDecimal("1.5")), random),
                    REASONS.get(random.nextInt(REASONS.size())),
                    "检查记录");
          }
        } else {
          assessment =
              assessment.withAward(
                  new Award(criterion.id(), hundredthsUpTo(criterion.maximum(), random), "抽样测评"));
        }
      }
      return assessment;
    };
  }

  /** 0.1 to {@code max} (at least 0.1) in tenths. */
  private static Points tenthsUpTo(Points max, RandomGenerator random) {
    long tenths = max.toBigDecimal().movePointRight(1).longValue();
    return Points.of(BigDecimal.valueOf(1 + random.nextLong(Math.max(1, tenths)), 1));
  }

  /** 0 to {@code max} in hundredths. */
  private static Points hundredthsUpTo(Points max, RandomGenerator random) {
    long hundredths = max.toBigDecimal().movePointRight(2).longValue();
    return Points.of(BigDecimal.valueOf(random.nextLong(hundredths + 1), 2));
  }
}
