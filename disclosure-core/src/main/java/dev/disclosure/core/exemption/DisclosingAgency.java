package dev.disclosure.core.exemption;

import static java.util.Objects.requireNonNull;

import dev.disclosure.calendar.Citation;
import dev.disclosure.calendar.Finding;
import dev.disclosure.calendar.FindingKind;
import dev.disclosure.calendar.Language;
import dev.disclosure.calendar.Phrase;
import dev.disclosure.core.Agency;
import dev.disclosure.core.InformationItem;
import dev.disclosure.core.Regime;
import dev.disclosure.core.law.Rules;
import java.util.List;
import java.util.Objects;

/**
 * The agency responsible for disclosing an item (负责公开的机关, EX-7), with the finding that states why
 * and the provisions: the agency that law names as competent, and only it; else the maker, the lead maker
 * for jointly made information; else, for information obtained from citizens, legal persons or
 * other organizations, the agency that keeps it.
 *
 * <p>OGI_2008 cites 002 主动公开制度二第4项 (and 保密审查制度第八条 for jointly made information); OGI_2019 cites
 * 第十条.
 *
 * <p>Immutable and thread-safe; equal when agency, basis and finding are equal.
 */
public final class DisclosingAgency {

  /** Why the agency is the one that discloses (负责公开的依据). */
  public enum Basis {
    /** Law names it as the competent agency (法律、法规、规章规定的主管机关). */
    COMPETENT_BY_LAW("法定主管机关", "agency competent by law"),
    /** It led the making of jointly made information (牵头制作机关). */
    LEAD_MAKER("牵头制作机关", "lead maker"),
    /** It made the information (制作机关). */
    MAKER("制作机关", "maker"),
    /** It keeps information obtained from citizens, legal persons or other organizations (保存机关). */
    KEEPER("保存机关", "keeper");

    private final String label;
    private final String english;

    Basis(String label, String english) {
      this.label = label;
      this.english = english;
    }

    /** {@return the English name, for example {@code lead maker}} */
    public String english() {
      return english;
    }

    /** {@return the Chinese label, for example {@code 制作机关}} */
    public String label() {
      return label;
    }
  }

  private final Agency agency;
  private final Basis basis;
  private final Finding finding;

  private DisclosingAgency(Agency agency, Basis basis, Phrase what, List<Citation> citations) {
    this.agency = agency;
    this.basis = basis;
    this.finding = Finding.of(Rules.EX_7, FindingKind.APPLIED, what, citations);
  }

  /**
   * Returns the agency that discloses an item when no law names a competent agency: its maker (the
   * lead maker if made jointly), or its keeper if it was obtained from others.
   *
   * @param regime the regime, which decides the provisions cited
   * @param item the item
   * @return the disclosing agency with its finding
   */
  public static DisclosingAgency forItem(Regime regime, InformationItem item) {
    requireNonNull(regime, "regime");
    requireNonNull(item, "item");
    ExemptionRules rules = ExemptionRules.of(regime);
    if (item.madeBy().isEmpty()) {
      return new DisclosingAgency(
          item.keptBy(),
          Basis.KEEPER,
          Phrase.of(
              "{0}系从公民、法人或者其他组织获取，由保存该政府信息的{1}负责公开",
              "{0} was obtained from citizens, legal persons or other organizations and is kept by"
                  + " {1}: the keeper discloses it",
              Phrases.item(item.title()),
              Phrases.agency(item.keptBy())),
          rules.whoDiscloses());
    }
    Agency maker = item.madeBy().get();
    if (!item.coMakers().isEmpty()) {
      return new DisclosingAgency(
          maker,
          Basis.LEAD_MAKER,
          Phrase.of(
              "{0}由{1}牵头，与{2}共同制作，由牵头制作的机关负责公开",
              "{0} was made jointly with {2} under the lead of {1}: the lead maker discloses it",
              Phrases.item(item.title()),
              Phrases.agency(maker),
              Phrases.agencies(item.coMakers())),
          rules.leadMaker());
    }
    return new DisclosingAgency(
        maker,
        Basis.MAKER,
        Phrase.of(
            "{0}由{1}制作，由制作该政府信息的机关负责公开",
            "{0} was made by {1}: the maker discloses it",
            Phrases.item(item.title()),
            Phrases.agency(maker)),
        rules.whoDiscloses());
  }

  /**
   * Returns the agency that law names as competent to disclose an item: only it discloses, and
   * other agencies, the maker and the keeper included, may not disclose it on their own.
   *
   * @param regime the regime, which decides the provisions cited
   * @param item the item
   * @param competentByLaw the agency a law, regulation or rule names as competent (主管机关)
   * @return the disclosing agency with its finding
   */
  public static DisclosingAgency forItem(
      Regime regime, InformationItem item, Agency competentByLaw) {
    requireNonNull(regime, "regime");
    requireNonNull(item, "item");
    requireNonNull(competentByLaw, "competentByLaw");
    return new DisclosingAgency(
        competentByLaw,
        Basis.COMPETENT_BY_LAW,
        Phrase.of(
            "法律、法规、规章规定{1}为{0}的主管机关：由其负责公开，其他机关不得擅自公开",
            "law names {1} as competent for {0}: only it discloses; other agencies may not"
                + " disclose it on their own",
            Phrases.item(item.title()),
            Phrases.agency(competentByLaw)),
        ExemptionRules.of(regime).whoDiscloses());
  }

  /** {@return the agency that discloses (负责公开的机关)} */
  public Agency agency() {
    return agency;
  }

  /** {@return why it is that agency} */
  public Basis basis() {
    return basis;
  }

  /** {@return the finding (EX-7): who discloses, why, and the provisions} */
  public Finding finding() {
    return finding;
  }

  /** {@return the findings: the one EX-7 finding, for callers that treat all decisions alike} */
  public List<Finding> findings() {
    return List.of(finding);
  }

  /** {@return the provisions relied on, never empty} */
  public List<Citation> citations() {
    return finding.citations();
  }

  /**
   * Returns the reason in Chinese, as a letter quotes it.
   *
   * @return the explanation
   */
  public String explain() {
    return Language.CHINESE.render(finding);
  }

  /**
   * Returns the reason in a language.
   *
   * @param language Chinese or English
   * @return the explanation
   */
  public String explain(Language language) {
    requireNonNull(language, "language");
    return language.render(finding);
  }

  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    return obj instanceof DisclosingAgency other
        && agency.equals(other.agency)
        && basis == other.basis
        && finding.equals(other.finding);
  }

  @Override
  public int hashCode() {
    return Objects.hash(agency, basis, finding);
  }

  /** Returns the finding in Chinese, for example {@code [EX-7] “…”由某市交通运输局制作，…（依据…）}. */
  @Override
  public String toString() {
    return explain();
  }
}
