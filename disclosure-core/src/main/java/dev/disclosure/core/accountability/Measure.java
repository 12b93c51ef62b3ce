package dev.disclosure.core.accountability;

/**
 * A sanction measure of a ladder (责任追究措施, ACC-2): those of 来源文件002 责任追究制度四、2., and those
 * the ladders of 来源文件000 and 来源文件003 add ({@link SanctionScheme}).
 */
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
  REFER_TO_JUDICIAL_AUTHORITIES("移送司法机关处理", "referral to the judicial authorities"),
  /** 取消当年评优、评奖资格 (来源文件000 责任追究制度七、2.). */
  DISQUALIFY_FROM_AWARDS_THIS_YEAR("取消其当年评优、评奖资格", "disqualification from that year's awards"),
  /** 取消评优、评奖资格 (来源文件000 责任追究制度七、3.). */
  DISQUALIFY_FROM_AWARDS("取消评优、评奖资格", "disqualification from awards"),
  /** 视情节报纪检部门给予相应的党纪政纪处分 (来源文件000 责任追究制度七、3.). */
  REFER_FOR_DISCIPLINE_AS_WARRANTED(
      "视情节报纪检部门给予相应的党纪政纪处分",
      "referral to the discipline inspection department for a Party or administrative disciplinary"
          + " sanction as warranted"),
  /** 调离原工作岗位 (来源文件000 责任追究制度七、3.). */
  TRANSFER_FROM_POST("调离原工作岗位", "transfer from the post"),
  /** 建议上级部门按规定给予党纪政纪处分 (来源文件000 责任追究制度七、3.). */
  RECOMMEND_DISCIPLINARY_SANCTION(
      "建议上级部门按规定给予党纪政纪处分",
      "a recommendation to the higher department for a Party or administrative disciplinary"
          + " sanction as provided"),
  /** 责令改正 (来源文件003 责任追究). */
  ORDER_TO_CORRECT("责令改正", "an order to correct"),
  /** 依法给予处分 (来源文件003 责任追究). */
  SANCTION_BY_LAW("依法给予处分", "a sanction according to law"),
  /** 依法追究刑事责任 (来源文件003 责任追究). */
  CRIMINAL_LIABILITY("依法追究刑事责任", "criminal liability according to law");

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
