package dev.disclosure.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.disclosure.calendar.CountingWord;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The scorer's fast paths against naive oracles: {@code Points}' long arithmetic against {@code
 * BigInteger} fractions, a card scored on longs from the flat view made when recorded against the
 * same card built line by line (views that do not fit longs, and sums that overflow, included), and
 * the grade read on longs against the grade read from the exact total.
 */
@DisplayName("SC-8, SC-9: fast scoring paths agree with their naive oracles")
class FastScoringPropertyTest {

  private static final long SEED = 20261130L;

  /**
   * A rubric with what the built-ins lack: weights in sevenths and thirds, rules with their own
   * caps, a bonus, a recorded score and rates on weighted criteria, maxima in halves, caps at both
   * scopes and a total that may go below zero. Built anew for each test, as the rubrics below, so
   * that what a rubric computes once when built is computed while the test runs.
   */
  private static Rubric weighted() {
    return Rubric.builder("加权细则", Points.of(10))
        .capWhereSilent(CapScope.CRITERION)
        .negativeTotalAllowed()
        .section("一", "日常", Points.of(6))
        .criterion("1.1", "台账", Points.of("2.5"))
        .outOf(Points.of(3))
        .rule(new ScoringRule.PerOccurrence("d", "每次扣1/7分，最多扣2分", Points.fraction(1, 7), Per.TIME,
            Optional.of(Points.of(2))))
        .rule(new ScoringRule.Bonus("b", "每项加1/3分，最多加1分", Points.fraction(1, 3), Per.ITEM,
            Optional.of(Points.of(1))))
        .rule(ScoringRule.judged(Criterion.JUDGED, "按相应考核内容扣分"))
        .criterion("1.2", "自评", Points.of("3.5"))
        .rule(ScoringRule.recordedScore("s", "自评成绩"))
        .rule(ScoringRule.judged(Criterion.JUDGED, "按相应考核内容扣分"))
        .cap(CapScope.SECTION)
        .section("二", "办理", Points.of(4))
        .criterion("2.1", "办结率", Points.of(4))
        .outOf(Points.of(7))
        .rule(ScoringRule.threshold("t", "办结率95%以上得7分，否则得3分", Points.of(95),
            CountingWord.AT_OR_ABOVE, Points.of(7), Points.of(3)))
        .rule(ScoringRule.shortOf("p", "每低于90%一个百分点扣0.25分", Points.of(90), Points.of("0.25")))
        .grades(List.of(GradeBand.atOrAbove("优", Points.fraction(25, 3)),
            GradeBand.atOrAbove("中", Points.of(5)), GradeBand.atOrBelow("差", Points.of(5))))
        .gradesRead(GradeScale.Reading.HIGHEST_REACHED, Rounding.NONE)
        .build();
  }

  /** The built-in rubrics (the demonstration site's readings built anew) and {@link #weighted}. */
  private static List<Rubric> rubrics() {
    return List.of(
        DemonstrationSite.rubric(CapScope.SECTION, GradeScale.Reading.HIGHEST_REACHED, Rounding.NONE),
        DemonstrationSite.rubric(CapScope.CRITERION, GradeScale.Reading.HIGHEST_REACHED, Rounding.NONE),
        DemonstrationSite.rubric(CapScope.SECTION, GradeScale.Reading.LITERAL, Rounding.halfUp(0)),
        CompositeAssessment.rubric(),
        VillageCadres.rubric(),
        weighted());
  }

  /** Large primes: quantities over them leave no common denominator within a long. */
  private static final long[] PRIMES = {1_000_000_007L, 998_244_353L, 999_999_937L, 2_147_483_647L};

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
    return assessment(rubric, random, false);
  }

  /**
   * A recorded quantity made hostile in one of three ways, with a one-in-two chance: near the long
   * range, so that sums overflow (0), over a large prime, so that no common denominator fits a long
   * (1), or beyond longs (2); a count that must be whole stays whole and a score within its scale.
   */
  private static Points hostile(Points q, ScoringRule.Input input, int way, Random random) {
    if (random.nextBoolean()) {
      return q;
    }
    if (input == ScoringRule.Input.SCORE) {
      return way == 1 ? q.dividedBy(PRIMES[random.nextInt(PRIMES.length)]) : q;
    }
    return switch (way) {
      case 0 -> q.times(Long.MAX_VALUE >> random.nextInt(40));
      case 1 -> q.isWhole() && input == ScoringRule.Input.COUNT
          ? q : q.dividedBy(PRIMES[random.nextInt(PRIMES.length)]);
      default -> q.times(Points.of("1E+25"));
    };
  }

  /**
   * An assessment of a rubric with random records of every kind its rules read; hostile, its
   * quantities are made hostile in one way ({@link #hostile}).
   */
  private static Assessment assessment(Rubric rubric, Random random, boolean hostile) {
    Assessment a = Assessment.of(rubric, "某单位");
    // near the long range half the time
    int way = Math.max(0, random.nextInt(4) - 1);
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
      if (hostile) {
        q = hostile(q, rule.input(), way, random);
        if (rule.input() == ScoringRule.Input.COUNT && !per(rule).fractional() && !q.isWhole()) {
          continue;
        }
        if (rule instanceof ScoringRule.Money && !q.isDecimal()) {
          continue;
        }
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
    List<Rubric> rubrics = rubrics();
    qt().withFixedSeed(SEED)
        .withExamples(500)
        .forAll(integers().between(0, rubrics.size() - 1), longs().all())
        .checkAssert((r, seed) -> agrees(assessment(rubrics.get(r), new Random(seed))));
  }

  @Test
  @DisplayName("SC-8, SC-9: with quantities near and beyond the long range or over large primes, a "
      + "card scored from its flat view, or line by line where the view does not fit longs or its "
      + "sums overflow, agrees with the card built line by line")
  void overflowFallsBackToTheLineByLineCard() {
    int[] paths = new int[3];
    List<Rubric> rubrics = rubrics();
    qt().withFixedSeed(SEED)
        .withExamples(1500)
        .forAll(integers().between(0, rubrics.size() - 1), longs().all())
        .checkAssert((r, seed) -> {
          Assessment a = assessment(rubrics.get(r), new Random(seed), true);
          paths[path(a)]++;
          agrees(a);
        });
    // every path was taken: a view on longs, no view (beyond longs), a view whose sums overflow
    assertThat(java.util.Arrays.stream(paths).min().orElseThrow()).as("%s", java.util.Arrays.toString(paths)).isGreaterThanOrEqualTo(10);
  }

  /**
   * Which way an assessment is scored: 0 from its view on longs, 1 line by line for want of a
   * view, 2 line by line because the view's amounts add up beyond a long.
   */
  private static int path(Assessment a) {
    long[] flat = a.flat();
    if (flat == null) {
      return 1;
    }
    BigInteger sum = BigInteger.ZERO;
    for (int i = 2; i < flat.length; i++) {
      sum = sum.add(BigInteger.valueOf(flat[i]).abs());
    }
    return sum.bitLength() >= 63 ? 2 : 0;
  }

  @Test
  @DisplayName("SC-8: a view whose amounts each fit a long but add up beyond one (two deductions of "
      + "just over half the long range in one section) gives the line-by-line card's total: the "
      + "section stops at zero")
  void sumBeyondLongsInOneSection() {
    Assessment a = Assessment.of(DemonstrationSite.rubric(), "某单位")
        .withRate("2.4", DemonstrationSite.COMPLETION_RATE, Rate.of(96, 100, "办结率"));
    for (String c : List.of("6.1", "6.2")) {
      a = a.withSurvey(c, SurveyMapping.satisfaction(), Map.of("满意", 4L, "基本满意", 1L));
    }
    // whole deductions leave the common denominator as it is
    Points half = Points.of(Long.MAX_VALUE / 2 / a.flat()[1] + 1);
    a = a.withDeduction("1.1", half, "检查发现").withDeduction("1.2", half, "检查发现");
    assertThat(path(a)).isEqualTo(2);
    agrees(a);
    ScoreCard card = a.score();
    ScoreCard.SectionScore first = card.sections().get(0);
    assertThat(first.score()).isEqualTo(Points.ZERO);
    Points others = Points.ZERO;
    for (ScoreCard.SectionScore s : card.sections().subList(1, card.sections().size())) {
      others = others.plus(s.score());
    }
    assertThat(card.exactTotal()).isEqualTo(others);
    assertThat(card.isComplete()).isTrue();
  }

  @Test
  @DisplayName("SC-8: a rubric whose maximum lies beyond longs (10^25 points) scores every card "
      + "line by line, exactly")
  void rubricBeyondLongs() {
    Points huge = Points.of("1E+25");
    Rubric rubric = Rubric.builder("大数细则", huge)
        .section("一", "全部", huge)
        .criterion("1", "全部", huge)
        .grade(GradeBand.atOrAbove("合格", Points.ZERO))
        .build();
    Assessment a = Assessment.of(rubric, "某单位").withDeduction("1", Points.of("3.5"), "检查发现");
    assertThat(path(a)).isEqualTo(1);
    agrees(a);
    assertThat(a.score().exactTotal()).isEqualTo(huge.minus(Points.of("3.5")));
    assertThat(a.score().grade()).isEqualTo("合格");
  }

  @Test
  @DisplayName("SC-9, CAL-6: the grade read on longs by cross-multiplication is the grade read from "
      + "the exact total, at and around every band edge, under every reading and rounding")
  void gradeOnLongsAgreesWithGradeOfTheExactTotal() {
    List<GradeScale> scales = new java.util.ArrayList<>();
    rubrics().forEach(r -> scales.add(r.scale()));
    // read literally without rounding, every counting word: 不满60 / 60以上80以下 / 超过80
    Points hundred = Points.of(100);
    scales.add(GradeScale.of(hundred, List.of(
        new GradeBand("差", Optional.of(new GradeBand.Bound(Points.ZERO, CountingWord.AT_OR_ABOVE)),
            Optional.of(new GradeBand.Bound(Points.of(60), CountingWord.LESS_THAN)), List.of()),
        GradeBand.between("中", Points.of(60), Points.of(80)),
        new GradeBand("优", Optional.of(new GradeBand.Bound(Points.of(80), CountingWord.MORE_THAN)),
            Optional.of(new GradeBand.Bound(hundred, CountingWord.AT_OR_BELOW)), List.of()))));
    // read literally without rounding: 0以上不满7 / 7以上50以下 / 超过50
    scales.add(GradeScale.of(hundred, List.of(
        new GradeBand("丙", Optional.of(new GradeBand.Bound(Points.ZERO, CountingWord.AT_OR_ABOVE)),
            Optional.of(new GradeBand.Bound(Points.of(7), CountingWord.LESS_THAN)), List.of()),
        GradeBand.between("乙", Points.of(7), Points.of(50)),
        new GradeBand("甲", Optional.of(new GradeBand.Bound(Points.of(50), CountingWord.MORE_THAN)),
            Optional.of(new GradeBand.Bound(hundred, CountingWord.AT_OR_BELOW)), List.of()))));
    // rounded half-up to whole points, then read literally: 不满60 / 60以上 (59.75 → 60 → 及格)
    scales.add(GradeScale.of(hundred, List.of(
        new GradeBand("不及格", Optional.of(new GradeBand.Bound(Points.ZERO, CountingWord.AT_OR_ABOVE)),
            Optional.of(new GradeBand.Bound(Points.of(60), CountingWord.LESS_THAN)), List.of()),
        GradeBand.between("及格", Points.of(60), hundred)),
        GradeScale.Reading.LITERAL, Rounding.halfUp(0)));
    // read from the top, bands that overlap: a total of 90 reaches 80 and is read 甲, not 乙
    scales.add(GradeScale.of(hundred, List.of(GradeBand.between("甲", Points.of(80), Points.of(85)),
            GradeBand.between("乙", Points.of(70), Points.of(95)), GradeBand.atOrBelow("丙", Points.of(70))),
        GradeScale.Reading.HIGHEST_REACHED, Rounding.NONE));
    // bounds beyond longs: read from the exact total
    Points far = Points.of("1E+25").plus(Points.fraction(1, 3));
    scales.add(GradeScale.of(far.times(2), List.of(GradeBand.atOrAbove("优", far),
        GradeBand.atOrAbove("中", Points.ZERO)), GradeScale.Reading.HIGHEST_REACHED, Rounding.NONE));
    qt().withFixedSeed(SEED)
        .withExamples(3000)
        .forAll(integers().between(0, scales.size() - 1), longs().all())
        .checkAssert((i, seed) -> {
          Random random = new Random(seed);
          GradeScale scale = scales.get(i);
          List<GradeBand> bands = scale.bands();
          GradeBand band = bands.get(random.nextInt(bands.size()));
          Points edge = (random.nextBoolean() ? band.lower() : band.upper())
              .map(GradeBand.Bound::value).orElse(Points.of(50));
          long den = 1 + random.nextInt(random.nextBoolean() ? 1000 : Integer.MAX_VALUE);
          Points total = edge.plus(Points.fraction(random.nextInt(7) - 3, den));
          if (!total.isSmall()) {
            return;
          }
          String expected;
          try {
            expected = scale.gradeOf(total).grade();
          } catch (IllegalArgumentException outside) {
            expected = "none";
          }
          String fast;
          try {
            fast = scale.gradeOf(total, total.num(), total.den()).grade();
          } catch (IllegalArgumentException outside) {
            fast = "none";
          }
          assertThat(fast).isEqualTo(expected);
        });
  }

  /** Asserts that a card scored from the assessment agrees with the card built line by line. */
  private static void agrees(Assessment a) {
    Rubric rubric = a.rubric();
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
  }
}
