package dev.disclosure.core;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * Thrown when facts given to the library are missing, contradictory or unknown to the regime
 * (事实不完整或相互矛盾). It lists every problem at once, each naming the fact, the rule (an ID of the
 * rules catalog) and what would be valid. Nothing was changed: every value is immutable.
 */
public final class InvalidFactsException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final ImmutableList<String> problems;

  /**
   * Creates the exception.
   *
   * @param subject what was being built or decided, e.g. {@code InformationItem}
   * @param problems every problem found, each naming the fact and the rule
   */
  public InvalidFactsException(String subject, List<String> problems) {
    super(
        subject
            + " has "
            + problems.size()
            + (problems.size() == 1 ? " problem" : " problems")
            + ":\n  - "
            + String.join("\n  - ", problems));
    this.problems = ImmutableList.copyOf(problems);
  }

  /** Returns every problem found. */
  public List<String> problems() {
    return problems;
  }

  /**
   * Throws an {@code InvalidFactsException} if any problem was found.
   *
   * @param subject what was being built or decided
   * @param problems the problems found, possibly none
   * @throws InvalidFactsException if {@code problems} is not empty
   */
  public static void throwIfAny(String subject, List<String> problems) {
    if (!problems.isEmpty()) {
      throw new InvalidFactsException(subject, problems);
    }
  }
}
