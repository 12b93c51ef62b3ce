package dev.disclosure.core.exemption;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.disclosure.calendar.Citation;
import dev.disclosure.core.Agency;
import dev.disclosure.core.InformationItem;
import dev.disclosure.core.Regime;
import dev.disclosure.core.law.Rules;
import java.util.List;
import java.util.Objects;

/**
 * The agency responsible for disclosing an item (负责公开的机关, EX-7), with the reason and the
 * provisions: the agency that law names as competent, and only it; else the maker, the lead maker
 * for jointly made information; else, for information obtained from citizens, legal persons or
 * other organizations, the agency that keeps it.
 *
 * <p>OGI_2008 cites 002 主动公开制度二第4项 (and 保密审查制度第八条 for jointly made information); OGI_2019 cites
 * 第十条.
 *
 * <p>Immutable and thread-safe; equal when agency, basis, reason and citations are equal.
 */
public final class DisclosingAgency {

  /** Why the agency is the one that discloses (负责公开的依据). */
  public enum Basis {
    /** Law names it as the competent agency (法律、法规、规章规定的主管机关). */
    COMPETENT_BY_LAW("法定主管机关"),
    /** It led the making of jointly made information (牵头制作机关). */
    LEAD_MAKER("牵头制作机关"),
    /** It made the information (制作机关). */
    MAKER("制作机关"),
    /** It keeps information obtained from citizens, legal persons or other organizations (保存机关). */
    KEEPER("保存机关");

    private final String label;

    Basis(String label) {
      this.label = label;
    }

    /** Returns the Chinese label, e.g. {@code 制作机关}. */
    public String label() {
      return label;
    }
  }

  private final Agency agency;
  private final Basis basis;
  private final String reason;
  private final ImmutableList<Citation> citations;

  private DisclosingAgency(Agency agency, Basis basis, String reason, List<Citation> citations) {
    this.agency = agency;
    this.basis = basis;
    this.reason = reason;
    this.citations = ImmutableList.copyOf(citations);
  }

  /**
   * Returns the agency that discloses an item when no law names a competent agency: its maker (the
   * lead maker if made jointly), or its keeper if it was obtained from others.
   *
   * @param regime the regime, which decides the provisions cited
   * @param item the item
   * @return the disclosing agency with reason and citations
   */
  public static DisclosingAgency forItem(Regime regime, InformationItem item) {
    requireNonNull(regime, "regime");
    requireNonNull(item, "item");
    ExemptionRules rules = ExemptionRules.of(regime);
    if (item.madeBy().isEmpty()) {
      return new DisclosingAgency(
          item.keptBy(),
          Basis.KEEPER,
          "'"
              + item.title()
              + "' was obtained from citizens, legal persons or other organizations and is kept by "
              + item.keptBy()
              + ": the keeper discloses it (由保存该政府信息的机关负责公开)",
          rules.whoDiscloses());
    }
    Agency maker = item.madeBy().get();
    if (!item.coMakers().isEmpty()) {
      return new DisclosingAgency(
          maker,
          Basis.LEAD_MAKER,
          "'"
              + item.title()
              + "' was made jointly with "
              + item.coMakers()
              + " under the lead of "
              + maker
              + ": the lead maker discloses it (由牵头制作的机关负责公开)",
          rules.leadMaker());
    }
    return new DisclosingAgency(
        maker,
        Basis.MAKER,
        "'"
            + item.title()
            + "' was made by "
            + maker
            + ": the maker discloses it (由制作该政府信息的机关负责公开)",
        rules.whoDiscloses());
  }

  /**
   * Returns the agency that law names as competent to disclose an item: only it discloses, and
   * other agencies, the maker and the keeper included, may not disclose it on their own.
   *
   * @param regime the regime, which decides the provisions cited
   * @param item the item
   * @param competentByLaw the agency a law, regulation or rule names as competent (主管机关)
   * @return the disclosing agency with reason and citations
   */
  public static DisclosingAgency forItem(
      Regime regime, InformationItem item, Agency competentByLaw) {
    requireNonNull(regime, "regime");
    requireNonNull(item, "item");
    requireNonNull(competentByLaw, "competentByLaw");
    return new DisclosingAgency(
        competentByLaw,
        Basis.COMPETENT_BY_LAW,
        "law names "
            + competentByLaw
            + " as competent for '"
            + item.title()
            + "': only it discloses; other agencies may not disclose it on their own"
            + " (其他机关不得擅自公开)",
        ExemptionRules.of(regime).whoDiscloses());
  }

  /** Returns the agency that discloses (负责公开的机关). */
  public Agency agency() {
    return agency;
  }

  /** Returns why it is that agency. */
  public Basis basis() {
    return basis;
  }

  /** Returns the reason as text. */
  public String reason() {
    return reason;
  }

  /** Returns the provisions relied on, never empty. */
  public List<Citation> citations() {
    return citations;
  }

  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    return obj instanceof DisclosingAgency other
        && agency.equals(other.agency)
        && basis == other.basis
        && reason.equals(other.reason)
        && citations.equals(other.citations);
  }

  @Override
  public int hashCode() {
    return Objects.hash(agency, basis, reason, citations);
  }

  /** Returns e.g. {@code [EX-7] 制作机关 某市交通运输局 (政府部门): …}. */
  @Override
  public String toString() {
    return "[" + Rules.EX_7 + "] " + basis.label() + " " + agency + ": " + reason;
  }
}
