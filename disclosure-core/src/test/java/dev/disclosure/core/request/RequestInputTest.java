package dev.disclosure.core.request;

import static dev.disclosure.core.Renderings.chinese;
import static dev.disclosure.core.request.Fixtures.OFFICIAL;
import static dev.disclosure.core.request.Fixtures.ZHANG_SAN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.disclosure.calendar.RuleId;
import dev.disclosure.core.InvalidFactsException;
import dev.disclosure.core.Regime;
import dev.disclosure.core.request.RequestEvent.ConsultationSent;
import dev.disclosure.core.request.RequestEvent.Consulted;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Bad input named precisely, and the state line dated from when the wait began. */
class RequestInputTest {

  private static final LocalDate MON_2025_03_03 = LocalDate.of(2025, 3, 3);

  @Test
  @DisplayName("REQ-10, REQ-9: a null event names the parameter and its index, in both ways")
  void nullEventNamed() {
    List<RequestEvent> events =
        Arrays.asList(
            new ConsultationSent(LocalDate.of(2025, 3, 5), Consulted.THIRD_PARTY, "甲公司"), null);
    assertThatThrownBy(
            () ->
                RequestCase.recorded(
                    Regime.OGI_2019, OFFICIAL, ZHANG_SAN, Fixtures.handedIn(MON_2025_03_03), events))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("events[1]");
    assertThatThrownBy(
            () ->
                RequestCase.of(
                    Regime.OGI_2019, OFFICIAL, ZHANG_SAN, Fixtures.handedIn(MON_2025_03_03), events))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("events[1]");
  }

  @Test
  @DisplayName(
      "P-THIRD-PARTY-2019, P-CO-AGENCY-2019: a consultation of a blank party is refused under the"
          + " consultation's rule")
  void blankPartyUnderConsultationRule() {
    assertThatThrownBy(() -> new ConsultationSent(MON_2025_03_03, Consulted.THIRD_PARTY, " "))
        .isInstanceOfSatisfying(
            InvalidFactsException.class,
            e ->
                assertThat(e.problems().get(0).rule())
                    .isEqualTo(RuleId.of("P-THIRD-PARTY-2019")));
    assertThatThrownBy(() -> new ConsultationSent(MON_2025_03_03, Consulted.CO_AGENCY, ""))
        .isInstanceOfSatisfying(
            InvalidFactsException.class,
            e -> assertThat(e.problems().get(0).rule()).isEqualTo(RuleId.of("P-CO-AGENCY-2019")));
  }

  @Test
  @DisplayName(
      "REQ-9: the state line dates a wait from when it began (consulting since 03-05), not from a"
          + " later step (an extension on 03-12)")
  void stateSinceTheWaitBegan() {
    RequestCase c =
        RequestCase.recorded(
            Regime.OGI_2019,
            OFFICIAL,
            ZHANG_SAN,
            Fixtures.handedIn(MON_2025_03_03),
            List.of(
                new ConsultationSent(LocalDate.of(2025, 3, 5), Consulted.THIRD_PARTY, "甲公司"),
                Fixtures.extension(LocalDate.of(2025, 3, 12), 10)));
    assertThat(chinese(c.status().findingsOn(LocalDate.of(2025, 3, 20))))
        .contains("[REQ-9] 自2025年3月5日起征求意见中")
        .doesNotContain("自2025年3月12日起");
  }
}
