package dev.disclosure.core.fee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.disclosure.core.InvalidFactsException;
import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The edges of the amounts a {@link Yuan} takes: below 10^15 yuan, 60 digits, whole fen. */
class YuanRangeTest {

  @Test
  @DisplayName("REQ-8: 999999999999999.99 yuan is the largest amount; 10^15 and 1e999999999 are refused at once")
  void magnitude() {
    assertThat(Yuan.parse("999999999999999.99").amount()).isEqualTo(new BigDecimal("999999999999999.99"));
    for (String text : new String[] {"1000000000000000", "1e15", "1E999999999", "1e2147483647"}) {
      assertThatThrownBy(() -> Yuan.parse(text))
          .as(text)
          .isInstanceOf(InvalidFactsException.class)
          .hasMessageContaining("REQ-8")
          .hasMessageContaining("below 10^15 yuan");
    }
    assertThatThrownBy(() -> Yuan.of(Long.MAX_VALUE)).hasMessageContaining("9223372036854775807");
  }

  @Test
  @DisplayName("REQ-8: 60 digits or characters are read, 61 refused; a zero with any exponent is zero")
  void digits() {
    String sixty = "1." + "0".repeat(58); // 60 characters, 59 digits
    assertThat(Yuan.parse(sixty)).isEqualTo(Yuan.of(1));
    assertThatThrownBy(() -> Yuan.parse(sixty + "0"))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("61 characters");
    BigDecimal sixtyDigits = new BigDecimal("1." + "0".repeat(59));
    assertThat(Yuan.of(sixtyDigits)).isEqualTo(Yuan.of(1));
    assertThatThrownBy(() -> Yuan.of(new BigDecimal("1." + "0".repeat(60))))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("(written with 61 digits)");
    assertThat(Yuan.of(new BigDecimal("0E+999999999"))).isEqualTo(Yuan.ZERO);
    assertThat(Yuan.of(new BigDecimal("0E-999999999"))).isEqualTo(Yuan.ZERO);
    assertThat(Yuan.of(new BigDecimal("1E+14")).amount()).isEqualTo(new BigDecimal("100000000000000.00"));
  }

  @Test
  @DisplayName("REQ-8: messages show short amounts plainly and long ones in scientific notation")
  void messages() {
    assertThatThrownBy(() -> Yuan.of(new BigDecimal("-0.50"))).hasMessageContaining("amount -0.50 is negative");
    assertThatThrownBy(() -> Yuan.of(new BigDecimal("-1E+999999999")))
        .hasMessageContaining("amount -1E+999999999 is negative");
    assertThatThrownBy(() -> Yuan.of(new BigDecimal("0.005"))).hasMessageContaining("amount 0.005 has more");
    assertThatThrownBy(() -> Yuan.of(new BigDecimal("1E-61")))
        .hasMessageContaining("amount 1E-61 has more than two decimal places");
    assertThatThrownBy(() -> Yuan.of(new BigDecimal("1E-60")))
        .hasMessageContaining("amount 0.000000000000000000000000000000000000000000000000000000000001 has more");
    String sixtyDigits = "123456789012345678901234567890123456789012345678901234567890";
    assertThatThrownBy(() -> Yuan.of(new BigDecimal("-" + sixtyDigits)))
        .hasMessageContaining("amount -" + sixtyDigits + " is negative");
    assertThatThrownBy(() -> Yuan.of(new BigDecimal("-" + sixtyDigits + "1")))
        .hasMessageContaining("amount -1.234567890E+60 (written with 61 digits) is negative");
  }

  @Test
  @DisplayName("REQ-7/REQ-8: zero is free, a quantity of zero costs nothing, a negative quantity is refused")
  void zeroAndQuantities() {
    assertThat(Yuan.ZERO.isZero()).isTrue();
    assertThat(Yuan.of(5).isZero()).isFalse();
    assertThat(Yuan.of(5).times(0)).isEqualTo(Yuan.ZERO);
    assertThatThrownBy(() -> Yuan.of(5).times(-1))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("quantity -1 is negative");
  }
}
