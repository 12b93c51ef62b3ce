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
  @DisplayName(
      "CAL-9, REQ-6: an extension told in 2027, recorded in a history, is judged without 2027's"
          + " days: late against 2026-12-28, by at least the working days to the end of the data")
  void extensionToldBeyondTheData() {
    RequestCase c = recorded(TOLD_IN_2027);
    assertThat(c.status().breaches())
        .anyMatch(
            finding -> finding.rule().equals(dev.disclosure.core.law.Rules.REQ_6)
                && dev.disclosure.calendar.Language.CHINESE.render(finding).contains("至少"));
  }

  @Test
  @DisplayName(
      "CAL-9, REQ-10: a step whose own days lie beyond the data (a correction received in 2027"
          + " restarts the period there) names the step, its place and its date")
  void stepRecordedBeyondTheData() {
    RequestEvent asked = new RequestEvent.CorrectionAsked(LocalDate.of(2026, 12, 2), "文号", MON_2026_12_28);
    RequestEvent received = new RequestEvent.CorrectionReceived(MON_2027_03_01);
    assertThatThrownBy(() -> recorded(asked, received))
        .isInstanceOfSatisfying(
            OutsideCalendarDataException.class,
            e -> {
              beyondData(e);
              assertThat(e)
                  .hasMessageStartingWith(
                      "CAL-9: recording step 2 of the history, corrected application received"
                          + " (RECEIVE_CORRECTION) of 2027-03-01, needs 2027-03-01");
              assertThat(e.getCause()).isInstanceOf(OutsideCalendarDataException.class);
            });
    RequestCase waiting = recorded(asked);
    assertThatThrownBy(() -> waiting.record(received))
        .isInstanceOfSatisfying(
            OutsideCalendarDataException.class,
            e ->
                assertThat(e)
                    .hasMessageStartingWith(
                        "CAL-9: recording the step corrected application received (RECEIVE_CORRECTION) of"
                            + " 2027-03-01 needs 2027-03-01"));
  }

  @Test
  @DisplayName(
      "CAL-9, P-REPLY-2019: a case answered in 2027 after its due date in 2026 is judged late"
          + " without 2027's days, by at least the working days to the end of the data")
  void answeredBeyondTheData() {
    CaseStatus answered =
        recorded(new Answered(MON_2027_03_01, Answer.of(AnswerKind.DISCLOSED, ""))).status();
    assertThat(answered.breaches())
        .anyMatch(
            finding -> dev.disclosure.calendar.Language.CHINESE.render(finding)
                .contains("已超过答复期限2026年12月28日"));
  }
}
