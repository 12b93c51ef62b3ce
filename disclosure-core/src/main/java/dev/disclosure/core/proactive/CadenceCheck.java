package dev.disclosure.core.proactive;

import dev.disclosure.calendar.Citation;
import dev.disclosure.calendar.Deadline;
import dev.disclosure.calendar.Finding;
import dev.disclosure.calendar.FindingKind;
import dev.disclosure.calendar.Lateness;
import dev.disclosure.calendar.LegalPeriod;
import dev.disclosure.calendar.Phrase;
import dev.disclosure.calendar.Quantity;
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

  /** Returns the findings of one record as it stood on a day, in the order of their dates. */
  static List<Finding> findings(WorkingDayCalendar calendar, PublicationRecord record, LocalDate on) {
    if (record.item().generatedOn().isAfter(on)) {
      return List.of();
    }
    return new CadenceCheck(calendar, record, on).run();
  }

  private List<Finding> run() {
    List<Finding> findings = new ArrayList<>();
    LocalDate formed = record.item().generatedOn();
    // PublicationRecord accepts only these five cadences of P-CADENCE
    switch (record.cadence()) {
      case LONG_TERM -> {
        overdue(formed, false, findings);
        revoked.ifPresent(date -> findings.add(revocation(date)));
      }
      case PROMPTLY -> overdue(formed, false, findings);
      case BY_STAGE -> {
        for (LocalDate end : record.stageEnds().headSet(on.plusDays(1))) {
          overdue(end, true, findings);
        }
      }
      case AT_LEAST_QUARTERLY -> quarters(formed, findings);
      case WEEKLY_ZERO_REPORT -> weeks(formed, findings);
    }
    return findings;
  }

  /** The item as a finding names it: its title and index number (索引号), as recorded. */
  private Phrase item() {
    InformationItem item = record.item();
    return Phrase.of("“{0}”（索引号{1}）", "the item ({0})", item.title(), item.indexNumber());
  }

  /** The cadence as a finding names it, for example 每季度至少公开一次 / published at least once a quarter. */
  private Phrase cadence() {
    Cadence cadence = record.cadence();
    return Phrase.of(cadence.label(), cadence.english());
  }

  /**
   * A deadline obligation: the first publication on or after {@code start} is due within the
   * publisher's proactive period. None while the period may still be running. For a prompt item,
   * the convention that sets the bound comes first.
   */
  private void overdue(LocalDate start, boolean stage, List<Finding> findings) {
    InformationItem item = record.item();
    LegalPeriod period =
        PublicationDeadline.periodFor(PublicationDeadline.publisherOf(item).level(), start);
    if (!on.isAfter(start.plusDays(period.amount()))) {
      // a period of n days or n working days never ends before start + n
      return;
    }
    Deadline deadline = calendar.deadline(period, start);
    LocalDate due = deadline.dueDate();
    LocalDate first = published.ceiling(start);
    if (first == null ? !on.isAfter(due) : !first.isAfter(due)) {
      return;
    }
    Lateness lateness = deadline.latenessOn(first == null ? on : first);
    Cadence cadence = record.cadence();
    List<Citation> citations = new ArrayList<>();
    citations.add(cadence.citation());
    citations.addAll(period.citations());
    Quantity bound = Quantity.of(period.amount(), period.unit());
    if (cadence == Cadence.PROMPTLY) {
      findings.add(
          Finding.of(
              Rules.PRO_4,
              FindingKind.CONVENTION,
              Phrase.of(
                  "{0}：“及时”未规定具体天数，以{1}的{2}为最长期限",
                  "{0}: \"promptly\" sets no number of days; the outer bound of {1}, {2}, applies",
                  item(),
                  period.id(),
                  bound),
              List.of(cadence.citation())));
    }
    findings.add(
        Finding.of(
            Rules.PRO_4,
            FindingKind.BROKEN,
            Phrase.of(
                "{0}{1}：{2}，应在{3}内公开（{4}），期限届满日为{5}；{6}，逾期{7}"
                    + (lateness.isProvisional() ? "（按暂定日历计算）" : ""),
                "{0}, to be {1}: {2}, due within {3} ({4}) by {5}; {6}, late by {7}"
                    + (lateness.isProvisional() ? " (on the provisional calendar)" : ""),
                item(),
                cadence(),
                stage
                    ? Phrase.of("阶段于{0}结束", "stage ended {0}", start)
                    : Phrase.of("{0}形成", "formed {0}", start),
                bound,
                period.id(),
                due,
                first == null
                    ? Phrase.of("截至{0}未公开", "not published by {0}", on)
                    : Phrase.of("{0}公开", "published {0}", first),
                Quantity.of(lateness.workingDaysLate(), Quantity.Unit.WORKING_DAYS)),
            citations));
  }

  /**
   * [convention] Whole quarters from the first that begins on or after the day the duty began; a
   * quarter is checked once it has ended before the day of the check, and not after a revocation.
   */
  private void quarters(LocalDate formed, List<Finding> findings) {
    LocalDate quarter = LocalDate.of(formed.getYear(), (formed.getMonthValue() - 1) / 3 * 3 + 1, 1);
    if (quarter.isBefore(formed)) {
      quarter = quarter.plusMonths(3);
    }
    for (; ended(quarter.plusMonths(3).minusDays(1)); quarter = quarter.plusMonths(3)) {
      LocalDate end = quarter.plusMonths(3).minusDays(1);
      if (published.subSet(quarter, true, end, true).isEmpty()) {
        findings.add(
            missed(
                Phrase.of(
                    "{0}年第{1}季度（{2}至{3}）未公开",
                    "no publication in quarter {1} of {0} ({2} to {3})",
                    quarter.getYear(),
                    (quarter.getMonthValue() + 2) / 3,
                    quarter,
                    end)));
      }
    }
  }

  /**
   * [convention] Whole weeks, Monday to Sunday, from the first Monday on or after the day the duty
   * began; a week is checked once it has ended before the day of the check, and not after a
   * revocation; a report dated within the week covers it.
   */
  private void weeks(LocalDate formed, List<Finding> findings) {
    for (LocalDate monday = formed.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        ended(monday.plusDays(6));
        monday = monday.plusWeeks(1)) {
      LocalDate sunday = monday.plusDays(6);
      if (published.subSet(monday, true, sunday, true).isEmpty()) {
        findings.add(
            missed(
                Phrase.of(
                    "{0}至{1}当周未报送（含零报告）",
                    "no report or zero report in the week {0} to {1}",
                    monday,
                    sunday)));
      }
    }
  }

  /** Whether a quarter or week ending on a day is checked: ended before the check, not revoked. */
  private boolean ended(LocalDate lastDay) {
    return lastDay.isBefore(on) && revoked.map(date -> !lastDay.isAfter(date)).orElse(true);
  }

  private Finding missed(Phrase what) {
    return Finding.of(
        Rules.PRO_4,
        FindingKind.BROKEN,
        Phrase.of("{0}{1}：{2}", "{0}, to be {1}: {2}", item(), cadence(), what),
        List.of(record.cadence().citation()));
  }

  /**
   * A revocation of long-term content: lawful when reviewed, filed and explained (主动公开制度二、9),
   * a PRO-6 breach naming what is missing otherwise.
   */
  private Finding revocation(LocalDate date) {
    Optional<String> explanation = record.revocationExplanation();
    if (record.revocationReviewedAndFiled() && explanation.isPresent()) {
      return Finding.of(
          Rules.PRO_6,
          FindingKind.APPLIED,
          Phrase.of(
              "{0}{1}：于{2}被撤销或终止，已按规定审核备案，并告知公众、作出说明（{3}）",
              "{0}, to be {1}: revoked or terminated on {2}, reviewed and filed, and the public"
                  + " told with an explanation ({3})",
              item(),
              cadence(),
              date,
              explanation.get()),
          List.of(ProactiveCitations.CHANGES));
    }
    List<Phrase> missing = new ArrayList<>();
    if (!record.revocationReviewedAndFiled()) {
      missing.add(Phrase.of("未审核备案", "not reviewed and filed"));
    }
    if (explanation.isEmpty()) {
      missing.add(Phrase.of("未告知公众并作出说明", "the public not told with an explanation"));
    }
    return Finding.of(
        Rules.PRO_6,
        FindingKind.BROKEN,
        Phrase.of(
            "{0}{1}：于{2}被撤销或终止，{3}；变更、撤销或终止须按{4}审核备案、告知公众并作出说明（检查日{5}）",
            "{0}, to be {1}: revoked or terminated on {2}, {3}; a revocation needs the review,"
                + " filing and public explanation of {4} (checked {5})",
            item(),
            cadence(),
            date,
            missing.size() == 1
                ? missing.get(0)
                : Phrase.of("{0}，{1}", "{0} and {1}", missing.get(0), missing.get(1)),
            Rules.PRO_6,
            on),
        List.of(record.cadence().citation(), ProactiveCitations.CHANGES));
  }
}
