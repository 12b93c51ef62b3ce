package dev.disclosure.scoring;

import static java.util.Objects.requireNonNull;

import dev.disclosure.calendar.CountingWord;
import dev.disclosure.calendar.Phrase;
import dev.disclosure.calendar.RuleId;
import java.util.List;
import java.util.Optional;

/**
 * A grade band (等次) as the text writes it: a grade, its bounds with their counting words (CAL-6:
 * {@code 85分以上} includes 85, {@code 不满60分} does not) and the consequences (奖惩) the rules attach
 * to it. A bound may be absent: {@code 85分以上} has no upper bound, {@code 69分以下} no lower one. How
 * totals between two bands or in two bands are read is the {@link GradeScale}'s declared {@link
 * GradeScale.Reading}.
 *
 * @param grade the grade, e.g. {@code 合格}
 * @param lower the lower bound, with {@link CountingWord#AT_OR_ABOVE} (以上) or {@link
 *     CountingWord#MORE_THAN} (超过), if any
 * @param upper the upper bound, with {@link CountingWord#AT_OR_BELOW} (以下) or {@link
 *     CountingWord#LESS_THAN} (不满), if any
 * @param consequences the consequences of the grade
 */
public record GradeBand(
    String grade, Optional<Bound> lower, Optional<Bound> upper, List<Consequence> consequences) {

  /**
   * One bound of a band.
   *
   * @param value the number of points
   * @param word the counting word that says whether the number belongs to the band
   */
  public record Bound(Points value, CountingWord word) {
    /**
     * Checks that no component is null.
     *
     * @param value the number of points
     * @param word the counting word that says whether the number belongs to the band
     */
    public Bound {
      requireNonNull(value, "value");
      requireNonNull(word, "word");
    }

    Phrase said() {
      return Phrase.of("{0}" + word.label(), english(), value.said());
    }

    private String english() {
      return switch (word) {
        case AT_OR_ABOVE -> "at least {0}";
        case MORE_THAN -> "more than {0}";
        case AT_OR_BELOW -> "at most {0}";
        default -> "less than {0}";
      };
    }
  }

  /**
   * Checks the counting words' directions and copies the consequences.
   *
   * @throws IllegalArgumentException if the grade is blank, a lower bound's word is not 以上 or 超过,
   *     or an upper bound's word is not 以下 or 不满
   * @param grade the grade, e.g. {@code 合格}
   * @param lower the lower bound, with {@link CountingWord#AT_OR_ABOVE} (以上) or {@link
   *     CountingWord#MORE_THAN} (超过), if any
   * @param upper the upper bound, with {@link CountingWord#AT_OR_BELOW} (以下) or {@link
   *     CountingWord#LESS_THAN} (不满), if any
   * @param consequences the consequences of the grade
   */
  public GradeBand {
    requireNonNull(grade, "grade");
    requireNonNull(lower, "lower");
    requireNonNull(upper, "upper");
    consequences = List.copyOf(consequences);
    if (grade.isBlank()) {
      throw new IllegalArgumentException("a grade band needs a grade name (" + RuleId.CAL_6 + ")");
    }
    lower.ifPresent(
        b -> {
          if (b.word() != CountingWord.AT_OR_ABOVE && b.word() != CountingWord.MORE_THAN) {
            throw new IllegalArgumentException(
                "grade " + grade + ": a lower bound takes 以上 or 超过 (" + RuleId.CAL_6 + "), not "
                    + b.word().label());
          }
        });
    upper.ifPresent(
        b -> {
          if (b.word() != CountingWord.AT_OR_BELOW && b.word() != CountingWord.LESS_THAN) {
            throw new IllegalArgumentException(
                "grade " + grade + ": an upper bound takes 以下 or 不满 (" + RuleId.CAL_6 + "), not "
                    + b.word().label());
          }
        });
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
      String grade, Points lower, Points upper, boolean upperIncluded, Consequence... consequences) {
    return new GradeBand(
        grade,
        Optional.of(new Bound(lower, CountingWord.AT_OR_ABOVE)),
        Optional.of(
            new Bound(upper, upperIncluded ? CountingWord.AT_OR_BELOW : CountingWord.LESS_THAN)),
        List.of(consequences));
  }

  /**
   * Returns a band written "X分以上": X and every total above it.
   *
   * @param grade the grade
   * @param lower the lower bound, included
   * @param consequences the consequences
   * @return the band
   */
  public static GradeBand atOrAbove(String grade, Points lower, Consequence... consequences) {
    return new GradeBand(
        grade,
        Optional.of(new Bound(lower, CountingWord.AT_OR_ABOVE)),
        Optional.empty(),
        List.of(consequences));
  }

  /**
   * Returns a band written "X分以下": X and every total below it.
   *
   * @param grade the grade
   * @param upper the upper bound, included
   * @param consequences the consequences
   * @return the band
   */
  public static GradeBand atOrBelow(String grade, Points upper, Consequence... consequences) {
    return new GradeBand(
        grade,
        Optional.empty(),
        Optional.of(new Bound(upper, CountingWord.AT_OR_BELOW)),
        List.of(consequences));
  }

  /**
   * Returns a band written "X分—Y分" or "X—Y分". <b>[convention]</b> A range written with a dash
   * names both its ends, so both belong to it ({@code 70分—84分} is {@code [70, 84]}); where two such
   * ranges share an end ({@code 80—90分}, {@code 60—80分}), the scale's {@link GradeScale.Reading}
   * decides.
   *
   * @param grade the grade
   * @param lower the lower end, included
   * @param upper the upper end, included
   * @param consequences the consequences
   * @return the band
   */
  public static GradeBand between(
      String grade, Points lower, Points upper, Consequence... consequences) {
    return of(grade, lower, upper, true, consequences);
  }

  /**
   * Returns whether a total falls in the band as written.
   *
   * @param total the total
   * @return true if every bound holds
   */
  public boolean contains(Points total) {
    requireNonNull(total, "total");
    return reaches(total) && (upper.isEmpty() || upper.get().word().test(total, upper.get().value()));
  }

  /**
   * Returns whether a total reaches the band's lower bound (always, without one).
   *
   * @param total the total
   * @return true if the lower bound holds
   */
  public boolean reaches(Points total) {
    requireNonNull(total, "total");
    return lower.isEmpty() || lower.get().word().test(total, lower.get().value());
  }

  /** {@return the band as text, e.g. {@code [85, +∞)} or {@code [70, 84]}} */
  public String range() {
    return lower.map(b -> (b.word().includesNumber() ? "[" : "(") + b.value()).orElse("(-∞")
        + ", "
        + upper.map(b -> b.value() + (b.word().includesNumber() ? "]" : ")")).orElse("+∞)");
  }

  /** The band as the text writes it: 85分以上, 70分以上、84分以下. */
  Phrase said() {
    if (lower.isPresent() && upper.isPresent()) {
      return Phrase.of("{0}、{1}", "{0} and {1}", lower.get().said(), upper.get().said());
    }
    if (lower.isEmpty() && upper.isEmpty()) {
      return Phrase.of("不分分数段", "any total");
    }
    return lower.isPresent() ? lower.get().said() : upper.orElseThrow().said();
  }
}
