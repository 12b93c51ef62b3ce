package dev.disclosure.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.disclosure.calendar.CountingWord;
import dev.disclosure.calendar.FindingKind;
import dev.disclosure.calendar.Language;
import dev.disclosure.core.InvalidFactsException;
import dev.disclosure.core.law.Rules;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("SC-7, SC-9: the village-cadre 12+N rubric (004) as data")
class VillageCadresTest {

  private static final LocalDate JAN = LocalDate.of(2026, 1, 15);
  private static final LocalDate MAR = LocalDate.of(2026, 3, 31);
  private static final LocalDate MAY = LocalDate.of(2026, 5, 10);
  private static final LocalDate DEC = LocalDate.of(2026, 12, 20);

  private static Occurrence at(LocalDate day, String criterion, String rule, String quantity,
      String reason) {
    return Occurrence.of(criterion, rule, Points.of(quantity), reason, "督查记录").on(day);
  }

  /** Village A's year, every figure hand-computed in {@link #villageA}. */
  static Assessment villageA(Rubric rubric) {
    return Assessment.of(rubric, "1村")
        .with(at(JAN, "1", "缺少", "1", "一季度党员大会无记录"))
        .with(at(MAY, "1", "缺少", "2", "财务公开未上墙"))
        .with(at(MAY, "2", "报表", "8", "报表错误"))
        .with(at(MAY, "3", "事故", "2", "交通事故"))
        .with(at(MAY, "3", "重大事故", "2", "失职引发火灾"))
        .with(at(MAR, "5", "完成率", "30", "一季度交售进度"))
        .with(at(DEC, "5", "完成率", "66", "全年任务完成66%"))
        .with(at(DEC, "5", "交售奖励", "12000", "交售烟叶12000斤"))
        .with(at(MAR, "6", "会议台账", "1", "3月20日前未建台账"))
        .with(at(MAR, "6", "会议台账", "1", "复查仍未建台账"))
        .with(at(MAR, "6", "3月30日", "50", "集资完成50%"))
        .with(at(LocalDate.of(2026, 4, 15), "6", "4月15日", "85", "集资完成85%"))
        .with(at(MAY, "7", "办事不公", "1", "低保评议优亲厚友").concerning("李某"))
        .with(at(MAY, "7", "情节严重", "1", "影响恶劣").concerning("李某"))
        .with(at(MAY, "8", "新农合", "2.5", "新农合收缴低于规定比例2.5个百分点"))
        .with(at(MAY, "11", "无规划", "1", "无产业规划"))
        .with(at(DEC, "11", "无规划", "1", "年底仍无规划"))
        .with(at(DEC, "11", "无大户", "1", "种养殖大户为零"))
        .with(at(DEC, "12", "完成率", "80", "融资任务完成80%"))
        .with(at(JAN, "考勤", "缺席", "2", "两次会议无故缺席"));
  }

  /** A village with full rates and {@code accidents} under silent item 3: 100 − accidents. */
  static ScoreCard village(String name, int violations) {
    Assessment a = Assessment.of(VillageCadres.rubric(), name)
        .withCount("5", "完成率", 100, "完成全年任务")
        .withCount("12", "完成率", 100, "完成融资任务");
    if (violations > 0) {
      a = a.withCount("3", "事故", violations, "安全事故");
    }
    return a.score();
  }

  @Test
  @DisplayName("SC-7: thirteen items 5+3+5+5+15+20+5+5+2+10+10+5+10 = 100, each with the rules 004 "
      + "states; only items 1, 2, 4, 8, 9, 10 and 13 stop at zero by the text")
  void structure() {
    Rubric r = VillageCadres.rubric();
    assertThat(r.sections().get(0).criteria()).extracting(Criterion::maximum)
        .extracting(Points::toString)
        .containsExactly("5", "3", "5", "5", "15", "20", "5", "5", "2", "10", "10", "5", "10");
    assertThat(r.sections().get(0).criteria()).filteredOn(c -> c.cap().isPresent())
        .extracting(Criterion::id).containsExactly("1", "2", "4", "8", "9", "10", "13");
    assertThat(r.criterion("11").orElseThrow().rules()).hasSize(3)
        .allMatch(rule -> rule instanceof ScoringRule.Once);
    assertThat(r.criterion("7").orElseThrow().rules())
        .allMatch(rule -> rule.role() == ScoringRule.Role.PERSON);
    assertThat(r.schedule().checks()).isEqualTo(Cycle.MONTH);
    assertThat(r.schedule().notices()).isEqualTo(Cycle.QUARTER);
  }

  @Test
  @DisplayName("SC-7: a hand-computed year — item 5 at 66 % earns 9.9; item 2 stops at zero; "
      + "silent item 3 goes to −1 [convention]; item 6 −3 once, −5 and −1.5; item 7 against the "
      + "person; item 11 one-off; money apart — total 71.65")
  void villageA() {
    ScoreCard card = villageA(VillageCadres.rubric()).scoreYear(2026);
    assertThat(card.isComplete()).isTrue();
    assertThat(card.criterion("1").score()).isEqualTo(Points.of("3.5"));
    assertThat(card.criterion("2").score()).isEqualTo(Points.ZERO);
    assertThat(card.criterion("2").deductionsRequested()).isEqualTo(Points.of(4));
    assertThat(card.criterion("3").score()).isEqualTo(Points.of(-1));
    assertThat(card.criterion("5").score()).isEqualTo(Points.of("9.9"));
    assertThat(card.criterion("6").score()).isEqualTo(Points.of("10.5"));
    assertThat(card.criterion("7").score()).isEqualTo(Points.of(5));
    assertThat(card.criterion("8").score()).isEqualTo(Points.of("4.75"));
    assertThat(card.criterion("11").score()).isEqualTo(Points.of(8));
    assertThat(card.criterion("12").score()).isEqualTo(Points.of(4));
    assertThat(card.total()).isEqualTo(Points.of("71.65"));
    assertThat(card.grade()).isEqualTo(VillageCadres.ANNUAL_REVIEW);
    assertThat(card.persons()).singleElement().satisfies(p -> {
      assertThat(p.person()).isEqualTo("李某");
      assertThat(p.points()).isEqualTo(Points.of(3));
    });
    assertThat(card.money()).extracting(ScoreCard.MoneyLine::yuan)
        .containsExactly(new BigDecimal("1200.0"), new BigDecimal("-100"));
    assertThat(card.findings()).filteredOn(f -> f.kind() == FindingKind.CONVENTION).hasSize(1);
    String text = Language.CHINESE.render(card.findings());
    assertThat(text)
        .contains("5 按照政府下达的任务每完成1个百分点得0.15分：全年任务完成66%，完成率66%，每个百分点得0.15分，得9.9分")
        .contains("记录2次，一次性扣分，只扣3分")
        .contains("完成率50%，目标60%，差10个百分点，每个百分点扣0.5分，扣5分")
        .contains("扣当事人李某 1分（不计入单位得分）")
        .contains("3 扣分6分超过该项所得5分，超出部分以总分为限扣减（原文未写明扣完为止的范围，约定以总分为限）")
        .contains("扣发100元（不计入得分）");
    assertThat(EnglishText.checked(card.explain(Language.ENGLISH))).contains("9.9 points");
  }

  @Test
  @DisplayName("SC-7, SC-9: a rule the item does not have is refused — item 11 takes its three "
      + "one-off deductions and no fourth; a person deduction names the person")
  void refusals() {
    Assessment a = Assessment.of(VillageCadres.rubric(), "1村");
    assertThatThrownBy(() -> a.withCount("11", "其他", 1, "另扣一分"))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("criterion 11 has no rule 其他 (its rules: [无规划, 无大户, 扶贫无起色])");
    assertThatThrownBy(() -> a.withCount("7", "办事不公", 1, "优亲厚友"))
        .hasMessageContaining("names the person");
    assertThatThrownBy(() -> a.with(Occurrence.of("1", "缺少", Points.of("1.5"), "半次")))
        .hasMessageContaining("must be whole");
    assertThatThrownBy(() -> a.withDeduction("1", Points.of(1), "自由扣分"))
        .hasMessageContaining("has no rule 扣分");
    assertThat(a.occurrences()).isEmpty();
  }

  @Test
  @DisplayName("SC-7: monthly checks, quarterly notices, the year pooled — each quarter's card holds "
      + "its own findings; the year takes the latest rate")
  void periods() {
    Assessment a = villageA(VillageCadres.rubric());
    List<ScoreCard> quarters = a.scoreEach(Cycle.QUARTER, 2026);
    assertThat(quarters).hasSize(4);
    ScoreCard q1 = quarters.get(0);
    assertThat(q1.period().orElseThrow().first()).isEqualTo(LocalDate.of(2026, 1, 1));
    assertThat(q1.criterion("1").score()).isEqualTo(Points.of("4.5"));
    assertThat(q1.criterion("5").score()).isEqualTo(Points.of("4.5"));
    assertThat(q1.isComplete()).as("item 12's rate is recorded in December only").isFalse();
    assertThat(quarters.get(1).criterion("1").score()).isEqualTo(Points.of(4));
    assertThat(a.scoreEach(Cycle.MONTH, 2026)).hasSize(12);
    assertThat(a.scoreYear(2026)).isEqualTo(a.scoreIn(Cycle.YEAR.periods(2026).get(0)));
    assertThat(a.scoreYear(2025).criterion("1").score()).isEqualTo(Points.of(5));
  }

  @Test
  @DisplayName("SC-7, CAL-6: prizes 3000/2000/1000 by dense rank — a tie at the top shares the "
      + "first prize and still leaves a second [convention]; last place at 80 or below gets the talk")
  void prizes() {
    List<PrizeSchedule.Standing> s = VillageCadres.yearEnd(List.of(
        village("3村", 0), village("1村", 0), village("2村", 5), village("4村", 20),
        village("5村", 21)));
    assertThat(s).extracting(x -> x.place().unit()).containsExactly("3村", "1村", "2村", "4村", "5村");
    assertThat(s).extracting(x -> x.prize().map(PrizeSchedule.Prize::name).orElse("-"))
        .containsExactly("一等奖", "一等奖", "二等奖", "三等奖", "-");
    assertThat(s.get(0).findings().get(0).kind()).isEqualTo(FindingKind.CONVENTION);
    assertThat(s.get(4).consequences()).extracting(Consequence::kind)
        .containsExactly(Consequence.Kind.ADMONISHMENT_TALK);
    assertThat(s.get(3).consequences()).extracting(Consequence::kind)
        .containsExactly(Consequence.Kind.PRIZE);
    List<PrizeSchedule.Standing> at80 = VillageCadres.yearEnd(List.of(village("甲", 0), village("乙", 20)));
    assertThat(at80.get(1).consequences()).extracting(Consequence::wording)
        .containsExactly("二等奖2000元", "实行诫勉谈话，深刻剖析");
    List<PrizeSchedule.Standing> at81 = VillageCadres.yearEnd(List.of(village("甲", 0), village("乙", 19)));
    assertThat(at81.get(1).consequences()).extracting(Consequence::kind)
        .containsExactly(Consequence.Kind.PRIZE);
    assertThat(Language.CHINESE.render(at80.get(1).findings())).contains("乙 第2名（80分）：倒数第一名且得分80分以下，实行诫勉谈话");
  }

  @Test
  @DisplayName("SC-7: every village tied — all share the first prize and nobody is last "
      + "[convention]; competition ranking and ties by name are a schedule away")
  void ties() {
    List<PrizeSchedule.Standing> all = VillageCadres.yearEnd(List.of(
        village("乙", 25), village("甲", 25), village("丙", 25)));
    assertThat(all).extracting(x -> x.place().unit()).containsExactly("乙", "甲", "丙");
    assertThat(all).allSatisfy(x -> {
      assertThat(x.place().statement()).isEqualTo("并列第1名");
      assertThat(x.consequences()).extracting(Consequence::kind).containsExactly(Consequence.Kind.PRIZE);
    });
    PrizeSchedule competition = PrizeSchedule.builder(Rules.SC_7, VillageCadres.RULE)
        .prize("一等奖", BigDecimal.valueOf(3000), 1).prize("二等奖", BigDecimal.valueOf(2000), 1)
        .prize("三等奖", BigDecimal.valueOf(1000), 1)
        .method(Ranking.Method.COMPETITION).tieOrder(Ranking.TieOrder.BY_NAME)
        .lastPlace(Points.of(80), CountingWord.LESS_THAN,
            Consequence.of(Consequence.Kind.ADMONISHMENT_TALK, "约谈", VillageCadres.RULE))
        .build();
    List<PrizeSchedule.Standing> c = competition.award(List.of(
        village("乙", 0), village("甲", 0), village("丙", 1), village("丁", 20)));
    assertThat(c).extracting(x -> x.place().unit()).containsExactly("乙", "甲", "丙", "丁")
        .as("BY_NAME orders by code point: 乙 U+4E59 before 甲 U+7532");
    assertThat(c).extracting(x -> x.prize().map(PrizeSchedule.Prize::name).orElse("-"))
        .containsExactly("一等奖", "一等奖", "三等奖", "-");
    assertThat(c.get(3).consequences()).as("不满80分 excludes 80").isEmpty();
    assertThat(Ranking.of(List.of(village("甲", 0), village("乙", 1), village("丙", 1), village("丁", 3)),
            Ranking.Method.DENSE, Ranking.TieOrder.AS_LISTED))
        .extracting(Ranking.Place::rank).containsExactly(1, 2, 2, 3);
  }

  @Test
  @DisplayName("SC-9: seed 004 written from scratch with the public API equals the built-in rubric "
      + "and scores the same cards")
  void fromScratch() {
    Rubric county = countyWrites004();
    assertThat(county).isEqualTo(VillageCadres.rubric());
    assertThat(villageA(county).scoreYear(2026).findings())
        .isEqualTo(villageA(VillageCadres.rubric()).scoreYear(2026).findings());
    assertThat(villageA(county).scoreYear(2026).total()).isEqualTo(Points.of("71.65"));
  }

  /** What a county types, reading 004: no library class but the public builder and rule kinds. */
  static Rubric countyWrites004() {
    Per jin = new Per("斤", "jin", true);
    return Rubric.builder("村级干部绩效考核（12+N）", Points.of(100))
        .rules(Rules.SC_7, Rules.SC_7)
        .citation(VillageCadres.ITEMS)
        .citation(VillageCadres.RULE)
        .schedule(new Schedule(Cycle.MONTH, Cycle.QUARTER, Cycle.YEAR, Schedule.Aggregation.POOLED))
        .capWhereSilent(CapScope.RUBRIC)
        .section("1", "村级各项工作", Points.of(100))
        .criterion("1", "党建工作", Points.of(5))
        .rule(ScoringRule.deduct("缺少", "开会要有会议记录，公开事项要有具体内容上墙，缺少1次，扣0.5分", Points.of("0.5"), Per.TIME))
        .cap(CapScope.CRITERION)
        .criterion("2", "计划生育", Points.of(3))
        .rule(ScoringRule.deduct("报表", "不按时报表或报表出现错误每次扣0.5分", Points.of("0.5"), Per.TIME))
        .rule(ScoringRule.deduct("瞒报", "故意瞒报出生人口扣1分", Points.of(1), Per.CASE))
        .rule(ScoringRule.deduct("上户证明", "为没有经过计生部门处理的违规生育对象出具上户证明的，发现一次扣1分", Points.of(1), Per.TIME))
        .cap(CapScope.CRITERION)
        .criterion("3", "安全工作", Points.of(5))
        .rule(ScoringRule.deduct("事故", "每出现一起安全事故的，扣1分", Points.of(1), Per.CASE))
        .rule(ScoringRule.deduct("重大事故", "因失职渎职出现重大安全事故的，每次扣2分", Points.of(2), Per.TIME))
        .criterion("4", "调解", Points.of(5))
        .rule(ScoringRule.deduct("激化上交", "因矛盾调解不及时，导致矛盾激化上交，每次扣1分", Points.of(1), Per.TIME))
        .rule(ScoringRule.deduct("越级上访", "到市及以上越级上访的，扣2分", Points.of(2), Per.CASE))
        .rule(ScoringRule.deduct("排查报送", "不按时报送矛盾纠纷排查情况或排查不到位扣1分", Points.of(1), Per.TIME))
        .cap(CapScope.CRITERION)
        .criterion("5", "烟叶发展", Points.of(15))
        .rule(ScoringRule.earnPerPoint("完成率", "按照政府下达的任务每完成1个百分点得0.15分", Points.of("0.15")))
        .rule(ScoringRule.reward("交售奖励", "每交售1斤，奖励到村0.1元", new BigDecimal("0.1"), jin))
        .rule(ScoringRule.reward("超额奖励", "超额完成任务的，按交售数每斤0.15元奖励到村", new BigDecimal("0.15"), jin))
        .criterion("6", "村道硬化集资收取", Points.of(20))
        .rule(ScoringRule.once("会议台账", "3月20日前召开完村民代表及各社群众会，拟定好方案，建好规范的集资收取台账；未完成的扣3分", Points.of(3)))
        .rule(ScoringRule.shortOf("3月30日", "3月30日前完成本村应集资的60%，每差一个百分点扣0.5分", Points.of(60), Points.of("0.5")))
        .rule(ScoringRule.shortOf("4月15日", "4月15日前完成全部集资的90%，每下差一个百分点，扣0.3分", Points.of(90), Points.of("0.3")))
        .criterion("7", "党风廉政建设", Points.of(5))
        .rule(ScoringRule.deductFromPerson("办事不公", "干部办事不公、优亲厚友、为难群众的，发现一次，扣当事人1分", Points.of(1), Per.TIME))
        .rule(ScoringRule.deductFromPerson("情节严重", "情节严重，影响恶劣，构成违纪违法的，扣2分", Points.of(2), Per.TIME))
        .criterion("8", "社会保障", Points.of(5))
        .rule(ScoringRule.deduct("新农合", "新农合收缴低于规定比例1个百分点，扣0.1分", Points.of("0.1"), Per.PERCENTAGE_POINT))
        .rule(ScoringRule.deduct("优亲厚友", "低保、五保、救灾救济报批不讲程序，优亲厚友，发现一人，扣1分", Points.of(1), Per.PERSON))
        .rule(ScoringRule.deduct("新农保", "新农保参保比例低于规定比例1个百分点，扣0.1分", Points.of("0.1"), Per.PERCENTAGE_POINT))
        .cap(CapScope.CRITERION)
        .criterion("9", "统计报表", Points.of(2))
        .rule(ScoringRule.deduct("报表", "每差一次报表，或不按规定报送，每次扣0.5分", Points.of("0.5"), Per.TIME))
        .cap(CapScope.CRITERION)
        .criterion("10", "村镇建设及资源管理", Points.of(10))
        .rule(ScoringRule.deduct("违规", "违规建房、林业资源破坏不及时制止并报告的，发现一起，扣1分", Points.of(1), Per.CASE))
        .cap(CapScope.CRITERION)
        .criterion("11", "产业发展及扶贫工作", Points.of(10))
        .rule(ScoringRule.once("无规划", "发展思路不清，无规划扣1分", Points.of(1)))
        .rule(ScoringRule.once("无大户", "种养殖大户为零的扣1分", Points.of(1)))
        .rule(ScoringRule.once("扶贫无起色", "扶贫工作无起色、群众意见大的，扣1分", Points.of(1)))
        .criterion("12", "融资化债务工作", Points.of(5))
        .rule(ScoringRule.earnPerPoint("完成率", "按照完成任务百分比得分", Points.of("0.05")))
        .criterion("13", "临时重点工作", Points.of(10))
        .rule(ScoringRule.deduct("拒不执行", "拒不执行的，扣2分", Points.of(2), Per.TIME))
        .cap(CapScope.CRITERION)
        .section("考勤", "考勤管理（扣发工资补贴，不计分）", Points.ZERO)
        .criterion("考勤", "会议签到与请销假", Points.ZERO)
        .rule(ScoringRule.fine("缺席", "不经批准缺席一次扣发工资补贴50元", BigDecimal.valueOf(50), Per.TIME))
        .rule(ScoringRule.fine("擅离", "未经请假擅自离开的，经查实后每天扣发工资补贴50元", BigDecimal.valueOf(50), Per.DAY))
        .citation(VillageCadres.ATTENDANCE)
        .grade(new GradeBand(VillageCadres.ANNUAL_REVIEW, Optional.empty(), Optional.empty(), List.of()))
        .build();
  }
}
