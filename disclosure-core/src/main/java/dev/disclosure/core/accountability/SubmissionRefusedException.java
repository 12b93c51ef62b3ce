package dev.disclosure.core.accountability;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * Thrown when a major decision may not be submitted for decision (不得提交决策, ACC-5) because publicity
 * or a hearing it needed is missing or unfinished. The record is unchanged.
 */
public final class SubmissionRefusedException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  /**
   * Creates the exception.
   *
   * @param title the decision's title
   * @param problems what is missing, each starting with its rule ID
   */
  public SubmissionRefusedException(String title, List<String> problems) {
    super(
        "ACC-5: "
            + requireNonNull(title, "title")
            + " may not be submitted for decision: "
            + String.join("; ", requireNonNull(problems, "problems")));
    this.problems = List.copyOf(problems);
  }

  /** Returns what is missing, each starting with its rule ID. */
  public List<String> problems() {
    return problems;
  }
}
