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
  /** The department catalog (部门公开目录): 机构职能, 政策法规, 规划计划, 业务工作, 其它. */
  DEPARTMENT_CATALOG(
      ImmutableList.copyOf(DepartmentCategory.values()),
      ImmutableList.of(ProactiveCitations.DEPARTMENT_CATALOG, ProactiveCitations.COUNTY_CATALOG));

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
   * government the {@link #TOWNSHIP_KEY_CATEGORIES}, a department the {@link #DEPARTMENT_CATALOG}.
   * A {@link AgencyLevel#SCHOOL school} or a {@link AgencyLevel#PUBLIC_ENTERPRISE public
   * enterprise} has none of these: the rules give schools and public enterprises no catalog, so the
   * answer is empty and the caller classifies their items under its own {@link InformationCategory}
   * ([convention]: no catalog is guessed for them).
   *
   * @param level the kind of body that publishes
   * @return its catalog, or empty for a school or a public enterprise
   */
  public static Optional<ProactiveCatalog> forLevel(AgencyLevel level) {
    requireNonNull(level, "level");
    return switch (level) {
      case COUNTY_AND_ABOVE -> Optional.of(COUNTY_KEY_CATEGORIES);
      case TOWNSHIP -> Optional.of(TOWNSHIP_KEY_CATEGORIES);
      case DEPARTMENT -> Optional.of(DEPARTMENT_CATALOG);
      case SCHOOL, PUBLIC_ENTERPRISE -> Optional.empty();
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
