package dev.disclosure.core.proactive;

import static java.util.Objects.requireNonNull;

import dev.disclosure.calendar.Citation;
import dev.disclosure.calendar.Deadline;
import dev.disclosure.calendar.Finding;
import dev.disclosure.calendar.FindingKind;
import dev.disclosure.calendar.LegalPeriod;
import dev.disclosure.calendar.OutsideCalendarDataException;
import dev.disclosure.calendar.Phrase;
import dev.disclosure.calendar.WorkingDayCalendar;
import dev.disclosure.core.Agency;
import dev.disclosure.core.InvalidFactsException;
import dev.disclosure.core.InvalidFactsException.Problem;
import dev.disclosure.core.law.LegalPeriods;
import dev.disclosure.core.law.Rules;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A change, revocation or termination of a published item (公开事项的变更、撤销或终止, PRO-6).
 *
 * <p>主动公开制度二、9: "政府机关对公开事项进行变更、撤销或终止，应当按照上述规定进行审核备案，及时告知公众并作出说明". So a change is reviewed and filed
 * like a new item (its own {@link ApprovalChain}), the public is told with an explanation (required
 * here), and it runs two deadlines from the day of the change:
 *
 * <ul>
 *   <li>{@link #publicationDeadline}: the change is published within the publisher's proactive
 *       period counted from the change (形成或者变更之日起, PRO-3), for every kind;
 *   <li>{@link #supplyDeadline}, for a change of content only: P-CHANGE-UPDATE, 15 working days to
 *       supply the changed content. This is not a rule of disclosure law but one bureau's
 *       assessment rule (来源文件003 XX局政府信息公开工作五、考核: "公开内容发生变更后，未能在15个工作日提供变更内容的，每项扣0.5分"),
 *       binding where that assessment (or one like it, SC-5) applies. The source speaks of changed
 *       content only, so a revocation or termination has no supply deadline.
 * </ul>
 *
 * <p>Immutable and thread-safe; equal when original, kind, date and explanation are equal.
 */
@Value.Immutable
public abstract class ItemChange {

  ItemChange() {}

  /**
   * Returns a change of a published item.
   *
   * @param original the publication changed
   * @param kind a change, revocation or termination
   * @param changedOn the day of the change, not before the original publication
   * @param explanation what the public is told (作出说明), not blank
   * @return the change
   * @throws InvalidFactsException listing every problem: a blank explanation, a change dated before
   *     the original publication
   */
  public static ItemChange of(
      Publication original, ChangeKind kind, LocalDate changedOn, String explanation) {
    requireNonNull(original, "original");
    requireNonNull(kind, "kind");
    requireNonNull(changedOn, "changedOn");
    requireNonNull(explanation, "explanation");
    return ImmutableItemChange.of(original, kind, changedOn, explanation);
  }

  /** {@return the publication changed} */
  @Value.Parameter
  public abstract Publication original();

  /** {@return whether the item is changed, revoked or terminated} */
  @Value.Parameter
  public abstract ChangeKind kind();

  /** {@return the day of the change (变更之日)} */
  @Value.Parameter
  public abstract LocalDate changedOn();

  /** {@return the explanation given to the public (作出说明)} */
  @Value.Parameter
  public abstract String explanation();

  /** {@return the provision on changes (主动公开制度二、9)} */
  public Citation citation() {
    return ProactiveCitations.CHANGES;
  }

  /**
   * Returns the deadline for supplying changed content under the assessment rule of 来源文件003
   * (P-CHANGE-UPDATE, 15 working days from the change), for a {@link ChangeKind#CHANGE change} of
   * content; empty for a revocation or termination, which that rule does not speak of. The rule is
   * a deduction rule of one bureau's assessment (每项扣0.5分, SC-5), not of disclosure law: apply it
   * where that assessment applies.
   *
   * @param calendar the working-day calendar
   * @return the calendar's deadline, which explains itself; empty unless the content changed
   * @throws OutsideCalendarDataException if the change is outside the data ({@code dueDate()}
   *     throws it when the due date is)
   */
  public Optional<Deadline> supplyDeadline(WorkingDayCalendar calendar) {
    requireNonNull(calendar, "calendar");
    return kind() == ChangeKind.CHANGE
        ? Optional.of(calendar.deadline(LegalPeriods.P_CHANGE_UPDATE, changedOn()))
        : Optional.empty();
  }

  /**
   * Returns the deadline for publishing the change, counted from the day of the change under the
   * period of the original item's publisher (EX-7).
   *
   * @param calendar the working-day calendar
   * @return the publication deadline; legal causes can be added to it
   * @throws InvalidFactsException if the publisher is a public enterprise, which has no period
   * @throws OutsideCalendarDataException if the change is outside the data ({@code dueDate()}
   *     throws it when the due date is)
   */
  public PublicationDeadline publicationDeadline(WorkingDayCalendar calendar) {
    requireNonNull(calendar, "calendar");
    Agency publisher = PublicationDeadline.publisherOf(original().item());
    LegalPeriod period = PublicationDeadline.periodFor(publisher.level(), changedOn());
    return PublicationDeadline.counted(
        calendar,
        period,
        changedOn(),
        Finding.of(
            Rules.PRO_6,
            FindingKind.APPLIED,
            Phrase.of(
                "“{0}”于{1}{2}，由{3}按新信息审核、登记并公开，自变更之日起{4}：{5}",
                "the {2} of the item ({0}) on {1} is reviewed, filed and published like a new item"
                    + " by its publisher ({3}), within {4} from the change",
                original().item().title(),
                changedOn(),
                Phrase.of(kind().label(), kind().name().toLowerCase(java.util.Locale.ROOT)),
                publisher.toString(),
                period.id(),
                period.wording()),
            List.of(ProactiveCitations.CHANGES)));
  }

  @Value.Check
  void check() {
    List<Problem> problems = new ArrayList<>();
    if (explanation().isBlank()) {
      problems.add(
          new Problem(
              Rules.PRO_6,
              "explanation is blank; the public is told of the "
                  + kind().label()
                  + " with an explanation (及时告知公众并作出说明)"));
    }
    if (changedOn().isBefore(original().publishedOn())) {
      problems.add(
          new Problem(
              Rules.PRO_6,
              "changedOn "
                  + changedOn()
                  + " is before the original publication on "
                  + original().publishedOn()
                  + "; only a published item is changed, revoked or terminated"));
    }
    InvalidFactsException.throwIfAny(
        "ItemChange (" + kind().label() + ") of '" + original().item().title() + "'", problems);
  }

  /** Returns a one-line description, for example {@code 撤销 of '…' on 2026-11-02: …}. */
  @Override
  public String toString() {
    return kind().label()
        + " of '"
        + original().item().title()
        + "' on "
        + changedOn()
        + ": "
        + explanation();
  }
}
