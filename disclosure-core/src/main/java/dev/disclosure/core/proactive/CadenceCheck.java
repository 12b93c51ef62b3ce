package dev.disclosure.core.proactive;

import dev.disclosure.calendar.Citation;
import dev.disclosure.calendar.Deadline;
import dev.disclosure.calendar.Lateness;
import dev.disclosure.calendar.LegalPeriod;
import dev.disclosure.calendar.WorkingDayCalendar;
import dev.disclosure.core.InformationItem;
import dev.disclosure.core.law.Cadence;
import dev.disclosure.core.law.Rules;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeSet;
import org.threeten.extra.LocalDateRange;

/** Checks one publication record against its cadence on a day; see {@link PublicationHistory}. */
final class CadenceCheck {

  private final WorkingDayCalendar calendar;
  private final PublicationRecord record;
  private final LocalDate on;
  private final NavigableSet<LocalDate> published;
  private final Optional<LocalDate> revoked;

  private CadenceCheck(WorkingDayCalendar calendar, PublicationRecord record, LocalDate on) {
    this.calendar = calendar;
    this.record = record;
    this.on = on;
    this.published = new TreeSet<>(record.publishedOn().headSet(on.plusDays(1)));
    this.revoked = record.revokedOn().filter(date -> !date.isAfter(on));
  }

  /** Returns the findings of one record as it stood on a day, in the order of their windows. */
  static List<CadenceFinding> findings(
      WorkingDayCalendar calendar, PublicationRecord record, LocalDate on) {
    if (record.item().generatedOn().isAfter(on)) {
      return List.of();
    }
    return new CadenceCheck(calendar, record, on).run();
  }

  private List<CadenceFinding> run() {
    List<CadenceFinding> findings = new ArrayList<>();
    LocalDate formed = record.item().generatedOn();
    // PublicationRecord accepts only these five cadences of P-CADENCE
    switch (record.cadence()) {
      case LONG_TERM -> {
        overdue(formed, "formed").ifPresent(findings::add);
        revoked.ifPresent(date -> findings.add(revocation(date)));
      }
      case PROMPTLY -> overdue(formed, "formed").ifPresent(findings::add);
      case BY_STAGE -> {
        for (LocalDate end : record.stageEnds().headSet(on.plusDays(1))) {
          overdue(end, "stage ended").ifPresent(findings::add);
        }
      }
      case AT_LEAST_QUARTERLY -> quarters(formed, findings);
      case WEEKLY_ZERO_REPORT -> weeks(formed, findings);
    }
    return findings;
  }

  /**
   * A deadline obligation: the first publication on or after {@code start} is due within the
   * publisher's proactive period. None while the period may still be running.
   */
  private Optional<CadenceFinding> overdue(LocalDate start, String event) {
    InformationItem item = record.item();
    LegalPeriod period =
        PublicationDeadline.periodFor(PublicationDeadline.publisherOf(item).level());
    if (!on.isAfter(start.plusDays(period.amount()))) {
      // a period of n days or n working days never ends before start + n
      return Optional.empty();
    }
    Deadline deadline = calendar.deadline(period, start);
    LocalDate due = deadline.dueDate();
    LocalDate first = published.ceiling(start);
    if (first == null ? !on.isAfter(due) : !first.isAfter(due)) {
      return Optional.empty();
    }
    Lateness lateness = deadline.latenessOn(first == null ? on : first);
    Cadence cadence = record.cadence();
    List<Citation> citations = new ArrayList<>();
    citations.add(cadence.citation());
    citations.addAll(period.citations());
    return Optional.of(
        new CadenceFinding(
            item,
            cadence,
            CadenceFinding.Kind.OVERDUE,
            LocalDateRange.ofClosed(start, due),
            first,
            period,
            lateness,
            citations,
            cadence.label()
                + (cadence == Cadence.PROMPTLY
                    ? " ([convention] 及时 sets no number of days; the outer bound "
                        + period.id()
                        + " applies)"
                    : "")
                + ": "
                + event
                + " "
                + start
                + ", due "
                + due
                + " ("
                + period.id()
                + "); "
                + (first == null ? "not published by " + on : "published " + first)
                + ", late by "
                + lateness.workingDaysLate()
                + " working days"));
  }

  /**
   * [convention] Whole quarters from the first that begins on or after the day the duty began; a
   * quarter is checked once it has ended before the day of the check, and not after a revocation.
   */
  private void quarters(LocalDate formed, List<CadenceFinding> findings) {
    LocalDate quarter = LocalDate.of(formed.getYear(), (formed.getMonthValue() - 1) / 3 * 3 + 1, 1);
    if (quarter.isBefore(formed)) {
      quarter = quarter.plusMonths(3);
    }
    for (; ended(quarter.plusMonths(3).minusDays(1)); quarter = quarter.plusMonths(3)) {
      LocalDate end = quarter.plusMonths(3).minusDays(1);
      if (published.subSet(quarter, true, end, true).isEmpty()) {
        findings.add(
            missed(
                CadenceFinding.Kind.QUARTER_MISSED,
                LocalDateRange.ofClosed(quarter, end),
                "no publication in "
                    + quarter.getYear()
                    + "年第"
                    + ((quarter.getMonthValue() + 2) / 3)
                    + "季度 ("
                    + quarter
                    + ".."
                    + end
                    + ")"));
      }
    }
  }

  /**
   * [convention] Whole weeks, Monday to Sunday, from the first Monday on or after the day the duty
   * began; a week is checked once it has ended before the day of the check, and not after a
   * revocation; a report dated within the week covers it.
   */
  private void weeks(LocalDate formed, List<CadenceFinding> findings) {
    for (LocalDate monday = formed.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        ended(monday.plusDays(6));
        monday = monday.plusWeeks(1)) {
      LocalDate sunday = monday.plusDays(6);
      if (published.subSet(monday, true, sunday, true).isEmpty()) {
        findings.add(
            missed(
                CadenceFinding.Kind.WEEK_MISSED,
                LocalDateRange.ofClosed(monday, sunday),
                "no report or zero report in the week " + monday + ".." + sunday));
      }
    }
  }

  /** Whether a quarter or week ending on a day is checked: ended before the check, not revoked. */
  private boolean ended(LocalDate lastDay) {
    return lastDay.isBefore(on) && revoked.map(date -> !lastDay.isAfter(date)).orElse(true);
  }

  private CadenceFinding missed(CadenceFinding.Kind kind, LocalDateRange window, String what) {
    Cadence cadence = record.cadence();
    return new CadenceFinding(
        record.item(),
        cadence,
        kind,
        window,
        null,
        null,
        null,
        List.of(cadence.citation()),
        cadence.label() + ": " + what);
  }

  private CadenceFinding revocation(LocalDate date) {
    Cadence cadence = record.cadence();
    return new CadenceFinding(
        record.item(),
        cadence,
        CadenceFinding.Kind.REVOKED,
        LocalDateRange.ofClosed(date, on),
        null,
        null,
        null,
        List.of(cadence.citation(), ProactiveCitations.CHANGES),
        cadence.label()
            + ": revoked or terminated on "
            + date
            + ", but institutional and policy content stays published long-term"
            + " (制度性、政策性的内容长期公开); a revocation needs the review, filing and public"
            + " explanation of "
            + Rules.PRO_6);
  }
}
