package dev.disclosure.core.proactive;

import dev.disclosure.core.InformationCategory;

/**
 * The six categories a supply and marketing cooperative publishes proactively (供销社6类主动公开信息,
 * PRO-1, 来源文件003 州供销社政府信息公开工作自查情况二、（二）): 机构职能、法律依据类、发展规划类、业务及服务类、四项制度信息与人民群众切身利益相关的各类动态性信息.
 *
 * <p>The same report counts its publications under these six and a seventh heading, 其它类
 * (二、（三）); the catalog keeps the six the source names as its categories.
 */
public enum CooperativeCategory implements InformationCategory {
  /** 机构职能. */
  ORGANIZATION_AND_FUNCTIONS("机构职能"),
  /** 法律依据类. */
  LEGAL_BASES("法律依据类"),
  /** 发展规划类. */
  DEVELOPMENT_PLANS("发展规划类"),
  /** 业务及服务类. */
  OPERATIONS_AND_SERVICES("业务及服务类"),
  /** 四项制度信息. */
  FOUR_SYSTEMS("四项制度信息"),
  /** 与人民群众切身利益相关的各类动态性信息. */
  DYNAMIC_INFORMATION("与人民群众切身利益相关的各类动态性信息");

  private final String label;

  CooperativeCategory(String label) {
    this.label = label;
  }

  /** Returns the source's wording of the category. */
  @Override
  public String label() {
    return label;
  }

  /** Returns {@code 供销社主动公开信息}. */
  @Override
  public String catalogLabel() {
    return "供销社主动公开信息";
  }

  /** {@return the category's number in the source's list, from 1} */
  public int number() {
    return ordinal() + 1;
  }
}
