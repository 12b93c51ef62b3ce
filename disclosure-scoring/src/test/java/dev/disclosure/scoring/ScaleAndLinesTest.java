package dev.disclosure.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import dev.disclosure.calendar.CountingWord;
import dev.disclosure.calendar.Language;
import dev.disclosure.calendar.RuleId;
import dev.disclosure.core.InvalidFactsException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Grade scales at the edges of their checks, and the lines a card adds where a section or the
 * total stops, a grade is imposed, a mean is taken or an input is missing.
 */
class ScaleAndLinesTest {

  private static final Points HUNDRED = Points.of(100);

  @Test
  @DisplayName("SC-9: a band starting at the highest total (100以上 of 100) can be earned; 100.5以上 cannot")
  void bandAtTheTop() {
    GradeScale scale = GradeScale.of(HUNDRED,
        List.of(GradeBand.atOrAbove("满分", HUNDRED), GradeBand.atOrAbove("合格", Points.ZERO)),
        GradeScale.Reading.HIGHEST_REACHED, Rounding.NONE);
    assertThat(scale.gradeOf(HUNDRED).grade()).isEqualTo("满分");
    assertThatThrownBy(() -> GradeScale.of(HUNDRED,
            List.of(GradeBand.atOrAbove("满分", Points.of("100.5")), GradeBand.atOrAbove("合格", Points.ZERO)),
            GradeScale.Reading.HIGHEST_REACHED, Rounding.NONE))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("grade 满分 starts at 100.5, above the highest total 100 the rubric can give: no card can earn it");
  }

  @Test
  @DisplayName("CAL-6: rounded to whole points first, 不满84.5 and 85以上 leave no gap; read exactly they leave 84.5 to 85")
  void roundingClosesAGap() {
    List<GradeBand> bands = List.of(GradeBand.between("合格", Points.of(85), HUNDRED),
        new GradeBand("不合格", Optional.of(new GradeBand.Bound(Points.ZERO, CountingWord.AT_OR_ABOVE)),
            Optional.of(new GradeBand.Bound(Points.of("84.5"), CountingWord.LESS_THAN)), List.of()));
    GradeScale rounded = GradeScale.of(HUNDRED, bands, GradeScale.Reading.LITERAL, Rounding.halfUp(0));
    assertThat(rounded.gradeOf(Points.of("84.6")).grade()).isEqualTo("合格");
    assertThat(rounded.gradeOf(Points.of("84.4")).grade()).isEqualTo("不合格");
    assertThatThrownBy(() -> GradeScale.of(HUNDRED, bands, GradeScale.Reading.LITERAL, Rounding.NONE))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("a total of 84.5 lies in no band; read literally every total needs one");
    assertThatThrownBy(() -> GradeScale.of(HUNDRED, List.of(GradeBand.between("合格", Points.of(85), HUNDRED),
            GradeBand.between("不合格", Points.ZERO, Points.of(83))),
            GradeScale.Reading.LITERAL, Rounding.halfUp(0)))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("a total of 84 lies in no band; read literally after rounding (四舍五入保留0位小数) every total"
            + " needs one: close the gap or read HIGHEST_REACHED");
  }

  @Test
  @DisplayName("CAL-6: read from the top, at most five totals below the lowest band are reported")
  void fiveGapsReported() {
    List<GradeBand> bands = List.of(GradeBand.atOrAbove("优", Points.of(90)),
        GradeBand.between("甲", Points.of(91), Points.of(10)),
        GradeBand.between("乙", Points.of(92), Points.of(20)),
        GradeBand.between("丙", Points.of(93), Points.of(30)));
    assertThatThrownBy(() -> GradeScale.of(HUNDRED, bands, GradeScale.Reading.HIGHEST_REACHED, Rounding.NONE))
        .isInstanceOf(InvalidFactsException.class)
        .satisfies(e -> assertThat(((InvalidFactsException) e).problems())
            .filteredOn(p -> p.detail().contains("reaches no band's lower bound"))
            .extracting(InvalidFactsException.Problem::detail)
            .containsExactly(
                "a total of 0 reaches no band's lower bound: the lowest band must start at or below 0",
                "a total of 5 reaches no band's lower bound: the lowest band must start at or below 0",
                "a total of 10 reaches no band's lower bound: the lowest band must start at or below 0",
                "a total of 15 reaches no band's lower bound: the lowest band must start at or below 0",
                "a total of 20 reaches no band's lower bound: the lowest band must start at or below 0"));
  }

  @Test
  @DisplayName("CAL-6: scales are values — the same bands, reading and rounding are equal")
  void scaleValues() {
    List<GradeBand> bands = List.of(GradeBand.atOrAbove("合格", Points.of(60)), GradeBand.atOrBelow("不合格", Points.of(59)));
    new EqualsTester()
        .addEqualityGroup(GradeScale.of(HUNDRED, bands, GradeScale.Reading.HIGHEST_REACHED, Rounding.halfUp(0)),
            GradeScale.of(HUNDRED, List.of(bands.get(1), bands.get(0)), GradeScale.Reading.HIGHEST_REACHED,
                Rounding.halfUp(0)))
        .addEqualityGroup(GradeScale.of(HUNDRED, bands, GradeScale.Reading.LITERAL, Rounding.halfUp(0)))
        .addEqualityGroup(GradeScale.of(HUNDRED, bands, GradeScale.Reading.HIGHEST_REACHED, Rounding.NONE))
        .addEqualityGroup(GradeScale.of(HUNDRED, List.of(GradeBand.atOrAbove("合格", Points.ZERO)),
            GradeScale.Reading.HIGHEST_REACHED, Rounding.halfUp(0)))
        .testEquals();
  }

  private static Rubric county(CapScope silent) {
    return Rubric.builder("某县细则", Points.of(20))
        .rules(RuleId.of("XC-3"), RuleId.of("XC-4"))
        .section("A", "公开内容", Points.of(10))
        .criterion("A1", "目录", Points.of(4))
        .criterion("A2", "办结", Points.of(6))
        .section("B", "公开效果", Points.of(10))
        .criterion("B1", "评议", Points.of(10))
        .capWhereSilent(silent)
        .grade(GradeBand.atOrAbove("合格", Points.of(5)))
        .grade(GradeBand.atOrAbove("不合格", Points.ZERO))
        .gradesRead(GradeScale.Reading.HIGHEST_REACHED, Rounding.NONE)
        .build();
  }

  @Test
  @DisplayName("SC-9: section A stops at zero — its criteria sum to -2, the card says so in section 1's line")
  void sectionStops() {
    ScoreCard card = Assessment.of(county(CapScope.SECTION), "某乡")
        .withDeduction("A1", Points.of(12), "目录缺失").score();
    assertThat(card.exactTotal()).isEqualTo(Points.of(10));
    assertThat(card.explain()).contains("    A1 扣分12分超过该项所得4分，超出部分以该部分分值为限扣减（原文未写明扣完为止的范围，约定以该部分分值为限）\n"
        + "  A2 办结 6分（满分6分）\n  （A）公开内容：各项合计-2分，扣完该部分得分为止，得0分\n（B）");
    assertThat(EnglishText.checked(card.explain(Language.ENGLISH)))
        .contains("\n  section 1 (as recorded): its criteria sum to -2 points; deductions stop at the section, 0 points\n");
    assertThat(card.toString()).isEqualTo("某乡 10分 合格");
    assertThat(card.explain()).startsWith("某县细则：某乡\n（A）公开内容 0分（满分10分）\n  A1 目录 -8分（满分4分）\n");
    assertThat(card.explain(Language.ENGLISH)).startsWith("score card: as recorded; unit assessed: as recorded\n"
        + "section 1 (as recorded): 0 points of 10 points\n");
  }

  @Test
  @DisplayName("SC-9: the total stops at zero — sections summing to -2 give 0, and the card says so")
  void totalStops() {
    ScoreCard card = Assessment.of(county(CapScope.RUBRIC), "某乡")
        .withDeduction("A1", Points.of(12), "目录缺失")
        .withDeduction("B1", Points.of(10), "评议差").score();
    assertThat(card.exactTotal()).isEqualTo(Points.ZERO);
    assertThat(card.explain()).contains("\n各部分合计-2分，总分不低于0分\n总分：0分（满分20分）\n");
    assertThat(card.explain(Language.ENGLISH))
        .contains("\nsections sum to -2 points; the total does not fall below zero\ntotal: 0 points of 20 points\n");
    assertThat(card.grade()).isEqualTo("不合格");
  }

  @Test
  @DisplayName("SC-9: a finding imposing 不合格 lowers 合格; the card names both")
  void imposedGrade() {
    ScoreCard card = Assessment.of(county(CapScope.RUBRIC), "某乡")
        .withOverride(GradeOverride.imposing("不合格", "未按期整改", DemonstrationSite.FRAUD, List.of())).score();
    assertThat(card.grade()).isEqualTo("不合格");
    assertThat(card.isOverridden()).isTrue();
    assertThat(card.explain()).contains("\n等次：不合格（按得分为合格）\n否决事项：未按期整改，等次不高于不合格\n");
    assertThat(card.explain(Language.ENGLISH)).contains(
        "\ngrade: as recorded (the total alone earns as recorded)\noverriding finding: as recorded; grade at most as recorded\n");
  }

  private static Rubric halves() {
    return Rubric.builder("半年考核", Points.of(20))
        .section("一", "工作", Points.of(20))
        .criterion("1", "信息报送", Points.of(10))
        .rule(ScoringRule.deduct("漏报", "漏报每次扣1分", Points.of(1), Per.TIME))
        .criterion("2", "依申请公开办结", Points.of(10))
        .rule(ScoringRule.threshold("办结率", "办结率95%以上得10分，否则得0分", Points.of(95),
            CountingWord.AT_OR_ABOVE, Points.of(10), Points.ZERO))
        .grade(GradeBand.atOrAbove("考核", Points.ZERO))
        .schedule(new Schedule(Cycle.HALF_YEAR, Cycle.HALF_YEAR, Cycle.YEAR, Schedule.Aggregation.MEAN_OF_CHECKS))
        .build();
  }

  @Test
  @DisplayName("SC-9: a mean of two halves missing the rate in both names the input once; with the rate in the "
      + "second half only, the year's line is still incomplete")
  void meanWithMissingInputs() {
    ScoreCard none = Assessment.of(halves(), "某局").scoreYear(2026);
    assertThat(none.missingInputs()).containsExactly("2/办结率");
    assertThat(none.criterion("2").complete()).isFalse();
    ScoreCard half = Assessment.of(halves(), "某局")
        .with(Occurrence.of("2", "办结率", HUNDRED, "办结率100%").on(LocalDate.of(2026, 12, 1)))
        .scoreYear(2026);
    assertThat(half.periods()).extracting(ScoreCard::isComplete).containsExactly(false, true);
    assertThat(half.missingInputs()).containsExactly("2/办结率");
    assertThat(half.criterion("2").complete()).isFalse();
    assertThat(half.criterion("2").score()).isEqualTo(Points.of(5));
    assertThat(half.toString()).isEqualTo("某局 15分 (incomplete)");
  }

  @Test
  @DisplayName("SC-1: a questionnaire for an unknown criterion, for one not scored from questionnaires, or "
      + "with a negative count is refused, naming the criterion")
  void questionnaireRefusals() {
    Assessment a = Assessment.of(DemonstrationSite.rubric(), "某镇");
    assertThatThrownBy(() -> a.withSurvey("9.9", SurveyMapping.satisfaction(), Map.of("满意", 1L)))
        .isInstanceOf(InvalidFactsException.class).hasMessageContaining("criterion 9.9 is unknown");
    assertThatThrownBy(() -> a.withSurvey("1.1", SurveyMapping.satisfaction(), Map.of("满意", 1L)))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("criterion 1.1 is not scored from a questionnaire");
    assertThatThrownBy(() -> a.withSurvey("6.1", SurveyMapping.satisfaction(), Map.of("满意", -1L)))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("criterion 6.1: count -1 for option 满意 is negative");
  }
}
