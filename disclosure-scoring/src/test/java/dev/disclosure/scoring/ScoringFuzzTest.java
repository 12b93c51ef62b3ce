package dev.disclosure.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.disclosure.core.InvalidFactsException;
import dev.disclosure.scoring.CompositeAssessment.ProblemSource;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * A seeded fuzz over the scoring engine's public entry points with hostile numbers (huge and tiny
 * exponents, long digit strings, extreme counts): each call answers, exactly where an answer can
 * be checked, or throws {@link InvalidFactsException} or the {@link IllegalArgumentException} its
 * Javadoc names, with a message, promptly.
 */
@Timeout(value = 50, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ScoringFuzzTest {

  private static final long SEED = 20261130L;
  private static final long CALL_NANOS = TimeUnit.SECONDS.toNanos(5);

  private static final List<String> HOSTILE_TEXT =
      List.of("1E999999999", "1e500000", "1e-999999999", "1e2147483647", "-1e-2147483647",
          "1e99999999", "0E-999999999", "0E+999999999", "-0", "84.5", "100", "100.0000001", "-0.5",
          "1.5", "0.3333333333333333333", "9999999999999999999", "99999999999999999999", "NaN",
          "", " ", "１２", "1,5", "1.", ".5", "+3", "7".repeat(100), "7".repeat(101),
          "0." + "0".repeat(98));

  private static Gen<String> texts() {
    Gen<String> decimals =
        longs().between(-100_000, 100_000).zip(integers().between(-30, 30),
            (unscaled, scale) -> BigDecimal.valueOf(unscaled, scale).toString());
    return Generate.pick(HOSTILE_TEXT).mix(decimals, 50);
  }

  private static Gen<Long> counts() {
    return Generate.pick(List.of(Long.MIN_VALUE, -1L, 0L, 1L, 2L, 3L, 7L, 100L, Long.MAX_VALUE))
        .mix(longs().between(0, 1000), 50);
  }

  /** Calls an entry point: its answer, or empty after a documented exception with a message. */
  static <T> Optional<T> call(String what, Callable<T> entry) {
    long start = System.nanoTime();
    try {
      return Optional.of(entry.call());
    } catch (IllegalArgumentException e) { // InvalidFactsException and NumberFormatException too
      assertThat(e.getMessage()).as("%s: message of %s", what, e.getClass()).isNotBlank();
      return Optional.empty();
    } catch (Exception e) {
      throw new AssertionError(what + " threw an undocumented " + e, e);
    } finally {
      long took = System.nanoTime() - start;
      if (took > CALL_NANOS) {
        fail("%s took %d ms", what, TimeUnit.NANOSECONDS.toMillis(took));
      }
    }
  }

  @Test
  @DisplayName("SC-8: Points parse, add, multiply and divide hostile decimals exactly or refuse them at once")
  void points() {
    qt().withFixedSeed(SEED)
        .withExamples(3000)
        .forAll(texts(), texts(), counts())
        .checkAssert(
            (a, b, n) -> {
              Optional<Points> p = call("of(" + a + ")", () -> Points.of(a));
              Optional<Points> q = call("of(" + b + ")", () -> Points.of(b));
              Optional<BigDecimal> exactA = exact(a);
              // answered exactly when in range, refused otherwise
              if (p.isPresent()) {
                assertThat(p.get().toBigDecimal()).isEqualByComparingTo(exactA.orElseThrow());
              }
              if (p.isEmpty() || q.isEmpty()) {
                return;
              }
              Points x = p.get();
              Points y = q.get();
              BigDecimal bx = x.toBigDecimal();
              BigDecimal by = y.toBigDecimal();
              assertThat(call("plus", () -> x.plus(y)).orElseThrow().toBigDecimal())
                  .isEqualByComparingTo(bx.add(by));
              assertThat(call("minus", () -> x.minus(y)).orElseThrow().toBigDecimal())
                  .isEqualByComparingTo(bx.subtract(by));
              assertThat(call("times", () -> x.times(by)).orElseThrow().toBigDecimal())
                  .isEqualByComparingTo(bx.multiply(by));
              assertThat(Integer.signum(x.compareTo(y))).isEqualTo(bx.compareTo(by));
              assertThat(x.equals(y)).isEqualTo(bx.compareTo(by) == 0);
              if (x.equals(y)) {
                assertThat(x.hashCode()).isEqualTo(y.hashCode());
              }
              Optional<Points> quotient = call("dividedBy(" + n + ")", () -> x.dividedBy(n));
              assertThat(quotient.isPresent()).isEqualTo(n != 0);
              call("mean", () -> Points.mean(List.of(x, y)));
              call("toString", x::toString);
            });
  }

  private static Optional<BigDecimal> exact(String text) {
    try {
      return Optional.of(new BigDecimal(text));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  @Test
  @DisplayName("SC-1/SC-2/SC-4/SC-7: bands, assessments, composites and surveys with hostile numbers")
  void engine() {
    Rubric site = DemonstrationSite.rubric();
    Rubric composite = CompositeAssessment.rubric();
    qt().withFixedSeed(SEED)
        .withExamples(600)
        .forAll(texts(), texts(), counts())
        .checkAssert(
            (a, b, n) -> {
              Optional<BigDecimal> da = exact(a);
              Optional<BigDecimal> db = exact(b);
              Optional<Points> p = call("of", () -> Points.of(a));
              p.ifPresent(x -> {
                call("band", () -> GradeScale.of(Points.of(100), List.of(
                    GradeBand.of("合格", x, Points.of(100), true),
                    GradeBand.of("不合格", Points.ZERO, x, false))));
                call("deduction", () -> Assessment.of(site, "某镇").withDeduction("1.1", x, "扣").score());
                call("score", () -> Assessment.of(composite, "甲县")
                    .with(Occurrence.of(CompositeAssessment.SELF, CompositeAssessment.SCORE, x, "自评"))
                    .score());
                Map<ProblemSource, Integer> problems = new EnumMap<>(ProblemSource.class);
                problems.put(ProblemSource.HOT_ISSUE, (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, n)));
                call("assess", () -> CompositeAssessment.assess("甲县", problems, x, x, x).score());
                call("routine", () -> Assessment.of(composite, "甲县")
                    .with(CompositeAssessment.problem(ProblemSource.HOT_ISSUE, n, "甲县"))
                    .score());
              });
              da.ifPresent(weight -> db.ifPresent(share -> {
                BigDecimal rest =
                    weight.signum() >= 0 && weight.compareTo(BigDecimal.valueOf(100)) <= 0
                            && weight.scale() <= 30
                        ? BigDecimal.valueOf(100).subtract(weight)
                        : BigDecimal.valueOf(50);
                call("composite", () -> WeightedComposite.builder("w")
                    .component("a", "甲", weight)
                    .component("b", "乙", rest)
                    .grade(GradeBand.of("合格", Points.ZERO, Points.of(100), true))
                    .build());
                call("survey", () -> SurveyMapping.of(Map.of("满意", BigDecimal.ONE, "其他", share))
                    .tally(Map.of("满意", Math.max(0, n), "其他", 1L)));
              }));
            });
  }
}
