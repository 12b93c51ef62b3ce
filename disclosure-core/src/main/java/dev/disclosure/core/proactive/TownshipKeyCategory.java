package dev.disclosure.core.proactive;

import dev.disclosure.core.InformationCategory;

/**
 * The 8 key categories a township government publishes proactively (乡（镇）政府须主动公开的重点内容,
 * PRO-1, 来源文件002).
 *
 * <p>Beyond these key categories, anything of wide public interest is also published (PRO-1).
 */
public enum TownshipKeyCategory implements InformationCategory {
  /** （1）贯彻落实国家关于农村工作政策的情况. */
  RURAL_POLICY_IMPLEMENTATION("贯彻落实国家关于农村工作政策的情况"),
  /** （2）财政收支、各类专项资金的管理和使用情况. */
  FINANCES_AND_SPECIAL_FUNDS("财政收支、各类专项资金的管理和使用情况"),
  /** （3）乡（镇）土地利用总体规划、宅基地使用的审核情况. */
  LAND_USE_AND_HOMESTEADS("乡（镇）土地利用总体规划、宅基地使用的审核情况"),
  /** （4）征收或者征用土地、房屋拆迁及其补偿、补助费用的发放、使用情况. */
  EXPROPRIATION_AND_COMPENSATION("征收或者征用土地、房屋拆迁及其补偿、补助费用的发放、使用情况"),
  /** （5）乡（镇）的债权债务、筹资筹劳情况. */
  DEBTS_AND_LEVIES("乡（镇）的债权债务、筹资筹劳情况"),
  /** （6）抢险救灾、优抚、救济、社会捐助等款物的发放和征兵工作情况. */
  RELIEF_AND_CONSCRIPTION("抢险救灾、优抚、救济、社会捐助等款物的发放和征兵工作情况"),
  /** （7）乡镇集体企业及其他乡镇经济实体承包、租赁、拍卖等情况. */
  COLLECTIVE_ENTERPRISES("乡镇集体企业及其他乡镇经济实体承包、租赁、拍卖等情况"),
  /** （8）执行计划生育政策的情况. */
  FAMILY_PLANNING("执行计划生育政策的情况");

  private final String label;

  TownshipKeyCategory(String label) {
    this.label = label;
  }

  /** Returns the official Chinese wording of the category. */
  @Override
  public String label() {
    return label;
  }

  /** Returns {@code 乡（镇）政府主动公开重点内容}. */
  @Override
  public String catalogLabel() {
    return "乡（镇）政府主动公开重点内容";
  }

  /** {@return the category's number in the catalog, from 1} */
  public int number() {
    return ordinal() + 1;
  }
}
