package dev.disclosure.benchmarks;

import com.opengamma.strata.basics.date.ImmutableHolidayCalendar;
import dev.disclosure.calendar.ChinaCalendars;
import dev.disclosure.calendar.Holiday;
import dev.disclosure.calendar.WorkingDayCalendar;
import org.openjdk.jol.info.GraphLayout;
import org.openjdk.jol.vm.VM;

/**
 * Prints the retained heap size of the official calendar, measured with JOL, beside the Strata and
 * naive hash-set calendars built from the same data.
 *
 * <p>Run with {@code java -cp disclosure-benchmarks/target/benchmarks.jar
 * dev.disclosure.benchmarks.CalendarFootprint}.
 */
public final class CalendarFootprint {

  private CalendarFootprint() {}

  /**
   * Prints the sizes.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    System.out.println(VM.current().details());

    WorkingDayCalendar library = ChinaCalendars.official();
    GraphLayout total = GraphLayout.parseInstance(library);
    // The calendar's holiday table refers to the shared static Holiday constants (and their
    // strings); they exist whether or not a calendar does, so show the size without them too.
    GraphLayout constants =
        GraphLayout.parseInstance(
            Holiday.NEW_YEARS_DAY,
            Holiday.SPRING_FESTIVAL,
            Holiday.QINGMING_FESTIVAL,
            Holiday.LABOUR_DAY,
            Holiday.DRAGON_BOAT_FESTIVAL,
            Holiday.MID_AUTUMN_FESTIVAL,
            Holiday.NATIONAL_DAY,
            Holiday.NATIONAL_DAY_AND_MID_AUTUMN,
            Holiday.VICTORY_DAY_70TH_ANNIVERSARY,
            Holiday.SPRING_FESTIVAL_2020_EXTENSION);
    GraphLayout own = total.subtract(constants);

    ImmutableHolidayCalendar strata = SameData.strata(library);
    GraphLayout strataLayout = GraphLayout.parseInstance(strata);
    GraphLayout naiveLayout = GraphLayout.parseInstance(SameData.naive(library));

    System.out.println("== WorkingDayCalendar (ChinaCalendars.official()), whole object graph");
    System.out.println(total.toFootprint());
    System.out.println("== WorkingDayCalendar without the shared static Holiday constants");
    System.out.println(own.toFootprint());
    System.out.println("== Strata ImmutableHolidayCalendar, same data");
    System.out.println(strataLayout.toFootprint());
    System.out.println("== naive HashSet calendar, same data");
    System.out.println(naiveLayout.toFootprint());

    System.out.println("== summary (bytes)");
    summary("WorkingDayCalendar, whole graph", total);
    summary("WorkingDayCalendar without Holiday constants", own);
    summary("Strata ImmutableHolidayCalendar", strataLayout);
    summary("naive HashSet calendar", naiveLayout);
  }

  private static void summary(String label, GraphLayout layout) {
    System.out.printf(
        "%-45s %7d bytes (%.1f KiB)%n", label, layout.totalSize(), layout.totalSize() / 1024.0);
  }
}
