package dev.disclosure.core.law;

import static dev.disclosure.calendar.PeriodUnit.DAYS;
import static dev.disclosure.calendar.PeriodUnit.WORKING_DAYS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.disclosure.calendar.ChinaCalendars;
import dev.disclosure.calendar.Extension;
import dev.disclosure.calendar.IllegalPeriodException;
import dev.disclosure.calendar.LegalPeriod;
import dev.disclosure.calendar.OutsideCalendarDataException;
import dev.disclosure.calendar.Pause;
import dev.disclosure.calendar.PeriodUnit;
import dev.disclosure.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The named periods of the disclosure rules: the catalog's numbers and provisions, and their due
 * dates hand-checked on the official 2026 calendar.
 */
class LegalPeriodsTest {

  private static final WorkingDayCalendar OFFICIAL = ChinaCalendars.official();
  private static final LocalDate MON_2026_09_28 = LocalDate.of(2026, 9, 28);
  private static final LocalDate MON_2026_10_12 = LocalDate.of(2026, 10, 12);
  private static final LocalDate FRI_2026_10_16 = LocalDate.of(2026, 10, 16);
  private static final LocalDate FRI_2026_10_30 = LocalDate.of(2026, 10, 30);

  @Test
  @DisplayName("every row of the named-periods table is a constant with a citation")
  void everyRowIsThere() {
    Set<String> ids = new HashSet<>();
    LegalPeriods.all().forEach(period -> ids.add(period.id().id()));
    LegalPeriods.allAnnual().forEach(deadline -> ids.add(deadline.id().id()));
    for (Cadence cadence : Cadence.values()) {
      ids.add(cadence.id().id());
    }
    for (Frequency frequency : Frequency.values()) {
      ids.add(frequency.id().id());
    }
    assertThat(ids)
        .containsExactlyInAnyOrder(
            "P-REPLY-2008",
            "P-REPLY-2019",
            "P-CORRECTION-2019",
            "P-THIRD-PARTY-2019",
            "P-CO-AGENCY-2019",
            "P-PROACTIVE",
            "P-PROACTIVE-SCHOOL",
            "P-SECRECY-REVIEW",
            "P-CHANGE-UPDATE",
            "P-ACCOUNTABILITY-APPEAL",
            "P-PUBLICITY",
            "P-HEARING",
            "P-SERVICE",
            "P-ONE-TIME-NOTICE",
            "P-HOTLINE",
            "P-PUBLISH-SUBMITTED",
            "P-FEE-PAYMENT-2020",
            "P-ANNUAL-REPORT-2008",
            "P-ANNUAL-REPORT-2019",
            "P-INTERVIEW",
            "P-CADENCE",
            "P-OVERSIGHT");
    LegalPeriods.all().forEach(period -> assertThat(period.citations()).as(period.id().id()).isNotEmpty());
    LegalPeriods.allAnnual()
        .forEach(deadline -> assertThat(deadline.citations()).as(deadline.id().id()).isNotEmpty());
  }

  static Stream<Arguments> periods() {
    return Stream.of(
        Arguments.of(LegalPeriods.P_REPLY_2008, 15, WORKING_DAYS, 15, "第二十四条"),
        Arguments.of(LegalPeriods.P_REPLY_2019, 20, WORKING_DAYS, 20, "第三十三条"),
        Arguments.of(LegalPeriods.P_CORRECTION_2019, 7, WORKING_DAYS, 0, "第三十条"),
        Arguments.of(LegalPeriods.P_THIRD_PARTY_2019, 15, WORKING_DAYS, 0, "第三十二条"),
        Arguments.of(LegalPeriods.P_CO_AGENCY_2019, 15, WORKING_DAYS, 0, "第三十四条"),
        Arguments.of(LegalPeriods.P_PROACTIVE_2008, 20, WORKING_DAYS, 0, "第十八条"),
        Arguments.of(LegalPeriods.P_PROACTIVE_2019, 20, WORKING_DAYS, 0, "第二十六条"),
        Arguments.of(LegalPeriods.P_PROACTIVE_SCHOOL, 30, DAYS, 0, "小学信息公开工作实施方案四、信息公开的时限"),
        Arguments.of(LegalPeriods.P_SECRECY_REVIEW, 15, WORKING_DAYS, 0, "保密审查制度第十二条"),
        Arguments.of(LegalPeriods.P_CHANGE_UPDATE, 15, WORKING_DAYS, 0, "XX局政府信息公开工作五、考核"),
        Arguments.of(LegalPeriods.P_ACCOUNTABILITY_APPEAL, 5, WORKING_DAYS, 0, "责任追究制度"),
        Arguments.of(LegalPeriods.P_ACCOUNTABILITY_APPEAL_DECISION, 20, WORKING_DAYS, 0, "责任追究制度"),
        Arguments.of(LegalPeriods.P_PUBLICITY, 10, WORKING_DAYS, 0, "重大事项公示和听证制度第六条"),
        Arguments.of(LegalPeriods.P_HEARING_DECISION, 5, WORKING_DAYS, 0, "重大事项公示和听证制度第十一条"),
        Arguments.of(LegalPeriods.P_HEARING_REPORT, 7, DAYS, 0, "重大事项公示和听证制度第十四条"),
        Arguments.of(LegalPeriods.P_HEARING_FEEDBACK, 15, DAYS, 0, "重大事项公示和听证制度第十五条"),
        Arguments.of(LegalPeriods.P_SERVICE_LICENSING, 2, WORKING_DAYS, 0, "限时办结承诺"),
        Arguments.of(LegalPeriods.P_SERVICE_OTHER, 4, WORKING_DAYS, 0, "限时办结承诺"),
        Arguments.of(LegalPeriods.P_ONE_TIME_NOTICE, 5, DAYS, 0, "一次告知制"),
        Arguments.of(LegalPeriods.P_HOTLINE, 3, WORKING_DAYS, 0, "“阳光政务热线”直播节目"),
        Arguments.of(LegalPeriods.P_PUBLISH_SUBMITTED, 2, DAYS, 0, "信息报送制度二、3"),
        Arguments.of(LegalPeriods.P_FEE_PAYMENT_2020, 20, WORKING_DAYS, 0, "第二条"),
        Arguments.of(LegalPeriods.P_INTERVIEW_TOPIC, 15, WORKING_DAYS, 0, "第十一条"),
        Arguments.of(LegalPeriods.P_INTERVIEW_PREVIEW, 15, WORKING_DAYS, 0, "第十二条"),
        Arguments.of(LegalPeriods.P_INTERVIEW_ANSWERER_NOTICE, 5, DAYS, 0, "第十二条"),
        Arguments.of(LegalPeriods.P_INTERVIEW_PLAN_CHANGE, 20, WORKING_DAYS, 0, "第十三条"),
        Arguments.of(LegalPeriods.P_INTERVIEW_VENUE_NOTICE, 5, DAYS, 0, "第十四条"),
        Arguments.of(LegalPeriods.P_INTERVIEW_ATTENDEES, 3, DAYS, 0, "第十四条"),
        Arguments.of(LegalPeriods.P_INTERVIEW_SUMMARY, 3, WORKING_DAYS, 0, "第十五条"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("periods")
  @DisplayName("the named periods carry the catalog's numbers and provisions")
  void numbers(LegalPeriod period, int amount, PeriodUnit unit, int maxExtension, String provision) {
    assertThat(period.amount()).isEqualTo(amount);
    assertThat(period.unit()).isEqualTo(unit);
    assertThat(period.maxExtension()).isEqualTo(maxExtension);
    assertThat(period.citations()).anySatisfy(c -> assertThat(c.provision()).endsWith(provision));
  }

  @Test
  @DisplayName("P-INTERVIEW periods before the interview are counted backwards")
  void interviewDirections() {
    assertThat(LegalPeriods.P_INTERVIEW_TOPIC.direction()).isEqualTo(LegalPeriod.Direction.BEFORE);
    assertThat(LegalPeriods.P_INTERVIEW_SUMMARY.direction()).isEqualTo(LegalPeriod.Direction.AFTER);
    assertThat(Frequency.ONLINE_INTERVIEWS_26_A_YEAR.label()).contains("26期").contains("2小时");
  }

  @Test
  @DisplayName("P-ANNUAL-REPORT-2008, P-ANNUAL-REPORT-2019 and P-OVERSIGHT dates for the 2026 year")
  void annualDeadlines() {
    assertThat(LegalPeriods.P_ANNUAL_REPORT_2008.dueFor(2026)).isEqualTo(LocalDate.of(2027, 3, 31));
    assertThat(LegalPeriods.P_ANNUAL_REPORT_2019_DEPARTMENTS.dueFor(2026))
        .isEqualTo(LocalDate.of(2027, 1, 31));
    assertThat(LegalPeriods.P_ANNUAL_REPORT_2019_GOVERNMENTS.dueFor(2026))
        .isEqualTo(LocalDate.of(2027, 3, 31));
    assertThat(LegalPeriods.P_OVERSIGHT_FIRST_HALF_SELF_ASSESSMENT.dueFor(2026))
        .isEqualTo(LocalDate.of(2026, 7, 15));
    assertThat(LegalPeriods.P_OVERSIGHT_SECOND_HALF_SELF_ASSESSMENT.dueFor(2026))
        .isEqualTo(LocalDate.of(2027, 1, 15));
    assertThat(LegalPeriods.P_OVERSIGHT_ASSESSMENT_NOTICE.dueFor(2026))
        .as("the end of February, also in a common year")
        .isEqualTo(LocalDate.of(2027, 2, 28));
    assertThat(LegalPeriods.P_OVERSIGHT_ASSESSMENT_NOTICE.dueFor(2027)).isEqualTo(LocalDate.of(2028, 2, 29));
  }

  @Test
  @DisplayName("P-CADENCE and P-OVERSIGHT: cadences and frequencies with their Chinese wording")
  void cadences() {
    assertThat(Cadence.AT_LEAST_QUARTERLY.label()).isEqualTo("每季度至少公开一次");
    assertThat(Cadence.AT_LEAST_QUARTERLY.id()).isEqualTo(Rules.P_CADENCE);
    assertThat(Cadence.values()).extracting(Cadence::id).containsOnly(Rules.P_CADENCE);
    assertThat(Frequency.SUPERVISION_TWICE_A_YEAR.id()).isEqualTo(Rules.P_OVERSIGHT);
    assertThat(Frequency.JOINT_MEETING_QUARTERLY.label()).isEqualTo("联席会议每季度召开一次");
  }

  @Test
  @DisplayName("P-REPLY-2019: received Mon 2026-09-28, 20 working days across 国庆节 → Fri 2026-10-30")
  void reply2019AcrossNationalDay() {
    assertThat(OFFICIAL.deadline(LegalPeriods.P_REPLY_2019, MON_2026_09_28).explain())
        .isEqualTo(
            "[CAL-4] 自2026年9月28日起算（当日不计入），20个工作日（P-REPLY-2019） → 2026年10月30日"
                + "（依据《中华人民共和国政府信息公开条例》（国务院令第711号）第三十三条；"
                + "《中华人民共和国民法典》第二百零一条）");
    assertThat(
            OFFICIAL
                .deadline(LegalPeriods.P_REPLY_2019, MON_2026_09_28)
                .withPause(
                    Pause.of(
                        MON_2026_10_12,
                        FRI_2026_10_16,
                        "征求第三方意见",
                        LegalPeriods.P_REPLY_2019.citations().get(0)))
                .dueDate())
        .isEqualTo(LocalDate.of(2026, 11, 5));
    assertThat(OFFICIAL.deadline(LegalPeriods.P_REPLY_2019, LocalDate.of(2026, 2, 13)).dueDate())
        .isEqualTo(LocalDate.of(2026, 3, 19));
  }

  @Test
  @DisplayName("P-REPLY-2008, P-FEE-PAYMENT-2020, P-CORRECTION-2019, P-THIRD-PARTY-2019, P-CO-AGENCY-2019 on 2026")
  void requestPeriods() {
    assertThat(OFFICIAL.deadline(LegalPeriods.P_REPLY_2008, MON_2026_09_28).dueDate())
        .isEqualTo(LocalDate.of(2026, 10, 23));
    assertThat(OFFICIAL.deadline(LegalPeriods.P_FEE_PAYMENT_2020, LocalDate.of(2026, 9, 30)).dueDate())
        .isEqualTo(LocalDate.of(2026, 11, 3));
    assertThat(OFFICIAL.deadline(LegalPeriods.P_CORRECTION_2019, MON_2026_09_28).dueDate())
        .isEqualTo(LocalDate.of(2026, 10, 13));
    assertThat(OFFICIAL.deadline(LegalPeriods.P_THIRD_PARTY_2019, MON_2026_09_28).dueDate())
        .isEqualTo(LocalDate.of(2026, 10, 23));
    assertThat(OFFICIAL.deadline(LegalPeriods.P_CO_AGENCY_2019, MON_2026_09_28).dueDate())
        .isEqualTo(LocalDate.of(2026, 10, 23));
  }

  @Test
  @DisplayName("REQ-6: P-REPLY-2008 extends by at most 15, P-THIRD-PARTY-2019 not at all")
  void extensionBounds() {
    assertThatThrownBy(
            () ->
                OFFICIAL
                    .deadline(LegalPeriods.P_REPLY_2008, MON_2026_09_28)
                    .withExtension(Extension.of(16, MON_2026_10_12, "超限")))
        .hasMessageContaining("valid: 1..15");
    assertThatThrownBy(
            () ->
                OFFICIAL
                    .deadline(LegalPeriods.P_THIRD_PARTY_2019, MON_2026_09_28)
                    .withExtension(Extension.of(1, MON_2026_10_12, "无延长")))
        .hasMessageContaining("allows no extension");
  }

  @Test
  @DisplayName("CAL-5: P-PROACTIVE-SCHOOL and P-HEARING roll forward past holidays; P-INTERVIEW counts back")
  void calendarDaysAndBackwards() {
    assertThat(OFFICIAL.deadline(LegalPeriods.P_PROACTIVE_SCHOOL, LocalDate.of(2026, 9, 1)).dueDate())
        .isEqualTo(LocalDate.of(2026, 10, 8));
    assertThat(OFFICIAL.deadline(LegalPeriods.P_HEARING_REPORT, LocalDate.of(2026, 9, 18)).dueDate())
        .isEqualTo(MON_2026_09_28);
    assertThat(OFFICIAL.deadline(LegalPeriods.P_INTERVIEW_TOPIC, FRI_2026_10_30).dueDate())
        .isEqualTo(LocalDate.of(2026, 10, 10));
    assertThat(
            OFFICIAL
                .deadline(LegalPeriods.P_INTERVIEW_ANSWERER_NOTICE, LocalDate.of(2026, 10, 6))
                .dueDate())
        .as("5 days before falls on 国庆节 and stays there (民法典第二百零一条; 第二百零三条 moves only a last day)")
        .isEqualTo(LocalDate.of(2026, 10, 1));
  }

  @Test
  @DisplayName("CAL-9: P-REPLY-2019 due after the data is refused, naming the period")
  void afterData() {
    assertThatThrownBy(
            () -> OFFICIAL.deadline(LegalPeriods.P_REPLY_2019, LocalDate.of(2026, 12, 20)).dueDate())
        .isInstanceOf(OutsideCalendarDataException.class)
        .hasMessageContaining("P-REPLY-2019");
  }

  @Test
  @DisplayName("CAL-4/CAL-5: impossible periods are typed errors naming the value")
  void badPeriods() {
    assertThatThrownBy(() -> LegalPeriod.ofWorkingDays(-2))
        .isInstanceOf(IllegalPeriodException.class)
        .hasMessageContaining("-2")
        .hasMessageContaining("CAL-4");
    assertThatThrownBy(() -> LegalPeriod.ofDays(-1)).hasMessageContaining("CAL-5");
    assertThatThrownBy(() -> LegalPeriods.P_REPLY_2019.countedBackwards())
        .isInstanceOf(IllegalPeriodException.class);
    assertThatThrownBy(() -> LegalPeriod.ofDays(3).withExtensionUpTo(0, Rules.REQ_6))
        .hasMessageContaining("REQ-6");
  }
}
