package dev.disclosure.core.proactive;

import dev.disclosure.core.InformationCategory;

/**
 * The eleven kinds of information a school publishes proactively (学校主动公开的信息, PRO-1, 来源文件003
 * 《小学信息公开工作实施方案》二、（一）), in the source's order and wording.
 */
public enum SchoolCategory implements InformationCategory {
  /** 1. 学校基本情况. */
  BASIC_INFORMATION("学校基本情况，包括历史沿革、办学性质、办学地点、办学规模、办学基本条件、机构职能、联系方式等"),
  /** 2. 学校现行规章制度以及办事流程. */
  RULES_AND_PROCEDURES("学校现行规章制度以及办事流程"),
  /** 3. 学校发展规划、年度工作计划及其执行情况. */
  PLANS("学校发展规划、年度工作计划及其执行情况"),
  /** 4. 招生、学籍管理、评优奖励、学费减免. */
  ENROLMENT_AND_FEE_RELIEF(
      "学校招生的计划、范围、对象，中小学学生学籍管理规定和评优奖励办法，学费（保育费）减免的申请条件、审批程序和结果"),
  /** 5. 学校收费. */
  CHARGES("学校收费的类别、项目、标准、依据、范围、计费单位和批准机关以及监督电话"),
  /** 6. 教学科研. */
  TEACHING_AND_RESEARCH("学校教学科研工作的有关规定，教学与科研成果评选，课程设置方案与教学计划及执行情况"),
  /** 7. 教职工招聘、评聘、晋升、考核、培训. */
  STAFF("学校教职工招聘、职称评聘、职务晋升、评优的条件、程序、结果及争议解决办法，绩效考核及绩效工资分配办法，教师培训等师资建设情况"),
  /** 8. 采购、基建、租赁的招投标. */
  TENDERS("学校数量较多的物资采购、基本建设与维修、房产承包与租赁等的招投标结果及实际执行情况"),
  /** 9. 经费收支与资产. */
  FINANCES_AND_ASSETS("学校经费收支情况，资产和受赠物的管理使用情况"),
  /** 10. 服务事项、安全管理与应急预案. */
  SERVICES_AND_SAFETY("学生用餐、组织活动等服务事项及安全管理情况，自然灾害、传染病等涉及师生安全的突发公共事件应急预案及处置情况"),
  /** 11. 其他应当主动公开的情况. */
  OTHER("其他应当主动公开的情况");

  private final String label;

  SchoolCategory(String label) {
    this.label = label;
  }

  /** Returns the source's wording of the category. */
  @Override
  public String label() {
    return label;
  }

  /** Returns {@code 学校主动公开的信息}. */
  @Override
  public String catalogLabel() {
    return "学校主动公开的信息";
  }

  /** {@return the category's number in the source's list, from 1} */
  public int number() {
    return ordinal() + 1;
  }
}
