package dev.disclosure.core.accountability;

import dev.disclosure.calendar.Phrase;
import java.util.List;

/** The three categories of accepted complaints (投诉分类, ACC-3) and their handling flows (投诉处理). */
public enum ComplaintCategory {
  /** 现场协调类: conduct, efficiency or propriety of window staff, settled on the spot. */
  ON_SITE_COORDINATION(
      "现场协调类",
      "on-site coordination",
      List.of(
          Phrase.of(
              "综合科协调或责成工作人员向投诉人解释情况",
              "the general section coordinates, or has the staff member explain the matter to the"
                  + " complainant"),
          Phrase.of("达成谅解", "understanding is reached"),
          Phrase.of("办结投诉", "the complaint is closed"))),
  /** 立案处理类: policy questions or serious or repeated failures, formally referred for handling. */
  FORMAL_CASE(
      "立案处理类",
      "formal case",
      List.of(
          Phrase.of(
              "综合科调查后提出督办意见和回复期限，交由被投诉窗口或所在科室处理",
              "the general section investigates, gives a supervision opinion with a reply date and"
                  + " passes the complaint to the window or section complained of"),
          Phrase.of(
              "被投诉窗口或科室及时妥善处理，答复投诉人，并将处理结果和整改情况书面回复综合科",
              "the window or section handles it promptly and properly, answers the complainant and"
                  + " reports the result and the rectification to the general section in writing"),
          Phrase.of(
              "处理结果和整改情况不符合要求、投诉人仍有意见的，可再次签发《投诉督办表》",
              "if the result and the rectification fall short and the complainant still objects, a"
                  + " further complaint supervision form may be issued"))),
  /** 意见反映类: opinions and suggestions on approval management and service. */
  OPINION_FEEDBACK(
      "意见反映类",
      "opinions and suggestions",
      List.of(
          Phrase.of("作为窗口服务整改的工作参考", "taken as a reference for improving the windows' service"),
          Phrase.of("转有关职能科室处理或参考", "passed to the competent section for handling or reference"),
          Phrase.of(
              "通过信访等部门呈政府处理或参考",
              "submitted to the government through the petitions office or other bodies for"
                  + " handling or reference")));

  private final String label;
  private final String english;
  private final List<Phrase> flow;

  ComplaintCategory(String label, String english, List<Phrase> flow) {
    this.label = label;
    this.english = english;
    this.flow = flow;
  }

  /** {@return the Chinese label, for example {@code 立案处理类}} */
  public String label() {
    return label;
  }

  /** {@return the English name, for example {@code formal case}} */
  public String english() {
    return english;
  }

  /**
   * {@return the handling flow in both languages: the steps in order, or for 意见反映类 the three ways
   * it may be handled} {@code Language.CHINESE.render(phrase)} gives e.g. {@code 达成谅解}.
   */
  public List<Phrase> flow() {
    return flow;
  }
}
