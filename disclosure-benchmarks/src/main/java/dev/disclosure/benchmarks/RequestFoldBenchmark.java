package dev.disclosure.benchmarks;

import dev.disclosure.calendar.ChinaCalendars;
import dev.disclosure.calendar.WorkingDayCalendar;
import dev.disclosure.core.AnswerKind;
import dev.disclosure.core.Applicant;
import dev.disclosure.core.ApplicantKind;
import dev.disclosure.core.Regime;
import dev.disclosure.core.request.Answer;
import dev.disclosure.core.request.Application;
import dev.disclosure.core.request.CaseStatus;
import dev.disclosure.core.request.OutcomeRow;
import dev.disclosure.core.request.RequestCase;
import dev.disclosure.core.request.RequestEvent;
import dev.disclosure.core.request.Submission;
import java.math.BigDecimal;
import java.time.LocalDate;
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
 * Folding request histories (依申请公开办理记录) into their status on one thread: 1,000,000 pre-built
 * histories of six steps each, half under OGI_2019 (a consultation, an extension, a fee wait, an
 * answer) received 2019-05-15 to 2025-06-30, and half under OGI_2008 (two consultations, an
 * extension, an answer) received 2008-05-01 to 2019-05-14 — each while its regulation is in force,
 * as guidance requires (REQ-2) — with receipt dates drawn by a fixed seed. One operation folds all of them and reads each due date
 * and outcome row; the setup folds every history once to check that the rules accept it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(1)
public class RequestFoldBenchmark {

  private static final int CASES = 1_000_000;
  private static final LocalDate END = LocalDate.of(2025, 6, 30);

  private WorkingDayCalendar calendar;
  private Applicant applicant;
  private Regime[] regimes;
  private Application[] applications;
  private List<RequestEvent>[] histories;

  /** Builds the histories and checks each folds without a refusal. */
  @Setup(Level.Trial)
  @SuppressWarnings("unchecked")
  public void setUp() {
    calendar = ChinaCalendars.official();
    applicant = Applicant.of("张三", ApplicantKind.NATURAL_PERSON, "13800000000");
    regimes = new Regime[CASES];
    applications = new Application[CASES];
    histories = new List[CASES];
    Random random = new Random(20190515L);
    Answer disclosed = Answer.of(AnswerKind.DISCLOSED, "");
    Answer partly = Answer.of(AnswerKind.PARTIALLY_DISCLOSED, "第三页个人信息");
    Answer refused =
        new Answer(
            AnswerKind.NOT_DISCLOSED, "属于过程性信息", OutcomeRow.NOT_DISCLOSED_PROCESS_INFORMATION);
    Answer[] answers = {disclosed, partly, refused};
    for (int i = 0; i < CASES; i++) {
      regimes[i] = i % 2 == 0 ? Regime.OGI_2019 : Regime.OGI_2008;
      LocalDate first = regimes[i].inForceFrom();
      LocalDate last = i % 2 == 0 ? END : Regime.OGI_2019.inForceFrom().minusDays(1);
      LocalDate receipt =
          calendar.nextWorkingDay(
              first.plusDays(random.nextInt((int) (last.toEpochDay() - first.toEpochDay()))));
      applications[i] = new Application("某项目审批材料", "电子文档", new Submission.InPerson(receipt));
      LocalDate sent = calendar.plusWorkingDays(receipt, 1 + random.nextInt(3));
      LocalDate opinion = calendar.plusWorkingDays(sent, 2 + random.nextInt(8));
      LocalDate extended = calendar.plusWorkingDays(opinion, 1 + random.nextInt(3));
      LocalDate next = calendar.plusWorkingDays(extended, 1 + random.nextInt(3));
      LocalDate after = calendar.plusWorkingDays(next, 1 + random.nextInt(5));
      LocalDate answered = calendar.plusWorkingDays(after, 1 + random.nextInt(10));
      Answer answer = answers[random.nextInt(answers.length)];
      if (i % 2 == 0) {
        histories[i] =
            List.of(
                new RequestEvent.ConsultationSent(sent, RequestEvent.Consulted.THIRD_PARTY, "某公司"),
                new RequestEvent.OpinionReceived(opinion, "不同意公开"),
                new RequestEvent.ExtensionApproved(
                    extended, 1 + random.nextInt(20), "李主任", extended, "需调取档案"),
                new RequestEvent.FeeNotice(next, BigDecimal.valueOf(100)),
                new RequestEvent.FeePaid(after),
                new RequestEvent.Answered(answered, answer));
      } else {
        histories[i] =
            List.of(
                new RequestEvent.ConsultationSent(sent, RequestEvent.Consulted.THIRD_PARTY, "某公司"),
                new RequestEvent.OpinionReceived(opinion, "同意公开"),
                new RequestEvent.ExtensionApproved(
                    extended, 1 + random.nextInt(15), "李主任", extended, "需调取档案"),
                new RequestEvent.ConsultationSent(next, RequestEvent.Consulted.THIRD_PARTY, "某个人"),
                new RequestEvent.OpinionReceived(after, "不同意公开"),
                new RequestEvent.Answered(answered, answer));
      }
    }
    long check = foldAll();
    System.out.println("RequestFoldBenchmark: " + CASES + " histories fold; checksum " + check);
  }

  /**
   * Folds every history and sums its due dates and outcome rows, so nothing is optimized away.
   *
   * @return the checksum
   */
  @Benchmark
  public long foldAll() {
    long sum = 0;
    for (int i = 0; i < CASES; i++) {
      CaseStatus status =
          RequestCase.of(regimes[i], calendar, applicant, applications[i], histories[i]).status();
      sum += status.dueDate().toEpochDay() + status.outcome().orElseThrow().ordinal();
    }
    return sum;
  }
}
