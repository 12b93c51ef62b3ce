package dev.disclosure.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Totals beyond a long: a card sums them exactly, its lines and its total agreeing. */
class BigTotalsTest {

  private static final Points TEN_TO_19 = Points.of("1E+19");
  private static final Points NINE_E18 = Points.of(9_000_000_000_000_000_000L);

  @Test
  @DisplayName("SC-8, SC-9: sections of 10^19 and 9×10^18 points, half a point off each — the exact "
      + "total 1.9×10^19 − 1, line by line the same")
  void beyondALong() {
    Rubric r = Rubric.builder("大数细则", TEN_TO_19.plus(NINE_E18))
        .section("A", "甲", TEN_TO_19)
        .criterion("A1", "甲", TEN_TO_19)
        .section("B", "乙", NINE_E18)
        .criterion("B1", "乙", NINE_E18)
        .criterion("B2", "丙", Points.ZERO)
        .rule(ScoringRule.deductFromPerson("扣人", "扣当事人1分", Points.of(1), Per.TIME))
        .grade(GradeBand.atOrAbove("合格", Points.ZERO))
        .build();
    Points half = Points.of("0.5");
    for (Assessment a : List.of(
        Assessment.of(r, "某局").withDeduction("A1", half, "甲").withDeduction("B1", half, "乙"),
        Assessment.of(r, "某局").withDeduction("A1", half, "甲").withDeduction("B1", half, "乙")
            .with(Occurrence.count("B2", "扣人", 1, "丙").concerning("张某")))) {
      ScoreCard card = a.score();
      Points expected = Points.of("18999999999999999999");
      assertThat(card.exactTotal()).isEqualTo(expected);
      assertThat(card.criterion("A1").score()).isEqualTo(Points.of("9999999999999999999.5"));
      assertThat(card.sections().get(1).score()).isEqualTo(Points.of("8999999999999999999.5"));
      assertThat(card.sections().get(0).score().plus(card.sections().get(1).score())).isEqualTo(expected);
      assertThat(card.grade()).isEqualTo("合格");
    }
  }
}
