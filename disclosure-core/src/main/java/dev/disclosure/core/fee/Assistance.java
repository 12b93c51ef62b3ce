package dev.disclosure.core.fee;

import static java.util.Objects.requireNonNull;

import dev.disclosure.calendar.Citation;
import dev.disclosure.core.InvalidFactsException;
import dev.disclosure.core.InvalidFactsException.Problem;
import dev.disclosure.core.law.LegalSources;
import dev.disclosure.core.law.Rules;
import java.util.List;
import java.util.Objects;

/**
 * The necessary help given to an applicant with reading difficulty or a visual or hearing
 * impairment (为阅读困难或者视听障碍的申请人提供必要的帮助, REQ-7), recorded with the fee so the file shows it.
 *
 * <p>Immutable and thread-safe; equal when difficulty and help are equal.
 */
public final class Assistance {

  static final Citation CITATION =
      Citation.of(LegalSources.DOC_002, "依申请公开制度三、3", "申请公开政府信息的公民存在阅读困难或者视听障碍的，政府机关应当为其提供必要的帮助。");

  private final Difficulty difficulty;
  private final String help;

  private Assistance(Difficulty difficulty, String help) {
    this.difficulty = difficulty;
    this.help = help;
  }

  /**
   * Returns a record of the help given (必要的帮助).
   *
   * @param difficulty the applicant's difficulty
   * @param help what was done, e.g. {@code 工作人员当面朗读并解释答复内容}
   * @return the record
   * @throws InvalidFactsException if {@code help} is blank (REQ-7)
   */
  public static Assistance of(Difficulty difficulty, String help) {
    requireNonNull(difficulty, "difficulty");
    requireNonNull(help, "help");
    if (help.isBlank()) {
      throw new InvalidFactsException(
          "Assistance",
          List.of(
              new Problem(
                  Rules.REQ_7,
                  "the help given for "
                      + difficulty.label()
                      + " is blank; record what was done (必要的帮助)")));
    }
    return new Assistance(difficulty, help.strip());
  }

  /** {@return the applicant's difficulty} */
  public Difficulty difficulty() {
    return difficulty;
  }

  /** {@return what was done to help} */
  public String help() {
    return help;
  }

  /** {@return the provision that requires the help (source document 002 依申请公开制度三、3)} */
  public Citation citation() {
    return CITATION;
  }

  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    return obj instanceof Assistance other
        && difficulty == other.difficulty
        && help.equals(other.help);
  }

  @Override
  public int hashCode() {
    return Objects.hash(difficulty, help);
  }

  /** Returns a one-line description, for example {@code 视力障碍：工作人员当面朗读答复内容}. */
  @Override
  public String toString() {
    return difficulty.label() + "：" + help;
  }
}
