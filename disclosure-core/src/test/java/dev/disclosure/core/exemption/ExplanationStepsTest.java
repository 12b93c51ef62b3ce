package dev.disclosure.core.exemption;

import static dev.disclosure.core.exemption.Fixtures.CLASSIFIER_2008;
import static dev.disclosure.core.exemption.Fixtures.CLASSIFIER_2019;
import static dev.disclosure.core.exemption.Fixtures.unmarked;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.disclosure.calendar.Finding;
import dev.disclosure.calendar.Language;
import dev.disclosure.core.law.Rules;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Each step of a classification appears in its explanation, in order, with its rule. */
class ExplanationStepsTest {

  @Test
  @DisplayName("EX-4: the 'secrecy unclear' step is a finding of its own, before the outcome, in both regimes")
  void unclearStepExplained() {
    for (ExemptionClassifier classifier : new ExemptionClassifier[] {CLASSIFIER_2008, CLASSIFIER_2019}) {
      ExemptionDecision decision = classifier.classify(unmarked().secrecyUnclear(true).build());
      assertThat(decision.findings()).hasSizeGreaterThanOrEqualTo(2);
      Finding step = decision.findings().get(0);
      assertThat(step.rule()).isEqualTo(Rules.EX_4);
      assertThat(Language.CHINESE.render(step)).contains("是否属于国家秘密和属于何种密级不明确");
      assertThat(Language.ENGLISH.render(step))
          .contains("whether, or at what level, the content is a state secret is unclear");
      assertThat(decision.explain()).contains("是否属于国家秘密和属于何种密级不明确");
      assertThat(decision.explain(Language.ENGLISH))
          .contains("whether, or at what level, the content is a state secret is unclear");
      // without the fact, no such step
      assertThat(classifier.classify(unmarked().build()).explain())
          .doesNotContain("是否属于国家秘密和属于何种密级不明确");
    }
  }

  @Test
  @DisplayName("EX-8: a null local ground id is refused with the attribute's name")
  void nullLocalGround() {
    assertThatThrownBy(() -> ItemFacts.builder().addLocalGroundIds((String) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("localGroundIds element");
    assertThatThrownBy(() -> ItemFacts.builder().addLocalGroundIds("a", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("localGroundIds element");
  }
}
