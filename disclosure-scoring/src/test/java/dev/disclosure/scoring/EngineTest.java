package dev.disclosure.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.disclosure.calendar.Citation;
import dev.disclosure.calendar.CountingWord;
import dev.disclosure.calendar.Language;
import dev.disclosure.calendar.RuleId;
import dev.disclosure.core.InvalidFactsException;
import dev.disclosure.core.InvalidFactsException.Problem;
import dev.disclosure.core.law.Rules;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("SC-9: rubrics whose rules are data — the engine")
class EngineTest {

  /** A county's own rubric using every earning, bonus and capping kind. */
  static Rubric county() {
    return Rubric.builder("某县政务公开考核细则", Points.of(50))
        .rules(RuleId.of("XC-3"), RuleId.of("XC-4"))
        .section("A", "公开内容", Points.of(30))
        .criterion("A1", "目录及时更新", Points.of(10))
        .rule(ScoringRule.deduct("未更新", "未按时更新，每次扣1分，本条最多扣4分", Points.of(1), Per.TIME)
            .upTo(Points.of(4)))
        .rule(ScoringRule.bonus("创新", "做法被上级推广，每项加1分，最多加2分", Points.of(1), Per.ITEM)
            .upTo(Points.of(2)))
        .cap(CapScope.CRITERION)
        .criterion("A2", "依申请公开办结", Points.of(20))
        .rule(ScoringRule.threshold("办结率", "办结率95%以上得20分，否则得12分", Points.of(95),
            CountingWord.AT_OR_ABOVE, Points.of(20), Points.of(12)))
        .section("B", "公开效果", Points.of(20))
        .criterion("B1", "群众评议（百分制，折合20分）", Points.of(20))
        .outOf(Points.of(100))
        .rule(ScoringRule.recordedScore("评议", "各评议组打分的平均值"))
        .totalRounding(Rounding.halfUp(1))
        .grade(GradeBand.atOrAbove("优秀", Points.of(45)))
        .grade(GradeBand.between("合格", Points.of(30), Points.of(44)))
        .grade(GradeBand.atOrBelow("不合格", Points.of(29)))
        .gradesRead(GradeScale.Reading.LITERAL, Rounding.halfUp(0))
        .build();
  }

  @Test
  @DisplayName("SC-9: a county's rubric — a rule capped at 4, a bonus capped at 2, a threshold "
      + "earning 20 or 12, a component out of 100 weighted to 20, the total rounded once and graded "
      + "on whole points; every finding names the county's rules")
  void countyRubric() {
    ScoreCard card = Assessment.of(county(), "某乡")
        .withCount("A1", "未更新", 6, "目录半年未更新")
        .withCount("A1", "创新", 3, "三项做法被推广")
        .with(Occurrence.of("A2", "办结率", Points.of("94.5"), "办结率94.5%"))
        .with(Occurrence.of("B1", "评议", Points.of("80.1"), "评议一组"))
        .with(Occurrence.of("B1", "评议", Points.of("80.1"), "评议二组"))
        .with(Occurrence.of("B1", "评议", Points.of("80.2"), "评议三组"))
        .score();
    assertThat(card.criterion("A1").score()).isEqualTo(Points.of(8));
    assertThat(card.criterion("A1").bonus()).isEqualTo(Points.of(2));
    assertThat(card.criterion("A2").score()).isEqualTo(Points.of(12));
    assertThat(card.criterion("B1").onScale()).isEqualTo(Points.fraction(1202, 15));
    assertThat(card.criterion("B1").score()).isEqualTo(Points.fraction(1202, 75));
    assertThat(card.exactTotal()).isEqualTo(Points.fraction(2702, 75));
    assertThat(card.total()).isEqualTo(Points.of(36));
    assertThat(card.grade()).isEqualTo("合格");
    assertThat(card.findings()).extracting(f -> f.rule().toString())
        .containsOnly("XC-3", "XC-4");
    assertThat(Language.CHINESE.render(card.findings()))
        .contains("A1 未按时更新，每次扣1分，本条最多扣4分：扣分6分，以本条上限4分为限")
        .contains("A1 做法被上级推广，每项加1分，最多加2分：加分3分，以本条上限2分为限")
        .contains("B1 得分1202/15分（约80.1333分）（满分100分），折合1202/75分（约16.0267分）（权重分值20分）")
        .contains("总分：2702/75分（约36.0267分）（满分50分），四舍五入保留1位小数为36分")
        .contains("等次：合格（30分以上、44分以下；四舍五入保留0位小数后按字面，按36分评定）");
    assertThat(EnglishText.checked(card.explain(Language.ENGLISH))).contains("published as 36 points");
    // the rubric's own ids in English too, where they hold no Chinese
    assertThat(card.explain(Language.ENGLISH))
        .contains("criterion A1: ")
        .contains("criterion B1 ")
        .doesNotContain("of section");
  }

  @Test
  @DisplayName("SC-9: a criterion whose id is Chinese is named by its place in English")
  void chineseIdsInEnglish() {
    Rubric rubric = Rubric.builder("某县细则", Points.of(10))
        .rules(RuleId.of("XC-3"), RuleId.of("XC-4"))
        .section("一", "公开内容", Points.of(10))
        .criterion("A", "目录", Points.of(5))
        .criterion("（二）", "办结", Points.of(5))
        .grade(GradeBand.atOrAbove("合格", Points.of(0)))
        .gradesRead(GradeScale.Reading.HIGHEST_REACHED, Rounding.NONE)
        .build();
    ScoreCard card = Assessment.of(rubric, "某乡")
        .withDeduction("（二）", Points.of(1), "未按时办结")
        .withDeduction("A", Points.of(1), "未更新")
        .score();
    assertThat(Language.ENGLISH.render(card.findings()))
        .contains("criterion 2 of section 1: 1 point deducted")
        .contains("criterion A: 1 point deducted");
  }

  @Test
  @DisplayName("SC-9: the mean of check periods — half-year checks, each capped on its own, "
      + "averaged exactly; pooled, the same records stop at zero for the year")
  void meanOfChecks() {
    Rubric.Builder b = Rubric.builder("半年考核", Points.of(10))
        .section("一", "工作", Points.of(10))
        .criterion("1", "信息报送", Points.of(10))
        .rule(ScoringRule.deduct("漏报", "漏报每次扣1分，扣完为止", Points.of(1), Per.TIME))
        .cap(CapScope.CRITERION)
        .grade(new GradeBand("考核", Optional.empty(), Optional.empty(), List.of()));
    Rubric mean = b.schedule(new Schedule(Cycle.HALF_YEAR, Cycle.HALF_YEAR, Cycle.YEAR,
        Schedule.Aggregation.MEAN_OF_CHECKS)).build();
    Rubric pooled = b.schedule(Schedule.YEARLY).build();
    for (Rubric r : List.of(mean, pooled)) {
      Assessment a = Assessment.of(r, "某局")
          .with(Occurrence.count("1", "漏报", 2, "二月漏报").on(LocalDate.of(2026, 2, 3)))
          .with(Occurrence.count("1", "漏报", 12, "九月漏报").on(LocalDate.of(2026, 9, 3)));
      ScoreCard year = a.scoreYear(2026);
      if (r == mean) {
        assertThat(year.periods()).extracting(ScoreCard::exactTotal)
            .containsExactly(Points.of(8), Points.ZERO);
        assertThat(year.exactTotal()).isEqualTo(Points.of(4));
        assertThat(year.criterion("1").score()).isEqualTo(Points.of(4));
        assertThat(year.explain()).contains("2026年1月1日至2026年6月30日：8分").contains("按各期得分的平均值取平均（2期）");
      } else {
        assertThat(year.exactTotal()).isEqualTo(Points.ZERO);
        assertThat(year.periods()).isEmpty();
      }
    }
  }

  @Test
  @DisplayName("SC-9: a penalty and an earned part on one item; the total stops at zero unless "
      + "the rubric allows a negative total")
  void earnedAndPenaltyOnOneItem() {
    for (boolean negative : List.of(false, true)) {
      Rubric.Builder b = Rubric.builder("某村考核", Points.of(10))
          .section("一", "产业", Points.of(10))
          .criterion("1", "产业任务", Points.of(10))
          .rule(ScoringRule.earnPerPoint("完成率", "每完成1个百分点得0.1分", Points.of("0.1")))
          .rule(ScoringRule.deduct("虚报", "虚报一次扣2分", Points.of(2), Per.TIME))
          .grade(new GradeBand("考核", Optional.empty(), Optional.empty(), List.of()));
      Rubric r = negative ? b.negativeTotalAllowed().build() : b.build();
      Assessment a = Assessment.of(r, "某村")
          .with(Occurrence.of("1", "完成率", Points.of(80), "完成80%"));
      ScoreCard once = a.withCount("1", "虚报", 1, "虚报产量").score();
      assertThat(once.criterion("1").base()).isEqualTo(Points.of(8));
      assertThat(once.exactTotal()).isEqualTo(Points.of(6));
      ScoreCard six = a.withCount("1", "虚报", 6, "虚报产量").score();
      assertThat(six.criterion("1").score()).isEqualTo(Points.of(-4));
      assertThat(six.exactTotal()).isEqualTo(negative ? Points.of(-4) : Points.ZERO);
      assertThat(r.negativeTotalAllowed()).isEqualTo(negative);
    }
  }

  @Test
  @DisplayName("SC-9, CAL-6: a caller's rubric is validated and every problem reported at once")
  void builderReportsEveryProblem() {
    Rubric.Builder b = Rubric.builder("某镇实施细则", Points.of(100))
        .criterion("0.1", "孤立", Points.of(1))
        .section("A", "组织", Points.of(50))
        .criterion("A1", "领导", Points.of(30))
        .criterion("A1", "重复", Points.of(10))
        .rule(ScoringRule.deduct("r", "每次扣1分", Points.of(1), Per.TIME))
        .rule(ScoringRule.once("r", "扣1分", Points.of(1)))
        .section("B", "内容", Points.of(40))
        .criterion("B1", "目录", Points.of(-40))
        .section("C", "空", Points.of(5))
        .grade(GradeBand.of("合格", Points.of(80), Points.of(100), true))
        .grade(GradeBand.of("不合格", Points.ZERO, Points.of(70), false));
    assertThatThrownBy(b::build)
        .isInstanceOf(InvalidFactsException.class)
        .satisfies(e -> assertThat(((InvalidFactsException) e).problems())
            .extracting(Problem::detail)
            .contains(
                "criterion 0.1 comes before any section",
                "criterion id A1 appears twice",
                "criterion A1: rule r appears twice",
                "section A 组织: criteria maxima sum to 40, not the stated 50",
                "criterion B1 maximum -40 must be positive (zero only for money or person rules)",
                "section C 空 has no criterion",
                "section maxima sum to 95, not the stated total 100")
            .anyMatch(d -> d.startsWith("a total of 75 lies in no band")));
    assertThatThrownBy(() -> Rubric.builder("细则", Points.of(10)).rule(ScoringRule.judged("x", "y")).build())
        .hasMessageContaining("rule x comes before any criterion");
    assertThatThrownBy(() -> ScoringRule.deduct("r", "扣分", Points.of(-1), Per.TIME))
        .hasMessageContaining("points each -1 must be positive");
    assertThatThrownBy(() -> new Per("斤", "斤", true)).hasMessageContaining("without Chinese");
  }

  @Test
  @DisplayName("SC-4, SC-9: weights may be thirds; weights not summing to 100 % and literal bands "
      + "that overlap are refused, naming the sum and the total")
  void composites() {
    WeightedComposite thirds = WeightedComposite.builder("三方评议")
        .component("甲", "甲方", Points.fraction(100, 3))
        .component("乙", "乙方", Points.fraction(100, 3))
        .component("丙", "丙方", Points.fraction(100, 3))
        .grade(GradeBand.atOrAbove("合格", Points.of(60)))
        .grade(GradeBand.of("不合格", Points.ZERO, Points.of(60), false))
        .build();
    ScoreCard card = Assessment.of(thirds.rubric(), "某局")
        .with(thirds.score("甲", Points.of(90), "甲方评分"))
        .with(thirds.score("乙", Points.of(60), "乙方评分"))
        .with(thirds.score("丙", Points.of(61), "丙方评分")).score();
    assertThat(card.exactTotal()).isEqualTo(Points.fraction(211, 3));
    assertThat(thirds.weights().get("甲")).isEqualTo(Points.fraction(100, 3));
    assertThatThrownBy(() -> thirds.score("丁", Points.of(101), "x"))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("unknown component 丁").hasMessageContaining("outside [0, 100]");
    assertThatThrownBy(() -> WeightedComposite.builder("错").component("a", "A", BigDecimal.valueOf(30))
            .component("a", "A", BigDecimal.valueOf(30)).component("b", "B", BigDecimal.valueOf(-1))
            .grade(GradeBand.between("良好", Points.of(80), Points.of(90)))
            .grade(GradeBand.between("合格", Points.ZERO, Points.of(80)))
            .grade(GradeBand.atOrAbove("优秀", Points.of(90))).build())
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("component a appears twice")
        .hasMessageContaining("component b weight -1% must be positive")
        .hasMessageContaining("weights sum to 29%, not 100%")
        .hasMessageContaining("a total of 80 lies in 良好 [80, 90] and 合格 [0, 80]");
  }

  @Test
  @DisplayName("SC-9: public entry points reject null arguments")
  void nulls() {
    NullPointerTester tester = new NullPointerTester()
        .setDefault(Points.class, Points.of(1))
        .setDefault(Rubric.class, DemonstrationSite.rubric())
        .setDefault(String.class, "1.1")
        .setDefault(SurveyMapping.class, SurveyMapping.satisfaction())
        .setDefault(Citation.class, DemonstrationSite.FRAUD)
        .setDefault(CountingWord.class, CountingWord.AT_OR_ABOVE)
        .setDefault(GradeOverride.class, DemonstrationSite.fraudWithBadEffect("弄虚作假"))
        .setDefault(Occurrence.class, Occurrence.of("1.1", Criterion.JUDGED, Points.of(1), "原因"))
        .setDefault(Rate.class, Rate.of(1, 1, "办结率"))
        .setDefault(Per.class, Per.TIME)
        .setDefault(ScoringRule.class, ScoringRule.judged("扣分", "扣分"))
        .setDefault(Consequence.class, Consequence.of(Consequence.Kind.COMMENDATION, "表彰",
            DemonstrationSite.CONSEQUENCES))
        .setDefault(Cycle.Period.class, Cycle.YEAR.periods(2026).get(0))
        .setDefault(Schedule.class, Schedule.YEARLY)
        .setDefault(Rounding.class, Rounding.NONE)
        .setDefault(BigDecimal.class, BigDecimal.ONE)
        .setDefault(RuleId.class, Rules.SC_9)
        .setDefault(Criterion.class, DemonstrationSite.rubric().criterion("1.1").orElseThrow())
        .setDefault(Section.class, DemonstrationSite.rubric().sections().get(0))
        .setDefault(GradeBand.Bound.class, new GradeBand.Bound(Points.of(1), CountingWord.AT_OR_ABOVE))
        .setDefault(ScoringRule.Money.class,
            ScoringRule.fine("缺席", "缺席一次扣发50元", BigDecimal.TEN, Per.TIME))
        .setDefault(Ranking.Place.class, new Ranking.Place(1, "甲", Points.of(1), false))
        .setDefault(SurveyMapping.Tally.class,
            SurveyMapping.satisfaction().tally(java.util.Map.of("满意", 1L)))
        .setDefault(ScoreCard.CriterionScore.class,
            DemonstrationSiteTest.complete("某镇").score().criterion("1.1"));
    for (Class<?> c : List.of(Points.class, Ranking.class, SurveyMapping.class, GradeScale.class,
        Rubric.class, WeightedComposite.class, CompositeAssessment.class, DemonstrationSite.class,
        AnnualAssessment.class, InternalGrades.class, DepartmentDeductions.class,
        RequestMetrics.class, VillageCadres.class, Occurrence.class, GradeBand.class,
        GradeOverride.class, Consequence.class, Rate.class, ScoringRule.class, PrizeSchedule.class,
        Rounding.class)) {
      tester.testAllPublicStaticMethods(c);
    }
    Assessment a = DemonstrationSiteTest.complete("某镇");
    tester.testAllPublicInstanceMethods(a);
    tester.testAllPublicInstanceMethods(a.score());
    tester.testAllPublicInstanceMethods(DemonstrationSite.rubric());
    tester.testAllPublicInstanceMethods(DemonstrationSite.rubric().scale());
    tester.testAllPublicInstanceMethods(Points.of(1));
    tester.testAllPublicInstanceMethods(SurveyMapping.satisfaction());
    tester.testAllPublicInstanceMethods(Rubric.builder("细则", Points.of(1)));
    tester.testAllPublicInstanceMethods(VillageCadres.PRIZES);
    tester.testAllPublicInstanceMethods(Cycle.YEAR.periods(2026).get(0));
    tester.testAllPublicInstanceMethods(GradeBand.atOrAbove("合格", Points.of(85)));
    tester.testAllPublicInstanceMethods(DemonstrationSite.rubric().criterion("1.1").orElseThrow());
    for (Class<?> c : List.of(Criterion.class, Section.class, Occurrence.class, GradeOverride.class,
        GradeBand.class, GradeBand.Bound.class, Consequence.class, Per.class, Schedule.class,
        Rate.class, Rounding.class, ScoreCard.Applied.class, ScoreCard.CriterionScore.class,
        ScoreCard.SectionScore.class, ScoreCard.PersonLine.class, ScoreCard.MoneyLine.class,
        Cycle.Period.class, PrizeSchedule.Prize.class, PrizeSchedule.Standing.class,
        Ranking.Place.class, SurveyMapping.Tally.class)) {
      tester.testAllPublicConstructors(c);
    }
  }

  @Test
  @DisplayName("SC-2, SC-9, CAL-6: bands, rubrics, rules and records are values")
  void values() {
    new EqualsTester()
        .addEqualityGroup(GradeBand.of("合格", Points.of(85), Points.of(100), true),
            GradeBand.of("合格", Points.of("85.0"), Points.of(100), true),
            new GradeBand("合格", Optional.of(new GradeBand.Bound(Points.of(85), CountingWord.AT_OR_ABOVE)),
                Optional.of(new GradeBand.Bound(Points.of(100), CountingWord.AT_OR_BELOW)), List.of()))
        .addEqualityGroup(GradeBand.of("合格", Points.of(85), Points.of(100), false))
        .addEqualityGroup(GradeBand.atOrAbove("合格", Points.of(85)))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(DemonstrationSite.rubric(), DemonstrationSite.rubric(
            CapScope.SECTION, GradeScale.Reading.HIGHEST_REACHED, Rounding.NONE))
        .addEqualityGroup(DemonstrationSite.rubric(
            CapScope.CRITERION, GradeScale.Reading.HIGHEST_REACHED, Rounding.NONE))
        .addEqualityGroup(VillageCadres.rubric())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(DemonstrationSiteTest.complete("甲").score(), DemonstrationSiteTest.complete("甲").score())
        .addEqualityGroup(DemonstrationSiteTest.complete("乙").score())
        .testEquals();
    assertThat(DemonstrationSite.rubric().toString()).isEqualTo("政务公开示范点建设考评 (100分)");
    assertThat(GradeBand.atOrAbove("合格", Points.of(85)).range()).isEqualTo("[85, +∞)");
    assertThat(GradeBand.atOrBelow("不合格", Points.of(69)).range()).isEqualTo("(-∞, 69]");
    assertThatThrownBy(() -> new GradeBand("x", Optional.of(new GradeBand.Bound(Points.ZERO,
        CountingWord.AT_OR_BELOW)), Optional.empty(), List.of())).hasMessageContaining("以上 or 超过");
    assertThat(DemonstrationSite.rubric().scale().toString())
        .isEqualTo("合格 [85, +∞); 基本合格 [70, 84]; 不合格 (-∞, 69] "
            + "(the highest band whose lower bound is reached, 不取舍)");
  }
}
