package dev.disclosure.benchmarks;

import dev.disclosure.calendar.ChinaCalendars;
import dev.disclosure.calendar.WorkingDayCalendar;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How long the official calendar takes to build from its embedded data: once the code is warm
 * ({@link ChinaCalendars#buildOfficial()}, average time), and on first use in a fresh JVM ({@link
 * ChinaCalendars#official()}, one shot per fork: class loading, static initialisation and one build
 * in interpreted code).
 */
@State(Scope.Benchmark)
public class CalendarBuildBenchmark {

  /** {@link ChinaCalendars#buildOfficial()} once the JIT has compiled it. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  @Warmup(iterations = 3, time = 1)
  @Measurement(iterations = 5, time = 1)
  @Fork(1)
  public WorkingDayCalendar buildWarm() {
    return ChinaCalendars.buildOfficial();
  }

  /** The first {@link ChinaCalendars#official()} call of a fresh JVM, one per fork. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 0)
  @Measurement(iterations = 1)
  @Fork(10)
  public WorkingDayCalendar firstUseCold() {
    return ChinaCalendars.official();
  }
}
