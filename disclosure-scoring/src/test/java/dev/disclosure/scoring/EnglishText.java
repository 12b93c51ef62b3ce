package dev.disclosure.scoring;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks the promise of {@code Language.ENGLISH}: an English rendering holds no Chinese. */
final class EnglishText {

  private EnglishText() {}

  /** Returns the text after checking that it holds no Han character and no CJK punctuation. */
  static String checked(String text) {
    assertThat(text.codePoints().filter(EnglishText::isChinese).toArray())
        .as("Chinese characters in the English rendering %s", text)
        .isEmpty();
    return text;
  }

  private static boolean isChinese(int codePoint) {
    return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN
        || (codePoint >= 0x3000 && codePoint <= 0x303F)
        || (codePoint >= 0xFF00 && codePoint <= 0xFFEF);
  }
}
