package dev.disclosure.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

@DisplayName("SC-1, SC-2, SC-4, SC-7, SC-9, CAL-6: scoring properties")
class ScoringPropertyTest {

  private static final long SEED = 20261122L;

  private static final Rubric SECTION_CAP = DemonstrationSite.rubric();
  private static final Rubric CRITERION_CAP = DemonstrationSite.rubric(
      CapScope.CRITERION, GradeScale.Reading.HIGHEST_REACHED, Rounding.NONE);

  private static final List<String> DEDUCTIBLE = SECTION_CAP.criteria().keySet().stream()
      .filter(id -> !id.startsWith("6.") && !id.equals("2.4")).toList();

  /** A deduction as (criterion index, hundredths of a point). */
  private static Gen<int[]> deduction() {
    return integers().between(0, DEDUCTIBLE.size() - 1)
        .zip(integers().between(1, 1500), (i, hundredths) -> new int[] {i, hundredths});
  }

  private static Gen<List<int[]>> deductions() {
    return lists().of(deduction()).ofSizeBetween(0, 40);
  }

  private static Assessment assess(Rubric rubric, List<int[]> ds, int satisfied, int basic) {
    Assessment a = Assessment.of(rubric, "某镇")
        .withRate("2.4", DemonstrationSite.COMPLETION_RATE, Rate.of(19, 20, "办结率"))
        .withSurvey("6.1", SurveyMapping.satisfaction(),
            Map.of("满意", (long) satisfied, "基本满意", (long) basic, "不满意", 1L))
        .withSurvey("6.2", SurveyMapping.satisfaction(), Map.of("满意", (long) basic, "不满意", 2L));
    for (int[] d : ds) {
      a = a.withDeduction(DEDUCTIBLE.get(d[0]), Points.of(d[1]).dividedBy(100), "未达标准");
    }
    return a;
  }

  /**
   * The naive oracle: section by section, the maximum less every deduction, stopping at zero for
   * the section (or each criterion), plus the two questionnaires' exact shares.
   */
  private static Points oracle(CapScope scope, List<int[]> ds, int satisfied, int basic) {
    Points total = Points.ZERO;
    for (Section s : SECTION_CAP.sections()) {
      if (s.id().equals("六")) {
        Points share61 = Points.of(satisfied).plus(Points.of("0.6").times(basic))
            .dividedBy(satisfied + basic + 1L);
        Points share62 = Points.of(basic).dividedBy(basic + 2L);
        total = total.plus(Points.of(8).times(share61)).plus(Points.of(8).times(share62));
        continue;
      }
      Points section = Points.ZERO;
      for (Criterion c : s.criteria()) {
        Points sum = Points.ZERO;
        for (int[] d : ds) {
          if (DEDUCTIBLE.get(d[0]).equals(c.id())) {
            sum = sum.plus(Points.of(d[1]).dividedBy(100));
          }
        }
        Points line = c.maximum().minus(sum);
        section = section.plus(scope == CapScope.CRITERION ? line.max(Points.ZERO) : line);
      }
      total = total.plus(section.max(Points.ZERO));
    }
    return total;
  }

  @Test
  @DisplayName("SC-1: the engine equals the naive oracle, under both cap scopes, exactly")
  void oracleAgrees() {
    qt().withFixedSeed(SEED).withExamples(150)
        .forAll(deductions(), integers().between(0, 60), integers().between(0, 40))
        .checkAssert((ds, sat, basic) -> {
          assertThat(assess(SECTION_CAP, ds, sat, basic).score().exactTotal())
              .isEqualTo(oracle(CapScope.SECTION, ds, sat, basic));
          assertThat(assess(CRITERION_CAP, ds, sat, basic).score().exactTotal())
              .isEqualTo(oracle(CapScope.CRITERION, ds, sat, basic));
        });
  }

  @Test
  @DisplayName("SC-1, SC-9: caps hold at their scope — every section in [0, its maximum] at "
      + "section scope, every criterion in [0, its maximum] at criterion scope, the total in [0, 100]")
  void capsHold() {
    qt().withFixedSeed(SEED).withExamples(150)
        .forAll(deductions(), integers().between(0, 60), integers().between(0, 40))
        .checkAssert((ds, sat, basic) -> {
          ScoreCard bySection = assess(SECTION_CAP, ds, sat, basic).score();
          ScoreCard byCriterion = assess(CRITERION_CAP, ds, sat, basic).score();
          for (ScoreCard card : List.of(bySection, byCriterion)) {
            assertThat(card.exactTotal()).isBetween(Points.ZERO, Points.of(100));
            for (ScoreCard.SectionScore s : card.sections()) {
              assertThat(s.score()).isBetween(Points.ZERO, s.section().maximum());
            }
          }
          for (ScoreCard.SectionScore s : byCriterion.sections()) {
            for (ScoreCard.CriterionScore c : s.criteria()) {
              assertThat(c.score()).isBetween(Points.ZERO, c.criterion().maximum());
            }
          }
          assertThat(byCriterion.exactTotal()).isGreaterThanOrEqualTo(bySection.exactTotal());
        });
  }

  @Test
  @DisplayName("SC-1, SC-7: a deduction never raises a total, in the demonstration site or a village")
  void deductionNeverRaises() {
    qt().withFixedSeed(SEED).withExamples(200)
        .forAll(deductions(), deduction(), integers().between(1, 30))
        .checkAssert((ds, extra, count) -> {
          for (Rubric r : List.of(SECTION_CAP, CRITERION_CAP)) {
            Assessment before = assess(r, ds, 10, 5);
            Assessment after = before.withDeduction(
                DEDUCTIBLE.get(extra[0]), Points.of(extra[1]).dividedBy(100), "再扣");
            assertThat(after.score().exactTotal()).isLessThanOrEqualTo(before.score().exactTotal());
          }
          Assessment village = VillageCadresTest.villageA(VillageCadres.rubric());
          String[][] rules = {{"1", "缺少"}, {"3", "事故"}, {"6", "会议台账"}, {"11", "无大户"},
              {"8", "新农合"}, {"13", "拒不执行"}};
          String[] rule = rules[extra[0] % rules.length];
          assertThat(village.withCount(rule[0], rule[1], count, "再查").scoreYear(2026).exactTotal())
              .isLessThanOrEqualTo(village.scoreYear(2026).exactTotal());
        });
  }

  @Test
  @DisplayName("SC-9: exact totals do not depend on the order records are made")
  void orderIndependent() {
    qt().withFixedSeed(SEED).withExamples(200)
        .forAll(deductions(), integers().all())
        .checkAssert((ds, shuffleSeed) -> {
          List<Occurrence> records = new ArrayList<>(
              VillageCadresTest.villageA(VillageCadres.rubric()).occurrences());
          for (int[] d : ds) {
            records.add(Occurrence.count("10", "违规", 1 + d[0] % 3, "违规建房"));
          }
          List<Occurrence> shuffled = new ArrayList<>(records);
          Collections.shuffle(shuffled, new Random(shuffleSeed));
          ScoreCard a = Assessment.of(VillageCadres.rubric(), "1村", records, List.of()).scoreYear(2026);
          ScoreCard b = Assessment.of(VillageCadres.rubric(), "1村", shuffled, List.of()).scoreYear(2026);
          assertThat(b.exactTotal()).isEqualTo(a.exactTotal());
          assertThat(b.persons()).extracting(ScoreCard.PersonLine::points)
              .isEqualTo(a.persons().stream().map(ScoreCard.PersonLine::points).toList());
          for (Criterion c : VillageCadres.rubric().criteria().values()) {
            assertThat(b.criterion(c.id()).score()).isEqualTo(a.criterion(c.id()).score());
          }
        });
  }

  @Test
  @DisplayName("SC-9: rounding happens once — the published total is the exact total rounded as "
      + "declared, and the grade reads the exact total rounded as the scale declares")
  void roundingOnce() {
    Rubric county = EngineTest.county();
    qt().withFixedSeed(SEED).withExamples(300)
        .forAll(integers().between(1, 10), integers().between(0, 10000), lists().of(
            integers().between(0, 10000)).ofSizeBetween(1, 5))
        .checkAssert((misses, rate, scores) -> {
          Assessment a = Assessment.of(county, "某乡")
              .withCount("A1", "未更新", misses, "未更新")
              .with(Occurrence.of("A2", "办结率", Points.of(rate).dividedBy(100), "办结率"));
          for (int s : scores) {
            a = a.with(Occurrence.of("B1", "评议", Points.of(s).dividedBy(100), "评议"));
          }
          ScoreCard card = a.score();
          assertThat(card.total()).isEqualTo(Rounding.halfUp(1).apply(card.exactTotal()));
          assertThat(card.grade())
              .isEqualTo(county.scale().gradeOf(card.exactTotal()).grade())
              .isEqualTo(county.scale().gradeOf(card.total()).grade());
        });
  }

  @Test
  @DisplayName("SC-2, SC-4, CAL-6: every total in [0, 100] to the hundredth has exactly one grade "
      + "under each reading, and grades never rise as the total falls")
  void everyTotalOneGrade() {
    List<GradeScale> scales = List.of(
        SECTION_CAP.scale(),
        DemonstrationSite.rubric(CapScope.SECTION, GradeScale.Reading.LITERAL, Rounding.halfUp(0)).scale(),
        DemonstrationSite.rubric(CapScope.SECTION, GradeScale.Reading.LITERAL, Rounding.down(0)).scale(),
        CompositeAssessment.rubric().scale());
    for (GradeScale scale : scales) {
      int previousRank = -1;
      for (int hundredths = 10000; hundredths >= 0; hundredths--) {
        Points total = Points.of(hundredths).dividedBy(100);
        GradeBand band = scale.gradeOf(total);
        if (scale.reading() == GradeScale.Reading.LITERAL) {
          Points read = scale.rounding().apply(total);
          assertThat(scale.bands()).filteredOn(b -> b.contains(read)).containsExactly(band);
        }
        int rank = scale.bands().indexOf(band);
        assertThat(rank).isGreaterThanOrEqualTo(previousRank);
        previousRank = rank;
      }
    }
  }
}
