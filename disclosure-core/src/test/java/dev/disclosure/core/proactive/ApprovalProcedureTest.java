package dev.disclosure.core.proactive;

import static dev.disclosure.core.proactive.Fixtures.BUDGET;
import static dev.disclosure.core.proactive.Fixtures.MON_2026_09_28;
import static dev.disclosure.core.proactive.Fixtures.TUE_2026_09_29;
import static dev.disclosure.core.proactive.Fixtures.WED_2026_09_30;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.disclosure.calendar.Finding;
import dev.disclosure.calendar.FindingKind;
import dev.disclosure.core.InformationItem;
import dev.disclosure.core.Renderings;
import dev.disclosure.core.law.Rules;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The approval procedures of the sources (PRO-7), each in its own order and words. */
class ApprovalProcedureTest {

  private static final LocalDate FRI_2026_10_09 = LocalDate.of(2026, 10, 9);
  private static final LocalDate MON_2026_10_12 = LocalDate.of(2026, 10, 12);

  @Test
  @DisplayName(
      "PRO-7 regression (003 街道: 分管领导先审核，然后提交政务公开领导小组研究，由政务公开领导小组组长同意后再予以公开): the"
          + " leading group's study cannot be skipped")
  void streetOffice() {
    ApprovalChain checked =
        ApprovalChain.of(BUDGET, ApprovalProcedure.STREET_OFFICE, Set.of())
            .proposedBy("社会事务科", MON_2026_09_28)
            .checkedBy("分管副主任", TUE_2026_09_29);
    assertThat(checked.nextStep()).contains(ApprovalStep.LEADING_GROUP_STUDY);
    assertThatThrownBy(() -> checked.agreedBy("领导小组组长", WED_2026_09_30))
        .isInstanceOf(ApprovalOrderException.class)
        .hasMessageContaining("the next step is 提交政务公开领导小组研究 (LEADING_GROUP_STUDY)")
        .hasMessageContaining(
            "order: 有关科室、站、所提供公开的内容 → 分管领导先审核 → 提交政务公开领导小组研究 → 政务公开领导小组组长同意 → 予以公开");
    ApprovalChain published =
        checked
            .withStep(ApprovalStep.LEADING_GROUP_STUDY, "街道政务公开领导小组", WED_2026_09_30)
            .agreedBy("领导小组组长", WED_2026_09_30)
            .publishedBy("党政办", FRI_2026_10_09);
    assertThat(published.isPublished()).isTrue();
    assertThat(published.explain())
        .contains("2026年9月30日提交政务公开领导小组研究（街道政务公开领导小组）")
        .contains("2026年9月30日政务公开领导小组组长同意（领导小组组长）");
    Renderings.english(published.findings());
  }

  @Test
  @DisplayName(
      "PRO-7 (002 主动公开制度二、1、2): the secrecy committee's review and the coordination of third-party"
          + " rights are added only when the item's facts call for them")
  void conditionalSteps() {
    assertThat(ApprovalProcedure.GOVERNMENT.steps(Set.of()))
        .containsExactly(ApprovalStep.PROPOSED, ApprovalStep.AGREED, ApprovalStep.PUBLISHED);
    assertThat(
            ApprovalProcedure.DEPARTMENT.steps(EnumSet.allOf(ApprovalCondition.class)))
        .containsExactly(
            ApprovalStep.PROPOSED,
            ApprovalStep.SECRECY_REVIEW,
            ApprovalStep.THIRD_PARTY_COORDINATION,
            ApprovalStep.AGREED,
            ApprovalStep.PUBLISHED);
    ApprovalChain secret =
        ApprovalChain.of(
                BUDGET, ApprovalProcedure.GOVERNMENT, Set.of(ApprovalCondition.INVOLVES_STATE_SECRETS))
            .proposedBy("县政府办公室", MON_2026_09_28);
    assertThatThrownBy(() -> secret.agreedBy("县长", TUE_2026_09_29))
        .isInstanceOf(ApprovalOrderException.class)
        .hasMessageContaining("本级办公部门保密委员会依照相关法律、法规进行保密审查 (SECRECY_REVIEW)");
    assertThat(
            secret
                .withStep(ApprovalStep.SECRECY_REVIEW, "县政府办公室保密委员会", TUE_2026_09_29)
                .agreedBy("县长", WED_2026_09_30)
                .publishedBy("县政府办公室", FRI_2026_10_09)
                .explain())
        .contains("本级人民政府主要负责人审定（县长）");
    assertThat(ApprovalProcedure.GOVERNMENT.citations().get(0).wording())
        .contains("报本级人民政府主要负责人审定后公开");
    for (ApprovalCondition condition : ApprovalCondition.values()) {
      Renderings.checkedEnglish(condition.english());
      assertThat(ApprovalProcedure.GOVERNMENT.citations().get(0).wording()).contains(condition.label());
    }
  }

  @Test
  @DisplayName(
      "PRO-7 (002 主动公开制度二、3): another organization files with its supervising department at the"
          + " same time; a later filing is a finding")
  void otherOrganizationFiles() {
    ApprovalChain published =
        ApprovalChain.of(BUDGET, ApprovalProcedure.OTHER_ORGANIZATION, Set.of())
            .proposedBy("县供水公司", MON_2026_09_28)
            .agreedBy("总经理", TUE_2026_09_29)
            .publishedBy("县供水公司", FRI_2026_10_09);
    assertThat(published.isPublished()).isTrue();
    assertThat(published.nextStep()).contains(ApprovalStep.FILED_WITH_SUPERVISING_DEPARTMENT);
    ApprovalChain sameDay =
        published.withStep(ApprovalStep.FILED_WITH_SUPERVISING_DEPARTMENT, "县住建局", FRI_2026_10_09);
    assertThat(sameDay.findings()).noneMatch(f -> f.kind() == FindingKind.BROKEN);
    List<Finding> later =
        published
            .withStep(ApprovalStep.FILED_WITH_SUPERVISING_DEPARTMENT, "县住建局", MON_2026_10_12)
            .findings();
    assertThat(later).filteredOn(f -> f.kind() == FindingKind.BROKEN).hasSize(1);
    assertThat(Renderings.chinese(later.get(later.size() - 1)))
        .startsWith("[PRO-7 违反] 公开与报主管部门备案应同时进行：2026年10月9日公开，2026年10月12日才备案");
    Renderings.english(later);
  }

  @Test
  @DisplayName(
      "PRO-7 (000 司法局二、（一）; 003 供销社一、（四）): the Party group's discussion, the disclosure office's"
          + " review, each in the source's words")
  void justiceBureauAndCooperative() {
    assertThat(ApprovalProcedure.JUSTICE_BUREAU.steps(Set.of()))
        .containsExactly(
            ApprovalStep.PROPOSED,
            ApprovalStep.CHECKED,
            ApprovalStep.PARTY_GROUP_DISCUSSION,
            ApprovalStep.PUBLISHED);
    assertThat(ApprovalProcedure.JUSTICE_BUREAU.wording(ApprovalStep.CHECKED)).contains("报分管局长审核");
    assertThat(ApprovalProcedure.COOPERATIVE.steps(Set.of()))
        .containsExactly(
            ApprovalStep.PROPOSED,
            ApprovalStep.DISCLOSURE_OFFICE_REVIEW,
            ApprovalStep.CHECKED,
            ApprovalStep.PUBLISHED);
    assertThat(ApprovalProcedure.COOPERATIVE.wording(ApprovalStep.CHECKED))
        .contains("分管领导进行确认、保密审查，签字");
    assertThat(ApprovalProcedure.COOPERATIVE.wording(ApprovalStep.AGREED)).isEmpty();
  }

  @ParameterizedTest(name = "PRO-7: {0} ends in publication and cites its source")
  @EnumSource(ApprovalProcedure.class)
  @DisplayName("PRO-7: every procedure publishes only at its end (先审查后公开) and cites its source")
  void everyProcedure(ApprovalProcedure procedure) {
    List<ApprovalStep> all = procedure.steps(EnumSet.allOf(ApprovalCondition.class));
    assertThat(all).contains(ApprovalStep.PUBLISHED);
    assertThat(all.subList(all.indexOf(ApprovalStep.PUBLISHED) + 1, all.size()))
        .allMatch(step -> step == ApprovalStep.FILED_WITH_SUPERVISING_DEPARTMENT);
    assertThat(all.get(0)).isEqualTo(ApprovalStep.PROPOSED);
    assertThat(procedure.citations()).isNotEmpty();
    for (ApprovalStep step : all) {
      assertThat(procedure.wording(step)).isPresent();
    }
  }

  @Test
  @DisplayName("PRO-7: null checks and value equality of chains under procedures")
  void contract() {
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(InformationItem.class, BUDGET)
            .setDefault(ApprovalProcedure.class, ApprovalProcedure.BUREAU)
            .setDefault(LocalDate.class, MON_2026_09_28);
    tester.testAllPublicStaticMethods(ApprovalChain.class);
    tester.testAllPublicInstanceMethods(ApprovalChain.of(BUDGET));
    tester.testAllPublicInstanceMethods(ApprovalProcedure.GOVERNMENT);
    new EqualsTester()
        .addEqualityGroup(
            ApprovalChain.of(BUDGET), ApprovalChain.of(BUDGET, ApprovalProcedure.BUREAU, Set.of()))
        .addEqualityGroup(ApprovalChain.of(BUDGET, ApprovalProcedure.STREET_OFFICE, Set.of()))
        .addEqualityGroup(
            ApprovalChain.of(
                BUDGET, ApprovalProcedure.DEPARTMENT, Set.of(ApprovalCondition.INVOLVES_STATE_SECRETS)))
        .testEquals();
  }
}
