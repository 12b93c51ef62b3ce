package dev.disclosure.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Published cells read as printed, at the edges of each reading (RPT-3). */
class CellTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(longs = {-1, 0, 1, 254, 255, 256, 257, Long.MAX_VALUE, Long.MIN_VALUE})
  @DisplayName("RPT-3: a whole number is a number cell whatever its size, printed as written")
  void wholeNumbers(long n) {
    Cell cell = Cell.of(n);
    assertThat(cell.kind()).isEqualTo(Cell.Kind.NUMBER);
    assertThat(cell.isNumber()).isTrue();
    assertThat(cell.number()).contains(BigDecimal.valueOf(n));
    assertThat(cell.text()).isEqualTo(Long.toString(n));
    assertThat(Cell.parse(Long.toString(n))).isEqualTo(cell);
  }

  @ParameterizedTest(name = "\"{0}\" → {1} {2}")
  @CsvSource(
      delimiter = ';',
      value = {
        "０;NUMBER;0",
        "９;NUMBER;9",
        "１２３;NUMBER;123",
        "１．５;NUMBER;1.5",
        "１，２３４;NUMBER;1234",
        "1,234,567;NUMBER;1234567",
        "007;NUMBER;7",
        "+5;NUMBER;5",
        "-3;NUMBER;-3",
        "12.50;NUMBER;12.50",
        "1,23;TEXT;",
        "/ ;PLACEHOLDER;",
        "无;PLACEHOLDER;",
        "约10;TEXT;",
      })
  @DisplayName(
      "RPT-3: full-width digits, points and commas, thousands separators, signs and scale are read;"
          + " anything else is text or a placeholder, never guessed")
  void parsed(String printed, Cell.Kind kind, String number) {
    Cell cell = Cell.parse(printed);
    assertThat(cell.kind()).isEqualTo(kind);
    assertThat(cell.isNumber()).isEqualTo(kind == Cell.Kind.NUMBER);
    if (number == null) {
      assertThat(cell.number()).isEmpty();
    } else {
      assertThat(cell.number()).contains(new BigDecimal(number));
    }
    assertThat(cell.text()).isEqualTo(printed.strip());
  }

  @Test
  @DisplayName(
      "RPT-3: surrounding ASCII, full-width (U+3000) and no-break (U+00A0) spaces are ignored; a"
          + " cell of spaces alone is blank")
  void spaces() {
    assertThat(Cell.parse("\u3000 12\u00A0\t").number()).contains(BigDecimal.valueOf(12));
    assertThat(Cell.parse("\u3000 12\u00A0\t").text()).isEqualTo("12");
    assertThat(Cell.parse("\u3000\u00A0 ").kind()).isEqualTo(Cell.Kind.BLANK);
    assertThat(Cell.parse("\u3000\u00A0 ").isNumber()).isFalse();
    assertThat(Cell.parse("1\u30002").kind()).isEqualTo(Cell.Kind.TEXT);
  }

  @Test
  @DisplayName("RPT-3: a number of at most 40 characters is read; a longer one is text")
  void longNumbers() {
    String forty = "1" + "0".repeat(39);
    assertThat(Cell.parse(forty).number()).contains(new BigDecimal(forty));
    assertThat(Cell.parse(forty + "0").kind()).isEqualTo(Cell.Kind.TEXT);
    assertThat(Cell.parse("１" + "０".repeat(39)).number()).contains(new BigDecimal(forty));
  }
}
