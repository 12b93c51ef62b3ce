package dev.disclosure.core.proactive;

import dev.disclosure.core.InformationCategory;

/**
 * The 22 key categories a government at county level or above and its departments publish
 * proactively (县级以上政府和部门须主动公开的重点内容, PRO-1, 来源文件002).
 *
 * <p>Beyond these key categories, anything of wide public interest is also published (PRO-1).
 */
public enum CountyKeyCategory implements InformationCategory {
  /** （1）经济、社会管理和公共服务中涉及的法律、法规、规章和规范性文件. */
  LAWS_AND_NORMATIVE_DOCUMENTS("经济、社会管理和公共服务中涉及的法律、法规、规章和规范性文件"),
  /** （2）经济、社会管理和公共服务的发展战略、综合发展规划及其实施情况. */
  DEVELOPMENT_STRATEGIES_AND_PLANS("经济、社会管理和公共服务的发展战略、综合发展规划及其实施情况"),
  /** （3）国民经济和社会发展统计信息. */
  STATISTICS("国民经济和社会发展统计信息"),
  /** （4）城镇建设规划、土地利用规划等各类专业规划及其执行情况. */
  URBAN_AND_LAND_USE_PLANS("城镇建设规划、土地利用规划等各类专业规划及其执行情况"),
  /** （5）政府机关重大事项决策及其实施情况. */
  MAJOR_DECISIONS("政府机关重大事项决策及其实施情况"),
  /** （6）影响公共安全、公民人身和财产安全的疫情、灾情、食品安全、治安或刑事案件、交通事故等重大突发事件的预报、发生与处理情况. */
  MAJOR_EMERGENCIES("影响公共安全、公民人身和财产安全的疫情、灾情、食品安全、治安或刑事案件、交通事故等重大突发事件的预报、发生与处理情况"),
  /** （7）环境保护、公共卫生、安全生产、食品药品、产品质量的监督检查情况. */
  SUPERVISORY_INSPECTIONS("环境保护、公共卫生、安全生产、食品药品、产品质量的监督检查情况"),
  /** （8）土地征收、征用和经营性土地使用权出让、探矿权和采矿权出让、国有企业产权处置和交易情况. */
  LAND_EXPROPRIATION_AND_STATE_ASSET_TRANSFERS("土地征收、征用和经营性土地使用权出让、探矿权和采矿权出让、国有企业产权处置和交易情况"),
  /** （9）教育、文化、民政、卫生、劳动和社会保障、扶贫等社会管理事务或公共服务项目的标准、条件及实施情况. */
  PUBLIC_SERVICE_STANDARDS("教育、文化、民政、卫生、劳动和社会保障、扶贫等社会管理事务或公共服务项目的标准、条件及实施情况"),
  /** （10）房屋拆迁的批准文件、补偿标准、安置方案等情况. */
  HOUSING_DEMOLITION("房屋拆迁的批准文件、补偿标准、安置方案等情况"),
  /** （11）经济适用住房的建设和销售、廉租房的建设和租赁等情况. */
  AFFORDABLE_HOUSING("经济适用住房的建设和销售、廉租房的建设和租赁等情况"),
  /** （12）行政许可（审批）事项的设定、调整、取消以及办理行政许可（审批）事项的依据、条件、程序、时限、要求及结果. */
  ADMINISTRATIVE_LICENSING("行政许可（审批）事项的设定、调整、取消以及办理行政许可（审批）事项的依据、条件、程序、时限、要求及结果"),
  /** （13）税收的依据、标准和征管规定，税费减免、补贴等有关优惠政策及其落实情况. */
  TAXATION_AND_PREFERENTIAL_POLICIES("税收的依据、标准和征管规定，税费减免、补贴等有关优惠政策及其落实情况"),
  /** （14）收费、收取基金、行政处罚的依据、标准、范围、程序以及有关费、款的收缴和使用情况. */
  FEES_FUNDS_AND_PENALTIES("收费、收取基金、行政处罚的依据、标准、范围、程序以及有关费、款的收缴和使用情况"),
  /** （15）旅游风景区、供水、供电、供气、供热、有线电视、邮政、通信、公共交通等重要公用事业、公益服务项目的定价、价格调整情况. */
  PUBLIC_UTILITY_PRICING("旅游风景区、供水、供电、供气、供热、有线电视、邮政、通信、公共交通等重要公用事业、公益服务项目的定价、价格调整情况"),
  /** （16）政府投资的城镇基础设施和房屋建设项目的公开招标、中标及验收情况. */
  PUBLIC_INFRASTRUCTURE_TENDERS("政府投资的城镇基础设施和房屋建设项目的公开招标、中标及验收情况"),
  /** （17）政府集中采购目录和政府采购限额标准、公开招标公告、受理政府采购投诉的联系方式及投诉处理决定、供应商不良记录名单、政府采购招标业务代理机构名录等情况. */
  GOVERNMENT_PROCUREMENT("政府集中采购目录和政府采购限额标准、公开招标公告、受理政府采购投诉的联系方式及投诉处理决定、供应商不良记录名单、政府采购招标业务代理机构名录等情况"),
  /** （18）政府投资建设的公益事业项目的立项、投入、验收等情况. */
  PUBLIC_WELFARE_PROJECTS("政府投资建设的公益事业项目的立项、投入、验收等情况"),
  /** （19）抢险救灾、优抚、救济、社会捐助等款物的管理、使用和分配情况. */
  RELIEF_FUNDS_AND_GOODS("抢险救灾、优抚、救济、社会捐助等款物的管理、使用和分配情况"),
  /** （20）政府财政预算、决算和执行情况. */
  BUDGETS_AND_FINAL_ACCOUNTS("政府财政预算、决算和执行情况"),
  /** （21）政府机关的机构设置、职能、权限、办公地点、联系方式、主要领导的职责及调整、变动情况. */
  ORGANIZATION_AND_FUNCTIONS("政府机关的机构设置、职能、权限、办公地点、联系方式、主要领导的职责及调整、变动情况"),
  /** （22）公务员、其他履行公共事务管理职能的工作人员的招考录用、聘用以及军转干部、退伍士兵安置、毕业生就业、人才引进的依据、标准、条件、程序、要求和结果. */
  RECRUITMENT_AND_PLACEMENT("公务员、其他履行公共事务管理职能的工作人员的招考录用、聘用以及军转干部、退伍士兵安置、毕业生就业、人才引进的依据、标准、条件、程序、要求和结果");

  private final String label;

  CountyKeyCategory(String label) {
    this.label = label;
  }

  /** Returns the official Chinese wording of the category. */
  @Override
  public String label() {
    return label;
  }

  /** Returns {@code 县级以上政府和部门主动公开重点内容}. */
  @Override
  public String catalogLabel() {
    return "县级以上政府和部门主动公开重点内容";
  }

  /** {@return the category's number in the catalog, from 1} */
  public int number() {
    return ordinal() + 1;
  }
}
