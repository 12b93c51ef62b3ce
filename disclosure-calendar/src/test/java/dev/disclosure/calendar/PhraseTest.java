package dev.disclosure.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bilingual phrases: the values they take, their places, and what counts as Chinese. */
class PhraseTest {

  @Test
  @DisplayName("CAL-4: every value type a finding uses renders in both languages")
  void everyValueType() {
    Phrase inner = Phrase.of("征求第三方意见", "consulting a third party");
    Phrase phrase =
        Phrase.of(
            "{0}，{1}，{2}，{3}，{4}，{5}，{6}",
            "{0}, {1}, {2}, {3}, {4}, {5}, {6}",
            LocalDate.of(2026, 10, 30),
            Quantity.of(20, PeriodUnit.WORKING_DAYS),
            RuleId.CAL_4,
            7,
            8L,
            inner,
            "需调取档案");
    assertThat(phrase.chinese()).isEqualTo("{0}，{1}，{2}，{3}，{4}，{5}，{6}");
    assertThat(phrase.english()).isEqualTo("{0}, {1}, {2}, {3}, {4}, {5}, {6}");
    assertThat(phrase.values()).hasSize(7);
    assertThat(Language.CHINESE.render(phrase))
        .isEqualTo("2026年10月30日，20个工作日，CAL-4，7，8，征求第三方意见，需调取档案");
    assertThat(Language.ENGLISH.render(phrase))
        .isEqualTo("2026-10-30, 20 working days, CAL-4, 7, 8, consulting a third party, as recorded");
  }

  static Stream<Arguments> unknownValues() {
    return Stream.of(
        Arguments.of(new BigDecimal("1.5"), "java.math.BigDecimal 1.5"),
        Arguments.of(2.5d, "java.lang.Double 2.5"),
        Arguments.of(PeriodUnit.DAYS, "dev.disclosure.calendar.PeriodUnit DAYS"),
        Arguments.of(java.time.MonthDay.of(3, 31), "java.time.MonthDay --03-31"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("unknownValues")
  @DisplayName("CAL-4: a value the renderer does not know is refused, naming its type and the types known")
  void unknownValue(Object value, String shown) {
    assertThatThrownBy(() -> Phrase.of("{0}", "{0}", value))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "a phrase value is a LocalDate, Quantity, RuleId, Integer, Long, Phrase or String; got "
                + shown);
  }

  @Test
  @DisplayName(
      "CAL-4: a template's check is never another's, however many templates are read between:"
          + " thousands of distinct ones evict each other from the table of templates read")
  void templatesReadAmongManyOthers() {
    String valid = "{0}起算";
    String invalid = "{1}起算";
    for (int i = 0; i < 5_000; i++) {
      // a new string each time: read by identity, each takes a slot of the table
      String filler = new StringBuilder("第").append(i).append("条{0}").toString();
      assertThat(Phrase.of(filler, "article {0}", i).chinese()).isEqualTo(filler);
      assertThat(Phrase.of(valid, "from {0}", i).english()).isEqualTo("from {0}");
      assertThatThrownBy(() -> Phrase.of(invalid, "from {0}", 1))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("'{1}起算' has a place at 0");
    }
  }

  @Test
  @DisplayName("CAL-4: each template's places are checked against the values, the English one too")
  void places() {
    assertThatThrownBy(() -> Phrase.of("{0}至{1}", "{0} to {2}", "甲", "乙"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("template '{0} to {2}' has a place at 7 that is not {0}..{1} for its 2 values");
    assertThatThrownBy(() -> Phrase.of("{0}至{2}", "{0} to {1}", "甲", "乙"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("template '{0}至{2}' has a place at 4 that is not {0}..{1} for its 2 values");
    assertThat(Language.ENGLISH.render(Phrase.of("{1}{0}", "{1} then {0}", 1, 2)))
        .isEqualTo("2 then 1");
  }

  @Test
  @DisplayName("CAL-4: a place is read as Integer.parseInt reads it: {+1} and {０} are places, {} and {4294967296} are not")
  void placesAsParseIntReadsThem() {
    assertThat(Language.CHINESE.render(Phrase.of("{0}{+1}", "{0}{1}", "甲", "乙"))).isEqualTo("甲乙");
    assertThat(Language.CHINESE.render(Phrase.of("{０}", "{0}", "甲"))).isEqualTo("甲");
    assertThatThrownBy(() -> Phrase.of("{}", "{0}", "甲"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("template '{}' has a place at 0 that is not {0}..{0} for its 1 values");
    assertThatThrownBy(() -> Phrase.of("{4294967296}", "{0}", "甲"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("template '{4294967296}' has a place at 0 that is not {0}..{0} for its 1 values");
  }

  @Test
  @DisplayName("CAL-4: an English template with Chinese in it is refused: a letter in English must read in English")
  void chineseInEnglish() {
    assertThatThrownBy(() -> Phrase.of("{0}起算", "runs from {0}（not counted）", LocalDate.of(2026, 9, 28)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "the English template 'runs from {0}（not counted）' holds Chinese characters; put them"
                + " in a value");
  }

  static Stream<Arguments> characters() {
    return Stream.of(
        Arguments.of("plain ASCII", "Art. 33, para. 2", false),
        Arguments.of("Latin-1 and dashes", "café – naïve …", false),
        Arguments.of("U+2E7F, below the CJK radicals", "\u2E7F", false),
        Arguments.of("U+2E80, the first CJK radical", "\u2E80", true),
        Arguments.of("U+3001 ideographic comma", "、", true),
        Arguments.of("U+4E00 一", "一", true),
        Arguments.of("U+9FFF, the last unified ideograph", "\u9FFF", true),
        Arguments.of("U+A000, Yi syllables", "\uA000", false),
        Arguments.of("U+F8FF, private use", "\uF8FF", false),
        Arguments.of("U+F900, the first compatibility ideograph", "\uF900", true),
        Arguments.of("U+FAFF, the last compatibility ideograph", "\uFAFF", true),
        Arguments.of("U+FB00, the ff ligature", "\uFB00", false),
        Arguments.of("U+FE2F, combining half marks", "\uFE2F", false),
        Arguments.of("U+FE30, the first CJK compatibility form", "\uFE30", true),
        Arguments.of("U+FE4F, the last CJK compatibility form", "\uFE4F", true),
        Arguments.of("U+FE50, small comma", "\uFE50", false),
        Arguments.of("U+FEFF, byte order mark", "\uFEFF", false),
        Arguments.of("U+FF00, the start of the full-width forms", "\uFF00", true),
        Arguments.of("U+FF0C full-width comma", "，", true),
        Arguments.of("U+FFEF, the end of the half- and full-width forms", "\uFFEF", true),
        Arguments.of("U+FFF0, specials", "\uFFF0", false),
        Arguments.of("U+20000 𠀀, a Han ideograph beyond the BMP", "a𠀀", true),
        Arguments.of("U+1F600, an emoji beyond the BMP", "a\uD83D\uDE00", false),
        Arguments.of("a lone low surrogate", "\uDC00", false),
        Arguments.of("Chinese after English", "Law of 中国", true));
  }

  @ParameterizedTest(name = "{0}: {2}")
  @MethodSource("characters")
  @DisplayName("CAL-4: Chinese is Han characters, CJK punctuation and full-width forms, nothing else")
  void hasChinese(String what, String text, boolean chinese) {
    assertThat(Phrase.hasChinese(text)).as(what).isEqualTo(chinese);
  }
}
