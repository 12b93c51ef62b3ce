package dev.disclosure.core.proactive;

import dev.disclosure.core.InformationCategory;

/**
 * The six items a civil air defence office commits to publish on its website and in its handbook
 * (法规政策公布承诺, PRO-1, 来源文件000 临海市人防办政务公开工作承诺制度二、（一）), in the source's order and wording.
 */
public enum PublishedCommitment implements InformationCategory {
  /** 1. 省财政、物价部门批准的收费标准. */
  APPROVED_CHARGES("省财政、物价部门批准的收费标准"),
  /** 2. 行政许可的法律、政策依据. */
  LICENSING_BASES("行政许可的法律、政策依据"),
  /** 3. 服务承诺. */
  SERVICE_COMMITMENTS("服务承诺"),
  /** 4. 办理所需提供的资料、步骤及方法. */
  MATERIALS_AND_STEPS("办理所需提供的资料、步骤及方法"),
  /** 5. 工作纪律和廉政规定. */
  DISCIPLINE("工作纪律和廉政规定"),
  /** 6. 监督投诉电话. */
  COMPLAINT_HOTLINE("监督投诉电话");

  private final String label;

  PublishedCommitment(String label) {
    this.label = label;
  }

  /** Returns the source's wording of the category. */
  @Override
  public String label() {
    return label;
  }

  /** Returns {@code 法规政策公布承诺}. */
  @Override
  public String catalogLabel() {
    return "法规政策公布承诺";
  }

  /** {@return the category's number in the source's list, from 1} */
  public int number() {
    return ordinal() + 1;
  }
}
