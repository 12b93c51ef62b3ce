package dev.disclosure.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.disclosure.calendar.ChinaCalendars;
import dev.disclosure.core.AnswerKind;
import dev.disclosure.core.Applicant;
import dev.disclosure.core.ApplicantKind;
import dev.disclosure.core.Regime;
import dev.disclosure.core.request.Answer;
import dev.disclosure.core.request.Application;
import dev.disclosure.core.request.RequestCase;
import dev.disclosure.core.request.RequestEvent;
import dev.disclosure.core.request.Submission;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The completion rate (办结率) on an evaluation day: what counts is what was received and due by that
 * day; an answer given after it is not yet a completion.
 */
class CompletionRateTest {

  private static final LocalDate MON = LocalDate.of(2026, 9, 28);
  private static final LocalDate WED = LocalDate.of(2026, 9, 30);
  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 30);

  private static RequestCase request(LocalDate receipt, LocalDate answered) {
    RequestCase c = RequestCase.open(Regime.OGI_2019, ChinaCalendars.official(),
        Applicant.of("张三", ApplicantKind.NATURAL_PERSON, "13800000000"),
        new Application("2025年度预算执行情况", "纸质", new Submission.InPerson(receipt)));
    return answered == null ? c
        : c.apply(new RequestEvent.Answered(answered, Answer.of(AnswerKind.DISCLOSED, "")));
  }

  private static List<RequestCase> answered(int n) {
    List<RequestCase> cases = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      cases.add(request(MON, WED));
    }
    return cases;
  }

  @Test
  @DisplayName("SC-8: three answered on time of four due — 3/4 = 75%, the evaluation day stated")
  void plainRate() {
    List<RequestCase> cases = answered(3);
    cases.add(request(MON, null));
    Rate rate = RequestMetrics.completionRate(cases, AS_OF);
    assertThat(rate.percent()).isEqualTo(Points.of(75));
    assertThat(rate.basis()).isEqualTo("办结率：3/4 = 75%（截至2026-11-30）");
  }

  @Test
  @DisplayName("SC-8: a request received after the evaluation day is not counted at all")
  void receivedAfterTheDay() {
    List<RequestCase> cases = answered(3);
    cases.add(request(LocalDate.of(2026, 12, 1), null));
    assertThat(RequestMetrics.completionRate(cases, AS_OF).basis())
        .isEqualTo("办结率：3/3 = 100%（截至2026-11-30）");
  }

  @Test
  @DisplayName("SC-8: a request due in October and answered in December is not completed on 30 November")
  void answeredAfterTheDay() {
    List<RequestCase> cases = answered(3);
    cases.add(request(MON, LocalDate.of(2026, 12, 4)));
    Rate rate = RequestMetrics.completionRate(cases, AS_OF);
    assertThat(rate.percent()).isEqualTo(Points.of(75));
    assertThat(rate.basis()).isEqualTo("办结率：3/4 = 75%（截至2026-11-30）");
    assertThat(RequestMetrics.completionRate(cases, LocalDate.of(2026, 12, 4)).basis())
        .isEqualTo("办结率：4/4 = 100%（截至2026-12-04）");
  }

  @Test
  @DisplayName("SC-8: with nothing due, the rate is taken as met by convention and the pending ones named")
  void nothingDue() {
    Rate rate = RequestMetrics.completionRate(List.of(request(LocalDate.of(2026, 11, 25), null)), AS_OF);
    assertThat(rate.percent()).isEqualTo(Points.of(100));
    assertThat(rate.basis())
        .isEqualTo("办结率：截至2026-11-30无到期应办结的申请（0件）；未到期1件不计，视为达到标准〔约定〕");
  }
}
