package dev.disclosure.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import dev.disclosure.calendar.CountingWord;
import dev.disclosure.calendar.FindingKind;
import dev.disclosure.calendar.Language;
import dev.disclosure.calendar.RuleId;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Scales whose bands start at one number with different counting words, where deductions carried
 * beyond a criterion are said to stop, and the words of cycles, schedules and questionnaires.
 */
class ScaleOrderAndWordingTest {

  private static final Points HUNDRED = Points.of(100);

  @Test
  @DisplayName("CAL-6: read from the top, 超过60 ranks above 60以上 whatever order they are written in: "
      + "60 is 中, 60.5 is 良")
  void sameNumberDifferentWords() {
    GradeBand middle = GradeBand.atOrAbove("中", Points.of(60));
    GradeBand good = new GradeBand("良",
        Optional.of(new GradeBand.Bound(Points.of(60), CountingWord.MORE_THAN)), Optional.empty(), List.of());
    GradeBand poor = GradeBand.atOrAbove("差", Points.ZERO);
    for (List<GradeBand> written : List.of(List.of(middle, good, poor), List.of(poor, good, middle))) {
      GradeScale scale = GradeScale.of(HUNDRED, written, GradeScale.Reading.HIGHEST_REACHED, Rounding.NONE);
      assertThat(scale.bands()).extracting(GradeBand::grade).containsExactly("良", "中", "差");
      assertThat(scale.gradeOf(Points.of(60)).grade()).isEqualTo("中");
      assertThat(scale.gradeOf(Points.of("60.5")).grade()).isEqualTo("良");
      assertThat(scale.gradeOf(Points.of("59.5")).grade()).isEqualTo("差");
    }
  }

  private static Rubric carried(CapScope scope, boolean stated) {
    Rubric.Builder b = Rubric.builder("某县细则", Points.of(10))
        .rules(RuleId.of("XC-3"), RuleId.of("XC-4"))
        .section("A", "公开内容", Points.of(10))
        .criterion("A1", "目录", Points.of(4));
    if (stated) {
      b.cap(scope);
    }
    return b.criterion("A2", "办结", Points.of(6))
        .capWhereSilent(scope)
        .grade(GradeBand.atOrAbove("合格", Points.ZERO))
        .gradesRead(GradeScale.Reading.HIGHEST_REACHED, Rounding.NONE)
        .build();
  }

  @Test
  @DisplayName("SC-9: 5 deducted from a 4-point criterion — within the section or the total, stated or by "
      + "convention, in both languages")
  void carriedBeyondTheCriterion() {
    for (CapScope scope : List.of(CapScope.SECTION, CapScope.RUBRIC)) {
      for (boolean stated : List.of(true, false)) {
        Rubric r = carried(scope, stated);
        assertThat(r.capWhereSilent()).isEqualTo(scope);
        ScoreCard card = Assessment.of(r, "某乡").withDeduction("A1", Points.of(5), "目录缺失").score();
        assertThat(card.exactTotal()).isEqualTo(Points.of(5));
        assertThat(card.criterion("A1").score()).isEqualTo(Points.of(-1));
        String english = scope == CapScope.SECTION ? "the section" : "the total";
        String chinese = scope == CapScope.SECTION ? "以该部分分值为限" : "以总分为限";
        String said = "A1: 5 points deducted in all, beyond the 4 points it had; the rest is deducted within "
            + english;
        String gesagt = "A1 扣分5分超过该项所得4分，超出部分" + chinese + "扣减";
        assertThat(EnglishText.checked(card.explain(Language.ENGLISH))).contains("    criterion " + said
            + (stated ? "\n" : " (the text does not say where deductions stop; by convention, within " + english
                + ")\n"));
        assertThat(card.explain()).contains("    " + gesagt
            + (stated ? "\n" : "（原文未写明扣完为止的范围，约定" + chinese + "）\n"));
        assertThat(card.findings()).filteredOn(f -> Language.CHINESE.render(f.what()).startsWith(gesagt))
            .singleElement()
            .satisfies(f -> assertThat(f.kind()).isEqualTo(stated ? FindingKind.APPLIED : FindingKind.CONVENTION));
      }
    }
  }

  @Test
  @DisplayName("SC-9: a criterion capped at itself stops at zero and says so; a rubric allowing a negative "
      + "total still stops the criterion")
  void stoppedAtTheCriterion() {
    ScoreCard card = Assessment.of(carried(CapScope.CRITERION, true), "某乡")
        .withDeduction("A1", Points.of(5), "目录缺失").score();
    assertThat(card.exactTotal()).isEqualTo(Points.of(6));
    assertThat(card.explain()).contains("    A1 扣分5分，以该项分值为限扣4分，扣完为止\n");
    assertThat(card.explain(Language.ENGLISH))
        .contains("    criterion A1: 5 points deducted in all; 4 points applied, down to zero and no further\n");
  }

  @Test
  @DisplayName("SC-9: the words of cycles and of the two ways a year is made of its checks")
  void words() {
    assertThat(List.of(Cycle.values())).extracting(Cycle::label).containsExactly("月", "季度", "半年", "年");
    assertThat(List.of(Cycle.values())).extracting(Cycle::english)
        .containsExactly("month", "quarter", "half-year", "year");
    assertThat(Schedule.Aggregation.MEAN_OF_CHECKS.english()).isEqualTo("the mean of the check periods' scores");
    assertThat(Schedule.Aggregation.POOLED.english()).isEqualTo("findings of the year pooled, caps per year");
    assertThat(Schedule.Aggregation.POOLED.label()).isEqualTo("全年累计扣分，按年封顶");
    assertThat(CompositeAssessment.ProblemSource.HOT_ISSUE.label()).isEqualTo("对热点问题和重大政务舆情不能及时回应，造成不良影响");
    assertThat(CompositeAssessment.rubric().criteria().values().stream()
            .flatMap(c -> c.rules().stream()).filter(r -> r.id().equals("舆情回应")).findFirst().orElseThrow().wording())
        .isEqualTo("对热点问题和重大政务舆情不能及时回应，造成不良影响，每个问题扣1.5分");
  }

  @Test
  @DisplayName("SC-1: a share of zero written 0E-30 is plain zero; mappings with the same shares are equal")
  void questionnaireShares() {
    Map<String, BigDecimal> shares = new LinkedHashMap<>();
    shares.put("满意", BigDecimal.ONE);
    shares.put("不满意", new BigDecimal("0E-30"));
    SurveyMapping mapping = SurveyMapping.of(shares);
    assertThat(mapping.shares().get("不满意")).isEqualTo(BigDecimal.ZERO);
    assertThat(mapping.toString()).isEqualTo("SurveyMapping{满意=1, 不满意=0}");
    new EqualsTester()
        .addEqualityGroup(mapping, SurveyMapping.of(Map.of("满意", BigDecimal.ONE, "不满意", BigDecimal.ZERO)))
        .addEqualityGroup(SurveyMapping.of(Map.of("满意", BigDecimal.ONE)))
        .testEquals();
  }
}
