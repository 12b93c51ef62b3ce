package dev.disclosure.testkit;

import dev.disclosure.calendar.ChinaCalendars;
import dev.disclosure.calendar.WorkingDayCalendar;
import dev.disclosure.core.Regime;
import dev.disclosure.core.request.RequestCase;
import dev.disclosure.core.request.RequestEvent;
import dev.disclosure.testkit.quicktheories.QuickTheoriesGens;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;

/** The seed, calendar and generators that the property tests of request histories share. */
final class Histories {

  static final long SEED = 20190515L;
  static final WorkingDayCalendar OFFICIAL = ChinaCalendars.official();

  private static final List<Generator<RequestCase>> BY_REGIME =
      Regime.values().stream().map(regime -> RequestHistories.lawful(regime, OFFICIAL)).toList();

  /** Lawful histories of either regime on the official calendar. */
  static final Generator<RequestCase> LAWFUL =
      random -> BY_REGIME.get(random.nextInt(BY_REGIME.size())).next(random);

  private Histories() {}

  static Gen<RequestCase> lawful() {
    return QuickTheoriesGens.of(LAWFUL);
  }

  /** Every case along a history, the opened case first. */
  static List<RequestCase> walk(RequestCase c) {
    List<RequestCase> cases = new ArrayList<>();
    RequestCase step = RequestCase.open(c.regime(), c.calendar(), c.applicant(), c.application());
    cases.add(step);
    for (RequestEvent event : c.events()) {
      step = step.apply(event);
      cases.add(step);
    }
    return cases;
  }
}
