package dev.disclosure.core.accountability;

import static java.util.Objects.requireNonNull;

import dev.disclosure.calendar.Phrase;

/**
 * One measure directed at one target (追究措施, ACC-2).
 *
 * @param target who it is directed at
 * @param measure the measure
 */
public record Sanction(SanctionTarget target, Measure measure) {

  /**
   * Validates the sanction.
   *
   * @param target who it is directed at
   * @param measure the measure
   */
  public Sanction {
    requireNonNull(target, "target");
    requireNonNull(measure, "measure");
  }

  /**
   * {@return the sanction in both languages, for example {@code 对主管领导通报批评} / {@code the supervising
   * leader: circulated criticism}}
   */
  public Phrase phrase() {
    return Phrase.of(
        "对{0}{1}",
        "{0}: {1}",
        Phrase.of(target.label(), target.english()),
        Phrase.of(measure.label(), measure.english()));
  }

  /** {@return a one-line description, for example {@code 对主管领导通报批评}} */
  public String label() {
    return "对" + target.label() + measure.label();
  }
}
