package dev.disclosure.calendar;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * Thrown by {@link WorkingDayCalendarBuilder#build()} when the schedule (放假安排) it was given is
 * not a consistent calendar, or at once by the builder for a year it cannot hold. It reports every
 * problem at once, not just the first; the message lists the first five and counts the rest.
 */
public final class InvalidScheduleException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** Every problem found, in the order found. */
  private final ImmutableList<String> problems;

  /** The most problems the message lists; {@link #problems()} holds them all. */
  static final int SHOWN = 5;

  InvalidScheduleException(List<String> problems) {
    super(
        "The calendar schedule has "
            + problems.size()
            + (problems.size() == 1 ? " problem" : " problems")
            + ":\n  - "
            + String.join("\n  - ", problems.subList(0, Math.min(SHOWN, problems.size())))
            + (problems.size() > SHOWN
                ? "\n  … and " + (problems.size() - SHOWN) + " more (see problems())"
                : ""));
    this.problems = ImmutableList.copyOf(problems);
  }

  /** {@return every problem found, each naming the offending date or year and what would be valid} */
  public List<String> problems() {
    return problems;
  }
}
