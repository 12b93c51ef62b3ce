package dev.disclosure.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.disclosure.calendar.Language;
import dev.disclosure.calendar.RuleId;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The sentences a score card says for each kind of rule, in both languages. */
class CardSentencesTest {

  private static final Per MU = new Per("亩", "mu", true);

  private static Rubric county() {
    return Rubric.builder("某县产业考核细则", Points.of(30))
        .rules(RuleId.of("XC-1"), RuleId.of("XC-2"))
        .section("A", "产业", Points.of(20))
        .criterion("A1", "种植", Points.of(10))
        .rule(ScoringRule.bonus("新增", "每新增1亩加0.1分", Points.of("0.1"), MU))
        .rule(ScoringRule.deductFromPerson("撂荒", "每撂荒1亩扣当事人0.1分", Points.of("0.1"), MU))
        .rule(ScoringRule.reward("补贴", "每亩奖励到村10元", BigDecimal.TEN, MU))
        .rule(ScoringRule.fine("缺席", "缺席一次扣发50元", BigDecimal.valueOf(50), Per.TIME))
        .rule(ScoringRule.once("漏报", "漏报扣2分（一次性）", Points.of(2)))
        .criterion("A2", "任务", Points.of(10))
        .rule(ScoringRule.earnPerPoint("完成率", "每完成1个百分点得0.1分", Points.of("0.1")))
        .section("B", "评议", Points.of(10))
        .criterion("B1", "评议", Points.of(10))
        .rule(ScoringRule.recordedScore("评议", "各评议组打分的平均值"))
        .grade(GradeBand.atOrAbove("合格", Points.ZERO))
        .build();
  }

  private static Assessment base() {
    return Assessment.of(county(), "甲村")
        .with(Occurrence.of("A2", "完成率", Points.of(90), "上半年完成率").on(LocalDate.of(2026, 6, 30)))
        .with(Occurrence.of("A2", "完成率", Points.of(100), "全年完成率").on(LocalDate.of(2026, 12, 31)))
        .with(Occurrence.of("A2", "完成率", Points.of(80), "一季度完成率").on(LocalDate.of(2026, 3, 31)))
        .with(Occurrence.of("B1", "评议", Points.of("8.1"), "评议一组"))
        .with(Occurrence.of("B1", "评议", Points.of("8.1"), "评议二组"))
        .with(Occurrence.of("B1", "评议", Points.of("8.2"), "评议三组"));
  }

  @Test
  @DisplayName("SC-9: 2.5 亩 added, taken from a person and rewarded; a fine by the time; the latest dated rate; "
      + "recorded scores and their mean")
  void eachKindOfRule() {
    ScoreCard card = base()
        .with(Occurrence.of("A1", "新增", Points.of("2.5"), "新增种植"))
        .with(Occurrence.of("A1", "撂荒", Points.of("2.5"), "撂荒土地").concerning("张某"))
        .with(Occurrence.of("A1", "补贴", Points.of("2.5"), "种植补贴"))
        .withCount("A1", "缺席", 2, "缺席会议")
        .score();
    assertThat(card.exactTotal()).isEqualTo(Points.fraction(1703, 60));
    assertThat(card.explain()).contains("""
          A1 种植 10.25分（满分10分）
            A1 每新增1亩加0.1分：新增种植，2.5亩，每亩加0.1分
            A1 每撂荒1亩扣当事人0.1分：撂荒土地，扣当事人张某 0.25分（不计入单位得分）
            A1 每亩奖励到村10元：2.5亩，每亩10元，奖励25.0元（不计入得分）
            A1 缺席一次扣发50元：2次，每次50元，扣发100元（不计入得分）
          A2 任务 10分（满分10分）
            A2 每完成1个百分点得0.1分：全年完成率，完成率100%，每个百分点得0.1分，得10分
        （B）评议 122/15分（约8.1333分）（满分10分）
          B1 评议 122/15分（约8.1333分）（满分10分）
            B1 各评议组打分的平均值：记录得分8.1、8.1、8.2，平均122/15分（约8.1333分）
        总分：1703/60分（约28.3833分）（满分30分）
        """);
    assertThat(EnglishText.checked(card.explain(Language.ENGLISH))).contains("""
            criterion A1: rule as recorded: as recorded; 2.5 mu at 0.1 points each added
            criterion A1: rule as recorded: as recorded; 0.25 points deducted from the person concerned (as recorded), not from the unit
            criterion A1: rule as recorded: 2.5 mu at 10 yuan each, rewarded 25.0 yuan (not points)
            criterion A1: rule as recorded: 2 times at 50 yuan each, fined 100 yuan (not points)
          criterion A2 (as recorded): 10 points of 10 points
            criterion A2: rule as recorded: as recorded; rate 100% at 0.1 points per percentage point earns 10 points
        section 2 (as recorded): 122/15 points (about 8.1333 points) of 10 points
          criterion B1 (as recorded): 122/15 points (about 8.1333 points) of 10 points
            criterion B1: rule as recorded: scores recorded 8.1, 8.1, 8.2; mean 122/15 points (about 8.1333 points)
        total: 1703/60 points (about 28.3833 points) of 30 points
        """);
  }

  @Test
  @DisplayName("SC-9: a one-off deduction recorded once is deducted once and says nothing more; recorded "
      + "three times it says so")
  void oneOff() {
    ScoreCard once = base().withCount("A1", "漏报", 1, "漏报一次").score();
    ScoreCard thrice = base().withCount("A1", "漏报", 3, "漏报三次").score();
    assertThat(once.criterion("A1").score()).isEqualTo(Points.of(8));
    assertThat(thrice.criterion("A1").score()).isEqualTo(Points.of(8));
    assertThat(once.explain()).contains("  A1 种植 8分（满分10分）\n    A1 漏报扣2分（一次性）：漏报一次，扣2分\n  A2 ");
    assertThat(thrice.explain()).contains("  A1 种植 8分（满分10分）\n    A1 漏报扣2分（一次性）：漏报三次，扣2分\n"
        + "    A1 漏报扣2分（一次性）：记录3次，一次性扣分，只扣2分\n  A2 ");
    assertThat(thrice.explain(Language.ENGLISH))
        .contains("    criterion A1: rule as recorded: recorded 3 times; a one-off deduction, 2 points deducted once\n");
  }

  @Test
  @DisplayName("SC-9: a judged deduction names its evidence")
  void evidence() {
    Rubric r = Rubric.builder("某县细则", Points.of(10))
        .section("一", "公开内容", Points.of(10))
        .criterion("A", "目录", Points.of(10))
        .grade(GradeBand.atOrAbove("合格", Points.ZERO))
        .build();
    ScoreCard card = Assessment.of(r, "某乡")
        .withDeduction("A", Points.of(1), "目录未更新", "截图1", "截图2")
        .withDeduction("A", Points.of("0.5"), "栏目空白").score();
    assertThat(card.explain()).contains("    A 扣1分：目录未更新（佐证：截图1、截图2）\n    A 扣0.5分：栏目空白\n");
    assertThat(card.explain(Language.ENGLISH)).contains(
        "    criterion A: 1 point deducted: as recorded (evidence: as recorded)\n"
            + "    criterion A: 0.5 points deducted: as recorded\n");
  }

  @Test
  @DisplayName("SC-9: a card names no criterion it does not have")
  void unknownCriterion() {
    ScoreCard card = base().score();
    assertThatThrownBy(() -> card.criterion("C9"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no criterion C9 in 某县产业考核细则");
    assertThat(card.rubric().name()).isEqualTo("某县产业考核细则");
  }

  @Test
  @DisplayName("SC-9: a rate of 110 % at 0.1 per point earns 11 on a 10-point criterion — 10 counted, by "
      + "convention; at 100 % exactly nothing more is said")
  void earnedBeyondTheScale() {
    Assessment a = Assessment.of(county(), "甲村").with(Occurrence.of("B1", "评议", Points.of(10), "评议"));
    ScoreCard beyond = a.with(Occurrence.of("A2", "完成率", Points.of(110), "超额完成")).score();
    ScoreCard exactly = a.with(Occurrence.of("A2", "完成率", Points.of(100), "完成")).score();
    assertThat(beyond.criterion("A2").score()).isEqualTo(Points.of(10));
    assertThat(beyond.explain()).contains("    A2 每完成1个百分点得0.1分：超额完成，完成率110%，每个百分点得0.1分，得11分\n"
        + "    A2 得分11分超过该项分值，按10分计（原文未规定超额计分）\n");
    assertThat(beyond.explain(Language.ENGLISH)).contains("    criterion A2: 11 points earned is above the criterion's"
        + " scale; 10 points counted (the text is silent on points beyond it)\n");
    assertThat(exactly.explain()).contains("得10分\n（B）").doesNotContain("超过该项分值");
  }

  @Test
  @DisplayName("SC-1, CAL-6: a rate of 95 % meets 95%以上 and the card says it is met")
  void thresholdMet() {
    ScoreCard card = Assessment.of(DemonstrationSite.rubric(), "某镇")
        .withRate("2.4", DemonstrationSite.COMPLETION_RATE, Rate.of(19, 20, "办结率")).score();
    assertThat(card.explain()).contains("    2.4 依申请公开的事项办结率达到95%以上：办结率：19/20 = 95%，95%达到95%以上，得4分\n");
    assertThat(card.explain(Language.ENGLISH))
        .contains("; 95% meets the target of at least 95 percent (CAL-6), 4 points awarded\n");
  }
}
