package dev.disclosure.core.proactive;

import dev.disclosure.calendar.Citation;
import dev.disclosure.calendar.Finding;
import dev.disclosure.calendar.FindingKind;
import dev.disclosure.calendar.Phrase;
import dev.disclosure.core.law.LegalSources;
import dev.disclosure.core.law.Rules;
import java.util.List;

/**
 * Information whose publication is reserved to the authority and procedure that laws,
 * administrative regulations and state rules set (依照规定权限和程序发布, PRO-1, 来源文件002 主动公开制度一、3):
 * a body publishes it only within its authority and by that procedure, whatever its catalog says.
 * The source's list ends with 等 (and the like); these are the kinds it names.
 */
public enum RestrictedInformation {
  /** 农产品质量安全状况. */
  AGRICULTURAL_PRODUCT_SAFETY("农产品质量安全状况", "the quality and safety of agricultural products"),
  /** 重大传染病疫情. */
  MAJOR_INFECTIOUS_DISEASE_EPIDEMICS("重大传染病疫情", "major epidemics of infectious disease"),
  /** 重大动物疫情. */
  MAJOR_ANIMAL_EPIDEMICS("重大动物疫情", "major animal epidemics"),
  /** 重要地理信息数据. */
  IMPORTANT_GEOGRAPHIC_DATA("重要地理信息数据", "important geographic information data"),
  /** 统计信息. */
  STATISTICS("统计信息", "statistical information");

  /** 主动公开制度一、3. */
  public static final Citation CITATION =
      Citation.of(
          LegalSources.DOC_002,
          "主动公开制度一、3",
          "根据法律、行政法规和国家有关规定，发布农产品质量安全状况、重大传染病疫情、重大动物疫情、重要地理信息数据、统计信息等政府信息，"
              + "要严格按照规定权限和程序执行。");

  private final String label;
  private final String english;

  RestrictedInformation(String label, String english) {
    this.label = label;
    this.english = english;
  }

  /**
   * {@return the source's wording, e.g. {@code 重大动物疫情}}
   */
  public String label() {
    return label;
  }

  /** {@return the English name} */
  public String english() {
    return english;
  }

  /**
   * Returns the restriction as an applied PRO-1 finding: this kind is published only within the
   * authority and by the procedure that laws, administrative regulations and state rules set.
   *
   * @return the finding
   */
  public Finding finding() {
    return Finding.of(
        Rules.PRO_1,
        FindingKind.APPLIED,
        Phrase.of(
            "发布{0}，要严格按照法律、行政法规和国家有关规定的权限和程序执行",
            "{0} is published only within the authority and by the procedure that laws,"
                + " administrative regulations and state rules set",
            Phrase.of(label, english)),
        List.of(CITATION));
  }
}
