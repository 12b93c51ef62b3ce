package dev.disclosure.core.proactive;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import dev.disclosure.calendar.Citation;
import dev.disclosure.calendar.Finding;
import dev.disclosure.calendar.FindingKind;
import dev.disclosure.calendar.Language;
import dev.disclosure.calendar.Phrase;
import dev.disclosure.core.InformationItem;
import dev.disclosure.core.InvalidFactsException;
import dev.disclosure.core.law.Rules;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The pre-publication approval of an item (公开前审核, PRO-7) under a body's {@link ApprovalProcedure}:
 * for a bureau (the default, 来源文件003) the office proposes, the supervising leader checks, the
 * principal leader agrees, and only then is the item published (再予以公开) — "先审查后公开". A street
 * office adds the leading group's study, a justice bureau the Party group's discussion, the
 * procedures of 来源文件002 the secrecy committee's review and the coordination of third-party rights
 * when the item's facts call for them ({@link ApprovalCondition}).
 *
 * <p>A chain is its record of steps. Each {@code with…} method returns a new chain with one more
 * step; a step is accepted only when it is the next in its procedure's order and dated on or after
 * the step before it (the first on or after the day the item was formed). Anything else is refused
 * with an {@link ApprovalOrderException} naming the state, the step and the rule, and this chain is
 * unchanged. A change, revocation or termination of a published item (PRO-6) is reviewed in a chain
 * of its own.
 *
 * <p>Immutable and thread-safe; equal when subject, procedure, conditions and records are equal.
 */
public final class ApprovalChain {

  private final InformationItem subject;
  private final ApprovalProcedure procedure;
  private final ImmutableSet<ApprovalCondition> conditions;
  private final ImmutableList<ApprovalStep> order;
  private final ImmutableList<ApprovalRecord> records;

  private ApprovalChain(
      InformationItem subject,
      ApprovalProcedure procedure,
      ImmutableSet<ApprovalCondition> conditions,
      ImmutableList<ApprovalStep> order,
      ImmutableList<ApprovalRecord> records) {
    this.subject = subject;
    this.procedure = procedure;
    this.conditions = conditions;
    this.order = order;
    this.records = records;
  }

  /**
   * Returns the chain of an item before any step is taken, under a bureau's procedure ({@link
   * ApprovalProcedure#BUREAU}).
   *
   * @param subject the item to be approved and published
   * @return an empty chain
   */
  public static ApprovalChain of(InformationItem subject) {
    return of(subject, ApprovalProcedure.BUREAU, Set.of());
  }

  /**
   * Returns the chain of an item before any step is taken, under a procedure.
   *
   * @param subject the item to be approved and published
   * @param procedure the body's procedure
   * @param conditions the item's facts that add steps (涉及国家秘密, 涉及第三方权益); empty if none
   * @return an empty chain
   */
  public static ApprovalChain of(
      InformationItem subject, ApprovalProcedure procedure, Set<ApprovalCondition> conditions) {
    requireNonNull(subject, "subject");
    requireNonNull(procedure, "procedure");
    requireNonNull(conditions, "conditions");
    ImmutableSet<ApprovalCondition> facts = Sets.immutableEnumSet(conditions);
    return new ApprovalChain(
        subject,
        procedure,
        facts,
        ImmutableList.copyOf(procedure.steps(facts)),
        ImmutableList.of());
  }

  /**
   * Returns this chain with the next step taken.
   *
   * @param step the step
   * @param actor the office or person taking it, not blank
   * @param date the day it is taken
   * @return the longer chain; this one is unchanged
   * @throws ApprovalOrderException if the step is not the next one, or is dated before the step
   *     before it (or, for the first step, before the item was formed)
   * @throws InvalidFactsException if the actor is blank
   */
  public ApprovalChain withStep(ApprovalStep step, String actor, LocalDate date) {
    requireNonNull(step, "step");
    requireNonNull(actor, "actor");
    requireNonNull(date, "date");
    ApprovalStep last = lastStep().orElse(null);
    if (records.size() == order.size()) {
      throw refused(
          last, step, "the procedure is complete; a change is reviewed in a chain of its own");
    }
    ApprovalStep next = order.get(records.size());
    if (step != next) {
      throw refused(
          last,
          step,
          (step == ApprovalStep.PUBLISHED
                  ? "publication comes only after every step before it (先审查后公开); "
                  : "")
              + "the next step is "
              + wording(next)
              + " ("
              + next
              + ")");
    }
    LocalDate earliest =
        records.isEmpty() ? subject.generatedOn() : records.get(records.size() - 1).date();
    if (date.isBefore(earliest)) {
      throw refused(
          last,
          step,
          "it is dated "
              + date
              + ", before "
              + (records.isEmpty()
                  ? "the item was formed on " + earliest
                  : records.get(records.size() - 1)));
    }
    if (actor.isBlank()) {
      throw new InvalidFactsException(
          "ApprovalChain of '" + subject.title() + "'",
          Rules.PRO_7,
          "actor is blank; name the office or person who took " + wording(step));
    }
    return new ApprovalChain(
        subject,
        procedure,
        conditions,
        order,
        ImmutableList.<ApprovalRecord>builder()
            .addAll(records)
            .add(new ApprovalRecord(step, actor, date))
            .build());
  }

  /**
   * Returns this chain with the drafting office's proposal (拟稿科室提出).
   *
   * @param draftingOffice the drafting office, e.g. {@code 综合科}
   * @param date the day of the proposal
   * @return the longer chain
   * @throws ApprovalOrderException if a step was already taken, or the date is before the item was
   *     formed
   * @throws InvalidFactsException if the office is blank
   */
  public ApprovalChain proposedBy(String draftingOffice, LocalDate date) {
    return withStep(ApprovalStep.PROPOSED, draftingOffice, date);
  }

  /**
   * Returns this chain with the supervising leader's check (分管领导审核).
   *
   * @param supervisingLeader the supervising leader
   * @param date the day of the check
   * @return the longer chain
   * @throws ApprovalOrderException if the check is not the procedure's next step, or the date is
   *     before the step before it
   * @throws InvalidFactsException if the leader is blank
   */
  public ApprovalChain checkedBy(String supervisingLeader, LocalDate date) {
    return withStep(ApprovalStep.CHECKED, supervisingLeader, date);
  }

  /**
   * Returns this chain with the principal leader's agreement (主要领导同意).
   *
   * @param principalLeader the principal leader, or the head of the disclosure leading group
   * @param date the day of the agreement
   * @return the longer chain
   * @throws ApprovalOrderException if the agreement is not the procedure's next step, or the date
   *     is before the step before it
   * @throws InvalidFactsException if the leader is blank
   */
  public ApprovalChain agreedBy(String principalLeader, LocalDate date) {
    return withStep(ApprovalStep.AGREED, principalLeader, date);
  }

  /**
   * Returns this chain with the publication (予以公开).
   *
   * @param publishingOffice the office that publishes, e.g. the disclosure office
   * @param date the day of publication
   * @return the complete chain
   * @throws ApprovalOrderException if a step of the procedure before publication is missing, or
   *     the date is before the step before it
   * @throws InvalidFactsException if the office is blank
   */
  public ApprovalChain publishedBy(String publishingOffice, LocalDate date) {
    return withStep(ApprovalStep.PUBLISHED, publishingOffice, date);
  }

  /** {@return the item approved} */
  public InformationItem subject() {
    return subject;
  }

  /** {@return the steps taken, in order} */
  public List<ApprovalRecord> records() {
    return records;
  }

  /** {@return the state of the chain: the last step taken, or empty before any} */
  public Optional<ApprovalStep> lastStep() {
    return records.isEmpty()
        ? Optional.empty()
        : Optional.of(records.get(records.size() - 1).step());
  }

  /** {@return the procedure the chain follows} */
  public ApprovalProcedure procedure() {
    return procedure;
  }

  /** {@return the item's facts that add steps} */
  public Set<ApprovalCondition> conditions() {
    return conditions;
  }

  /** {@return the steps the procedure requires of this item, in order} */
  public List<ApprovalStep> order() {
    return order;
  }

  /** {@return the step the procedure allows next, or empty once every step is taken} */
  public Optional<ApprovalStep> nextStep() {
    return records.size() == order.size()
        ? Optional.empty()
        : Optional.of(order.get(records.size()));
  }

  /** {@return whether the item has been published after the full approval} */
  public boolean isPublished() {
    return records.stream().anyMatch(r -> r.step() == ApprovalStep.PUBLISHED);
  }

  /** {@return the provisions that set the procedure} */
  public List<Citation> citations() {
    return procedure.citations();
  }

  /** How the procedure words a step. */
  private String wording(ApprovalStep step) {
    return procedure.wording(step).orElse(step.label());
  }

  /**
   * Returns the steps taken, in order, each an applied PRO-7 finding with its date and the office
   * or person who took it (as recorded); the first cites the provisions that set the order. Empty
   * before any step.
   *
   * @return the findings
   */
  public List<Finding> findings() {
    List<Finding> findings = new ArrayList<>(records.size());
    LocalDate publishedOn = null;
    for (ApprovalRecord record : records) {
      findings.add(
          Finding.of(
              Rules.PRO_7,
              FindingKind.APPLIED,
              Phrase.of(
                  "{0}{1}（{2}）",
                  "{0}: {1} ({2})",
                  record.date(),
                  Phrase.of(wording(record.step()), record.step().english()),
                  record.actor()),
              findings.isEmpty() ? citations() : List.of()));
      if (record.step() == ApprovalStep.PUBLISHED) {
        publishedOn = record.date();
      } else if (record.step() == ApprovalStep.FILED_WITH_SUPERVISING_DEPARTMENT
          && record.date().isAfter(publishedOn)) {
        findings.add(
            Finding.of(
                Rules.PRO_7,
                FindingKind.BROKEN,
                Phrase.of(
                    "公开与报主管部门备案应同时进行：{0}公开，{1}才备案",
                    "publication and filing with the supervising department go together: published"
                        + " {0}, filed only {1}",
                    publishedOn,
                    record.date()),
                citations()));
      }
    }
    return List.copyOf(findings);
  }

  /**
   * Returns the steps taken in Chinese, one finding per line.
   *
   * @return the explanation
   */
  public String explain() {
    return explain(Language.CHINESE);
  }

  /**
   * Returns the steps taken in a language, one finding per line.
   *
   * @param language Chinese or English
   * @return the explanation
   */
  public String explain(Language language) {
    requireNonNull(language, "language");
    return language.render(findings());
  }

  private ApprovalOrderException refused(ApprovalStep last, ApprovalStep step, String reason) {
    return new ApprovalOrderException(
        last,
        step,
        "'"
            + subject.title()
            + "': "
            + reason
            + "; order: "
            + order.stream().map(this::wording).collect(Collectors.joining(" → "))
            + " ("
            + procedure.citations().get(0).toReference()
            + ")");
  }

  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    return obj instanceof ApprovalChain other
        && subject.equals(other.subject)
        && procedure == other.procedure
        && conditions.equals(other.conditions)
        && records.equals(other.records);
  }

  @Override
  public int hashCode() {
    return Objects.hash(subject, procedure, conditions, records);
  }

  /** Returns a one-line description, for example {@code ApprovalChain['…': 拟稿科室提出 by 综合科 on 2026-09-28, …]}. */
  @Override
  public String toString() {
    return "ApprovalChain['" + subject.title() + "': " + records + "]";
  }
}
