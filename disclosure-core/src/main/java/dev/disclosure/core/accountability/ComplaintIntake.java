package dev.disclosure.core.accountability;

import static java.util.Objects.requireNonNull;

import dev.disclosure.calendar.Citation;
import dev.disclosure.calendar.LegalSource;
import dev.disclosure.core.law.LegalSources;
import dev.disclosure.core.law.Rules;

/**
 * Complaint intake (投诉受理, ACC-3, 来源文件000 投诉处理制度第一条、第四条). The checks run in this order [convention]:
 * withdrawn after explanation → {@link IntakeOutcome#NOT_REGISTERED}; frivolous, or no target or no
 * matter → {@link IntakeOutcome#INVALID}; outside the remit → {@link IntakeOutcome#OUTSIDE_REMIT};
 * a receipt issued but not presented → {@link IntakeOutcome#RECEIPT_REQUIRED}; otherwise {@link
 * IntakeOutcome#ACCEPTED}.
 *
 * <p>Thread-safe; no state.
 */
public final class ComplaintIntake {

  static final LegalSource DOC_000 = LegalSources.DOC_000;

  /** 投诉处理制度第一条（二）and 第四条. */
  public static final Citation INTAKE =
      Citation.of(
          DOC_000,
          "投诉处理制度第一条、第四条",
          "投诉须明确提出投诉对象和投诉事项。我办窗口已出具办件受理回执的，办事者须凭受理回执进行投诉。……投诉不属于本办受理范围的，综合科不受理、不登记、不转办，"
              + "但须向投诉人做好解释工作，并视具体情况为投诉人提供投诉受理部门的有关信息。对办事者无理取闹或不提供投诉对象和投诉事项的投诉，本办将视为无效投诉，不予受理。");

  private ComplaintIntake() {}

  /**
   * Decides intake (投诉受理).
   *
   * @param facts the complaint
   * @return the outcome
   */
  public static IntakeOutcome assess(ComplaintFacts facts) {
    requireNonNull(facts, "facts");
    if (facts.withdrawnAfterExplanation()) {
      return IntakeOutcome.NOT_REGISTERED;
    }
    if (facts.frivolous() || facts.target().isBlank() || facts.matter().isBlank()) {
      return IntakeOutcome.INVALID;
    }
    if (!facts.withinRemit()) {
      return IntakeOutcome.OUTSIDE_REMIT;
    }
    if (facts.receiptIssued() && !facts.receiptPresented()) {
      return IntakeOutcome.RECEIPT_REQUIRED;
    }
    return IntakeOutcome.ACCEPTED;
  }

  /**
   * Explains the intake decision, e.g. {@code ACC-3: 无效投诉，不予受理（未提出投诉事项）}.
   *
   * @param facts the complaint
   * @return the explanation with its citation
   */
  public static String explain(ComplaintFacts facts) {
    return Rules.ACC_3 + ": " + decision(facts);
  }

  /** Returns the intake decision with its reason and citation, without the rule. */
  static String decision(ComplaintFacts facts) {
    IntakeOutcome outcome = assess(facts);
    String reason = "";
    if (outcome == IntakeOutcome.INVALID) {
      reason = facts.frivolous() ? "（无理取闹）" : facts.target().isBlank() ? "（未提出投诉对象）" : "（未提出投诉事项）";
    }
    return outcome.label() + reason + "（" + INTAKE.toReference() + "）";
  }
}
