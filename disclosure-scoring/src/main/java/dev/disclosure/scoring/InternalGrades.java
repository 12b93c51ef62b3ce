package dev.disclosure.scoring;

import static java.util.Objects.requireNonNull;

import dev.disclosure.calendar.Citation;
import dev.disclosure.calendar.LegalSource;
import java.util.List;

/**
 * Internal year-end grades of offices and people (科室和个人政务公开考核, SC-6): 优秀、良好、合格、不合格,
 * tied to commendation and the year-end bonus (评选先进及年终奖); an office graded 不合格 is criticised
 * in a circular and loses that year's awards; fraud with bad effect means the responsible leaders
 * cannot be graded 优秀.
 *
 * <p>The text names no point ranges; the caller's rubric supplies them through {@link #bands}
 * (lower bounds inclusive, as in {@link AnnualAssessment#bands}). <b>[convention]</b> "cannot be
 * graded 优秀" is a cap: the leader's grade becomes 良好 if the score earned 优秀, and is otherwise
 * unchanged (a finding never raises a grade).
 */
public final class InternalGrades {

  /** The provision. */
  public static final Citation RULE = Citation.of(LegalSource.of("《政务公开工作考核与奖惩制度》（来源文件000）", "Source document 000: rules for assessing, rewarding and sanctioning open government affairs work"), "四、考核办法；五、奖惩办法",
      "具体评为优秀、良好、合格、不合格4个等次，并将考核结果与评选先进及年终奖挂钩。对被考核为不合格科室的，"
          + "在本办范围内进行通报批评，取消科室及科室负责人当年评选先进资格。对在政务公开工作中有弄虚作假、"
          + "欺上瞒下，在群众中造成不良影响，单位科室主要负责人和分管领导年终考核不得确定为优秀等次。");

  private InternalGrades() {}

  /**
   * Returns the four bands with their consequences.
   *
   * @param maximum the rubric's total
   * @param excellentFrom the lowest total graded 优秀
   * @param goodFrom the lowest total graded 良好
   * @param passFrom the lowest total graded 合格
   * @return the bands, highest first
   */
  public static List<GradeBand> bands(
      Points maximum, Points excellentFrom, Points goodFrom, Points passFrom) {
    requireNonNull(maximum, "maximum");
    requireNonNull(excellentFrom, "excellentFrom");
    requireNonNull(goodFrom, "goodFrom");
    requireNonNull(passFrom, "passFrom");
    return List.of(
        GradeBand.of(AnnualAssessment.EXCELLENT, excellentFrom, maximum, true, "予以表彰，与评选先进及年终奖挂钩"),
        GradeBand.of(AnnualAssessment.GOOD, goodFrom, excellentFrom, false),
        GradeBand.of(AnnualAssessment.PASS, passFrom, goodFrom, false),
        GradeBand.of(AnnualAssessment.FAIL, Points.ZERO, passFrom, false,
            "在本办范围内通报批评", "取消科室及科室负责人当年评选先进资格"));
  }

  /**
   * Returns the finding of fraud or deception with bad effect against a responsible leader
   * (弄虚作假、欺上瞒下，造成不良影响): not 优秀, that is at most 良好.
   *
   * @param finding what was found
   * @param evidence references to the evidence
   * @return the overriding finding, capping the grade at 良好
   */
  public static GradeOverride leaderFraud(String finding, String... evidence) {
    return new GradeOverride(AnnualAssessment.GOOD, requireNonNull(finding, "finding"),
        List.of(evidence), List.of("年终考核不得确定为优秀等次"), RULE);
  }
}
