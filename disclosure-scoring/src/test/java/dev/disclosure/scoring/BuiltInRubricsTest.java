package dev.disclosure.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.disclosure.core.InvalidFactsException;
import dev.disclosure.core.InvalidFactsException.Problem;
import dev.disclosure.core.law.Rules;
import dev.disclosure.scoring.CompositeAssessment.ProblemSource;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("SC-3 … SC-7: the other built-in rubrics")
class BuiltInRubricsTest {

  private static Map<ProblemSource, Integer> problems(int hot, int web) {
    Map<ProblemSource, Integer> m = new EnumMap<>(ProblemSource.class);
    m.put(ProblemSource.HOT_ISSUE, hot);
    m.put(ProblemSource.WEBSITE_SECURITY, web);
    return m;
  }

  @ParameterizedTest(name = "{0} problems, self {1}/{2}, third party {3} → {4} {5}")
  @CsvSource({
    "0, 90, 90, 80, 90, 优秀",
    "0, 100, 100, 100, 100, 优秀",
    "0, 85, 95, 90, 93, 优秀",
    "6, 90, 90, 89, 90, 优秀",
    "6, 89.5, 90, 89, 89.9, 良好",
    "20, 95, 95, 100, 89, 良好",
    "20, 80, 80, 90, 80, 良好",
    "20, 79.5, 80, 90, 79.9, 合格",
    "0, 45, 45, 40, 60, 合格",
    "0, 44.5, 44.5, 40, 59.8, 不合格",
    "67, 0, 0, 0, 0, 不合格"
  })
  @DisplayName("SC-4, CAL-6: 30 % routine + 40 % mean of two self-assessments + 30 % third party; "
      + "90 → 优秀, 80 → 良好, 60 → 合格 [convention]")
  void composite(int problems, String h1, String h2, String third, String total, String grade) {
    ScoreCard card = CompositeAssessment.assess(
        "某县", problems(problems, 0), Points.of(h1), Points.of(h2), Points.of(third)).score();
    assertThat(card.total()).isEqualTo(Points.of(total));
    assertThat(card.grade()).isEqualTo(grade);
  }

  @Test
  @DisplayName("SC-4: −1.5 per problem from any of the five sources, ledger not below zero")
  void routineLedger() {
    assertThat(CompositeAssessment.routineScore(problems(1, 2))).isEqualTo(Points.of("95.5"));
    assertThat(CompositeAssessment.routineScore(problems(70, 0))).isEqualTo(Points.ZERO);
    assertThat(ProblemSource.values()).hasSize(5);
    ScoreCard card = CompositeAssessment.assess(
        "某县", problems(1, 0), Points.of("88.5"), Points.of(91), Points.of("86.3")).score();
    // 98.5×0.3 = 29.55; 89.75×0.4 = 35.9; 86.3×0.3 = 25.89 → 91.34
    assertThat(card.total()).isEqualTo(Points.of("91.34"));
    assertThat(card.explain()).contains("两次自我考核（88.5分、91分）平均89.75分")
        .contains("98.5分 × 30% = 29.55分").contains("等次：优秀");
    assertThat(card.findings()).extracting(f -> f.rule()).containsOnly(Rules.SC_4);
    assertThat(EnglishText.checked(card.explain(dev.disclosure.calendar.Language.ENGLISH)))
        .contains("\ntotal: 91.34 points of 100 points\n");
    assertThatThrownBy(() -> CompositeAssessment.routineScore(problems(-1, 0)))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("-1")
        .hasMessageContaining("SC-4");
    assertThatThrownBy(() -> CompositeAssessment.assess(
            "某县", problems(0, 0), Points.of(101), Points.of(-1), Points.of(50)))
        .isInstanceOf(InvalidFactsException.class)
        .satisfies(e -> assertThat(((InvalidFactsException) e).problems()).hasSize(2));
  }

  @Test
  @DisplayName("SC-4: weights not summing to 100 % are refused, naming the sum")
  void weights() {
    assertThatThrownBy(
            () ->
                WeightedComposite.builder("某考核")
                    .component("a", "甲", BigDecimal.valueOf(30))
                    .component("b", "乙", BigDecimal.valueOf(40))
                    .component("c", "丙", BigDecimal.valueOf(-20))
                    .grade(GradeBand.of("合格", Points.ZERO, Points.of(100), true))
                    .build())
        .isInstanceOf(InvalidFactsException.class)
        .satisfies(
            e ->
                assertThat(((InvalidFactsException) e).problems())
                    .containsExactly(
                        new Problem(Rules.SC_4, "component c weight -20% must be positive"),
                        new Problem(Rules.SC_4, "weights sum to 50%, not 100%")));
    assertThatThrownBy(() -> CompositeAssessment.composite().award("x", Points.of(1), "b"))
        .isInstanceOf(InvalidFactsException.class).hasMessageContaining("unknown component x");
    WeightedComposite halves = WeightedComposite.builder("半")
        .component("a", "甲", new BigDecimal("33.3"))
        .component("b", "乙", new BigDecimal("66.7"))
        .grade(GradeBand.of("合格", Points.ZERO, Points.of(100), true))
        .build();
    assertThat(halves.award("a", Points.of(90), "").points()).isEqualTo(Points.of("29.97"));
  }

  @Test
  @DisplayName("SC-5: −0.5 per item not supplied, per change late beyond 15 working days, per "
      + "complaint not answered")
  void departmentDeductions() {
    Rubric dept = Rubric.builder("科室目标管理考核", Points.of(10))
        .section("1", "政府信息公开", Points.of(10))
        .criterion("1.1", "按规定提供公开内容和变更内容，答复举报投诉", Points.of(10))
        .grades(AnnualAssessment.bands(Points.of(10), Points.of(9), Points.of(8), Points.of(6)))
        .build();
    ScoreCard card = Assessment.of(dept, "办公室")
        .withDeduction(DepartmentDeductions.deduction(
            "1.1", DepartmentDeductions.Shortfall.ITEM_NOT_SUPPLIED, 3, "清单2026-06"))
        .withDeduction(DepartmentDeductions.deduction(
            "1.1", DepartmentDeductions.Shortfall.CHANGE_NOT_SUPPLIED_IN_15_WORKING_DAYS, 1))
        .withDeduction(DepartmentDeductions.deduction(
            "1.1", DepartmentDeductions.Shortfall.COMPLAINT_NOT_ANSWERED, 1))
        .score();
    assertThat(card.total()).isEqualTo(Points.of("7.5"));
    assertThat(card.grade()).isEqualTo("合格");
    assertThat(card.explain()).contains("扣1.5分：没有按规定提供公开内容3项，每项扣0.5分");
    assertThatThrownBy(() -> DepartmentDeductions.deduction(
            "1.1", DepartmentDeductions.Shortfall.ITEM_NOT_SUPPLIED, 0))
        .hasMessageContaining("SC-5");
  }

  @Test
  @DisplayName("SC-9: a rubric a county writes as data names SC-9 in every finding unless it names its rules")
  void countyRubricNamesRubricsAsData() {
    Rubric county = Rubric.builder("某县政务公开考核细则", Points.of(100))
        .citation(AnnualAssessment.GRADES)
        .section("1", "考核", Points.of(100))
        .criterion("1.1", "工作实绩", Points.of(100))
        .grades(AnnualAssessment.bands(Points.of(100), Points.of(90), Points.of(75), Points.of(60)))
        .build();
    assertThat(county.scoringRule()).isEqualTo(Rules.SC_9);
    assertThat(county.gradingRule()).isEqualTo(Rules.SC_9);
    assertThat(Assessment.of(county, "某局").score().findings())
        .isNotEmpty()
        .extracting(f -> f.rule())
        .containsOnly(Rules.SC_9);
  }

  @Test
  @DisplayName("SC-3: democratic appraisal 不满意 makes the grade 不合格 whatever the score")
  void democraticAppraisal() {
    Rubric annual = Rubric.builder("政府信息公开工作年度考核", Points.of(100))
        .citation(AnnualAssessment.GRADES)
        .section("1", "考核", Points.of(100))
        .criterion("1.1", "工作实绩", Points.of(100))
        .grades(AnnualAssessment.bands(Points.of(100), Points.of(90), Points.of(75), Points.of(60)))
        .build();
    ScoreCard good = Assessment.of(annual, "某局").score();
    assertThat(good.grade()).isEqualTo("优秀");
    assertThat(good.consequences()).contains("通报表彰，宣传经验和做法");
    assertThat(annual.gradingRule()).isEqualTo(Rules.SC_9);
    Rubric annualSc3 = Rubric.builder("政府信息公开工作年度考核", Points.of(100))
        .rules(Rules.SC_3, Rules.SC_3)
        .citation(AnnualAssessment.GRADES)
        .section("1", "考核", Points.of(100))
        .criterion("1.1", "工作实绩", Points.of(100))
        .grades(AnnualAssessment.bands(Points.of(100), Points.of(90), Points.of(75), Points.of(60)))
        .build();
    assertThat(annualSc3).isNotEqualTo(annual);
    assertThat(Assessment.of(annualSc3, "某局")
            .withOverride(AnnualAssessment.democraticAppraisalUnsatisfied("民主评议结果：不满意"))
            .score().findings())
        .extracting(f -> f.rule())
        .containsOnly(Rules.SC_3);
    ScoreCard vetoed = Assessment.of(annual, "某局")
        .withOverride(AnnualAssessment.democraticAppraisalUnsatisfied("民主评议结果：不满意"))
        .score();
    assertThat(vetoed.grade()).isEqualTo("不合格");
    assertThat(vetoed.consequences()).containsExactly("提出整改意见，限期整改", "通报批评");
    assertThat(Assessment.of(annual, "某局").withDeduction("1.1", Points.of(25), "未整改")
        .score().grade()).isEqualTo("良好");
  }

  @Test
  @DisplayName("SC-6: 不合格 office loses the year's awards; leader fraud caps the grade below 优秀 "
      + "[convention]")
  void internalGrades() {
    Rubric internal = Rubric.builder("科室政务公开年终考核", Points.of(100))
        .section("1", "考核", Points.of(100))
        .criterion("1.1", "政务公开工作", Points.of(100))
        .grades(InternalGrades.bands(Points.of(100), Points.of(90), Points.of(80), Points.of(60)))
        .build();
    assertThat(Assessment.of(internal, "甲").withDeduction("1.1", Points.of(41), "x").score()
        .consequences()).contains("取消科室及科室负责人当年评选先进资格");
    ScoreCard capped = Assessment.of(internal, "科长")
        .withOverride(InternalGrades.leaderFraud("弄虚作假，造成不良影响")).score();
    assertThat(capped.grade()).isEqualTo("良好");
    assertThat(capped.consequences()).contains("年终考核不得确定为优秀等次");
    ScoreCard low = Assessment.of(internal, "科长").withDeduction("1.1", Points.of(30), "x")
        .withOverride(InternalGrades.leaderFraud("弄虚作假")).score();
    assertThat(low.grade()).isEqualTo("合格");
    assertThat(low.isOverridden()).isFalse();
  }

  @Test
  @DisplayName("SC-7: village cadres 12+N — thirteen items 5+3+5+5+15+20+5+5+2+10+10+5+10 in one "
      + "rubric")
  void villageRubric() {
    Rubric r = VillageCadres.rubric();
    assertThat(r.scoringRule()).isEqualTo(Rules.SC_7);
    assertThat(r.gradingRule()).isEqualTo(Rules.SC_7);
    assertThat(r.sections()).hasSize(1);
    assertThat(r.criteria().values()).extracting(c -> c.maximum().toString()).containsExactly(
        "5", "3", "5", "5", "15", "20", "5", "5", "2", "10", "10", "5", "10");
    ScoreCard card = Assessment.of(r, "1村")
        .withDeduction("9", Points.of("0.5"), "3月统计报表迟报", "3月考核")
        .withDeduction("9", Points.of("0.5"), "5月统计报表迟报", "5月考核")
        .withDeduction("9", Points.of("0.5"), "8月统计报表错误", "8月考核")
        .withDeduction("9", Points.of("0.5"), "10月统计报表迟报", "10月考核")
        .withDeduction("9", Points.of("0.5"), "11月统计报表迟报", "11月考核")
        .withDeduction("6", Points.of(3), "3月20日前未召开群众会")
        .score();
    assertThat(card.criterion("9").score()).isEqualTo(Points.ZERO);
    assertThat(card.total()).isEqualTo(Points.of(95));
  }

  @Test
  @DisplayName("SC-7, CAL-6: prizes 3000/2000/1000 by rank, ties share; last place at 80 or below "
      + "gets the admonishment talk")
  void villageYearEnd() {
    Rubric r = VillageCadres.rubric();
    List<ScoreCard> cards = List.of(
        Assessment.of(r, "1村").withDeduction("5", Points.of(5), "任务完成66%").score(),
        Assessment.of(r, "2村").withDeduction("6", Points.of(8), "集资进度").score(),
        Assessment.of(r, "3村").withDeduction("6", Points.of(8), "集资进度").score(),
        Assessment.of(r, "4村").withDeduction("6", Points.of(20), "集资未完成").score());
    List<VillageCadres.YearEnd> results = VillageCadres.yearEnd(cards);
    assertThat(results).extracting(y -> y.place().unit()).containsExactly("1村", "2村", "3村", "4村");
    assertThat(results).extracting(VillageCadres.YearEnd::prizeYuan)
        .containsExactly(3000, 2000, 2000, 0);
    assertThat(results).extracting(VillageCadres.YearEnd::admonishmentTalk)
        .containsExactly(false, false, false, true);
    List<ScoreCard> above = List.of(cards.get(0),
        Assessment.of(r, "5村").withDeduction("6", Points.of(19), "集资").score());
    assertThat(VillageCadres.yearEnd(above).get(1).admonishmentTalk()).isFalse();
    assertThat(VillageCadres.yearEnd(above).get(1).place().total()).isEqualTo(Points.of(81));
  }

  @Test
  @DisplayName("SC-7: a single village takes first prize and has no last place [convention]")
  void singleVillage() {
    ScoreCard only = Assessment.of(VillageCadres.rubric(), "8村")
        .withDeduction("6", Points.of(20), "集资未完成").withDeduction("13", Points.of(2), "拒不执行")
        .score();
    List<VillageCadres.YearEnd> results = VillageCadres.yearEnd(List.of(only));
    assertThat(results).singleElement().satisfies(y -> {
      assertThat(y.prizeYuan()).isEqualTo(3000);
      assertThat(y.admonishmentTalk()).isFalse();
      assertThat(y.place().statement()).isEqualTo("第1名");
    });
  }
}
