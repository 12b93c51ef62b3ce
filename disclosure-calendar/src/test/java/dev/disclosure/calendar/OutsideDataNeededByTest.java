package dev.disclosure.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * {@link OutsideCalendarDataException#neededBy}: a caller names what needed the date in its own
 * words (CAL-9); the date, the covered range, the rule and the remedies stay, whichever of the three
 * messages the calendar gave.
 */
class OutsideDataNeededByTest {

  private static final LocalDate MON_2027_03_01 = LocalDate.of(2027, 3, 1);
  private static final LegalPeriod ON_THE_SPOT = LegalPeriod.ofWorkingDays(0);

  private static void reworded(OutsideCalendarDataException asked, String question) {
    OutsideCalendarDataException reworded = asked.neededBy("recording the fee notice of 2027-03-01");
    assertThat(reworded.date()).isEqualTo(asked.date());
    assertThat(reworded.coveredRange()).isEqualTo(asked.coveredRange());
    assertThat(reworded.getCause()).isSameAs(asked);
    assertThat(asked.getMessage()).startsWith("CAL-9: " + question + " needs ");
    assertThat(reworded.getMessage())
        .isEqualTo(
            "CAL-9: recording the fee notice of 2027-03-01"
                + asked.getMessage().substring(("CAL-9: " + question).length()));
    // reworded again, the latest words replace the earlier ones
    assertThat(reworded.neededBy("judging the case").getMessage())
        .isEqualTo(
            "CAL-9: judging the case" + asked.getMessage().substring(("CAL-9: " + question).length()));
  }

  @Test
  @DisplayName("CAL-9: beyond the official data, the reworded message keeps the date, the range and the remedies")
  void official() {
    Deadline deadline = ChinaCalendars.official().deadline(ON_THE_SPOT, LocalDate.of(2026, 12, 1));
    reworded(
        catchThrowableOfType(
            OutsideCalendarDataException.class, () -> deadline.latenessOn(MON_2027_03_01)),
        "latenessOn");
  }

  @Test
  @DisplayName("CAL-9: beyond the estimate too, and inside the estimate asked a plain question, the reworded message keeps its remedies")
  void estimate() {
    WorkingDayCalendar through2027 = ChinaCalendars.officialWithEstimateThrough(2027);
    Deadline deadline = through2027.deadline(ON_THE_SPOT, LocalDate.of(2026, 12, 1));
    OutsideCalendarDataException beyond =
        catchThrowableOfType(
            OutsideCalendarDataException.class, () -> deadline.latenessOn(LocalDate.of(2029, 1, 2)));
    assertThat(beyond).hasMessageContaining("and the provisional estimate 2027-01-01..2027-12-31");
    reworded(beyond, "latenessOn");
    OutsideCalendarDataException plain =
        catchThrowableOfType(
            OutsideCalendarDataException.class, () -> through2027.isWorkingDay(MON_2027_03_01));
    assertThat(plain).hasMessageContaining("inside this calendar's provisional estimate");
    reworded(plain, "isWorkingDay");
  }

  @Test
  @DisplayName("CAL-9: neededBy(null) is refused, naming the parameter")
  void nullRefused() {
    OutsideCalendarDataException e =
        catchThrowableOfType(
            OutsideCalendarDataException.class,
            () -> ChinaCalendars.official().isWorkingDay(MON_2027_03_01));
    assertThatThrownBy(() -> e.neededBy(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("what");
  }
}
