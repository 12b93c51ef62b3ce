package dev.disclosure.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.disclosure.calendar.CountingWord;
import dev.disclosure.calendar.RuleId;
import dev.disclosure.core.InvalidFactsException;
import dev.disclosure.core.InvalidFactsException.Problem;
import dev.disclosure.core.law.Rules;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("SC-2, SC-8: the scoring engine")
class EngineTest {

  @Test
  @DisplayName("SC-8: points are exact decimals — 0.1 + 0.2 = 0.3, 84.50 = 84.5, 30 % of 85 = 25.5")
  void exactPoints() {
    assertThat(Points.of("0.1").plus(Points.of("0.2"))).isEqualTo(Points.of("0.3"));
    new EqualsTester()
        .addEqualityGroup(
            Points.of("84.50"), Points.of("84.5"), Points.of(new BigDecimal("84.500")))
        .addEqualityGroup(Points.of(100), Points.of("1E+2"), Points.of("100.0"))
        .addEqualityGroup(Points.ZERO, Points.of("0.00"))
        .testEquals();
    assertThat(Points.of(85).times(new BigDecimal("0.3"))).isEqualTo(Points.of("25.5"));
    assertThat(Points.of("100").toString()).isEqualTo("100");
    assertThat(Points.mean(List.of(Points.of(90), Points.of(85)))).isEqualTo(Points.of("87.5"));
  }

  @Test
  @DisplayName("SC-8: values beyond four decimal places or a long stay exact and compare by value")
  void largeAndFinePoints() {
    Points fine = Points.of("0.00005");
    assertThat(fine.plus(fine)).isEqualTo(Points.of("0.0001"));
    assertThat(fine.plus(fine).hashCode()).isEqualTo(Points.of("0.0001").hashCode());
    assertThat(Points.of("0.0001").minus(fine)).isEqualTo(fine);
    assertThat(fine.compareTo(Points.of("0.0001"))).isNegative();
    Points huge = Points.of(Long.MAX_VALUE);
    assertThat(huge.plus(huge).toString()).isEqualTo("18446744073709551614");
    assertThat(Points.of(Long.MIN_VALUE).isNegative()).isTrue();
    assertThat(huge.minus(huge)).isEqualTo(Points.ZERO);
    assertThat(Points.of(Long.MIN_VALUE).minus(Points.of(1)).toString())
        .isEqualTo("-9223372036854775809");
    assertThat(Points.of("1.23456").toBigDecimal()).isEqualByComparingTo("1.23456");
  }

  @Test
  @DisplayName("SC-8: a non-terminating division rounds half-up to two places [convention]")
  void division() {
    assertThat(Points.of(2).dividedBy(3)).isEqualTo(Points.of("0.67"));
    assertThat(Points.mean(List.of(Points.of(90), Points.of(85), Points.of(80)))).isEqualTo(Points.of(85));
    assertThat(Points.mean(List.of(Points.of(90), Points.of(85), Points.of(81))))
        .isEqualTo(Points.of("85.33"));
    assertThatThrownBy(() -> Points.mean(List.of())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Points.of(1).dividedBy(0)).hasMessageContaining("positive");
  }

  @Test
  @DisplayName("SC-2 第九条: a caller's rubric is validated and every problem reported at once")
  void builderReportsEveryProblem() {
    Rubric.Builder b = Rubric.builder("某镇实施细则", Points.of(100))
        .criterion("0.1", "孤立", Points.of(1))
        .section("A", "组织", Points.of(50))
        .criterion("A1", "领导", Points.of(30))
        .criterion("A1", "重复", Points.of(10))
        .section("B", "内容", Points.of(40))
        .criterion("B1", "目录", Points.of(-40))
        .section("C", "空", Points.of(5))
        .grade(GradeBand.of("合格", Points.of(80), Points.of(100), true))
        .grade(GradeBand.of("不合格", Points.ZERO, Points.of(70), false));
    assertThatThrownBy(b::build)
        .isInstanceOf(InvalidFactsException.class)
        .satisfies(
            e ->
                assertThat(((InvalidFactsException) e).problems())
                    .containsExactly(
                        new Problem(Rules.SC_2, "criterion 0.1 comes before any section"),
                        new Problem(Rules.SC_2, "criterion id A1 appears twice"),
                        new Problem(
                            Rules.SC_1,
                            "section A 组织: criteria maxima sum to 40, not the stated 50"),
                        new Problem(Rules.SC_1, "criterion B1 maximum -40 must be positive"),
                        new Problem(
                            Rules.SC_1,
                            "section B 内容: criteria maxima sum to -40, not the stated 40"),
                        new Problem(Rules.SC_1, "section C 空 has no criterion"),
                        new Problem(
                            Rules.SC_1, "section maxima sum to 95, not the stated total 100"),
                        new Problem(
                            RuleId.CAL_6,
                            "gap between 不合格 [0, 70) and 合格 [80, 100]: some totals would have no"
                                + " grade")));
  }

  @Test
  @DisplayName(
      "SC-2, CAL-6: grade bands must start at 0, end at the maximum, not overlap nor leave "
          + "a bound uncovered")
  void gradeScaleValidation() {
    assertThatThrownBy(() -> GradeScale.of(Points.of(100), List.of(
            GradeBand.of("甲", Points.of(60), Points.of(100), true),
            GradeBand.of("乙", Points.ZERO, Points.of(60), true))))
        .hasMessageContaining("overlap between 乙 [0, 60] and 甲 [60, 100]");
    assertThatThrownBy(() -> GradeScale.of(Points.of(100), List.of(
            new GradeBand("甲", Points.of(60), CountingWord.MORE_THAN, Points.of(100),
                CountingWord.LESS_THAN, List.of()),
            GradeBand.of("乙", Points.of(1), Points.of(60), false))))
        .isInstanceOf(InvalidFactsException.class)
        .satisfies(e -> assertThat(((InvalidFactsException) e).problems()).hasSize(3));
    assertThatThrownBy(() -> new GradeBand("甲", Points.ZERO, CountingWord.AT_OR_BELOW,
            Points.of(1), CountingWord.AT_OR_BELOW, List.of()))
        .hasMessageContaining("以上 or 超过");
    GradeScale scale = DemonstrationSite.rubric().scale();
    assertThat(scale.toString()).isEqualTo("合格 [85, 100]; 基本合格 [70, 85); 不合格 [0, 70)");
    assertThatThrownBy(() -> scale.gradeOf(Points.of("100.5"))).hasMessageContaining("outside");
    assertThatThrownBy(() -> scale.gradeOf(Points.of("-0.5"))).hasMessageContaining("outside");
  }

  @Test
  @DisplayName("SC-2 第九条: a caller-defined rubric scores with the same engine")
  void callerRubric() {
    Rubric local = Rubric.builder("某镇示范点考评实施细则", Points.of(10))
        .section("一", "组织", Points.of("6.5"))
        .criterion("1", "领导重视", Points.of("3.5"))
        .criterion("2", "专班落实", Points.of(3))
        .section("二", "效果", Points.of("3.5"))
        .criterion("3", "群众满意", Points.of("3.5"))
        .grade(GradeBand.of("好", Points.of(8), Points.of(10), true))
        .grade(GradeBand.of("差", Points.ZERO, Points.of(8), false))
        .build();
    ScoreCard card = Assessment.of(local, "甲村").withDeduction("1", Points.of("0.1"), "迟报").score();
    assertThat(card.total()).isEqualTo(Points.of("9.9"));
    assertThat(card.grade()).isEqualTo("好");
  }

  @Test
  @DisplayName("SC-7: ranking states ties; equal totals share a rank and the next rank skips "
      + "[convention]")
  void ranking() {
    List<ScoreCard> cards = List.of(
        DemonstrationSiteTest.deducted("乙", "5").score(),
        DemonstrationSiteTest.deducted("甲", "2").score(),
        DemonstrationSiteTest.deducted("丙", "5").score(),
        DemonstrationSiteTest.deducted("丁", "9").score());
    List<Ranking.Place> places = Ranking.of(cards);
    assertThat(places).extracting(Ranking.Place::unit).containsExactly("甲", "丙", "乙", "丁");
    assertThat(places).extracting(Ranking.Place::rank).containsExactly(1, 2, 2, 4);
    assertThat(places).extracting(Ranking.Place::statement)
        .containsExactly("第1名", "并列第2名", "并列第2名", "第4名");
    assertThatThrownBy(() -> Ranking.of(List.of(cards.get(0), cards.get(0))))
        .hasMessageContaining("appears twice");
  }

  @Test
  @DisplayName("SC-1: public entry points reject null arguments")
  void nulls() {
    NullPointerTester tester = new NullPointerTester()
        .setDefault(Points.class, Points.of(1))
        .setDefault(Rubric.class, DemonstrationSite.rubric())
        .setDefault(String.class, "1.1")
        .setDefault(SurveyMapping.class, SurveyMapping.satisfaction())
        .setDefault(dev.disclosure.calendar.Citation.class, DemonstrationSite.FRAUD)
        .setDefault(CountingWord.class, CountingWord.AT_OR_ABOVE)
        .setDefault(Award.class, new Award("6.1", Points.of(1), "问卷"))
        .setDefault(GradeOverride.class, DemonstrationSite.fraudWithBadEffect("弄虚作假"));
    tester.testAllPublicStaticMethods(Points.class);
    tester.testAllPublicStaticMethods(Ranking.class);
    tester.testAllPublicStaticMethods(SurveyMapping.class);
    tester.testAllPublicInstanceMethods(Assessment.of(DemonstrationSite.rubric(), "某镇"));
    tester.testAllPublicInstanceMethods(DemonstrationSite.rubric());
    tester.testAllPublicInstanceMethods(Points.of(1));
    tester.testAllPublicStaticMethods(GradeScale.class);
    tester.testAllPublicStaticMethods(Rubric.class);
    tester.testAllPublicStaticMethods(WeightedComposite.class);
    tester.testAllPublicStaticMethods(CompositeAssessment.class);
    tester.testAllPublicStaticMethods(DemonstrationSite.class);
    tester.testAllPublicStaticMethods(AnnualAssessment.class);
    tester.testAllPublicStaticMethods(InternalGrades.class);
    tester.testAllPublicStaticMethods(DepartmentDeductions.class);
    tester.testAllPublicStaticMethods(RequestMetrics.class);
    tester.testAllPublicStaticMethods(VillageCadres.class);
    tester.testAllPublicInstanceMethods(DemonstrationSite.rubric().scale());
    tester.testAllPublicInstanceMethods(Assessment.of(DemonstrationSite.rubric(), "某镇").score());
    tester.testAllPublicInstanceMethods(CompositeAssessment.composite());
    tester.testAllPublicInstanceMethods(SurveyMapping.satisfaction());
    tester.testAllPublicInstanceMethods(Rubric.builder("细则", Points.of(1)));
    tester.testAllPublicConstructors(Criterion.class);
    tester.testAllPublicConstructors(Section.class);
    tester.testAllPublicConstructors(Deduction.class);
    tester.testAllPublicConstructors(Award.class);
    tester.testAllPublicConstructors(GradeOverride.class);
    tester.testAllPublicConstructors(GradeBand.class);
  }

  @Test
  @DisplayName("SC-2, CAL-6: bands, rubrics and overrides are values")
  void values() {
    new EqualsTester()
        .addEqualityGroup(GradeBand.of("合格", Points.of(85), Points.of(100), true, "表彰"),
            GradeBand.of("合格", Points.of("85.0"), Points.of(100), true, "表彰"))
        .addEqualityGroup(GradeBand.of("合格", Points.of(85), Points.of(100), false, "表彰"))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(DemonstrationSite.rubric(), DemonstrationSite.rubric())
        .addEqualityGroup(VillageCadres.rubric())
        .testEquals();
    assertThat(DemonstrationSite.rubric().toString()).isEqualTo("政务公开示范点建设考评 (100分)");
    assertThat(GradeBand.of("合格", Points.of(85), Points.of(100), true).contains(Points.of(85)))
        .isTrue();
  }
}
