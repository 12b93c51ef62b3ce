package dev.disclosure.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The Civil Code's counting rules: counting words (CAL-6) and impossible periods (CAL-4, CAL-5). */
class CountingRulesTest {

  static Stream<Arguments> countingWords() {
    return Stream.of(
        Arguments.of(CountingWord.AT_OR_ABOVE, "85", "85", true),
        Arguments.of(CountingWord.AT_OR_ABOVE, "84.9", "85", false),
        Arguments.of(CountingWord.AT_OR_BELOW, "69", "69", true),
        Arguments.of(CountingWord.WITHIN, "20", "20", true),
        Arguments.of(CountingWord.WITHIN, "21", "20", false),
        Arguments.of(CountingWord.EXPIRED, "15", "15", true),
        Arguments.of(CountingWord.LESS_THAN, "60", "60", false),
        Arguments.of(CountingWord.LESS_THAN, "59.5", "60", true),
        Arguments.of(CountingWord.MORE_THAN, "6", "6", false),
        Arguments.of(CountingWord.MORE_THAN, "7", "6", true),
        Arguments.of(CountingWord.BEYOND, "95", "95", false));
  }

  @ParameterizedTest(name = "CAL-6: {1} against {2}{0} is {3}")
  @MethodSource("countingWords")
  @DisplayName("CAL-6: 以上、以下、以内、届满 include the number; 不满、超过、以外 do not")
  void countingWords(CountingWord word, String value, String number, boolean expected) {
    assertThat(word.test(new BigDecimal(value), new BigDecimal(number))).isEqualTo(expected);
  }

  @Test
  @DisplayName("CAL-6: \"95%以上\" includes 95 %, with the Civil Code cited")
  void percentages() {
    assertThat(CountingWord.AT_OR_ABOVE.test(new BigDecimal("0.95"), new BigDecimal("0.950"))).isTrue();
    assertThat(CountingWord.AT_OR_ABOVE.label()).isEqualTo("以上");
    assertThat(CountingRules.CIVIL_CODE_ART_1259.provision()).isEqualTo("第一千二百五十九条");
  }

  @Test
  @DisplayName("CAL-4/CAL-5: impossible periods are typed errors naming the value")
  void badPeriods() {
    assertThatThrownBy(() -> LegalPeriod.ofWorkingDays(-2))
        .isInstanceOf(IllegalPeriodException.class)
        .hasMessageContaining("-2")
        .hasMessageContaining("CAL-4");
    assertThatThrownBy(() -> LegalPeriod.ofDays(-1)).hasMessageContaining("CAL-5");
    assertThatThrownBy(() -> SamplePeriods.REPLY_2019.countedBackwards())
        .isInstanceOf(IllegalPeriodException.class);
    assertThatThrownBy(() -> LegalPeriod.ofDays(3).withExtensionUpTo(0, SamplePeriods.REQ_6))
        .isInstanceOfSatisfying(
            IllegalPeriodException.class,
            e -> assertThat(e.rule()).isEqualTo(SamplePeriods.REQ_6))
        .hasMessageContaining("REQ-6");
  }
}
