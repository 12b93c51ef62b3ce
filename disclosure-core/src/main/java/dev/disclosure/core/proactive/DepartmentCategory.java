package dev.disclosure.core.proactive;

import dev.disclosure.core.InformationCategory;

/**
 * The catalog of a department's disclosure (部门公开目录, PRO-1, 来源文件003 XX局政府信息公开工作三、公开内容):
 * five categories, each with what it mainly includes ({@link #content()}).
 */
public enum DepartmentCategory implements InformationCategory {
  /** （一）机构职能: organization and functions. */
  ORGANIZATION_AND_FUNCTIONS(
      "机构职能",
      "机构名称、办公地点，现任领导班子成员及其分工，内设机构及其工作职能，工作制度、规则，便民服务承诺，联系电话、投诉电话及网上投诉信箱等内容"),
  /** （二）政策法规: policies and regulations. */
  POLICIES_AND_REGULATIONS("政策法规", "本机关依法行政依据的主要法律、法规和规章、规范性文件以及上级主管部门文件"),
  /** （三）规划计划: plans and programmes. */
  PLANS("规划计划", "本机关的中长期工作规划，年度工作计划及工作要点，年度工作总结，专项工作计划等内容"),
  /** （四）业务工作: the department's work. */
  OPERATIONS("业务工作", "本机关各项业务工作名称及其应主动公开的工作信息"),
  /** （五）其它信息: other information. */
  OTHER("其它信息", "本机关其它应主动公开的信息，如机关内部建设、公务员考核等不便分类的各项工作信息");

  private final String label;
  private final String content;

  DepartmentCategory(String label, String content) {
    this.label = label;
    this.content = content;
  }

  /** Returns the Chinese label, e.g. {@code 政策法规} or {@code 其它信息}. */
  @Override
  public String label() {
    return label;
  }

  /**
   * {@return what the category mainly includes (主要包括…), in the source's words, e.g. for {@link
   * #OPERATIONS} {@code 本机关各项业务工作名称及其应主动公开的工作信息}}
   */
  public String content() {
    return content;
  }

  /** Returns {@code 部门公开目录}. */
  @Override
  public String catalogLabel() {
    return "部门公开目录";
  }
}
