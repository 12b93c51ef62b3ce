package dev.disclosure.core.request;

import static dev.disclosure.core.request.Fixtures.MON_2026_09_28;
import static dev.disclosure.core.request.Fixtures.MON_2026_10_12;
import static dev.disclosure.core.request.Fixtures.TUE_2026_10_13;
import static dev.disclosure.core.request.Fixtures.WED_2026_09_30;
import static dev.disclosure.core.request.Fixtures.open;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.disclosure.calendar.Finding;
import dev.disclosure.calendar.FindingKind;
import dev.disclosure.calendar.Language;
import dev.disclosure.calendar.RuleId;
import dev.disclosure.core.AnswerKind;
import dev.disclosure.core.InvalidFactsException;
import dev.disclosure.core.Regime;
import dev.disclosure.core.request.RequestEvent.Answered;
import dev.disclosure.core.request.RequestEvent.FeeNotice;
import dev.disclosure.core.request.RequestEvent.ReasonsAsked;
import dev.disclosure.core.request.RequestEvent.ReasonsGiven;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * While the applicant's reasons are awaited (OGI-2019 第三十五条) the only answer is 不予处理; once they
 * are given, the request is processed again; and a fee notice's amount is checked at once.
 */
class AwaitingReasonsTest {

  private static final RequestCase ASKED =
      open(Regime.OGI_2019, MON_2026_09_28).apply(new ReasonsAsked(WED_2026_09_30));

  @Test
  @DisplayName("REQ-4: while reasons are awaited every answer but EXCESSIVE_NOT_PROCESSED is refused")
  void onlyExcessiveWhileAwaiting() {
    assertThat(ASKED.status().state()).isEqualTo(CaseState.AWAITING_REASONS);
    for (AnswerKind kind : EnumSet.of(AnswerKind.DISCLOSED,
        AnswerKind.DOES_NOT_EXIST, AnswerKind.ALREADY_PUBLISHED)) {
      Answered answered = new Answered(TUE_2026_10_13, Answer.of(kind, "答复"));
      RefusedStepException refused = Refusals.of(ASKED, answered);
      assertThat(refused.rule()).as("%s", kind).isEqualTo(RuleId.of("REQ-4"));
      assertThat(refused).hasMessageContaining(kind.name());
    }
    RequestCase closed =
        ASKED.apply(
            new Answered(TUE_2026_10_13, Answer.of(AnswerKind.EXCESSIVE_NOT_PROCESSED, "无正当理由")));
    assertThat(closed.status().state()).isEqualTo(CaseState.CLOSED);
  }

  @Test
  @DisplayName(
      "REQ-4 [convention]: 不予处理 while the reasons are still awaited says that none given counts as"
          + " no reasonable ground (第三十五条 sets no time); after reasons given, no such finding")
  void noReasonsGivenIsAConvention() {
    Answer notProcessed = Answer.of(AnswerKind.EXCESSIVE_NOT_PROCESSED, "无正当理由");
    List<Finding> silent =
        ASKED.apply(new Answered(TUE_2026_10_13, notProcessed)).status().findings().stream()
            .filter(f -> f.kind() == FindingKind.CONVENTION && f.rule().equals(RuleId.of("REQ-4")))
            .toList();
    assertThat(silent).hasSize(1);
    assertThat(Language.CHINESE.render(silent))
        .isEqualTo(
            "[REQ-4 约定] 2026年10月13日不予处理：申请人未说明理由；第三十五条未规定说明理由的期限，约定：未说明理由的，视为申请理由不合理"
                + "（依据《中华人民共和国政府信息公开条例》（国务院令第711号）第三十五条）");
    assertThat(silent.get(0).citations().get(0).wording()).contains("可以要求申请人说明理由");
    assertThat(
            ASKED.apply(new ReasonsGiven(MON_2026_10_12, "研究需要"))
                .apply(new Answered(TUE_2026_10_13, notProcessed))
                .status()
                .findings())
        .noneMatch(f -> f.kind() == FindingKind.CONVENTION && f.rule().equals(RuleId.of("REQ-4")));
  }

  @Test
  @DisplayName(
      "REQ-4 [convention], REQ-12: an answer item by item giving 不予处理 while the reasons are awaited"
          + " carries the same convention finding, guided and recorded")
  void itemByItemNotProcessedIsAConvention() {
    Answer notProcessed = Answer.of(AnswerKind.EXCESSIVE_NOT_PROCESSED, "无正当理由");
    Application twoItems =
        new Application(
            "历年会议纪要及预算",
            "电子文档",
            new Submission.InPerson(MON_2026_09_28),
            List.of("会议纪要", "预算"));
    RequestEvent.ItemsAnswered items =
        new RequestEvent.ItemsAnswered(
            TUE_2026_10_13,
            List.of(new ItemAnswer("会议纪要", notProcessed), new ItemAnswer("预算", notProcessed)));
    RequestCase asked =
        RequestCase.open(Regime.OGI_2019, Fixtures.OFFICIAL, Fixtures.ZHANG_SAN, twoItems)
            .apply(new ReasonsAsked(WED_2026_09_30));
    RequestCase guided = asked.apply(items);
    RequestCase recorded =
        RequestCase.recorded(
            Regime.OGI_2019,
            Fixtures.OFFICIAL,
            Fixtures.ZHANG_SAN,
            twoItems,
            List.of(new ReasonsAsked(WED_2026_09_30), items));
    for (RequestCase closed : List.of(guided, recorded)) {
      List<Finding> convention =
          closed.status().findings().stream()
              .filter(f -> f.kind() == FindingKind.CONVENTION && f.rule().equals(RuleId.of("REQ-4")))
              .toList();
      assertThat(convention).hasSize(1);
      assertThat(Language.CHINESE.render(convention)).startsWith("[REQ-4 约定] 2026年10月13日不予处理：申请人未说明理由");
      assertThat(closed.status().breaches()).isEmpty();
    }
  }

  @Test
  @DisplayName("REQ-4: once the reasons are given, an ordinary answer is accepted again")
  void reasonsGiven() {
    RequestCase given = ASKED.apply(new ReasonsGiven(MON_2026_10_12, "研究需要"));
    assertThat(given.status().state()).isEqualTo(CaseState.PROCESSING);
    RequestCase answered =
        given.apply(new Answered(TUE_2026_10_13, Answer.of(AnswerKind.DISCLOSED, "予以公开")));
    assertThat(answered.status().state()).isEqualTo(CaseState.CLOSED);
  }

  @Test
  @DisplayName("REQ-8: a fee notice of 1e999999999 yuan or of 60+ digits is refused at once, naming the amount")
  void absurdFees() {
    for (String amount : new String[] {"1e999999999", "1e15", "1e-999999999", "0.001"}) {
      assertThatThrownBy(() -> new FeeNotice(MON_2026_10_12, new BigDecimal(amount)))
          .as(amount)
          .isInstanceOf(InvalidFactsException.class)
          .hasMessageContaining("REQ-8");
    }
    assertThatThrownBy(
            () -> new FeeNotice(MON_2026_10_12, new BigDecimal("1." + "0".repeat(100_000))))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("100001 digits");
    assertThat(new FeeNotice(MON_2026_10_12, new BigDecimal("999999999999999.990")).amountYuan())
        .isEqualTo(new BigDecimal("999999999999999.99"));
    assertThat(new FeeNotice(MON_2026_10_12, new BigDecimal("1E+2")).amountYuan())
        .isEqualTo(new BigDecimal("100.00"));
  }
}
