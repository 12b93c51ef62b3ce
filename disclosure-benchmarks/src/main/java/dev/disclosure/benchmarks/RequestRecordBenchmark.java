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
 * Recording and judging request histories as they happened (REQ-10), on one thread: 1,000,000
 * pre-built OGI_2019 histories of eight events each (a correction asked and received, two
 * consultations at once, their opinion and silence, an extension, an answer), receipt dates spread
 * over 2008–2025 by a fixed seed. One in four is irregular: the extension told after the due date,
 * a second correction notice, an answer disclosing while a third party's period runs, or a fee
 * notice after the due date. One operation records all of them and judges each: its due date, its
 * outcome row and its breaches (the findings of kind BROKEN). The setup checks the mix.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(1)
public class RequestRecordBenchmark {

  private static final int CASES = 1_000_000;
  private static final LocalDate FIRST = LocalDate.of(2008, 1, 2);
  private static final int DAYS =
      (int) (LocalDate.of(2025, 6, 30).toEpochDay() - FIRST.toEpochDay());

  private WorkingDayCalendar calendar;
  private Applicant applicant;
  private Application[] applications;
  private List<RequestEvent>[] histories;

  /** Builds the histories and checks how many of them record breaches. */
  @Setup(Level.Trial)
  @SuppressWarnings("unchecked")
  public void setUp() {
    calendar = ChinaCalendars.official();
    applicant = Applicant.of("张三", ApplicantKind.NATURAL_PERSON, "13800000000");
    applications = new Application[CASES];
    histories = new List[CASES];
    Random random = new Random(20190515L);
    Answer disclosed = Answer.of(AnswerKind.DISCLOSED, "");
    Answer refused =
        new Answer(
            AnswerKind.NOT_DISCLOSED, "涉及商业秘密", OutcomeRow.NOT_DISCLOSED_THIRD_PARTY_RIGHTS);
    for (int i = 0; i < CASES; i++) {
      LocalDate receipt = calendar.nextWorkingDay(FIRST.plusDays(random.nextInt(DAYS)));
      applications[i] = new Application("某项目审批材料", "电子文档", new Submission.InPerson(receipt));
      LocalDate asked = calendar.plusWorkingDays(receipt, 1 + random.nextInt(5));
      LocalDate corrected = calendar.plusWorkingDays(asked, 1 + random.nextInt(4));
      LocalDate sent = calendar.plusWorkingDays(corrected, 1 + random.nextInt(3));
      LocalDate opinion = calendar.plusWorkingDays(sent, 2 + random.nextInt(8));
      LocalDate silent = calendar.plusWorkingDays(sent, 16 + random.nextInt(3));
      LocalDate extended = calendar.plusWorkingDays(silent, 1 + random.nextInt(3));
      LocalDate answered = calendar.plusWorkingDays(extended, 1 + random.nextInt(15));
      List<RequestEvent> events = new ArrayList<>(8);
      events.add(new RequestEvent.CorrectionAsked(asked, "文件名称", corrected.plusDays(5)));
      events.add(new RequestEvent.CorrectionReceived(corrected));
      events.add(
          new RequestEvent.ConsultationSent(sent, RequestEvent.Consulted.THIRD_PARTY, "某公司"));
      events.add(
          new RequestEvent.ConsultationSent(sent, RequestEvent.Consulted.CO_AGENCY, "某局"));
      events.add(new RequestEvent.OpinionReceived(opinion, "不同意公开", "某公司"));
      int irregular = i % 4 == 3 ? random.nextInt(4) : -1;
      LocalDate told = irregular == 0 ? extended.plusDays(60) : extended;
      events.add(new RequestEvent.NoOpinion(silent, "某局"));
      events.add(
          new RequestEvent.ExtensionApproved(
              extended, 1 + random.nextInt(20), "李主任", told, "需调取档案"));
      if (irregular == 1) {
        events.set(4, new RequestEvent.CorrectionAsked(opinion, "文号", opinion.plusDays(3)));
      } else if (irregular == 2) {
        // the answer discloses before the third party's opinion or silence
        events.subList(4, 7).clear();
        events.add(new RequestEvent.Answered(calendar.plusWorkingDays(sent, 3), disclosed));
        events.add(new RequestEvent.Withdrawn(answered));
        histories[i] = events;
        continue;
      } else if (irregular == 3) {
        events.add(new RequestEvent.FeeNotice(answered.plusDays(40), BigDecimal.valueOf(100)));
        answered = answered.plusDays(41);
      }
      events.add(new RequestEvent.Answered(answered, random.nextBoolean() ? disclosed : refused));
      histories[i] = events;
    }
    long[] judged = new long[2];
    for (int i = 0; i < CASES; i++) {
      CaseStatus status = record(i);
      judged[status.breaches().isEmpty() ? 0 : 1]++;
    }
    System.out.println(
        "RequestRecordBenchmark: "
            + CASES
            + " histories recorded, "
            + judged[1]
            + " with breaches (late answers included), "
            + judged[0]
            + " without");
  }

  private CaseStatus record(int i) {
    return RequestCase.recorded(Regime.OGI_2019, calendar, applicant, applications[i], histories[i])
        .status();
  }

  /**
   * Records and judges every history: sums due dates, outcome rows and breach counts, so nothing
   * is optimized away.
   *
   * @return the checksum
   */
  @Benchmark
  public long recordAndJudgeAll() {
    long sum = 0;
    for (int i = 0; i < CASES; i++) {
      CaseStatus status = record(i);
      sum += status.dueDate().toEpochDay() + status.outcome().orElseThrow().ordinal();
      sum += status.breaches().size();
    }
    return sum;
  }
}
