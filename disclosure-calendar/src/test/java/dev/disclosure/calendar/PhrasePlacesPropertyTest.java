package dev.disclosure.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * A phrase's places are read without building a string for each: the templates it accepts are
 * exactly those the naive reading ({@code Integer.parseInt} of every place) accepts.
 */
class PhrasePlacesPropertyTest {

  private static final long SEED = 20261130L;

  /** The naive oracle: every {@code {…}} must parse as an int in [0, count). */
  private static boolean naiveAccepts(String template, int count) {
    for (int i = template.indexOf('{'); i >= 0; i = template.indexOf('{', i + 1)) {
      int close = template.indexOf('}', i);
      int place;
      try {
        place = close < 0 ? -1 : Integer.parseInt(template.substring(i + 1, close));
      } catch (NumberFormatException e) {
        place = -1;
      }
      if (place < 0 || place >= count) {
        return false;
      }
    }
    return true;
  }

  private static boolean accepts(String template, int count) {
    Object[] values = new Object[count];
    java.util.Arrays.fill(values, "值");
    try {
      Phrase.of(template, "x", values);
      return true;
    } catch (IllegalArgumentException refused) {
      return false;
    }
  }

  /** Templates made of the characters that matter to a place: braces, digits, signs, text. */
  private static Gen<String> templates() {
    Gen<Character> pieces = Generate.pick(
        java.util.List.of('{', '}', '0', '1', '2', '9', '+', '-', ' ', 'a', '日', '0', '1', '{', '}'));
    return SourceDSL.lists().of(pieces).ofSizeBetween(0, 14)
        .map(chars -> {
          StringBuilder out = new StringBuilder();
          chars.forEach(out::append);
          return out.toString();
        });
  }

  @Test
  @DisplayName("Phrase: a template is accepted a template exactly when the naive parseInt reading of its places accepts it")
  void placesAsTheNaiveReading() {
    qt().withFixedSeed(SEED)
        .withExamples(20_000)
        .forAll(templates(), SourceDSL.integers().between(0, 12))
        .checkAssert(
            (template, count) ->
                assertThat(accepts(template, count))
                    .as("template '%s' with %s values", template, count)
                    .isEqualTo(naiveAccepts(template, count)));
    // the same template objects again, with other counts: a template read before is judged alike
    qt().withFixedSeed(SEED + 1)
        .withExamples(5_000)
        .forAll(templates(), SourceDSL.integers().between(0, 12), SourceDSL.integers().between(0, 12))
        .checkAssert(
            (template, first, second) -> {
              assertThat(accepts(template, first)).isEqualTo(naiveAccepts(template, first));
              assertThat(accepts(template, second))
                  .as("template '%s' read with %s values, then %s", template, first, second)
                  .isEqualTo(naiveAccepts(template, second));
              assertThat(accepts(template, first)).isEqualTo(naiveAccepts(template, first));
            });
    // the long and signed places the fast reading hands to parseInt
    assertThat(accepts("{0000000001}", 2)).isTrue();
    assertThat(accepts("{+1}", 2)).isTrue();
    assertThat(accepts("{-0}", 1)).isTrue();
    assertThat(accepts("{99999999999}", 2)).isFalse();
  }
}
