package dev.disclosure.core;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.disclosure.calendar.Citation;
import dev.disclosure.calendar.LegalPeriod;
import dev.disclosure.calendar.RuleId;
import dev.disclosure.core.law.LegalPeriods;
import dev.disclosure.core.law.LegalSources;
import dev.disclosure.core.law.Rules;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A consistent set of disclosure rules (规则体系): {@link #OGI_2008}, the 2008 regulation with its
 * implementing rules, or {@link #OGI_2019}, the 2019 regulation with FEE-2020 and RPT-2021. The
 * caller always chooses; nothing mixes them.
 *
 * <p>A regime is data: its periods (from {@link LegalPeriods}), the answer kinds it allows with the
 * provision for each, and its fee rule. What a regime means for one domain lives in that domain's
 * table, resolved from the regime: the exemption grounds and review rules in {@code
 * dev.disclosure.core.exemption.ExemptionRules}, the fee calculations in the fee package, the
 * report's parts and deadlines in the report package. This class knows none of them.
 *
 * <p>Immutable and thread-safe. Two regimes are equal only when they are the same constant.
 */
public final class Regime {

  /**
   * The 2008 regulation (国务院令第492号) and the implementing rules: 15 working days (+15), unclear
   * requests answered, "unrelated to needs" exists, cost-recovery fees.
   */
  public static final Regime OGI_2008 = ogi2008();

  /**
   * Builds {@link #OGI_2008} anew, an instance equal to no constant. The class builds it once, while
   * it initializes; a test builds it again to check every part against the regulation.
   */
  static Regime ogi2008() {
    return new Builder()
        .id("OGI_2008")
        .label("《中华人民共和国政府信息公开条例》（2008年施行）")
        .answerRule(Rules.REQ_3)
        .replyPeriod(LegalPeriods.P_REPLY_2008)
        .proactivePeriod(LegalPeriods.P_PROACTIVE_2008)
        .inForceFrom(LocalDate.of(2008, 5, 1))
        .feeRule(FeeRule.COST_RECOVERY_2008)
        .answer(
            AnswerKind.ALREADY_PUBLISHED, art2008("第二十一条第（一）项", "属于公开范围的，应当告知申请人获取该政府信息的方式和途径。"))
        .answer(AnswerKind.DISCLOSED, art2008("第二十一条第（一）项", "属于公开范围的，应当告知申请人获取该政府信息的方式和途径。"))
        .answer(
            AnswerKind.PARTIALLY_DISCLOSED,
            art2008("第二十二条", "申请公开的政府信息中含有不应当公开的内容，但是能够作区分处理的，行政机关应当向申请人提供可以公开的信息内容。"))
        .answer(AnswerKind.NOT_DISCLOSED, art2008("第二十一条第（二）项", "属于不予公开范围的，应当告知申请人并说明理由。"))
        .answer(
            AnswerKind.NOT_THIS_AGENCYS,
            art2008(
                "第二十一条第（三）项",
                "依法不属于本行政机关公开或者该政府信息不存在的，应当告知申请人，对能够确定该政府信息的公开机关的，应当告知申请人该行政机关的名称、联系方式。"))
        .answer(
            AnswerKind.DOES_NOT_EXIST, art2008("第二十一条第（三）项", "依法不属于本行政机关公开或者该政府信息不存在的，应当告知申请人。"))
        .answer(AnswerKind.UNCLEAR_REQUEST, art2008("第二十一条第（四）项", "申请内容不明确的，应当告知申请人作出更改、补充。"))
        .answer(
            AnswerKind.REPEATED_REQUEST,
            doc2008("依申请公开制度第（5）项", "对于同一申请人向同一政府机关就同一内容反复提出公开申请的，行政机关可以不重复答复。"))
        .answer(
            AnswerKind.UNRELATED_TO_NEEDS,
            doc2008("依申请公开制度第（6）项", "政府机关对申请人申请公开与本人生产、生活、科研等特殊需要无关的政府信息，可以不予提供。"))
        .build();
  }

  /**
   * The 2019 regulation (国务院令第711号) with FEE-2020 and RPT-2021: 20 working days (+20), correction
   * with restart, consultation of third parties and other agencies, excessive requests, processing
   * fees.
   */
  public static final Regime OGI_2019 = ogi2019();

  /**
   * Builds {@link #OGI_2019} anew, an instance equal to no constant. The class builds it once, while
   * it initializes; a test builds it again to check every part against the regulation.
   */
  static Regime ogi2019() {
    return new Builder()
        .id("OGI_2019")
        .label("《中华人民共和国政府信息公开条例》（2019年修订）")
        .answerRule(Rules.REQ_4)
        .replyPeriod(LegalPeriods.P_REPLY_2019)
        .proactivePeriod(LegalPeriods.P_PROACTIVE_2019)
        .inForceFrom(LocalDate.of(2019, 5, 15))
        .correctionPeriod(LegalPeriods.P_CORRECTION_2019)
        .thirdPartyPeriod(LegalPeriods.P_THIRD_PARTY_2019)
        .coAgencyPeriod(LegalPeriods.P_CO_AGENCY_2019)
        .feeRule(FeeRule.PROCESSING_FEE_2020)
        .answer(
            AnswerKind.ALREADY_PUBLISHED,
            art2019("第三十六条第（一）项", "所申请公开信息已经主动公开的，告知申请人获取该政府信息的方式、途径。"))
        .answer(
            AnswerKind.DISCLOSED,
            art2019("第三十六条第（二）项", "所申请公开信息可以公开的，向申请人提供该政府信息，或者告知申请人获取该政府信息的方式、途径和时间。"))
        .answer(
            AnswerKind.PARTIALLY_DISCLOSED,
            art2019(
                "第三十七条",
                "申请公开的信息中含有不应当公开或者不属于政府信息的内容，但是能够作区分处理的，行政机关应当向申请人提供可以公开的政府信息内容，并对不予公开的内容说明理由。"))
        .answer(
            AnswerKind.NOT_DISCLOSED,
            art2019("第三十六条第（三）项", "行政机关依据本条例的规定决定不予公开的，告知申请人不予公开并说明理由。"))
        .answer(AnswerKind.DOES_NOT_EXIST, art2019("第三十六条第（四）项", "经检索没有所申请公开信息的，告知申请人该政府信息不存在。"))
        .answer(
            AnswerKind.NOT_THIS_AGENCYS,
            art2019(
                "第三十六条第（五）项",
                "所申请公开信息不属于本行政机关负责公开的，告知申请人并说明理由；能够确定负责公开该政府信息的行政机关的，告知申请人该行政机关的名称、联系方式。"))
        .answer(
            AnswerKind.REPEATED_REQUEST,
            art2019("第三十六条第（六）项", "行政机关已就申请人提出的政府信息公开申请作出答复、申请人重复申请公开相同政府信息的，告知申请人不予重复处理。"))
        .answer(
            AnswerKind.SPECIAL_STATUTORY_ACCESS,
            art2019(
                "第三十六条第（七）项",
                "所申请公开信息属于工商、不动产登记资料等信息，有关法律、行政法规对信息的获取有特别规定的，告知申请人依照有关法律、行政法规的规定办理。"))
        .answer(
            AnswerKind.EXCESSIVE_NOT_PROCESSED,
            art2019(
                "第三十五条", "申请人申请公开政府信息的数量、频次明显超过合理范围，行政机关可以要求申请人说明理由。行政机关认为申请理由不合理的，告知申请人不予处理。"))
        .answer(
            AnswerKind.PETITION_NOT_PROCESSED,
            art2019(
                "第三十九条第一款",
                "申请人以政府信息公开申请的形式进行信访、投诉、举报等活动，行政机关应当告知申请人不作为政府信息公开申请处理并可以告知通过相应渠道提出。"))
        .answer(
            AnswerKind.PUBLICATION_REQUESTED,
            art2019("第三十九条第二款", "申请人提出的申请内容为要求行政机关提供政府公报、报刊、书籍等公开出版物的，行政机关可以告知获取的途径。"))
        .build();
  }

  private final String id;
  private final String label;
  private final RuleId answerRule;
  private final LegalPeriod replyPeriod;
  private final LegalPeriod correctionPeriod;
  private final LegalPeriod thirdPartyPeriod;
  private final LegalPeriod coAgencyPeriod;
  private final FeeRule feeRule;
  private final LegalPeriod proactivePeriod;
  private final LocalDate inForceFrom;
  private final ImmutableMap<AnswerKind, Citation> answers;

  private Regime(Builder builder) {
    this.id = requireNonNull(builder.id, "id");
    this.label = requireNonNull(builder.label, "label");
    this.answerRule = requireNonNull(builder.answerRule, "answerRule");
    this.replyPeriod = requireNonNull(builder.replyPeriod, "replyPeriod");
    this.correctionPeriod = builder.correctionPeriod;
    this.thirdPartyPeriod = builder.thirdPartyPeriod;
    this.coAgencyPeriod = builder.coAgencyPeriod;
    this.feeRule = requireNonNull(builder.feeRule, "feeRule");
    this.proactivePeriod = requireNonNull(builder.proactivePeriod, "proactivePeriod");
    this.inForceFrom = requireNonNull(builder.inForceFrom, "inForceFrom");
    this.answers = builder.answers.build();
  }

  /** Names each part of a built-in regime; the optional periods stay absent unless set. */
  private static final class Builder {
    private String id;
    private String label;
    private RuleId answerRule;
    private LegalPeriod replyPeriod;
    private LegalPeriod correctionPeriod;
    private LegalPeriod thirdPartyPeriod;
    private LegalPeriod coAgencyPeriod;
    private FeeRule feeRule;
    private LegalPeriod proactivePeriod;
    private LocalDate inForceFrom;
    private final ImmutableMap.Builder<AnswerKind, Citation> answers = ImmutableMap.builder();

    Builder proactivePeriod(LegalPeriod value) {
      this.proactivePeriod = value;
      return this;
    }

    Builder inForceFrom(LocalDate value) {
      this.inForceFrom = value;
      return this;
    }

    Builder id(String value) {
      this.id = value;
      return this;
    }

    Builder label(String value) {
      this.label = value;
      return this;
    }

    Builder answerRule(RuleId value) {
      this.answerRule = value;
      return this;
    }

    Builder replyPeriod(LegalPeriod value) {
      this.replyPeriod = value;
      return this;
    }

    Builder correctionPeriod(LegalPeriod value) {
      this.correctionPeriod = value;
      return this;
    }

    Builder thirdPartyPeriod(LegalPeriod value) {
      this.thirdPartyPeriod = value;
      return this;
    }

    Builder coAgencyPeriod(LegalPeriod value) {
      this.coAgencyPeriod = value;
      return this;
    }

    Builder feeRule(FeeRule value) {
      this.feeRule = value;
      return this;
    }

    Builder answer(AnswerKind kind, Citation citation) {
      answers.put(kind, citation);
      return this;
    }

    Regime build() {
      return new Regime(this);
    }
  }

  private static Citation art2008(String provision, String wording) {
    return Citation.of(LegalSources.OGI_2008, provision, wording);
  }

  private static Citation doc2008(String provision, String wording) {
    return Citation.of(LegalSources.DOC_002, provision, wording);
  }

  private static Citation art2019(String provision, String wording) {
    return Citation.of(LegalSources.OGI_2019, provision, wording);
  }

  /**
   * Returns both built-in regimes.
   *
   * @return {@link #OGI_2008} and {@link #OGI_2019}
   */
  public static List<Regime> values() {
    return ImmutableList.of(OGI_2008, OGI_2019);
  }

  /** {@return the identifier, {@code OGI_2008} or {@code OGI_2019}} */
  public String id() {
    return id;
  }

  /** {@return the Chinese name of the regulation and its version} */
  public String label() {
    return label;
  }

  /** {@return the reply period with its extension bound (P-REPLY-2008 or P-REPLY-2019)} */
  public LegalPeriod replyPeriod() {
    return replyPeriod;
  }

  /** {@return the period for asking the applicant to correct an unclear request; OGI_2019 only} */
  public Optional<LegalPeriod> correctionPeriod() {
    return Optional.ofNullable(correctionPeriod);
  }

  /**
   * {@return the period a consulted third party has to reply; OGI_2019 only (OGI_2008 sets none)}
   */
  public Optional<LegalPeriod> thirdPartyPeriod() {
    return Optional.ofNullable(thirdPartyPeriod);
  }

  /** {@return the period a consulted co-making agency has to reply; OGI_2019 only} */
  public Optional<LegalPeriod> coAgencyPeriod() {
    return Optional.ofNullable(coAgencyPeriod);
  }

  /**
   * {@return the proactive-publication period (P-PROACTIVE): 20 working days in both regimes, cited
   * from the regime's own article (OGI-2008 第十八条 with 来源文件002, OGI-2019 第二十六条)}
   */
  public LegalPeriod proactivePeriod() {
    return proactivePeriod;
  }

  /**
   * {@return the day the regulation took effect: 2008-05-01 (国务院令第492号 第三十八条) or 2019-05-15
   * (国务院令第711号 第五十六条)}
   */
  public LocalDate inForceFrom() {
    return inForceFrom;
  }

  /**
   * Returns the regime in force on a day: OGI_2019 from 2019-05-15, OGI_2008 from 2008-05-01 until
   * then.
   *
   * @param date the day
   * @return the regime, empty before 2008-05-01 (no regulation was in force)
   */
  public static Optional<Regime> inForceOn(LocalDate date) {
    requireNonNull(date, "date");
    return !date.isBefore(OGI_2019.inForceFrom)
        ? Optional.of(OGI_2019)
        : !date.isBefore(OGI_2008.inForceFrom) ? Optional.of(OGI_2008) : Optional.empty();
  }

  /** {@return how the regime charges for answers} */
  public FeeRule feeRule() {
    return feeRule;
  }

  /** {@return the answer kinds the regime allows} */
  public Set<AnswerKind> answerKinds() {
    return answers.keySet();
  }

  /**
   * Returns whether the regime allows an answer kind.
   *
   * @param kind the answer kind
   * @return true if the regime has it
   */
  public boolean allows(AnswerKind kind) {
    requireNonNull(kind, "kind");
    return answers.containsKey(kind);
  }

  /**
   * Returns the provision for an answer kind.
   *
   * @param kind the answer kind
   * @return the citation
   * @throws InvalidFactsException if the regime has no such answer (REQ-3, REQ-4)
   */
  public Citation citationFor(AnswerKind kind) {
    requireNonNull(kind, "kind");
    Citation citation = answers.get(kind);
    if (citation == null) {
      throw new InvalidFactsException(
          id,
          answerRule,
          kind
              + " ("
              + kind.label()
              + ") is not an answer under "
              + id
              + "; allowed: "
              + answers.keySet());
    }
    return citation;
  }

  /** Returns the identifier. */
  @Override
  public String toString() {
    return id;
  }
}
