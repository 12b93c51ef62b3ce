package dev.disclosure.core.accountability;

import static java.util.Objects.requireNonNull;

import dev.disclosure.calendar.Finding;
import dev.disclosure.calendar.FindingKind;
import dev.disclosure.calendar.LegalPeriod;
import dev.disclosure.calendar.Phrase;
import dev.disclosure.calendar.Quantity;
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
   * Lists every commitment the log breaks, each a {@link FindingKind#BROKEN} finding of its rule
   * (P-SERVICE, P-ONE-TIME-NOTICE or P-HOTLINE) with the start, the due date, then the day it was
   * done or the day of the check; a notice given more than once names how many times.
   *
   * @param log the entries
   * @param calendar the working-day calendar
   * @param asOf the date of the check
   * @return the findings, empty if every commitment was kept
   */
  public static List<Finding> check(
      List<? extends ServiceEntry> log, WorkingDayCalendar calendar, LocalDate asOf) {
    requireNonNull(log, "log");
    requireNonNull(calendar, "calendar");
    requireNonNull(asOf, "asOf");
    List<Finding> findings = new ArrayList<>();
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
          LegalPeriod period = LegalPeriods.P_ONE_TIME_NOTICE;
          findings.add(
              Finding.of(
                  period.id(),
                  FindingKind.BROKEN,
                  Phrase.of(
                      "{0}：告知{1}次；{2}",
                      "{0}: told {1} times; {2}",
                      matter(materials.item()),
                      materials.noticesOn().size(),
                      rule(period)),
                  period.citations()));
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
      List<Finding> findings,
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
          Finding.of(
              period.id(),
              FindingKind.BROKEN,
              Phrase.of(
                  "{0}：{1}（自{2}起，应不晚于{3}）；{4}",
                  "{0}: {1} (from {2}, by {3}); {4}",
                  matter(what),
                  rule(period),
                  start,
                  due,
                  day == null
                      ? Phrase.of("截至{0}未办理", "not done on {0}", asOf)
                      : Phrase.of("实际于{0}办理", "done on {0}", day)),
              period.citations()));
    }
  }

  /** The matter of a log entry, as recorded. */
  private static Phrase matter(String what) {
    return Phrase.of("{0}", "the matter ({0})", what);
  }

  /** A commitment: its Chinese wording, and in English with its period. */
  private static Phrase rule(LegalPeriod period) {
    String english;
    if (period.equals(LegalPeriods.P_SERVICE_LICENSING)) {
      english = "a licensing item with complete materials is done within {0} of acceptance";
    } else if (period.equals(LegalPeriods.P_SERVICE_OTHER)) {
      english = "other items are done within {0}";
    } else if (period.equals(LegalPeriods.P_ONE_TIME_NOTICE)) {
      english =
          "missing materials are told once and in full, on the spot or within {0}";
    } else {
      english = "the person who raised the issue is contacted within {0}";
    }
    return Phrase.of(period.wording(), english, Quantity.of(period.amount(), period.unit()));
  }
}
