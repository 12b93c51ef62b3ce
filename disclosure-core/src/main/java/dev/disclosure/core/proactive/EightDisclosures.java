package dev.disclosure.core.proactive;

import dev.disclosure.core.InformationCategory;

/**
 * The "eight disclosures" of a land and resources bureau (八公开, PRO-1, 来源文件000 市国土资源局政务公开工作计划二、二是规范公开内容),
 * in the source's order and wording.
 */
public enum EightDisclosures implements InformationCategory {
  /** 1. 部门职责与办事人员. */
  DUTIES_AND_STAFF("公开部门职责以及具体办事人员的职务姓名、工作范围和权限"),
  /** 2. 法律法规、规章制度. */
  LAWS_AND_RULES("公开法律法规、规章制度，主要是各项行政事业性收费的法律法规依据"),
  /** 3. 办事条件、要求、程序. */
  CONDITIONS_AND_PROCEDURES("公开办事条件、办事要求、办事程序"),
  /** 4. 办事时限. */
  TIME_LIMITS("公开办事时限，主要是承诺办理的时限"),
  /** 5. 招拍挂信息和结果. */
  LAND_AND_MINERAL_TRANSFERS("公开土地、矿产资源招拍挂信息和结果"),
  /** 6. 办事纪律和廉政勤政制度. */
  DISCIPLINE("公开办事纪律和廉政勤政制度"),
  /** 7. 监督举报电话、信箱. */
  REPORTING_CHANNELS("公开监督举报电话，设立政务公开电子信箱、意见箱"),
  /** 8. 其它热点难点问题. */
  OTHER_HOT_ISSUES("其它需要公开的热点难点问题");

  private final String label;

  EightDisclosures(String label) {
    this.label = label;
  }

  /** Returns the source's wording of the category. */
  @Override
  public String label() {
    return label;
  }

  /** Returns {@code 八公开}. */
  @Override
  public String catalogLabel() {
    return "八公开";
  }

  /** {@return the category's number in the source's list, from 1} */
  public int number() {
    return ordinal() + 1;
  }
}
