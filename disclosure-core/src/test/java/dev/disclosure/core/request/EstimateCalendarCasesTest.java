package dev.disclosure.core.request;

import static dev.disclosure.core.request.Fixtures.ZHANG_SAN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.disclosure.calendar.ChinaCalendars;
import dev.disclosure.calendar.Finding;
import dev.disclosure.calendar.FindingKind;
import dev.disclosure.calendar.Language;
import dev.disclosure.calendar.Quantity;
import dev.disclosure.calendar.WorkingDayCalendar;
import dev.disclosure.core.AnswerKind;
import dev.disclosure.core.Regime;
import dev.disclosure.core.law.LegalPeriods;
import dev.disclosure.core.law.Rules;
import dev.disclosure.core.request.RequestEvent.Answered;
import dev.disclosure.core.request.RequestEvent.ConsultationSent;
import dev.disclosure.core.request.RequestEvent.Consulted;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Cases received in December 2026 run into 2027, which only a calendar with the provisional
 * estimate answers (CAL-9): the working days a finding counts on the estimate are counted there
 * too, never refused. Each count is checked against a naive count of the estimate's own days
 * ({@link WorkingDayCalendar#dayOf}, flagged).
 */
class EstimateCalendarCasesTest {

  private static final WorkingDayCalendar ESTIMATE = ChinaCalendars.officialWithEstimateThrough(2030);

  /** The working days in (from, to], day by day, on the estimate's flagged days. */
  private static long naive(LocalDate from, LocalDate to) {
    long days = 0;
    for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
      days += ESTIMATE.dayOf(d).isWorkingDay() ? 1 : 0;
    }
    return days;
  }

  private static Quantity workingDays(long n) {
    return Quantity.of(n, Quantity.Unit.WORKING_DAYS);
  }

  private static Application handedIn(LocalDate date) {
    return Fixtures.handedIn(date);
  }

  @Test
  @DisplayName("CAL-9, REQ-10: findings on a date count the working days left into the estimate")
  void findingsOnADateIntoTheEstimate() {
    CaseStatus status =
        RequestCase.open(Regime.OGI_2019, ESTIMATE, ZHANG_SAN, handedIn(LocalDate.of(2026, 12, 14)))
            .apply(new ConsultationSent(LocalDate.of(2026, 12, 21), Consulted.THIRD_PARTY, "甲公司"))
            .status();
    LocalDate on = LocalDate.of(2026, 12, 22);
    List<Finding> findings = status.findingsOn(on);
    LocalDate due = status.deadlineOn(on).dueDate();
    assertThat(status.deadlineOn(on).isProvisional()).isTrue();
    Finding left = findings.get(findings.size() - 1);
    assertThat(left.rule().toString()).isEqualTo("P-REPLY-2019");
    assertThat(left.what().values()).contains(workingDays(naive(on, due)));
    assertThat(Language.CHINESE.render(List.of(left))).contains("截至2026年12月22日尚在答复期限内，剩余");
  }

  @Test
  @DisplayName("CAL-9, P-THIRD-PARTY-2019: disclosing while the third party's period runs into the estimate is a breach naming the days left")
  void disclosedWhileConsultingIntoTheEstimate() {
    LocalDate sent = LocalDate.of(2026, 12, 21);
    LocalDate answered = LocalDate.of(2026, 12, 28);
    CaseStatus status =
        RequestCase.recorded(
                Regime.OGI_2019,
                ESTIMATE,
                ZHANG_SAN,
                handedIn(LocalDate.of(2026, 12, 14)),
                List.of(
                    new ConsultationSent(sent, Consulted.THIRD_PARTY, "甲公司"),
                    new Answered(answered, Answer.of(AnswerKind.DISCLOSED, ""))))
            .status();
    Finding breach =
        status.breaches().stream()
            .filter(f -> f.rule().toString().equals("P-THIRD-PARTY-2019"))
            .findFirst()
            .orElseThrow();
    assertThat(breach.kind()).isEqualTo(FindingKind.BROKEN);
    LocalDate periodEnds = ESTIMATE.deadline(LegalPeriods.P_THIRD_PARTY_2019, sent).dueDate();
    assertThat(periodEnds.getYear()).isEqualTo(2027);
    assertThat(breach.what().values()).contains(periodEnds, workingDays(naive(answered, periodEnds)));
  }

  @Test
  @DisplayName("CAL-9, REQ-11: an online application confirmed late across the year's end counts the days on the estimate")
  void lateConfirmationIntoTheEstimate() {
    LocalDate sent = LocalDate.of(2026, 12, 30);
    LocalDate confirmed = LocalDate.of(2027, 1, 6);
    Application online =
        new Application("某信息", "电子文档", new Submission.Electronic(false, sent, confirmed));
    CaseStatus status =
        RequestCase.recorded(Regime.OGI_2019, ESTIMATE, ZHANG_SAN, online, List.of()).status();
    Finding late =
        status.breaches().stream().filter(f -> f.rule().equals(Rules.REQ_11)).findFirst().orElseThrow();
    assertThat(late.what().values()).contains(workingDays(naive(sent, confirmed)));
    assertThat(naive(sent, confirmed)).isPositive();
  }
}
