package dev.disclosure.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.disclosure.calendar.Finding;
import dev.disclosure.calendar.Language;
import java.util.List;

/**
 * Renders findings for assertions, checking the promise of {@link Language}: an English rendering
 * holds no Chinese character (text from the record reads "(as recorded)").
 */
public final class Renderings {

  private Renderings() {}

  /** Returns the findings in English, one per line, after checking that no Chinese is left. */
  public static String english(List<Finding> findings) {
    return checkedEnglish(Language.ENGLISH.render(findings));
  }

  /** Returns the finding in English after checking that no Chinese is left. */
  public static String english(Finding finding) {
    return checkedEnglish(finding.render(Language.ENGLISH));
  }

  /** Returns the findings in Chinese, one per line. */
  public static String chinese(List<Finding> findings) {
    return Language.CHINESE.render(findings);
  }

  /** Returns the finding in Chinese. */
  public static String chinese(Finding finding) {
    return finding.render(Language.CHINESE);
  }

  /** Checks that a text meant to be English holds no Han character and no CJK punctuation. */
  public static String checkedEnglish(String text) {
    assertThat(text.codePoints().filter(Renderings::isChinese).toArray())
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
