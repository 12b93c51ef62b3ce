package dev.disclosure.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.disclosure.calendar.ChinaCalendars;
import dev.disclosure.calendar.WorkingDayCalendar;
import dev.disclosure.calendar.Finding;
import dev.disclosure.calendar.RuleId;
import dev.disclosure.core.AnswerKind;
import dev.disclosure.core.InvalidFactsException;
import dev.disclosure.core.Regime;
import dev.disclosure.core.law.Rules;
import dev.disclosure.core.request.OutcomeRow;
import dev.disclosure.core.request.RefusedStepException;
import dev.disclosure.core.request.RequestCase;
import dev.disclosure.core.request.RequestEvent;
import dev.disclosure.core.request.Step;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.threeten.extra.LocalDateRange;

class RequestHistoriesTest {

  private static final WorkingDayCalendar OFFICIAL = ChinaCalendars.official();
  private static final long SEED = 20261130L;

  static List<Regime> regimes() {
    return Regime.values();
  }

  @ParameterizedTest
  @MethodSource("regimes")
  @DisplayName(
      "REQ-9, REQ-5, REQ-2: within 3,000 lawful histories of each regime every step the regime"
          + " offers, every answer kind and consultation kind it has, and every channel occur; each"
          + " history replays to an equal case and stays inside the data")
  void lawfulReachesEverything(Regime regime) {
    Set<Step> steps = EnumSet.noneOf(Step.class);
    Set<AnswerKind> answers = EnumSet.noneOf(AnswerKind.class);
    Set<RequestEvent.Consulted> consulted = EnumSet.noneOf(RequestEvent.Consulted.class);
    Set<OutcomeRow> rows = EnumSet.noneOf(OutcomeRow.class);
    Set<Class<?>> channels = new java.util.HashSet<>();
    Set<Step> offered = EnumSet.noneOf(Step.class);
    for (RequestCase c : RequestHistories.lawful(regime, OFFICIAL).sample(SEED, 3000)) {
      assertThat(c.regime()).isEqualTo(regime);
      assertThat(Regime.inForceOn(c.status().receiptDate())).contains(regime);
      assertThat(
              RequestCase.of(regime, OFFICIAL, c.applicant(), c.application(), c.events()))
          .isEqualTo(c);
      channels.add(c.application().submission().getClass());
      for (RequestEvent event : c.events()) {
        assertThat(OFFICIAL.coveredRange().contains(event.date())).isTrue();
        steps.add(event.step());
        if (event instanceof RequestEvent.Answered answered) {
          answers.add(answered.answer().kind());
        }
        if (event instanceof RequestEvent.ConsultationSent sent) {
          consulted.add(sent.consulted());
        }
      }
      c.status().outcome().ifPresent(rows::add);
      offered.addAll(c.status().allowedSteps());
    }
    // OGI_2008 has no fee, reasons or longer-period step (REQ-3, REQ-7); its correction is the
    // notice to amend or supplement (OGI-2008 第二十一条第（四）项)
    assertThat(steps)
        .containsAll(offered)
        .containsExactlyInAnyOrderElementsOf(
            regime.equals(Regime.OGI_2019)
                ? EnumSet.allOf(Step.class)
                : EnumSet.of(
                    Step.ASK_CORRECTION,
                    Step.RECEIVE_CORRECTION,
                    Step.MISS_CORRECTION,
                    Step.SEND_CONSULTATION,
                    Step.RECEIVE_OPINION,
                    Step.NOTE_NO_OPINION,
                    Step.APPROVE_EXTENSION,
                    Step.ANSWER,
                    Step.WITHDRAW,
                    Step.ORDER_ANSWER));
    assertThat(answers).containsExactlyInAnyOrderElementsOf(regime.answerKinds());
    assertThat(consulted)
        .containsExactlyInAnyOrderElementsOf(
            regime.equals(Regime.OGI_2019)
                ? EnumSet.allOf(RequestEvent.Consulted.class)
                : EnumSet.of(RequestEvent.Consulted.THIRD_PARTY));
    assertThat(rows).hasSizeGreaterThan(OutcomeRow.values().length / 2);
    assertThat(channels).hasSize(4);
  }

  @ParameterizedTest
  @MethodSource("regimes")
  @DisplayName(
      "REQ-9, REQ-6, P-REPLY-2008, P-REPLY-2019: every irregularity of each regime is generated;"
          + " a refused one is refused with its rule and leaves the lawful case unchanged, a late"
          + " answer is accepted and late")
  void irregularitiesDoWhatTheySay(Regime regime) {
    for (Irregularity irregularity : Irregularity.values()) {
      List<IrregularHistory> histories =
          RequestHistories.irregular(regime, OFFICIAL, irregularity).sample(SEED, 150);
      for (IrregularHistory h : histories) {
        assertThat(h.irregularity()).isEqualTo(irregularity);
        RequestCase lawful = h.lawful();
        if (irregularity.isRefused()) {
          RefusedStepException refused =
              catchThrowableOfType(() -> lawful.apply(h.step()), RefusedStepException.class);
          assertThat(refused).as("%s: %s after %s", irregularity, h.step(), lawful.events()).isNotNull();
          assertThat(refused.step()).isEqualTo(h.step().step());
          assertThat(refused.getMessage()).contains(refused.rule().id());
        } else {
          RequestCase answered = lawful.apply(h.step());
          assertThat(answered.status().isClosed()).isTrue();
          assertThat(lawful.status().latenessOn(h.step().date()).isLate()).isTrue();
        }
      }
      if (irregularity == Irregularity.EXTENSION_AFTER_DUE_DATE
          || irregularity == Irregularity.EXTENSION_BEYOND_BOUND) {
        assertThat(histories).allMatch(h -> h.step().step() == Step.APPROVE_EXTENSION);
      }
      if (irregularity == Irregularity.STEP_BEFORE_PREVIOUS) {
        assertThat(histories)
            .allMatch(h -> h.step().date().isBefore(h.lawful().status().lastStepDate()));
      }
    }
  }

  @ParameterizedTest
  @MethodSource("regimes")
  @DisplayName(
      "REQ-10, REQ-6, REQ-9, P-REPLY-2008, P-REPLY-2019: every recordable irregularity is recorded,"
          + " the same at once or step by step, keeping the lawful part's findings; a late answer or"
          + " an unlawful extension adds a breach of its rule; a step before the previous one is"
          + " impossible to record")
  void irregularitiesRecordedAndJudged(Regime regime) {
    for (Irregularity irregularity : Irregularity.values()) {
      for (IrregularHistory h :
          RequestHistories.irregular(regime, OFFICIAL, irregularity).sample(SEED + 1, 150)) {
        RequestCase lawful = h.lawful();
        List<RequestEvent> events = new ArrayList<>(lawful.events());
        events.add(h.step());
        if (!irregularity.isRecordable()) {
          InvalidFactsException impossible =
              catchThrowableOfType(() -> lawful.record(h.step()), InvalidFactsException.class);
          assertThat(impossible).as("%s after %s", h.step(), lawful.events()).isNotNull();
          assertThat(impossible.getMessage()).contains(Rules.REQ_10.id());
          continue;
        }
        RequestCase recorded = lawful.record(h.step());
        assertThat(recorded)
            .isEqualTo(
                RequestCase.recorded(
                    regime, OFFICIAL, lawful.applicant(), lawful.application(), events));
        if (irregularity == Irregularity.STEP_NOT_OFFERED) {
          // not offered when guiding, but not always unlawful as it happened (an answer while a
          // correction is awaited): judged by the step's own rule
          continue;
        }
        List<Finding> before = lawful.status().breaches();
        List<Finding> after = recorded.status().breaches();
        assertThat(after)
            .as("%s: %s after %s", irregularity, h.step(), lawful.events())
            .containsAll(before)
            .hasSizeGreaterThan(before.size());
        List<RuleId> broken = after.stream().map(Finding::rule).toList();
        switch (irregularity) {
          case LATE_ANSWER -> assertThat(broken).contains(lawful.status().deadline().period().id());
          case EXTENSION_AFTER_DUE_DATE, EXTENSION_BEYOND_BOUND -> assertThat(broken).contains(Rules.REQ_6);
          default -> {}
        }
      }
    }
  }

  @ParameterizedTest
  @MethodSource("regimes")
  @DisplayName("REQ-2: histories received within a range, e.g. a statistics year, are received in it")
  void receiptsWithinRange(Regime regime) {
    int y = regime.inForceFrom().getYear() + 1;
    LocalDateRange year = LocalDateRange.ofClosed(LocalDate.of(y, 1, 1), LocalDate.of(y, 10, 31));
    for (RequestCase c : RequestHistories.lawful(regime, OFFICIAL, year, 12).sample(SEED, 300)) {
      assertThat(year.contains(c.status().receiptDate())).isTrue();
      c.events().forEach(e -> assertThat(OFFICIAL.coveredRange().contains(e.date())).isTrue());
    }
  }

  @Test
  @DisplayName(
      "REQ-2: receipts asked for outside the regime's time in force are refused, naming it (OGI_2008"
          + " until 2019-05-14); unbounded and empty ranges are refused as such")
  void receiptsOutsideTimeInForce() {
    LocalDateRange straddling =
        LocalDateRange.ofClosed(LocalDate.of(2019, 5, 1), LocalDate.of(2019, 5, 31));
    assertThatThrownBy(() -> RequestHistories.lawful(Regime.OGI_2008, OFFICIAL, straddling, 12))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("OGI_2008 is in force (2008-05-01 to 2019-05-14)");
    assertThatThrownBy(() -> RequestHistories.lawful(Regime.OGI_2019, OFFICIAL, straddling, 12))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("OGI_2019 is in force (from 2019-05-15)");
    assertThatThrownBy(
            () ->
                RequestHistories.lawful(
                    Regime.OGI_2019, OFFICIAL, LocalDateRange.ofUnboundedEnd(LocalDate.of(2020, 1, 1)), 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must be a bounded range of at least one day");
    assertThatThrownBy(
            () ->
                RequestHistories.lawful(
                    Regime.OGI_2019, OFFICIAL, LocalDateRange.of(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 1)), 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must be a bounded range of at least one day");
  }
}
