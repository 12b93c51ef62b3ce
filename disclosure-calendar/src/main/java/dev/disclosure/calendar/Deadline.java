package dev.disclosure.calendar;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A deadline (期限): a {@link LegalPeriod} running from a start date on a {@link
 * WorkingDayCalendar}, with its pauses (CAL-7), restarts (CAL-8) and extensions (REQ-6), its due
 * date and the steps that explain it.
 *
 * <p>Obtain one from {@link WorkingDayCalendar#deadline}. Each {@code with…} method returns a new
 * deadline and leaves this one unchanged; a refused step throws and changes nothing.
 *
 * <p>How the due date is found:
 *
 * <ul>
 *   <li>the start day is not counted (CAL-4); a period of 0 is "on the spot", the start day itself;
 *   <li>a working-day period ends on its n-th working day after the start (CAL-4); a calendar-day
 *       period ends on start + n, moved to the next working day if that is a rest day (CAL-5); a
 *       period counted backwards ends n working days, or n days moved back to a working day, before
 *       its event;
 *   <li>a pause from S to E removes the days in (S, E] (CAL-7 [convention]); overlapping pauses
 *       remove a day once; a pause that begins after the period has run out changes nothing;
 *   <li>a restart replaces the start date (CAL-8); pauses before it fall away by themselves, and
 *       [convention] extensions granted before it lapse, because they extended a clock that no longer
 *       runs;
 *   <li>an extension adds days in the period's unit; all extensions together stay within the
 *       period's bound, and each is granted no later than the due date in force when it is granted
 *       (REQ-6).
 * </ul>
 *
 * <p>The result is flagged {@linkplain #isProvisional() provisional} when any day it counted comes
 * from the calendar's estimate (CAL-9). Immutable and thread-safe.
 */
public final class Deadline {

  private final WorkingDayCalendar calendar;
  private final LegalPeriod period;
  private final LocalDate originalStart;
  private final ImmutableList<Restart> restarts;
  private final ImmutableList<Pause> pauses;
  private final ImmutableList<Extension> extensions;
  private final LocalDate dueDate;
  private final boolean provisional;
  private final ImmutableList<DeadlineStep> steps;

  private Deadline(
      WorkingDayCalendar calendar,
      LegalPeriod period,
      LocalDate originalStart,
      ImmutableList<Restart> restarts,
      ImmutableList<Pause> pauses,
      ImmutableList<Extension> extensions) {
    this.calendar = calendar;
    this.period = period;
    this.originalStart = originalStart;
    this.restarts = restarts;
    this.pauses = pauses;
    this.extensions = extensions;
    Computation computation = new Computation();
    this.dueDate = computation.dueDate;
    this.provisional = computation.provisional;
    this.steps = ImmutableList.copyOf(computation.steps);
  }

  static Deadline start(WorkingDayCalendar calendar, LegalPeriod period, LocalDate start) {
    return new Deadline(
        calendar, period, start, ImmutableList.of(), ImmutableList.of(), ImmutableList.of());
  }

  // -------------------------------------------------------------------------------------------

  /**
   * Returns this deadline with one more pause (CAL-7).
   *
   * @param pause the pause
   * @return the paused deadline
   * @throws IllegalPeriodException if the period is counted backwards, which cannot pause
   * @throws OutsideCalendarDataException if the pause or the new due date is outside the data
   */
  public Deadline withPause(Pause pause) {
    requireNonNull(pause, "pause");
    requireForwards("pause");
    return new Deadline(
        calendar, period, originalStart, restarts, append(pauses, pause), extensions);
  }

  /**
   * Returns this deadline restarted from a new date (CAL-8), e.g. the day a corrected application
   * was received (OGI-2019 第三十条).
   *
   * @param newStart the new start date, not counted, not before the current start
   * @param reason why, e.g. {@code 收到补正后的申请}
   * @param citation the provision that restarts the period
   * @return the restarted deadline
   * @throws IllegalPeriodException if {@code newStart} is before the current start, or the period
   *     is counted backwards
   * @throws OutsideCalendarDataException if the new due date is outside the data
   */
  public Deadline withRestart(LocalDate newStart, String reason, Citation citation) {
    requireNonNull(newStart, "newStart");
    requireNonNull(reason, "reason");
    requireNonNull(citation, "citation");
    requireForwards("restart");
    if (newStart.isBefore(currentStart())) {
      throw new IllegalPeriodException(
          "CAL-8",
          "restart '"
              + reason
              + "' on "
              + newStart
              + " is before the current start "
              + currentStart()
              + "; a restart must be on or after it");
    }
    return new Deadline(
        calendar,
        period,
        originalStart,
        append(restarts, new Restart(newStart, reason, citation)),
        pauses,
        extensions);
  }

  /**
   * Returns this deadline extended (REQ-6).
   *
   * @param extension the extension
   * @return the extended deadline
   * @throws IllegalPeriodException if the period allows no extension, the extensions together
   *     would exceed its bound, or the extension is granted before the start or after the current
   *     due date
   * @throws OutsideCalendarDataException if the new due date is outside the data
   */
  public Deadline withExtension(Extension extension) {
    requireNonNull(extension, "extension");
    if (period.maxExtension() == 0) {
      throw new IllegalPeriodException(
          "REQ-6", "period " + period.id() + " allows no extension; got " + extension);
    }
    LocalDate grantedOn = extension.grantedOn();
    if (grantedOn.isBefore(currentStart()) || grantedOn.isAfter(dueDate)) {
      throw new IllegalPeriodException(
          "REQ-6",
          "extension granted on "
              + grantedOn
              + " must be granted between the start "
              + currentStart()
              + " and the current due date "
              + dueDate
              + " of "
              + period.id());
    }
    int used = activeExtensionTotal();
    if (used + extension.amount() > period.maxExtension()) {
      throw new IllegalPeriodException(
          "REQ-6",
          "extension of "
              + extension.amount()
              + " "
              + period.unit().label()
              + " would bring "
              + period.id()
              + "'s extensions to "
              + (used + extension.amount())
              + "; at most "
              + period.maxExtension()
              + " are allowed, "
              + (period.maxExtension() - used)
              + " remain");
    }
    return new Deadline(
        calendar, period, originalStart, restarts, pauses, append(extensions, extension));
  }

  // -------------------------------------------------------------------------------------------

  /** Returns the legal period. */
  public LegalPeriod period() {
    return period;
  }

  /** Returns the date the period first ran from, before any restart. */
  public LocalDate originalStart() {
    return originalStart;
  }

  /** Returns the date the period runs from now: the latest restart, or the original start. */
  public LocalDate currentStart() {
    return restarts.isEmpty() ? originalStart : restarts.get(restarts.size() - 1).date;
  }

  /** Returns the pauses, in the order they were added. */
  public List<Pause> pauses() {
    return pauses;
  }

  /** Returns the extensions, in the order they were granted, lapsed ones included. */
  public List<Extension> extensions() {
    return extensions;
  }

  /** Returns the last day on which the act is on time. */
  public LocalDate dueDate() {
    return dueDate;
  }

  /**
   * Returns whether the due date rests on the calendar's provisional estimate (CAL-9) rather than
   * on official data alone.
   */
  public boolean isProvisional() {
    return provisional;
  }

  /**
   * Returns the steps that produced the due date, each with its rule and citations, in the order
   * they apply.
   */
  public List<DeadlineStep> steps() {
    return steps;
  }

  /**
   * Returns the explanation as text, one step per line, e.g. "received 2026-09-28; 20 working days
   * (P-REPLY-2019) → 2026-11-02".
   *
   * @return the explanation
   */
  public String explain() {
    return steps.stream().map(DeadlineStep::toString).collect(Collectors.joining("\n"));
  }

  /**
   * Returns how late an act on a date is (逾期): on time when the date is on or before the due date,
   * otherwise late by the working days in (due date, date].
   *
   * @param actedOn the date of the act, or the date of evaluation if nothing was done yet
   * @return the lateness, flagged provisional if it rests on the estimate
   * @throws OutsideCalendarDataException if the date is outside the calendar's data
   */
  public Lateness latenessOn(LocalDate actedOn) {
    requireNonNull(actedOn, "actedOn");
    if (!actedOn.isAfter(dueDate)) {
      return Lateness.onTime(dueDate, actedOn, provisional);
    }
    int due = calendar.index(dueDate, true, "latenessOn");
    int acted = calendar.index(actedOn, true, "latenessOn(" + actedOn + ")");
    return Lateness.late(
        dueDate,
        actedOn,
        calendar.workingDaysIn(due, acted),
        provisional || calendar.isProvisional(acted));
  }

  // -------------------------------------------------------------------------------------------

  private void requireForwards(String step) {
    if (period.direction() == LegalPeriod.Direction.BEFORE) {
      throw new IllegalPeriodException(
          "CAL-7",
          "period "
              + period.id()
              + " is counted backwards from an event and cannot take a "
              + step
              + "; move the event instead");
    }
  }

  private int activeExtensionTotal() {
    LocalDate start = currentStart();
    return extensions.stream()
        .filter(extension -> !extension.grantedOn().isBefore(start))
        .mapToInt(Extension::amount)
        .sum();
  }

  private static <T> ImmutableList<T> append(ImmutableList<T> list, T element) {
    return ImmutableList.<T>builderWithExpectedSize(list.size() + 1)
        .addAll(list)
        .add(element)
        .build();
  }

  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    return obj instanceof Deadline other
        && calendar.equals(other.calendar)
        && period.equals(other.period)
        && originalStart.equals(other.originalStart)
        && restarts.equals(other.restarts)
        && pauses.equals(other.pauses)
        && extensions.equals(other.extensions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(period, originalStart, restarts, pauses, extensions);
  }

  /** Returns e.g. {@code Deadline[P-REPLY-2019 from 2026-09-28, due 2026-11-02]}. */
  @Override
  public String toString() {
    return "Deadline["
        + period.id()
        + " from "
        + currentStart()
        + ", due "
        + dueDate
        + (provisional ? " (provisional)" : "")
        + "]";
  }

  // -------------------------------------------------------------------------------------------

  /** A restart: a new start date with its reason. */
  private static final class Restart {
    final LocalDate date;
    final String reason;
    final Citation citation;

    Restart(LocalDate date, String reason, Citation citation) {
      this.date = date;
      this.reason = reason;
      this.citation = citation;
    }

    @Override
    public boolean equals(Object obj) {
      return obj instanceof Restart other
          && date.equals(other.date)
          && reason.equals(other.reason)
          && citation.equals(other.citation);
    }

    @Override
    public int hashCode() {
      return Objects.hash(date, reason, citation);
    }
  }

  /** One evaluation of the inputs: due date, provisional flag and steps. */
  private final class Computation {
    final List<DeadlineStep> steps = new ArrayList<>();
    LocalDate dueDate;
    boolean provisional;

    Computation() {
      LocalDate start = currentStart();
      int startIndex = calendar.index(start, true, period.id() + " from " + start);
      provisional = calendar.isProvisional(startIndex);
      String unit = period.unit() == PeriodUnit.WORKING_DAYS ? "working days" : "days";
      if (period.direction() == LegalPeriod.Direction.BEFORE) {
        int due = backwards(startIndex);
        record(
            "CAL-4",
            period.amount() + " " + unit + " before " + start + " (" + period.id() + ")",
            due,
            period.citations());
        return;
      }
      if (!restarts.isEmpty()) {
        steps.add(
            new DeadlineStep(
                "CAL-4",
                "started " + originalStart + " (" + period.wording() + ")",
                null,
                period.citations()));
        for (Restart restart : restarts) {
          steps.add(
              new DeadlineStep(
                  "CAL-8",
                  "restarted " + restart.date + " (" + restart.reason + "); earlier days no longer count",
                  null,
                  List.of(restart.citation)));
        }
      }
      int amount = period.amount();
      ImmutableList.Builder<Citation> countingRules =
          ImmutableList.<Citation>builder()
              .addAll(period.citations())
              .add(CountingRules.CIVIL_CODE_ART_201);
      if (period.unit() == PeriodUnit.DAYS) {
        countingRules.add(CountingRules.CIVIL_CODE_ART_203);
      }
      List<Citation> counting = countingRules.build();
      String opening =
          (restarts.isEmpty() ? "starts " : "runs from ")
              + start
              + " (not counted); "
              + (amount == 0
                  ? "on the spot (当场)"
                  : amount + " " + unit)
              + " ("
              + period.id()
              + ")"
              + (period.unit() == PeriodUnit.DAYS && amount > 0
                  ? ", an end on a rest day moving to the next working day"
                  : "");
      List<Pause> applied = new ArrayList<>();
      int due = forwards(startIndex, amount, applied);
      record(period.unit() == PeriodUnit.WORKING_DAYS ? "CAL-4" : "CAL-5", opening, due, counting);
      int extended = 0;
      List<Object> events = new ArrayList<>(pauses);
      events.addAll(extensions);
      events.sort(Comparator.comparing(Computation::dateOf));
      for (Object event : events) {
        if (event instanceof Pause pause) {
          int before = due;
          applied.add(pause);
          due = forwards(startIndex, amount + extended, applied);
          int removed = countBetween(before, due);
          record(
              "CAL-7",
              pause
                  + ": "
                  + removed
                  + " "
                  + unit
                  + " not counted"
                  + (pause.end().isBefore(start) || pause.end().equals(start)
                      ? " (before the period runs)"
                      : ""),
              due,
              List.of(pause.citation()));
        } else {
          Extension extension = (Extension) event;
          if (extension.grantedOn().isBefore(start)) {
            steps.add(
                new DeadlineStep(
                    "CAL-8",
                    extension + " lapsed with the restart on " + start,
                    null,
                    period.citations()));
            continue;
          }
          extended += extension.amount();
          due = forwards(startIndex, amount + extended, applied);
          record("REQ-6", extension.toString(), due, period.citations());
        }
      }
    }

    private static LocalDate dateOf(Object event) {
      return event instanceof Pause pause ? pause.start() : ((Extension) event).grantedOn();
    }

    private void record(String ruleId, String text, int dueIndex, List<Citation> citations) {
      dueDate = calendar.dateAt(dueIndex);
      provisional |= calendar.isProvisional(dueIndex);
      steps.add(new DeadlineStep(ruleId, text, dueDate, citations));
    }

    /** Counts period units in (from, to], for explaining how far a pause moved the due date. */
    private int countBetween(int from, int to) {
      return period.unit() == PeriodUnit.WORKING_DAYS ? calendar.workingDaysIn(from, to) : to - from;
    }

    /** The due index for a forward period of {@code amount} units with the given pauses. */
    private int forwards(int startIndex, int amount, List<Pause> applied) {
      if (amount == 0) {
        return startIndex;
      }
      int[][] intervals = mergedPauses(startIndex, applied);
      int cursor = startIndex;
      int remaining = amount;
      for (int[] interval : intervals) {
        int available = countBetween(cursor, interval[0]);
        if (available >= remaining) {
          break;
        }
        remaining -= available;
        cursor = interval[1];
      }
      return finish(cursor, remaining);
    }

    /** The index {@code remaining} units after {@code cursor}, rolled to a working day for days. */
    private int finish(int cursor, int remaining) {
      if (period.unit() == PeriodUnit.WORKING_DAYS) {
        return requireInData(calendar.plusWorkingDays(cursor, remaining));
      }
      int end = cursor + remaining;
      requireInData(end < calendar.dayCount() ? end : -1);
      if (calendar.isWorkingDay(end)) {
        return end;
      }
      return requireInData(calendar.plusWorkingDays(end, 1));
    }

    private int backwards(int eventIndex) {
      int amount = period.amount();
      if (amount == 0) {
        return eventIndex;
      }
      if (period.unit() == PeriodUnit.WORKING_DAYS) {
        return requireInData(calendar.minusWorkingDays(eventIndex, amount));
      }
      int end = eventIndex - amount;
      requireInData(end);
      return calendar.isWorkingDay(end) ? end : requireInData(calendar.minusWorkingDays(end, 1));
    }

    private int requireInData(int index) {
      if (index < 0) {
        throw calendar.outside(
            currentStart().getYear() < calendar.coveredRange().getStart().getYear()
                ? calendar.coveredRange().getStart().minusDays(1)
                : calendar.dateAt(calendar.dayCount()),
            "the due date of " + period.id() + " from " + currentStart());
      }
      return index;
    }

    /**
     * Returns the pauses as disjoint index intervals {@code (s, e]} after the start, sorted. Each
     * pause is clipped to the days after the start; empty ones vanish.
     */
    private int[][] mergedPauses(int startIndex, List<Pause> applied) {
      List<int[]> intervals = new ArrayList<>();
      for (Pause pause : applied) {
        int from = Math.max(startIndex, calendar.index(pause.start(), true, pause.toString()));
        int to = calendar.index(pause.end(), true, pause.toString());
        if (to > from) {
          intervals.add(new int[] {from, to});
        }
      }
      intervals.sort(Comparator.comparingInt(interval -> interval[0]));
      List<int[]> merged = new ArrayList<>();
      for (int[] interval : intervals) {
        int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
        if (last != null && interval[0] <= last[1]) {
          last[1] = Math.max(last[1], interval[1]);
        } else {
          merged.add(interval.clone());
        }
      }
      return merged.toArray(new int[0][]);
    }
  }
}
