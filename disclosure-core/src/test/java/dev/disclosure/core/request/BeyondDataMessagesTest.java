package dev.disclosure.core.request;

import static dev.disclosure.core.request.Fixtures.HEAD;
import static dev.disclosure.core.request.Fixtures.OFFICIAL;
import static dev.disclosure.core.request.Fixtures.ZHANG_SAN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.disclosure.calendar.OutsideCalendarDataException;
import dev.disclosure.core.AnswerKind;
import dev.disclosure.core.Regime;
import dev.disclosure.core.request.RequestEvent.Answered;
import dev.disclosure.core.request.RequestEvent.ExtensionApproved;
import dev.disclosure.core.request.RequestEvent.FeeNotice;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A recorded date beyond the calendar's data (CAL-9) on {@code ChinaCalendars.official()}, whose
 * data end 2026-12-31: the same {@link OutsideCalendarDataException}, thrown in the same cases, its
 * message naming the step the caller recorded and its date, never a method of the library.
 * Received Mon 2026-11-30 in person, OGI_2019: due Mon 2026-12-28.
 */
class BeyondDataMessagesTest {

  private static final LocalDate MON_2026_11_30 = LocalDate.of(2026, 11, 30);
  private static final LocalDate MON_2026_12_28 = LocalDate.of(2026, 12, 28);
  private static final LocalDate MON_2027_03_01 = LocalDate.of(2027, 3, 1);

  /** Approved on the due date, told the applicant in 2027: the notice's lateness needs 2027. */
  private static final ExtensionApproved TOLD_IN_2027 =
      new ExtensionApproved(MON_2026_12_28, 10, HEAD, MON_2027_03_01, "需调取档案");

  private static RequestCase recorded(RequestEvent... events) {
    return RequestCase.recorded(
        Regime.OGI_2019, OFFICIAL, ZHANG_SAN, Fixtures.handedIn(MON_2026_11_30), List.of(events));
  }

  private static void beyondData(OutsideCalendarDataException e) {
    assertThat(e.date()).isEqualTo(MON_2027_03_01);
    assertThat(e.coveredRange()).isEqualTo(OFFICIAL.coveredRange());
    assertThat(e)
        .hasMessageStartingWith("CAL-9: ")
        .hasMessageContaining("needs 2027-03-01, outside the official data 2007-01-01..2026-12-31")
        .hasMessageContaining("ChinaCalendars.officialWithEstimateThrough(year)")
        .hasMessageNotContaining("latenessOn")
        .hasMessageNotContaining("workingDaysBetween")
        .hasMessageNotContaining("isWorkingDay");
  }

  @Test
  @DisplayName("CAL-9, REQ-6: an extension told in 2027, recorded in a history, names the step, its place and its date")
  void extensionToldBeyondTheData() {
    assertThatThrownBy(() -> recorded(TOLD_IN_2027))
        .isInstanceOfSatisfying(
            OutsideCalendarDataException.class,
            e -> {
              beyondData(e);
              assertThat(e)
                  .hasMessageStartingWith(
                      "CAL-9: recording step 1 of the history, extension of the reply period"
                          + " (APPROVE_EXTENSION) of 2026-12-28, needs 2027-03-01");
              assertThat(e.getCause()).isInstanceOf(OutsideCalendarDataException.class);
            });
  }

  @Test
  @DisplayName("CAL-9, REQ-10: a step recorded or applied in 2027 on a case names the step and its date")
  void stepRecordedBeyondTheData() {
    RequestCase received = recorded();
    assertThatThrownBy(() -> received.record(new FeeNotice(MON_2027_03_01, BigDecimal.TEN)))
        .isInstanceOfSatisfying(
            OutsideCalendarDataException.class,
            e -> {
              beyondData(e);
              assertThat(e)
                  .hasMessageStartingWith(
                      "CAL-9: recording the step processing fee notice (SEND_FEE_NOTICE) of"
                          + " 2027-03-01 needs 2027-03-01");
            });
    // guided: received Mon 2026-12-14, a fee notice of Tue 2027-01-05 needs the due date, in 2027
    RequestCase guided = Fixtures.open(Regime.OGI_2019, LocalDate.of(2026, 12, 14));
    assertThatThrownBy(() -> guided.apply(new FeeNotice(LocalDate.of(2027, 1, 5), BigDecimal.TEN)))
        .isInstanceOfSatisfying(
            OutsideCalendarDataException.class,
            e ->
                assertThat(e)
                    .hasMessageStartingWith(
                        "CAL-9: applying the step processing fee notice (SEND_FEE_NOTICE) of"
                            + " 2027-01-05 needs 2027-01-01, outside the official data")
                    .hasMessageNotContaining("WorkingDays"));
    assertThatThrownBy(() -> received.record(TOLD_IN_2027))
        .isInstanceOfSatisfying(
            OutsideCalendarDataException.class,
            e -> assertThat(e).hasMessageContaining("(APPROVE_EXTENSION) of 2026-12-28 needs"));
  }

  @Test
  @DisplayName("CAL-9, P-REPLY-2019: the findings of a case answered in 2027 name the judging, not a method")
  void answeredBeyondTheData() {
    // recorded without error: the answer's own rule needs no working day in 2027
    CaseStatus answered =
        recorded(new Answered(MON_2027_03_01, Answer.of(AnswerKind.DISCLOSED, ""))).status();
    assertThatThrownBy(answered::findings)
        .isInstanceOfSatisfying(
            OutsideCalendarDataException.class,
            e -> {
              beyondData(e);
              assertThat(e)
                  .hasMessageStartingWith(
                      "CAL-9: judging the lateness of the case closed on 2027-03-01 needs"
                          + " 2027-03-01");
            });
  }
}
