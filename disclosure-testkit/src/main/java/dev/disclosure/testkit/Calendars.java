package dev.disclosure.testkit;

import static java.util.Objects.requireNonNull;

import dev.disclosure.calendar.DayKind;
import dev.disclosure.calendar.Holiday;
import dev.disclosure.calendar.WorkingDayCalendar;
import dev.disclosure.calendar.WorkingDayCalendarBuilder;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Generators of working-day calendars: a base calendar with random regional closures. */
public final class Calendars {

  /** Regional festivals on which agencies of a region close (地方放假), as seen in local notices. */
  private static final List<Holiday> CLOSURES =
      List.of(
          Holiday.regional("古尔邦节", "Eid al-Adha"),
          Holiday.regional("肉孜节", "Eid al-Fitr"),
          Holiday.regional("藏历新年", "Tibetan New Year"),
          Holiday.regional("那达慕", "Naadam"),
          Holiday.regional("壮族三月三", "Sanyuesan Festival"),
          Holiday.regional("泼水节", "Water-Splashing Festival"));

  private Calendars() {}

  /**
   * Returns a generator of calendars that are {@code base} plus one to three regional closures
   * (地方放假, CAL-9), each of one to five consecutive days at a random place inside the base's
   * data. A closure covers only ordinary working days and weekends, never a statutory holiday or a
   * make-up working day, so every generated calendar builds.
   *
   * @param base the calendar to add closures to, e.g. {@code ChinaCalendars.official()}
   * @return the generator
   */
  public static Generator<WorkingDayCalendar> withRegionalClosures(WorkingDayCalendar base) {
    requireNonNull(base, "base");
    Generator<LocalDate> starts = Dates.within(base);
    return random -> {
      WorkingDayCalendarBuilder builder = base.toBuilder();
      Set<LocalDate> closed = new HashSet<>();
      for (int n = 1 + random.nextInt(3); n > 0; n--) {
        LocalDate first = starts.next(random);
        while (closed.contains(first) || !closable(base, first)) {
          first = starts.next(random);
        }
        LocalDate last = first;
        for (int length = 1 + random.nextInt(5); length > 1; length--) {
          LocalDate next = last.plusDays(1);
          if (!base.coveredRange().contains(next)
              || closed.contains(next)
              || !closable(base, next)) {
            break;
          }
          last = next;
        }
        first.datesUntil(last.plusDays(1)).forEach(closed::add);
        builder.addRegionalClosure(CLOSURES.get(random.nextInt(CLOSURES.size())), first, last);
      }
      return builder.build();
    };
  }

  private static boolean closable(WorkingDayCalendar calendar, LocalDate date) {
    DayKind kind = calendar.dayOf(date).kind();
    return kind == DayKind.WORKING_DAY || kind == DayKind.WEEKEND;
  }
}
