package dev.disclosure.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

@DisplayName("SC-1, SC-2, SC-4, SC-7, CAL-6: scoring properties")
class ScoringPropertyTest {

  private static final long SEED = 20261122L;

  private static final List<Rubric> RUBRICS = List.of(
      DemonstrationSite.rubric(), CompositeAssessment.composite().rubric(), VillageCadres.rubric());

  private static final List<String> DEMO_IDS = DemonstrationSite.rubric().criteria().keySet().stream()
      .filter(id -> !id.startsWith("6.")).toList();

  /** A deduction as (criterion index, tenths of a point). */
  private static Gen<int[]> deduction() {
    return integers().between(0, DEMO_IDS.size() - 1)
        .zip(integers().between(1, 120), (i, tenths) -> new int[] {i, tenths});
  }

  private static Gen<List<int[]>> deductions() {
    return lists().of(deduction()).ofSizeBetween(0, 30);
  }

  private static Assessment assess(List<int[]> ds, int satisfied, int unsatisfied) {
    Assessment a = Assessment.of(DemonstrationSite.rubric(), "某镇");
    for (int[] d : ds) {
      a = a.withDeduction(DEMO_IDS.get(d[0]), Points.of(d[1]).dividedBy(10), "未达标准");
    }
    if (satisfied + unsatisfied > 0) {
      a = a.withSurvey("6.1", SurveyMapping.satisfaction(),
          Map.of("满意", (long) satisfied, "不满意", (long) unsatisfied));
    }
    return a;
  }

  @Test
  @DisplayName("SC-1: a total is never above the rubric maximum nor below zero, nor a criterion "
      + "outside [0, its maximum]")
  void totalWithinRange() {
    qt().withFixedSeed(SEED).withExamples(300)
        .forAll(deductions(), integers().between(0, 50), integers().between(0, 50))
        .checkAssert((ds, sat, unsat) -> {
          ScoreCard card = assess(ds, sat, unsat).score();
          assertThat(card.total()).isBetween(Points.ZERO, Points.of(100));
          for (ScoreCard.SectionScore s : card.sections()) {
            assertThat(s.score()).isBetween(Points.ZERO, s.section().maximum());
            for (ScoreCard.CriterionScore c : s.criteria()) {
              assertThat(c.score()).isBetween(Points.ZERO, c.criterion().maximum());
            }
          }
        });
  }

  @Test
  @DisplayName("SC-1: adding a deduction never raises a score (扣完为止)")
  void deductionNeverRaises() {
    qt().withFixedSeed(SEED).withExamples(300)
        .forAll(deductions(), deduction())
        .checkAssert((ds, extra) -> {
          Assessment before = assess(ds, 0, 0);
          String id = DEMO_IDS.get(extra[0]);
          Assessment after =
              before.withDeduction(id, Points.of(extra[1]).dividedBy(10), "再扣");
          ScoreCard b = before.score();
          ScoreCard a = after.score();
          assertThat(a.total()).isLessThanOrEqualTo(b.total());
          assertThat(a.criterion(id).score()).isLessThanOrEqualTo(b.criterion(id).score());
          assertThat(before.deductions()).hasSize(ds.size());
        });
  }

  private static int level(GradeScale scale, Points total) {
    return scale.bands().size() - scale.bands().indexOf(scale.gradeOf(total));
  }

  @Test
  @DisplayName("SC-2, SC-4, CAL-6: the grade is monotone in the total")
  void gradeMonotone() {
    qt().withFixedSeed(SEED).withExamples(500)
        .forAll(integers().between(0, RUBRICS.size() - 1), integers().between(0, 10000),
            integers().between(0, 10000))
        .checkAssert((r, x, y) -> {
          GradeScale scale = RUBRICS.get(r).scale();
          Points low = Points.of(Math.min(x, y)).dividedBy(100);
          Points high = Points.of(Math.max(x, y)).dividedBy(100);
          assertThat(level(scale, low)).isLessThanOrEqualTo(level(scale, high));
        });
  }

  @Test
  @DisplayName("SC-2, SC-4, SC-7, CAL-6: every total in [0, max] to the hundredth has exactly one "
      + "grade")
  void exactlyOneGrade() {
    for (Rubric r : RUBRICS) {
      int hundredths = r.total().toBigDecimal().intValueExact() * 100;
      for (int i = 0; i <= hundredths; i++) {
        Points t = Points.of(i).dividedBy(100);
        long containing = r.scale().bands().stream().filter(b -> b.contains(t)).count();
        assertThat(containing).as("bands containing %s in %s", t, r.name()).isEqualTo(1);
      }
    }
  }

  private static Rubric define(List<Integer> maxima, int passFrom) {
    Rubric.Builder b = Rubric.builder("细则", Points.of(maxima.stream().mapToInt(i -> i).sum()));
    for (int i = 0; i < maxima.size(); i++) {
      b.section("S" + i, "项目" + i, Points.of(maxima.get(i)))
          .criterion("C" + i, "标准" + i, Points.of(maxima.get(i)));
    }
    Points total = Points.of(maxima.stream().mapToInt(i -> i).sum());
    Points pass = total.min(Points.of(passFrom));
    return b.grade(GradeBand.of("合格", pass, total, true))
        .grade(GradeBand.of("不合格", Points.ZERO, pass, false))
        .build();
  }

  @Test
  @DisplayName("SC-2 第九条: defining a rubric and scoring it is deterministic")
  void deterministic() {
    qt().withFixedSeed(SEED).withExamples(200)
        .forAll(lists().of(integers().between(1, 30)).ofSizeBetween(1, 8),
            integers().between(1, 60),
            lists().of(integers().between(1, 400)).ofSizeBetween(0, 10))
        .checkAssert((maxima, passFrom, tenths) -> {
          Rubric first = define(maxima, passFrom);
          Rubric second = define(new ArrayList<>(maxima), passFrom);
          assertThat(first).isEqualTo(second).hasSameHashCodeAs(second);
          Assessment a = Assessment.of(first, "甲");
          Assessment b = Assessment.of(second, "甲");
          for (int i = 0; i < tenths.size(); i++) {
            String id = "C" + (i % maxima.size());
            Points p = Points.of(tenths.get(i)).dividedBy(10);
            a = a.withDeduction(id, p, "扣");
            b = b.withDeduction(id, p, "扣");
          }
          ScoreCard ca = a.score();
          assertThat(ca).isEqualTo(b.score());
          assertThat(ca.explain()).isEqualTo(b.score().explain());
          assertThat(ca).isEqualTo(a.score());
        });
  }
}
