package dev.disclosure.core.proactive;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.disclosure.calendar.Citation;
import dev.disclosure.core.AgencyLevel;
import dev.disclosure.core.InformationCategory;
import java.util.List;
import java.util.Optional;

/**
 * The catalogs of proactive disclosure (主动公开目录, PRO-1): which categories of information a body
 * publishes of its own motion, chosen by the kind of body with {@link #forLevel(AgencyLevel)}.
 *
 * <p>A key-category catalog lists what must be published at least; anything else of wide public
 * interest is published too (主动公开制度一、4), so an item outside the catalog is not for that reason
 * exempt.
 */
public enum ProactiveCatalog {
  /**
   * The 22 key categories of a government at county level or above (县级以上政府和部门须主动公开的重点内容). The
   * source names departments beside the governments: a department's items of these kinds are
   * required too, filed under its own {@link #DEPARTMENT_CATALOG}.
   */
  COUNTY_KEY_CATEGORIES(
      ImmutableList.copyOf(CountyKeyCategory.values()),
      ImmutableList.of(ProactiveCitations.COUNTY_CATALOG, ProactiveCitations.WIDE_PUBLIC_INTEREST)),
  /** The 8 key categories of a township government (乡（镇）政府须主动公开的重点内容). */
  TOWNSHIP_KEY_CATEGORIES(
      ImmutableList.copyOf(TownshipKeyCategory.values()),
      ImmutableList.of(
          ProactiveCitations.TOWNSHIP_CATALOG, ProactiveCitations.WIDE_PUBLIC_INTEREST)),
  /** The department catalog (部门公开目录): 机构职能, 政策法规, 规划计划, 业务工作, 其它信息. */
  DEPARTMENT_CATALOG(
      ImmutableList.copyOf(DepartmentCategory.values()),
      ImmutableList.of(ProactiveCitations.DEPARTMENT_CATALOG, ProactiveCitations.COUNTY_CATALOG)),
  /** The eleven kinds of information a school publishes proactively (学校主动公开的信息, 来源文件003). */
  SCHOOL_CATALOG(
      ImmutableList.copyOf(SchoolCategory.values()),
      ImmutableList.of(ProactiveCitations.SCHOOL_CATALOG)),
  /**
   * A supply and marketing cooperative's six categories (供销社6类主动公开信息, 来源文件003), a local catalog
   * chosen by name.
   */
  COOPERATIVE_CATALOG(
      ImmutableList.copyOf(CooperativeCategory.values()),
      ImmutableList.of(ProactiveCitations.COOPERATIVE_CATALOG)),
  /** A justice bureau's 职责类 and 政务类 (司法局政务公开内容, 来源文件000), a local catalog chosen by name. */
  JUSTICE_BUREAU_CATALOG(
      ImmutableList.copyOf(JusticeBureauCategory.values()),
      ImmutableList.of(ProactiveCitations.JUSTICE_BUREAU_CATALOG)),
  /** A land and resources bureau's eight disclosures (八公开, 来源文件000), a local catalog chosen by name. */
  EIGHT_DISCLOSURES(
      ImmutableList.copyOf(EightDisclosures.values()),
      ImmutableList.of(ProactiveCitations.EIGHT_DISCLOSURES)),
  /**
   * The six items a civil air defence office commits to publish (法规政策公布承诺, 来源文件000), a local
   * catalog chosen by name.
   */
  PUBLISHED_COMMITMENTS(
      ImmutableList.copyOf(PublishedCommitment.values()),
      ImmutableList.of(ProactiveCitations.PUBLISHED_COMMITMENTS));

  private final ImmutableList<InformationCategory> categories;
  private final ImmutableList<Citation> citations;

  ProactiveCatalog(
      ImmutableList<InformationCategory> categories, ImmutableList<Citation> citations) {
    this.categories = categories;
    this.citations = citations;
  }

  /**
   * Returns the catalog a kind of body publishes under (PRO-1).
   *
   * <p>A government at county level or above has the {@link #COUNTY_KEY_CATEGORIES}, a township
   * government the {@link #TOWNSHIP_KEY_CATEGORIES}, a department the {@link #DEPARTMENT_CATALOG}, a
   * school the {@link #SCHOOL_CATALOG} (来源文件003 lists eleven kinds). A {@link
   * AgencyLevel#PUBLIC_ENTERPRISE public enterprise} has none: the sources give public enterprises
   * no catalog of proactive disclosure, so the answer is empty and the caller classifies their items
   * under its own {@link InformationCategory} ([convention]: no catalog is guessed for them). The
   * local catalogs ({@link #COOPERATIVE_CATALOG}, {@link #JUSTICE_BUREAU_CATALOG}, {@link
   * #EIGHT_DISCLOSURES}, {@link #PUBLISHED_COMMITMENTS}) belong to particular bodies and are chosen
   * by name, never by level.
   *
   * @param level the kind of body that publishes
   * @return its catalog, or empty for a public enterprise
   */
  public static Optional<ProactiveCatalog> forLevel(AgencyLevel level) {
    requireNonNull(level, "level");
    return switch (level) {
      case COUNTY_AND_ABOVE -> Optional.of(COUNTY_KEY_CATEGORIES);
      case TOWNSHIP -> Optional.of(TOWNSHIP_KEY_CATEGORIES);
      case DEPARTMENT -> Optional.of(DEPARTMENT_CATALOG);
      case SCHOOL -> Optional.of(SCHOOL_CATALOG);
      case PUBLIC_ENTERPRISE -> Optional.empty();
    };
  }

  /** {@return the Chinese name of the catalog, for example {@code 乡（镇）政府主动公开重点内容}} */
  public String label() {
    return categories.get(0).catalogLabel();
  }

  /** {@return the catalog's categories in their official order} */
  public List<InformationCategory> categories() {
    return categories;
  }

  /** {@return the provisions that set the catalog} */
  public List<Citation> citations() {
    return citations;
  }
}
