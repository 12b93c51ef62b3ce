package dev.disclosure.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.disclosure.calendar.RuleId;
import dev.disclosure.core.InvalidFactsException;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What a record must be for each kind of rule: a count by a fractional unit (亩, 斤) may be a
 * fraction whatever the rule's role, money needs a decimal count, a rate is never negative.
 */
class RecordChecksTest {

  private static final Per MU = new Per("亩", "mu", true);

  private static Rubric rubric() {
    return Rubric.builder("某县产业考核细则", Points.of(20))
        .rules(RuleId.of("XC-1"), RuleId.of("XC-2"))
        .section("A", "产业", Points.of(20))
        .criterion("A1", "种植", Points.of(10))
        .rule(ScoringRule.bonus("新增", "每新增1亩加0.1分", Points.of("0.1"), MU))
        .rule(ScoringRule.deductFromPerson("撂荒", "每撂荒1亩扣当事人0.1分", Points.of("0.1"), MU))
        .rule(ScoringRule.reward("补贴", "每亩奖励到村10元", BigDecimal.TEN, MU))
        .criterion("A2", "任务", Points.of(10))
        .rule(ScoringRule.earnPerPoint("完成率", "每完成1个百分点得0.1分", Points.of("0.1")))
        .grade(GradeBand.atOrAbove("合格", Points.ZERO))
        .build();
  }

  private static Occurrence record(String criterion, String rule, Points quantity) {
    return Occurrence.of(criterion, rule, quantity, "核查记录").on(LocalDate.of(2026, 6, 30));
  }

  @Test
  @DisplayName("SC-9: a bonus, a deduction from a person and money by the 亩 take 2.5 亩; money refuses 1/3 亩")
  void fractionalUnits() {
    Points half = Points.of("2.5");
    ScoreCard card = Assessment.of(rubric(), "甲村")
        .with(record("A1", "新增", half))
        .with(record("A1", "撂荒", half).concerning("张某"))
        .with(record("A1", "补贴", half))
        .with(record("A2", "完成率", Points.of(100)))
        .score();
    assertThat(card.criterion("A1").bonus()).isEqualTo(Points.of("0.25"));
    assertThatThrownBy(() -> Assessment.of(rubric(), "甲村").with(record("A1", "补贴", Points.fraction(1, 3))))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("for money must be a decimal");
    assertThatThrownBy(() -> Assessment.of(rubric(), "甲村").with(record("A1", "撂荒", half)))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("names the person");
  }

  @Test
  @DisplayName("SC-9: a rate of -1 % is refused; 0 % is a rate")
  void negativeRate() {
    assertThatThrownBy(() -> Assessment.of(rubric(), "甲村").with(record("A2", "完成率", Points.of(-1))))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("a rate of -1% must not be negative");
    assertThat(Assessment.of(rubric(), "甲村").with(record("A2", "完成率", Points.ZERO))
            .score().criterion("A2").score())
        .isEqualTo(Points.ZERO);
  }
}
