package dev.disclosure.core;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.disclosure.calendar.RuleId;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when facts given to the library are missing, contradictory or unknown to the regime
 * (事实不完整或相互矛盾). It lists every {@linkplain Problem problem} at once, each naming the rule (a {@link
 * RuleId} of the rules catalog) and what is wrong and what would be valid. Nothing was changed:
 * every value is immutable.
 *
 * <p>The message reads {@code SUBJECT has N problems:} followed by one line {@code - RULE: detail}
 * per problem. It is meant for people; code reads {@link #problems()} and {@link #rules()}.
 *
 * <p>The problems are not serialized (a {@link RuleId} is not {@link java.io.Serializable}); a
 * deserialized exception keeps its message only.
 */
public final class InvalidFactsException extends IllegalArgumentException {

  private static final long serialVersionUID = 2L;

  private final transient ImmutableList<Problem> problems;

  /**
   * One problem with the facts (问题): the rule it breaks and what is wrong.
   *
   * @param rule the rule, e.g. {@code REQ-1}
   * @param detail what is wrong and what would be valid, e.g. {@code the contact is blank; an
   *     application gives a way to reach the applicant}
   */
  public record Problem(RuleId rule, String detail) {

    /**
     * Creates the problem.
     *
     * @param rule the rule
     * @param detail what is wrong and what would be valid
     */
    public Problem {
      requireNonNull(rule, "rule");
      requireNonNull(detail, "detail");
    }

    /** Returns {@code RULE: detail}, for example {@code REQ-1: the contact is blank; …}. */
    @Override
    public String toString() {
      return rule + ": " + detail;
    }
  }

  /**
   * Creates the exception.
   *
   * @param subject what was being built or decided, e.g. {@code InformationItem}
   * @param problems every problem found, at least one
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public InvalidFactsException(String subject, List<Problem> problems) {
    super(message(subject, problems));
    this.problems = ImmutableList.copyOf(problems);
  }

  /**
   * Creates the exception with one problem.
   *
   * @param subject what was being built or decided, e.g. {@code InformationItem}
   * @param rule the rule the facts break
   * @param detail what is wrong and what would be valid
   */
  public InvalidFactsException(String subject, RuleId rule, String detail) {
    this(subject, List.of(new Problem(rule, detail)));
  }

  private static String message(String subject, List<Problem> problems) {
    requireNonNull(subject, "subject");
    requireNonNull(problems, "problems");
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an InvalidFactsException names at least one problem");
    }
    return subject
        + " has "
        + problems.size()
        + (problems.size() == 1 ? " problem" : " problems")
        + ":\n  - "
        + problems.stream().map(Problem::toString).collect(Collectors.joining("\n  - "));
  }

  /** {@return every problem found, in the order found} */
  public List<Problem> problems() {
    return problems;
  }

  /** {@return the rule of every problem, in the order found (a rule broken twice appears twice)} */
  public List<RuleId> rules() {
    return problems.stream().map(Problem::rule).collect(ImmutableList.toImmutableList());
  }

  /**
   * Throws an {@code InvalidFactsException} if any problem was found.
   *
   * @param subject what was being built or decided
   * @param problems the problems found, possibly none
   * @throws InvalidFactsException if {@code problems} is not empty
   */
  public static void throwIfAny(String subject, List<Problem> problems) {
    requireNonNull(subject, "subject");
    requireNonNull(problems, "problems");
    if (!problems.isEmpty()) {
      throw new InvalidFactsException(subject, problems);
    }
  }
}
