package dev.disclosure.core.request;

import static java.util.Objects.requireNonNull;

/**
 * The answer to one item of an application of several (对申请中一项内容的答复, REQ-12): the item, as the
 * application names it, and the answer given to it, with its own kind and report row.
 *
 * @param item the item, as {@link Application#items()} names it
 * @param answer the answer to that item
 */
public record ItemAnswer(String item, Answer answer) {

  /**
   * Checks the facts.
   *
   * @param item the item, as {@link Application#items()} names it
   * @param answer the answer to that item
   */
  public ItemAnswer {
    requireNonNull(item, "item");
    requireNonNull(answer, "answer");
  }
}
