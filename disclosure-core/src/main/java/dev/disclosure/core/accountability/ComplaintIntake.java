package dev.disclosure.core.accountability;

import static java.util.Objects.requireNonNull;

import dev.disclosure.calendar.Citation;
import dev.disclosure.calendar.Finding;
import dev.disclosure.calendar.FindingKind;
import dev.disclosure.calendar.Language;
import dev.disclosure.calendar.LegalSource;
import dev.disclosure.calendar.Phrase;
import dev.disclosure.core.law.LegalSources;
import dev.disclosure.core.law.Rules;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

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
   * Returns the intake decision as an applied ACC-3 finding: the outcome, for an invalid complaint
   * the reason, and the provision.
   *
   * @param facts the complaint
   * @return the finding
   */
  public static Finding finding(ComplaintFacts facts) {
    requireNonNull(facts, "facts");
    return Finding.of(Rules.ACC_3, FindingKind.APPLIED, decision(facts), citations(facts));
  }

  /**
   * Explains the intake decision in Chinese, for example {@code [ACC-3] 无效投诉，不予受理（未提出投诉事项）（依据…）}.
   *
   * @param facts the complaint
   * @return the explanation with its citation
   */
  public static String explain(ComplaintFacts facts) {
    return explain(facts, Language.CHINESE);
  }

  /**
   * Explains the intake decision in a language.
   *
   * @param facts the complaint
   * @param language Chinese or English
   * @return the explanation with its citation
   */
  public static String explain(ComplaintFacts facts, Language language) {
    requireNonNull(language, "language");
    return finding(facts).render(language);
  }

  /**
   * Returns the intake decision with its reason, then how the complaint was made and what it is
   * about where recorded, without rule or citation.
   */
  static Phrase decision(ComplaintFacts facts) {
    IntakeOutcome outcome = assess(facts);
    Phrase label = Phrase.of(outcome.label(), outcome.english());
    Phrase decision =
        outcome != IntakeOutcome.INVALID
            ? label
            : facts.frivolous()
                ? Phrase.of("{0}（无理取闹）", "{0} (frivolous)", label)
                : facts.target().isBlank()
                    ? Phrase.of("{0}（未提出投诉对象）", "{0} (no target named)", label)
                    : Phrase.of("{0}（未提出投诉事项）", "{0} (no matter named)", label);
    if (facts.channel().isPresent()) {
      ComplaintChannel channel = facts.channel().get();
      decision =
          Phrase.of(
              "{0}（{1}）",
              "{0} (complained {1})",
              decision,
              Phrase.of(channel.label(), channel.english()));
    }
    if (!facts.scope().isEmpty()) {
      decision =
          Phrase.of(
              "{0}（投诉范围：{1}）",
              "{0} (about: {1})",
              decision,
              Phrase.of(
                  join(facts, ComplaintScope::label, "、"),
                  join(facts, ComplaintScope::english, ", ")));
    }
    return decision;
  }

  /** The intake provision, then the provisions of the channel and the scope where recorded. */
  private static List<Citation> citations(ComplaintFacts facts) {
    List<Citation> citations = new ArrayList<>(List.of(INTAKE));
    if (!facts.scope().isEmpty()) {
      citations.add(ComplaintScope.CITATION);
    }
    if (facts.channel().isPresent()) {
      citations.add(ComplaintChannel.CITATION);
    }
    return List.copyOf(citations);
  }

  private static String join(
      ComplaintFacts facts, Function<ComplaintScope, String> name, String separator) {
    return facts.scope().stream().map(name).collect(Collectors.joining(separator));
  }
}
