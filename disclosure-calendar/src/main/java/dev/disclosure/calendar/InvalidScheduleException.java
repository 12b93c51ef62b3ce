package dev.disclosure.calendar;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * Thrown by {@link WorkingDayCalendarBuilder#build()} when the schedule (放假安排) it was given is
 * not a consistent calendar. It reports every problem at once, not just the first.
 */
public final class InvalidScheduleException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final ImmutableList<String> problems;

  InvalidScheduleException(List<String> problems) {
    super(
        "The calendar schedule has "
            + problems.size()
            + (problems.size() == 1 ? " problem" : " problems")
            + ":\n  - "
            + String.join("\n  - ", problems));
    this.problems = ImmutableList.copyOf(problems);
  }

  /** Returns every problem found, each naming the offending date or year and what would be valid. */
  public List<String> problems() {
    return problems;
  }
}
