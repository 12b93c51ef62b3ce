package dev.disclosure.scoring;

import dev.disclosure.calendar.Citation;
import dev.disclosure.calendar.CountingWord;
import dev.disclosure.calendar.LegalSource;
import dev.disclosure.core.law.Rules;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The village-cadre performance rubric, "12+N" (村级干部绩效考核管理办法, {@code 004}, SC-7), written as
 * data with the public {@link Rubric#builder} — every item's own rules as the text states them:
 *
 * <ul>
 *   <li>items 1, 2, 4, 8, 9, 10 and 13 say 扣完为止: their deductions stop at the item;
 *   <li>items 3, 6, 7 and 11 are silent <b>[convention: deductions apply in full and only the total
 *       stops at zero ({@link CapScope#RUBRIC}), stated in a finding when an item goes below zero]</b>;
 *   <li>item 5 earns 0.15 points per percentage point of the tobacco task (66 % → 9.9), with money to
 *       the village per jin sold (每交售1斤，奖励到村0.1元); item 12 earns by the percentage of the
 *       financing task (5 × rate);
 *   <li>item 6: −3 once if the meetings, plan and ledger are not done by 20 March, −0.5 per percentage
 *       point short of 60 % by 30 March, −0.3 per point short of 90 % by 15 April;
 *   <li>item 7 deducts from the person concerned (扣当事人), not the village;
 *   <li>item 11 has three one-off deductions of 1 point;
 *   <li>attendance (考勤管理) fines the cadres' allowance 50 yuan per unexcused absence or day away,
 *       in the money ledger, not in points.
 * </ul>
 *
 * <p>Checked every month, notified every quarter, totalled and ranked at year end (每月一考核、季度一通报、
 * 年终一总评): {@link Assessment#scoreEach}({@link Cycle#QUARTER}, year) gives the notices and {@link
 * Assessment#scoreYear} the year, <b>[convention: the findings of the year pooled, each item's cap
 * applying to the year]</b>. The text grades by ranking only: the scale is a single band 年终总评. The
 * year-end {@link #PRIZES}: 一、二、三等奖 3000/2000/1000 yuan, one each, dense ranking <b>[convention:
 * a tie at the top still leaves a second prize]</b>, ties listed as given, and an admonishment talk
 * (诫勉谈话) for the last place at 80分以下 (CAL-6: 80 included).
 */
public final class VillageCadres {

  /** The source text's title. */
  public static final LegalSource SOURCE = LegalSource.of("《村级干部绩效考核管理》（来源文件004）",
      "Source document 004: performance assessment of village cadres");

  /** The provision on the cycle, prizes and the talk. */
  public static final Citation RULE = Citation.of(SOURCE, "4.绩效考核管理奖惩办法",
      "责任制考核实行每月一考核、季度一通报、年终一总评制度；年终根据考核得分进行综合排名，设置一、二、三等奖，"
          + "分别奖：3000元，2000元，1000元；考核倒数第一名且得分在80分以下的，实行诫勉谈话，深刻剖析。");

  /** The provision on the items and their deductions. */
  public static final Citation ITEMS = Citation.of(SOURCE, "2.各项工作责任及扣分事项",
      "村级各项工作采取12+N的形式……各项工作责任及扣分事项（1）至（13）。");

  /** The provision on attendance. */
  public static final Citation ATTENDANCE = Citation.of(SOURCE, "3.考勤管理办法",
      "不经批准缺席一次扣发工资补贴50元……未经请假擅自离开的，经查实后每天扣发工资补贴50元。");

  /** The single band of the year-end total [convention]. */
  public static final String ANNUAL_REVIEW = "年终总评";

  /** The year-end prizes and the talk. */
  public static final PrizeSchedule PRIZES = PrizeSchedule.builder(Rules.SC_7, RULE)
      .prize("一等奖", BigDecimal.valueOf(3000), 1)
      .prize("二等奖", BigDecimal.valueOf(2000), 1)
      .prize("三等奖", BigDecimal.valueOf(1000), 1)
      .method(Ranking.Method.DENSE)
      .tieOrder(Ranking.TieOrder.AS_LISTED)
      .lastPlace(Points.of(80), CountingWord.AT_OR_BELOW,
          Consequence.of(Consequence.Kind.ADMONISHMENT_TALK, "实行诫勉谈话，深刻剖析", RULE))
      .build();

  private static final Rubric RUBRIC = define();

  private VillageCadres() {}

  private static Points p(String value) {
    return Points.of(value);
  }

  private static Rubric define() {
    return Rubric.builder("村级干部绩效考核（12+N）", Points.of(100))
        .rules(Rules.SC_7, Rules.SC_7)
        .citation(ITEMS)
        .citation(RULE)
        .schedule(new Schedule(Cycle.MONTH, Cycle.QUARTER, Cycle.YEAR, Schedule.Aggregation.POOLED))
        .capWhereSilent(CapScope.RUBRIC)
        .section("1", "村级各项工作", Points.of(100))
        .criterion("1", "党建工作", Points.of(5))
        .rule(ScoringRule.deduct("缺少", "开会要有会议记录，公开事项要有具体内容上墙，缺少1次，扣0.5分", p("0.5"), Per.TIME))
        .cap(CapScope.CRITERION)
        .criterion("2", "计划生育", Points.of(3))
        .rule(ScoringRule.deduct("报表", "不按时报表或报表出现错误每次扣0.5分", p("0.5"), Per.TIME))
        .rule(ScoringRule.deduct("瞒报", "故意瞒报出生人口扣1分", p("1"), Per.CASE))
        .rule(ScoringRule.deduct("上户证明", "为没有经过计生部门处理的违规生育对象出具上户证明的，发现一次扣1分", p("1"), Per.TIME))
        .cap(CapScope.CRITERION)
        .criterion("3", "安全工作", Points.of(5))
        .rule(ScoringRule.deduct("事故", "每出现一起安全事故的，扣1分", p("1"), Per.CASE))
        .rule(ScoringRule.deduct("重大事故", "因失职渎职出现重大安全事故的，每次扣2分", p("2"), Per.TIME))
        .criterion("4", "调解", Points.of(5))
        .rule(ScoringRule.deduct("激化上交", "因矛盾调解不及时，导致矛盾激化上交，每次扣1分", p("1"), Per.TIME))
        .rule(ScoringRule.deduct("越级上访", "到市及以上越级上访的，扣2分", p("2"), Per.CASE))
        .rule(ScoringRule.deduct("排查报送", "不按时报送矛盾纠纷排查情况或排查不到位扣1分", p("1"), Per.TIME))
        .cap(CapScope.CRITERION)
        .criterion("5", "烟叶发展", Points.of(15))
        .rule(ScoringRule.earnPerPoint("完成率", "按照政府下达的任务每完成1个百分点得0.15分", p("0.15")))
        .rule(ScoringRule.reward("交售奖励", "每交售1斤，奖励到村0.1元", new BigDecimal("0.1"),
            new Per("斤", "jin", true)))
        .rule(ScoringRule.reward("超额奖励", "超额完成任务的，按交售数每斤0.15元奖励到村", new BigDecimal("0.15"),
            new Per("斤", "jin", true)))
        .criterion("6", "村道硬化集资收取", Points.of(20))
        .rule(ScoringRule.once("会议台账", "3月20日前召开完村民代表及各社群众会，拟定好方案，建好规范的集资收取台账；未完成的扣3分", p("3")))
        .rule(ScoringRule.shortOf("3月30日", "3月30日前完成本村应集资的60%，每差一个百分点扣0.5分", Points.of(60), p("0.5")))
        .rule(ScoringRule.shortOf("4月15日", "4月15日前完成全部集资的90%，每下差一个百分点，扣0.3分", Points.of(90), p("0.3")))
        .criterion("7", "党风廉政建设", Points.of(5))
        .rule(ScoringRule.deductFromPerson("办事不公", "干部办事不公、优亲厚友、为难群众的，发现一次，扣当事人1分", p("1"), Per.TIME))
        .rule(ScoringRule.deductFromPerson("情节严重", "情节严重，影响恶劣，构成违纪违法的，扣2分", p("2"), Per.TIME))
        .criterion("8", "社会保障", Points.of(5))
        .rule(ScoringRule.deduct("新农合", "新农合收缴低于规定比例1个百分点，扣0.1分", p("0.1"), Per.PERCENTAGE_POINT))
        .rule(ScoringRule.deduct("优亲厚友", "低保、五保、救灾救济报批不讲程序，优亲厚友，发现一人，扣1分", p("1"), Per.PERSON))
        .rule(ScoringRule.deduct("新农保", "新农保参保比例低于规定比例1个百分点，扣0.1分", p("0.1"), Per.PERCENTAGE_POINT))
        .cap(CapScope.CRITERION)
        .criterion("9", "统计报表", Points.of(2))
        .rule(ScoringRule.deduct("报表", "每差一次报表，或不按规定报送，每次扣0.5分", p("0.5"), Per.TIME))
        .cap(CapScope.CRITERION)
        .criterion("10", "村镇建设及资源管理", Points.of(10))
        .rule(ScoringRule.deduct("违规", "违规建房、林业资源破坏不及时制止并报告的，发现一起，扣1分", p("1"), Per.CASE))
        .cap(CapScope.CRITERION)
        .criterion("11", "产业发展及扶贫工作", Points.of(10))
        .rule(ScoringRule.once("无规划", "发展思路不清，无规划扣1分", p("1")))
        .rule(ScoringRule.once("无大户", "种养殖大户为零的扣1分", p("1")))
        .rule(ScoringRule.once("扶贫无起色", "扶贫工作无起色、群众意见大的，扣1分", p("1")))
        .criterion("12", "融资化债务工作", Points.of(5))
        .rule(ScoringRule.earnPerPoint("完成率", "按照完成任务百分比得分", p("0.05")))
        .criterion("13", "临时重点工作", Points.of(10))
        .rule(ScoringRule.deduct("拒不执行", "拒不执行的，扣2分", p("2"), Per.TIME))
        .cap(CapScope.CRITERION)
        .section("考勤", "考勤管理（扣发工资补贴，不计分）", Points.ZERO)
        .criterion("考勤", "会议签到与请销假", Points.ZERO)
        .rule(ScoringRule.fine("缺席", "不经批准缺席一次扣发工资补贴50元", BigDecimal.valueOf(50), Per.TIME))
        .rule(ScoringRule.fine("擅离", "未经请假擅自离开的，经查实后每天扣发工资补贴50元", BigDecimal.valueOf(50), Per.DAY))
        .citation(ATTENDANCE)
        .grade(new GradeBand(ANNUAL_REVIEW, Optional.empty(), Optional.empty(), List.of()))
        .build();
  }

  /** {@return the rubric: thirteen items 5+3+5+5+15+20+5+5+2+10+10+5+10 = 100, and attendance} */
  public static Rubric rubric() {
    return RUBRIC;
  }

  /**
   * Ranks the villages' year-end cards and gives prizes and admonishment talks ({@link #PRIZES}).
   *
   * @param cards one complete year-end card per village, in the official order of the villages
   * @return the standings, best first
   * @throws IllegalArgumentException if a village appears twice or a card is incomplete
   */
  public static List<PrizeSchedule.Standing> yearEnd(List<ScoreCard> cards) {
    return PRIZES.award(cards);
  }
}
