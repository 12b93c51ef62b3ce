package dev.disclosure.scoring;

import static java.util.Objects.requireNonNull;

import dev.disclosure.calendar.Citation;
import dev.disclosure.calendar.LegalSource;
import dev.disclosure.core.InvalidFactsException;
import dev.disclosure.core.InvalidFactsException.Problem;
import dev.disclosure.core.law.LegalSources;
import dev.disclosure.core.law.Rules;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The annual composite assessment of government-information disclosure (政府信息公开工作年度综合考核,
 * SC-4): the routine ledger (平时考核, preset 100, −1.5 per problem), the mean of the two
 * half-year self-assessments (两次自我考核成绩平均值) and the third-party evaluation (第三方机构评估),
 * weighted 30 % / 40 % / 30 %; graded 优秀 90分以上, 良好 80—90分, 合格 60—80分, 不合格 60分以下.
 *
 * <p><b>[convention]</b> As the rules catalog reads the ranges (SC-4, CAL-6): 90 is 优秀, 80 is 良好,
 * 60 is 合格, i.e. {@code [90,100]}, {@code [80,90)}, {@code [60,80)}, {@code [0,60)}. The ledger
 * never goes below zero (扣完为止).
 */
public final class CompositeAssessment {

  /** The source text's title. */
  public static final LegalSource SOURCE = LegalSources.DOC_003;

  /** The weighting and grades. */
  public static final Citation WEIGHTS = Citation.of(SOURCE, "四、方法和步骤（四）综合考核",
      "对各县区、各部门的平时考核成绩、经核查的两次自我考核成绩平均值、第三方机构评估成绩，分别按30%、40%、30%的"
          + "权重计入年度综合考核成绩。考核等次分为优秀（90分以上）、良好（80—90分）、合格（60—80分）、"
          + "不合格（60分以下）四级。");

  /** The routine ledger. */
  public static final Citation LEDGER = Citation.of(SOURCE, "四、方法和步骤（一）平时考核",
      "建立平时考核台账，对每个考核对象预置100分，对监督检查发现的问题，进行扣分考核。每个问题扣1.5分。");

  /** Component id of the routine ledger (平时考核). */
  public static final String ROUTINE = "平时考核";

  /** Component id of the self-assessments (自我考核). */
  public static final String SELF = "自我考核";

  /** Component id of the third-party evaluation (第三方评估). */
  public static final String THIRD_PARTY = "第三方评估";

  private static final Points PER_PROBLEM = Points.of("1.5");

  /** The five sources of routine-ledger problems, each −1.5 per problem. */
  public enum ProblemSource {
    /** 国务院办公厅和省政府办公厅检查通报的问题. */
    STATE_OR_PROVINCIAL_INSPECTION("国务院办公厅和省政府办公厅检查通报的问题"),
    /** 半年检查发现问题未按期整改，或举报事项经调查属实. */
    HALF_YEAR_CHECK_OR_REPORT("半年电话调度、网上检查发现问题未按期整改到位，或受理的举报事项经调查属实"),
    /** 专项督查发现问题未按期整改. */
    SPECIAL_INSPECTION("专项督查中发现的问题未按期整改到位"),
    /** 热点问题和重大政务舆情未及时回应. */
    HOT_ISSUE("对热点问题和重大政务舆情不能及时回应，造成不良影响"),
    /** 政府网站安全隐患未按期整改. */
    WEBSITE_SECURITY("市公安局检查通报的政府网站安全隐患没有按期整改到位");

    private final String label;

    ProblemSource(String label) {
      this.label = label;
    }

    /** {@return the Chinese description of the source} */
    public String label() {
      return label;
    }
  }

  private static final WeightedComposite COMPOSITE =
      WeightedComposite.builder("政府信息公开工作年度综合考核")
          .rules(Rules.SC_4, Rules.SC_4)
          .citation(WEIGHTS)
          .citation(LEDGER)
          .component(ROUTINE, "平时考核", BigDecimal.valueOf(30))
          .component(SELF, "自我考核", BigDecimal.valueOf(40))
          .component(THIRD_PARTY, "第三方评估", BigDecimal.valueOf(30))
          .grade(GradeBand.of("优秀", Points.of(90), Points.of(100), true, "通报表彰"))
          .grade(GradeBand.of("良好", Points.of(80), Points.of(90), false))
          .grade(GradeBand.of("合格", Points.of(60), Points.of(80), false))
          .grade(GradeBand.of("不合格", Points.ZERO, Points.of(60), false, "限期整改"))
          .build();

  private CompositeAssessment() {}

  /** {@return the composite: weights 30/40/30 and four grades} */
  public static WeightedComposite composite() {
    return COMPOSITE;
  }

  /**
   * Returns the routine-ledger score (平时考核): 100 − 1.5 per problem, not below zero.
   *
   * @param problems number of problems per source
   * @return the score out of 100
   * @throws InvalidFactsException if a count is negative
   */
  public static Points routineScore(Map<ProblemSource, Integer> problems) {
    requireNonNull(problems, "problems");
    List<Problem> errors = new ArrayList<>();
    long count = 0;
    for (Map.Entry<ProblemSource, Integer> e : problems.entrySet()) {
      int n = requireNonNull(e.getValue(), "count");
      if (n < 0) {
        errors.add(
            new Problem(
                Rules.SC_4, "problem count " + n + " for " + e.getKey().label() + " is negative"));
      }
      count += Math.max(0, n);
    }
    InvalidFactsException.throwIfAny("Routine ledger", errors);
    return Points.of(100).minus(PER_PROBLEM.times(BigDecimal.valueOf(count))).max(Points.ZERO);
  }

  /**
   * Assesses one unit (县区或部门).
   *
   * @param unit the unit
   * @param problems routine-ledger problems per source
   * @param firstHalf the verified first-half self-assessment, out of 100
   * @param secondHalf the verified second-half self-assessment, out of 100
   * @param thirdParty the third-party evaluation, out of 100
   * @return the assessment; {@link Assessment#score()} gives the composite score card
   * @throws InvalidFactsException if a count is negative or a score outside [0, 100]
   */
  public static Assessment assess(
      String unit,
      Map<ProblemSource, Integer> problems,
      Points firstHalf,
      Points secondHalf,
      Points thirdParty) {
    requireNonNull(unit, "unit");
    requireNonNull(firstHalf, "firstHalf");
    requireNonNull(secondHalf, "secondHalf");
    requireNonNull(thirdParty, "thirdParty");
    Points routine = routineScore(problems);
    long count = problems.values().stream().mapToLong(Integer::longValue).sum();
    List<Problem> errors = new ArrayList<>();
    checkRange("first-half self-assessment", firstHalf, errors);
    checkRange("second-half self-assessment", secondHalf, errors);
    checkRange("third-party evaluation", thirdParty, errors);
    InvalidFactsException.throwIfAny("Composite assessment of " + unit, errors);
    Points self = Points.mean(List.of(firstHalf, secondHalf));
    return Assessment.of(COMPOSITE.rubric(), unit)
        .withAward(COMPOSITE.award(ROUTINE, routine, "预置100分，问题" + count + "个×1.5分"))
        .withAward(COMPOSITE.award(SELF, self,
            "两次自我考核（" + firstHalf + "分、" + secondHalf + "分）平均" + self + "分"))
        .withAward(COMPOSITE.award(THIRD_PARTY, thirdParty, "第三方机构评估"));
  }

  private static void checkRange(String what, Points p, List<Problem> errors) {
    if (p.isNegative() || p.compareTo(Points.of(100)) > 0) {
      errors.add(new Problem(Rules.SC_4, what + " " + p + " is outside [0, 100]"));
    }
  }
}
