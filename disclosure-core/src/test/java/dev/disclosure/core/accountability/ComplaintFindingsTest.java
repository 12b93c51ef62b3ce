package dev.disclosure.core.accountability;

import static dev.disclosure.core.Renderings.chinese;
import static dev.disclosure.core.Renderings.english;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.disclosure.calendar.Finding;
import dev.disclosure.calendar.FindingKind;
import dev.disclosure.calendar.Language;
import dev.disclosure.core.Renderings;
import dev.disclosure.core.law.Rules;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A complaint's handling speaks in findings (ACC-3, 来源文件000 投诉处理制度). */
class ComplaintFindingsTest {

  static final LocalDate MON_2026_09_28 = LocalDate.of(2026, 9, 28);
  static final LocalDate TUE_2026_09_29 = LocalDate.of(2026, 9, 29);
  static final LocalDate FRI_2026_10_09 = LocalDate.of(2026, 10, 9);
  static final LocalDate MON_2026_10_12 = LocalDate.of(2026, 10, 12);
  static final LocalDate FRI_2026_10_16 = LocalDate.of(2026, 10, 16);
  static final LocalDate MON_2026_10_19 = LocalDate.of(2026, 10, 19);

  static final ComplaintFacts VALID = ComplaintFacts.of("报建窗口", "办件超时未办结");

  @Test
  @DisplayName(
      "ACC-3 (000 投诉处理制度第五条、第六条): a formal case's intake, investigation, supervision, late reply,"
          + " second order and closing, each a finding; the late reply is BROKEN")
  void formalCase() {
    Complaint closed =
        Complaint.register(VALID, ComplaintCategory.FORMAL_CASE, MON_2026_09_28)
            .withInvestigation(TUE_2026_09_29, InvestigationMethod.CHECK_CASE_RECORDS)
            .supervise(TUE_2026_09_29, FRI_2026_10_09)
            .recordReply(MON_2026_10_12)
            .supervise(MON_2026_10_12, FRI_2026_10_16)
            .recordReply(FRI_2026_10_16)
            .close(MON_2026_10_19);

    List<Finding> findings = closed.findings();
    assertThat(findings).allMatch(f -> f.rule().equals(Rules.ACC_3));
    assertThat(findings).extracting(Finding::kind)
        .containsExactly(
            FindingKind.APPLIED,
            FindingKind.APPLIED,
            FindingKind.APPLIED,
            FindingKind.APPLIED,
            FindingKind.BROKEN,
            FindingKind.APPLIED,
            FindingKind.APPLIED,
            FindingKind.APPLIED);
    assertThat(chinese(findings.get(1)))
        .startsWith("[ACC-3] 2026年9月28日正式受理，属立案处理类：综合科调查后提出督办意见和回复期限");
    assertThat(chinese(findings.get(2)))
        .startsWith("[ACC-3] 2026年9月29日调查：通过办事大厅信息管理系统调出有关办理信息，核查投诉事实，并做好相关笔录");
    assertThat(chinese(findings.get(4)))
        .startsWith("[ACC-3 违反] 2026年10月12日被投诉窗口或科室书面回复综合科，晚于督办的回复期限2026年10月9日");
    assertThat(chinese(findings.get(5))).contains("再次签发《投诉督办表》");
    assertThat(chinese(findings.get(7))).isEqualTo("[ACC-3] 2026年10月19日办结投诉");
    assertThat(closed.explain()).isEqualTo(chinese(findings));
    assertThat(Renderings.checkedEnglish(closed.explain(Language.ENGLISH)))
        .contains("after the reply date 2026-10-09");
    assertThat(findings.get(4).dates()).containsExactly(MON_2026_10_12, FRI_2026_10_09);
  }

  @Test
  @DisplayName("ACC-3: an on-site complaint is accepted and closed; no investigation after closing")
  void onSite() {
    Complaint closed =
        Complaint.register(VALID, ComplaintCategory.ON_SITE_COORDINATION, MON_2026_09_28)
            .close(MON_2026_09_28);
    assertThat(closed.findings()).hasSize(3).noneMatch(f -> f.kind() == FindingKind.BROKEN);
    english(closed.findings());
    assertThatThrownBy(
            () -> closed.withInvestigation(TUE_2026_09_29, InvestigationMethod.ASK_WITNESSES))
        .isInstanceOf(RefusedComplaintStepException.class)
        .hasMessageContaining("调查了解");
  }

  @Test
  @DisplayName(
      "ACC-3 (000 投诉处理制度第一条、第三条、第五条): the scope, the four ways to complain and the four"
          + " investigation methods, in the source's words")
  void lists() {
    assertThat(Arrays.stream(ComplaintChannel.values()).map(ComplaintChannel::label))
        .containsExactly("现场投诉", "电话投诉", "网上投诉", "信函投诉");
    assertThat(Arrays.stream(ComplaintScope.values()).map(ComplaintScope::label))
        .containsExactly("服务态度", "办事效率", "办件手续", "收费情况", "办理结果");
    assertThat(InvestigationMethod.values()).hasSize(4);
    assertThat(InvestigationMethod.TALK_WITH_COMPLAINANT.label())
        .isEqualTo("与投诉人对话，了解投诉对象、事项、原因以及解决要求");
    assertThat(ComplaintChannel.CITATION.provision()).isEqualTo("投诉处理制度第三条");
    assertThat(ComplaintScope.CITATION.provision()).isEqualTo("投诉处理制度第一条（一）");
    assertThat(InvestigationMethod.CITATION.provision()).isEqualTo("投诉处理制度第五条");
  }
}
