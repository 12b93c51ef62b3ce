package dev.disclosure.testkit.quicktheories;

import static java.util.Objects.requireNonNull;

import dev.disclosure.testkit.Generator;
import java.util.SplittableRandom;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * Adapts the testkit's generators to QuickTheories ({@code org.quicktheories.core.Gen}).
 *
 * <p>QuickTheories draws one {@code long} per value and the generator runs on a {@link
 * SplittableRandom} seeded with it, so {@code qt().withFixedSeed(…)} reproduces every value.
 * Shrinking a failing example shrinks that {@code long}: QuickTheories then tries other values
 * drawn from smaller seeds, not a structurally smaller history; the failure it reports is still a
 * real counterexample.
 */
public final class QuickTheoriesGens {

  private QuickTheoriesGens() {}

  /**
   * Returns a QuickTheories generator of the generator's values, described by their {@code
   * toString()} in failure reports.
   *
   * @param <T> the type of the values
   * @param generator the generator
   * @return the QuickTheories generator
   */
  public static <T> Gen<T> of(Generator<T> generator) {
    requireNonNull(generator, "generator");
    return SourceDSL.longs()
        .all()
        .map(seed -> generator.next(new SplittableRandom(seed)))
        .describedAs(String::valueOf);
  }
}
