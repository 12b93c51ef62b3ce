package dev.disclosure.testkit;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;

/**
 * A source of random values of one type, drawn from a {@link RandomGenerator}: the same generator
 * and the same sequence of random numbers give the same value, so a test is reproduced by its
 * seed.
 *
 * <p>Any property-testing framework that hands out a random source wraps a generator in one line,
 * for example with QuickTheories ({@link dev.disclosure.testkit.quicktheories.QuickTheoriesGens}),
 * jqwik ({@code Arbitraries.randomValue(generator::next)}, a {@code java.util.Random} being a
 * {@code RandomGenerator}) or plain JUnit ({@code generator.sample(seed, 1000)}).
 *
 * <p>The generators of this package are immutable and thread-safe; the random generator passed in
 * is not, so give each thread its own.
 *
 * @param <T> the type of the values
 */
@FunctionalInterface
public interface Generator<T> {

  /** How many draws in a row {@link #filter} tries before it gives up. */
  int MAX_FILTERED_DRAWS = 10_000;

  /**
   * The most values {@link #sample} returns at once: 1,000,000. A list is held in memory whole; for
   * more, draw with {@link #next} in a loop.
   */
  int MAX_SAMPLE = 1_000_000;

  /**
   * Draws one value.
   *
   * @param random the source of randomness; only its {@code next…} methods are called
   * @return the value, never null
   */
  T next(RandomGenerator random);

  /**
   * Returns a generator of the values of this one transformed by a function.
   *
   * @param <R> the type of the transformed values
   * @param function the transformation, which must not return null
   * @return the generator
   */
  default <R> Generator<R> map(Function<? super T, ? extends R> function) {
    requireNonNull(function, "function");
    return random -> function.apply(next(random));
  }

  /**
   * Returns a generator of the values of this one that satisfy a condition, drawing again until
   * one does.
   *
   * @param condition the condition
   * @return the generator, whose {@code next} throws {@link IllegalStateException} if 10,000 draws
   *     in a row fail the condition (a condition too rare to be worth filtering for)
   */
  default Generator<T> filter(Predicate<? super T> condition) {
    requireNonNull(condition, "condition");
    return random -> {
      for (int draws = 0; draws < MAX_FILTERED_DRAWS; draws++) {
        T value = next(random);
        if (condition.test(value)) {
          return value;
        }
      }
      throw new IllegalStateException(
          "no value met the condition in " + MAX_FILTERED_DRAWS + " draws; draw what you need directly");
    };
  }

  /**
   * Draws {@code count} values from a {@link SplittableRandom} seeded with {@code seed}: the same
   * seed gives the same values on every JDK.
   *
   * @param seed the seed
   * @param count how many values, 0 to {@link #MAX_SAMPLE}
   * @return the values, in the order drawn
   * @throws IllegalArgumentException if {@code count} is negative or above {@link #MAX_SAMPLE}
   */
  default List<T> sample(long seed, int count) {
    if (count < 0 || count > MAX_SAMPLE) {
      throw new IllegalArgumentException(
          "count must be 0 to "
              + MAX_SAMPLE
              + " (a sample is held in memory whole; draw with next(random) for more); got "
              + count);
    }
    RandomGenerator random = new SplittableRandom(seed);
    List<T> values = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      values.add(next(random));
    }
    return values;
  }
}
