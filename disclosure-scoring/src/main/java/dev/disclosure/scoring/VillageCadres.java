package dev.disclosure.scoring;

import static java.util.Objects.requireNonNull;

import dev.disclosure.calendar.Citation;
import dev.disclosure.calendar.LegalSource;
import dev.disclosure.calendar.CountingWord;
import dev.disclosure.core.law.Rules;
import java.util.ArrayList;
import java.util.List;

/**
 * The village-cadre performance rubric, "12+N" (村级干部绩效考核管理办法, SC-7): one list of thirteen
 * weighted items summing to 100, each with its own deduction rules and 扣完为止; checked every month
 * (每月一考核), notified every quarter (季度一通报), totalled and ranked at year end (年终一总评) with
 * prizes of 3000, 2000 and 1000 yuan and an admonishment talk (诫勉谈话) for the last place under 80.
 *
 * <p>It is a rubric of one section with thirteen criteria of unequal weight, built with the same
 * {@link Rubric#builder} callers use. <b>[convention]</b> The text grades by ranking only, so the
 * scale has a single band 年终总评 {@code [0, 100]}; monthly findings are recorded as deductions of
 * the year's assessment, each naming its month in its evidence. Tied villages share the prize of
 * their rank; every village tied for last place with 80 or less (80分以下, CAL-6 includes 80) gets
 * the talk.
 */
public final class VillageCadres {

  /** The provision. */
  public static final Citation RULE = Citation.of(LegalSource.of("《村级干部绩效考核管理》（来源文件004）", "Source document 004: performance assessment of village cadres"), "责任制考核管理",
      "实行每月一考核、季度一通报、年终一总评制度；年终根据考核得分进行综合排名，设置一、二、三等奖，分别奖：3000元，"
          + "2000元，1000元；考核倒数第一名且得分在80分以下的，实行诫勉谈话，深刻剖析。");

  /** The single band of the year-end total [convention]. */
  public static final String ANNUAL_REVIEW = "年终总评";

  private static final int[] PRIZES = {3000, 2000, 1000};
  private static final Points ADMONISH_AT_OR_BELOW = Points.of(80);

  private static final Rubric RUBRIC = Rubric.builder("村级干部绩效考核（12+N）", Points.of(100))
      .rules(Rules.SC_7, Rules.SC_7)
      .citation(RULE)
      .section("1", "村级各项工作", Points.of(100))
      .criterion("1", "党建工作：会议记录、公开事项上墙，缺少1次扣0.5分，扣完为止", Points.of(5))
      .criterion("2", "计划生育：不按时报表或报表错误每次扣0.5分，故意瞒报出生人口扣1分，违规出具上户证明每次扣1分，"
          + "扣完为止", Points.of(3))
      .criterion("3", "安全工作：每出现一起安全事故扣1分，因失职渎职出现重大安全事故每次扣2分", Points.of(5))
      .criterion("4", "调解：调解不及时导致矛盾激化上交每次扣1分，越级上访扣2分，不按时报送排查情况扣1分，扣完为止",
          Points.of(5))
      .criterion("5", "烟叶发展：按任务每完成1个百分点得0.15分", Points.of(15))
      .criterion("6", "村道硬化集资收取：未按期召开会议、建立台账扣3分；3月30日前完成60%，每差一个百分点扣0.5分；"
          + "4月15日前完成90%，每差一个百分点扣0.3分", Points.of(20))
      .criterion("7", "党风廉政建设：办事不公、优亲厚友、为难群众，发现一次扣当事人1分，情节严重扣2分", Points.of(5))
      .criterion("8", "社会保障：新农合、新农保低于规定比例1个百分点扣0.1分，报批优亲厚友发现一人扣1分，扣完为止",
          Points.of(5))
      .criterion("9", "统计报表：每差一次报表或不按规定报送每次扣0.5分，扣完为止", Points.of(2))
      .criterion("10", "村镇建设及资源管理：违规建房、林业资源破坏不及时制止并报告，发现一起扣1分，扣完为止",
          Points.of(10))
      .criterion("11", "产业发展及扶贫：发展思路不清无规划扣1分，种养殖大户为零扣1分，扶贫工作无起色扣1分",
          Points.of(10))
      .criterion("12", "融资化债工作：按照完成任务百分比得分", Points.of(5))
      .criterion("13", "临时重点工作：拒不执行的扣2分，扣完为止", Points.of(10))
      .grade(GradeBand.of(ANNUAL_REVIEW, Points.ZERO, Points.of(100), true))
      .build();

  /**
   * A village's year-end result (年终总评结果).
   *
   * @param place its place in the ranking
   * @param prizeYuan its prize in yuan (一、二、三等奖 3000/2000/1000), zero if none
   * @param admonishmentTalk whether its cadres get an admonishment talk (诫勉谈话)
   */
  public record YearEnd(Ranking.Place place, int prizeYuan, boolean admonishmentTalk) {

    /**
     * Checks that the place is given.
     *
     * @param place its place in the ranking
     * @param prizeYuan its prize in yuan (一、二、三等奖 3000/2000/1000), zero if none
     * @param admonishmentTalk whether its cadres get an admonishment talk (诫勉谈话)
     */
    public YearEnd {
      requireNonNull(place, "place");
    }
  }

  private VillageCadres() {}

  /** {@return the rubric: thirteen items 5+3+5+5+15+20+5+5+2+10+10+5+10 = 100} */
  public static Rubric rubric() {
    return RUBRIC;
  }

  /**
   * Ranks the villages at year end and attaches prizes and admonishment talks.
   *
   * @param cards one score card per village
   * @return the results, best first
   */
  public static List<YearEnd> yearEnd(List<ScoreCard> cards) {
    List<Ranking.Place> places = Ranking.of(cards);
    List<YearEnd> out = new ArrayList<>(places.size());
    int lastRank = places.isEmpty() ? 0 : places.get(places.size() - 1).rank();
    for (Ranking.Place p : places) {
      int prize = p.rank() <= PRIZES.length ? PRIZES[p.rank() - 1] : 0;
      boolean talk = places.size() > 1
          && p.rank() == lastRank
          && CountingWord.AT_OR_BELOW.test(p.total(), ADMONISH_AT_OR_BELOW);
      out.add(new YearEnd(p, prize, talk));
    }
    return List.copyOf(out);
  }
}
