package dev.disclosure.core.request;

import static java.util.Objects.requireNonNull;

import dev.disclosure.core.InvalidFactsException;
import dev.disclosure.core.InvalidFactsException.Problem;
import dev.disclosure.core.law.Rules;
import java.util.ArrayList;
import java.util.List;

/**
 * An application for disclosure (政府信息公开申请, REQ-1): the description of the information, the form
 * wanted and how it was submitted, which fixes its receipt date (REQ-2).
 *
 * @param description the name, document number or other description of the information (所需信息的描述)
 * @param formWanted the form and way of obtaining it (形式要求), e.g. {@code 纸质，邮寄}
 * @param submission the channel and the facts that fix the receipt date
 */
public record Application(String description, String formWanted, Submission submission) {

  /**
   * Checks the application.
   *
   * @param description the name, document number or other description of the information (所需信息的描述)
   * @param formWanted the form and way of obtaining it (形式要求), e.g. {@code 纸质，邮寄}
   * @param submission the channel and the facts that fix the receipt date
   * @throws InvalidFactsException if the description or the form is blank (REQ-1)
   */
  public Application {
    requireNonNull(description, "description");
    requireNonNull(formWanted, "formWanted");
    requireNonNull(submission, "submission");
    List<Problem> problems = new ArrayList<>();
    if (description.isBlank()) {
      problems.add(
          new Problem(
              Rules.REQ_1,
              "the description of the information is blank ("
                  + RequestCitations.APPLICATION.toReference()
                  + ")"));
    }
    if (formWanted.isBlank()) {
      problems.add(
          new Problem(
              Rules.REQ_1,
              "the form wanted is blank (" + RequestCitations.APPLICATION.toReference() + ")"));
    }
    InvalidFactsException.throwIfAny("Application", problems);
  }
}
