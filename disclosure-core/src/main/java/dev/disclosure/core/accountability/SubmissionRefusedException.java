package dev.disclosure.core.accountability;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.disclosure.core.InvalidFactsException.Problem;
import dev.disclosure.core.RefusalException;
import dev.disclosure.core.law.Rules;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a major decision may not be submitted for decision (不得提交决策, ACC-5) because publicity
 * or a hearing it needed is missing or unfinished. Its {@linkplain #rule() rule} is ACC-5; each
 * {@linkplain #problems() problem} names the rule of what is missing (ACC-5 or P-PUBLICITY). The
 * record is unchanged.
 */
public final class SubmissionRefusedException extends RefusalException {

  private static final long serialVersionUID = 2L;

  private static final String STEP = "提交决策 (submission for decision)";

  /** The title of the decision whose submission is refused. */
  private final String title;
  private final transient ImmutableList<Problem> problems;

  /**
   * Creates the exception.
   *
   * @param title the decision's title
   * @param problems what is missing, at least one, each with its rule
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public SubmissionRefusedException(String title, List<Problem> problems) {
    super(
        Rules.ACC_5,
        "公示或听证未完成 (publicity or hearing unfinished) for " + requireNonNull(title, "title"),
        STEP,
        detail(problems));
    this.title = title;
    this.problems = ImmutableList.copyOf(problems);
  }

  private static String detail(List<Problem> problems) {
    requireNonNull(problems, "problems");
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a refused submission names at least one problem");
    }
    return problems.stream().map(Problem::toString).collect(Collectors.joining("; "));
  }

  /** {@return the decision's title} */
  public String title() {
    return title;
  }

  /** {@return what is missing, each with its rule} */
  public List<Problem> problems() {
    return problems;
  }
}
