package dev.disclosure.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.disclosure.core.InvalidFactsException;
import dev.disclosure.scoring.CompositeAssessment.ProblemSource;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What the scoring engine refuses and where its edges lie: grade scales, awards and scores on the
 * bounds of their ranges, prizes by rank, and the range of {@link Points}.
 */
class ValidationEdgesTest {

  private static final Points HUNDRED = Points.of(100);

  private static GradeBand band(String grade, int lower, int upper, boolean upperIncluded) {
    return GradeBand.of(grade, Points.of(lower), Points.of(upper), upperIncluded);
  }

  @Test
  @DisplayName("SC-2/CAL-6: a duplicate grade, an inverted band, a gap and an overlap are each refused")
  void gradeScales() {
    GradeScale ok = GradeScale.of(HUNDRED, List.of(band("合格", 60, 100, true), band("不合格", 0, 60, false)));
    assertThat(ok.bands()).extracting(GradeBand::grade).containsExactly("合格", "不合格");
    assertThatThrownBy(
            () -> GradeScale.of(HUNDRED, List.of(band("合格", 60, 100, true), band("合格", 0, 60, false))))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("grade 合格 appears twice");
    assertThatThrownBy(
            () ->
                GradeScale.of(
                    HUNDRED,
                    List.of(band("合格", 60, 100, true), band("倒置", 50, 40, false), band("不合格", 0, 60, false))))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("grade 倒置 has lower bound 50 above upper bound 40");
    assertThatThrownBy(
            () -> GradeScale.of(HUNDRED, List.of(band("合格", 61, 100, true), band("不合格", 0, 60, false))))
        .hasMessageContaining("gap between");
    assertThatThrownBy(
            () -> GradeScale.of(HUNDRED, List.of(band("合格", 60, 100, true), band("不合格", 0, 60, true))))
        .hasMessageContaining("overlap between");
    assertThatThrownBy(
            () -> GradeScale.of(HUNDRED, List.of(band("合格", 60, 99, true), band("不合格", 1, 60, false))))
        .hasMessageContaining("must start at 0")
        .hasMessageContaining("must end at the maximum 100");
    assertThatThrownBy(() -> GradeScale.of(HUNDRED, List.of())).hasMessageContaining("no grade band");
  }

  @Test
  @DisplayName("SC-4: composite scores 0 and 100 are accepted, -0.5 and 100.5 refused; counts never negative")
  void compositeRanges() {
    Map<ProblemSource, Integer> none = new EnumMap<>(ProblemSource.class);
    Assessment edges = CompositeAssessment.assess("甲县", none, Points.ZERO, HUNDRED, HUNDRED);
    assertThat(edges.score().total()).isNotNull();
    for (Points bad : new Points[] {Points.of("-0.5"), Points.of("100.5")}) {
      assertThatThrownBy(() -> CompositeAssessment.assess("甲县", none, bad, HUNDRED, HUNDRED))
          .isInstanceOf(InvalidFactsException.class)
          .hasMessageContaining(bad + " is outside [0, 100]");
      assertThatThrownBy(() -> CompositeAssessment.assess("甲县", none, HUNDRED, bad, HUNDRED))
          .isInstanceOf(InvalidFactsException.class);
      assertThatThrownBy(() -> CompositeAssessment.assess("甲县", none, HUNDRED, HUNDRED, bad))
          .isInstanceOf(InvalidFactsException.class);
      assertThatThrownBy(() -> CompositeAssessment.composite().award("平时考核", bad, "b"))
          .isInstanceOf(InvalidFactsException.class)
          .hasMessageContaining("is outside [0, 100]");
    }
    Map<ProblemSource, Integer> negative = new EnumMap<>(ProblemSource.class);
    negative.put(ProblemSource.values()[0], -1);
    assertThatThrownBy(() -> CompositeAssessment.assess("甲县", negative, HUNDRED, HUNDRED, HUNDRED))
        .isInstanceOf(InvalidFactsException.class);
    assertThat(CompositeAssessment.composite().award("平时考核", HUNDRED, "b").points()).isNotNull();
    assertThat(CompositeAssessment.composite().award("平时考核", Points.ZERO, "b").points())
        .isEqualTo(Points.ZERO);
  }

  @Test
  @DisplayName("SC-1: a deduction must be positive and name a criterion; an award must lie within the criterion")
  void assessments() {
    Rubric rubric = VillageCadres.rubric();
    Assessment a = Assessment.of(rubric, "1村");
    assertThatThrownBy(() -> a.withDeduction("6", Points.ZERO, "无"))
        .isInstanceOf(InvalidFactsException.class);
    assertThatThrownBy(() -> a.withDeduction("6", Points.of(-1), "负"))
        .isInstanceOf(InvalidFactsException.class);
    assertThatThrownBy(() -> a.withDeduction("无此项", Points.of(1), "未知"))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("无此项");
    assertThat(a.withDeduction("6", Points.of("0.5"), "集资").score().total())
        .isEqualTo(Points.of("99.5"));
  }

  @Test
  @DisplayName("SC-7: four villages with distinct totals take 3000, 2000 and 1000 yuan and nothing")
  void prizesByRank() {
    Rubric r = VillageCadres.rubric();
    List<ScoreCard> cards =
        List.of(
            Assessment.of(r, "1村").score(),
            Assessment.of(r, "2村").withDeduction("6", Points.of(1), "集资").score(),
            Assessment.of(r, "3村").withDeduction("6", Points.of(2), "集资").score(),
            Assessment.of(r, "4村").withDeduction("6", Points.of(3), "集资").score());
    assertThat(VillageCadres.yearEnd(cards))
        .extracting(VillageCadres.YearEnd::prizeYuan)
        .containsExactly(3000, 2000, 1000, 0);
  }

  @Test
  @DisplayName("SC-8: Points refuse, at once, values no rubric can need; in-range values stay exact")
  void pointsRange() {
    for (String text : new String[] {"1E999999999", "1e500000", "1e-999999999", "1e20", "1e-20",
        "12345678901234567890", "0.12345678901234567891"}) {
      assertThatThrownBy(() -> Points.of(text))
          .as(text)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("19 digits before and 19 after");
    }
    assertThatThrownBy(() -> Points.of("八十"))
        .isInstanceOf(NumberFormatException.class)
        .hasMessageContaining("\"八十\"");
    assertThatThrownBy(() -> Points.of("1".repeat(101)))
        .isInstanceOf(NumberFormatException.class)
        .hasMessageContaining("101 characters");
    assertThatThrownBy(() -> Points.of(BigDecimal.ONE).times(new BigDecimal("1e-999999999")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("factor");
    assertThat(Points.of("9999999999999999999.9999999999999999999").toString())
        .isEqualTo("9999999999999999999.9999999999999999999");
    assertThat(Points.of("0E-999999999")).isEqualTo(Points.ZERO);
    assertThat(Points.of("1.50000000000000000000000")).isEqualTo(Points.of("1.5"));
    assertThat(Points.of(Long.MAX_VALUE).plus(Points.of(Long.MAX_VALUE)).toString())
        .isEqualTo("18446744073709551614");
    assertThatThrownBy(
            () ->
                WeightedComposite.builder("极端")
                    .component("a", "甲", new BigDecimal("1e-999999999"))
                    .component("b", "乙", BigDecimal.valueOf(100))
                    .grade(GradeBand.of("合格", Points.ZERO, HUNDRED, true))
                    .build())
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("outside the range of points");
    assertThatThrownBy(
            () -> SurveyMapping.of(Map.of("满意", BigDecimal.ONE, "极小", new BigDecimal("1e-999999999"))))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("decimal places");
  }
}
