package dev.disclosure.scoring;

import static dev.disclosure.scoring.VillageCadresTest.village;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.disclosure.calendar.Finding;
import dev.disclosure.calendar.FindingKind;
import dev.disclosure.calendar.Language;
import dev.disclosure.core.InvalidFactsException;
import dev.disclosure.core.law.Rules;
import dev.disclosure.scoring.CompositeAssessment.ProblemSource;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The edges where a ranking, a prize, a rate, a survey or a grade scale changes its answer: one
 * unit, unsorted input, competition ranks, prizes without a last-place rule, counts on the bounds of
 * their ranges, and the limit on reported gaps and overlaps.
 */
class RankingAndBoundsTest {

  private static final PrizeSchedule NO_TALK =
      PrizeSchedule.builder(Rules.SC_7, VillageCadres.RULE)
          .prize("一等奖", BigDecimal.valueOf(3000), 1)
          .prize("二等奖", BigDecimal.valueOf(2000), 1)
          .prize("三等奖", BigDecimal.valueOf(1000), 1)
          .method(Ranking.Method.COMPETITION)
          .build();

  private static String prizeOf(PrizeSchedule.Standing s) {
    return s.prize().map(PrizeSchedule.Prize::name).orElse("-");
  }

  @Test
  @DisplayName("SC-7: totals given in any order are ranked from the highest; competition ranks skip after a tie")
  void rankingOrderAndRanks() {
    Points p70 = Points.of(70);
    Points p80 = Points.of(80);
    Points p90 = Points.of(90);
    List<Ranking.Place> given = List.of(
        new Ranking.Place(0, "丁", p70, false), new Ranking.Place(0, "丙", p80, false),
        new Ranking.Place(0, "乙", p90, false), new Ranking.Place(0, "甲", p90, false));
    List<Ranking.Place> competition =
        Ranking.rank(given, Ranking.Method.COMPETITION, Ranking.TieOrder.AS_LISTED);
    assertThat(competition).extracting(Ranking.Place::unit).containsExactly("乙", "甲", "丙", "丁");
    assertThat(competition).extracting(Ranking.Place::rank).containsExactly(1, 1, 3, 4);
    assertThat(competition).extracting(Ranking.Place::tied).containsExactly(true, true, false, false);
    assertThat(competition).extracting(Ranking.Place::statement)
        .containsExactly("并列第1名", "并列第1名", "第3名", "第4名");
    List<Ranking.Place> dense = Ranking.rank(given, Ranking.Method.DENSE, Ranking.TieOrder.BY_NAME);
    assertThat(dense).extracting(Ranking.Place::unit).containsExactly("乙", "甲", "丙", "丁");
    assertThat(dense).extracting(Ranking.Place::rank).containsExactly(1, 1, 2, 3);
    assertThat(Ranking.of(List.of(village("低", 30), village("高", 0))))
        .extracting(Ranking.Place::unit).containsExactly("高", "低");
    assertThatThrownBy(() -> Ranking.rank(
            List.of(new Ranking.Place(0, "甲", p70, false), new Ranking.Place(0, "甲", p80, false)),
            Ranking.Method.DENSE, Ranking.TieOrder.AS_LISTED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unit 甲 appears twice");
  }

  @Test
  @DisplayName("SC-7: one village alone takes the first prize and is not 'last'; an untied prize is applied, not a convention")
  void oneVillageAndUntiedPrizes() {
    List<PrizeSchedule.Standing> alone = VillageCadres.yearEnd(List.of(village("独村", 25)));
    assertThat(alone).hasSize(1);
    assertThat(prizeOf(alone.get(0))).isEqualTo("一等奖");
    assertThat(alone.get(0).consequences()).extracting(Consequence::kind)
        .containsExactly(Consequence.Kind.PRIZE);
    assertThat(alone.get(0).findings()).extracting(Finding::kind).containsExactly(FindingKind.APPLIED);
    assertThat(VillageCadres.yearEnd(List.of())).isEmpty();

    List<PrizeSchedule.Standing> distinct = VillageCadres.yearEnd(List.of(
        village("1村", 0), village("2村", 1), village("3村", 2)));
    for (PrizeSchedule.Standing s : distinct) {
      assertThat(s.findings().get(0).kind()).isEqualTo(FindingKind.APPLIED);
      assertThat(Language.CHINESE.render(s.findings())).doesNotContain("并列");
    }
    assertThat(Language.CHINESE.render(distinct.get(1).findings())).contains("2村 第2名（99分）：二等奖");
  }

  @Test
  @DisplayName("SC-7: competition ranking gives 1st, 2nd and 3rd prizes to three distinct totals; without a "
      + "last-place rule nobody gets a talk, tied or not")
  void competitionWithoutTalk() {
    List<PrizeSchedule.Standing> s = NO_TALK.award(List.of(
        village("3村", 2), village("1村", 0), village("2村", 1), village("4村", 40)));
    assertThat(s).extracting(x -> x.place().unit()).containsExactly("1村", "2村", "3村", "4村");
    assertThat(s).extracting(RankingAndBoundsTest::prizeOf)
        .containsExactly("一等奖", "二等奖", "三等奖", "-");
    assertThat(s.get(3).consequences()).isEmpty();
    assertThat(s.get(3).findings()).hasSize(1);
    assertThat(Language.CHINESE.render(s.get(3).findings())).contains("未获奖");
    List<PrizeSchedule.Standing> tied = NO_TALK.award(List.of(village("甲", 5), village("乙", 5)));
    assertThat(tied).allSatisfy(x -> {
      assertThat(x.findings()).hasSize(1);
      assertThat(x.findings().get(0).kind()).isEqualTo(FindingKind.CONVENTION);
    });
  }

  @Test
  @DisplayName("SC-7: a prize name given twice is refused, naming it once per repeat")
  void duplicatePrizes() {
    assertThatThrownBy(() -> PrizeSchedule.builder(Rules.SC_7, VillageCadres.RULE)
            .prize("一等奖", BigDecimal.valueOf(3000), 1)
            .prize("二等奖", BigDecimal.valueOf(2000), 1)
            .prize("一等奖", BigDecimal.valueOf(1000), 1)
            .build())
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("prize 一等奖 appears twice")
        .satisfies(e -> assertThat(((InvalidFactsException) e).problems()).hasSize(1));
    assertThat(PrizeSchedule.builder(Rules.SC_7, VillageCadres.RULE)
            .prize("一等奖", BigDecimal.valueOf(3000), 1)
            .prize("二等奖", BigDecimal.valueOf(2000), 1)
            .build()
            .prizes())
        .hasSize(2);
  }

  @Test
  @DisplayName("SC-9: a rate needs 0 <= part <= whole and whole > 0; 0/1 and 1/1 are its edges, 1/3 is shown with its rounding")
  void rates() {
    assertThat(Rate.of(0, 1, "办结率").percent()).isEqualTo(Points.ZERO);
    assertThat(Rate.of(1, 1, "办结率").percent()).isEqualTo(Points.of(100));
    assertThat(Rate.of(1, 4, "办结率").basis()).isEqualTo("办结率：1/4 = 25%");
    assertThat(Rate.of(1, 3, "办结率").basis()).contains("1/3 = ").contains("（约33.3333%）");
    for (long[] bad : new long[][] {{-1, 1}, {1, 0}, {0, 0}, {2, 1}, {0, -1}}) {
      assertThatThrownBy(() -> Rate.of(bad[0], bad[1], "办结率"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(bad[0] + " of " + bad[1] + " is not a rate");
    }
  }

  @Test
  @DisplayName("SC-7: the periods of years 1 and 9999 exist; years 0 and 10000 are refused")
  void cycleYears() {
    assertThat(Cycle.QUARTER.periods(1)).hasSize(4);
    assertThat(Cycle.MONTH.periods(9999)).hasSize(12);
    assertThat(Cycle.YEAR.periods(9999).get(0).last()).isEqualTo(java.time.LocalDate.of(9999, 12, 31));
    for (int year : new int[] {0, 10000, Integer.MIN_VALUE, Integer.MAX_VALUE}) {
      assertThatThrownBy(() -> Cycle.HALF_YEAR.periods(year))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("year " + year + " is outside 1..9999");
    }
  }

  @Test
  @DisplayName("SC-4: a problem count of zero is no problem — the same assessment as no count at all")
  void compositeZeroCounts() {
    Map<ProblemSource, Integer> zero = new EnumMap<>(ProblemSource.class);
    for (ProblemSource source : ProblemSource.values()) {
      zero.put(source, 0);
    }
    Points ninety = Points.of(90);
    Assessment withZeros = CompositeAssessment.assess("甲县", zero, ninety, ninety, ninety);
    Assessment without =
        CompositeAssessment.assess("甲县", new EnumMap<>(ProblemSource.class), ninety, ninety, ninety);
    assertThat(withZeros.occurrences()).isEqualTo(without.occurrences());
    assertThat(withZeros.score().exactTotal()).isEqualTo(without.score().exactTotal());
    assertThat(Language.CHINESE.render(withZeros.score().findings()))
        .isEqualTo(Language.CHINESE.render(without.score().findings()));
  }

  @Test
  @DisplayName("SC-1: a survey tally reports a negative count and an unknown option even beside valid "
      + "counts, unknown options by name; respondents may reach Long.MAX_VALUE, not beyond; none at all is refused")
  void surveyTallies() {
    SurveyMapping mapping = SurveyMapping.of(Map.of("满意", BigDecimal.ONE, "不满意", BigDecimal.ZERO));
    Map<String, Long> negative = new LinkedHashMap<>();
    negative.put("满意", 10L);
    negative.put("不满意", -1L);
    assertThatThrownBy(() -> mapping.tally(negative))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("count -1 for option 不满意 is negative");
    Map<String, Long> unknown = new LinkedHashMap<>();
    unknown.put("满意", 10L);
    unknown.put("zz", 1L);
    unknown.put("aa", 1L);
    assertThatThrownBy(() -> mapping.tally(unknown))
        .isInstanceOf(InvalidFactsException.class)
        .satisfies(e -> {
          List<String> details = new ArrayList<>();
          ((InvalidFactsException) e).problems().forEach(p -> details.add(p.detail()));
          assertThat(details).hasSize(2);
          assertThat(details.get(0)).startsWith("option aa is not in the mapping");
          assertThat(details.get(1)).startsWith("option zz is not in the mapping");
        });
    Map<String, Long> full = new LinkedHashMap<>();
    full.put("满意", Long.MAX_VALUE - 1);
    full.put("不满意", 1L);
    SurveyMapping.Tally tally = mapping.tally(full);
    assertThat(tally.respondents()).isEqualTo(Long.MAX_VALUE);
    assertThat(tally.counts().keySet()).containsExactlyInAnyOrder("满意", "不满意");
    Map<String, Long> beyond = new LinkedHashMap<>();
    beyond.put("满意", Long.MAX_VALUE);
    beyond.put("不满意", 1L);
    assertThatThrownBy(() -> mapping.tally(beyond))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("brings the respondents beyond " + Long.MAX_VALUE);
    Map<String, Long> nobody = new LinkedHashMap<>();
    nobody.put("满意", 0L);
    nobody.put("不满意", 0L);
    assertThatThrownBy(() -> mapping.tally(nobody))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("the survey has no respondent");
  }

  @Test
  @DisplayName("SC-2/CAL-6: a one-point band [6, 6] is valid; a scale reports at most five gaps and five overlaps")
  void gradeScaleReports() {
    List<GradeBand> gaps = new ArrayList<>();
    for (int k = 0; k < 6; k++) {
      gaps.add(GradeBand.of("档" + k, Points.of(2 * k), Points.of(2 * k + 1), true));
    }
    gaps.add(GradeBand.of("高", Points.of(12), Points.of(100), true));
    assertThatThrownBy(() -> GradeScale.of(Points.of(100), gaps))
        .isInstanceOf(InvalidFactsException.class)
        .satisfies(e -> {
          String message = e.getMessage();
          assertThat(((InvalidFactsException) e).problems()).hasSize(5);
          assertThat(message).contains("a total of 1.5 lies in no band", "a total of 9.5 lies in no band")
              .doesNotContain("11.5");
        });
    List<GradeBand> overlaps = new ArrayList<>();
    overlaps.add(GradeBand.of("全", Points.ZERO, Points.of(100), true));
    for (int k = 1; k <= 6; k++) {
      overlaps.add(GradeBand.of("点" + k, Points.of(k), Points.of(k), true));
    }
    assertThatThrownBy(() -> GradeScale.of(Points.of(100), overlaps))
        .isInstanceOf(InvalidFactsException.class)
        .satisfies(e -> {
          assertThat(((InvalidFactsException) e).problems()).hasSize(5);
          assertThat(e.getMessage()).contains("a total of 5 lies in").doesNotContain("a total of 6 lies in")
              .doesNotContain("above upper bound");
        });
  }
}
