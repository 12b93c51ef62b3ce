package dev.disclosure.scoring;

import static java.util.Objects.requireNonNull;

import dev.disclosure.calendar.Citation;
import dev.disclosure.calendar.LegalSource;
import java.util.List;

/**
 * The annual government-information-disclosure assessment and democratic appraisal (政府信息公开工作
 * 考核和民主评议, {@code 002}, SC-3): grades 优秀、良好、合格、不合格; a democratic appraisal of 不满意
 * makes the grade 不合格 whatever the score; 优秀 → 通报表彰 and its experience publicised; 不合格 →
 * 整改意见、限期整改 and 通报批评.
 *
 * <p>The text names the grades but no point ranges; the caller's rubric supplies them through
 * {@link #bands}. <b>[convention]</b> each lower bound is inclusive (以上) and each band ends just
 * below the next one's lower bound.
 */
public final class AnnualAssessment {

  /** The provision on grades and their use. */
  public static final Citation GRADES = Citation.of(LegalSource.of("《考核和评议制度》（来源文件002）",
          "Source document 002: rules for assessment and review"), "五、考核和评议的结果运用",
      "政府信息公开工作考核等级评定为：优秀、良好、合格、不合格。民主评议为不满意的考核等级评定为不合格。"
          + "对考核等级评定为优秀的单位，要给予通报表彰；对考核等级评定为不合格的单位，要提出整改意见，"
          + "限期整改并予以通报批评。");

  /** The grade 优秀. */
  public static final String EXCELLENT = "优秀";

  /** The grade 良好. */
  public static final String GOOD = "良好";

  /** The grade 合格. */
  public static final String PASS = "合格";

  /** The grade 不合格. */
  public static final String FAIL = "不合格";

  private AnnualAssessment() {}

  /**
   * Returns the four bands with their consequences, for a rubric's {@link Rubric.Builder#grades}.
   *
   * @param maximum the rubric's total
   * @param excellentFrom the lowest total graded 优秀
   * @param goodFrom the lowest total graded 良好
   * @param passFrom the lowest total graded 合格
   * @return the bands 优秀 {@code [excellentFrom, maximum]}, 良好 {@code [goodFrom, excellentFrom)},
   *     合格 {@code [passFrom, goodFrom)}, 不合格 {@code [0, passFrom)}; a rubric built with
   *     thresholds out of order reports the totals left without a grade
   */
  public static List<GradeBand> bands(
      Points maximum, Points excellentFrom, Points goodFrom, Points passFrom) {
    requireNonNull(maximum, "maximum");
    requireNonNull(excellentFrom, "excellentFrom");
    requireNonNull(goodFrom, "goodFrom");
    requireNonNull(passFrom, "passFrom");
    return List.of(
        GradeBand.of(EXCELLENT, excellentFrom, maximum, true,
            Consequence.of(Consequence.Kind.COMMENDATION, "给予通报表彰，并大力宣传他们的经验和做法", GRADES)),
        GradeBand.of(GOOD, goodFrom, excellentFrom, false),
        GradeBand.of(PASS, passFrom, goodFrom, false),
        GradeBand.of(FAIL, Points.ZERO, passFrom, false,
            Consequence.of(Consequence.Kind.RECTIFICATION, "提出整改意见，限期整改", GRADES),
            Consequence.of(Consequence.Kind.CIRCULATED_CRITICISM, "予以通报批评", GRADES)));
  }

  /**
   * Returns the finding that the democratic appraisal (民主评议) was 不满意: grade 不合格 whatever the
   * score, with 不合格's consequences.
   *
   * @param finding the appraisal result as recorded
   * @param evidence references to the evidence
   * @return the overriding finding
   */
  public static GradeOverride democraticAppraisalUnsatisfied(String finding, String... evidence) {
    return GradeOverride.imposing(FAIL, finding, GRADES, List.of(), evidence);
  }
}
