package dev.disclosure.scoring;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One thing the assessor recorded under a rule of a criterion (考核记录): how many times it
 * happened, the rate achieved, the score given or the points the assessor deducts — whatever the
 * rule's {@link ScoringRule#input()} is — with the reason, the evidence (佐证材料), the date (for
 * periods) and, for a deduction from a person, who.
 *
 * @param criterionId the criterion
 * @param ruleId the rule of that criterion
 * @param quantity the count, rate in percent, score or points, as the rule reads it
 * @param person the person concerned (当事人), for a rule that deducts from a person
 * @param date when it was found, for period cards
 * @param reason what happened, in the assessor's words
 * @param evidence references to the evidence, possibly none
 */
public record Occurrence(
    String criterionId,
    String ruleId,
    Points quantity,
    Optional<String> person,
    Optional<LocalDate> date,
    String reason,
    List<String> evidence) {

  /**
   * Checks that no component is null and copies the evidence; the assessment validates.
   *
   * @param criterionId the criterion
   * @param ruleId the rule of that criterion
   * @param quantity the count, rate in percent, score or points, as the rule reads it
   * @param person the person concerned (当事人), for a rule that deducts from a person
   * @param date when it was found, for period cards
   * @param reason what happened, in the assessor's words
   * @param evidence references to the evidence, possibly none
   */
  public Occurrence {
    requireNonNull(criterionId, "criterionId");
    requireNonNull(ruleId, "ruleId");
    requireNonNull(quantity, "quantity");
    requireNonNull(person, "person");
    requireNonNull(date, "date");
    requireNonNull(reason, "reason");
    evidence = List.copyOf(evidence);
  }

  /**
   * Returns an undated occurrence concerning no person.
   *
   * @param criterionId the criterion
   * @param ruleId the rule
   * @param quantity the quantity the rule reads
   * @param reason what happened
   * @param evidence references to the evidence
   * @return the occurrence
   */
  public static Occurrence of(
      String criterionId, String ruleId, Points quantity, String reason, String... evidence) {
    return new Occurrence(
        criterionId, ruleId, quantity, Optional.empty(), Optional.empty(), reason,
        List.of(evidence));
  }

  /**
   * Returns an undated count: {@code count} times, items or cases.
   *
   * @param criterionId the criterion
   * @param ruleId the rule
   * @param count how many
   * @param reason what happened
   * @param evidence references to the evidence
   * @return the occurrence
   */
  public static Occurrence count(
      String criterionId, String ruleId, long count, String reason, String... evidence) {
    return of(criterionId, ruleId, Points.of(count), reason, evidence);
  }

  /**
   * Returns this occurrence dated.
   *
   * @param on the date it was found
   * @return the dated occurrence
   */
  public Occurrence on(LocalDate on) {
    return new Occurrence(
        criterionId, ruleId, quantity, person, Optional.of(requireNonNull(on, "on")), reason,
        evidence);
  }

  /**
   * Returns this occurrence concerning a person (当事人).
   *
   * @param name the person's name
   * @return the occurrence
   */
  public Occurrence concerning(String name) {
    return new Occurrence(
        criterionId, ruleId, quantity, Optional.of(requireNonNull(name, "name")), date, reason,
        evidence);
  }
}
