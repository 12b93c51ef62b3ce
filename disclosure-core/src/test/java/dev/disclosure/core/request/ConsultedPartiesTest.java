package dev.disclosure.core.request;

import static dev.disclosure.core.request.Fixtures.FRI_2026_10_09;
import static dev.disclosure.core.request.Fixtures.MON_2026_09_28;
import static dev.disclosure.core.request.Fixtures.TUE_2026_10_13;
import static dev.disclosure.core.request.Fixtures.WED_2026_09_30;
import static dev.disclosure.core.request.Fixtures.open;
import static org.assertj.core.api.Assertions.assertThat;

import dev.disclosure.calendar.RuleId;
import dev.disclosure.core.AnswerKind;
import dev.disclosure.core.Regime;
import dev.disclosure.core.request.RequestEvent.Answered;
import dev.disclosure.core.request.RequestEvent.ConsultationSent;
import dev.disclosure.core.request.RequestEvent.Consulted;
import dev.disclosure.core.request.RequestEvent.NoOpinion;
import dev.disclosure.core.request.RequestEvent.OpinionReceived;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Two third parties consulted at once (OGI-2019 第三十二条, P-THIRD-PARTY-2019): 乙公司 is sent the
 * letter first, on Wed 2026-09-30, but receives it only on Fri 10-09, so its 15 working days end
 * Thu 10-29; 甲公司 is sent and receives it on 09-30, so its 15 working days (10-08 … 10-27) end
 * Tue 10-27. Opinions and silence are matched to the party they concern.
 */
class ConsultedPartiesTest {

  private static final LocalDate WED_2026_10_28 = LocalDate.of(2026, 10, 28);

  private static RequestCase consultingBoth() {
    return open(Regime.OGI_2019, MON_2026_09_28)
        .apply(new ConsultationSent(WED_2026_09_30, Consulted.THIRD_PARTY, "乙公司", FRI_2026_10_09))
        .apply(new ConsultationSent(WED_2026_09_30, Consulted.THIRD_PARTY, "甲公司", WED_2026_09_30));
  }

  @Test
  @DisplayName(
      "REQ-9: an answer refused while consulting names the steps offered on its own date: on 10-28,"
          + " after 甲公司's 15 working days, noting its silence")
  void refusalNamesTheStepsOfItsDate() {
    RequestCase c = consultingBoth();
    assertThat(c.status().allowedSteps()).doesNotContain(Step.NOTE_NO_OPINION);
    RefusedStepException refused =
        Refusals.of(c, new Answered(WED_2026_10_28, Answer.of(AnswerKind.DISCLOSED, "")));
    assertThat(refused.rule()).isEqualTo(RuleId.of("REQ-9"));
    assertThat(refused)
        .hasMessageEndingWith(
            "allowed on 2026-10-28: " + c.status().allowedSteps(WED_2026_10_28));
    assertThat(c.status().allowedSteps(WED_2026_10_28)).contains(Step.NOTE_NO_OPINION);
  }

  @Test
  @DisplayName("REQ-12: a blank party is the earliest pending consultation, kept as the empty string")
  void blankPartyIsTheEarliest() {
    assertThat(new OpinionReceived(TUE_2026_10_13, "同意", " 　"))
        .isEqualTo(new OpinionReceived(TUE_2026_10_13, "同意"));
    assertThat(new NoOpinion(WED_2026_10_28, "\t").party()).isEmpty();
    RequestCase first =
        consultingBoth().apply(new OpinionReceived(TUE_2026_10_13, "同意", "  "));
    // the earliest sent, 乙公司, answered: 甲公司's consultation is still pending
    assertThat(first.status().state()).isEqualTo(CaseState.CONSULTING);
    assertThat(Refusals.of(first, new OpinionReceived(TUE_2026_10_13, "同意", "乙公司")).rule())
        .isEqualTo(RuleId.of("REQ-12"));
    assertThat(first.apply(new OpinionReceived(TUE_2026_10_13, "同意", "甲公司")).status().state())
        .isEqualTo(CaseState.PROCESSING);
  }

  @Test
  @DisplayName("REQ-12: an opinion from a party not consulted is refused, naming the parties pending")
  void unknownParty() {
    RefusedStepException refused =
        Refusals.of(consultingBoth(), new OpinionReceived(TUE_2026_10_13, "同意", "丙公司"));
    assertThat(refused.rule()).isEqualTo(RuleId.of("REQ-12"));
    assertThat(refused)
        .hasMessageContaining("no consultation of '丙公司' is pending; pending: [乙公司, 甲公司]");
  }

  @Test
  @DisplayName("CAL-7, REQ-9: one party's opinion ends its consultation only; the other's keeps the case consulting")
  void opinionsOneByOne() {
    RequestCase first = consultingBoth().apply(new OpinionReceived(TUE_2026_10_13, "同意", "甲公司"));
    assertThat(first.status().state()).isEqualTo(CaseState.CONSULTING);
    assertThat(Refusals.of(first, new OpinionReceived(TUE_2026_10_13, "同意", "甲公司")).rule())
        .isEqualTo(RuleId.of("REQ-12"));
    RequestCase both = first.apply(new OpinionReceived(TUE_2026_10_13, "同意", "乙公司"));
    assertThat(both.status().state()).isEqualTo(CaseState.PROCESSING);
  }

  @Test
  @DisplayName("P-THIRD-PARTY-2019: silence is noted for the party whose 15 working days have ended,"
      + " and refused for one whose period runs")
  void silenceOfTheRightParty() {
    RequestCase c = consultingBoth();
    assertThat(c.status().allowedSteps(TUE_2026_10_13)).doesNotContain(Step.NOTE_NO_OPINION);
    assertThat(c.status().allowedSteps(WED_2026_10_28)).contains(Step.NOTE_NO_OPINION);
    RefusedStepException early = Refusals.of(c, new NoOpinion(WED_2026_10_28, "乙公司"));
    assertThat(early.rule()).isEqualTo(RuleId.of("P-THIRD-PARTY-2019"));
    assertThat(early).hasMessageContaining("'乙公司' has until 2026-10-29");
    // a note naming no party concerns the earliest consultation whose period has ended: 甲公司's
    RequestCase noted = c.apply(new NoOpinion(WED_2026_10_28));
    assertThat(noted.status().state()).isEqualTo(CaseState.CONSULTING);
    assertThat(Refusals.of(noted, new OpinionReceived(WED_2026_10_28, "同意", "甲公司")).rule())
        .isEqualTo(RuleId.of("REQ-12"));
    assertThat(noted.apply(new OpinionReceived(WED_2026_10_28, "同意", "乙公司")).status().state())
        .isEqualTo(CaseState.PROCESSING);
  }
}
