package dev.disclosure.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.disclosure.calendar.RuleId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Points at the edges of what is accepted, their signs, and the values a refusal names. */
class PointsEdgesTest {

  @Test
  @DisplayName("SC-8: exactly 100 written digits and exactly 100 characters of text are accepted; one more is refused")
  void writtenLimits() {
    assertThat(Points.of(new BigDecimal("1." + "0".repeat(99)))).isEqualTo(Points.of(1));
    assertThatThrownBy(() -> Points.of(new BigDecimal("1." + "0".repeat(100))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("points (a 101-digit number) are written with 101 digits; at most 100 are accepted (SC-8)");
    assertThat(Points.of("1." + "0".repeat(98))).isEqualTo(Points.of(1));
    assertThatThrownBy(() -> Points.of("1." + "0".repeat(99)))
        .isInstanceOf(NumberFormatException.class)
        .hasMessage("points text of 101 characters (1.000000000000000000…); at most 100 are accepted (SC-8)");
    assertThat(Points.of("0." + "0".repeat(29) + "1").toString()).isEqualTo("0." + "0".repeat(29) + "1");
  }

  @Test
  @DisplayName("SC-8: a refusal names the value as written up to 40 digits, as digits and exponent beyond, "
      + "and by its length beyond 200 bits")
  void namedValues() {
    assertThatThrownBy(() -> Points.of(new BigDecimal("1" + "0".repeat(38) + ".5")))
        .hasMessage("points 1" + "0".repeat(38) + ".5 have 39 integer digits; at most 30 are accepted (SC-8)");
    assertThatThrownBy(() -> Points.of(new BigDecimal("1" + "0".repeat(40))))
        .hasMessage("points 1" + "0".repeat(40) + "E0 have 41 integer digits; at most 30 are accepted (SC-8)");
    assertThatThrownBy(() -> Points.of(new BigDecimal("1E+50")))
        .hasMessage("points 1E50 have 51 integer digits; at most 30 are accepted (SC-8)");
    assertThatThrownBy(() -> Points.of(new BigDecimal("1E-40")))
        .hasMessage("points 0." + "0".repeat(39) + "1 have 40 fraction digits; at most 30 are accepted (SC-8)");
    assertThatThrownBy(() -> Points.of(new BigDecimal("1E-41")))
        .hasMessage("points 1E-41 have 41 fraction digits; at most 30 are accepted (SC-8)");
    // 10^60 takes 200 bits, 10^61 takes 203
    assertThatThrownBy(() -> Points.of(new BigDecimal("1" + "0".repeat(60))))
        .hasMessage("points 1" + "0".repeat(60) + "E0 have 61 integer digits; at most 30 are accepted (SC-8)");
    assertThatThrownBy(() -> Points.of(new BigDecimal("1" + "0".repeat(61))))
        .hasMessage("points (a 62-digit number) have 62 integer digits; at most 30 are accepted (SC-8)");
  }

  @Test
  @DisplayName("SC-8: signs and wholeness of zero, a half, minus three and a sum beyond a long")
  void signs() {
    Points big = Points.of(Long.MAX_VALUE).plus(Points.of(Long.MAX_VALUE));
    Object[][] table = {
        // value, zero, positive, negative, whole, decimal
        {Points.ZERO, true, false, false, true, true},
        {Points.of("0.5"), false, true, false, false, true},
        {Points.of(-3), false, false, true, true, true},
        {Points.fraction(-1, 3), false, false, true, false, false},
        {big, false, true, false, true, true},
        {big.dividedBy(3), false, true, false, false, false},
    };
    for (Object[] row : table) {
      Points p = (Points) row[0];
      assertThat(new boolean[] {p.isZero(), p.isPositive(), p.isNegative(), p.isWhole(), p.isDecimal()})
          .as("%s", p)
          .containsExactly((boolean) row[1], (boolean) row[2], (boolean) row[3], (boolean) row[4], (boolean) row[5]);
    }
  }

  @Test
  @DisplayName("SC-8: a whole number beyond a long is its plain decimal, scale 0: 10^20 is 100000000000000000000")
  void bigWholeDecimal() {
    Points tenToTwenty = Points.of(10_000_000_000L).times(Points.of(10_000_000_000L));
    assertThat(tenToTwenty.toBigDecimal()).isEqualTo(new BigDecimal("100000000000000000000"));
    assertThat(tenToTwenty.toBigDecimal().scale()).isZero();
    assertThat(Points.of(1000).toBigDecimal()).isEqualTo(new BigDecimal("1000"));
    assertThat(tenToTwenty.plus(Points.of("0.5")).toBigDecimal()).isEqualTo(new BigDecimal("100000000000000000000.5"));
  }

  @Test
  @DisplayName("SC-8: rounding takes 0 to 30 places: 2/3 to 0 places half-up is 1, to 30 places ends in 7")
  void roundingPlaces() {
    Points twoThirds = Points.fraction(2, 3);
    assertThat(twoThirds.rounded(0, RoundingMode.HALF_UP)).isEqualTo(Points.of(1));
    assertThat(twoThirds.rounded(30, RoundingMode.HALF_UP).toString()).isEqualTo("0." + "6".repeat(29) + "7");
    assertThatThrownBy(() -> twoThirds.rounded(-1, RoundingMode.HALF_UP))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rounding to -1 places; 0 to 30 are accepted");
    assertThat(Points.of(7).rounded(0, RoundingMode.DOWN)).isEqualTo(Points.of(7));
    // the limits are on what is given, not on what is computed: a total beyond 30 digits rounds
    Points huge = Points.of("100000000000000000000000000000").times(Points.of(100));
    assertThat(huge.plus(Points.fraction(1, 3)).rounded(2, RoundingMode.HALF_UP).toString())
        .isEqualTo("10000000000000000000000000000000.33");
    assertThatThrownBy(() -> twoThirds.rounded(2, RoundingMode.UNNECESSARY))
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  @DisplayName("SC-8, SC-2: a card whose total passes 30 integer digits is scored and rounded as its rubric declares")
  void cardBeyondThirtyDigits() {
    Rubric rubric =
        Rubric.builder("自定细则", Points.of(100))
            .rules(RuleId.of("SC-1"), RuleId.of("SC-2"))
            .capWhereSilent(CapScope.RUBRIC)
            .negativeTotalAllowed()
            .section("1", "工作", Points.of(100))
            .criterion("1", "公开", Points.of(100))
            .rule(
                ScoringRule.deduct(
                    "d", "每次扣分", Points.of("100000000000000000000000000000"), Per.TIME))
            .totalRounding(Rounding.halfUp(2))
            .gradesRead(GradeScale.Reading.HIGHEST_REACHED, Rounding.halfUp(0))
            .grade(GradeBand.atOrAbove("合格", Points.of(60)))
            .grade(GradeBand.atOrBelow("不合格", Points.of(59)))
            .build();
    ScoreCard card = Assessment.of(rubric, "某县").withCount("1", "d", 100, "检查记录").score();
    assertThat(card.total().toString()).isEqualTo("-9999999999999999999999999999900");
    assertThat(card.grade()).isEqualTo("不合格");
  }

  @Test
  @DisplayName("SC-8: the smaller and larger of two values, and of two equal values")
  void minMax() {
    Points a = Points.of("84.5");
    Points b = Points.fraction(169, 2);
    Points c = Points.of(85);
    assertThat(a.min(c)).isEqualTo(a);
    assertThat(c.min(a)).isEqualTo(a);
    assertThat(a.max(c)).isEqualTo(c);
    assertThat(c.max(a)).isEqualTo(c);
    assertThat(a.min(b)).isEqualTo(b);
    assertThat(a.max(b)).isEqualTo(b);
  }

  @Test
  @DisplayName("SC-8: a half and minus a half make zero; a mean of nothing is refused as a mean")
  void zeroSumAndEmptyMean() {
    assertThat(Points.of("0.5").plus(Points.of("-0.5"))).isEqualTo(Points.ZERO);
    assertThat(Points.fraction(1, 6).plus(Points.fraction(-1, 6)).isZero()).isTrue();
    assertThatThrownBy(() -> Points.mean(java.util.List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a mean (平均) needs at least one value (SC-8)");
  }

  @Test
  @DisplayName("SC-8: Long.MIN_VALUE points equal and hash alike however they are made")
  void longMinValue() {
    new com.google.common.testing.EqualsTester()
        .addEqualityGroup(Points.of(Long.MIN_VALUE), Points.fraction(Long.MIN_VALUE, 1),
            Points.of(BigDecimal.valueOf(Long.MIN_VALUE)), Points.of(Long.MAX_VALUE).plus(Points.of(1)).negated())
        .testEquals();
  }
}
