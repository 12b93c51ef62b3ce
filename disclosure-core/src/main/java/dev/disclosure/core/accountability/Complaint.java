package dev.disclosure.core.accountability;

import static java.util.Objects.requireNonNull;

import dev.disclosure.calendar.Language;
import dev.disclosure.core.InvalidFactsException;
import dev.disclosure.core.law.Rules;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * An accepted complaint (已受理投诉, ACC-3) and where its handling stands. A 现场协调类 or 意见反映类 complaint is
 * closed once handled; a 立案处理类 complaint gets a supervision opinion with a reply date (督办意见和回复期限),
 * the window's written reply, and, when the result does not meet the requirements and the
 * complainant still objects, a further supervision order (再次签发《投诉督办表》).
 *
 * <p>Each step returns a new complaint or throws {@link RefusedComplaintStepException}; this one is
 * unchanged. Immutable and thread-safe.
 */
public final class Complaint {

  private final ComplaintFacts facts;
  private final ComplaintCategory category;
  private final ComplaintState state;
  private final LocalDate lastDate;
  private final int supervisionOrders;
  private final LocalDate replyBy;

  private Complaint(
      ComplaintFacts facts,
      ComplaintCategory category,
      ComplaintState state,
      LocalDate lastDate,
      int supervisionOrders,
      LocalDate replyBy) {
    this.facts = facts;
    this.category = category;
    this.state = state;
    this.lastDate = lastDate;
    this.supervisionOrders = supervisionOrders;
    this.replyBy = replyBy;
  }

  /**
   * Registers an accepted complaint (正式受理).
   *
   * @param facts the complaint
   * @param category its category
   * @param acceptedOn the day it was accepted
   * @return the complaint, {@link ComplaintState#REGISTERED}
   * @throws InvalidFactsException if intake does not accept it, e.g. no target or matter (ACC-3)
   */
  public static Complaint register(
      ComplaintFacts facts, ComplaintCategory category, LocalDate acceptedOn) {
    requireNonNull(facts, "facts");
    requireNonNull(category, "category");
    requireNonNull(acceptedOn, "acceptedOn");
    IntakeOutcome outcome = ComplaintIntake.assess(facts);
    if (outcome != IntakeOutcome.ACCEPTED) {
      throw new InvalidFactsException(
          "complaint",
          Rules.ACC_3,
          Language.CHINESE.render(ComplaintIntake.decision(facts))
              + "（"
              + ComplaintIntake.INTAKE.toReference()
              + "）");
    }
    return new Complaint(facts, category, ComplaintState.REGISTERED, acceptedOn, 0, null);
  }

  /**
   * Issues a supervision opinion (督办意见) for a 立案处理类 complaint, or after an unsatisfactory reply a
   * further supervision order (《投诉督办表》).
   *
   * @param on the day it is issued
   * @param replyBy the reply date set (回复期限)
   * @return the complaint under supervision
   * @throws RefusedComplaintStepException if the category is not 立案处理类, a reply is awaited, the
   *     complaint is closed, or the dates go backwards
   */
  public Complaint supervise(LocalDate on, LocalDate replyBy) {
    requireNonNull(on, "on");
    requireNonNull(replyBy, "replyBy");
    ComplaintStep step =
        supervisionOrders == 0 ? ComplaintStep.SUPERVISE : ComplaintStep.SUPERVISE_AGAIN;
    if (category != ComplaintCategory.FORMAL_CASE) {
      throw refuse(step, "only a 立案处理类 complaint is supervised; this is " + category.label());
    }
    if (state == ComplaintState.UNDER_SUPERVISION || state == ComplaintState.CLOSED) {
      throw refuse(step, "the window's written reply is awaited or the complaint is closed");
    }
    requireOrder(step, on);
    if (replyBy.isBefore(on)) {
      throw refuse(step, "the reply date " + replyBy + " is before the order of " + on);
    }
    return new Complaint(
        facts, category, ComplaintState.UNDER_SUPERVISION, on, supervisionOrders + 1, replyBy);
  }

  /**
   * Records the window's written reply with its result and rectification (书面回复).
   *
   * @param on the day of the reply
   * @return the complaint, {@link ComplaintState#REPLIED}
   * @throws RefusedComplaintStepException if no supervision is pending or the date goes backwards
   */
  public Complaint recordReply(LocalDate on) {
    requireNonNull(on, "on");
    if (state != ComplaintState.UNDER_SUPERVISION) {
      throw refuse(ComplaintStep.REPLY, "no supervision opinion or order is pending");
    }
    requireOrder(ComplaintStep.REPLY, on);
    return new Complaint(facts, category, ComplaintState.REPLIED, on, supervisionOrders, replyBy);
  }

  /**
   * Closes the complaint (办结): on the spot for 现场协调类, once handled for 意见反映类, after a reply that
   * satisfies for 立案处理类.
   *
   * @param on the day it is closed
   * @return the closed complaint
   * @throws RefusedComplaintStepException if a 立案处理类 complaint has no reply yet, it is closed, or
   *     the date goes backwards
   */
  public Complaint close(LocalDate on) {
    requireNonNull(on, "on");
    if (state == ComplaintState.CLOSED) {
      throw refuse(ComplaintStep.CLOSE, "the complaint is already closed");
    }
    if (category == ComplaintCategory.FORMAL_CASE && state != ComplaintState.REPLIED) {
      throw refuse(
          ComplaintStep.CLOSE, "a 立案处理类 complaint closes after the window's written reply");
    }
    requireOrder(ComplaintStep.CLOSE, on);
    return new Complaint(facts, category, ComplaintState.CLOSED, on, supervisionOrders, replyBy);
  }

  private void requireOrder(ComplaintStep step, LocalDate on) {
    if (on.isBefore(lastDate)) {
      throw refuse(step, "dated " + on + ", before the previous step of " + lastDate);
    }
  }

  private RefusedComplaintStepException refuse(ComplaintStep step, String detail) {
    return new RefusedComplaintStepException(state, step, Rules.ACC_3, detail);
  }

  /** {@return the complaint's facts} */
  public ComplaintFacts facts() {
    return facts;
  }

  /** {@return the category} */
  public ComplaintCategory category() {
    return category;
  }

  /** {@return the state} */
  public ComplaintState state() {
    return state;
  }

  /** {@return the number of supervision opinions and orders issued (督办次数)} */
  public int supervisionOrders() {
    return supervisionOrders;
  }

  /** {@return the reply date of the latest supervision, or empty if none was issued} */
  public Optional<LocalDate> replyBy() {
    return Optional.ofNullable(replyBy);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Complaint other
        && facts.equals(other.facts)
        && category == other.category
        && state == other.state
        && lastDate.equals(other.lastDate)
        && supervisionOrders == other.supervisionOrders
        && Objects.equals(replyBy, other.replyBy);
  }

  @Override
  public int hashCode() {
    return Objects.hash(facts, category, state, lastDate, supervisionOrders, replyBy);
  }

  /** Returns a one-line description, for example {@code Complaint[立案处理类 督办中, 督办 2]}. */
  @Override
  public String toString() {
    return "Complaint["
        + category.label()
        + " "
        + state.label()
        + ", 督办 "
        + supervisionOrders
        + "]";
  }
}
