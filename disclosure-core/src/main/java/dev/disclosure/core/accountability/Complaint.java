package dev.disclosure.core.accountability;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.disclosure.calendar.Citation;
import dev.disclosure.calendar.Finding;
import dev.disclosure.calendar.FindingKind;
import dev.disclosure.calendar.Language;
import dev.disclosure.calendar.Phrase;
import dev.disclosure.core.InvalidFactsException;
import dev.disclosure.core.law.Rules;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An accepted complaint (已受理投诉, ACC-3) and where its handling stands. A 现场协调类 or 意见反映类 complaint is
 * closed once handled; a 立案处理类 complaint gets a supervision opinion with a reply date (督办意见和回复期限),
 * the window's written reply, and, when the result does not meet the requirements and the
 * complainant still objects, a further supervision order (再次签发《投诉督办表》).
 *
 * <p>Each step returns a new complaint or throws {@link RefusedComplaintStepException}; this one is
 * unchanged. The handling speaks in ACC-3 findings ({@link #findings()}): a reply after the reply
 * date the supervision set is recorded and is a {@link FindingKind#BROKEN} finding. Immutable and
 * thread-safe.
 */
public final class Complaint {

  private final ComplaintFacts facts;
  private final ComplaintCategory category;
  private final ComplaintState state;
  private final LocalDate lastDate;
  private final int supervisionOrders;
  private final LocalDate replyBy;
  private final ImmutableList<Finding> findings;

  private Complaint(
      ComplaintFacts facts,
      ComplaintCategory category,
      ComplaintState state,
      LocalDate lastDate,
      int supervisionOrders,
      LocalDate replyBy,
      ImmutableList<Finding> findings) {
    this.facts = facts;
    this.category = category;
    this.state = state;
    this.lastDate = lastDate;
    this.supervisionOrders = supervisionOrders;
    this.replyBy = replyBy;
    this.findings = findings;
  }

  /** Returns the findings so far with one more. */
  private ImmutableList<Finding> plus(Finding finding) {
    return ImmutableList.<Finding>builderWithExpectedSize(findings.size() + 1)
        .addAll(findings)
        .add(finding)
        .build();
  }

  private static Finding applied(Phrase what, List<Citation> citations) {
    return Finding.of(Rules.ACC_3, FindingKind.APPLIED, what, citations);
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
    return new Complaint(
        facts,
        category,
        ComplaintState.REGISTERED,
        acceptedOn,
        0,
        null,
        ImmutableList.of(
            ComplaintIntake.finding(facts),
            applied(
                Phrase.of(
                    "{0}正式受理，属{1}：{2}",
                    "accepted {0} as {1}: {2}",
                    acceptedOn,
                    Phrase.of(category.label(), category.english()),
                    flow(category)),
                List.of(AccountabilityCitations.COMPLAINT_HANDLING))));
  }

  /** A category's flow, its steps joined. */
  private static Phrase flow(ComplaintCategory category) {
    StringBuilder chinese = new StringBuilder();
    StringBuilder english = new StringBuilder();
    List<Phrase> steps = category.flow();
    Object[] values = steps.toArray();
    for (int i = 0; i < steps.size(); i++) {
      String place = "{" + i + "}";
      chinese.append(i == 0 ? "" : "；").append(place);
      english.append(i == 0 ? "" : "; ").append(place);
    }
    return Phrase.of(chinese.toString(), english.toString(), values);
  }

  /**
   * Records an investigation of the complaint (投诉调查, 来源文件000 投诉处理制度第五条).
   *
   * @param on the day of the investigation
   * @param method how it was investigated
   * @return the complaint with the investigation recorded; its state is unchanged
   * @throws RefusedComplaintStepException if the complaint is closed or the date goes backwards
   */
  public Complaint withInvestigation(LocalDate on, InvestigationMethod method) {
    requireNonNull(on, "on");
    requireNonNull(method, "method");
    if (state == ComplaintState.CLOSED) {
      throw refuse(ComplaintStep.INVESTIGATE, "the complaint is already closed");
    }
    requireOrder(ComplaintStep.INVESTIGATE, on);
    return new Complaint(
        facts,
        category,
        state,
        on,
        supervisionOrders,
        replyBy,
        plus(
            applied(
                Phrase.of(
                    "{0}调查：{1}，并做好相关笔录",
                    "investigated {0}: {1}, with a record made",
                    on,
                    Phrase.of(method.label(), method.english())),
                List.of(InvestigationMethod.CITATION))));
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
        facts,
        category,
        ComplaintState.UNDER_SUPERVISION,
        on,
        supervisionOrders + 1,
        replyBy,
        plus(
            applied(
                Phrase.of(
                    "{0}{1}，回复期限为{2}",
                    "{0}: {1}, reply by {2}",
                    on,
                    step == ComplaintStep.SUPERVISE
                        ? Phrase.of(
                            "提出督办意见，交由被投诉窗口或所在科室处理",
                            "a supervision opinion passed to the window or section complained of")
                        : Phrase.of(
                            "再次签发《投诉督办表》，要求被投诉窗口或科室加大处理力度",
                            "a further complaint supervision form issued, asking the window or"
                                + " section to do more"),
                    replyBy),
                List.of(AccountabilityCitations.COMPLAINT_HANDLING))));
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
    Finding reply =
        on.isAfter(replyBy)
            ? Finding.of(
                Rules.ACC_3,
                FindingKind.BROKEN,
                Phrase.of(
                    "{0}被投诉窗口或科室书面回复综合科，晚于督办的回复期限{1}",
                    "{0}: the window or section replied in writing after the reply date {1} set by"
                        + " the supervision",
                    on,
                    replyBy),
                List.of(AccountabilityCitations.COMPLAINT_HANDLING))
            : applied(
                Phrase.of(
                    "{0}被投诉窗口或科室将处理结果和整改情况书面回复综合科（回复期限{1}）",
                    "{0}: the window or section reported the result and rectification in writing"
                        + " (reply by {1})",
                    on,
                    replyBy),
                List.of());
    return new Complaint(
        facts, category, ComplaintState.REPLIED, on, supervisionOrders, replyBy, plus(reply));
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
    return new Complaint(
        facts,
        category,
        ComplaintState.CLOSED,
        on,
        supervisionOrders,
        replyBy,
        plus(applied(Phrase.of("{0}办结投诉", "closed {0}", on), List.of())));
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

  /**
   * Returns the complaint's handling as ACC-3 findings, oldest first: the intake decision, the
   * registration with its category's flow, each investigation, supervision opinion or order with its
   * reply date, the reply — a {@link FindingKind#BROKEN} finding when it came after the reply date
   * set — and the closing.
   *
   * @return the findings
   */
  public List<Finding> findings() {
    return findings;
  }

  /**
   * Returns the handling in Chinese, one finding per line.
   *
   * @return the explanation
   */
  public String explain() {
    return explain(Language.CHINESE);
  }

  /**
   * Returns the handling in a language, one finding per line.
   *
   * @param language Chinese or English
   * @return the explanation
   */
  public String explain(Language language) {
    requireNonNull(language, "language");
    return language.render(findings);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Complaint other
        && facts.equals(other.facts)
        && category == other.category
        && state == other.state
        && lastDate.equals(other.lastDate)
        && supervisionOrders == other.supervisionOrders
        && Objects.equals(replyBy, other.replyBy)
        && findings.equals(other.findings);
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
