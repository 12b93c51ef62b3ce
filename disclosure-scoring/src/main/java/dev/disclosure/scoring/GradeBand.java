package dev.disclosure.scoring;

import static java.util.Objects.requireNonNull;

import dev.disclosure.calendar.CountingWord;
import dev.disclosure.calendar.RuleId;
import java.util.List;

/**
 * A grade band (等次): a grade, the range of totals that earn it and the consequences (奖惩) the rules
 * attach to it. Bounds are read with the counting words of CAL-6: {@code 85分以上} includes 85,
 * {@code 不满85分} does not.
 *
 * @param grade the grade, e.g. {@code 合格}
 * @param lower the lower bound
 * @param lowerWord {@link CountingWord#AT_OR_ABOVE} (以上, inclusive) or {@link
 *     CountingWord#MORE_THAN} (超过, exclusive)
 * @param upper the upper bound
 * @param upperWord {@link CountingWord#AT_OR_BELOW} (以下, inclusive) or {@link
 *     CountingWord#LESS_THAN} (不满, exclusive)
 * @param consequences the consequences of the grade, in Chinese
 */
public record GradeBand(
    String grade,
    Points lower,
    CountingWord lowerWord,
    Points upper,
    CountingWord upperWord,
    List<String> consequences) {

  /**
   * Checks the counting words' directions and copies the consequences.
   *
   * @param grade the grade, e.g. {@code 合格}
   * @param lower the lower bound
   * @param lowerWord {@link CountingWord#AT_OR_ABOVE} (以上, inclusive) or {@link
   *     CountingWord#MORE_THAN} (超过, exclusive)
   * @param upper the upper bound
   * @param upperWord {@link CountingWord#AT_OR_BELOW} (以下, inclusive) or {@link
   *     CountingWord#LESS_THAN} (不满, exclusive)
   * @param consequences the consequences of the grade, in Chinese
   */
  public GradeBand {
    requireNonNull(grade, "grade");
    requireNonNull(lower, "lower");
    requireNonNull(lowerWord, "lowerWord");
    requireNonNull(upper, "upper");
    requireNonNull(upperWord, "upperWord");
    requireNonNull(consequences, "consequences");
    if (lowerWord != CountingWord.AT_OR_ABOVE && lowerWord != CountingWord.MORE_THAN) {
      throw new IllegalArgumentException(
          "grade "
              + grade
              + ": a lower bound takes 以上 or 超过 ("
              + RuleId.CAL_6
              + "), not "
              + lowerWord.label());
    }
    if (upperWord != CountingWord.AT_OR_BELOW && upperWord != CountingWord.LESS_THAN) {
      throw new IllegalArgumentException(
          "grade "
              + grade
              + ": an upper bound takes 以下 or 不满 ("
              + RuleId.CAL_6
              + "), not "
              + upperWord.label());
    }
    consequences = List.copyOf(consequences);
  }

  /**
   * Returns a band {@code [lower, upper]} or {@code [lower, upper)}.
   *
   * @param grade the grade
   * @param lower the inclusive lower bound (以上)
   * @param upper the upper bound
   * @param upperIncluded whether the upper bound is included (以下) or not (不满)
   * @param consequences the consequences
   * @return the band
   */
  public static GradeBand of(
      String grade, Points lower, Points upper, boolean upperIncluded, String... consequences) {
    return new GradeBand(
        grade,
        lower,
        CountingWord.AT_OR_ABOVE,
        upper,
        upperIncluded ? CountingWord.AT_OR_BELOW : CountingWord.LESS_THAN,
        List.of(consequences));
  }

  /**
   * Returns whether a total falls in the band.
   *
   * @param total the total
   * @return true if both bounds hold
   */
  public boolean contains(Points total) {
    requireNonNull(total, "total");
    return lowerWord.test(total, lower) && upperWord.test(total, upper);
  }

  /** {@return the band as text, for example {@code 合格 [85, 100]}} */
  public String range() {
    return (lowerWord.includesNumber() ? "[" : "(")
        + lower
        + ", "
        + upper
        + (upperWord.includesNumber() ? "]" : ")");
  }
}
