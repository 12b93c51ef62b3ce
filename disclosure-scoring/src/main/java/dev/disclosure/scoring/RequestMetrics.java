package dev.disclosure.scoring;

import static java.util.Objects.requireNonNull;

import dev.disclosure.core.request.CaseStatus;
import dev.disclosure.core.request.RequestCase;
import java.time.LocalDate;
import java.util.List;

/**
 * Metric inputs computed from request cases (SC-8), not judged: the completion rate (办结率) that
 * {@code 001} item 2.4 reads (依申请公开的事项办结率达到95%以上), exact, for a {@link
 * ScoringRule.Threshold} rule to score.
 *
 * <p><b>[convention]</b> (SC-8) A case counts if it was received on or before the evaluation day
 * and is either closed by then (completed) or past its due date (not completed in time); a case
 * still open whose due date is the evaluation day or later is not yet due and is not counted. With
 * no case counted the standard is not failed: the rate is recorded as met (100) and its basis says
 * that no case was due, never a computed "100 %".
 */
public final class RequestMetrics {

  private RequestMetrics() {}

  /**
   * Returns the completion rate (办结率) on an evaluation day: completed ÷ counted, exact.
   *
   * @param cases the request cases of the period
   * @param asOf the evaluation day
   * @return the rate, its basis stating the counts, the exact percent and the cases not yet due
   * @throws dev.disclosure.calendar.OutsideCalendarDataException if a due date is outside the
   *     calendar's data
   */
  public static Rate completionRate(List<RequestCase> cases, LocalDate asOf) {
    requireNonNull(cases, "cases");
    requireNonNull(asOf, "asOf");
    long counted = 0;
    long completed = 0;
    long notYetDue = 0;
    for (RequestCase c : cases) {
      CaseStatus status = requireNonNull(c, "cases element").status();
      if (status.receiptDate().isAfter(asOf)) {
        continue;
      }
      boolean closed = status.closedOn().filter(d -> !d.isAfter(asOf)).isPresent();
      if (closed) {
        counted++;
        completed++;
      } else if (status.deadlineOn(asOf).dueDate().isBefore(asOf)) {
        counted++;
      } else {
        notYetDue++;
      }
    }
    String pending = notYetDue == 0 ? "" : "；未到期" + notYetDue + "件不计";
    if (counted == 0) {
      return new Rate(Points.of(100),
          "办结率：截至" + asOf + "无到期应办结的申请（0件）" + pending + "，视为达到标准〔约定〕");
    }
    Rate rate = Rate.of(completed, counted, "办结率");
    return new Rate(rate.percent(), rate.basis() + "（截至" + asOf + pending + "）");
  }
}
