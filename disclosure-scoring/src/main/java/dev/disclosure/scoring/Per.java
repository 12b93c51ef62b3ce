package dev.disclosure.scoring;

import static java.util.Objects.requireNonNull;

import dev.disclosure.calendar.Phrase;

/**
 * What a rule counts (计量单位): each item (每项), each time (每次), each case (每起), each person (每人),
 * each day (每天), each percentage point (每个百分点) — or a unit a rubric names, such as 斤 for a crop
 * delivered. A rule's amount is its rate times the count recorded.
 *
 * @param chinese the Chinese measure word, e.g. {@code 次}
 * @param english the English noun in the plural, e.g. {@code times}
 * @param fractional whether a count may be fractional (percentage points, weights); items, times,
 *     cases, persons and days are whole
 */
public record Per(String chinese, String english, boolean fractional) {

  /** Each item (每项, 每少一项). */
  public static final Per ITEM = new Per("项", "items", false);

  /** Each time (每次). */
  public static final Per TIME = new Per("次", "times", false);

  /** Each case or incident (每起, 发现一起). */
  public static final Per CASE = new Per("起", "cases", false);

  /** Each problem (每个问题). */
  public static final Per PROBLEM = new Per("个问题", "problems", false);

  /** Each person (每人, 发现一人). */
  public static final Per PERSON = new Per("人", "persons", false);

  /** Each day (每天). */
  public static final Per DAY = new Per("天", "days", false);

  /** Each percentage point (每个百分点), fractions allowed. */
  public static final Per PERCENTAGE_POINT = new Per("个百分点", "percentage points", true);

  /**
   * Checks the words.
   *
   * @throws IllegalArgumentException if a word is blank or holds a brace, or the English word holds
   *     Chinese
   * @param chinese the Chinese measure word, e.g. {@code 次}
   * @param english the English noun in the plural, e.g. {@code times}
   * @param fractional whether a count may be fractional (percentage points, weights); items, times,
   *     cases, persons and days are whole
   */
  public Per {
    requireNonNull(chinese, "chinese");
    requireNonNull(english, "english");
    if (chinese.isBlank()
        || english.isBlank()
        || Phrase.hasChinese(english)
        || (chinese + english).contains("{")
        || (chinese + english).contains("}")) {
      throw new IllegalArgumentException(
          "a measure needs a Chinese word and an English word without Chinese, neither with braces; got '"
              + chinese
              + "' / '"
              + english
              + "' (SC-9)");
    }
  }
}
