package dev.disclosure.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.disclosure.calendar.ChinaCalendars;
import dev.disclosure.calendar.WorkingDayCalendar;
import dev.disclosure.core.Regime;
import dev.disclosure.core.request.CaseState;
import dev.disclosure.core.request.CaseStatus;
import dev.disclosure.core.request.RequestCase;
import dev.disclosure.core.request.Step;
import dev.disclosure.testkit.Calendars;
import dev.disclosure.testkit.Generator;
import dev.disclosure.testkit.RequestHistories;
import dev.disclosure.testkit.quicktheories.QuickTheoriesGens;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A property a case-management team would write, with the testkit's public API only: its reminder
 * ("answer due in 3 working days") is due on a working day, before the answer is due, and a case
 * in processing can still be answered on it.
 */
class ReminderPropertyTest {

  /** The team's code under test: remind 3 working days before the due date, or today if later. */
  static LocalDate reminder(RequestCase c) {
    CaseStatus status = c.status();
    WorkingDayCalendar calendar = c.calendar();
    LocalDate early = calendar.minusWorkingDays(status.dueDate(), 3);
    LocalDate last = status.lastStepDate();
    return early.isAfter(last) ? early : calendar.nextWorkingDay(last.minusDays(1));
  }

  @Test
  @DisplayName(
      "P-REPLY-2019, CAL-4: on any open lawful case, on the official calendar or one with"
          + " regional closures, the reminder falls on a working day no later than the due date,"
          + " when a case in processing can be answered")
  void reminderIsAWorkingDayBeforeTheDueDate() {
    WorkingDayCalendar official = ChinaCalendars.official();
    // the official calendar and three with random regional closures, each with its histories
    List<Generator<RequestCase>> byCalendar = new ArrayList<>();
    byCalendar.add(RequestHistories.lawful(Regime.OGI_2019, official));
    for (WorkingDayCalendar closures : Calendars.withRegionalClosures(official).sample(7L, 3)) {
      byCalendar.add(RequestHistories.lawful(Regime.OGI_2019, closures));
    }
    Generator<RequestCase> cases =
        random -> byCalendar.get(random.nextInt(byCalendar.size())).next(random);
    Generator<RequestCase> open =
        cases.filter(
            c -> !c.status().isClosed() && c.status().dueDate().isAfter(c.status().lastStepDate()));
    qt().withFixedSeed(20261130L)
        .withExamples(200)
        .forAll(QuickTheoriesGens.of(open))
        .checkAssert(
            c -> {
              LocalDate reminder = reminder(c);
              assertThat(c.calendar().isWorkingDay(reminder)).as("%s", reminder).isTrue();
              assertThat(reminder).isBeforeOrEqualTo(c.status().dueDate());
              if (c.status().state() == CaseState.PROCESSING) {
                // while waiting for a correction, an opinion or a fee there is nothing to answer yet
                assertThat(c.status().allowedSteps(reminder)).contains(Step.ANSWER);
              }
            });
  }

  @Test
  @DisplayName("the same seed gives the same cases: a failure is reproduced from its seed")
  void seedsReproduce() {
    Generator<RequestCase> cases = RequestHistories.lawful(Regime.OGI_2008, ChinaCalendars.official());
    assertThat(cases.next(new SplittableRandom(7))).isEqualTo(cases.next(new SplittableRandom(7)));
  }
}
