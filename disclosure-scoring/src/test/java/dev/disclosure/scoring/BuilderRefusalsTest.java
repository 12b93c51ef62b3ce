package dev.disclosure.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.disclosure.core.InvalidFactsException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Each check of the rubric, composite, survey and assessment builders, refused on its own. */
class BuilderRefusalsTest {

  private static final Points HUNDRED = Points.of(100);
  private static final GradeBand ALL = GradeBand.of("合格", Points.ZERO, HUNDRED, true);

  @Test
  @DisplayName("SC-1/SC-2/SC-9: a rubric's total, sections and criteria are each checked")
  void rubrics() {
    assertThatThrownBy(() -> Rubric.builder("零", Points.ZERO).section("1", "一", Points.ZERO).build())
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("total 0 must be positive");
    assertThatThrownBy(
            () -> Rubric.builder("无节", HUNDRED).criterion("1.1", "先于节", Points.of(1)).grade(ALL).build())
        .hasMessageContaining("criterion 1.1 comes before any section")
        .hasMessageContaining("a rubric needs at least one section");
    assertThatThrownBy(
            () ->
                Rubric.builder("重复", HUNDRED)
                    .section("1", "一", Points.of(50))
                    .criterion("1.1", "甲", Points.of(50))
                    .section("1", "二", Points.of(50))
                    .criterion("2.1", "乙", Points.of(50))
                    .grade(ALL)
                    .build())
        .hasMessageContaining("section id 1 appears twice");
  }

  @Test
  @DisplayName("SC-4: a composite needs components, each once, each with a positive weight")
  void composites() {
    assertThatThrownBy(() -> WeightedComposite.builder("空").grade(ALL).build())
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("a composite needs at least one component");
    assertThatThrownBy(
            () ->
                WeightedComposite.builder("重复")
                    .component("a", "甲", BigDecimal.valueOf(50))
                    .component("a", "甲", BigDecimal.valueOf(50))
                    .grade(ALL)
                    .build())
        .hasMessageContaining("component a appears twice");
    assertThatThrownBy(
            () ->
                WeightedComposite.builder("零")
                    .component("a", "甲", BigDecimal.ZERO)
                    .component("b", "乙", BigDecimal.valueOf(100))
                    .grade(ALL)
                    .build())
        .hasMessageContaining("component a weight 0% must be positive");
    WeightedComposite one =
        WeightedComposite.builder("一").component("a", "甲", BigDecimal.valueOf(100)).grade(ALL).build();
    assertThat(one.award("a", HUNDRED, "满分").points()).isEqualTo(HUNDRED);
  }

  @Test
  @DisplayName("SC-1: a survey mapping needs an option; shares 0 and 1 are the edges of [0, 1]")
  void surveys() {
    assertThatThrownBy(() -> SurveyMapping.of(Map.of()))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("at least one answer option");
    Map<String, BigDecimal> edges = new LinkedHashMap<>();
    edges.put("满意", BigDecimal.ONE);
    edges.put("不满意", BigDecimal.ZERO);
    SurveyMapping mapping = SurveyMapping.of(edges);
    assertThat(mapping.score("6.1", Points.of(8), Map.of("满意", 3L, "不满意", 1L)).points())
        .isEqualTo(Points.of(6));
    for (String bad : new String[] {"-0.01", "1.01"}) {
      assertThatThrownBy(() -> SurveyMapping.of(Map.of("满意", new BigDecimal(bad))))
          .hasMessageContaining("share " + bad + " is outside [0, 1]");
    }
    assertThatThrownBy(() -> mapping.score("6.1", Points.of(8), Map.of("满意", Long.MAX_VALUE, "不满意", 1L)))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("brings the respondents beyond");
  }

  @Test
  @DisplayName("SC-1/SC-2: an award is given once, within the criterion, never beside deductions; overrides name a grade")
  void assessments() {
    Rubric site = DemonstrationSite.rubric();
    Assessment a = Assessment.of(site, "某镇");
    assertThat(a.withAward(new Award("1.1", Points.of(4), "满分")).score().total()).isEqualTo(HUNDRED);
    assertThatThrownBy(() -> a.withAward(new Award("1.1", Points.of("4.5"), "超出")))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("award of 4.5 to criterion 1.1 is outside [0, 4]");
    assertThatThrownBy(() -> a.withAward(new Award("1.1", Points.of("-0.5"), "负")))
        .hasMessageContaining("is outside [0, 4]");
    assertThatThrownBy(
            () -> a.withAward(new Award("1.1", Points.of(1), "一")).withAward(new Award("1.1", Points.of(2), "二")))
        .hasMessageContaining("criterion 1.1 is awarded twice");
    assertThatThrownBy(
            () -> a.withDeduction("1.1", Points.of(1), "扣").withAward(new Award("1.1", Points.of(2), "二")))
        .hasMessageContaining("has both deductions and an award");
    assertThatThrownBy(() -> a.withAward(new Award("9.9", Points.of(1), "无")))
        .hasMessageContaining("award to unknown criterion 9.9");
    assertThatThrownBy(
            () -> a.withOverride(new GradeOverride("特等", "一票否决", List.of(), List.of(), AnnualAssessment.GRADES)))
        .hasMessageContaining("override grade 特等 is not a grade of");
  }

  @Test
  @DisplayName("SC-2: a scale's bands come back from the highest, whatever the order given")
  void bandOrder() {
    GradeScale scale =
        GradeScale.of(
            HUNDRED,
            List.of(
                GradeBand.of("不合格", Points.ZERO, Points.of(60), false),
                GradeBand.of("合格", Points.of(60), HUNDRED, true)));
    assertThat(scale.bands()).extracting(GradeBand::grade).containsExactly("合格", "不合格");
  }
}
