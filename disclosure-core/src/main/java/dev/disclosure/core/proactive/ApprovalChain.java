package dev.disclosure.core.proactive;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
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

/**
 * The pre-publication approval of an item (公开前审核, PRO-7): the drafting office proposes (拟稿科室提出),
 * the supervising leader checks (分管领导审核), the principal leader agrees (主要领导同意), and only then is
 * the item published (再予以公开) — "先审查后公开".
 *
 * <p>A chain is its record of steps. Each {@code with…} method returns a new chain with one more
 * step; a step is accepted only when it is the next in that order and dated on or after the step
 * before it (the first on or after the day the item was formed). Anything else is refused with an
 * {@link ApprovalOrderException} naming the state, the step and the rule, and this chain is
 * unchanged. A change, revocation or termination of a published item (PRO-6) is reviewed in a chain
 * of its own.
 *
 * <p>Immutable and thread-safe; equal when subject and records are equal.
 */
public final class ApprovalChain {

  private static final ApprovalStep[] ORDER = ApprovalStep.values();

  private final InformationItem subject;
  private final ImmutableList<ApprovalRecord> records;

  private ApprovalChain(InformationItem subject, ImmutableList<ApprovalRecord> records) {
    this.subject = subject;
    this.records = records;
  }

  /**
   * Returns the chain of an item before any step is taken.
   *
   * @param subject the item to be approved and published
   * @return an empty chain
   */
  public static ApprovalChain of(InformationItem subject) {
    requireNonNull(subject, "subject");
    return new ApprovalChain(subject, ImmutableList.of());
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
    if (records.size() == ORDER.length) {
      throw refused(
          last, step, "the item is already published; a change is reviewed in a chain of its own");
    }
    ApprovalStep next = ORDER[records.size()];
    if (step != next) {
      throw refused(
          last,
          step,
          (step == ApprovalStep.PUBLISHED
                  ? "publication needs the principal leader's agreement first (主要领导同意后再予以公开); "
                  : "")
              + "the next step is "
              + next.label()
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
          "actor is blank; name the office or person who took " + step.label());
    }
    return new ApprovalChain(
        subject,
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
   * @throws ApprovalOrderException if the last step is not the proposal, or the date is before it
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
   * @throws ApprovalOrderException if the last step is not the check, or the date is before it
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
   * @throws ApprovalOrderException if the principal leader has not agreed, or the date is before
   *     the agreement
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

  /** {@return the step the rules allow next, or empty once the item is published} */
  public Optional<ApprovalStep> nextStep() {
    return records.size() == ORDER.length ? Optional.empty() : Optional.of(ORDER[records.size()]);
  }

  /** {@return whether the item has been published after the full approval} */
  public boolean isPublished() {
    return records.size() == ORDER.length;
  }

  /** {@return the provisions that set the order of approval (来源文件003)} */
  public List<Citation> citations() {
    return List.of(ProactiveCitations.APPROVAL, ProactiveCitations.APPROVAL_STREET_OFFICE);
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
    for (ApprovalRecord record : records) {
      findings.add(
          Finding.of(
              Rules.PRO_7,
              FindingKind.APPLIED,
              Phrase.of(
                  "{0}{1}（{2}）",
                  "{0}: {1} ({2})",
                  record.date(),
                  Phrase.of(record.step().label(), record.step().english()),
                  record.actor()),
              findings.isEmpty() ? citations() : List.of()));
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
            + "; order: 拟稿科室提出 → 分管领导审核 → 主要领导同意 → 予以公开 ("
            + ProactiveCitations.APPROVAL.toReference()
            + ")");
  }

  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    return obj instanceof ApprovalChain other
        && subject.equals(other.subject)
        && records.equals(other.records);
  }

  @Override
  public int hashCode() {
    return Objects.hash(subject, records);
  }

  /** Returns a one-line description, for example {@code ApprovalChain['…': 拟稿科室提出 by 综合科 on 2026-09-28, …]}. */
  @Override
  public String toString() {
    return "ApprovalChain['" + subject.title() + "': " + records + "]";
  }
}
