package dev.disclosure.core.request;

import static java.util.Objects.requireNonNull;

import dev.disclosure.core.InvalidFactsException;
import dev.disclosure.core.InvalidFactsException.Problem;
import dev.disclosure.core.law.Rules;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An application for disclosure (政府信息公开申请, REQ-1): the description of the information, the form
 * wanted, how it was submitted, which fixes its receipt date (REQ-2), and the items it asks for
 * (申请公开的各项内容, REQ-12).
 *
 * <p>An application of one item is the usual case: its item is its description. An application of
 * several items may be answered item by item, each with its own kind ({@link
 * RequestEvent.ItemsAnswered}); it is still one request, counted once in the annual report (see
 * {@link OutcomeRow#forItems}).
 *
 * @param description the name, document number or other description of the information (所需信息的描述)
 * @param formWanted the form and way of obtaining it (形式要求), e.g. {@code 纸质，邮寄}
 * @param submission the channel and the facts that fix the receipt date
 * @param items the items asked for, in the application's order, at least one, each named once
 */
public record Application(
    String description, String formWanted, Submission submission, List<String> items) {

  /**
   * Checks the application.
   *
   * @param description the name, document number or other description of the information (所需信息的描述)
   * @param formWanted the form and way of obtaining it (形式要求), e.g. {@code 纸质，邮寄}
   * @param submission the channel and the facts that fix the receipt date
   * @param items the items asked for, in the application's order, at least one, each named once
   * @throws InvalidFactsException if the description or the form is blank (REQ-1), or the items
   *     are empty, one is blank or one is named twice (REQ-12)
   */
  public Application {
    requireNonNull(description, "description");
    requireNonNull(formWanted, "formWanted");
    requireNonNull(submission, "submission");
    requireNonNull(items, "items");
    items = List.copyOf(items);
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
    if (items.isEmpty()) {
      problems.add(
          new Problem(Rules.REQ_12, "an application asks for at least one item; got none"));
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < items.size(); i++) {
      String item = items.get(i);
      if (item.isBlank()) {
        if (item.equals(description)) {
          continue; // the blank description, already reported
        }
        problems.add(new Problem(Rules.REQ_12, "item " + (i + 1) + " is blank; name each item"));
      } else if (!seen.add(item)) {
        problems.add(
            new Problem(
                Rules.REQ_12,
                "item '" + item + "' is named twice; each item is named once, so that its answer"
                    + " can be matched to it"));
      }
    }
    InvalidFactsException.throwIfAny("Application", problems);
  }

  /**
   * An application of one item, its description.
   *
   * @param description the name, document number or other description of the information (所需信息的描述)
   * @param formWanted the form and way of obtaining it (形式要求), e.g. {@code 纸质，邮寄}
   * @param submission the channel and the facts that fix the receipt date
   * @throws InvalidFactsException if the description or the form is blank (REQ-1)
   */
  public Application(String description, String formWanted, Submission submission) {
    this(description, formWanted, submission, List.of(requireNonNull(description, "description")));
  }
}
