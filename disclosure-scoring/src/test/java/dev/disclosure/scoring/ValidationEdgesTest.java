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

  private static final WeightedComposite ONE =
      WeightedComposite.builder("一")
          .component("平时考核", "平时考核", BigDecimal.valueOf(100))
          .grade(GradeBand.of("合格", Points.ZERO, Points.of(100), true))
          .build();

  private static GradeBand band(String grade, int lower, int upper, boolean upperIncluded) {
    return GradeBand.of(grade, Points.of(lower), Points.of(upper), upperIncluded);
  }

  @Test
  @DisplayName(
      "SC-2/CAL-6: a duplicate grade, an inverted band, a band above the maximum, a gap and an"
          + " overlap are each refused")
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
        .hasMessageContaining("a total of 60 lies in no band");
    assertThatThrownBy(
            () ->
                GradeScale.of(
                    HUNDRED,
                    List.of(
                        GradeBand.atOrAbove("优秀", Points.of(185)),
                        band("合格", 60, 100, true),
                        band("不合格", 0, 60, false))))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining(
            "grade 优秀 starts at 185, above the highest total 100 the rubric can give: no card can"
                + " earn it");
    assertThatThrownBy(
            () -> GradeScale.of(HUNDRED, List.of(band("合格", 60, 100, true), band("不合格", 0, 60, true))))
        .hasMessageContaining("a total of 60 lies in 合格");
    assertThatThrownBy(
            () -> GradeScale.of(HUNDRED, List.of(band("合格", 60, 99, true), band("不合格", 1, 60, false))))
        .hasMessageContaining("a total of 0 lies in no band")
        .hasMessageContaining("a total of 100 lies in no band");
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
      assertThatThrownBy(() -> ONE.score("平时考核", bad, "b"))
          .isInstanceOf(InvalidFactsException.class)
          .hasMessageContaining("is outside [0, 100]");
    }
    Map<ProblemSource, Integer> negative = new EnumMap<>(ProblemSource.class);
    negative.put(ProblemSource.values()[0], -1);
    assertThatThrownBy(() -> CompositeAssessment.assess("甲县", negative, HUNDRED, HUNDRED, HUNDRED))
        .isInstanceOf(InvalidFactsException.class);
    assertThat(ONE.score("平时考核", HUNDRED, "b").quantity()).isEqualTo(HUNDRED);
    assertThat(ONE.score("平时考核", Points.ZERO, "b").quantity()).isEqualTo(Points.ZERO);
  }

  @Test
  @DisplayName("SC-1: a deduction must be positive and name a criterion; a valid one comes off the total")
  void assessments() {
    Assessment a = DemonstrationSiteTest.complete("某镇");
    assertThatThrownBy(() -> a.withDeduction("1.1", Points.ZERO, "无"))
        .isInstanceOf(InvalidFactsException.class);
    assertThatThrownBy(() -> a.withDeduction("1.1", Points.of(-1), "负"))
        .isInstanceOf(InvalidFactsException.class);
    assertThatThrownBy(() -> a.withDeduction("无此项", Points.of(1), "未知"))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("无此项");
    assertThat(a.withDeduction("1.1", Points.of("0.5"), "未及时研究").score().total())
        .isEqualTo(a.score().total().minus(Points.of("0.5")));
  }

  @Test
  @DisplayName("SC-7: four villages with distinct totals take 3000, 2000 and 1000 yuan and nothing")
  void prizesByRank() {
    List<PrizeSchedule.Standing> standings =
        VillageCadres.yearEnd(
            List.of(
                VillageCadresTest.village("1村", 0),
                VillageCadresTest.village("2村", 1),
                VillageCadresTest.village("3村", 2),
                VillageCadresTest.village("4村", 3)));
    assertThat(standings)
        .extracting(s -> s.prize().map(p -> p.yuan().intValueExact()).orElse(0))
        .containsExactly(3000, 2000, 1000, 0);
  }

  @Test
  @DisplayName("SC-8: Points refuse, at once, values no rubric can need; in-range values stay exact")
  void pointsRange() {
    for (String text : new String[] {"1E999999999", "1e500000", "1e30",
        "1234567890123456789012345678901"}) {
      assertThatThrownBy(() -> Points.of(text))
          .as(text)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("integer digits; at most 30");
    }
    for (String text : new String[] {"1e-999999999", "1e-31", "0.1234567890123456789012345678901"}) {
      assertThatThrownBy(() -> Points.of(text))
          .as(text)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("fraction digits; at most 30");
    }
    assertThatThrownBy(() -> Points.of("八十"))
        .isInstanceOf(NumberFormatException.class)
        .hasMessageContaining("'八十'");
    assertThatThrownBy(() -> Points.of("1".repeat(101)))
        .isInstanceOf(NumberFormatException.class)
        .hasMessageContaining("101 characters");
    assertThatThrownBy(() -> Points.of(BigDecimal.ONE).times(new BigDecimal("1e-999999999")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("fraction digits");
    assertThat(Points.of("9".repeat(30) + "." + "9".repeat(30)).toString())
        .isEqualTo("9".repeat(30) + "." + "9".repeat(30));
    assertThat(Points.of("0E-999999999")).isEqualTo(Points.ZERO);
    assertThat(Points.of("1.50000000000000000000000")).isEqualTo(Points.of("1.5"));
    assertThat(Points.of(Long.MAX_VALUE).plus(Points.of(Long.MAX_VALUE)).toString())
        .isEqualTo("18446744073709551614");
    assertThatThrownBy(
            () ->
                WeightedComposite.builder("极端")
                    .component("a", "甲", new BigDecimal("1e-999999999"))
                    .component("b", "乙", BigDecimal.valueOf(100)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("fraction digits");
    assertThatThrownBy(
            () ->
                WeightedComposite.builder("零")
                    .component("a", "甲", new BigDecimal("0E+999999999"))
                    .component("b", "乙", BigDecimal.valueOf(100))
                    .grade(GradeBand.of("合格", Points.ZERO, HUNDRED, true))
                    .build())
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("component a weight 0% must be positive");
    assertThatThrownBy(
            () -> SurveyMapping.of(Map.of("满意", BigDecimal.ONE, "极小", new BigDecimal("1e-999999999"))))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("option 极小 share")
        .hasMessageContaining("fraction digits");
    assertThatThrownBy(() -> SurveyMapping.of(Map.of("满意", new BigDecimal("1e30"))))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("option 满意 share: points 1000000000000000000000000000000 have 31");
    assertThatThrownBy(() -> SurveyMapping.of(Map.of("满意", new BigDecimal("1e29"))))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("is outside [0, 1]");
  }
}
