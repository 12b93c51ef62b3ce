package dev.disclosure.scoring;

import static java.util.Objects.requireNonNull;

import dev.disclosure.calendar.Citation;
import dev.disclosure.calendar.CountingWord;
import dev.disclosure.calendar.LegalSource;
import dev.disclosure.core.InvalidFactsException;
import dev.disclosure.core.law.Rules;
import java.time.Month;
import java.util.List;

/**
 * The demonstration-site rubric (政务公开示范点建设考评办法, SC-1, SC-2): six sections, 100 points,
 * three grades, evaluated every November (每年11月).
 *
 * <p>Criterion ids are {@code section.item}, e.g. {@code 2.4} for 依申请公开的事项办结率达到95%以上.
 * Sections 一 to 五 are scored by the assessor's own deductions (按相应考核内容扣分, rule {@value
 * Criterion#JUDGED}), except 2.4, which reads the completion rate (rule {@value #COMPLETION_RATE},
 * a {@link RequestMetrics} rate: 95%以上 earns 4, less earns 0 <b>[convention: the text gives no
 * partial scale]</b>); section 六 (公开效果) is scored from a questionnaire (rule {@value
 * #QUESTIONNAIRE}, {@link Assessment#withSurvey}). The rate and both questionnaires are required: a
 * card without them is incomplete.
 *
 * <p><b>Where deductions stop.</b> 第四条 says "第（一）至（五）项凡没有达到标准的，按相应考核内容扣分，直至扣完
 * 该项得分；第六项按调查问卷计分": in that sentence 项 names the six sections (第（一）至（五）项, 第六项),
 * while criteria are numbered 1、2、3 without 项. The built-in rubric therefore stops deductions at
 * the section ({@link CapScope#SECTION}): a criterion's deductions beyond its own points are carried
 * to the other criteria of its section, and the section stops at zero. The criterion reading
 * ({@link CapScope#CRITERION}, as the rules catalog's SC-1 puts it) is one call away: {@link
 * #rubric(CapScope, GradeScale.Reading, Rounding)}.
 *
 * <p><b>Grades.</b> 第五条 writes 85分以上 / 70分—84分 / 69分以下, leaving totals such as 84.5 between
 * bands. The built-in scale reads the exact total from the top ({@link
 * GradeScale.Reading#HIGHEST_REACHED}, the SC-2 convention: {@code [85, 100]} 合格, {@code [70, 85)}
 * 基本合格, {@code [0, 70)} 不合格); rounding first is one call away.
 */
public final class DemonstrationSite {

  /** The source text's title. */
  public static final LegalSource SOURCE =
      LegalSource.of(
          "《政务公开示范点建设考评办法》（来源文件001）",
          "Source document 001: measures for evaluating demonstration sites of open government affairs");

  /** 第四条: the hundred-point standard and 扣完为止. */
  public static final Citation SCORING = Citation.of(SOURCE, "第四条",
      "政务公开示范点建设考评实行百分制量化标准；第（一）至（五）项凡没有达到标准的，按相应考核内容扣分，"
          + "直至扣完该项得分；第六项按调查问卷计分。");

  /** 第五条: the three grades. */
  public static final Citation GRADES = Citation.of(SOURCE, "第五条",
      "考核结果分为合格、基本合格和不合格3个等次。85分以上为合格，70分—84分为基本合格，69分以下为不合格。");

  /** 第六条: November evaluation and consequences per grade. */
  public static final Citation CONSEQUENCES = Citation.of(SOURCE, "第六条",
      "每年11月对政务公开示范点建设情况进行考评。被评为合格等次的，由本级政府通报表彰；被评为基本合格等次的，"
          + "责令其整改；被评为不合格等次的，取消其示范点资格，并向社会公布。");

  /** 第七条: formalism or fraud with bad effect. */
  public static final Citation FRAUD = Citation.of(SOURCE, "第七条",
      "对在政务公开示范点建设过程中推动工作不力、搞形式主义，甚至敷衍塞责、弄虚作假，造成恶劣影响的，"
          + "取消其政务公开示范点资格，并依照有关规定追究单位主要负责人和直接责任人的纪律责任。");

  /** 第九条: lower levels may issue their own detailed rules. */
  public static final Citation LOCAL_RULES = Citation.of(SOURCE, "第九条",
      "各市、镇可依照本办法制定本级政务公开示范点建设考评实施细则。");

  /** The month of the annual evaluation (每年11月). */
  public static final Month EVALUATION_MONTH = Month.NOVEMBER;

  /** The rule id of item 2.4's completion rate. */
  public static final String COMPLETION_RATE = "办结率";

  /** The rule id of section 六's questionnaires. */
  public static final String QUESTIONNAIRE = "问卷";

  /** The grade 合格. */
  public static final String PASS = "合格";

  /** The grade 基本合格. */
  public static final String BASIC_PASS = "基本合格";

  /** The grade 不合格. */
  public static final String FAIL = "不合格";

  private static final Rubric RUBRIC =
      rubric(CapScope.SECTION, GradeScale.Reading.HIGHEST_REACHED, Rounding.NONE);

  private DemonstrationSite() {}

  /**
   * Returns the rubric as built in: deductions stop at the section, grades read from the top on the
   * exact total (see the class description for why).
   *
   * @return the rubric
   */
  public static Rubric rubric() {
    return RUBRIC;
  }

  /**
   * Returns the rubric with another reading of 第四条 and 第五条: where deductions stop, and how a
   * total between or in two bands is graded (e.g. {@code Rounding.halfUp(0)} then {@link
   * GradeScale.Reading#LITERAL}: 84.5 → 85 → 合格).
   *
   * @param cap where deductions stop in sections 一 to 五
   * @param reading how totals are read against 85分以上 / 70分—84分 / 69分以下
   * @param rounding how the exact total is rounded before it is read
   * @return the rubric
   * @throws InvalidFactsException if the reading leaves a total without a grade or gives it two
   *     (e.g. a literal reading without rounding to whole points)
   */
  public static Rubric rubric(CapScope cap, GradeScale.Reading reading, Rounding rounding) {
    requireNonNull(cap, "cap");
    requireNonNull(reading, "reading");
    requireNonNull(rounding, "rounding");
    return define(cap, reading, rounding);
  }

  /**
   * Returns the finding of formalism, perfunctoriness or fraud with bad effect (第七条): status
   * revoked whatever the score and the people responsible held to account. It does not pass
   * through the grade 不合格, whose own consequence (向社会公布) 第七条 does not attach.
   *
   * @param finding what was found
   * @param evidence references to the evidence
   * @return the finding, imposing no grade
   */
  public static GradeOverride fraudWithBadEffect(String finding, String... evidence) {
    return GradeOverride.status(finding, FRAUD, List.of(
        Consequence.of(Consequence.Kind.STATUS_REVOKED, "取消其政务公开示范点资格", FRAUD),
        Consequence.of(Consequence.Kind.DISCIPLINE, "依照有关规定追究单位主要负责人和直接责任人的纪律责任", FRAUD)),
        evidence);
  }

  private static Rubric define(CapScope cap, GradeScale.Reading reading, Rounding rounding) {
    Rubric.Builder b = Rubric.builder("政务公开示范点建设考评", Points.of(100))
        .rules(Rules.SC_1, Rules.SC_2)
        .citation(SCORING)
        .citation(GRADES)
        .citation(CONSEQUENCES)
        .section("一", "组织领导", Points.of(20))
        .criterion("1.1", "政府重视，措施得力，及时研究解决问题。", Points.of(4))
        .cap(cap)
        .criterion("1.2", "领导及工作专班落实，政务公开工作领导体制和工作机制健全，工作运转顺畅。", Points.of(4))
        .cap(cap)
        .criterion("1.3", "建立了分工协作、各负其责的工作责任制并认真落实。", Points.of(3))
        .cap(cap)
        .criterion("1.4", "政务公开示范点建设方案全面、具体、明确、具有较强的可操作性。", Points.of(3))
        .cap(cap)
        .criterion("1.5", "有计划、有步骤地进行安排部署，并进行经常性地督促检查。", Points.of(3))
        .cap(cap)
        .criterion("1.6", "工作总结、信息反馈及时、真实。", Points.of(3))
        .cap(cap)
        .section("二", "公开内容", Points.of(16))
        .criterion("2.1", "公开目录科学、详细、清晰。", Points.of(4))
        .cap(cap)
        .criterion("2.2", "内容全面、真实。主要包括以下十个方面：法定公开事项、行政决策事项、行政执行事项、"
            + "重要人事事项、财政管理事项、行政执法事项、行政服务事项、行政监督事项、突发应急事项、"
            + "勤政廉政事项等。", Points.of(4))
        .cap(cap)
        .criterion("2.3", "及时有效，群众满意。", Points.of(4))
        .cap(cap)
        .criterion("2.4", "依申请公开的事项办结率达到95%以上。", Points.of(4))
        .rule(ScoringRule.threshold(COMPLETION_RATE, "依申请公开的事项办结率达到95%以上", Points.of(95),
            CountingWord.AT_OR_ABOVE, Points.of(4), Points.ZERO))
        .cap(cap)
        .section("三", "公开程序", Points.of(16))
        .criterion("3.1", "严格拟定方案、确定公开事项和公开形式、审查、公开、反馈、建档等程序进行主动公开。",
            Points.of(6))
        .cap(cap)
        .criterion("3.2", "严格按申请、受理、公开、反馈、建档等程序进行依申请公开，并按照申请人的要求和有关规定"
            + "给予书面答复或提供服务。", Points.of(5))
        .cap(cap)
        .criterion("3.3", "认真开展行政审批电子监察，规范行政审批流程管理。", Points.of(5))
        .cap(cap)
        .section("四", "公开制度", Points.of(16))
        .criterion("4.1", "建立了预审制度。政务公开主管部门对公开事项的提出和确定，进行了严格的预审。",
            Points.of(2))
        .cap(cap)
        .criterion("4.2", "建立了听证制度。凡是涉及人民群众切身利益的重大改革事项，均按照法律法规的规定和要求"
            + "举行了听证。", Points.of(2))
        .cap(cap)
        .criterion("4.3", "建立了告示制度。在办理与人民群众利益密切相关的重要事项，或需要人民群众配合和支持的"
            + "事项实施以前，向社会进行明确告示。", Points.of(2))
        .cap(cap)
        .criterion("4.4", "建立了评议制度。积极采取走出去、请进来的办法，组织人民群众对政务公开的内容是否真实、"
            + "准确、全面，时间是否及时，程序是否符合规定，制度是否落实到位等进行认真评议。", Points.of(2))
        .cap(cap)
        .criterion("4.5", "建立了投诉制度。对群众的投诉做到事事有回音、件件有着落。", Points.of(2))
        .cap(cap)
        .criterion("4.6", "建立了责任追究制度。对推动工作不力，该公开的不公开，或弄虚作假、欺上瞒下、侵犯群众"
            + "民主权利、损害群众合法利益，造成严重后果的，进行了严肃查处。", Points.of(2))
        .cap(cap)
        .criterion("4.7", "注重新情况、新问题的研究，在制度创新方面有新的突破。", Points.of(2))
        .cap(cap)
        .criterion("4.8", "各项制度落实和执行情况较好。", Points.of(2))
        .cap(cap)
        .section("五", "公开形式", Points.of(16))
        .criterion("5.1", "政务办事大厅（行政服务中心）、办事窗口和办事指南。", Points.of(4))
        .cap(cap)
        .criterion("5.2", "电子政务中心、部门网站（政府门户网站）。", Points.of(6))
        .cap(cap)
        .criterion("5.3", "政府公报、文件查阅中心、新闻发布会、新闻媒体。", Points.of(3))
        .cap(cap)
        .criterion("5.4", "其他形式。政务公开栏、电子触摸屏或显示屏、指定政府信息公共查阅点、社会听证会、"
            + "专家咨询会、可行性论证会、邀请人民群众旁听政府有关会议等。", Points.of(3))
        .cap(cap)
        .section("六", "公开效果", Points.of(16))
        .criterion("6.1", "较好地落实了人民群众的知情权、参与权和监督权，切实保障了人民群众的民主权利。",
            Points.of(8))
        .rule(ScoringRule.survey(QUESTIONNAIRE, "第六项按调查问卷计分"))
        .criterion("6.2", "政府工作的透明度不断提高，政府与群众沟通的渠道更加畅通，干群关系融洽，社会稳定和谐，"
            + "群众对政府及各部门的工作评价满意。", Points.of(8))
        .rule(ScoringRule.survey(QUESTIONNAIRE, "第六项按调查问卷计分"))
        .grade(GradeBand.atOrAbove(PASS, Points.of(85),
            Consequence.of(Consequence.Kind.COMMENDATION, "由本级政府通报表彰", CONSEQUENCES)))
        .grade(GradeBand.between(BASIC_PASS, Points.of(70), Points.of(84),
            Consequence.of(Consequence.Kind.RECTIFICATION, "责令其整改", CONSEQUENCES)))
        .grade(GradeBand.atOrBelow(FAIL, Points.of(69),
            Consequence.of(Consequence.Kind.STATUS_REVOKED, "取消其示范点资格", CONSEQUENCES),
            Consequence.of(Consequence.Kind.PUBLICATION, "向社会公布", CONSEQUENCES)))
        .gradesRead(reading, rounding);
    return b.build();
  }
}
