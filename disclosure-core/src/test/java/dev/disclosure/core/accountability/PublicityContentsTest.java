package dev.disclosure.core.accountability;

import static dev.disclosure.core.Renderings.chinese;
import static dev.disclosure.core.Renderings.english;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.disclosure.calendar.ChinaCalendars;
import dev.disclosure.calendar.Finding;
import dev.disclosure.calendar.FindingKind;
import dev.disclosure.calendar.WorkingDayCalendar;
import dev.disclosure.core.InvalidFactsException;
import dev.disclosure.core.law.Rules;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What a major decision's publicity and hearing must carry (ACC-5, P-HEARING, 来源文件000
 * 重大事项公示和听证制度第七条、第八条、第十条、第十一条、第十三条至第十五条).
 */
class PublicityContentsTest {

  static final WorkingDayCalendar OFFICIAL = ChinaCalendars.official();
  static final LocalDate FRI_2026_09_25 = LocalDate.of(2026, 9, 25);
  static final LocalDate MON_2026_09_28 = LocalDate.of(2026, 9, 28);
  static final LocalDate TUE_2026_10_20 = LocalDate.of(2026, 10, 20);
  static final LocalDate FRI_2026_10_23 = LocalDate.of(2026, 10, 23);
  static final LocalDate MON_2026_11_02 = LocalDate.of(2026, 11, 2);
  static final LocalDate MON_2026_11_09 = LocalDate.of(2026, 11, 9);
  static final LocalDate TUE_2026_11_10 = LocalDate.of(2026, 11, 10);

  static final Set<PublicityContent> REQUIRED_WITHOUT_HEARING =
      EnumSet.range(PublicityContent.BASIC_FACTS, PublicityContent.FEEDBACK_CHANNELS);

  @Test
  @DisplayName(
      "ACC-5 regression (000 第七条): the publicity carries its content list; what is missing is named,"
          + " and 第十三条's participants are required when a hearing is")
  void contentList() {
    MajorDecision fees =
        MajorDecision.of("人防工程收费标准调整", false)
            .withOfficeMeetingReview(FRI_2026_09_25)
            .withPublicity(MON_2026_09_28, REQUIRED_WITHOUT_HEARING);
    assertThat(PublicitySchedule.of(fees, OFFICIAL).findingsOn(MON_2026_11_09)).isEmpty();

    MajorDecision strategy =
        MajorDecision.of("全市人防发展战略", true)
            .withOfficeMeetingReview(FRI_2026_09_25)
            .withPublicity(
                MON_2026_09_28,
                EnumSet.of(PublicityContent.BASIC_FACTS, PublicityContent.FEEDBACK_CHANNELS));
    List<Finding> findings = PublicitySchedule.of(strategy, OFFICIAL).findingsOn(MON_2026_09_28);
    assertThat(findings).hasSize(1);
    assertThat(findings.get(0).rule()).isEqualTo(Rules.ACC_5);
    assertThat(findings.get(0).kind()).isEqualTo(FindingKind.BROKEN);
    assertThat(chinese(findings.get(0)))
        .startsWith(
            "[ACC-5 违反] “全市人防发展战略”的公示缺少：重大行政决策事项的必要性或可行性说明；重大行政决策事项的有关统计数据、调查分析资料；"
                + "重大行政决策事项的论证经过，即听取意见的范围、人数、尤其是利害关系人、专家所占的比例及意见；重大行政决策事项的法律分析意见书；"
                + "听证参加人的范围、条件、数量（依据");
    english(findings);
    assertThat(strategy.publicityContents())
        .containsExactly(PublicityContent.BASIC_FACTS, PublicityContent.FEEDBACK_CHANNELS);
  }

  @Test
  @DisplayName(
      "ACC-5 (000 第八条): publicity without the director's office meeting's review, or before it, is a"
          + " finding")
  void officeMeeting() {
    MajorDecision unreviewed =
        MajorDecision.of("人防工程收费标准调整", false)
            .withPublicity(MON_2026_09_28, REQUIRED_WITHOUT_HEARING);
    assertThat(chinese(PublicitySchedule.of(unreviewed, OFFICIAL).findingsOn(MON_2026_09_28)))
        .startsWith("[ACC-5 违反] “人防工程收费标准调整”于2026年9月28日公示，未经主任办公会审查；");
    MajorDecision reviewedLate = unreviewed.withOfficeMeetingReview(TUE_2026_10_20);
    assertThat(chinese(PublicitySchedule.of(reviewedLate, OFFICIAL).findingsOn(TUE_2026_10_20)))
        .contains("主任办公会于2026年10月20日才审查");
    assertThat(
            PublicitySchedule.of(
                    MajorDecision.of("人防工程收费标准调整", false)
                        .withOfficeMeetingReview(MON_2026_09_28)
                        .withPublicity(MON_2026_09_28, REQUIRED_WITHOUT_HEARING),
                    OFFICIAL)
                .findingsOn(MON_2026_09_28))
        .as("reviewed and posted the same day")
        .isEmpty();
  }

  @Test
  @DisplayName(
      "ACC-5, P-HEARING (000 第十条、第十一条、第十四条、第十五条): the announcement's particulars, the reports'"
          + " parts, the report within 7 days and the feedback within 15 days")
  void hearingRecord() {
    MajorDecision held =
        MajorDecision.of("全市人防发展战略", true)
            .withOfficeMeetingReview(FRI_2026_09_25)
            .withPublicity(MON_2026_09_28, EnumSet.allOf(PublicityContent.class))
            .withPublicityReport(EnumSet.of(ReportContent.BASIC_FACTS, ReportContent.MAIN_OPINIONS))
            .withHearing(
                TUE_2026_10_20,
                EnumSet.of(HearingNoticeContent.TIME, HearingNoticeContent.PLACE),
                FRI_2026_10_23);
    List<Finding> beforeDue = PublicitySchedule.of(held, OFFICIAL).findingsOn(FRI_2026_10_23);
    assertThat(beforeDue).extracting(f -> chinese(f).substring(0, chinese(f).indexOf('（')))
        .containsExactly(
            "[ACC-5 违反] “全市人防发展战略”的公示报告缺少：对主要意见、建议的处理意见",
            "[ACC-5 违反] “全市人防发展战略”的听证公告缺少：参加方式；参加人数");

    List<Finding> afterDue = PublicitySchedule.of(held, OFFICIAL).findingsOn(TUE_2026_11_10);
    assertThat(afterDue).hasSize(4);
    assertThat(afterDue.get(2).rule()).isEqualTo(Rules.P_HEARING);
    assertThat(chinese(afterDue.get(2)))
        .startsWith("[P-HEARING 违反] “全市人防发展战略”：听证会后七日内形成听证报告，期限届满日为2026年10月30日；截至2026年11月10日未办理");
    assertThat(chinese(afterDue.get(3)))
        .startsWith("[P-HEARING 违反] “全市人防发展战略”：听证会后十五日内反馈意见、建议的处理情况，期限届满日为2026年11月9日；截至2026年11月10日未办理");
    english(afterDue);

    MajorDecision reported =
        held.withHearingReport(MON_2026_11_02, EnumSet.of(ReportContent.BASIC_FACTS))
            .withFeedback(MON_2026_11_09);
    List<Finding> late = PublicitySchedule.of(reported, OFFICIAL).findingsOn(TUE_2026_11_10);
    assertThat(late).extracting(Finding::rule)
        .containsExactly(Rules.ACC_5, Rules.ACC_5, Rules.P_HEARING, Rules.ACC_5);
    assertThat(chinese(late.get(2))).contains("实际于2026年11月2日办理");
    assertThat(chinese(late.get(3))).contains("听证报告缺少：收集的主要意见、建议及理由；对主要意见、建议的处理意见");
  }

  @Test
  @DisplayName("ACC-5: a report or feedback without a hearing, before it, or twice is impossible")
  void impossibleFacts() {
    MajorDecision posted =
        MajorDecision.of("全市人防发展战略", true)
            .withPublicity(MON_2026_09_28, EnumSet.allOf(PublicityContent.class));
    assertThatThrownBy(() -> posted.withFeedback(MON_2026_11_02))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("none was held");
    MajorDecision held =
        posted.withHearing(TUE_2026_10_20, EnumSet.allOf(HearingNoticeContent.class), FRI_2026_10_23);
    assertThatThrownBy(() -> held.withHearingReport(TUE_2026_10_20, Set.of()))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("before the hearing of 2026-10-23");
    assertThatThrownBy(
            () -> held.withFeedback(MON_2026_11_02).withFeedback(MON_2026_11_09))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("already recorded");
    assertThatThrownBy(() -> MajorDecision.of("x", false).withPublicityReport(Set.of()))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("none was posted");
  }
}
