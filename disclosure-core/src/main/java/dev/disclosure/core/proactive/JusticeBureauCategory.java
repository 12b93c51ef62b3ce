package dev.disclosure.core.proactive;

import dev.disclosure.core.InformationCategory;

/**
 * What a city justice bureau publishes (司法局政务公开内容, PRO-1, 来源文件000 市司法局政务公开工作计划四、公开内容): two
 * classes, 职责类 (1–3) and 政务类 (4–7), in the source's order; {@link #kind()} names the class. The
 * source writes the bureau's name as ****市司法局; the labels say 本局.
 */
public enum JusticeBureauCategory implements InformationCategory {
  /** 职责类 1: 工作职责. */
  DUTIES("本局工作职责"),
  /** 职责类 2: 领导（局长、副局长）分工. */
  LEADERSHIP_DIVISION("本局领导（局长、副局长）分工"),
  /** 职责类 3: 科（室）负责人姓名、分工. */
  SECTION_HEADS("本局科（室）负责人姓名、分工"),
  /** 政务类 1: 办事程序，主要行政、管理制度. */
  PROCEDURES("本局办事程序，主要行政、管理制度"),
  /** 政务类 2: 法律、法规和相关政策. */
  LAWS_AND_POLICIES("法律、法规和相关政策"),
  /** 政务类 3: 司法行政工作职责、公示制度、监督检查制度、工作人员守则. */
  WORK_RULES("司法行政工作职责、公示制度、监督检查制度、工作人员守则"),
  /** 政务类 4: 局机关副科级以上干部职务任前公示. */
  PRE_APPOINTMENT_PUBLICITY("局机关副科级以上干部职务任前公示");

  private final String label;

  JusticeBureauCategory(String label) {
    this.label = label;
  }

  /** Returns the source's wording of the category. */
  @Override
  public String label() {
    return label;
  }

  /** Returns {@code 司法局政务公开内容}. */
  @Override
  public String catalogLabel() {
    return "司法局政务公开内容";
  }

  /** {@return the class of the category: {@code 职责类} or {@code 政务类}} */
  public String kind() {
    return ordinal() < 3 ? "职责类" : "政务类";
  }

  /** {@return the category's number in the source's list, from 1} */
  public int number() {
    return ordinal() + 1;
  }
}
