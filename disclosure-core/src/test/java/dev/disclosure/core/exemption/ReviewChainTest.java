package dev.disclosure.core.exemption;

import static dev.disclosure.core.Renderings.chinese;
import static dev.disclosure.core.Renderings.english;
import static dev.disclosure.core.exemption.Fixtures.en;
import static dev.disclosure.core.exemption.Fixtures.zh;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.disclosure.calendar.ChinaCalendars;
import dev.disclosure.calendar.Citation;
import dev.disclosure.calendar.Finding;
import dev.disclosure.calendar.FindingKind;
import dev.disclosure.calendar.Language;
import dev.disclosure.calendar.Lateness;
import dev.disclosure.calendar.Quantity;
import dev.disclosure.calendar.WorkingDayCalendar;
import dev.disclosure.core.Agency;
import dev.disclosure.core.AgencyLevel;
import dev.disclosure.core.InformationItem;
import dev.disclosure.core.Regime;
import dev.disclosure.core.law.LegalPeriods;
import dev.disclosure.core.law.Rules;
import dev.disclosure.core.proactive.DepartmentCategory;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * EX-6: the review chain, P-SECRECY-REVIEW, co-makers' consent and P-CO-AGENCY-2019, on the 2026
 * calendar.
 */
class ReviewChainTest {

  private static final WorkingDayCalendar OFFICIAL = ChinaCalendars.official();

  static final LocalDate MON_2026_09_14 = LocalDate.of(2026, 9, 14);
  static final LocalDate TUE_2026_09_15 = LocalDate.of(2026, 9, 15);
  static final LocalDate WED_2026_09_16 = LocalDate.of(2026, 9, 16);
  static final LocalDate MON_2026_09_28 = LocalDate.of(2026, 9, 28);
  static final LocalDate FRI_2026_10_23 = LocalDate.of(2026, 10, 23);
  static final LocalDate MON_2026_10_26 = LocalDate.of(2026, 10, 26);
  static final LocalDate TUE_2026_10_27 = LocalDate.of(2026, 10, 27);

  static final Agency TRANSPORT = Agency.of("某市交通运输局", AgencyLevel.DEPARTMENT);
  static final Agency POLICE = Agency.of("某市公安局", AgencyLevel.DEPARTMENT);
  static final Agency FINANCE = Agency.of("某市财政局", AgencyLevel.DEPARTMENT);
  static final Citation BASIS = ExemptionCitations.OGI_2019_ART_13;

  static InformationItem item(Agency... coMakers) {
    return InformationItem.builder()
        .category(DepartmentCategory.PLANS)
        .title("某市公共交通发展规划")
        .indexNumber("TR-2026-001")
        .generatedOn(MON_2026_09_14)
        .responsibleOffice("规划科")
        .madeBy(TRANSPORT)
        .keptBy(TRANSPORT)
        .addCoMakers(coMakers)
        .build();
  }

  static ReviewOpinion opinion(ReviewStage stage, ReviewVerdict verdict, LocalDate date) {
    return ReviewOpinion.of(stage, verdict, BASIS, "不属于不予公开的情形", date);
  }

  /** The first two stages, both 公开, and the request received by the secrecy body on 2026-09-28. */
  static ReviewChain awaitingSecrecyBody(Regime regime, InformationItem item) {
    return ReviewChain.start(regime, item)
        .withOpinion(opinion(ReviewStage.ORIGINATING_UNIT, ReviewVerdict.DISCLOSE, TUE_2026_09_15))
        .withOpinion(opinion(ReviewStage.UNIT_HEAD, ReviewVerdict.DISCLOSE, WED_2026_09_16))
        .withSecrecyReviewRequest(MON_2026_09_28);
  }

  static ReviewChain approved(Regime regime, InformationItem item) {
    return awaitingSecrecyBody(regime, item)
        .withOpinion(
            opinion(ReviewStage.SECRECY_REVIEW_BODY, ReviewVerdict.DISCLOSE, FRI_2026_10_23))
        .withOpinion(
            opinion(ReviewStage.SUPERVISING_LEADER, ReviewVerdict.DISCLOSE, MON_2026_10_26));
  }

  @Nested
  @DisplayName("EX-6 the four stages in order")
  class Order {

    @Test
    @DisplayName("EX-6: 承办单位初审 → 单位负责人审核 → 保密审查机构审查 → 分管领导审批, then publishable")
    void fullChain() {
      ReviewChain chain = approved(Regime.OGI_2019, item());

      assertThat(chain.isComplete()).isTrue();
      assertThat(chain.opinions())
          .extracting(ReviewOpinion::stage)
          .containsExactly(
              ReviewStage.ORIGINATING_UNIT,
              ReviewStage.UNIT_HEAD,
              ReviewStage.SECRECY_REVIEW_BODY,
              ReviewStage.SUPERVISING_LEADER);
      PublicationCheck check = chain.publicationOn(MON_2026_10_26, OFFICIAL);
      assertThat(check.isAllowed()).isTrue();
      assertThat(check.obstacles()).isEmpty();
      assertThat(check.findings())
          .extracting(Finding::rule, Finding::kind)
          .containsExactly(
              tuple(Rules.EX_6, FindingKind.APPLIED),
              tuple(Rules.P_SECRECY_REVIEW, FindingKind.APPLIED));
      assertThat(check.findings())
          .extracting(finding -> zh(finding.what()))
          .containsExactly(
              "审查完毕：承办单位初审公开（2026年9月15日）；单位负责人审核公开（2026年9月16日）；"
                  + "保密审查机构审查公开（2026年10月23日）；分管领导审批公开（2026年10月26日）",
              "保密审查机构于2026年9月28日收到审查申请，提出意见的期限届满日为2026年10月23日；"
                  + "于2026年10月23日提出意见，未逾期");
      assertThat(chinese(check.findings().get(1)))
          .isEqualTo(
              "[P-SECRECY-REVIEW] 保密审查机构于2026年9月28日收到审查申请，提出意见的期限届满日为2026年10月23日；"
                  + "于2026年10月23日提出意见，未逾期（依据《政务公开工作制度》（来源文件002）保密审查制度第十二条）");
      assertThat(english(check.findings()))
          .isEqualTo(
              "[EX-6] reviewed: preliminary opinion of the originating unit: disclose (2026-09-15);"
                  + " review by the unit's head: disclose (2026-09-16); review by the secrecy review"
                  + " body: disclose (2026-10-23); approval by the supervising leader: disclose"
                  + " (2026-10-26) ("
                  + check.findings().get(0).citations().stream()
                      .map(Language.ENGLISH::reference)
                      .collect(Collectors.joining("; "))
                  + ")\n"
                  + "[P-SECRECY-REVIEW] the review request reached the secrecy review body on"
                  + " 2026-09-28; its opinion was due 2026-10-23; given 2026-10-23: on time (Source"
                  + " document 002 (rules for open government affairs work))");
      assertThat(check.citations())
          .contains(
              ExemptionCitations.OGI_2019_ART_17,
              ExemptionCitations.DOC_003_REVIEW_FIRST,
              ExemptionCitations.DOC_002_OPINIONS);
    }

    @Test
    @DisplayName("EX-6 先审查后公开: nothing is publishable before the leader approves")
    void reviewFirst() {
      ReviewChain chain = awaitingSecrecyBody(Regime.OGI_2019, item());

      PublicationCheck check = chain.publicationOn(MON_2026_10_26, OFFICIAL);

      assertThat(check.isAllowed()).isFalse();
      assertThat(check.obstacles()).hasSize(1);
      assertThat(check.obstacles().get(0).kind()).isEqualTo(FindingKind.BROKEN);
      assertThat(chinese(check.obstacles().get(0)))
          .startsWith(
              "[EX-6 违反] 先审查后公开：截至2026年10月26日审查尚未完成，下一环节为保密审查机构审查"
                  + "（已有意见：承办单位初审公开；单位负责人审核公开）（依据");
      assertThat(english(check.obstacles().get(0)))
          .startsWith(
              "[EX-6, broken] review before publication: on 2026-10-26 the review is not complete;"
                  + " next: review by the secrecy review body (given: preliminary opinion of the"
                  + " originating unit: disclose; review by the unit's head: disclose) (");
      assertThat(check.findings()).containsSubsequence(check.obstacles());
      assertThat(
              ReviewChain.start(Regime.OGI_2008, item())
                  .publicationOn(MON_2026_10_26, OFFICIAL)
                  .isAllowed())
          .isFalse();
    }

    @Test
    @DisplayName(
        "EX-6 先审查后公开: before any opinion counts, the obstacle names the first stage and lists no"
            + " opinions given")
    void nothingGivenYet() {
      PublicationCheck unreviewed =
          ReviewChain.start(Regime.OGI_2019, item()).publicationOn(MON_2026_10_26, OFFICIAL);
      PublicationCheck askedBeforeFirstOpinion =
          approved(Regime.OGI_2008, item()).publicationOn(MON_2026_09_14, OFFICIAL);

      for (PublicationCheck check : List.of(unreviewed, askedBeforeFirstOpinion)) {
        assertThat(check.isAllowed()).isFalse();
        assertThat(check.findings()).isEqualTo(check.obstacles());
        assertThat(check.obstacles())
            .extracting(Finding::rule, Finding::kind)
            .containsExactly(tuple(Rules.EX_6, FindingKind.BROKEN));
      }
      assertThat(zh(unreviewed.obstacles().get(0).what()))
          .isEqualTo("先审查后公开：截至2026年10月26日审查尚未完成，下一环节为承办单位初审");
      assertThat(en(unreviewed.obstacles().get(0).what()))
          .isEqualTo(
              "review before publication: on 2026-10-26 the review is not complete; next:"
                  + " preliminary opinion of the originating unit");
      assertThat(zh(askedBeforeFirstOpinion.obstacles().get(0).what()))
          .isEqualTo("先审查后公开：截至2026年9月14日审查尚未完成，下一环节为承办单位初审");
    }

    @Test
    @DisplayName(
        "EX-6: asked on a date before the leader's approval, the item is not yet publishable")
    void askedTooEarly() {
      PublicationCheck check =
          approved(Regime.OGI_2019, item()).publicationOn(FRI_2026_10_23, OFFICIAL);

      assertThat(check.isAllowed()).isFalse();
      assertThat(zh(check.obstacles().get(0).what())).contains("下一环节为分管领导审批");
      assertThat(en(check.obstacles().get(0).what()))
          .contains("next: approval by the supervising leader");
    }

    @Test
    @DisplayName("EX-6: the leader's 免予公开 ends the review without publication")
    void leaderRefuses() {
      ReviewChain chain =
          awaitingSecrecyBody(Regime.OGI_2019, item())
              .withOpinion(
                  opinion(ReviewStage.SECRECY_REVIEW_BODY, ReviewVerdict.DISCLOSE, FRI_2026_10_23))
              .withOpinion(
                  ReviewOpinion.of(
                      ReviewStage.SUPERVISING_LEADER,
                      ReviewVerdict.EXEMPT,
                      ExemptionGrounds.PROCESS_INFORMATION_2019,
                      "规划尚在征求意见，属过程稿",
                      MON_2026_10_26));

      PublicationCheck check = chain.publicationOn(TUE_2026_10_27, OFFICIAL);

      assertThat(chain.isComplete()).isTrue();
      assertThat(check.isAllowed()).isFalse();
      assertThat(check.obstacles())
          .extracting(finding -> zh(finding.what()))
          .containsExactly("分管领导审批：2026年10月26日决定免予公开，理由：规划尚在征求意见，属过程稿");
      assertThat(check.obstacles())
          .extracting(finding -> en(finding.what()))
          .containsExactly(
              "approval by the supervising leader: decided on 2026-10-26 to exempt from"
                  + " disclosure; reason: as recorded");
      assertThat(check.citations()).contains(ExemptionGrounds.PROCESS_INFORMATION_2019.citation());
    }

    @Test
    @DisplayName(
        "EX-6: an opinion out of order is refused, naming stage, step and rule; the chain is"
            + " unchanged")
    void outOfOrder() {
      ReviewChain chain =
          ReviewChain.start(Regime.OGI_2019, item())
              .withOpinion(
                  opinion(ReviewStage.ORIGINATING_UNIT, ReviewVerdict.DISCLOSE, TUE_2026_09_15));

      assertThatThrownBy(
              () ->
                  chain.withOpinion(
                      opinion(
                          ReviewStage.SUPERVISING_LEADER, ReviewVerdict.DISCLOSE, WED_2026_09_16)))
          .isInstanceOfSatisfying(
              ReviewStepException.class,
              thrown -> {
                assertThat(thrown.rule()).isEqualTo(Rules.EX_6);
                assertThat(thrown.state()).contains(ReviewStage.UNIT_HEAD);
                assertThat(thrown.step()).isEqualTo(ReviewStep.OPINION);
                assertThat(thrown.detail())
                    .isEqualTo("out of order; the next stage is 单位负责人审核 (002 保密审查制度第七条)");
                assertThat(thrown)
                    .hasMessage(
                        "EX-6: step 记录审查意见 (OPINION, 分管领导审批 opinion 公开 of 2026-09-16) refused in"
                            + " state 单位负责人审核 (UNIT_HEAD): out of order; the next stage is"
                            + " 单位负责人审核 (002 保密审查制度第七条)");
              })
          .isInstanceOf(IllegalStateException.class);
      assertThat(chain.opinions()).hasSize(1);
      assertThat(chain.nextStage()).contains(ReviewStage.UNIT_HEAD);
    }

    @Test
    @DisplayName(
        "EX-6: an opinion dated before the previous one, or before the item was formed, is refused")
    void datesGoForward() {
      ReviewChain chain =
          ReviewChain.start(Regime.OGI_2019, item())
              .withOpinion(
                  opinion(ReviewStage.ORIGINATING_UNIT, ReviewVerdict.DISCLOSE, WED_2026_09_16));

      assertThatThrownBy(
              () ->
                  chain.withOpinion(
                      opinion(ReviewStage.UNIT_HEAD, ReviewVerdict.DISCLOSE, TUE_2026_09_15)))
          .isInstanceOf(ReviewStepException.class)
          .hasMessageContaining("dated before the previous opinion (2026-09-16)");
      assertThatThrownBy(
              () ->
                  ReviewChain.start(Regime.OGI_2019, item())
                      .withOpinion(
                          opinion(
                              ReviewStage.ORIGINATING_UNIT,
                              ReviewVerdict.DISCLOSE,
                              MON_2026_09_14.minusDays(1))))
          .isInstanceOf(ReviewStepException.class)
          .hasMessageContaining("dated before the item was formed (2026-09-14)");
      assertThat(
              chain
                  .withOpinion(
                      opinion(ReviewStage.UNIT_HEAD, ReviewVerdict.DISCLOSE, WED_2026_09_16))
                  .opinions())
          .hasSize(2);
    }

    @Test
    @DisplayName("EX-6: an opinion without a reason is refused (002 保密审查制度第十一条)")
    void blankReason() {
      assertThatThrownBy(
              () ->
                  ReviewOpinion.of(
                      ReviewStage.SECRECY_REVIEW_BODY,
                      ReviewVerdict.EXEMPT,
                      BASIS,
                      "  ",
                      FRI_2026_10_23))
          .isInstanceOfSatisfying(
              ReviewStepException.class,
              thrown -> {
                assertThat(thrown.state()).contains(ReviewStage.SECRECY_REVIEW_BODY);
                assertThat(thrown.rule()).isEqualTo(Rules.EX_6);
              })
          .hasMessageContaining("002 保密审查制度第十一条");
    }

    @Test
    @DisplayName("EX-6: nothing is recorded after the leader has decided")
    void completeChainRefusesMore() {
      assertThatThrownBy(
              () ->
                  approved(Regime.OGI_2019, item())
                      .withOpinion(
                          opinion(
                              ReviewStage.SUPERVISING_LEADER,
                              ReviewVerdict.DISCLOSE,
                              TUE_2026_10_27)))
          .isInstanceOfSatisfying(
              ReviewStepException.class,
              thrown -> {
                assertThat(thrown.state()).isEmpty();
                assertThat(thrown).hasMessageContaining("refused in state 审查完毕");
              });
    }

    @Test
    @DisplayName(
        "EX-6 [convention]: the leader cannot answer 需报审, nor approve 公开 over the secrecy body's"
            + " 免予公开")
    void leaderLimits() {
      ReviewChain exempted =
          awaitingSecrecyBody(Regime.OGI_2019, item())
              .withOpinion(
                  opinion(ReviewStage.SECRECY_REVIEW_BODY, ReviewVerdict.EXEMPT, FRI_2026_10_23));

      assertThatThrownBy(
              () ->
                  exempted.withOpinion(
                      opinion(ReviewStage.SUPERVISING_LEADER, ReviewVerdict.REFER, MON_2026_10_26)))
          .isInstanceOf(ReviewStepException.class)
          .hasMessageContaining("referral happens at the secrecy review body");
      assertThatThrownBy(
              () ->
                  exempted.withOpinion(
                      opinion(
                          ReviewStage.SUPERVISING_LEADER, ReviewVerdict.DISCLOSE, MON_2026_10_26)))
          .isInstanceOf(ReviewStepException.class)
          .hasMessageContaining("保密审查机构审查 decided 免予公开 on 2026-10-23");
      assertThat(
              exempted
                  .withOpinion(
                      opinion(ReviewStage.SUPERVISING_LEADER, ReviewVerdict.EXEMPT, MON_2026_10_26))
                  .isComplete())
          .isTrue();
    }
  }

  @Nested
  @DisplayName("EX-6 需报审: the authority that can decide")
  class Referral {

    @Test
    @DisplayName(
        "EX-6: 需报审 sends the item to the competent authority, whose decision comes before the"
            + " leader")
    void referral() {
      ReviewChain referred =
          awaitingSecrecyBody(Regime.OGI_2008, item())
              .withOpinion(
                  opinion(ReviewStage.SECRECY_REVIEW_BODY, ReviewVerdict.REFER, FRI_2026_10_23));

      assertThat(referred.nextStage()).contains(ReviewStage.COMPETENT_AUTHORITY);
      assertThatThrownBy(
              () ->
                  referred.withOpinion(
                      opinion(
                          ReviewStage.SUPERVISING_LEADER, ReviewVerdict.DISCLOSE, MON_2026_10_26)))
          .isInstanceOf(ReviewStepException.class)
          .hasMessageContaining("the next stage is 报有权机关确定");

      ReviewChain decided =
          referred
              .withOpinion(
                  opinion(ReviewStage.COMPETENT_AUTHORITY, ReviewVerdict.REFER, MON_2026_10_26))
              .withOpinion(
                  opinion(ReviewStage.COMPETENT_AUTHORITY, ReviewVerdict.DISCLOSE, TUE_2026_10_27))
              .withOpinion(
                  opinion(ReviewStage.SUPERVISING_LEADER, ReviewVerdict.DISCLOSE, TUE_2026_10_27));

      PublicationCheck check = decided.publicationOn(TUE_2026_10_27, OFFICIAL);

      assertThat(decided.isComplete()).isTrue();
      assertThat(check.isAllowed()).isTrue();
      assertThat(zh(check.findings().get(0).what()))
          .isEqualTo("需报审：已报有权机关确定；2026年10月26日需报审；2026年10月27日公开");
      assertThat(en(check.findings().get(0).what()))
          .isEqualTo(
              "referred to the authority that can decide; refer to the authority that can decide"
                  + " on 2026-10-26; disclose on 2026-10-27");
      assertThat(check.citations())
          .contains(ExemptionCitations.DOC_002_UNCLEAR, ExemptionCitations.DOC_002_REVIEW_DISPUTE);
    }
  }

  @Nested
  @DisplayName("P-SECRECY-REVIEW the secrecy body's 15 working days")
  class SecrecyPeriod {

    @Test
    @DisplayName(
        "P-SECRECY-REVIEW: request received Mon 2026-09-28, across 国庆节 → due Fri 2026-10-23")
    void deadline() {
      ReviewChain chain = awaitingSecrecyBody(Regime.OGI_2019, item());

      assertThat(chain.secrecyReviewDeadline(OFFICIAL).orElseThrow().dueDate())
          .isEqualTo(FRI_2026_10_23);
      assertThat(chain.secrecyReviewLateness(OFFICIAL, MON_2026_10_26))
          .map(Lateness::workingDaysLate)
          .contains(1);
      assertThat(ReviewChain.start(Regime.OGI_2019, item()).secrecyReviewDeadline(OFFICIAL))
          .isEmpty();
    }

    @Test
    @DisplayName(
        "P-SECRECY-REVIEW: an opinion given Tue 2026-10-27 is late by 2 working days, and the check"
            + " says so")
    void lateOpinion() {
      ReviewChain chain =
          awaitingSecrecyBody(Regime.OGI_2019, item())
              .withOpinion(
                  opinion(ReviewStage.SECRECY_REVIEW_BODY, ReviewVerdict.DISCLOSE, TUE_2026_10_27))
              .withOpinion(
                  opinion(ReviewStage.SUPERVISING_LEADER, ReviewVerdict.DISCLOSE, TUE_2026_10_27));

      Lateness lateness =
          chain.secrecyReviewLateness(OFFICIAL, TUE_2026_10_27.plusDays(30)).orElseThrow();

      assertThat(lateness.isLate()).isTrue();
      assertThat(lateness.workingDaysLate()).isEqualTo(2);
      PublicationCheck check = chain.publicationOn(TUE_2026_10_27, OFFICIAL);
      Finding late =
          check.findings().stream()
              .filter(finding -> finding.rule().equals(Rules.P_SECRECY_REVIEW))
              .findFirst()
              .orElseThrow();
      assertThat(late.kind()).isEqualTo(FindingKind.BROKEN);
      assertThat(check.isAllowed()).isTrue();
      assertThat(check.obstacles()).isEmpty();
      assertThat(late.quantities()).containsExactly(Quantity.of(2, Quantity.Unit.WORKING_DAYS));
      assertThat(late.dates()).containsExactly(MON_2026_09_28, FRI_2026_10_23, TUE_2026_10_27);
      assertThat(zh(late.what()))
          .isEqualTo(
              "保密审查机构于2026年9月28日收到审查申请，提出意见的期限届满日为2026年10月23日；"
                  + "于2026年10月27日提出意见，逾期2个工作日");
      assertThat(en(late.what()))
          .isEqualTo(
              "the review request reached the secrecy review body on 2026-09-28; its opinion was"
                  + " due 2026-10-23; given 2026-10-27: late by 2 working days");
    }

    @Test
    @DisplayName(
        "P-SECRECY-REVIEW: the secrecy body cannot answer before the request's arrival is recorded")
    void requestFirst() {
      ReviewChain chain =
          ReviewChain.start(Regime.OGI_2019, item())
              .withOpinion(
                  opinion(ReviewStage.ORIGINATING_UNIT, ReviewVerdict.DISCLOSE, TUE_2026_09_15))
              .withOpinion(opinion(ReviewStage.UNIT_HEAD, ReviewVerdict.DISCLOSE, WED_2026_09_16));

      assertThatThrownBy(
              () ->
                  chain.withOpinion(
                      opinion(
                          ReviewStage.SECRECY_REVIEW_BODY, ReviewVerdict.DISCLOSE, FRI_2026_10_23)))
          .isInstanceOfSatisfying(
              ReviewStepException.class,
              thrown -> assertThat(thrown.rule()).isEqualTo(Rules.P_SECRECY_REVIEW));
      assertThatThrownBy(
              () ->
                  ReviewChain.start(Regime.OGI_2019, item())
                      .withSecrecyReviewRequest(MON_2026_09_28))
          .isInstanceOf(ReviewStepException.class)
          .hasMessageContaining("after 单位负责人审核");
      assertThatThrownBy(() -> chain.withSecrecyReviewRequest(TUE_2026_09_15))
          .isInstanceOf(ReviewStepException.class)
          .hasMessageContaining("dated before the head's review (2026-09-16)");
      assertThatThrownBy(
              () ->
                  awaitingSecrecyBody(Regime.OGI_2019, item())
                      .withSecrecyReviewRequest(MON_2026_09_28))
          .isInstanceOf(ReviewStepException.class)
          .hasMessageContaining("already received on 2026-09-28");
    }
  }

  @Nested
  @DisplayName("EX-6 jointly made information")
  class CoMakers {

    @Test
    @DisplayName(
        "EX-6: a co-maker's written consent lets an approved item be published under both regimes")
    void writtenConsent() {
      for (Regime regime : Regime.values()) {
        ReviewChain chain =
            approved(regime, item(POLICE))
                .withCoMakerConsulted(POLICE, MON_2026_09_28)
                .withCoMakerConsent(POLICE, WED_2026_09_16.plusDays(20));

        PublicationCheck check = chain.publicationOn(MON_2026_10_26, OFFICIAL);

        assertThat(check.isAllowed()).isTrue();
        assertThat(check.findings())
            .extracting(finding -> zh(finding.what()))
            .contains("某市公安局于2026年10月6日书面同意公开");
        assertThat(check.findings())
            .extracting(finding -> en(finding.what()))
            .contains("the government department (as recorded) consented in writing on 2026-10-06");
      }
    }

    @Test
    @DisplayName(
        "EX-6: a jointly made item's check first says that the lead maker reviews it and whose"
            + " consent it needs, then each co-maker's answer")
    void jointlyMadeStep() {
      ReviewChain chain =
          approved(Regime.OGI_2019, item(POLICE, FINANCE))
              .withCoMakerConsulted(POLICE, MON_2026_09_28)
              .withCoMakerConsulted(FINANCE, MON_2026_09_28)
              .withCoMakerConsent(POLICE, FRI_2026_10_23)
              .withCoMakerConsent(FINANCE, MON_2026_10_26);

      PublicationCheck check = chain.publicationOn(MON_2026_10_26, OFFICIAL);

      assertThat(check.isAllowed()).isTrue();
      assertThat(check.findings())
          .extracting(Finding::rule, Finding::kind)
          .containsExactly(
              tuple(Rules.EX_6, FindingKind.APPLIED),
              tuple(Rules.P_SECRECY_REVIEW, FindingKind.APPLIED),
              tuple(Rules.EX_6, FindingKind.APPLIED),
              tuple(Rules.EX_6, FindingKind.APPLIED),
              tuple(Rules.EX_6, FindingKind.APPLIED));
      assertThat(check.findings().subList(2, 5))
          .extracting(finding -> zh(finding.what()))
          .containsExactly(
              "共同制作的信息：由牵头制作机关某市交通运输局审查，并须取得某市公安局、某市财政局的同意",
              "某市公安局于2026年10月23日书面同意公开",
              "某市财政局于2026年10月26日书面同意公开");
      assertThat(en(check.findings().get(2).what()))
          .isEqualTo(
              "jointly made: the lead maker, the government department (as recorded), reviews it"
                  + " and needs the consent of the government department (as recorded), the"
                  + " government department (as recorded)");
      assertThat(check.findings().get(2).citations())
          .isEqualTo(ExemptionRules.of(Regime.OGI_2019).coMakers());
    }

    @Test
    @DisplayName(
        "EX-6: under OGI_2008 a co-maker's objection blocks publication in its own words, whatever"
            + " its date (no silence period: 002 保密审查制度第八条)")
    void objection2008() {
      ReviewChain chain =
          approved(Regime.OGI_2008, item(POLICE))
              .withCoMakerConsulted(POLICE, MON_2026_09_28)
              .withCoMakerObjection(POLICE, MON_2026_10_26.plusMonths(1), "涉及正在侦办的案件");

      PublicationCheck beforeObjection = chain.publicationOn(MON_2026_10_26, OFFICIAL);
      PublicationCheck afterObjection =
          chain.publicationOn(MON_2026_10_26.plusMonths(2), OFFICIAL);

      assertThat(afterObjection.isAllowed()).isFalse();
      assertThat(afterObjection.obstacles())
          .extracting(Finding::rule, Finding::kind)
          .containsExactly(tuple(Rules.EX_6, FindingKind.BROKEN));
      assertThat(afterObjection.obstacles())
          .extracting(finding -> zh(finding.what()))
          .containsExactly("某市公安局于2026年11月26日不同意公开，理由：涉及正在侦办的案件");
      assertThat(afterObjection.obstacles())
          .extracting(finding -> en(finding.what()))
          .containsExactly(
              "the government department (as recorded) objected on 2026-11-26; reason: as"
                  + " recorded");
      assertThat(beforeObjection.obstacles())
          .extracting(finding -> zh(finding.what()))
          .containsExactly(
              "某市公安局于2026年9月28日收到征求意见，尚未书面同意；依《中华人民共和国政府信息公开条例》（2008年施行），"
                  + "不提出意见不视为同意");
    }

    @Test
    @DisplayName(
        "P-CO-AGENCY-2019: under OGI_2019 silence for 15 working days from receipt is consent")
    void silence2019() {
      ReviewChain chain =
          approved(Regime.OGI_2019, item(POLICE)).withCoMakerConsulted(POLICE, MON_2026_09_28);

      PublicationCheck onDueDate = chain.publicationOn(FRI_2026_10_23, OFFICIAL);
      PublicationCheck afterDue = chain.publicationOn(MON_2026_10_26, OFFICIAL);

      assertThat(onDueDate.obstacles())
          .extracting(Finding::rule, finding -> zh(finding.what()))
          .contains(
              tuple(
                  Rules.P_CO_AGENCY_2019,
                  "某市公安局于2026年9月28日收到征求意见，提出意见的期限届满日为2026年10月23日，逾期未提出意见的视为同意公开"));
      assertThat(onDueDate.obstacles())
          .extracting(finding -> en(finding.what()))
          .contains(
              "the government department (as recorded) received the consultation on 2026-09-28;"
                  + " its opinion is due 2026-10-23, after which silence counts as consent");
      assertThat(afterDue.isAllowed()).isTrue();
      Finding silence = afterDue.findings().get(afterDue.findings().size() - 1);
      assertThat(silence.kind()).isEqualTo(FindingKind.APPLIED);
      assertThat(chinese(silence))
          .startsWith(
              "[P-CO-AGENCY-2019] 某市公安局于2026年9月28日收到征求意见，至2026年10月23日未提出意见："
                  + "逾期未提出意见的视为同意公开（依据");
      assertThat(english(silence))
          .startsWith(
              "[P-CO-AGENCY-2019] the government department (as recorded) received the"
                  + " consultation on 2026-09-28 and gave no opinion by 2026-10-23: its silence"
                  + " counts as consent (");
      assertThat(afterDue.citations()).containsAll(LegalPeriods.P_CO_AGENCY_2019.citations());
    }

    @Test
    @DisplayName("EX-6: under OGI_2008 silence is not consent (002 保密审查制度第八条)")
    void silence2008() {
      ReviewChain chain =
          approved(Regime.OGI_2008, item(POLICE)).withCoMakerConsulted(POLICE, MON_2026_09_28);

      PublicationCheck check = chain.publicationOn(MON_2026_10_26.plusMonths(1), OFFICIAL);

      assertThat(check.isAllowed()).isFalse();
      assertThat(check.obstacles())
          .extracting(finding -> zh(finding.what()))
          .containsExactly(
              "某市公安局于2026年9月28日收到征求意见，尚未书面同意；依《中华人民共和国政府信息公开条例》（2008年施行），"
                  + "不提出意见不视为同意");
      assertThat(check.obstacles())
          .extracting(finding -> en(finding.what()))
          .containsExactly(
              "the government department (as recorded) received the consultation on 2026-09-28"
                  + " and has not consented in writing; under OGI_2008 silence is not consent");
      assertThat(check.citations()).contains(ExemptionCitations.DOC_002_CO_MAKERS);
    }

    @Test
    @DisplayName("EX-6: an objection in time, or a co-maker never consulted, blocks publication")
    void objectionAndMissingConsultation() {
      ReviewChain chain =
          approved(Regime.OGI_2019, item(POLICE, FINANCE))
              .withCoMakerConsulted(POLICE, MON_2026_09_28)
              .withCoMakerObjection(POLICE, FRI_2026_10_23, "涉及正在侦办的案件");

      PublicationCheck check = chain.publicationOn(TUE_2026_10_27, OFFICIAL);

      assertThat(check.obstacles())
          .extracting(Finding::rule, Finding::kind)
          .containsOnly(tuple(Rules.EX_6, FindingKind.BROKEN));
      assertThat(check.obstacles())
          .extracting(finding -> zh(finding.what()))
          .containsExactly("某市公安局于2026年10月23日不同意公开，理由：涉及正在侦办的案件", "尚未征求某市财政局的意见");
      assertThat(check.obstacles())
          .extracting(finding -> en(finding.what()))
          .containsExactly(
              "the government department (as recorded) objected on 2026-10-23; reason: as"
                  + " recorded",
              "the government department (as recorded) has not been consulted");
    }

    @Test
    @DisplayName(
        "P-CO-AGENCY-2019 [convention]: an objection after the period does not undo the consent"
            + " silence gave")
    void lateObjection() {
      ReviewChain chain =
          approved(Regime.OGI_2019, item(POLICE))
              .withCoMakerConsulted(POLICE, MON_2026_09_28)
              .withCoMakerObjection(POLICE, MON_2026_10_26, "不同意公开");

      PublicationCheck check = chain.publicationOn(TUE_2026_10_27, OFFICIAL);

      assertThat(check.isAllowed()).isTrue();
      assertThat(check.explain()).contains("（2026年10月26日才提出异议）");
      assertThat(check.explain(Language.ENGLISH)).contains("(it objected only on 2026-10-26)");
      assertThat(check.findings().get(check.findings().size() - 1).kind())
          .isEqualTo(FindingKind.CONVENTION);
    }

    @Test
    @DisplayName("EX-6: co-maker steps that do not fit the item are refused")
    void coMakerSteps() {
      ReviewChain chain = ReviewChain.start(Regime.OGI_2019, item(POLICE));

      assertThatThrownBy(() -> chain.withCoMakerConsulted(FINANCE, MON_2026_09_28))
          .isInstanceOf(ReviewStepException.class)
          .hasMessageContaining("某市财政局 (政府部门) is not a co-maker");
      assertThatThrownBy(() -> chain.withCoMakerConsent(POLICE, MON_2026_09_28))
          .isInstanceOf(ReviewStepException.class)
          .hasMessageContaining("record first that 某市公安局 (政府部门) received the consultation");
      ReviewChain consulted = chain.withCoMakerConsulted(POLICE, MON_2026_09_28);
      assertThatThrownBy(() -> consulted.withCoMakerConsulted(POLICE, MON_2026_10_26))
          .isInstanceOf(ReviewStepException.class)
          .hasMessageContaining("already received the consultation on 2026-09-28");
      assertThatThrownBy(() -> consulted.withCoMakerConsent(POLICE, WED_2026_09_16))
          .isInstanceOf(ReviewStepException.class)
          .hasMessageContaining("dated before the consultation was received (2026-09-28)");
      assertThatThrownBy(() -> consulted.withCoMakerObjection(POLICE, MON_2026_10_26, " "))
          .isInstanceOf(ReviewStepException.class)
          .hasMessageContaining("the objection gives no reason");
      ReviewChain answered = consulted.withCoMakerConsent(POLICE, MON_2026_10_26);
      assertThatThrownBy(() -> answered.withCoMakerObjection(POLICE, TUE_2026_10_27, "改变主意"))
          .isInstanceOf(ReviewStepException.class)
          .hasMessageContaining("already answered: consented on 2026-10-26");
      assertThatThrownBy(() -> chain.withCoMakerConsulted(POLICE, MON_2026_09_14.minusDays(1)))
          .isInstanceOf(ReviewStepException.class)
          .hasMessageContaining("dated before the item was formed");
    }
  }
}
