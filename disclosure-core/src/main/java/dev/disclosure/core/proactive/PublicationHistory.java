package dev.disclosure.core.proactive;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.disclosure.calendar.Finding;
import dev.disclosure.calendar.FindingKind;
import dev.disclosure.calendar.OutsideCalendarDataException;
import dev.disclosure.calendar.WorkingDayCalendar;
import dev.disclosure.core.InvalidFactsException.Problem;
import dev.disclosure.core.InvalidFactsException;
import dev.disclosure.core.law.Rules;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The publication history of a body (主动公开记录): one {@link PublicationRecord} per item, checked
 * against the cadences of P-CADENCE on a day (PRO-4) by {@link #findingsOn}.
 *
 * <p>What is checked, per cadence:
 *
 * <ul>
 *   <li>{@code LONG_TERM} (长期公开): published within the publisher's proactive period (P-PROACTIVE,
 *       or P-PROACTIVE-SCHOOL for a school) from the day it was formed; a revocation or
 *       termination is lawful only when reviewed, filed and explained (PRO-6, 主动公开制度二、9);
 *   <li>{@code PROMPTLY} (及时公开): published within that period from the day it was formed —
 *       [convention] "及时" sets no number of days, so the outer bound of the proactive period is
 *       used;
 *   <li>{@code BY_STAGE} (逐段公开): each stage published within that period from the day it ended;
 *       [convention] a stage is published by the first publication on or after its end, and one
 *       publication may cover several ended stages;
 *   <li>{@code AT_LEAST_QUARTERLY} (每季度至少公开一次): at least one publication in every calendar quarter;
 *       [convention] the first quarter required is the first that begins on or after the day the
 *       duty began (a quarter the duty covers only in part is not required);
 *   <li>{@code WEEKLY_ZERO_REPORT} (零报告，每周一报): a report or zero report dated within every week,
 *       Monday to Sunday; [convention] the first week required is the first that begins on or after
 *       the day the duty began.
 * </ul>
 *
 * <p>[convention] The check reads the history as it stood on the day of the check: publications,
 * stage ends and revocations after that day are ignored, so a history can be audited as of any past
 * day. A quarter, week or stage counts once its last day is before the day of the check (on its
 * last day there is still time). A deadline is missed once the day of the check is after its due
 * date; a publication after the due date is reported as late, with its lateness. A revocation or
 * termination ends the duty to keep publishing: quarters and weeks that end after it are not
 * required, while the revocation of long-term content is an applied PRO-6 finding when it was
 * reviewed, filed and explained, and a broken one naming what is missing otherwise. Adding a publication never adds a
 * finding; it can only remove one or shorten its lateness.
 *
 * <p>Immutable and thread-safe; equal when the records are equal and in the same order.
 */
public final class PublicationHistory {

  private final ImmutableList<PublicationRecord> records;

  private PublicationHistory(ImmutableList<PublicationRecord> records) {
    this.records = records;
  }

  /**
   * Returns a history.
   *
   * @param records one record per item, each with its own index number (索引号)
   * @return the history
   * @throws InvalidFactsException if two records share an index number
   */
  public static PublicationHistory of(Collection<PublicationRecord> records) {
    requireNonNull(records, "records");
    ImmutableList<PublicationRecord> copy = ImmutableList.copyOf(records);
    List<Problem> problems = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (PublicationRecord record : copy) {
      String index = record.item().indexNumber();
      if (!seen.add(index)) {
        problems.add(
            new Problem(
                Rules.PRO_2,
                "index number (索引号) "
                    + index
                    + " is used by more than one record; each item has its own and one record"));
      }
    }
    InvalidFactsException.throwIfAny("PublicationHistory", problems);
    return new PublicationHistory(copy);
  }

  /** {@return the records, in the order given} */
  public List<PublicationRecord> records() {
    return records;
  }

  /**
   * Returns every breach of cadence as the history stood on a day, record by record in the order
   * given and, within a record, in the order of the dates concerned (see {@link
   * PublicationRecord#findingsOn}).
   *
   * <p>Each breach is a {@link FindingKind#BROKEN} finding of PRO-4 (PRO-6 for a revocation) that
   * names the item, its
   * cadence and the dates concerned: a deadline missed gives the day the period started (formation
   * or end of stage), the due date, then the day of the late publication or of the check, with the
   * lateness in working days as its quantity; a quarter or week missed gives its first and last
   * day; a revocation of long-term content without its review and filing or its explanation (a
   * PRO-6 finding) gives its day and the day of the check. Before the
   * breach of a prompt item (及时公开) comes the {@link FindingKind#CONVENTION} that bounds it.
   *
   * @param calendar the working-day calendar the deadlines are counted on
   * @param checkedOn the day of the check
   * @return the findings; empty when every cadence was kept
   * @throws InvalidFactsException if a record whose cadence counts a deadline (long-term, prompt,
   *     stage work) is published by a public enterprise, for which the rules set no period
   * @throws OutsideCalendarDataException if a deadline that must be counted is outside the data
   */
  public List<Finding> findingsOn(WorkingDayCalendar calendar, LocalDate checkedOn) {
    requireNonNull(calendar, "calendar");
    requireNonNull(checkedOn, "checkedOn");
    List<Finding> findings = new ArrayList<>();
    for (PublicationRecord record : records) {
      findings.addAll(CadenceCheck.findings(calendar, record, checkedOn));
    }
    return ImmutableList.copyOf(findings);
  }

  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    return obj instanceof PublicationHistory other && records.equals(other.records);
  }

  @Override
  public int hashCode() {
    return records.hashCode();
  }

  /** Returns a one-line description, for example {@code PublicationHistory[3 records]}. */
  @Override
  public String toString() {
    return "PublicationHistory[" + records.size() + " records]";
  }
}
