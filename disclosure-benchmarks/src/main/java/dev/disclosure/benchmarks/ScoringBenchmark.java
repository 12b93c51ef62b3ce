package dev.disclosure.benchmarks;

import dev.disclosure.scoring.Assessment;
import dev.disclosure.scoring.Criterion;
import dev.disclosure.scoring.DemonstrationSite;
import dev.disclosure.scoring.Points;
import dev.disclosure.scoring.Rate;
import dev.disclosure.scoring.Rubric;
import dev.disclosure.scoring.ScoreCard;
import dev.disclosure.scoring.SurveyMapping;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Scoring demonstration-site assessments (政务公开示范点建设考评) on one thread with exact arithmetic:
 * one operation scores 1,000,000 assessments into score cards (every rule applied, caps at the
 * section, section sums, the exact total with its questionnaire fractions, the total as published
 * and the grade) and reads each card's totals and grade. The assessments are 4,096 distinct ones
 * built once with a fixed seed — each with up to eight deductions in tenths of a point (some beyond
 * their criterion's maximum), item 2.4's completion rate and both section-6 questionnaires — and
 * each operation scores them in turn, about 244 times each.
 *
 * <p>A card builds its per-criterion lines only when they are read: {@link #scoreAll} reads the
 * totals and grade alone; {@link #scoreAllAndReadLines} reads every card's lines too.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(1)
public class ScoringBenchmark {

  private static final int SCORES = 1_000_000;
  private static final int DISTINCT = 1 << 12;

  private Assessment[] assessments;

  /** Builds the assessments and scores each once to check it. */
  @Setup(Level.Trial)
  public void setUp() {
    Rubric rubric = DemonstrationSite.rubric();
    List<Criterion> deductible = rubric.criteria().values().stream()
        .filter(c -> !c.id().startsWith("6.") && !c.id().equals("2.4")).toList();
    Random random = new Random(20261101L);
    assessments = new Assessment[DISTINCT];
    for (int i = 0; i < DISTINCT; i++) {
      Assessment a = Assessment.of(rubric, "示范点" + i)
          .withRate("2.4", DemonstrationSite.COMPLETION_RATE,
              Rate.of(90 + random.nextInt(11), 100, "办结率"));
      int deductions = random.nextInt(9);
      for (int d = 0; d < deductions; d++) {
        Criterion c = deductible.get(random.nextInt(deductible.size()));
        a = a.withDeduction(c.id(), Points.of(1 + random.nextInt(50)).dividedBy(10), "未达到标准",
            "检查记录" + d);
      }
      a = a.withSurvey("6.1", SurveyMapping.satisfaction(),
              Map.of("满意", (long) random.nextInt(100), "基本满意", 1L + random.nextInt(30),
                  "不满意", (long) random.nextInt(10)))
          .withSurvey("6.2", SurveyMapping.satisfaction(),
              Map.of("满意", (long) random.nextInt(100), "基本满意", 1L + random.nextInt(30),
                  "不满意", (long) random.nextInt(10)));
      assessments[i] = a;
    }
    for (Assessment a : assessments) {
      if (!a.score().isComplete()) {
        throw new IllegalStateException("incomplete card " + a);
      }
    }
    System.out.println("ScoringBenchmark: " + DISTINCT + " assessments; checksum " + scoreAll());
  }

  /**
   * Scores 1,000,000 assessments and folds the hashes of each card's exact total, published total
   * and grade, so nothing is optimized away. (Summing a million exact fractions would measure the
   * growth of their common denominator, not scoring.)
   *
   * @return the folded hashes of the totals and grades
   */
  @Benchmark
  public long scoreAll() {
    long sum = 0;
    for (int i = 0; i < SCORES; i++) {
      ScoreCard card = assessments[i & (DISTINCT - 1)].score();
      sum = sum * 31 + card.exactTotal().hashCode();
      sum = sum * 31 + card.total().hashCode();
      sum = sum * 31 + card.grade().hashCode();
    }
    return sum;
  }

  /**
   * Scores 1,000,000 assessments as {@link #scoreAll} does and also reads every card's lines: each
   * section's score and the number of its criteria's rules applied.
   *
   * @return the folded hashes of the totals, grades and lines
   */
  @Benchmark
  public long scoreAllAndReadLines() {
    long sum = 0;
    for (int i = 0; i < SCORES; i++) {
      ScoreCard card = assessments[i & (DISTINCT - 1)].score();
      sum = sum * 31 + card.exactTotal().hashCode();
      sum = sum * 31 + card.grade().hashCode();
      for (ScoreCard.SectionScore s : card.sections()) {
        sum = sum * 31 + s.score().hashCode();
        for (ScoreCard.CriterionScore c : s.criteria()) {
          sum += c.applied().size();
        }
      }
    }
    return sum;
  }
}
