package dev.disclosure.core.request;

import static dev.disclosure.core.request.Fixtures.MON_2015_09_28;
import static dev.disclosure.core.request.Fixtures.MON_2026_09_28;
import static dev.disclosure.core.request.Fixtures.TUE_2015_10_13;
import static dev.disclosure.core.request.Fixtures.TUE_2026_09_29;
import static dev.disclosure.core.request.Fixtures.TUE_2026_10_13;
import static dev.disclosure.core.request.Fixtures.WED_2015_09_30;
import static dev.disclosure.core.request.Fixtures.WED_2026_09_30;
import static dev.disclosure.core.request.Fixtures.open;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.disclosure.calendar.RuleId;
import dev.disclosure.core.AnswerKind;
import dev.disclosure.core.InvalidFactsException;
import dev.disclosure.core.Regime;
import dev.disclosure.core.law.Rules;
import dev.disclosure.core.request.RequestEvent.Answered;
import dev.disclosure.core.request.RequestEvent.FeeNotice;
import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What a case and its facts report about themselves: regime, latest step, the steps offered on a
 * date before it (REQ-9), findings on a date (REQ-10), the report rows' labels (REQ-5), deliveries
 * not before the answer (REQ-11) and what a publication answer must state (REQ-4).
 */
class RequestFactsTest {

  @Test
  @DisplayName("REQ-9: the case names its regime and latest step; nothing is offered before that step")
  void accessors() {
    RequestCase c =
        open(Regime.OGI_2008, MON_2015_09_28).apply(Fixtures.extension(TUE_2015_10_13, 15));
    assertThat(c.regime()).isEqualTo(Regime.OGI_2008);
    assertThat(c.status().regime()).isEqualTo(Regime.OGI_2008);
    assertThat(c.status().lastStepDate()).isEqualTo(TUE_2015_10_13);
    assertThat(c.status().allowedSteps(WED_2015_09_30)).isEmpty();
    assertThat(c.status().allowedSteps(TUE_2015_10_13)).isNotEmpty();
  }

  @Test
  @DisplayName("REQ-6: an extension with a blank approver names the field, the value, the rule and what is valid")
  void extensionBlankApprover() {
    assertThatThrownBy(
            () -> new RequestEvent.ExtensionApproved(WED_2026_09_30, 5, "  ", WED_2026_09_30, "需调取档案"))
        .isInstanceOfSatisfying(
            InvalidFactsException.class,
            e -> {
              assertThat(e.rules()).containsExactly(Rules.REQ_6);
              assertThat(e.problems().get(0).detail())
                  .isEqualTo(
                      "approvedBy is blank ('  ', 2 whitespace characters) for the extension"
                          + " approved 2026-09-30; name the head of the disclosure office who"
                          + " approved it (政府信息公开工作机构负责人), e.g. 李主任");
            })
        .hasMessageContaining("REQ-6: approvedBy is blank");
  }

  @Test
  @DisplayName("REQ-6, CAL-4: an extension with a blank reason names the field, the value, the rule and what is valid; each wrong field is its own problem")
  void extensionBlankReason() {
    assertThatThrownBy(
            () -> new RequestEvent.ExtensionApproved(WED_2026_09_30, 5, Fixtures.HEAD, WED_2026_09_30, ""))
        .isInstanceOfSatisfying(
            InvalidFactsException.class,
            e -> {
              assertThat(e.rules()).containsExactly(RuleId.CAL_4);
              assertThat(e.problems().get(0).detail())
                  .isEqualTo(
                      "reason is blank (the empty string) for the extension approved 2026-09-30;"
                          + " an extension of a deadline says why the period is extended, e.g."
                          + " 需调取档案");
            })
        .hasMessageContaining("CAL-4: reason is blank")
        .hasMessageNotContaining("approvedBy");
    // every wrong field at once, in the order of the record's components
    assertThatThrownBy(
            () -> new RequestEvent.ExtensionApproved(WED_2026_09_30, 0, "", TUE_2026_09_29, "\t"))
        .isInstanceOfSatisfying(
            InvalidFactsException.class,
            e -> {
              assertThat(e.rules())
                  .containsExactly(Rules.REQ_6, Rules.REQ_6, RuleId.CAL_4, Rules.REQ_6);
              assertThat(e.problems().get(0).detail()).startsWith("workingDays is 0 ");
              assertThat(e.problems().get(1).detail()).startsWith("approvedBy is blank (the empty string)");
              assertThat(e.problems().get(2).detail())
                  .startsWith("reason is blank ('\t', 1 whitespace character)");
              assertThat(e.problems().get(3).detail())
                  .startsWith("applicantNotifiedOn is 2026-09-29, before the approval on 2026-09-30");
            });
  }

  @Test
  @DisplayName("REQ-10: findings on a date before the latest step are refused, naming both dates")
  void findingsBeforeLatestStep() {
    CaseStatus status =
        open(Regime.OGI_2019, MON_2026_09_28)
            .apply(new FeeNotice(TUE_2026_10_13, BigDecimal.TEN))
            .status();
    assertThatThrownBy(() -> status.findingsOn(WED_2026_09_30))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2026-09-30")
        .hasMessageContaining("2026-10-13")
        .hasMessageContaining("REQ-10");
    assertThat(status.findingsOn(TUE_2026_10_13)).isNotEmpty();
  }

  @Test
  @DisplayName("REQ-5: a report row's label, group and number as the 2019 format prints them")
  void outcomeRows() {
    assertThat(OutcomeRow.DISCLOSED.label()).isEqualTo("予以公开");
    assertThat(OutcomeRow.DISCLOSED.number()).isZero();
    assertThat(OutcomeRow.NOT_DISCLOSED_STATE_SECRET.number()).isEqualTo(1);
    assertThat(OutcomeRow.NOT_DISCLOSED_STATE_SECRET.category())
        .isEqualTo(OutcomeRow.Category.NOT_DISCLOSED);
    assertThat(OutcomeRow.NOT_DISCLOSED_STATE_SECRET.label()).isEqualTo("不予公开／1.属于国家秘密");
    assertThat(OutcomeRow.NOT_DISCLOSED_PROHIBITED_BY_LAW.label())
        .isEqualTo("不予公开／2.其他法律行政法规禁止公开");
  }

  @Test
  @DisplayName("REQ-11: a delivery sent, or an answer recorded, before the answer's date is impossible")
  void deliveryNotBeforeAnswer() {
    Answer answer = Answer.of(AnswerKind.DISCLOSED, "予以公开");
    assertThatThrownBy(
            () -> new Answered(WED_2026_09_30, answer, new Delivery.Electronic(TUE_2026_09_29)))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("REQ-11")
        .hasMessageContaining("sent on 2026-09-29, before 2026-09-30");
    assertThatThrownBy(
            () -> new Answered(WED_2026_09_30, answer, new Delivery.NotRecorded(TUE_2026_09_29)))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("answered on 2026-09-29, but the answer is dated 2026-09-30");
    assertThat(
            new Answered(WED_2026_09_30, answer, new Delivery.Electronic(WED_2026_09_30))
                .delivery()
                .decisiveDate())
        .isEqualTo(WED_2026_09_30);
  }

  @Test
  @DisplayName("REQ-4: a publication answer must say how to obtain the publication")
  void publicationAnswerContent() {
    assertThatThrownBy(() -> Answer.of(AnswerKind.PUBLICATION_REQUESTED, " "))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("how to obtain the publication (获取的途径)");
  }
}
