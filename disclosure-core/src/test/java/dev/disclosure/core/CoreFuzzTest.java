package dev.disclosure.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.disclosure.calendar.ChinaCalendars;
import dev.disclosure.calendar.OutsideCalendarDataException;
import dev.disclosure.calendar.WorkingDayCalendar;
import dev.disclosure.core.exemption.ContentFlag;
import dev.disclosure.core.exemption.ExemptionClassifier;
import dev.disclosure.core.exemption.ItemFacts;
import dev.disclosure.core.exemption.SecrecyMatter;
import dev.disclosure.core.exemption.PublicInterest;
import dev.disclosure.core.exemption.ThirdPartyConsent;
import dev.disclosure.core.fee.FeeCalculator;
import dev.disclosure.core.fee.Yuan;
import dev.disclosure.core.report.RequestTable;
import dev.disclosure.core.request.Answer;
import dev.disclosure.core.request.Application;
import dev.disclosure.core.request.CaseStatus;
import dev.disclosure.core.request.RequestCase;
import dev.disclosure.core.request.RequestEvent;
import dev.disclosure.core.request.Submission;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * A seeded fuzz over the core's public entry points with hostile values (amounts with huge
 * exponents, extreme counts and years, dates on every edge of the calendar's data): each call
 * answers or throws a documented exception ({@link InvalidFactsException} and the calendar's
 * {@code IllegalArgumentException}s, a {@link RefusalException} that leaves the case unchanged, or
 * {@link OutsideCalendarDataException}) with a message, promptly.
 */
@Timeout(value = 50, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class CoreFuzzTest {

  private static final long SEED = 20261130L;
  private static final long CALL_NANOS = TimeUnit.SECONDS.toNanos(5);
  private static final WorkingDayCalendar OFFICIAL = ChinaCalendars.official();
  private static final Applicant ZHANG_SAN =
      Applicant.of("张三", ApplicantKind.NATURAL_PERSON, "13800000000");

  private static final List<String> HOSTILE_AMOUNTS =
      List.of("1E999999999", "1e500000", "1e-999999999", "1e2147483647", "1e99999999",
          "0E-999999999", "0E+999999999", "-0.01", "0", "0.5", "0.505", "100", "4700.00",
          "999999999999999.99", "1e15", "1" + "0".repeat(70), "", "abc", "１００", " 12 ");

  private static final List<Integer> HOSTILE_INTS =
      List.of(Integer.MIN_VALUE, -1, 0, 1, 10, 11, 20, 21, 30, 31, 100, 101, 200, 201, 100_000,
          100_001, Integer.MAX_VALUE - 1, Integer.MAX_VALUE);

  private static final List<LocalDate> HOSTILE_DATES =
      List.of(LocalDate.MIN, LocalDate.MAX, LocalDate.of(2006, 12, 31), LocalDate.of(2007, 1, 1),
          LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 1), LocalDate.of(357_915_949, 1, 1));

  private static Gen<String> amounts() {
    return Generate.pick(HOSTILE_AMOUNTS)
        .mix(longs().between(-10_000, 1_000_000).zip(integers().between(-3, 4),
            (unscaled, scale) -> BigDecimal.valueOf(unscaled, scale).toString()), 40);
  }

  private static Gen<Integer> ints() {
    return Generate.pick(HOSTILE_INTS).mix(integers().between(-5, 300), 50).mix(integers().all(), 10);
  }

  private static Gen<LocalDate> dates() {
    Gen<LocalDate> near = integers().between(0, 120).map(d -> LocalDate.of(2026, 9, 1).plusDays(d));
    return Generate.pick(HOSTILE_DATES).mix(near, 80);
  }

  /** Calls an entry point: its answer, or empty after a documented exception with a message. */
  static <T> Optional<T> call(String what, Callable<T> entry) {
    long start = System.nanoTime();
    try {
      return Optional.of(entry.call());
    } catch (IllegalArgumentException | RefusalException | OutsideCalendarDataException e) {
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

  private static Optional<BigDecimal> decimal(String text) {
    try {
      return Optional.of(new BigDecimal(text));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  @Test
  @DisplayName("REQ-7/REQ-8: amounts and fee counts answer exactly or are refused at once")
  void fees() {
    FeeCalculator fees2019 = FeeCalculator.of(Regime.OGI_2019);
    FeeCalculator fees2008 = FeeCalculator.of(Regime.OGI_2008);
    qt().withFixedSeed(SEED)
        .withExamples(3000)
        .forAll(amounts(), ints(), ints())
        .checkAssert(
            (text, a, b) -> {
              Optional<Yuan> parsed = call("Yuan.parse(" + text + ")", () -> Yuan.parse(text));
              parsed.ifPresent(y -> {
                assertThat(y.amount()).isEqualByComparingTo(new BigDecimal(text.strip()));
                assertThat(y.amount().scale()).isEqualTo(2);
                assertThat(call("times", () -> y.times(a))).isNotNull();
                assertThat(y.plus(y).amount()).isEqualByComparingTo(y.amount().add(y.amount()));
              });
              decimal(text).ifPresent(d -> {
                Optional<Yuan> of = call("Yuan.of(" + text + ")", () -> Yuan.of(d));
                assertThat(of.isPresent()).isEqualTo(parsed.isPresent() || !text.equals(text.strip()));
                call("FeeNotice(" + text + ")", () -> new RequestEvent.FeeNotice(LocalDate.of(2026, 10, 9), d));
              });
              call("Yuan.of(" + a + ")", () -> Yuan.of((long) a));
              Optional<?> one = call("perRequest(" + a + ")", () -> fees2019.perRequest(a));
              assertThat(one.isPresent()).isEqualTo(a >= 1 && a <= 100_000);
              Optional<?> range = call("perRequests(" + a + ", " + b + ")", () -> fees2019.perRequests(a, b));
              assertThat(range.isPresent()).isEqualTo(a >= 1 && a <= b && b <= 100_000);
              call("perVolume(" + a + ")", () -> fees2019.perVolume(a));
              assertThat(call("2008 perRequest", () -> fees2008.perRequest(a))).isEmpty();
            });
  }

  @Test
  @DisplayName("REQ-2/REQ-6/REQ-8/REQ-9/CAL-9: hostile steps are applied, refused with the case unchanged, or typed errors")
  void requests() {
    qt().withFixedSeed(SEED)
        .withExamples(1500)
        .forAll(dates(), dates(), ints(), amounts())
        .checkAssert(
            (a, b, n, amount) -> {
              for (Regime regime : Regime.values()) {
                Optional<RequestCase> opened =
                    call("open(" + a + ")",
                        () -> RequestCase.open(regime, OFFICIAL, ZHANG_SAN,
                            new Application("某区财政预算", "纸质", new Submission.InPerson(a))));
                if (opened.isEmpty()) {
                  continue;
                }
                // the test's own date arithmetic stays inside what LocalDate holds
                LocalDate later = b.getYear() > 3000 ? b : b.plusDays(Math.floorMod(n, 90));
                List<Callable<RequestEvent>> steps = new ArrayList<>();
                steps.add(() -> new RequestEvent.ExtensionApproved(b, n, "李主任", b, "需调取档案"));
                steps.add(() -> new RequestEvent.ExtensionApproved(b, 1, "李主任", b, "需调取档案"));
                decimal(amount).ifPresent(fee -> steps.add(() -> new RequestEvent.FeeNotice(b, fee)));
                steps.add(() -> new RequestEvent.CorrectionAsked(b, "文号", later));
                steps.add(() -> new RequestEvent.CorrectionReceived(b));
                steps.add(() -> new RequestEvent.ReasonsAsked(b));
                steps.add(() -> new RequestEvent.LongerPeriodSet(b, later, "数量较大"));
                steps.add(() -> new RequestEvent.Answered(b, Answer.of(AnswerKind.DISCLOSED, "予以公开")));
                steps.add(() -> new RequestEvent.Withdrawn(b));
                RequestCase c = opened.get();
                for (Callable<RequestEvent> make : steps) {
                  Optional<RequestEvent> event = call("event", make);
                  if (event.isEmpty()) {
                    continue;
                  }
                  CaseStatus before = null;
                  Optional<CaseStatus> status = call("status", c::status);
                  if (status.isPresent()) {
                    before = status.get();
                  }
                  RequestCase current = c;
                  Optional<RequestCase> next = call("apply " + event.get(), () -> current.apply(event.get()));
                  if (next.isPresent()) {
                    c = next.get();
                    RequestCase done = c;
                    call("dueDate", () -> done.status().dueDate());
                    call("toString", done::toString);
                  } else {
                    assertThat(current.events()).hasSameSizeAs(c.events());
                    if (before != null) {
                      assertThat(current.status()).isEqualTo(before);
                    }
                  }
                }
                RequestCase last = c;
                call("RequestTable.of(" + n + ")", () -> RequestTable.of(n, List.of(last)).findings());
              }
            });
  }

  @Test
  @DisplayName("EX-1/EX-3/EX-4/EX-5: any combination of facts is classified or refused as impossible")
  void exemptions() {
    List<ExemptionClassifier> classifiers =
        List.of(ExemptionClassifier.of(Regime.OGI_2008), ExemptionClassifier.of(Regime.OGI_2019));
    qt().withFixedSeed(SEED)
        .withExamples(2000)
        .forAll(integers().all())
        .checkAssert(
            bits -> {
              Optional<ItemFacts> facts =
                  call("facts " + bits, () -> {
                    ItemFacts.Builder builder = ItemFacts.builder()
                        .marking(SecrecyMarking.values()[Math.floorMod(bits, 4)])
                        .secrecyTermExpired((bits & 4) != 0)
                        .declassified((bits & 8) != 0)
                        .secrecyUnclear((bits & 16) != 0)
                        .separable((bits & 32) != 0)
                        .thirdPartyConsent(ThirdPartyConsent.values()[Math.floorMod(bits >>> 6, 4)]);
                    for (ContentFlag flag : ContentFlag.values()) {
                      if ((bits >>> (8 + flag.ordinal()) & 1) != 0) {
                        builder.addContentFlags(flag);
                      }
                    }
                    if ((bits >>> 20 & 1) != 0) {
                      builder.addPublicInterest(PublicInterest.values()[Math.floorMod(bits >>> 21, PublicInterest.values().length)]);
                    }
                    if ((bits >>> 24 & 1) != 0) {
                      builder.addLocalGroundIds("UNKNOWN-" + (bits >>> 25));
                    }
                    if ((bits >>> 30 & 1) != 0) {
                      builder.secrecyMatter(SecrecyMatter.values()[bits >>> 31]);
                    }
                    return builder.build();
                  });
              facts.ifPresent(f -> classifiers.forEach(classifier ->
                  call("classify", () -> classifier.classify(f).explain(dev.disclosure.calendar.Language.ENGLISH))));
            });
  }
}
