package dev.disclosure.core.exemption;

import static dev.disclosure.core.exemption.Fixtures.zh;
import static dev.disclosure.core.exemption.ReviewChainTest.FINANCE;
import static dev.disclosure.core.exemption.ReviewChainTest.MON_2026_09_28;
import static dev.disclosure.core.exemption.ReviewChainTest.MON_2026_10_26;
import static dev.disclosure.core.exemption.ReviewChainTest.POLICE;
import static dev.disclosure.core.exemption.ReviewChainTest.approved;
import static dev.disclosure.core.exemption.ReviewChainTest.awaitingSecrecyBody;
import static dev.disclosure.core.exemption.ReviewChainTest.item;
import static dev.disclosure.core.exemption.ReviewChainTest.opinion;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.disclosure.calendar.ChinaCalendars;
import dev.disclosure.calendar.Finding;
import dev.disclosure.calendar.WorkingDayCalendar;
import dev.disclosure.core.Regime;
import dev.disclosure.core.law.Rules;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * EX-6 and P-SECRECY-REVIEW on a date: what a publication check counts depends on what had
 * happened by then (a review request received later, a co-maker consulted or answering later), and
 * the steps that cannot have happened are refused with their own step named. The 2026 calendar.
 */
class ReviewChainDatesTest {

  private static final WorkingDayCalendar OFFICIAL = ChinaCalendars.official();
  private static final LocalDate FRI_2026_09_25 = LocalDate.of(2026, 9, 25);
  private static final LocalDate FRI_2026_10_09 = LocalDate.of(2026, 10, 9);
  private static final LocalDate TUE_2026_10_27 = LocalDate.of(2026, 10, 27);

  @Test
  @DisplayName(
      "P-SECRECY-REVIEW: the secrecy body's opinion cannot come before its review request reached"
          + " it (2026-09-28)")
  void secrecyOpinionBeforeRequest() {
    ReviewStepException refused =
        catchThrowableOfType(
            ReviewStepException.class,
            () ->
                awaitingSecrecyBody(Regime.OGI_2019, item())
                    .withOpinion(
                        opinion(
                            ReviewStage.SECRECY_REVIEW_BODY, ReviewVerdict.DISCLOSE, FRI_2026_09_25)));
    assertThat(refused).isNotNull();
    assertThat(refused.rule()).isEqualTo(Rules.P_SECRECY_REVIEW);
    assertThat(refused.step()).isEqualTo(ReviewStep.OPINION);
  }

  @Test
  @DisplayName(
      "EX-6: a reply from an agency that is no co-maker is refused as such, naming the co-makers,"
          + " and the step says consent or objection")
  void replyFromNoCoMaker() {
    ReviewChain consulted =
        approved(Regime.OGI_2019, item(POLICE)).withCoMakerConsulted(POLICE, MON_2026_09_28);
    ReviewStepException consent =
        catchThrowableOfType(
            ReviewStepException.class, () -> consulted.withCoMakerConsent(FINANCE, FRI_2026_10_09));
    assertThat(consent.step()).isEqualTo(ReviewStep.CO_MAKER_CONSENT);
    assertThat(consent.detail()).contains("is not a co-maker of '某市公共交通发展规划'");
    ReviewStepException objection =
        catchThrowableOfType(
            ReviewStepException.class,
            () -> consulted.withCoMakerObjection(FINANCE, FRI_2026_10_09, "涉及侦查"));
    assertThat(objection.step()).isEqualTo(ReviewStep.CO_MAKER_OBJECTION);
    assertThat(objection.detail()).contains("is not a co-maker");
  }

  @Test
  @DisplayName(
      "P-SECRECY-REVIEW: on a day before the review request reached the secrecy body, no timing of"
          + " its opinion is reported")
  void noTimingBeforeRequest() {
    PublicationCheck early =
        awaitingSecrecyBody(Regime.OGI_2019, item()).publicationOn(FRI_2026_09_25, OFFICIAL);
    assertThat(early.findings()).extracting(Finding::rule).doesNotContain(Rules.P_SECRECY_REVIEW);
    assertThat(early.isAllowed()).isFalse();
    PublicationCheck onTheDay =
        awaitingSecrecyBody(Regime.OGI_2019, item()).publicationOn(MON_2026_09_28, OFFICIAL);
    assertThat(onTheDay.findings()).extracting(Finding::rule).contains(Rules.P_SECRECY_REVIEW);
  }

  @Test
  @DisplayName(
      "EX-6: a co-maker consulted, or consenting, after the day asked about counts as not consulted,"
          + " or not yet consenting, on that day")
  void coMakerOnADay() {
    ReviewChain consultedLater =
        approved(Regime.OGI_2008, item(POLICE)).withCoMakerConsulted(POLICE, TUE_2026_10_27);
    PublicationCheck before = consultedLater.publicationOn(MON_2026_10_26, OFFICIAL);
    assertThat(before.isAllowed()).isFalse();
    assertThat(before.obstacles())
        .extracting(finding -> zh(finding.what()))
        .contains("尚未征求某市公安局的意见");

    ReviewChain consentLater =
        approved(Regime.OGI_2008, item(POLICE))
            .withCoMakerConsulted(POLICE, MON_2026_09_28)
            .withCoMakerConsent(POLICE, TUE_2026_10_27);
    PublicationCheck beforeConsent = consentLater.publicationOn(MON_2026_10_26, OFFICIAL);
    assertThat(beforeConsent.isAllowed()).isFalse();
    assertThat(beforeConsent.findings())
        .extracting(finding -> zh(finding.what()))
        .noneMatch(text -> text.contains("书面同意公开"));
    assertThat(consentLater.publicationOn(TUE_2026_10_27, OFFICIAL).isAllowed()).isTrue();
  }
}
