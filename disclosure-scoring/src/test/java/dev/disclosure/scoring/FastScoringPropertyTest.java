package dev.disclosure.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The scorer's fast paths against naive oracles: the running sum on longs against {@code
 * BigInteger} fractions, and a card scored without its lines against the same card built line by
 * line.
 */
@DisplayName("SC-8, SC-9: fast scoring paths agree with their naive oracles")
class FastScoringPropertyTest {

  private static final long SEED = 20261130L;

  private static final List<Rubric> RUBRICS = List.of(
      DemonstrationSite.rubric(),
      DemonstrationSite.rubric(CapScope.CRITERION, GradeScale.Reading.HIGHEST_REACHED, Rounding.NONE),
      CompositeAssessment.rubric(),
      VillageCadres.rubric());

  /** A fraction held naively: numerator and positive denominator, never reduced until compared. */
  private record Naive(BigInteger num, BigInteger den) {
    static Naive of(long n, long d) {
      return d < 0
          ? new Naive(BigInteger.valueOf(n).negate(), BigInteger.valueOf(d).negate())
          : new Naive(BigInteger.valueOf(n), BigInteger.valueOf(d));
    }

    Naive plus(Naive o) {
      return new Naive(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den));
    }

    Naive negated() {
      return new Naive(num.negate(), den);
    }

    int compareTo(Naive o) {
      return num.multiply(o.den).compareTo(o.num.multiply(den));
    }

    /** Equal by value, as text: the reduced fraction. */
    String reduced() {
      BigInteger g = num.gcd(den);
      return g.signum() == 0 ? "0/1" : num.divide(g) + "/" + den.divide(g);
    }
  }

  private static String reduced(Points p) {
    String s = p.toString();
    if (!s.contains("/")) {
      Naive n = new Naive(p.toBigDecimal().unscaledValue(),
          BigInteger.TEN.pow(Math.max(0, p.toBigDecimal().scale())));
      return n.reduced();
    }
    return s;
  }

  /** A long near zero, near a denominator's size or near the ends of the long range. */
  private static long draw(Random random, boolean positive) {
    long v = switch (random.nextInt(5)) {
      case 0 -> random.nextInt(21) - 10;
      case 1 -> random.nextInt(2001) - 1000;
      case 2 -> random.nextLong() >> random.nextInt(40);
      case 3 -> Long.MAX_VALUE - random.nextInt(5);
      default -> Long.MIN_VALUE + random.nextInt(5);
    };
    if (positive) {
      v = v == Long.MIN_VALUE ? Long.MAX_VALUE : Math.abs(v);
      return v == 0 ? 1 : v;
    }
    return v;
  }

  @Test
  @DisplayName("SC-8: Points' long fast paths (binary gcd included) and the scorer's running sum "
      + "give the BigInteger fraction's exact value, overflow or not")
  void longFastPathsAgreeWithBigIntegerFractions() {
    qt().withFixedSeed(SEED)
        .withExamples(1000)
        .forAll(longs().all(), integers().between(1, 12))
        .checkAssert((seed, steps) -> {
          Random random = new Random(seed);
          Points points = Points.ZERO;
          Naive naive = Naive.of(0, 1);
          for (int i = 0; i < steps; i++) {
            long n = draw(random, false);
            long d = draw(random, true);
            long m = draw(random, true);
            assertThat(BigInteger.valueOf(Points.gcd(m, d)))
                .isEqualTo(BigInteger.valueOf(m).gcd(BigInteger.valueOf(d)));
            Points p = Points.fraction(n, d);
            Naive q = Naive.of(n, d);
            assertThat(reduced(Points.reduced(n, d))).isEqualTo(q.reduced());
            assertThat(Integer.signum(points.compareTo(p))).isEqualTo(naive.compareTo(q));
            assertThat(reduced(points.times(p)))
                .isEqualTo(new Naive(naive.num.multiply(q.num), naive.den.multiply(q.den)).reduced());
            if (random.nextBoolean()) {
              points = points.plus(p);
              naive = naive.plus(q);
            } else {
              points = points.minus(p);
              naive = naive.plus(q.negated());
            }
            assertThat(points.signum()).isEqualTo(naive.num.signum());
          }
          assertThat(reduced(points)).isEqualTo(naive.reduced());
          assertThat(reduced(points.plus(points))).isEqualTo(naive.plus(naive).reduced());
        });
  }

  /** An assessment of a rubric with random records of every kind its rules read. */
  private static Assessment assessment(Rubric rubric, Random random) {
    Assessment a = Assessment.of(rubric, "某单位");
    List<Criterion> criteria = List.copyOf(rubric.criteria().values());
    int records = random.nextInt(31);
    for (int i = 0; i < records; i++) {
      Criterion c = criteria.get(random.nextInt(criteria.size()));
      ScoringRule rule = c.rules().get(random.nextInt(c.rules().size()));
      Points q = switch (rule.input()) {
        case POINTS -> Points.of(1 + random.nextInt(3000)).dividedBy(100);
        case COUNT -> per(rule).fractional()
            ? Points.of(1 + random.nextInt(3000)).dividedBy(100)
            : Points.of(1 + random.nextInt(6));
        case PERCENT -> Points.of(random.nextInt(10001)).dividedBy(100);
        case SCORE -> c.outOf().times(random.nextInt(101)).dividedBy(100);
        case SURVEY -> null;
      };
      if (q == null) {
        continue;
      }
      Occurrence o = Occurrence.of(c.id(), rule.id(), q, "检查发现")
          .on(LocalDate.of(2025, 1, 1).plusDays(i));
      if (rule.role() == ScoringRule.Role.PERSON) {
        o = o.concerning(random.nextBoolean() ? "张三" : "李四");
      }
      a = a.with(o);
    }
    for (Criterion c : criteria) {
      if (c.rules().stream().anyMatch(r -> r instanceof ScoringRule.Survey) && random.nextInt(4) > 0) {
        a = a.withSurvey(c.id(), SurveyMapping.satisfaction(), Map.of(
            "满意", (long) random.nextInt(200), "基本满意", 1L + random.nextInt(60),
            "不满意", (long) random.nextInt(20)));
      }
    }
    return a;
  }

  private static Per per(ScoringRule rule) {
    return rule instanceof ScoringRule.PerOccurrence p ? p.per()
        : rule instanceof ScoringRule.Bonus b ? b.per()
        : rule instanceof ScoringRule.PersonDeduction d ? d.per()
        : rule instanceof ScoringRule.Money m ? m.per()
        : Per.TIME;
  }

  @Test
  @DisplayName("SC-9: a card scored without its lines has the total, inputs missing, grade and "
      + "ledgers of the card built line by line, and builds the same lines when asked")
  void cardWithoutLinesAgreesWithLineByLineCard() {
    qt().withFixedSeed(SEED)
        .withExamples(500)
        .forAll(integers().between(0, RUBRICS.size() - 1), longs().all())
        .checkAssert((r, seed) -> {
          Rubric rubric = RUBRICS.get(r);
          Assessment a = assessment(rubric, new Random(seed));
          Scorer.Lines eager = Scorer.lines(a);
          ScoreCard card = a.score();
          assertThat(card.exactTotal()).isEqualTo(eager.exactTotal());
          assertThat(card.missingInputs()).isEqualTo(eager.missing());
          assertThat(card.persons()).isEqualTo(eager.persons());
          assertThat(card.money()).isEqualTo(eager.money());
          Points sum = Points.ZERO;
          for (ScoreCard.SectionScore s : eager.sections()) {
            sum = sum.plus(s.score());
          }
          Points floor = !rubric.negativeTotalAllowed() && sum.isNegative() ? Points.ZERO : sum;
          assertThat(card.exactTotal()).isEqualTo(floor);
          if (card.isComplete()) {
            assertThat(card.gradeByScore()).contains(rubric.scale().gradeOf(eager.exactTotal()));
          }
          assertThat(card.sections()).isEqualTo(eager.sections());
          assertThat(card).isEqualTo(a.score());
        });
  }
}
