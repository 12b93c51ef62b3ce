package dev.disclosure.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.disclosure.calendar.ChinaCalendars;
import dev.disclosure.calendar.Finding;
import dev.disclosure.calendar.FindingKind;
import dev.disclosure.calendar.Language;
import dev.disclosure.calendar.WorkingDayCalendar;
import dev.disclosure.core.Regime;
import dev.disclosure.core.SecrecyMarking;
import dev.disclosure.core.exemption.ContentFlag;
import dev.disclosure.core.exemption.ExemptionClassifier;
import dev.disclosure.core.exemption.ExemptionGround;
import dev.disclosure.core.exemption.ExemptionOutcome;
import dev.disclosure.core.exemption.ItemFacts;
import dev.disclosure.core.exemption.PolicyExtension;
import dev.disclosure.core.exemption.ThirdPartyConsent;
import dev.disclosure.core.law.Rules;
import dev.disclosure.core.report.AnnualReport;
import dev.disclosure.core.report.Cell;
import dev.disclosure.core.report.Column;
import dev.disclosure.core.report.Publisher;
import dev.disclosure.core.report.RequestTable;
import dev.disclosure.core.report.ReportFormat;
import dev.disclosure.core.report.ReviewRecord;
import dev.disclosure.scoring.Assessment;
import dev.disclosure.scoring.CapScope;
import dev.disclosure.scoring.CompositeAssessment;
import dev.disclosure.scoring.DemonstrationSite;
import dev.disclosure.scoring.GradeBand;
import dev.disclosure.scoring.GradeScale;
import dev.disclosure.scoring.Per;
import dev.disclosure.scoring.Points;
import dev.disclosure.scoring.Rounding;
import dev.disclosure.scoring.Rubric;
import dev.disclosure.scoring.ScoreCard;
import dev.disclosure.scoring.ScoringRule;
import dev.disclosure.scoring.VillageCadres;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;

class OtherGeneratorsTest {

  private static final WorkingDayCalendar OFFICIAL = ChinaCalendars.official();
  private static final long SEED = 20261130L;

  @Test
  @DisplayName(
      "EX-3, EX-4, EX-5, EX-8: generated ItemFacts are valid under each regime and reach every"
          + " content flag, marking, third-party opinion and every outcome of the classifier")
  void itemFacts() {
    for (Regime regime : Regime.values()) {
      Set<ContentFlag> flags = EnumSet.noneOf(ContentFlag.class);
      Set<SecrecyMarking> markings = EnumSet.noneOf(SecrecyMarking.class);
      Set<ThirdPartyConsent> opinions = EnumSet.noneOf(ThirdPartyConsent.class);
      Set<ExemptionOutcome> outcomes = EnumSet.noneOf(ExemptionOutcome.class);
      ExemptionClassifier classifier =
          ExemptionClassifier.of(regime, PolicyExtension.schoolList(regime));
      List<ExemptionGround> local = List.of(PolicyExtension.SCHOOL_CAMPUS_SAFETY);
      for (ItemFacts facts : Exemptions.itemFacts(regime, local).sample(SEED, 2000)) {
        flags.addAll(facts.contentFlags());
        markings.add(facts.marking());
        opinions.add(facts.thirdPartyConsent());
        outcomes.add(classifier.classify(facts).outcome());
      }
      assertThat(flags).containsExactlyInAnyOrder(ContentFlag.values());
      assertThat(markings).containsExactlyInAnyOrder(SecrecyMarking.values());
      assertThat(opinions).containsExactlyInAnyOrder(ThirdPartyConsent.values());
      assertThat(outcomes).as(regime.id()).containsExactlyInAnyOrder(ExemptionOutcome.values());
    }
  }

  @Test
  @DisplayName(
      "SC-1, SC-4, SC-7, SC-9: assessments of any rubric score within [0, the rubric's total];"
          + " deductions reach the cap (扣完为止), earning rules earn points, a deduction from a"
          + " person stays off the unit's score, and a card missing a required input is flagged"
          + " incomplete and has no grade")
  void assessments() {
    List<Rubric> rubrics =
        List.of(
            DemonstrationSite.rubric(),
            CompositeAssessment.rubric(),
            VillageCadres.rubric());
    for (Rubric rubric : rubrics) {
      boolean capped = false;
      boolean earned = false;
      boolean incomplete = false;
      boolean complete = false;
      for (Assessment assessment : Assessments.forRubric(rubric).sample(SEED, 300)) {
        ScoreCard card = assessment.score();
        assertThat(card.total()).as(rubric.name()).isBetween(Points.ZERO, rubric.total());
        for (ScoreCard.SectionScore section : card.sections()) {
          Points sum = Points.ZERO;
          for (ScoreCard.CriterionScore criterion : section.criteria()) {
            sum = sum.plus(criterion.score());
          }
          // deductions stopped at the section (扣完为止 read per section)
          capped |= sum.compareTo(section.score()) < 0;
          for (ScoreCard.CriterionScore criterion : section.criteria()) {
            // or at the criterion
            capped |= criterion.deductionsRequested().compareTo(criterion.deductionsApplied()) > 0;
            earned |=
                criterion.applied().stream()
                    .anyMatch(
                        a -> a.rule().role() == ScoringRule.Role.EARNED && a.amount().isPositive());
          }
        }
        if (card.isComplete()) {
          complete = true;
          assertThat(card.missingInputs()).isEmpty();
          assertThat(card.grade()).isNotBlank();
        } else {
          incomplete = true;
          assertThat(card.missingInputs()).isNotEmpty();
          assertThatThrownBy(card::grade).isInstanceOf(IllegalStateException.class);
        }
      }
      assertThat(capped).as(rubric.name() + ": a cap reached").isTrue();
      assertThat(earned).as(rubric.name() + ": points earned").isTrue();
      assertThat(incomplete).as(rubric.name() + ": an incomplete card").isTrue();
      assertThat(complete).as(rubric.name() + ": a complete card").isTrue();
    }
  }

  @Test
  @DisplayName(
      "SC-9: a county's own rubric gets records under every kind of rule it has; deductions from"
          + " persons are listed apart and never lower the unit's total")
  void ownRubric() {
    Rubric rubric =
        Rubric.builder("村级干部绩效考核（节选）", Points.of(25))
            .section("1", "村级各项工作", Points.of(25))
            .criterion("1", "党建工作", Points.of(5))
            .rule(ScoringRule.deduct("缺少", "缺少1次，扣0.5分，扣完为止", Points.of("0.5"), Per.TIME))
            .cap(CapScope.CRITERION)
            .criterion("5", "烟叶发展", Points.of(15))
            .rule(ScoringRule.earnPerPoint("完成率", "每完成1个百分点得0.15分", Points.of("0.15")))
            .criterion("7", "党风廉政建设", Points.of(5))
            .rule(ScoringRule.deductFromPerson("办事不公", "发现一次，扣当事人1分", Points.of(1), Per.TIME))
            .grade(GradeBand.atOrAbove("达标", Points.of(20)))
            .grade(GradeBand.atOrBelow("不达标", Points.of(19)))
            .gradesRead(GradeScale.Reading.HIGHEST_REACHED, Rounding.NONE)
            .build();
    boolean persons = false;
    boolean capped = false;
    for (Assessment assessment : Assessments.forRubric(rubric).sample(SEED, 200)) {
      ScoreCard card = assessment.score();
      assertThat(card.total()).isBetween(Points.ZERO, rubric.total());
      assertThat(card.criterion("7").score()).isEqualTo(Points.of(5));
      persons |= !card.persons().isEmpty();
      capped |= card.criterion("1").score().equals(Points.ZERO);
    }
    assertThat(persons).isTrue();
    assertThat(capped).isTrue();
  }

  @Test
  @DisplayName(
      "RPT-2: generated requests tables and annual reports balance in every column; review records"
          + " are valid and both pending and concluded occur")
  void reports() {
    for (Regime regime : Regime.values()) {
      int year = regime.inForceFrom().getYear() + 5; // 2013, 2024
      for (RequestTable table : Reports.requestTables(regime, OFFICIAL, year).sample(SEED, 20)) {
        assertThat(table.unbalancedColumns()).isEmpty();
        assertThat(table.year()).isEqualTo(year);
      }
      for (AnnualReport report :
          Reports.annualReports(regime, Publisher.DEPARTMENT, OFFICIAL, year).sample(SEED, 10)) {
        assertThat(report.findings()).isNotEmpty();
      }
    }
    // guidance opens a case only under the regulation in force on its receipt (REQ-2)
    assertThatThrownBy(() -> Reports.requestTables(Regime.OGI_2008, OFFICIAL, 2024))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "no case under OGI_2008 is received from 2023-07-01 to 2024-12-31 for the 2024 report:"
                + " the regime is in force 2008-05-01 to 2019-05-14 (REQ-2)");
    // the report on 2019 falls due under OGI_2019 (RPT-3)
    assertThatThrownBy(
            () -> Reports.annualReports(Regime.OGI_2008, Publisher.DEPARTMENT, OFFICIAL, 2019))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the report on 2019 is written under OGI_2019, not OGI_2008 (RPT-3; OGI-2019 第五十六条)");
    for (AnnualReport report :
        Reports.annualReports(Regime.OGI_2019, Publisher.DEPARTMENT, OFFICIAL, 2019).sample(SEED, 10)) {
      assertThat(report.checks()).as("%s", report).isEmpty();
    }
    // the data's last year: cases received up to 60 days before its end
    for (RequestTable table : Reports.requestTables(Regime.OGI_2019, OFFICIAL, 2026).sample(SEED, 10)) {
      assertThat(table.checks()).isEmpty();
    }
    assertThatThrownBy(() -> Reports.requestTables(Regime.OGI_2019, OFFICIAL, 2028))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("valid years: 2008 to 2027");
    List<ReviewRecord> records = Reports.reviewRecords(2024).sample(SEED, 200);
    assertThat(records).extracting(r -> r.concludedOn().isPresent()).contains(true, false);
  }

  @Test
  @DisplayName(
      "RPT-3: every misprinted table fails the checks that its counted table passes, and the"
          + " findings name the misprinted cell or its row's 总计; the trial format in 2019-2020")
  void misprintedTables() {
    for (Misprint misprint : Misprint.values()) {
      // the 2008 format and the trial format (cases received to 2019-05-14) under OGI_2008; the
      // trial format (2019–2020) and the 2021 format under OGI_2019
      for (int year : new int[] {2018, 2019, 2020, 2024}) {
        for (Regime regime : Regime.values()) {
          LocalDateRange received =
              LocalDateRange.of(LocalDate.of(year - 1, 7, 1), LocalDate.of(year + 1, 1, 1));
          if (!RequestHistories.inForce(regime).overlaps(received)) {
            continue;
          }
          List<MisprintedTable> tables =
              Reports.misprintedRequestTables(regime, OFFICIAL, year, misprint).sample(SEED, 15);
          assertThat(tables.stream().map(MisprintedTable::row).distinct().count()).isGreaterThan(1);
          for (MisprintedTable table : tables) {
            String what =
                misprint + " " + regime + " " + year + " " + table.row() + " " + table.column();
            assertThat(table.misprint()).isEqualTo(misprint);
            assertThat(table.published().format()).isEqualTo(ReportFormat.forYear(year));
            assertThat(table.counted().checks()).as(what).isEmpty();
            Cell cell = table.published().cell(table.row(), table.column());
            assertThat(cell).as(what).isNotEqualTo(table.counted().cell(table.row(), table.column()));
            List<Finding> findings = table.published().checks();
            assertThat(findings).as(what).isNotEmpty();
            assertThat(findings)
                .extracting(Finding::rule, Finding::kind)
                .containsOnly(tuple(Rules.RPT_3, FindingKind.BROKEN));
            Column named = misprint == Misprint.PLACEHOLDER ? table.column() : Column.TOTAL;
            String name = Language.CHINESE.render(RequestTable.cellName(table.row(), named));
            assertThat(Language.CHINESE.render(findings)).as(what).contains(name);
            switch (misprint) {
              case CELL_CHANGED -> {
                assertThat(table.column()).isNotEqualTo(Column.TOTAL);
                assertThat(cell.kind()).isEqualTo(Cell.Kind.NUMBER);
                int printed = cell.number().orElseThrow().intValueExact();
                int counted = table.counted().count(table.row(), table.column());
                assertThat(printed).isNotNegative();
                assertThat(Math.abs(printed - counted)).isBetween(1, 9);
              }
              case TOTAL_BLANKED -> {
                assertThat(table.column()).isEqualTo(Column.TOTAL);
                assertThat(cell).isEqualTo(Cell.blank());
              }
              case PLACEHOLDER -> assertThat(cell.kind()).isEqualTo(Cell.Kind.PLACEHOLDER);
              default -> throw new AssertionError(misprint);
            }
          }
        }
      }
    }
    // the same seed, the same tables
    assertThat(
            Reports.misprintedRequestTables(Regime.OGI_2019, OFFICIAL, 2024, Misprint.PLACEHOLDER)
                .sample(SEED, 5))
        .isEqualTo(
            Reports.misprintedRequestTables(Regime.OGI_2019, OFFICIAL, 2024, Misprint.PLACEHOLDER)
                .sample(SEED, 5));
  }
}
