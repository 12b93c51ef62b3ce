package dev.disclosure.scoring;

import static java.util.Objects.requireNonNull;

import dev.disclosure.calendar.Citation;
import dev.disclosure.calendar.LegalSource;
import dev.disclosure.core.InvalidFactsException;
import dev.disclosure.core.InvalidFactsException.Problem;
import dev.disclosure.core.law.LegalSources;
import dev.disclosure.core.law.Rules;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The annual composite assessment of government-information disclosure (政府信息公开工作年度综合考核,
 * {@code 003}, SC-4), written as data with {@link Rubric#builder}: the routine ledger (平时考核, preset
 * 100, −1.5 per problem from five sources), the mean of the two verified half-year self-assessments
 * (两次自我考核成绩平均值) and the third-party evaluation (第三方机构评估), each out of 100 and weighted
 * 30 % / 40 % / 30 %; graded 优秀（90分以上）、良好（80—90分）、合格（60—80分）、不合格（60分以下）.
 *
 * <p>The bands as written share their ends (80 is in 80—90分 and in 60—80分); they are read from the
 * top ({@link GradeScale.Reading#HIGHEST_REACHED}): 90 is 优秀, 80 良好, 60 合格 (SC-4, CAL-6). The
 * text attaches no consequence to a grade; its 考核结果运用 reports every result to the city's party
 * committee and government (报市委、市政府，抄送市委组织部), and that is the consequence of every grade.
 *
 * <p><b>[convention]</b> 003 is silent on where the ledger's deductions stop: it stops at zero (a
 * ledger preset at 100 is spent down to zero, {@link CapScope#CRITERION}), stated in a finding when
 * reached. Problems found in a county's departments count against the county for the
 * state/provincial inspections (每个问题（县区政府含部门）扣1.5分): record them on the county's
 * assessment with {@link #problem}.
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
      "建立平时考核台账，对每个考核对象预置100分，对监督检查发现的问题，进行扣分考核。"
          + "国务院办公厅和省政府办公厅检查通报的……问题，每个问题（县区政府含部门）扣1.5分。");

  /** How the results are used. */
  public static final Citation RESULTS = Citation.of(SOURCE, "七、考核结果运用",
      "考核结果报市委、市政府，抄送市委组织部。");

  /** Component id of the routine ledger (平时考核). */
  public static final String ROUTINE = "平时考核";

  /** Component id of the self-assessments (自我考核). */
  public static final String SELF = "自我考核";

  /** Component id of the third-party evaluation (第三方评估). */
  public static final String THIRD_PARTY = "第三方评估";

  /** The rule id of recorded scores (self-assessments, third-party evaluation). */
  public static final String SCORE = "得分";

  /** The five sources of routine-ledger problems, each −1.5 per problem; each is a rule id. */
  public enum ProblemSource {
    /** 国务院办公厅和省政府办公厅检查通报的问题 (县区政府含部门). */
    STATE_OR_PROVINCIAL_INSPECTION("国办省办通报", "国务院办公厅和省政府办公厅检查通报的问题（县区政府含部门）"),
    /** 半年检查发现问题未按期整改，或举报事项经调查属实. */
    HALF_YEAR_CHECK_OR_REPORT("半年检查及举报", "半年电话调度、网上检查发现问题未按期整改到位，或受理的举报事项经调查属实"),
    /** 专项督查发现问题未按期整改. */
    SPECIAL_INSPECTION("专项督查", "专项督查中发现的问题未按期整改到位"),
    /** 热点问题和重大政务舆情未及时回应. */
    HOT_ISSUE("舆情回应", "对热点问题和重大政务舆情不能及时回应，造成不良影响"),
    /** 政府网站安全隐患未按期整改. */
    WEBSITE_SECURITY("网站安全", "市公安局检查通报的政府网站安全隐患没有按期整改到位");

    private final String id;
    private final String label;

    ProblemSource(String id, String label) {
      this.id = id;
      this.label = label;
    }

    /** {@return the rule id on the ledger criterion, e.g. {@code 专项督查}} */
    public String id() {
      return id;
    }

    /** {@return the Chinese description of the source} */
    public String label() {
      return label;
    }
  }

  private static final Rubric RUBRIC = define();

  private CompositeAssessment() {}

  private static Rubric define() {
    Consequence reported = Consequence.of(
        Consequence.Kind.RESULT_REPORTED, "考核结果报市委、市政府，抄送市委组织部", RESULTS);
    Rubric.Builder b = Rubric.builder("政府信息公开工作年度综合考核", Points.of(100))
        .rules(Rules.SC_4, Rules.SC_4)
        .citation(WEIGHTS)
        .citation(LEDGER)
        .capWhereSilent(CapScope.CRITERION)
        .section(ROUTINE, "平时考核（权重30%）", Points.of(30))
        .criterion(ROUTINE, "平时考核台账：预置100分，每个问题扣1.5分", Points.of(30))
        .outOf(Points.of(100));
    for (ProblemSource source : ProblemSource.values()) {
      b.rule(ScoringRule.deduct(source.id(), source.label() + "，每个问题扣1.5分", Points.of("1.5"),
          Per.PROBLEM));
    }
    return b.section(SELF, "自我考核（权重40%）", Points.of(40))
        .criterion(SELF, "经核查的两次自我考核成绩平均值", Points.of(40))
        .outOf(Points.of(100))
        .rule(ScoringRule.recordedScore(SCORE, "经核查的自我考核成绩，两次平均"))
        .section(THIRD_PARTY, "第三方评估（权重30%）", Points.of(30))
        .criterion(THIRD_PARTY, "第三方机构评估成绩", Points.of(30))
        .outOf(Points.of(100))
        .rule(ScoringRule.recordedScore(SCORE, "第三方机构评估成绩（多家评估时平均）"))
        .grade(GradeBand.atOrAbove("优秀", Points.of(90), reported))
        .grade(GradeBand.between("良好", Points.of(80), Points.of(90), reported))
        .grade(GradeBand.between("合格", Points.of(60), Points.of(80), reported))
        .grade(GradeBand.atOrBelow("不合格", Points.of(60), reported))
        .gradesRead(GradeScale.Reading.HIGHEST_REACHED, Rounding.NONE)
        .build();
  }

  /** {@return the rubric: ledger 30 %, self-assessments 40 %, third party 30 %, four grades} */
  public static Rubric rubric() {
    return RUBRIC;
  }

  /**
   * Returns problems of one source for the routine ledger (平时考核台账): 1.5 points each, applied by
   * the scorer.
   *
   * @param source the source
   * @param count how many problems, positive
   * @param foundIn where they were found, e.g. a county's department (counted against the county
   *     for {@link ProblemSource#STATE_OR_PROVINCIAL_INSPECTION})
   * @param evidence references to the evidence
   * @return the record for {@link Assessment#with(Occurrence)}
   */
  public static Occurrence problem(
      ProblemSource source, long count, String foundIn, String... evidence) {
    requireNonNull(source, "source");
    requireNonNull(foundIn, "foundIn");
    return Occurrence.count(ROUTINE, source.id(), count, source.label() + "：" + foundIn, evidence);
  }

  /**
   * Assesses one unit (县区或部门) in one call.
   *
   * @param unit the unit
   * @param problems routine-ledger problems per source, each count at least zero
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
    requireNonNull(problems, "problems");
    requireNonNull(firstHalf, "firstHalf");
    requireNonNull(secondHalf, "secondHalf");
    requireNonNull(thirdParty, "thirdParty");
    List<Problem> errors = new ArrayList<>();
    List<Occurrence> records = new ArrayList<>();
    for (Map.Entry<ProblemSource, Integer> e : problems.entrySet()) {
      int n = requireNonNull(e.getValue(), "count");
      if (n < 0) {
        errors.add(new Problem(
            Rules.SC_4, "problem count " + n + " for " + e.getKey().label() + " is negative"));
      } else if (n > 0) {
        records.add(problem(e.getKey(), n, unit));
      }
    }
    InvalidFactsException.throwIfAny("Composite assessment of " + unit, errors);
    records.add(Occurrence.of(SELF, SCORE, firstHalf, "上半年自我考核（经核查）"));
    records.add(Occurrence.of(SELF, SCORE, secondHalf, "下半年自我考核（经核查）"));
    records.add(Occurrence.of(THIRD_PARTY, SCORE, thirdParty, "第三方机构评估"));
    return Assessment.of(RUBRIC, unit, records, List.of());
  }
}
