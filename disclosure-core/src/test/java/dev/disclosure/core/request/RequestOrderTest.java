package dev.disclosure.core.request;

import static dev.disclosure.core.request.Fixtures.extension;
import static dev.disclosure.core.request.Fixtures.open;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.disclosure.calendar.Citation;
import dev.disclosure.calendar.Finding;
import dev.disclosure.calendar.FindingKind;
import dev.disclosure.calendar.Language;
import dev.disclosure.calendar.PeriodUnit;
import dev.disclosure.core.AnswerKind;
import dev.disclosure.core.InvalidFactsException;
import dev.disclosure.core.Regime;
import dev.disclosure.core.law.Rules;
import dev.disclosure.core.request.RequestEvent.AnswerOrdered;
import dev.disclosure.core.request.RequestEvent.OrderKind;
import dev.disclosure.core.request.RequestEvent.Orderer;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Orders from outside (REQ-12): a 复议 decision or a judgment ordering the agency to answer anew or
 * within a period. Due dates counted by hand on the official calendar of 2025 (端午节 2025-05-31 to
 * 06-02; 国庆节 and 中秋节 2025-10-01 to 10-08, 09-28 and 10-11 worked).
 */
class RequestOrderTest {

  private static final LocalDate RECEIPT = LocalDate.of(2025, 3, 3);

  private static RequestCase answeredOnTime() {
    return open(Regime.OGI_2019, RECEIPT)
        .apply(
            new RequestEvent.Answered(
                LocalDate.of(2025, 3, 20), Answer.of(AnswerKind.DISCLOSED, "")));
  }

  private static AnswerOrdered reviewAnew(LocalDate received, int workingDays) {
    return new AnswerOrdered(
        received, Orderer.REVIEW_BODY, OrderKind.ANSWER_ANEW, "某府复决〔2025〕12号", workingDays,
        PeriodUnit.WORKING_DAYS);
  }

  private static List<String> provisions(Finding finding) {
    return finding.citations().stream().map(Citation::provision).toList();
  }

  @Test
  @DisplayName(
      "REQ-12: a 复议 decision received 2025-06-02 (端午节) orders a new answer within 15 working"
          + " days: due 2025-06-23 by the one clock, citing 行政复议法 第六十四条第一款; the new answer"
          + " of 06-30 is late by 5 working days, a finding under REQ-12")
  void reviewOrdersANewAnswer() {
    RequestCase ordered = answeredOnTime().apply(reviewAnew(LocalDate.of(2025, 6, 2), 15));
    CaseStatus status = ordered.status();
    assertThat(status.isClosed()).isFalse();
    assertThat(status.state()).isEqualTo(CaseState.PROCESSING);
    assertThat(status.dueDate()).isEqualTo(LocalDate.of(2025, 6, 23));
    assertThat(status.deadline().period().id()).isEqualTo(Rules.REQ_12);
    assertThat(status.allowedSteps(LocalDate.of(2025, 6, 10)))
        .containsExactlyInAnyOrder(Step.ANSWER, Step.WITHDRAW);
    Finding order =
        status.findings().stream()
            .filter(f -> f.rule().equals(Rules.REQ_12))
            .findFirst()
            .orElseThrow();
    assertThat(order.kind()).isEqualTo(FindingKind.APPLIED);
    assertThat(provisions(order)).containsExactly("第六十四条第一款");
    assertThat(Language.CHINESE.render(List.of(order)))
        .contains("行政复议机关", "责令重新答复", "某府复决〔2025〕12号", "15个工作日", "2025年6月23日", "行政复议法");
    assertThat(Language.ENGLISH.render(List.of(order))).contains("answer anew", "2025-06-23");
    assertThat(status.breaches()).isEmpty();

    RequestCase late =
        ordered.apply(
            new RequestEvent.Answered(
                LocalDate.of(2025, 6, 30), Answer.of(AnswerKind.DISCLOSED, "")));
    assertThat(late.status().isClosed()).isTrue();
    assertThat(late.status().outcome()).contains(OutcomeRow.DISCLOSED);
    assertThat(late.status().latenessOn(LocalDate.of(2025, 6, 30)).workingDaysLate()).isEqualTo(5);
    assertThat(late.status().breaches())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo(Rules.REQ_12);
              assertThat(f.kind()).isEqualTo(FindingKind.BROKEN);
              assertThat(Language.CHINESE.render(List.of(f))).contains("逾期5个工作日", "第六十四条");
            });
    // an answer on the due date is on time
    assertThat(
            ordered
                .apply(
                    new RequestEvent.Answered(
                        LocalDate.of(2025, 6, 23), Answer.of(AnswerKind.DISCLOSED, "")))
                .status()
                .breaches())
        .isEmpty();
  }

  @Test
  @DisplayName(
      "REQ-12, P-REPLY-2019: never answered (due 2025-03-31), a judgment received 2025-09-01 orders"
          + " an answer within 15 days: due 2025-09-16, citing 行政诉讼法 第七十二条 and 法释〔2011〕17号"
          + " 第十条; the lateness of the first period stays a finding beside the new clock")
  void courtOrdersAnAnswerWithinAPeriod() {
    RequestCase unanswered = open(Regime.OGI_2019, RECEIPT);
    AnswerOrdered judgment =
        new AnswerOrdered(
            LocalDate.of(2025, 9, 1), Orderer.COURT, OrderKind.ANSWER_WITHIN, "（2025）某行初12号", 15,
            PeriodUnit.DAYS);
    assertThat(unanswered.status().allowedSteps(LocalDate.of(2025, 3, 31)))
        .doesNotContain(Step.ORDER_ANSWER);
    assertThat(unanswered.status().allowedSteps(LocalDate.of(2025, 9, 1)))
        .contains(Step.ORDER_ANSWER);
    RequestCase ordered = unanswered.apply(judgment);
    assertThat(ordered.status().dueDate()).isEqualTo(LocalDate.of(2025, 9, 16));
    assertThat(judgment.period().citations().stream().map(Citation::provision))
        .containsExactly("第七十二条", "第十条");
    RequestCase answered =
        ordered.apply(
            new RequestEvent.Answered(
                LocalDate.of(2025, 9, 10), Answer.of(AnswerKind.DISCLOSED, "")));
    assertThat(answered.status().breaches())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo(Rules.P_REPLY_2019);
              assertThat(Language.CHINESE.render(List.of(f)))
                  .contains("截至2025年9月1日未答复", "2025年3月31日");
            });
  }

  @Test
  @DisplayName(
      "REQ-12: a 复议 decision received before 2024-01-01 cites the 2017 行政复议法 第二十八条; an order"
          + " over 国庆节 in days ends on the next working day")
  void reviewLawInForceAndHolidays() {
    assertThat(
            reviewAnew(LocalDate.of(2023, 12, 29), 15).period().citations().stream()
                .map(Citation::toReference))
        .singleElement()
        .asString()
        .contains("2017", "第二十八条第一款第（三）项");
    assertThat(
            reviewAnew(LocalDate.of(2024, 1, 1), 15).period().citations().stream()
                .map(Citation::toReference))
        .singleElement()
        .asString()
        .contains("2023", "第六十四条第一款");
    // received 2025-09-24, 7 days: 10-01 falls in the holiday, so 10-09
    RequestCase ordered =
        answeredOnTime()
            .apply(
                new AnswerOrdered(
                    LocalDate.of(2025, 9, 24), Orderer.COURT, OrderKind.ANSWER_ANEW, "（2025）某行终3号",
                    7, PeriodUnit.DAYS));
    assertThat(ordered.status().dueDate()).isEqualTo(LocalDate.of(2025, 10, 9));
  }

  @Test
  @DisplayName(
      "REQ-12: guidance refuses an order that does not fit (answer within a period while the reply"
          + " period runs, answer anew before any answer, any order after a withdrawal) and, after"
          + " an order, an extension; recording takes the extension with a REQ-12 finding and leaves"
          + " the ordered due date as it was")
  void refusalsAndRecording() {
    RequestCase running = open(Regime.OGI_2019, RECEIPT);
    AnswerOrdered within =
        new AnswerOrdered(
            LocalDate.of(2025, 3, 20), Orderer.COURT, OrderKind.ANSWER_WITHIN, "（2025）某行初1号", 15,
            PeriodUnit.DAYS);
    assertThat(catchThrowableOfType(() -> running.apply(within), RefusedStepException.class).rule())
        .isEqualTo(Rules.REQ_12);
    assertThat(
            catchThrowableOfType(
                    () -> running.apply(reviewAnew(LocalDate.of(2025, 4, 20), 15)),
                    RefusedStepException.class)
                .rule())
        .isEqualTo(Rules.REQ_12);
    RequestCase withdrawn = running.apply(new RequestEvent.Withdrawn(LocalDate.of(2025, 3, 10)));
    assertThat(withdrawn.status().allowedSteps(LocalDate.of(2025, 5, 6))).isEmpty();
    RequestCase ordered = answeredOnTime().apply(reviewAnew(LocalDate.of(2025, 6, 2), 15));
    RequestEvent.ExtensionApproved extended = extension(LocalDate.of(2025, 6, 10), 10);
    RefusedStepException refused =
        catchThrowableOfType(() -> ordered.apply(extended), RefusedStepException.class);
    assertThat(refused.rule()).isEqualTo(Rules.REQ_12);
    assertThat(refused.getMessage()).contains("APPROVE_EXTENSION");
    RequestCase recorded = ordered.record(extended);
    assertThat(recorded.status().dueDate()).isEqualTo(LocalDate.of(2025, 6, 23));
    assertThat(recorded.status().breaches())
        .singleElement()
        .extracting(Finding::rule)
        .isEqualTo(Rules.REQ_12);
    // the whole history recorded at once is the same case
    assertThat(
            RequestCase.recorded(
                Regime.OGI_2019,
                ordered.calendar(),
                ordered.applicant(),
                ordered.application(),
                recorded.events()))
        .isEqualTo(recorded);
  }

  @Test
  @DisplayName("REQ-12: an order names its decision and a period of at least one day")
  void badOrders() {
    assertThatThrownBy(
            () ->
                new AnswerOrdered(
                    RECEIPT, Orderer.COURT, OrderKind.ANSWER_ANEW, " ", 15, PeriodUnit.DAYS))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("REQ-12");
    assertThatThrownBy(
            () ->
                new AnswerOrdered(
                    RECEIPT, Orderer.COURT, OrderKind.ANSWER_ANEW, "（2025）某行初1号", 0,
                    PeriodUnit.DAYS))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("got 0");
    assertThatThrownBy(
            () -> new AnswerOrdered(RECEIPT, null, OrderKind.ANSWER_ANEW, "x", 1, PeriodUnit.DAYS))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("orderer");
  }
}
