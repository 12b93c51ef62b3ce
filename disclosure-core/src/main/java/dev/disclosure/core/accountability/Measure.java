package dev.disclosure.core.accountability;

/** A sanction measure of the ladder (责任追究措施, ACC-2, 来源文件002 责任追究制度四、2.). */
public enum Measure {
  /** 告诫或批评教育. */
  WARNING_OR_CRITICISM("告诫或批评教育", "warning or criticism"),
  /** 限期改正. */
  CORRECT_WITHIN_DEADLINE("限期改正", "correction within a deadline"),
  /** 提出批评. */
  CRITICISM("提出批评", "criticism"),
  /** 通报批评. */
  CIRCULATED_CRITICISM("通报批评", "circulated criticism"),
  /** 责令作出书面检查. */
  WRITTEN_SELF_EXAMINATION("责令作出书面检查", "an order to make a written self-examination"),
  /** 责令限期整改. */
  RECTIFY_WITHIN_DEADLINE("责令限期整改", "an order to rectify within a deadline"),
  /** 视情节给予相应的党纪政纪处分. */
  DISCIPLINARY_SANCTION_AS_WARRANTED("视情节给予相应的党纪政纪处分", "a Party or administrative disciplinary sanction as warranted"),
  /** 给予相应的党纪政纪处分. */
  DISCIPLINARY_SANCTION("给予相应的党纪政纪处分", "a Party or administrative disciplinary sanction"),
  /** 移送司法机关处理. */
  REFER_TO_JUDICIAL_AUTHORITIES("移送司法机关处理", "referral to the judicial authorities");

  private final String label;
  private final String english;

  Measure(String label, String english) {
    this.label = label;
    this.english = english;
  }

  /** {@return the Chinese label} */
  public String label() {
    return label;
  }

  /** {@return the English name, for example {@code circulated criticism}} */
  public String english() {
    return english;
  }
}
