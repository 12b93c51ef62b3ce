package dev.disclosure.core.request;

import static dev.disclosure.core.request.Fixtures.MON_2026_09_28;
import static dev.disclosure.core.request.Fixtures.OFFICIAL;
import static dev.disclosure.core.request.Fixtures.TUE_2026_09_29;
import static dev.disclosure.core.request.Fixtures.TUE_2026_11_03;
import static dev.disclosure.core.request.Fixtures.THU_2026_11_05;
import static dev.disclosure.core.request.Fixtures.ZHANG_SAN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.disclosure.calendar.Language;
import dev.disclosure.calendar.Phrase;
import dev.disclosure.calendar.PeriodUnit;
import dev.disclosure.core.AnswerKind;
import dev.disclosure.core.Regime;
import dev.disclosure.core.request.RequestEvent.Answered;
import dev.disclosure.core.request.RequestEvent.AnswerOrdered;
import dev.disclosure.core.request.RequestEvent.Consulted;
import dev.disclosure.core.request.RequestEvent.CorrectionAsked;
import dev.disclosure.core.request.RequestEvent.FeeNotice;
import dev.disclosure.core.request.RequestEvent.OrderKind;
import dev.disclosure.core.request.RequestEvent.Orderer;
import dev.disclosure.core.request.RequestEvent.PaymentMissed;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The English labels of the request enums (REQ-5, REQ-9, REQ-12): every value an English finding
 * names reads as English words, holds no Chinese, and tells the values apart; the Chinese labels
 * stay as they were.
 */
class EnglishLabelsTest {

  /** Every constant's English label is non-blank, holds no Chinese, and no two are the same. */
  private static <E extends Enum<E>> void readable(Class<E> type, Function<E, String> english) {
    List<String> labels = new ArrayList<>();
    for (E value : type.getEnumConstants()) {
      String label = english.apply(value);
      assertThat(label).as("%s.%s", type.getSimpleName(), value).isNotBlank();
      assertThat(Phrase.hasChinese(label)).as("%s.%s: %s", type.getSimpleName(), value, label).isFalse();
      assertThat(label.trim()).as("%s.%s", type.getSimpleName(), value).isEqualTo(label);
      labels.add(label);
    }
    assertThat(labels).as(type.getSimpleName()).doesNotHaveDuplicates();
  }

  /** The constant's name as the English rendering used to show it: lower case, spaces. */
  private static String constantWords(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  @Test
  @DisplayName("REQ-9: every CaseState has an English label without Chinese, all distinct")
  void caseStates() {
    readable(CaseState.class, CaseState::english);
    assertThat(CaseState.AWAITING_CORRECTION.english()).isEqualTo("awaiting the applicant's correction");
    assertThat(CaseState.AWAITING_CORRECTION.label()).isEqualTo("待补正");
  }

  @Test
  @DisplayName("REQ-9: every Step has an English label without Chinese, all distinct")
  void steps() {
    readable(Step.class, Step::english);
    assertThat(Step.SEND_FEE_NOTICE.english()).isEqualTo("processing fee notice");
    assertThat(Step.SEND_FEE_NOTICE.label()).isEqualTo("收费通知");
  }

  @Test
  @DisplayName("REQ-5: every OutcomeRow has an English label laid out as the Chinese one, without Chinese, all distinct")
  void outcomeRows() {
    readable(OutcomeRow.class, OutcomeRow::english);
    assertThat(OutcomeRow.NOT_DISCLOSED_STATE_SECRET.english())
        .isEqualTo("not disclosed / 1. a state secret");
    assertThat(OutcomeRow.NOT_DISCLOSED_STATE_SECRET.label()).isEqualTo("不予公开／1.属于国家秘密");
    assertThat(OutcomeRow.DISCLOSED.english()).isEqualTo("disclosed");
    for (OutcomeRow row : OutcomeRow.values()) {
      assertThat(row.english())
          .as("%s", row)
          .startsWith(row.number() == 0 ? row.english() : row.category().english() + " / " + row.number() + ". ");
    }
  }

  @Test
  @DisplayName("REQ-5: every OutcomeRow.Category has an English label without Chinese, all distinct")
  void outcomeCategories() {
    readable(OutcomeRow.Category.class, OutcomeRow.Category::english);
    assertThat(OutcomeRow.Category.UNAVAILABLE.english()).isEqualTo("unable to provide");
  }

  @Test
  @DisplayName("REQ-3, REQ-4: every AnswerKind has an English label without Chinese, all distinct")
  void answerKinds() {
    readable(AnswerKind.class, AnswerKind::english);
    assertThat(AnswerKind.NOT_THIS_AGENCYS.english()).isEqualTo("not this agency's to disclose");
    assertThat(AnswerKind.PARTIALLY_DISCLOSED.label()).isEqualTo("部分公开");
  }

  @Test
  @DisplayName("P-THIRD-PARTY-2019, P-CO-AGENCY-2019: every Consulted has an English label without Chinese, all distinct")
  void consulted() {
    readable(Consulted.class, Consulted::english);
    assertThat(Consulted.CO_AGENCY.english()).isEqualTo("other agency");
  }

  @Test
  @DisplayName("REQ-12: every Orderer has an English label without Chinese, all distinct")
  void orderers() {
    readable(Orderer.class, Orderer::english);
    assertThat(Orderer.REVIEW_BODY.english()).isEqualTo("administrative reconsideration body");
  }

  @Test
  @DisplayName("REQ-12: every OrderKind has an English label without Chinese, all distinct")
  void orderKinds() {
    readable(OrderKind.class, OrderKind::english);
    assertThat(OrderKind.ANSWER_ANEW.english()).isEqualTo("order to answer anew");
  }

  @Test
  @DisplayName(
      "REQ-9, REQ-5, REQ-12: a recorded history's English findings name the steps, the state, the"
          + " outcome row and the order by their English labels, never by lower-cased constant names")
  void recordedHistoryReadsEnglish() {
    // received Mon 2026-09-28; fee noticed Tue 09-29, payable by Mon 11-02, missed Tue 11-03: the
    // case closes as 其他处理／2; a correction notice and an answer after that are steps after the
    // case closed (REQ-9); an order to answer anew follows (REQ-12).
    RequestCase c =
        RequestCase.recorded(
            Regime.OGI_2019,
            OFFICIAL,
            ZHANG_SAN,
            Fixtures.handedIn(MON_2026_09_28),
            List.of(
                new FeeNotice(TUE_2026_09_29, new BigDecimal("100")),
                new PaymentMissed(TUE_2026_11_03),
                new CorrectionAsked(THU_2026_11_05, "申请内容", THU_2026_11_05.plusDays(10)),
                new Answered(THU_2026_11_05, Answer.of(AnswerKind.DISCLOSED, "")),
                new AnswerOrdered(
                    LocalDate.of(2026, 11, 16),
                    Orderer.REVIEW_BODY,
                    OrderKind.ANSWER_ANEW,
                    "某府复决〔2026〕1号",
                    15,
                    PeriodUnit.WORKING_DAYS)));
    String closed =
        RequestCase.recorded(
                Regime.OGI_2019,
                OFFICIAL,
                ZHANG_SAN,
                Fixtures.handedIn(MON_2026_09_28),
                c.events().subList(0, 4))
            .status()
            .explain(Language.ENGLISH);
    assertThat(closed)
        .contains(
            "[REQ-9] closed since 2026-11-03",
            "[REQ-5] outcome row: other handling / 2. the applicant did not pay the fee in time as"
                + " the fee notice required; the agency no longer processes the application");
    String english = c.status().explain(Language.ENGLISH) + "\n" + closed;
    assertThat(english)
        .contains(
            "2026-11-05: notice to correct the application, after the case closed on 2026-11-03"
                + " (other handling / 2. the applicant did not pay the fee in time as the fee"
                + " notice required; the agency no longer processes the application)",
            "2026-11-05: answer, after the case closed on 2026-11-03",
            "administrative reconsideration body: order to answer anew (as recorded), received"
                + " 2026-11-16",
            "[REQ-9] being processed since 2026-11-16");
    assertThat(Phrase.hasChinese(english)).isFalse();
    Map<Enum<?>, String> labels = new LinkedHashMap<>();
    Arrays.stream(CaseState.values()).forEach(v -> labels.put(v, v.english()));
    Arrays.stream(Step.values()).forEach(v -> labels.put(v, v.english()));
    Arrays.stream(OutcomeRow.values()).forEach(v -> labels.put(v, v.english()));
    Arrays.stream(AnswerKind.values()).forEach(v -> labels.put(v, v.english()));
    Arrays.stream(Orderer.values()).forEach(v -> labels.put(v, v.english()));
    Arrays.stream(OrderKind.values()).forEach(v -> labels.put(v, v.english()));
    labels.forEach(
        (value, label) -> {
          // a label may hold its constant's words ("order to answer anew"); nowhere else may they
          // be, except "answer within", the template's own words for an ordered period
          if (value.name().indexOf('_') >= 0 && value != OrderKind.ANSWER_WITHIN) {
            assertThat(english.replace(label, ""))
                .as("%s", value)
                .doesNotContain(constantWords(value));
          }
        });
    // the Chinese rendering keeps the Chinese labels
    assertThat(c.status().explain())
        .contains(
            "2026年11月5日：告知补正，案件已于2026年11月3日办结（其他处理／2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请）",
            "行政复议机关责令重新答复");
  }
}
