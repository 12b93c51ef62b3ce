package dev.disclosure.benchmarks;

import dev.disclosure.calendar.ChinaCalendars;
import dev.disclosure.calendar.WorkingDayCalendar;
import dev.disclosure.core.AnswerKind;
import dev.disclosure.core.Applicant;
import dev.disclosure.core.ApplicantKind;
import dev.disclosure.core.Regime;
import dev.disclosure.core.report.RequestTable;
import dev.disclosure.core.request.Answer;
import dev.disclosure.core.request.Application;
import dev.disclosure.core.request.OutcomeRow;
import dev.disclosure.core.request.RequestCase;
import dev.disclosure.core.request.RequestEvent;
import dev.disclosure.core.request.Submission;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
 * Counting request cases into the RPT-2021 requests table (政府信息公开年度报告统计) on one thread: 1,000,000
 * pre-built OGI_2019 cases of the six applicant kinds, received over 2024–2025 by a fixed seed, a
 * sixth still open and the rest answered with one of three result rows within 60 days. One
 * operation builds the 2025 table; the setup checks that every column balances.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(1)
public class AnnualReportBenchmark {

  private static final int CASES = 1_000_000;
  private static final LocalDate FIRST = LocalDate.of(2024, 1, 2);
  private static final int DAYS = 700;

  private List<RequestCase> cases;

  /** Builds the cases and checks the table balances. */
  @Setup(Level.Trial)
  public void setUp() {
    WorkingDayCalendar calendar = ChinaCalendars.official();
    Applicant[] applicants = new Applicant[ApplicantKind.values().length];
    for (ApplicantKind kind : ApplicantKind.values()) {
      applicants[kind.ordinal()] = Applicant.of("申请人" + kind.ordinal(), kind, "13800000000");
    }
    Answer[] answers = {
      Answer.of(AnswerKind.DISCLOSED, ""),
      Answer.of(AnswerKind.PARTIALLY_DISCLOSED, "第三页个人信息"),
      new Answer(AnswerKind.NOT_DISCLOSED, "属于过程性信息", OutcomeRow.NOT_DISCLOSED_PROCESS_INFORMATION)
    };
    Random random = new Random(20210930L);
    cases = new ArrayList<>(CASES);
    for (int i = 0; i < CASES; i++) {
      LocalDate receipt = calendar.nextWorkingDay(FIRST.plusDays(random.nextInt(DAYS)));
      RequestCase c =
          RequestCase.open(
              Regime.OGI_2019,
              calendar,
              applicants[random.nextInt(applicants.length)],
              new Application("某项目审批材料", "电子文档", new Submission.InPerson(receipt)));
      if (random.nextInt(6) != 0) {
        c =
            c.apply(
                new RequestEvent.Answered(
                    receipt.plusDays(random.nextInt(60)), answers[random.nextInt(answers.length)]));
      }
      cases.add(c);
    }
    RequestTable table = aggregate();
    if (!table.unbalancedColumns().isEmpty()) {
      throw new IllegalStateException("unbalanced: " + table.unbalancedColumns());
    }
    System.out.println("AnnualReportBenchmark: " + CASES + " cases; " + table);
  }

  /**
   * Builds the 2025 requests table from all cases.
   *
   * @return the table
   */
  @Benchmark
  public RequestTable aggregate() {
    return RequestTable.of(2025, cases);
  }
}
