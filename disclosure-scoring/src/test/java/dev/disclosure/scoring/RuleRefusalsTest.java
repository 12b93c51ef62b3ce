package dev.disclosure.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.disclosure.calendar.CountingWord;
import dev.disclosure.core.InvalidFactsException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A rule's numbers as a rubric can write them: caps positive, a threshold's target and awards at
 * least zero, an id and wording never blank; a band's lower bound read with 以上 or 超过 only.
 */
class RuleRefusalsTest {

  private static final Points ONE = Points.of(1);

  private static void refused(Supplier<?> rule, String message) {
    assertThatThrownBy(rule::get).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
  }

  @Test
  @DisplayName("SC-9: a cap of 0 or -1 on a deduction or a bonus is refused, naming the rule and the cap")
  void caps() {
    refused(() -> ScoringRule.deduct("未更新", "每次扣1分", ONE, Per.TIME).upTo(Points.ZERO),
        "rule 未更新: cap 0 must be positive (SC-9)");
    refused(() -> ScoringRule.bonus("创新", "每项加1分", ONE, Per.ITEM).upTo(Points.of(-1)),
        "rule 创新: cap -1 must be positive (SC-9)");
    assertThat(ScoringRule.bonus("创新", "每项加1分", ONE, Per.ITEM).upTo(Points.of("0.5")).cap())
        .contains(Points.of("0.5"));
    assertThat(ScoringRule.deduct("未更新", "每次扣1分", ONE, Per.TIME).upTo(ONE).cap()).contains(ONE);
  }

  @Test
  @DisplayName("SC-9, CAL-6: a threshold may award 0 and aim at 0 %; a negative target or award is refused")
  void thresholds() {
    ScoringRule.Threshold zero = ScoringRule.threshold("办结率", "办结率0%以上得0分", Points.ZERO,
        CountingWord.AT_OR_ABOVE, Points.ZERO, Points.ZERO);
    assertThat(zero.isMet(Points.ZERO)).isTrue();
    refused(() -> ScoringRule.threshold("办结率", "x", Points.of(-1), CountingWord.AT_OR_ABOVE, ONE, ONE),
        "rule 办结率: target -1 must not be negative (SC-9)");
    refused(() -> ScoringRule.threshold("办结率", "x", ONE, CountingWord.AT_OR_ABOVE, Points.of(-1), ONE),
        "rule 办结率: points when met -1 must not be negative (SC-9)");
    refused(() -> ScoringRule.threshold("办结率", "x", ONE, CountingWord.AT_OR_ABOVE, ONE, Points.of(-1)),
        "rule 办结率: points when not met -1 must not be negative (SC-9)");
  }

  @Test
  @DisplayName("SC-9: a rule with a blank id or blank wording is refused")
  void blankText() {
    refused(() -> ScoringRule.judged(" ", "扣分"),
        "a scoring rule needs an id and its wording; got ' ' / '扣分' (SC-9)");
    refused(() -> ScoringRule.judged("扣分", ""),
        "a scoring rule needs an id and its wording; got '扣分' / '' (SC-9)");
  }

  @Test
  @DisplayName("CAL-6: a lower bound takes 以上 or 超过; 以下 and 不满 are refused as lower bounds, 超过 as an upper")
  void boundWords() {
    for (CountingWord word : List.of(CountingWord.AT_OR_ABOVE, CountingWord.MORE_THAN)) {
      assertThat(new GradeBand("合格", Optional.of(new GradeBand.Bound(Points.of(60), word)),
          Optional.empty(), List.of()).lower()).isPresent();
    }
    for (CountingWord word : List.of(CountingWord.AT_OR_BELOW, CountingWord.LESS_THAN)) {
      refused(() -> new GradeBand("合格", Optional.of(new GradeBand.Bound(Points.of(60), word)),
              Optional.empty(), List.of()),
          "grade 合格: a lower bound takes 以上 or 超过 (CAL-6), not " + word.label());
    }
    refused(() -> new GradeBand("合格", Optional.empty(),
            Optional.of(new GradeBand.Bound(Points.of(60), CountingWord.MORE_THAN)), List.of()),
        "grade 合格: an upper bound takes 以下 or 不满 (CAL-6), not 超过");
  }

  private static Rubric.Builder fines(Points maximum) {
    return Rubric.builder("某村考勤细则", Points.of(10))
        .section("A", "工作", Points.of(10))
        .criterion("A1", "工作", Points.of(10))
        .section("B", "考勤", maximum)
        .criterion("B1", "考勤", maximum)
        .outOf(Points.ZERO)
        .rule(ScoringRule.fine("缺席", "缺席一次扣发50元", BigDecimal.valueOf(50), Per.TIME));
  }

  @Test
  @DisplayName("SC-9: a scale of 0 is for a zero-point criterion of money or person rules only: a 5-point one, "
      + "or one with a deduction, is refused")
  void zeroScales() {
    assertThatThrownBy(() -> fines(Points.of(5)).grade(GradeBand.atOrAbove("合格", Points.ZERO)).build())
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("criterion B1 scale 0 must be positive");
    assertThatThrownBy(() -> fines(Points.ZERO).rule(ScoringRule.judged("扣分", "酌情扣分"))
            .grade(GradeBand.atOrAbove("合格", Points.ZERO)).build())
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("criterion B1 scale 0 must be positive");
    assertThat(fines(Points.ZERO).grade(GradeBand.atOrAbove("合格", Points.ZERO)).build().total())
        .isEqualTo(Points.of(10));
  }

  @Test
  @DisplayName("SC-9: a record needs a reason — a blank one is refused")
  void blankReason() {
    assertThatThrownBy(() -> Assessment.of(DemonstrationSite.rubric(), "某镇").withDeduction("1.1", Points.of(1), " "))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("criterion 1.1 rule 扣分: a record needs a reason");
  }
}
