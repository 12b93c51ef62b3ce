package dev.disclosure.core.accountability;

import static dev.disclosure.core.Renderings.chinese;
import static dev.disclosure.core.Renderings.english;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.disclosure.calendar.ChinaCalendars;
import dev.disclosure.calendar.Deadline;
import dev.disclosure.calendar.Finding;
import dev.disclosure.calendar.FindingKind;
import dev.disclosure.calendar.Language;
import dev.disclosure.calendar.WorkingDayCalendar;
import dev.disclosure.core.InvalidFactsException.Problem;
import dev.disclosure.core.InvalidFactsException;
import dev.disclosure.core.law.LegalPeriods;
import dev.disclosure.core.law.Rules;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PublicityScheduleTest {

  static final WorkingDayCalendar OFFICIAL = ChinaCalendars.official();
  static final LocalDate MON_2026_09_28 = LocalDate.of(2026, 9, 28);
  static final LocalDate FRI_2026_10_16 = LocalDate.of(2026, 10, 16);
  static final LocalDate MON_2026_10_19 = LocalDate.of(2026, 10, 19);
  static final LocalDate TUE_2026_10_20 = LocalDate.of(2026, 10, 20);
  static final LocalDate FRI_2026_10_23 = LocalDate.of(2026, 10, 23);
  static final LocalDate MON_2026_10_26 = LocalDate.of(2026, 10, 26);
  static final LocalDate FRI_2026_10_30 = LocalDate.of(2026, 10, 30);
  static final LocalDate MON_2026_11_09 = LocalDate.of(2026, 11, 9);

  static final MajorDecision STRATEGY = MajorDecision.of("全市人防发展战略", true);
  static final Set<PublicityContent> CONTENTS = EnumSet.allOf(PublicityContent.class);
  static final Set<HearingNoticeContent> NOTICE = EnumSet.allOf(HearingNoticeContent.class);
  static final Set<ReportContent> REPORT = EnumSet.allOf(ReportContent.class);

  @Test
  @DisplayName(
      "P-PUBLICITY, P-HEARING: publicity 10 working days; hearing decided within 5; report 7 days;"
          + " feedback 15 days")
  void schedule() {
    MajorDecision held =
        STRATEGY
            .withOfficeMeetingReview(MON_2026_09_28)
            .withPublicity(MON_2026_09_28, CONTENTS)
            .withPublicityReport(REPORT)
            .withHearing(TUE_2026_10_20, NOTICE, FRI_2026_10_23)
            .withHearingReport(FRI_2026_10_30, REPORT)
            .withFeedback(MON_2026_11_09);
    PublicitySchedule schedule = PublicitySchedule.of(held, OFFICIAL);

    assertThat(schedule.publicityEnd().map(Deadline::dueDate)).contains(FRI_2026_10_16);
    assertThat(schedule.publicityEnd().orElseThrow().explain()).contains("P-PUBLICITY");
    assertThat(schedule.hearingDecisionDeadline().map(Deadline::dueDate)).contains(FRI_2026_10_23);
    assertThat(schedule.hearingReportDeadline().map(Deadline::dueDate)).contains(FRI_2026_10_30);
    assertThat(schedule.feedbackDeadline().map(Deadline::dueDate)).contains(MON_2026_11_09);
    assertThat(schedule.findingsOn(MON_2026_11_09)).isEmpty();
  }

  @Test
  @DisplayName(
      "ACC-5: the gate refuses a decision not publicized, still in publicity, or lacking its"
          + " hearing")
  void gate() {
    assertThatThrownBy(
            () -> PublicitySchedule.of(STRATEGY, OFFICIAL).requireSubmittable(MON_2026_10_19))
        .isInstanceOf(SubmissionRefusedException.class)
        .hasMessageContaining("not publicized")
        .hasMessageContaining("hearing was not held");
    PublicitySchedule publicized =
        PublicitySchedule.of(STRATEGY.withOfficeMeetingReview(MON_2026_09_28).withPublicity(MON_2026_09_28, CONTENTS), OFFICIAL);
    assertThat(publicized.gateProblemsOn(FRI_2026_10_16))
        .containsExactly(
            new Problem(
                Rules.P_PUBLICITY, "publicity runs through 2026-10-16; submitted on 2026-10-16"),
            new Problem(Rules.ACC_5, "a required hearing was not held before 2026-10-16"));
    PublicitySchedule noHearing =
        PublicitySchedule.of(
            MajorDecision.of("人防工程收费标准调整", false).withOfficeMeetingReview(MON_2026_09_28).withPublicity(MON_2026_09_28, CONTENTS), OFFICIAL);
    assertThatCode(() -> noHearing.requireSubmittable(MON_2026_10_19)).doesNotThrowAnyException();
    PublicitySchedule held =
        PublicitySchedule.of(
            STRATEGY.withOfficeMeetingReview(MON_2026_09_28).withPublicity(MON_2026_09_28, CONTENTS).withHearing(TUE_2026_10_20, NOTICE, FRI_2026_10_23),
            OFFICIAL);
    assertThat(held.gateProblemsOn(TUE_2026_10_20)).hasSize(1);
    assertThatCode(() -> held.requireSubmittable(MON_2026_10_26)).doesNotThrowAnyException();
    SubmissionRefusedException e =
        assertThrows(
            SubmissionRefusedException.class, () -> publicized.requireSubmittable(MON_2026_10_19));
    assertThat(e.problems())
        .containsExactly(
            new Problem(Rules.ACC_5, "a required hearing was not held before 2026-10-19"));
  }

  @Test
  @DisplayName(
      "P-HEARING: a hearing announced after 5 working days, or not announced by then, is a finding")
  void lateAnnouncement() {
    MajorDecision publicized = STRATEGY.withOfficeMeetingReview(MON_2026_09_28).withPublicity(MON_2026_09_28, CONTENTS);
    assertThat(PublicitySchedule.of(publicized, OFFICIAL).findingsOn(FRI_2026_10_23)).isEmpty();
    List<Finding> unannounced =
        PublicitySchedule.of(publicized, OFFICIAL).findingsOn(MON_2026_10_26);
    assertThat(unannounced).hasSize(1);
    assertThat(unannounced.get(0).rule()).isEqualTo(Rules.P_HEARING);
    assertThat(unannounced.get(0).kind()).isEqualTo(FindingKind.BROKEN);
    assertThat(unannounced.get(0).citations())
        .isEqualTo(LegalPeriods.P_HEARING_DECISION.citations());
    assertThat(chinese(unannounced))
        .isEqualTo(
            "[P-HEARING 违反] “全市人防发展战略”需要听证，应在公示结束后5个工作日内作出决定并向社会公告，期限届满日为2026年10月23日；"
                + "截至2026年10月26日未公告"
                + "（依据《市人防办政务公开工作计划》等篇（来源文件000）重大事项公示和听证制度第十一条）");
    assertThat(english(unannounced))
        .isEqualTo(
            "[P-HEARING, broken] the decision (as recorded) needs a hearing, to be decided and"
                + " announced within 5 working days after publicity ends, by 2026-10-23; not"
                + " announced by 2026-10-26 ("
                + Language.ENGLISH.reference(LegalPeriods.P_HEARING_DECISION.citations().get(0))
                + ")");
    List<Finding> late =
        PublicitySchedule.of(publicized.withHearing(MON_2026_10_26, NOTICE, FRI_2026_10_30), OFFICIAL)
            .findingsOn(FRI_2026_10_30);
    assertThat(late).hasSize(1);
    assertThat(late.get(0).dates()).containsExactly(FRI_2026_10_23, MON_2026_10_26);
    assertThat(english(late)).contains("by 2026-10-23; announced 2026-10-26 (");
  }

  @Test
  @DisplayName("ACC-5: bad facts are refused and the record is unchanged")
  void badFacts() {
    assertThatThrownBy(() -> STRATEGY.withHearing(TUE_2026_10_20, NOTICE, FRI_2026_10_23))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("none was posted");
    MajorDecision publicized = STRATEGY.withOfficeMeetingReview(MON_2026_09_28).withPublicity(MON_2026_09_28, CONTENTS);
    assertThatThrownBy(() -> publicized.withHearing(FRI_2026_10_23, NOTICE, TUE_2026_10_20))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("before it was announced");
    assertThatThrownBy(() -> publicized.withPublicity(MON_2026_10_19, CONTENTS))
        .isInstanceOf(InvalidFactsException.class);
    assertThatThrownBy(
            () ->
                MajorDecision.of("收费", false)
                    .withOfficeMeetingReview(MON_2026_09_28).withPublicity(MON_2026_09_28, CONTENTS)
                    .withHearing(TUE_2026_10_20, NOTICE, FRI_2026_10_23))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("needing no hearing");
    assertThatThrownBy(() -> MajorDecision.of(" ", true))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(publicized.hearingHeldOn()).isEmpty();
    assertThat(STRATEGY.publicityPostedOn()).isEmpty();
  }

  @Test
  @DisplayName("ACC-5: null checks and value equality")
  void contract() {
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(MajorDecision.class, STRATEGY)
            .setDefault(WorkingDayCalendar.class, OFFICIAL)
            .setDefault(LocalDate.class, MON_2026_09_28)
            .setDefault(List.class, List.of("ACC-5"));
    for (Class<?> type :
        List.of(MajorDecision.class, PublicitySchedule.class, SubmissionRefusedException.class)) {
      tester.testAllPublicStaticMethods(type);
      tester.testAllPublicConstructors(type);
    }
    tester.testAllPublicInstanceMethods(STRATEGY);
    tester.testAllPublicInstanceMethods(PublicitySchedule.of(STRATEGY, OFFICIAL));
    new EqualsTester()
        .addEqualityGroup(STRATEGY, MajorDecision.of("全市人防发展战略", true))
        .addEqualityGroup(STRATEGY.withOfficeMeetingReview(MON_2026_09_28).withPublicity(MON_2026_09_28, CONTENTS))
        .addEqualityGroup(
            PublicitySchedule.of(STRATEGY, OFFICIAL), PublicitySchedule.of(STRATEGY, OFFICIAL))
        .testEquals();
  }
}
