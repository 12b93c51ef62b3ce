package dev.disclosure.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("SC-8: exact points")
class PointsTest {

  @Test
  @DisplayName("SC-8: decimals and fractions are exact and compare by value — 0.1 + 0.2 = 0.3, "
      + "84.50 = 84.5 = 169/2, 30 % of 85 = 25.5")
  void exact() {
    assertThat(Points.of("0.1").plus(Points.of("0.2"))).isEqualTo(Points.of("0.3"));
    new EqualsTester()
        .addEqualityGroup(Points.of("84.50"), Points.of("84.5"), Points.of(new BigDecimal("84.500")),
            Points.fraction(169, 2), Points.fraction(-338, -4))
        .addEqualityGroup(Points.of(100), Points.of("1E+2"), Points.of("100.0"))
        .addEqualityGroup(Points.ZERO, Points.of("0.00"), Points.fraction(0, 7))
        .addEqualityGroup(Points.fraction(1, 3), Points.of(1).dividedBy(3))
        .testEquals();
    assertThat(Points.of(85).times(new BigDecimal("0.3"))).isEqualTo(Points.of("25.5"));
    assertThat(Points.of("100").toString()).isEqualTo("100");
    assertThat(Points.of("-0.50").toString()).isEqualTo("-0.5");
  }

  @Test
  @DisplayName("SC-8: nothing is rounded until asked — 2 ÷ 3 is 2/3, the mean of 80.1, 80.1 and "
      + "80.2 is 1202/15, three thirds make one")
  void noIntermediateRounding() {
    Points twoThirds = Points.of(2).dividedBy(3);
    assertThat(twoThirds.toString()).isEqualTo("2/3");
    assertThat(twoThirds.isDecimal()).isFalse();
    assertThatThrownBy(twoThirds::toBigDecimal).isInstanceOf(ArithmeticException.class)
        .hasMessageContaining("2/3");
    assertThat(twoThirds.rounded(2, RoundingMode.HALF_UP)).isEqualTo(Points.of("0.67"));
    assertThat(twoThirds.rounded(2, RoundingMode.DOWN)).isEqualTo(Points.of("0.66"));
    Points mean = Points.mean(List.of(Points.of("80.1"), Points.of("80.1"), Points.of("80.2")));
    assertThat(mean).isEqualTo(Points.fraction(1202, 15));
    Points third = Points.fraction(100, 3);
    assertThat(third.plus(third).plus(third)).isEqualTo(Points.of(100));
    assertThat(Points.of(7).dividedBy(Points.fraction(7, 2))).isEqualTo(Points.of(2));
    assertThat(Points.fraction(1, 3).compareTo(Points.of("0.333333"))).isPositive();
  }

  @Test
  @DisplayName("SC-8: beyond a long every operation stays exact — no overflow")
  void large() {
    Points huge = Points.of(Long.MAX_VALUE);
    assertThat(huge.plus(huge).toString()).isEqualTo("18446744073709551614");
    assertThat(Points.of(Long.MIN_VALUE).minus(Points.of(1)).toString())
        .isEqualTo("-9223372036854775809");
    assertThat(Points.of(Long.MIN_VALUE).negated().toString()).isEqualTo("9223372036854775808");
    assertThat(huge.times(huge).dividedBy(huge)).isEqualTo(huge);
    assertThat(huge.minus(huge)).isEqualTo(Points.ZERO);
    Points tiny = Points.fraction(1, Long.MAX_VALUE);
    assertThat(tiny.times(Points.fraction(1, Long.MAX_VALUE)).compareTo(tiny)).isNegative();
    assertThat(tiny.plus(Points.fraction(1, Long.MAX_VALUE - 1)).isPositive()).isTrue();
    assertThat(huge.plus(huge).minus(huge).hashCode()).isEqualTo(huge.hashCode());
    assertThat(Points.fraction(Long.MIN_VALUE, -1).toString()).isEqualTo("9223372036854775808");
  }

  @Test
  @DisplayName("SC-8: parsing is bounded — a huge exponent, too many digits or a long text is "
      + "refused at once, naming the value and the limit")
  void boundedParsing() {
    assertThat(Points.of("123456789012345678901234567890.123456789012345678901234567890"))
        .as("30 integer and 30 fraction digits are accepted").isNotNull();
    assertThat(Points.of("1" + "0".repeat(29))).isEqualTo(Points.of("1E+29"));
    long start = System.nanoTime();
    assertThatThrownBy(() -> Points.of("1e999999999")).isInstanceOf(NumberFormatException.class)
        .hasMessageContaining("1000000000 integer digits; at most 30");
    assertThatThrownBy(() -> Points.of("1e-999999999")).isInstanceOf(NumberFormatException.class)
        .hasMessageContaining("999999999 fraction digits; at most 30");
    assertThatThrownBy(() -> Points.of(new BigDecimal("1E+30")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("31 integer digits");
    assertThatThrownBy(() -> Points.of(new BigDecimal("1E-31")))
        .hasMessageContaining("31 fraction digits");
    assertThatThrownBy(() -> Points.of("1".repeat(101))).isInstanceOf(NumberFormatException.class)
        .hasMessageContaining("at most 100");
    assertThatThrownBy(() -> Points.of(new BigDecimal("1." + "0".repeat(120))))
        .hasMessageContaining("written with 121 digits");
    assertThatThrownBy(() -> Points.of("八十五")).isInstanceOf(NumberFormatException.class)
        .hasMessageContaining("'八十五' is not a decimal");
    assertThatThrownBy(() -> Points.of(new BigDecimal("2")).times(new BigDecimal("1E+40")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
  }

  @Test
  @DisplayName("SC-8: dividing by zero, a zero denominator, an empty mean or rounding places out "
      + "of range are refused with the value named")
  void refusals() {
    assertThatThrownBy(() -> Points.of(1).dividedBy(0)).hasMessageContaining("divided by zero");
    assertThatThrownBy(() -> Points.of(1).dividedBy(Points.ZERO)).hasMessageContaining("divided by zero");
    assertThatThrownBy(() -> Points.fraction(1, 0)).hasMessageContaining("1/0");
    assertThatThrownBy(() -> Points.mean(List.of())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Points.of(1).rounded(31, RoundingMode.HALF_UP)).hasMessageContaining("31");
    assertThatThrownBy(() -> Rounding.halfUp(-1)).hasMessageContaining("-1");
    assertThatThrownBy(() -> new Rounding(java.util.Optional.of(2), RoundingMode.CEILING))
        .hasMessageContaining("CEILING");
    assertThat(Rounding.NONE.apply(Points.fraction(1, 3))).isEqualTo(Points.fraction(1, 3));
    assertThat(Rounding.halfUp(1).label()).isEqualTo("四舍五入保留1位小数");
  }
}
