package dev.disclosure.calendar;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a Chinese provision such as 第三十三条第二款 or 第二十一条第（三）项 into English ({@code Art. 33,
 * para. 2}; {@code Art. 21, item (3)}). Package-private: {@link Citation} uses it once, when it is
 * built.
 */
final class Provisions {

  private static final Pattern PART =
      Pattern.compile("第(?:([零〇一二两三四五六七八九十百千]+|[0-9]+)|[（(]([零〇一二三四五六七八九十0-9]+)[）)])(条|款|项|目|篇|章|节|部分)");

  private Provisions() {}

  /** Returns the English provision, or null if the text is not a sequence of numbered parts. */
  static String english(String provision) {
    Matcher matcher = PART.matcher(provision);
    List<String> parts = new ArrayList<>();
    int at = 0;
    while (matcher.find() && matcher.start() == at) {
      at = matcher.end();
      boolean bracketed = matcher.group(2) != null;
      long number = number(bracketed ? matcher.group(2) : matcher.group(1));
      if (number <= 0) {
        // unreadable, or 第0条: no provision is numbered 0 (第〇条 is refused the same way)
        return null;
      }
      String shown = bracketed ? "(" + number + ")" : Long.toString(number);
      switch (matcher.group(3)) {
        case "条" -> parts.add("Art. " + shown);
        case "款" -> parts.add("para. " + shown);
        case "项" -> parts.add("item " + shown);
        case "目" -> parts.add("sub-item " + shown);
        case "章" -> parts.add("Chapter " + shown);
        case "节" -> parts.add("Section " + shown);
        default -> parts.add("Part " + shown);
      }
    }
    return at == provision.length() && !parts.isEmpty() ? String.join(", ", parts) : null;
  }

  /**
   * Reads a number written in digits or in Chinese numerals up to 9999 in their standard form
   * (二百零一, 一千二百五十九, 十三); -1 for anything else, such as 三三 or 十十.
   */
  static long number(String text) {
    if (text.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return text.length() > 9 ? -1 : Long.parseLong(text);
    }
    long total = 0;
    int digit = -1;
    int lastUnit = 10_000;
    boolean zero = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int value = "〇一二三四五六七八九".indexOf(c);
      if (c == '零') {
        value = 0;
      } else if (c == '两') {
        value = 2;
      }
      if (value >= 0) {
        if (digit >= 0 || (value == 0 && (zero || total == 0))) {
          return -1;
        }
        if (value == 0) {
          zero = true;
        } else {
          digit = value;
        }
        continue;
      }
      int unit = c == '十' ? 10 : c == '百' ? 100 : c == '千' ? 1000 : -1;
      // a bare 十 only leads the number (十三); a zero only follows a unit, so total > 0 after one
      if (unit < 0 || unit >= lastUnit || (digit < 0 && !(unit == 10 && total == 0))) {
        return -1;
      }
      total += (digit < 0 ? 1 : digit) * (long) unit;
      lastUnit = unit;
      digit = -1;
    }
    if (digit >= 0) {
      if (zero || lastUnit == 10 || lastUnit == 10_000) {
        return total + digit;
      }
      return -1;
    }
    // the text is not empty: a last digit returned above, so a unit was read and total > 0
    return zero ? -1 : total;
  }
}
