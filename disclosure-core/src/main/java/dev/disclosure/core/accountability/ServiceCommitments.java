package dev.disclosure.core.accountability;

import static java.util.Objects.requireNonNull;

import dev.disclosure.calendar.LegalPeriod;
import dev.disclosure.calendar.WorkingDayCalendar;
import dev.disclosure.core.law.LegalPeriods;
import dev.disclosure.core.law.Rules;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks a dated service log against the service commitments (服务承诺): P-SERVICE (licensing items
 * with complete materials done within 2 working days of acceptance, others within 4),
 * P-ONE-TIME-NOTICE (missing materials told once, on the spot or within 5 days) and P-HOTLINE
 * (contact within 3 working days).
 *
 * <p>[convention] An act not yet done breaks its commitment only once the deadline has passed on
 * the date of the check; incomplete materials with no notice at all are judged the same way.
 * Thread-safe; no state.
 */
public final class ServiceCommitments {

  private ServiceCommitments() {}

  /**
   * Lists every commitment the log breaks, each finding starting with its rule ID.
   *
   * @param log the entries
   * @param calendar the working-day calendar
   * @param asOf the date of the check
   * @return the findings, empty if every commitment was kept
   */
  public static List<String> check(
      List<? extends ServiceEntry> log, WorkingDayCalendar calendar, LocalDate asOf) {
    requireNonNull(log, "log");
    requireNonNull(calendar, "calendar");
    requireNonNull(asOf, "asOf");
    List<String> findings = new ArrayList<>();
    for (ServiceEntry entry : log) {
      requireNonNull(entry, "entry");
      if (entry instanceof ServiceEntry.ItemHandled item) {
        LegalPeriod period =
            item.licensingWithCompleteMaterials()
                ? LegalPeriods.P_SERVICE_LICENSING
                : LegalPeriods.P_SERVICE_OTHER;
        late(findings, calendar, period, item.item(), item.acceptedOn(), item.completedOn(), asOf);
      } else if (entry instanceof ServiceEntry.MaterialsIncomplete materials) {
        if (materials.noticesOn().size() > 1) {
          findings.add(
              Rules.P_ONE_TIME_NOTICE
                  + ": "
                  + materials.item()
                  + ": told "
                  + materials.noticesOn().size()
                  + " times; "
                  + LegalPeriods.P_ONE_TIME_NOTICE.wording());
        }
        late(
            findings,
            calendar,
            LegalPeriods.P_ONE_TIME_NOTICE,
            materials.item(),
            materials.receivedOn(),
            materials.noticesOn().stream().findFirst(),
            asOf);
      } else {
        ServiceEntry.HotlineIssue issue = (ServiceEntry.HotlineIssue) entry;
        late(
            findings,
            calendar,
            LegalPeriods.P_HOTLINE,
            issue.issue(),
            issue.raisedOn(),
            issue.contactedOn(),
            asOf);
      }
    }
    return List.copyOf(findings);
  }

  private static void late(
      List<String> findings,
      WorkingDayCalendar calendar,
      LegalPeriod period,
      String what,
      LocalDate start,
      Optional<LocalDate> done,
      LocalDate asOf) {
    LocalDate due = calendar.deadline(period, start).dueDate();
    LocalDate day = done.orElse(null);
    if (day == null ? asOf.isAfter(due) : day.isAfter(due)) {
      findings.add(
          period.id()
              + ": "
              + what
              + ": "
              + period.wording()
              + " (from "
              + start
              + ", by "
              + due
              + "); "
              + (day == null ? "not done on " + asOf : "done on " + day));
    }
  }
}
