package dev.disclosure.benchmarks;

import dev.disclosure.calendar.ChinaCalendars;
import dev.disclosure.calendar.Citation;
import dev.disclosure.calendar.Deadline;
import dev.disclosure.calendar.Pause;
import dev.disclosure.calendar.WorkingDayCalendar;
import dev.disclosure.core.Applicant;
import dev.disclosure.core.ApplicantKind;
import dev.disclosure.core.Regime;
import dev.disclosure.core.law.LegalPeriods;
import dev.disclosure.core.request.Application;
import dev.disclosure.core.request.CaseStatus;
import dev.disclosure.core.request.RequestCase;
import dev.disclosure.core.request.RequestEvent;
import dev.disclosure.core.request.Submission;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How the one clock grows with its facts: a {@link Deadline} built with 10,000 one-day pauses (in
 * date order and in reverse order), and one request history of 10,000 events (5,000 consultations
 * each sent and answered) folded into its status. Each operation builds from scratch and reads the
 * due date; the findings are not asked for.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ClockBenchmark {

  private static final int FACTS = 10_000;
  private static final LocalDate START = LocalDate.of(2008, 1, 2);
  /**
   * The long history's receipt date: OGI-2008 is in force from 2008-05-01, and its 5,000 days of
   * consultations end in 2021, inside the data (OGI-2019, from 2019-05-15, would leave them too few).
   */
  private static final LocalDate RECEIPT = LocalDate.of(2008, 5, 5);

  private WorkingDayCalendar calendar;
  private Pause[] pauses;
  private Citation citation;
  private Applicant applicant;
  private Application application;
  private List<RequestEvent> history;

  /** Builds the pauses and the history. */
  @Setup
  public void setUp() {
    calendar = ChinaCalendars.official();
    citation = LegalPeriods.P_REPLY_2019.citations().get(0);
    pauses = new Pause[FACTS];
    for (int i = 0; i < FACTS; i++) {
      LocalDate day = START.plusDays(i / 2);
      pauses[i] = Pause.of(day, day.plusDays(1), "征求第三方意见", citation);
    }
    applicant = Applicant.of("张三", ApplicantKind.NATURAL_PERSON, "13800000000");
    application = new Application("某项目审批材料", "电子文档", new Submission.InPerson(RECEIPT));
    history = new ArrayList<>(FACTS);
    for (int i = 0; i < FACTS / 2; i++) {
      LocalDate day = RECEIPT.plusDays(i + 1);
      history.add(
          new RequestEvent.ConsultationSent(day, RequestEvent.Consulted.THIRD_PARTY, "某公司"));
      history.add(new RequestEvent.OpinionReceived(day.plusDays(1), "同意公开"));
    }
    System.out.println(
        "ClockBenchmark: due "
            + pausesInOrder()
            + " / "
            + pausesReversed()
            + "; history of "
            + history.size()
            + " events due "
            + foldLongHistory());
  }

  /**
   * Builds a deadline with 10,000 pauses added in date order.
   *
   * @return the due date
   */
  @Benchmark
  public LocalDate pausesInOrder() {
    Deadline deadline = calendar.deadline(LegalPeriods.P_REPLY_2019, START);
    for (Pause pause : pauses) {
      deadline = deadline.withPause(pause);
    }
    return deadline.dueDate();
  }

  /**
   * Builds a deadline with the same 10,000 pauses added in reverse order.
   *
   * @return the due date
   */
  @Benchmark
  public LocalDate pausesReversed() {
    Deadline deadline = calendar.deadline(LegalPeriods.P_REPLY_2019, START);
    for (int i = pauses.length - 1; i >= 0; i--) {
      deadline = deadline.withPause(pauses[i]);
    }
    return deadline.dueDate();
  }

  /**
   * Folds one history of 10,000 events.
   *
   * @return the due date
   */
  @Benchmark
  public LocalDate foldLongHistory() {
    CaseStatus status =
        RequestCase.of(Regime.OGI_2008, calendar, applicant, application, history).status();
    return status.dueDate();
  }
}
