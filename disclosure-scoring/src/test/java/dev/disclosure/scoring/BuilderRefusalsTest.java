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
    assertThat(one.score("a", HUNDRED, "满分").quantity()).isEqualTo(HUNDRED);
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
    assertThat(mapping.tally(Map.of("满意", 3L, "不满意", 1L)).share())
        .isEqualTo(Points.fraction(3, 4));
    for (String bad : new String[] {"-0.01", "1.01"}) {
      assertThatThrownBy(() -> SurveyMapping.of(Map.of("满意", new BigDecimal(bad))))
          .hasMessageContaining("share " + bad + " is outside [0, 1]");
    }
    assertThatThrownBy(() -> mapping.tally(Map.of("满意", Long.MAX_VALUE, "不满意", 1L)))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("brings the respondents beyond");
  }

  @Test
  @DisplayName("SC-1/SC-2: a record names a criterion and a rule it has; overrides name a grade")
  void assessments() {
    Assessment a = Assessment.of(DemonstrationSite.rubric(), "某镇");
    assertThatThrownBy(() -> a.withDeduction("9.9", Points.of(1), "无"))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("unknown criterion 9.9");
    assertThatThrownBy(() -> a.with(Occurrence.of("1.1", "无此规则", Points.of(1), "无")))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("criterion 1.1 has no rule 无此规则");
    assertThatThrownBy(() -> a.withDeduction("1.1", Points.ZERO, "零"))
        .isInstanceOf(InvalidFactsException.class);
    assertThatThrownBy(
            () -> a.withOverride(new GradeOverride(java.util.Optional.of("特等"), "一票否决", List.of(), List.of(), AnnualAssessment.GRADES)))
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
