package dev.disclosure.core.request;

import static dev.disclosure.core.request.Fixtures.OFFICIAL;
import static dev.disclosure.core.request.Fixtures.ZHANG_SAN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.disclosure.calendar.Language;
import dev.disclosure.core.AnswerKind;
import dev.disclosure.core.InvalidFactsException;
import dev.disclosure.core.Regime;
import dev.disclosure.core.request.RequestEvent.Answered;
import dev.disclosure.core.request.RequestEvent.ConsultationSent;
import dev.disclosure.core.request.RequestEvent.Consulted;
import dev.disclosure.core.request.RequestEvent.CorrectionAsked;
import dev.disclosure.core.request.RequestEvent.CorrectionReceived;
import dev.disclosure.core.request.RequestEvent.ExtensionApproved;
import dev.disclosure.core.request.RequestEvent.OpinionReceived;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A history folded at once ({@link RequestCase#recorded}, {@link RequestCase#of}) writes each step's
 * status while it folds; what it returns is published and must never change afterwards, whatever
 * is recorded or guided from it, and must equal the case built step by step. OGI_2019, handed in on
 * Mon 2025-03-03, due Mon 2025-03-31 (no holiday in March 2025).
 */
class FoldImmutabilityTest {

  private static final LocalDate RECEIVED = LocalDate.of(2025, 3, 3);

  private static LocalDate march(int day) {
    return LocalDate.of(2025, 3, day);
  }

  private static List<RequestEvent> history() {
    return List.of(
        new CorrectionAsked(march(5), "文件名称", march(12)),
        new CorrectionReceived(march(10)),
        new ConsultationSent(march(11), Consulted.THIRD_PARTY, "某公司"),
        new OpinionReceived(march(18), "同意公开", "某公司"),
        new ExtensionApproved(march(20), 10, "李主任", march(20), "需调取档案"));
  }

  @Test
  @DisplayName("REQ-10, REQ-9: a case folded at once never changes when steps are recorded or guided from it")
  void publishedCaseNeverChanges() {
    RequestCase atOnce =
        RequestCase.recorded(
            Regime.OGI_2019, OFFICIAL, ZHANG_SAN, Fixtures.handedIn(RECEIVED), history());
    String before = atOnce.status().explain(Language.ENGLISH);
    LocalDate dueBefore = atOnce.status().dueDate();
    CaseState stateBefore = atOnce.status().state();

    RequestCase answered =
        atOnce.record(new Answered(march(25), Answer.of(AnswerKind.DISCLOSED, "")));
    RequestCase guided =
        atOnce.apply(new ConsultationSent(march(24), Consulted.CO_AGENCY, "某局"));
    assertThatThrownBy(() -> atOnce.record(new CorrectionReceived(march(1))))
        .isInstanceOf(InvalidFactsException.class);

    assertThat(atOnce.status().explain(Language.ENGLISH)).isEqualTo(before);
    assertThat(atOnce.status().dueDate()).isEqualTo(dueBefore);
    assertThat(atOnce.status().state()).isEqualTo(stateBefore).isEqualTo(CaseState.PROCESSING);
    assertThat(answered.status().isClosed()).isTrue();
    assertThat(guided.status().state()).isEqualTo(CaseState.CONSULTING);
    // and the step after it does not change the one it was recorded from either
    assertThat(answered.status().explain(Language.ENGLISH)).isNotEqualTo(before);
    assertThat(atOnce.status().explain(Language.ENGLISH)).isEqualTo(before);
  }

  @Test
  @DisplayName("REQ-10, REQ-9: folded at once, guided at once and built step by step give equal cases, for every prefix")
  void atOnceEqualsStepByStep() {
    List<RequestEvent> events = history();
    RequestCase stepwise =
        RequestCase.open(Regime.OGI_2019, OFFICIAL, ZHANG_SAN, Fixtures.handedIn(RECEIVED));
    List<RequestEvent> prefix = new ArrayList<>();
    for (RequestEvent event : events) {
      stepwise = stepwise.record(event);
      prefix.add(event);
      RequestCase recorded =
          RequestCase.recorded(
              Regime.OGI_2019, OFFICIAL, ZHANG_SAN, Fixtures.handedIn(RECEIVED), prefix);
      RequestCase guided =
          RequestCase.of(Regime.OGI_2019, OFFICIAL, ZHANG_SAN, Fixtures.handedIn(RECEIVED), prefix);
      assertThat(recorded).isEqualTo(stepwise).isEqualTo(guided);
      assertThat(recorded.status()).isEqualTo(stepwise.status()).isEqualTo(guided.status());
      assertThat(recorded.status().explain(Language.CHINESE))
          .isEqualTo(stepwise.status().explain(Language.CHINESE))
          .isEqualTo(guided.status().explain(Language.CHINESE));
    }
    // 20 working days from the corrected application's receipt (Mon 03-10), paused for the
    // consultation (03-11 … 03-18: 03-12 … 03-18, five working days) and extended by 10:
    // 03-11 … 04-08 is 20 with 04-04 清明 off; +5 → 04-15; +10 → 04-28 (Sun 04-27 a working day)
    assertThat(stepwise.status().dueDate()).isEqualTo(LocalDate.of(2025, 4, 28));
  }
}
