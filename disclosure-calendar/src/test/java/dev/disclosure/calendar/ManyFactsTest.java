package dev.disclosure.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Deadlines with many facts: a history recorded as it happened may hold thousands of extensions
 * that extend nothing. Added in date order, each resumes the evaluation where the last ended.
 */
class ManyFactsTest {

  private static final WorkingDayCalendar OFFICIAL = ChinaCalendars.official();
  private static final LocalDate START = LocalDate.of(2008, 1, 2);

  @Tag("slow")
  @Test
  @DisplayName("CAL-7, REQ-6: 10,000 extensions in date order; all beyond the bound are breaches")
  void tenThousandExtensions() {
    Deadline deadline = OFFICIAL.deadline(SamplePeriods.REPLY_2019, START);
    for (int i = 0; i < 10_000; i++) {
      deadline =
          deadline.withExtension(
              Extension.of(1, START.plusDays(i / 1_000), String.format("第%05d次", i)));
    }
    assertThat(deadline.extensionInForce()).isEqualTo(20);
    assertThat(deadline.breaches()).hasSize(10_000 - 20);
  }

  @Test
  @DisplayName("CAL-7, REQ-6: the same 500 extensions and pauses in reverse order give the same")
  void reverseOrder() {
    Deadline forwards = OFFICIAL.deadline(SamplePeriods.REPLY_2019, START);
    Deadline backwards = forwards;
    int n = 500;
    for (int i = 0; i < n; i++) {
      LocalDate day = START.plusDays(i);
      forwards =
          forwards
              .withPause(Pause.of(day, day.plusDays(1), "征求第三方意见", SamplePeriods.ART_33))
              .withExtension(Extension.of(1, day, "第" + i + "次"));
    }
    for (int i = n - 1; i >= 0; i--) {
      LocalDate day = START.plusDays(i);
      backwards =
          backwards
              .withExtension(Extension.of(1, day, "第" + i + "次"))
              .withPause(Pause.of(day, day.plusDays(1), "征求第三方意见", SamplePeriods.ART_33));
    }
    assertThat(backwards).isEqualTo(forwards);
    assertThat(backwards.dueDate()).isEqualTo(forwards.dueDate());
    assertThat(backwards.extensionInForce()).isEqualTo(forwards.extensionInForce());
  }
}
