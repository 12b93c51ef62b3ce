package dev.disclosure.core.request;

import static dev.disclosure.core.Renderings.checkedEnglish;
import static dev.disclosure.core.Renderings.chinese;
import static dev.disclosure.core.request.Fixtures.OFFICIAL;
import static dev.disclosure.core.request.Fixtures.ZHANG_SAN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.disclosure.calendar.Finding;
import dev.disclosure.calendar.FindingKind;
import dev.disclosure.calendar.Language;
import dev.disclosure.calendar.RuleId;
import dev.disclosure.core.AnswerKind;
import dev.disclosure.core.Regime;
import dev.disclosure.core.law.LegalPeriods;
import dev.disclosure.core.request.RequestEvent.Answered;
import dev.disclosure.core.request.RequestEvent.CorrectionAsked;
import dev.disclosure.core.request.RequestEvent.CorrectionMissed;
import dev.disclosure.core.request.RequestEvent.CorrectionReceived;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Telling the applicant to amend or supplement an unclear request under OGI_2008 (OGI-2008
 * 第二十一条第（四）项). Handed in Mon 2012-09-24; 国庆 2012-09-30 … 10-07 off, Sat 09-29 a working
 * day: 15 working days 09-25 … 09-29 (5), 10-08 … 10-12 (10), 10-15 … 10-19 (15), due Fri 10-19.
 */
class Ogi2008CorrectionTest {

  private static final LocalDate MON_2012_09_24 = LocalDate.of(2012, 9, 24);

  private static LocalDate day(int month, int dayOfMonth) {
    return LocalDate.of(2012, month, dayOfMonth);
  }

  private static List<RequestEvent> lawful() {
    return List.of(
        new CorrectionAsked(day(9, 25), "所需信息的名称或文号", day(10, 15)),
        new CorrectionReceived(day(10, 15)),
        new Answered(day(10, 26), Answer.of(AnswerKind.DISCLOSED, "")));
  }

  private static RequestCase record(List<RequestEvent> events) {
    return RequestCase.recorded(
        Regime.OGI_2008, OFFICIAL, ZHANG_SAN, Fixtures.handedIn(MON_2012_09_24), events);
  }

  @Test
  @DisplayName(
      "REQ-3 (OGI-2008 第二十一条第（四）项): a notice to amend or supplement is lawful; the amended"
          + " application's 15 working days run from its receipt 10-15 [convention]; guided and"
          + " recorded agree")
  void correctionIsLawful() {
    RequestCase recorded = record(lawful());
    RequestCase guided =
        RequestCase.of(
            Regime.OGI_2008, OFFICIAL, ZHANG_SAN, Fixtures.handedIn(MON_2012_09_24), lawful());
    assertThat(recorded.status()).isEqualTo(guided.status());
    assertThat(recorded.status().breaches()).isEmpty();
    assertThat(recorded.status().dueDate())
        .isEqualTo(OFFICIAL.deadline(LegalPeriods.P_REPLY_2008, day(10, 15)).dueDate());
    List<Finding> convention =
        recorded.status().findings().stream()
            .filter(f -> f.rule().equals(RuleId.of("REQ-3")) && f.kind() == FindingKind.CONVENTION)
            .toList();
    assertThat(convention).hasSize(1);
    assertThat(chinese(convention)).contains("第二十一条第（四）项", "更改、补充").doesNotContain("第三十条");
    checkedEnglish(Language.ENGLISH.render(convention));
  }

  @Test
  @DisplayName(
      "REQ-3, P-REPLY-2008: a notice to amend after the due date 10-19 is refused in guidance and,"
          + " recorded, is a finding that restarts nothing")
  void lateNotice() {
    CorrectionAsked late = new CorrectionAsked(day(10, 22), "文号", day(10, 31));
    RefusedStepException refused =
        Refusals.of(
            RequestCase.open(Regime.OGI_2008, OFFICIAL, ZHANG_SAN, Fixtures.handedIn(MON_2012_09_24)),
            late);
    assertThat(refused.rule()).isEqualTo(RuleId.of("REQ-3"));
    RequestCase c = record(List.of(late, new CorrectionReceived(day(10, 25))));
    assertThat(c.status().dueDate()).isEqualTo(day(10, 19));
    assertThat(c.status().breaches())
        .anyMatch(f -> f.rule().equals(RuleId.of("REQ-3")) && chinese(f).contains("更改、补充"));
  }

  @Test
  @DisplayName(
      "REQ-3, REQ-5: under OGI_2008 nothing supplied by the deadline closes the case as answered by the"
          + " notice (其他处理／其他); OGI_2008 has no 视为放弃申请")
  void nothingSupplied() {
    CaseStatus missed =
        record(
                List.of(
                    new CorrectionAsked(day(9, 25), "文号", day(10, 12)),
                    new CorrectionMissed(day(10, 15))))
            .status();
    assertThat(missed.outcome()).contains(OutcomeRow.OTHER);
    assertThat(missed.breaches()).isEmpty();
    List<Finding> judged =
        record(List.of(new CorrectionAsked(day(9, 25), "文号", day(10, 12))))
            .status()
            .findingsOn(day(12, 3));
    assertThat(chinese(judged)).contains("第二十一条第（四）项").doesNotContain("视为放弃申请");
  }
}
