package dev.disclosure.core.accountability;

import java.util.List;

/** The three categories of accepted complaints (投诉分类, ACC-3) and their handling flows (投诉处理). */
public enum ComplaintCategory {
  /** 现场协调类: conduct, efficiency or propriety of window staff, settled on the spot. */
  ON_SITE_COORDINATION("现场协调类", List.of("综合科协调或责成工作人员向投诉人解释情况", "达成谅解", "办结投诉")),
  /** 立案处理类: policy questions or serious or repeated failures, formally referred for handling. */
  FORMAL_CASE(
      "立案处理类",
      List.of(
          "综合科调查后提出督办意见和回复期限，交由被投诉窗口或所在科室处理",
          "被投诉窗口或科室及时妥善处理，答复投诉人，并将处理结果和整改情况书面回复综合科",
          "处理结果和整改情况不符合要求、投诉人仍有意见的，可再次签发《投诉督办表》")),
  /** 意见反映类: opinions and suggestions on approval management and service. */
  OPINION_FEEDBACK("意见反映类", List.of("作为窗口服务整改的工作参考", "转有关职能科室处理或参考", "通过信访等部门呈政府处理或参考"));

  private final String label;
  private final List<String> flow;

  ComplaintCategory(String label, List<String> flow) {
    this.label = label;
    this.flow = flow;
  }

  /** Returns the Chinese label, e.g. {@code 立案处理类}. */
  public String label() {
    return label;
  }

  /**
   * Returns the handling flow: the steps in order, or for 意见反映类 the three ways it may be handled.
   */
  public List<String> flow() {
    return flow;
  }
}
