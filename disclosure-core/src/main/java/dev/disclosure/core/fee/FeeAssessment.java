package dev.disclosure.core.fee;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.disclosure.calendar.Citation;
import dev.disclosure.calendar.Finding;
import dev.disclosure.calendar.FindingKind;
import dev.disclosure.calendar.Language;
import dev.disclosure.calendar.Phrase;
import dev.disclosure.calendar.Quantity;
import dev.disclosure.calendar.RuleId;
import dev.disclosure.core.FeeRule;
import dev.disclosure.core.law.Rules;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A fee for one request, itemized (收费明细): the regime's fee rule, how it was counted, one line per
 * band or cost item, the total, and under OGI_2008 any waiver and the help given, each a {@link
 * Finding} ({@link #findings()}) whose amounts are exact yuan. {@link #explain()} gives the text an
 * answer letter can quote (Chinese); {@link #explain(Language)} gives it in English too.
 *
 * <p>The total is the sum of the lines, or zero when a waiver applies; it is never negative. An
 * assessment has exactly one {@link ChargingMethod}: a processing fee is counted per request or per
 * volume, never both (FEE-2020 第三条).
 *
 * <p>Immutable and thread-safe; equal when all fields are equal.
 */
public final class FeeAssessment {

  private final FeeRule rule;
  private final ChargingMethod method;
  private final ImmutableList<FeeLine> lines;
  private final Waiver waiver;
  private final ImmutableList<Assistance> assistance;
  private final Yuan subtotal;

  private FeeAssessment(
      FeeRule rule,
      ChargingMethod method,
      ImmutableList<FeeLine> lines,
      Waiver waiver,
      ImmutableList<Assistance> assistance) {
    this.rule = rule;
    this.method = method;
    this.lines = lines;
    this.waiver = waiver;
    this.assistance = assistance;
    Yuan sum = Yuan.ZERO;
    for (FeeLine line : lines) {
      sum = sum.plus(line.amount());
    }
    this.subtotal = sum;
  }

  static FeeAssessment processing(ChargingMethod method, ImmutableList<FeeLine> lines) {
    return new FeeAssessment(FeeRule.PROCESSING_FEE_2020, method, lines, null, ImmutableList.of());
  }

  static FeeAssessment costRecovery(
      ImmutableList<FeeLine> lines, Waiver waiver, ImmutableList<Assistance> assistance) {
    return new FeeAssessment(
        FeeRule.COST_RECOVERY_2008, ChargingMethod.COST_RECOVERY, lines, waiver, assistance);
  }

  /** {@return the regime's fee rule (收费规则) the fee was computed under} */
  public FeeRule rule() {
    return rule;
  }

  /** {@return how the fee was counted (计收方式)} */
  public ChargingMethod method() {
    return method;
  }

  /** {@return the itemized lines (收费明细), band by band or item by item} */
  public List<FeeLine> lines() {
    return lines;
  }

  /** {@return the sum of the lines before any waiver (应收金额)} */
  public Yuan subtotal() {
    return subtotal;
  }

  /** {@return the fee to pay (应缴金额): the subtotal, or zero when waived} */
  public Yuan total() {
    return waiver == null ? subtotal : Yuan.ZERO;
  }

  /** {@return the waiver (免收) applied, if any; OGI_2008 only} */
  public Optional<Waiver> waiver() {
    return Optional.ofNullable(waiver);
  }

  /**
   * {@return the help given for reading difficulty or visual or hearing impairment; OGI_2008 only}
   */
  public List<Assistance> assistance() {
    return assistance;
  }

  /** {@return every provision the fee rests on, the fee rule's first, without repeats} */
  public List<Citation> citations() {
    ImmutableList.Builder<Citation> all = ImmutableList.builder();
    all.add(rule.citation());
    if (method != ChargingMethod.COST_RECOVERY) {
      all.add(ProcessingFees.ONE_BASIS);
    }
    lines.forEach(line -> all.add(line.citation()));
    if (waiver != null) {
      all.addAll(waiver.citations());
    }
    if (!assistance.isEmpty()) {
      all.add(Assistance.CITATION);
    }
    return all.build().stream().distinct().collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the findings, in the order of the letter: the fee rule (REQ-8 under OGI_2019, REQ-7
   * under OGI_2008) with its provision, the charging method, each line ({@link FeeLine#finding()}),
   * the subtotal, any waiver and help given (REQ-7) and the fee to pay. Every amount is an exact
   * {@link Quantity.Unit#YUAN} quantity.
   *
   * @return the findings, in order
   */
  public List<Finding> findings() {
    RuleId ruleId = FeeRules.of(rule).ruleId();
    ImmutableList.Builder<Finding> out = ImmutableList.builder();
    out.add(
        Finding.of(
            ruleId,
            FindingKind.APPLIED,
            Phrase.of(rule.label(), english(rule)),
            List.of(rule.citation())));
    Phrase methodName = Phrase.of(method.label(), english(method));
    out.add(
        method == ChargingMethod.COST_RECOVERY
            ? Finding.of(
                ruleId,
                FindingKind.APPLIED,
                Phrase.of("计收方式：{0}", "charging method: {0}", methodName),
                List.of())
            : Finding.of(
                ruleId,
                FindingKind.APPLIED,
                Phrase.of(
                    "计收方式：{0}，超额累进", "charging method: {0}, progressive", methodName),
                List.of(ProcessingFees.ONE_BASIS)));
    lines.forEach(line -> out.add(line.finding()));
    out.add(
        Finding.of(
            ruleId, FindingKind.APPLIED, Phrase.of("小计：{0}", "subtotal: {0}", yuan(subtotal)), List.of()));
    if (waiver != null) {
      Phrase category = Phrase.of(waiver.category().label(), english(waiver.category()));
      out.add(
          Finding.of(
              Rules.REQ_7,
              FindingKind.APPLIED,
              waiver
                  .approvedBy()
                  .map(
                      approver ->
                          Phrase.of(
                              "免收：{0}（经本人申请，{1}审核同意）",
                              "waived: {0} (on the applicant's application, approved by the"
                                  + " disclosure office head: {1})",
                              category,
                              approver))
                  .orElseGet(() -> Phrase.of("免收：{0}", "waived: {0}", category)),
              waiver.citations()));
    }
    for (Assistance help : assistance) {
      out.add(
          Finding.of(
              Rules.REQ_7,
              FindingKind.APPLIED,
              Phrase.of(
                  "已提供必要的帮助：{0}：{1}",
                  "necessary help given for {0}: {1}",
                  Phrase.of(help.difficulty().label(), english(help.difficulty())),
                  help.help()),
              List.of(help.citation())));
    }
    out.add(
        Finding.of(
            ruleId,
            FindingKind.APPLIED,
            Phrase.of("应缴金额：{0}", "fee to pay: {0}", yuan(total())),
            List.of()));
    return out.build();
  }

  /**
   * {@return the explanation an answer letter can quote (收费说明), in Chinese: rule, method, each line
   * with its citation, waiver, help given and the total, one per line, for example {@code
   * 201页以上的部分：50页 × 40.00元 = 2000.00元（依据《…》第五条）}}
   *
   */
  public String explain() {
    return explain(Language.CHINESE);
  }

  /**
   * Returns the explanation in a language: each of {@link #findings()} on its line, in the letter's
   * form (what was found, then the provisions relied on, without the rule ID).
   *
   * @param language Chinese or English
   * @return the explanation
   */
  public String explain(Language language) {
    requireNonNull(language, "language");
    StringBuilder text = new StringBuilder();
    for (Finding finding : findings()) {
      if (text.length() > 0) {
        text.append('\n');
      }
      text.append(letterLine(language, finding));
    }
    return text.toString();
  }

  /** Returns a finding as a letter line: what was found, then {@code （依据…）} or {@code (…)}. */
  static String letterLine(Language language, Finding finding) {
    String line = language.render(finding.what());
    if (finding.citations().isEmpty()) {
      return line;
    }
    String references =
        finding.citations().stream()
            .map(language::reference)
            .collect(Collectors.joining(language == Language.CHINESE ? "；" : "; "));
    return language == Language.CHINESE
        ? line + "（依据" + references + "）"
        : line + " (" + references + ")";
  }

  private static Quantity yuan(Yuan amount) {
    return Quantity.of(amount.amount(), Quantity.Unit.YUAN);
  }

  private static String english(FeeRule rule) {
    return switch (rule) {
      case COST_RECOVERY_2008 -> "retrieval, copying, mailing and similar costs";
      case PROCESSING_FEE_2020 -> "information processing fee (per request or per volume, progressive)";
    };
  }

  private static String english(ChargingMethod method) {
    return switch (method) {
      case PER_REQUEST -> "per request";
      case PER_VOLUME -> "per volume";
      case COST_RECOVERY -> "retrieval, copying and mailing costs";
    };
  }

  private static String english(WaiverCategory category) {
    return switch (category) {
      case MINIMUM_LIVING_ALLOWANCE -> "urban or rural household on the minimum living allowance";
      case ACTIVE_SERVICE_MEMBER -> "active service member";
      case DISABLED_REVOLUTIONARY_SERVICE_MEMBER ->
          "revolutionary service member disabled to grade 2 or above";
      case RURAL_MIGRANT_WORKER -> "rural migrant worker";
      case LAID_OFF_WORKER -> "laid-off worker";
      case AGED_60_OR_OVER -> "aged 60 or over";
      case FINANCIAL_HARDSHIP -> "other real financial hardship";
    };
  }

  private static String english(Difficulty difficulty) {
    return switch (difficulty) {
      case READING -> "reading difficulty";
      case VISUAL -> "visual impairment";
      case HEARING -> "hearing impairment";
    };
  }

  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    return obj instanceof FeeAssessment other
        && rule == other.rule
        && method == other.method
        && lines.equals(other.lines)
        && Objects.equals(waiver, other.waiver)
        && assistance.equals(other.assistance);
  }

  @Override
  public int hashCode() {
    return Objects.hash(rule, method, lines, waiver, assistance);
  }

  /** Returns the explanation, as {@link #explain()}. */
  @Override
  public String toString() {
    return explain();
  }
}
