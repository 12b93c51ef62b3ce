package dev.disclosure.core.accountability;

/**
 * The steps of handling an accepted complaint (投诉办理环节, ACC-3), each a method of {@link Complaint}.
 */
public enum ComplaintStep {
  /** 调查了解: an investigation of the complaint (投诉调查, 第五条). */
  INVESTIGATE("调查了解"),
  /** 提出督办意见: the first supervision opinion with a reply date, for a 立案处理类 complaint. */
  SUPERVISE("提出督办意见"),
  /** 再次签发《投诉督办表》: a further supervision order after an unsatisfactory reply. */
  SUPERVISE_AGAIN("再次签发《投诉督办表》"),
  /** 书面回复综合科: the window's written reply with its result and rectification. */
  REPLY("书面回复综合科"),
  /** 办结投诉: the complaint is closed. */
  CLOSE("办结投诉");

  private final String label;

  ComplaintStep(String label) {
    this.label = label;
  }

  /** {@return the Chinese label, for example {@code 提出督办意见}} */
  public String label() {
    return label;
  }
}
