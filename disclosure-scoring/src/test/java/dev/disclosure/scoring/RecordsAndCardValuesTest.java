package dev.disclosure.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import dev.disclosure.calendar.Citation;
import dev.disclosure.calendar.CountingWord;
import dev.disclosure.calendar.Language;
import dev.disclosure.calendar.RuleId;
import dev.disclosure.core.InvalidFactsException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What an assessment holds and says of itself, rates with no finite decimal, and the rules and
 * provisions a composite's card names.
 */
class RecordsAndCardValuesTest {

  @Test
  @DisplayName("SC-1: a questionnaire rule takes no occurrence — it is recorded with withSurvey")
  void questionnaireIsNotAnOccurrence() {
    assertThatThrownBy(() -> Assessment.of(DemonstrationSite.rubric(), "某镇")
            .with(Occurrence.of("6.1", DemonstrationSite.QUESTIONNAIRE, Points.of(1), "问卷")))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("criterion 6.1 rule 问卷: a questionnaire is recorded with withSurvey, not as an occurrence");
  }

  @Test
  @DisplayName("SC-1, SC-9: an assessment holds its records, questionnaires and findings, and equals one "
      + "built from the same")
  void assessmentValues() {
    Occurrence late = Occurrence.of("1.1", Criterion.JUDGED, Points.of(1), "未及时研究");
    GradeOverride fraud = DemonstrationSite.fraudWithBadEffect("弄虚作假");
    Assessment a = DemonstrationSiteTest.complete("某镇").with(late).withOverride(fraud);
    assertThat(a.occurrences()).hasSize(2).endsWith(late);
    assertThat(a.surveys()).containsOnlyKeys("6.1", "6.2");
    assertThat(a.surveys().get("6.1").respondents()).isEqualTo(10);
    assertThat(a.overrides()).containsExactly(fraud);
    assertThat(a.score().overrides()).containsExactly(fraud);
    assertThat(a.toString()).isEqualTo("Assessment of 某镇 against 政务公开示范点建设考评 (100分)");
    new EqualsTester()
        .addEqualityGroup(a, DemonstrationSiteTest.complete("某镇").with(late).withOverride(fraud))
        .addEqualityGroup(DemonstrationSiteTest.complete("某镇").with(late))
        .addEqualityGroup(DemonstrationSiteTest.complete("某镇").withOverride(fraud))
        .addEqualityGroup(DemonstrationSiteTest.complete("某县").with(late).withOverride(fraud))
        .addEqualityGroup(Assessment.of(DemonstrationSite.rubric(), "某镇")
            .withRate("2.4", DemonstrationSite.COMPLETION_RATE, Rate.of(20, 20, "办结率"))
            .withSurvey("6.1", SurveyMapping.satisfaction(), Map.of("满意", 10L))
            .with(late).withOverride(fraud))
        .addEqualityGroup(Assessment.of(VillageCadres.rubric(), "某镇"))
        .testEquals();
  }

  @Test
  @DisplayName("SC-9, CAL-6: a rate of 2 in 3 misses 95以上; the card states 200/3% with its approximation")
  void rateWithoutFiniteDecimal() {
    Rubric rubric = Rubric.builder("某县细则", Points.of(20))
        .rules(RuleId.of("XC-3"), RuleId.of("XC-4"))
        .section("A", "依申请公开", Points.of(20))
        .criterion("A2", "依申请公开办结", Points.of(20))
        .rule(ScoringRule.threshold("办结率", "办结率95%以上得20分，否则得12分", Points.of(95),
            CountingWord.AT_OR_ABOVE, Points.of(20), Points.of(12)))
        .grade(GradeBand.atOrAbove("合格", Points.ZERO))
        .build();
    ScoreCard card = Assessment.of(rubric, "某乡").withRate("A2", "办结率", Rate.of(2, 3, "办结率")).score();
    assertThat(card.exactTotal()).isEqualTo(Points.of(12));
    assertThat(card.explain()).contains("    A2 办结率95%以上得20分，否则得12分：办结率：2/3 = 200/3%（约66.6667%），"
        + "200/3%（约66.6667%）未达到95%以上，得12分\n");
    assertThat(card.explain(Language.ENGLISH)).contains(
        "; 200/3% (about 66.6667%) misses the target of at least 95 percent (CAL-6), 12 points awarded\n");
  }

  @Test
  @DisplayName("SC-4: a composite names the rules and provisions it was given; the prize schedule of 004 "
      + "ranks densely and lists ties as given")
  void compositeRulesAndPrizeMethod() {
    Citation source = VillageCadres.RULE;
    WeightedComposite c = WeightedComposite.builder("两方评议")
        .rules(RuleId.of("XC-5"), RuleId.of("XC-6"))
        .component("甲", "甲方", Points.of(50))
        .component("乙", "乙方", Points.of(50))
        .grade(GradeBand.atOrAbove("合格", Points.of(60)))
        .grade(GradeBand.atOrBelow("不合格", Points.of(59)))
        .gradesRead(GradeScale.Reading.LITERAL, Rounding.halfUp(0))
        .citation(source)
        .build();
    assertThat(c.rubric().scoringRule()).isEqualTo(RuleId.of("XC-5"));
    assertThat(c.rubric().gradingRule()).isEqualTo(RuleId.of("XC-6"));
    assertThat(c.rubric().citations()).containsExactly(source);
    assertThat(c.rubric().scale().reading()).isEqualTo(GradeScale.Reading.LITERAL);
    ScoreCard card = Assessment.of(c.rubric(), "某局")
        .with(c.score("甲", Points.of(59), "甲方评分"))
        .with(c.score("乙", Points.of("59.6"), "乙方评分")).score();
    // 59.3 rounds to 59: 不合格 read literally on whole points
    assertThat(card.exactTotal()).isEqualTo(Points.of("59.3"));
    assertThat(card.grade()).isEqualTo("不合格");
    assertThat(card.citations()).containsExactly(source);
    assertThat(card.findings()).extracting(f -> f.rule().toString()).containsOnly("XC-5", "XC-6");
    assertThat(VillageCadres.PRIZES.method()).isEqualTo(Ranking.Method.DENSE);
    assertThat(VillageCadres.PRIZES.tieOrder()).isEqualTo(Ranking.TieOrder.AS_LISTED);
  }
}
