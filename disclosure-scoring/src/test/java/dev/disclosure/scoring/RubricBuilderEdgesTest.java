package dev.disclosure.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.disclosure.calendar.RuleId;
import dev.disclosure.core.InvalidFactsException;
import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Where a caller's rubric is accepted or refused: sections and criteria of zero points (only for
 * money or person rules), a zero scale, two questionnaires, and the totals a bonus or a negative
 * total lets the grade scale reach.
 */
class RubricBuilderEdgesTest {

  private static Rubric.Builder ten() {
    return Rubric.builder("试行细则", Points.of(10))
        .rules(RuleId.of("XC-1"), RuleId.of("XC-2"))
        .section("A", "工作", Points.of(10))
        .criterion("A1", "日常", Points.of(10))
        .rule(ScoringRule.deduct("迟报", "每迟报一次扣1分", Points.of(1), Per.TIME));
  }

  private static Rubric.Builder literalZeroToTen(Rubric.Builder b) {
    return b.grade(GradeBand.of("合格", Points.ZERO, Points.of(10), true))
        .gradesRead(GradeScale.Reading.LITERAL, Rounding.NONE);
  }

  @Test
  @DisplayName("SC-9: a section and a criterion of zero points hold person or money rules only")
  void zeroPointSections() {
    Rubric persons = ten()
        .section("B", "问责", Points.ZERO)
        .criterion("B1", "当事人", Points.ZERO)
        .rule(ScoringRule.deductFromPerson("违纪", "扣当事人1分", Points.of(1), Per.TIME))
        .grade(GradeBand.atOrAbove("合格", Points.ZERO))
        .build();
    assertThat(persons.sections()).hasSize(2);
    assertThatThrownBy(() -> ten()
            .section("B", "加扣", Points.ZERO)
            .criterion("B1", "加扣", Points.ZERO)
            .rule(ScoringRule.deduct("违规", "每次扣1分", Points.of(1), Per.TIME))
            .grade(GradeBand.atOrAbove("合格", Points.ZERO))
            .build())
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("section B maximum 0 must be positive (zero only for a section of money or person rules)")
        .hasMessageContaining("criterion B1 maximum 0 must be positive (zero only for money or person rules)");
    assertThatThrownBy(() -> ten()
            .section("B", "混合", Points.ZERO)
            .criterion("B1", "钱", Points.ZERO)
            .rule(ScoringRule.fine("缺席", "缺席一次扣50元", BigDecimal.valueOf(50), Per.TIME))
            .criterion("B2", "分", Points.ZERO)
            .rule(ScoringRule.deduct("违规", "每次扣1分", Points.of(1), Per.TIME))
            .grade(GradeBand.atOrAbove("合格", Points.ZERO))
            .build())
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("section B maximum 0 must be positive");
  }

  @Test
  @DisplayName("SC-9: a criterion scored on a scale of 0 is refused unless it is a zero-point person or money criterion")
  void zeroScale() {
    assertThatThrownBy(() -> ten().outOf(Points.ZERO)
            .grade(GradeBand.atOrAbove("合格", Points.ZERO)).build())
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("criterion A1 scale 0 must be positive");
    Rubric ok = ten()
        .section("B", "考勤", Points.ZERO)
        .criterion("B1", "考勤", Points.ZERO)
        .outOf(Points.ZERO)
        .rule(ScoringRule.fine("缺席", "缺席一次扣50元", BigDecimal.valueOf(50), Per.TIME))
        .grade(GradeBand.atOrAbove("合格", Points.ZERO))
        .build();
    assertThat(ok.sections()).hasSize(2);
  }

  @Test
  @DisplayName("SC-9: one questionnaire per criterion; a second is refused")
  void twoSurveys() {
    assertThatThrownBy(() -> ten()
            .rule(ScoringRule.survey("问卷一", "满意度"))
            .rule(ScoringRule.survey("问卷二", "满意度"))
            .grade(GradeBand.atOrAbove("合格", Points.ZERO))
            .build())
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("criterion A1 has 2 questionnaires; one is read");
  }

  @Test
  @DisplayName("SC-9, CAL-6: a capped bonus lets the total reach 12 of 10, an uncapped one any total, a "
      + "negative total below 0: a literal band [0, 10] then leaves totals without a grade")
  void reachableTotals() {
    assertThat(literalZeroToTen(ten()).build().scale().bands()).hasSize(1);
    assertThatThrownBy(() -> literalZeroToTen(
            ten().rule(ScoringRule.bonus("创新", "每项加1分，最多加2分", Points.of(1), Per.ITEM)
                .upTo(Points.of(2))))
            .build())
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("a total of 12 lies in no band")
        .hasMessageNotContaining("a total of 13");
    assertThatThrownBy(() -> literalZeroToTen(
            ten().rule(ScoringRule.bonus("创新", "每项加1分", Points.of(1), Per.ITEM)))
            .build())
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("a total of 11 lies in no band");
    Rubric open = ten()
        .rule(ScoringRule.bonus("创新", "每项加1分", Points.of(1), Per.ITEM))
        .grade(GradeBand.atOrAbove("合格", Points.ZERO))
        .build();
    assertThat(open.scale().bands()).hasSize(1);
    assertThatThrownBy(() -> literalZeroToTen(ten().negativeTotalAllowed()).build())
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("a total of -1 lies in no band");
  }
}
