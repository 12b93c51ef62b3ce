package dev.disclosure.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.disclosure.calendar.ChinaCalendars;
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
import dev.disclosure.core.report.AnnualReport;
import dev.disclosure.core.report.Publisher;
import dev.disclosure.core.report.RequestTable;
import dev.disclosure.core.report.ReviewRecord;
import dev.disclosure.scoring.Assessment;
import dev.disclosure.scoring.CompositeAssessment;
import dev.disclosure.scoring.DemonstrationSite;
import dev.disclosure.scoring.Points;
import dev.disclosure.scoring.Rubric;
import dev.disclosure.scoring.ScoreCard;
import dev.disclosure.scoring.VillageCadres;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

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
      "SC-1, SC-7: assessments of any rubric score within [0, the rubric's total]; deductions reach"
          + " the cap of a criterion (扣完为止) and awards are given")
  void assessments() {
    List<Rubric> rubrics =
        List.of(
            DemonstrationSite.rubric(),
            CompositeAssessment.composite().rubric(),
            VillageCadres.rubric());
    for (Rubric rubric : rubrics) {
      boolean capped = false;
      boolean awarded = false;
      for (Assessment assessment : Assessments.forRubric(rubric).sample(SEED, 300)) {
        ScoreCard card = assessment.score();
        assertThat(card.total()).isBetween(Points.ZERO, rubric.total());
        for (ScoreCard.SectionScore section : card.sections()) {
          for (ScoreCard.CriterionScore criterion : section.criteria()) {
            capped |= criterion.deductionsRequested().compareTo(criterion.deductionsApplied()) > 0;
            awarded |= !criterion.basis().isEmpty();
          }
        }
      }
      assertThat(capped).as(rubric.name()).isTrue();
      assertThat(awarded).as(rubric.name()).isTrue();
    }
  }

  @Test
  @DisplayName(
      "RPT-2: generated requests tables and annual reports balance in every column; review records"
          + " are valid and both pending and concluded occur")
  void reports() {
    for (Regime regime : Regime.values()) {
      for (RequestTable table : Reports.requestTables(regime, OFFICIAL, 2024).sample(SEED, 20)) {
        assertThat(table.unbalancedColumns()).isEmpty();
        assertThat(table.year()).isEqualTo(2024);
      }
      for (AnnualReport report :
          Reports.annualReports(regime, Publisher.DEPARTMENT, OFFICIAL, 2024).sample(SEED, 10)) {
        assertThat(report.findings()).isNotEmpty();
      }
    }
    List<ReviewRecord> records = Reports.reviewRecords(2024).sample(SEED, 200);
    assertThat(records).extracting(r -> r.concludedOn().isPresent()).contains(true, false);
  }
}
