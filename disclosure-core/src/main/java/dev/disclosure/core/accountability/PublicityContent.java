package dev.disclosure.core.accountability;

/**
 * What the publicity of a major decision includes (公示内容, ACC-5, 来源文件000 重大事项公示和听证制度第七条, and
 * for a decision that needs a hearing 第十三条). Every item but {@link #OTHER} is required; {@link
 * #HEARING_PARTICIPANTS} only when a hearing is required.
 */
public enum PublicityContent {
  /** （一）重大行政决策事项的基本情况. */
  BASIC_FACTS("重大行政决策事项的基本情况", "the basic facts of the decision"),
  /** （二）重大行政决策事项的必要性或可行性说明. */
  NECESSITY_OR_FEASIBILITY("重大行政决策事项的必要性或可行性说明", "why it is necessary or feasible"),
  /** （三）重大行政决策事项的有关统计数据、调查分析资料. */
  STATISTICS_AND_SURVEYS(
      "重大行政决策事项的有关统计数据、调查分析资料", "its statistics and survey analyses"),
  /** （四）重大行政决策事项的论证经过. */
  CONSULTATION_RECORD(
      "重大行政决策事项的论证经过，即听取意见的范围、人数、尤其是利害关系人、专家所占的比例及意见",
      "how it was examined: whose views were heard, how many, the share of interested parties and"
          + " experts, and their views"),
  /** （五）重大行政决策事项的法律分析意见书. */
  LEGAL_OPINION("重大行政决策事项的法律分析意见书", "the legal opinion on it"),
  /** （六）收集反馈信息的渠道. */
  FEEDBACK_CHANNELS("收集反馈信息的渠道", "the channels for feedback"),
  /** （七）其它需要公示的内容 (optional). */
  OTHER("其它需要公示的内容", "other content to be publicized"),
  /** 第十三条: 听证参加人的范围、条件、数量, publicized with the decision when a hearing is required. */
  HEARING_PARTICIPANTS(
      "听证参加人的范围、条件、数量", "the range, conditions and number of hearing participants");

  private final String label;
  private final String english;

  PublicityContent(String label, String english) {
    this.label = label;
    this.english = english;
  }

  /** {@return the source's wording} */
  public String label() {
    return label;
  }

  /** {@return the English name} */
  public String english() {
    return english;
  }
}
