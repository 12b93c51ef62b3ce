package dev.disclosure.core;

/**
 * The kind of body that discloses (公开主体), which decides its catalog of proactive disclosure
 * (PRO-1) and its publication period (P-PROACTIVE, P-PROACTIVE-SCHOOL).
 */
public enum AgencyLevel {
  /** A people's government at county level or above (县级以上人民政府): 22 key categories. */
  COUNTY_AND_ABOVE("县级以上人民政府", "people's government at or above the county level"),
  /** A township or town government (乡镇人民政府): 8 key categories. */
  TOWNSHIP("乡（镇）人民政府", "township people's government"),
  /** A department of a government (政府部门): the department catalog. */
  DEPARTMENT("政府部门", "government department"),
  /** A school (学校): publishes at the first possible moment, at most 30 days. */
  SCHOOL("学校", "school"),
  /** A public enterprise or institution serving the public (公共企事业单位). */
  PUBLIC_ENTERPRISE("公共企事业单位", "public enterprise or institution");

  private final String label;
  private final String english;

  AgencyLevel(String label, String english) {
    this.label = label;
    this.english = english;
  }

  /** {@return the English name, for example {@code school}} */
  public String english() {
    return english;
  }

  /** {@return the Chinese label, for example {@code 县级以上人民政府}} */
  public String label() {
    return label;
  }
}
