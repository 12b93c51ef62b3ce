package dev.disclosure.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A deadline evaluates its due date when first asked, not when a fact is added. Whether it is asked
 * after every fact, only at the end, in another order of the queries, or from several threads at
 * once, every answer and every exception (class and message) must be the same, and each {@code
 * with…} call must throw or not exactly as when everything is asked at every step. The chains mix
 * every kind of fact, two calendars (official data only, and with the estimate: provisional
 * answers), periods counted forwards and backwards, and starts near the end of the data (due dates
 * beyond it). The seed is fixed so every run checks the same cases.
 */
class DeadlineAskedLateTest {

  private static final long SEED = 20260517L;
  private static final int CHAINS = 600;
  private static final List<WorkingDayCalendar> CALENDARS =
      List.of(ChinaCalendars.official(), ChinaCalendars.officialWithEstimateThrough(2028));
  private static final LegalPeriod DAYS_30 =
      LegalPeriod.of(RuleId.of("P-TEST-DAYS"), 30, PeriodUnit.DAYS, "自形成之日起30日内")
          .withExtensionUpTo(30, SamplePeriods.REQ_6);
  private static final List<LegalPeriod> PERIODS =
      List.of(
          SamplePeriods.REPLY_2019,
          SamplePeriods.CORRECTION_2019,
          DAYS_30,
          SamplePeriods.INTERVIEW_TOPIC,
          SamplePeriods.INTERVIEW_ANSWERER_NOTICE);
  private static final Citation CITATION = SamplePeriods.ART_33;
  private static final List<String> QUERIES =
      List.of(
          "toString",
          "dueDate",
          "isProvisional",
          "extensionInForce",
          "latenessOn",
          "findings",
          "breachOf",
          "breaches",
          "facts",
          "hashCode");

  /** A chain: a calendar, a period, a start and the facts added one after another. */
  private record Chain(
      WorkingDayCalendar calendar,
      LegalPeriod period,
      LocalDate start,
      List<UnaryOperator<Deadline>> facts,
      LocalDate actedOn,
      Extension probe) {}

  private static Chain chain(Random random) {
    WorkingDayCalendar calendar = CALENDARS.get(random.nextInt(CALENDARS.size()));
    LegalPeriod period = PERIODS.get(random.nextInt(PERIODS.size()));
    LocalDate first = calendar.coveredRange().getStart();
    LocalDate last = calendar.coveredRange().getEndInclusive();
    // half the starts near the end of the data, where due dates fall beyond it
    LocalDate start =
        random.nextBoolean()
            ? last.minusDays(random.nextInt(120))
            : first.plusDays(random.nextInt((int) (last.toEpochDay() - first.toEpochDay())));
    List<UnaryOperator<Deadline>> facts = new ArrayList<>();
    int count = random.nextInt(7);
    for (int i = 0; i < count; i++) {
      LocalDate on = start.plusDays(random.nextInt(90) - 5);
      int length = random.nextInt(25);
      switch (random.nextInt(5)) {
        case 0, 1 -> {
          Pause pause = Pause.of(on, on.plusDays(length), "征求第三方意见", CITATION);
          facts.add(deadline -> deadline.withPause(pause));
        }
        case 2 -> facts.add(deadline -> deadline.withRestart(on, "收到补正后的申请", CITATION));
        case 3 -> {
          Extension extension = Extension.of(1 + random.nextInt(30), on, "需调取档案");
          facts.add(deadline -> deadline.withExtension(extension));
        }
        default -> {
          if (random.nextBoolean()) {
            Deferral deferral =
                Deferral.of(on, on.plusDays(length), "依法需经上级机关批准", RuleId.of("PRO-3"), CITATION);
            facts.add(deadline -> deadline.withDeferral(deferral));
          } else {
            facts.add(
                deadline ->
                    deadline.withFixedDueDate(
                        on, on.plusDays(length), "合理期限", RuleId.of("REQ-4"), CITATION));
          }
        }
      }
    }
    return new Chain(
        calendar,
        period,
        start,
        facts,
        start.plusDays(random.nextInt(120)),
        Extension.of(1 + random.nextInt(20), start.plusDays(random.nextInt(40)), "需调取档案"));
  }

  /** One query's answer, or the exception it threw as its class and message. */
  private static String ask(Deadline deadline, String query, Chain chain) {
    try {
      return switch (query) {
        case "toString" -> deadline.toString();
        case "dueDate" -> String.valueOf(deadline.dueDate());
        case "isProvisional" -> String.valueOf(deadline.isProvisional());
        case "extensionInForce" -> String.valueOf(deadline.extensionInForce());
        case "latenessOn" -> String.valueOf(deadline.latenessOn(chain.actedOn()));
        case "findings" -> deadline.explain(Language.ENGLISH);
        case "breachOf" -> String.valueOf(deadline.breachOf(chain.probe()));
        case "breaches" -> brokenOnly(deadline).toString();
        case "facts" ->
            deadline.currentStart() + " " + deadline.pauses() + " " + deadline.extensions();
        default -> String.valueOf(deadline.hashCode());
      };
    } catch (RuntimeException e) {
      return e.getClass().getName() + ": " + e.getMessage();
    }
  }

  /**
   * The breaches, checked against the naive reading (the findings of kind BROKEN): breaches() is
   * answered without the findings when no decision can have broken a rule.
   */
  private static List<Finding> brokenOnly(Deadline deadline) {
    List<Finding> breaches = deadline.breaches();
    List<Finding> naive =
        deadline.findings().stream().filter(f -> f.kind() == FindingKind.BROKEN).toList();
    if (!breaches.equals(naive)) {
      throw new AssertionError("breaches() " + breaches + " but the findings hold " + naive);
    }
    return breaches;
  }

  /** Every answer of a deadline, asked in the given order, keyed by query. */
  private static Map<String, String> answers(Deadline deadline, List<String> order, Chain chain) {
    Map<String, String> out = new TreeMap<>();
    for (String query : order) {
      out.put(query, ask(deadline, query, chain));
    }
    return out;
  }

  /**
   * The deadlines of a chain, one per step (the start, then after each fact), with each step's
   * outcome: "ok" or the exception the {@code with…} call threw (the deadline then stays as it was).
   * When {@code askEachStep} is set, every query is asked as soon as the deadline is made.
   */
  private static List<Object> build(Chain chain, boolean askEachStep, List<Map<String, String>> asked) {
    List<Object> steps = new ArrayList<>();
    Deadline deadline;
    try {
      deadline = chain.calendar().deadline(chain.period(), chain.start());
    } catch (RuntimeException e) {
      steps.add(e.getClass().getName() + ": " + e.getMessage());
      return steps;
    }
    steps.add(deadline);
    if (askEachStep) {
      asked.add(answers(deadline, QUERIES, chain));
    }
    for (UnaryOperator<Deadline> fact : chain.facts()) {
      try {
        deadline = fact.apply(deadline);
        steps.add(deadline);
      } catch (RuntimeException e) {
        steps.add(e.getClass().getName() + ": " + e.getMessage());
      }
      if (askEachStep) {
        asked.add(answers(deadline, QUERIES, chain));
      }
    }
    return steps;
  }

  private static List<Object> outcomes(List<Object> steps) {
    List<Object> out = new ArrayList<>();
    for (Object step : steps) {
      out.add(step instanceof Deadline ? "ok" : step);
    }
    return out;
  }

  /** The deadline in force after each step: the last one made. */
  private static List<Deadline> inForce(List<Object> steps) {
    List<Deadline> out = new ArrayList<>();
    Deadline current = null;
    for (Object step : steps) {
      if (step instanceof Deadline deadline) {
        current = deadline;
      }
      out.add(current);
    }
    return out;
  }

  @Test
  @DisplayName(
      "CAL-4/CAL-7/CAL-8/CAL-9: a deadline asked only at the end, in another order, answers and"
          + " throws exactly as one asked after every fact")
  void askedLateAnswersAsAskedAtOnce() {
    Random random = new Random(SEED);
    int beyond = 0;
    int provisional = 0;
    int refusedSteps = 0;
    for (int n = 0; n < CHAINS; n++) {
      Chain chain = chain(random);
      List<Map<String, String>> eager = new ArrayList<>();
      List<Object> eagerSteps = build(chain, true, eager);
      List<Object> lateSteps = build(chain, false, null);
      assertThat(outcomes(lateSteps)).as("chain %d: the with… calls", n).isEqualTo(outcomes(eagerSteps));
      List<Deadline> late = inForce(lateSteps);
      // asked from the last step back to the first, each in an order of its own
      for (int i = late.size() - 1; i >= 0; i--) {
        if (late.get(i) == null) {
          continue;
        }
        List<String> order = new ArrayList<>(QUERIES);
        Collections.shuffle(order, random);
        Map<String, String> answers = answers(late.get(i), order, chain);
        assertThat(answers).as("chain %d, step %d, asked %s", n, i, order).isEqualTo(eager.get(i));
        beyond += answers.get("dueDate").contains("OutsideCalendarDataException") ? 1 : 0;
        provisional += answers.get("isProvisional").equals("true") ? 1 : 0;
      }
      refusedSteps += (int) outcomes(eagerSteps).stream().filter(step -> !"ok".equals(step)).count();
    }
    // the chains reach every case the test is about
    assertThat(beyond).isGreaterThan(50);
    assertThat(provisional).isGreaterThan(50);
    assertThat(refusedSteps).isGreaterThan(50);
  }

  @Test
  @DisplayName(
      "CAL-4/CAL-7/CAL-8: deadlines never asked before, asked by 4 threads at once in different"
          + " orders, give every thread the answers of a deadline asked after every fact")
  void askedByThreadsAtOnce() throws Exception {
    Random random = new Random(SEED + 1);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      for (int n = 0; n < 150; n++) {
        Chain chain = chain(random);
        List<Map<String, String>> eager = new ArrayList<>();
        List<Deadline> expectedSteps = inForce(build(chain, true, eager));
        List<Deadline> late = inForce(build(chain, false, null));
        List<Future<List<Map<String, String>>>> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
          List<String> order = new ArrayList<>(QUERIES);
          Collections.shuffle(order, random);
          Callable<List<Map<String, String>>> asking =
              () -> {
                List<Map<String, String>> out = new ArrayList<>();
                for (Deadline deadline : late) {
                  out.add(deadline == null ? null : answers(deadline, order, chain));
                }
                return out;
              };
          threads.add(pool.submit(asking));
        }
        for (Future<List<Map<String, String>>> thread : threads) {
          List<Map<String, String>> got = thread.get();
          for (int i = 0; i < got.size(); i++) {
            if (expectedSteps.get(i) != null) {
              assertThat(got.get(i)).as("chain %d, step %d", n, i).isEqualTo(eager.get(i));
            }
          }
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
