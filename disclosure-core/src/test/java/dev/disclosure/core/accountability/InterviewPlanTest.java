package dev.disclosure.core.accountability;

import static dev.disclosure.core.Renderings.chinese;
import static dev.disclosure.core.Renderings.english;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import dev.disclosure.calendar.ChinaCalendars;
import dev.disclosure.calendar.Finding;
import dev.disclosure.calendar.FindingKind;
import dev.disclosure.calendar.Language;
import dev.disclosure.calendar.LegalPeriod;
import dev.disclosure.calendar.Quantity;
import dev.disclosure.calendar.WorkingDayCalendar;
import dev.disclosure.core.InvalidFactsException;
import dev.disclosure.core.Renderings;
import dev.disclosure.core.law.Frequency;
import dev.disclosure.core.law.LegalPeriods;
import dev.disclosure.core.law.Rules;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class InterviewPlanTest {

  static final WorkingDayCalendar OFFICIAL = ChinaCalendars.official();
  static final LocalDate THU_2026_01_08 = LocalDate.of(2026, 1, 8);
  static final LocalDate THU_2026_10_29 = LocalDate.of(2026, 10, 29);
  static final LocalDate THU_2026_11_05 = LocalDate.of(2026, 11, 5);
  static final LocalDate FRI_2026_11_06 = LocalDate.of(2026, 11, 6);
  static final LocalDate SAT_2026_11_21 = LocalDate.of(2026, 11, 21);
  static final LocalDate MON_2026_11_23 = LocalDate.of(2026, 11, 23);
  static final LocalDate TUE_2026_11_24 = LocalDate.of(2026, 11, 24);
  static final LocalDate THU_2026_11_26 = LocalDate.of(2026, 11, 26);
  static final LocalDate TUE_2026_12_01 = LocalDate.of(2026, 12, 1);
  static final LocalDate WED_2026_12_02 = LocalDate.of(2026, 12, 2);
  static final LocalDate THU_2026_12_31 = LocalDate.of(2026, 12, 31);

  private static LocalDate latest(LegalPeriod period, LocalDate date) {
    return OFFICIAL.deadline(period, date).dueDate();
  }

  /** An interview with every notice on its latest allowed day (pinned for 2026-11-26 below). */
  static Interview onTime(LocalDate date, int minutes) {
    return new Interview(
        "政府信息公开工作",
        date,
        minutes,
        latest(LegalPeriods.P_INTERVIEW_TOPIC, date),
        latest(LegalPeriods.P_INTERVIEW_PREVIEW, date),
        latest(LegalPeriods.P_INTERVIEW_ANSWERER_NOTICE, date),
        latest(LegalPeriods.P_INTERVIEW_VENUE_NOTICE, date),
        latest(LegalPeriods.P_INTERVIEW_ATTENDEES, date),
        Optional.empty(),
        Optional.of(latest(LegalPeriods.P_INTERVIEW_SUMMARY, date)));
  }

  /** 26 fortnightly interviews in 2026 (the 1 October one on a holiday is still an interview). */
  static List<Interview> compliantYear() {
    List<Interview> plan = new ArrayList<>();
    for (int k = 0; k < 26; k++) {
      plan.add(onTime(THU_2026_01_08.plusWeeks(2L * k), 90));
    }
    return plan;
  }

  @Test
  @DisplayName("P-INTERVIEW: a compliant year's plan has no findings")
  void compliant() {
    assertThat(InterviewPlan.check(2026, compliantYear(), OFFICIAL, THU_2026_12_31)).isEmpty();
  }

  @Test
  @DisplayName("P-INTERVIEW: fewer than 26 in the year, and over 2 hours, are findings")
  void countAndLength() {
    List<Interview> plan = new ArrayList<>(compliantYear().subList(0, 25));
    plan.add(onTime(THU_2026_11_26.minusYears(1), 121));

    List<Finding> findings = InterviewPlan.check(2026, plan, OFFICIAL, THU_2026_12_31);
    assertThat(findings)
        .allMatch(f -> f.rule().equals(Rules.P_INTERVIEW) && f.kind() == FindingKind.BROKEN);
    assertThat(findings.get(0).quantities())
        .containsExactly(Quantity.of(25, Quantity.Unit.SESSIONS), Quantity.of(26, Quantity.Unit.SESSIONS));
    assertThat(chinese(findings))
        .isEqualTo(
            "[P-INTERVIEW 违反] 2026年计划网上访谈25期，每年度原则上不少于26期"
                + "（依据《信息公开工作计划》等篇（来源文件003）“网上访谈”工作制度第十三条）\n"
                + "[P-INTERVIEW 违反] 2025年11月26日“政府信息公开工作”时长121分钟，每期不超过120分钟（2小时）"
                + "（依据《信息公开工作计划》等篇（来源文件003）“网上访谈”工作制度第十三条）");
    assertThat(english(findings))
        .isEqualTo(
            "[P-INTERVIEW, broken] the plan for 2026 has 25 sessions; at least 26 sessions a year are"
                + " required ("
                + Language.ENGLISH.reference(Frequency.ONLINE_INTERVIEWS_26_A_YEAR.citation())
                + ")\n"
                + "[P-INTERVIEW, broken] the interview of 2025-11-26 (as recorded) lasts 121 minutes;"
                + " at most 120 minutes (2 hours) ("
                + Language.ENGLISH.reference(Frequency.ONLINE_INTERVIEWS_26_A_YEAR.citation())
                + ")");
  }

  @Test
  @DisplayName(
      "P-INTERVIEW: every late notice is listed with its latest day; the latest day itself complies"
          + " [convention]")
  void notices() {
    Interview onTheDay =
        new Interview(
            "政务服务",
            THU_2026_11_26,
            120,
            THU_2026_11_05,
            THU_2026_11_05,
            SAT_2026_11_21,
            SAT_2026_11_21,
            MON_2026_11_23,
            Optional.of(THU_2026_10_29),
            Optional.of(TUE_2026_12_01));
    Interview late =
        new Interview(
            "政务服务",
            THU_2026_11_26,
            60,
            FRI_2026_11_06,
            FRI_2026_11_06,
            MON_2026_11_23,
            LocalDate.of(2026, 11, 19),
            TUE_2026_11_24,
            Optional.of(THU_2026_11_05),
            Optional.of(WED_2026_12_02));

    assertThat(InterviewPlan.check(2026, List.of(onTheDay), OFFICIAL, THU_2026_12_31))
        .hasSize(1)
        .allMatch(f -> english(f).contains("at least 26 sessions a year are required"));
    List<Finding> findings = InterviewPlan.check(2026, List.of(late), OFFICIAL, THU_2026_12_31);
    assertThat(findings)
        .extracting(f -> Language.CHINESE.render(f.what()))
        .containsExactly(
            "2026年计划网上访谈1期，每年度原则上不少于26期",
            "2026年11月26日“政务服务”：访谈活动开始的15个工作日前告知访谈内容，应不晚于2026年11月5日，实际于2026年11月6日",
            "2026年11月26日“政务服务”：访谈开始的15个工作日前在网上预告并征集意见，应不晚于2026年11月5日，实际于2026年11月6日",
            "2026年11月26日“政务服务”：访谈活动开始的5日前告知答复义务人，应不晚于2026年11月21日，实际于2026年11月23日",
            "2026年11月26日“政务服务”：答复义务人应在访谈开始3日前告知参加人员，应不晚于2026年11月23日，实际于2026年11月24日",
            "2026年11月26日“政务服务”：调整访谈计划和内容，需在访谈开始的20个工作日前通知答复义务人，应不晚于2026年10月29日，"
                + "实际于2026年11月5日",
            "2026年11月26日“政务服务”：访谈开始前5日内告知答复义务人活动地点（2026年11月21日至2026年11月26日），实际于2026年11月19日告知",
            "2026年11月26日“政务服务”：自每期“网上访谈”结束的第二日起，3个工作日内报送访谈情况汇总报告，应不晚于2026年12月1日；"
                + "实际于2026年12月2日报送");
    assertThat(findings)
        .extracting(f -> Language.ENGLISH.render(f.what()))
        .containsExactly(
            "the plan for 2026 has 1 session; at least 26 sessions a year are required",
            "the interview of 2026-11-26 (as recorded): the topic is given 15 working days before"
                + " the interview, by 2026-11-05; done on 2026-11-06",
            "the interview of 2026-11-26 (as recorded): the preview is posted online, inviting"
                + " comments, 15 working days before the interview, by 2026-11-05; done on"
                + " 2026-11-06",
            "the interview of 2026-11-26 (as recorded): the answerer is told 5 days before the"
                + " interview, by 2026-11-21; done on 2026-11-23",
            "the interview of 2026-11-26 (as recorded): the answerer gives the list of attendees 3"
                + " days before the interview, by 2026-11-23; done on 2026-11-24",
            "the interview of 2026-11-26 (as recorded): a change of the plan or its content is"
                + " notified to the answerer 20 working days before the interview, by 2026-10-29;"
                + " done on 2026-11-05",
            "the interview of 2026-11-26 (as recorded): the answerer is told the venue within the 5"
                + " days before the interview (from 2026-11-21 to 2026-11-26); told on 2026-11-19",
            "the interview of 2026-11-26 (as recorded): the summary report is sent within 3 working"
                + " days from the day after the interview, by 2026-12-01; sent on 2026-12-02");
    assertThat(findings.get(1).dates()).containsExactly(THU_2026_11_26, THU_2026_11_05, FRI_2026_11_06);
    assertThat(findings.get(1).citations()).isEqualTo(LegalPeriods.P_INTERVIEW_TOPIC.citations());
    findings.forEach(Renderings::english);
  }

  @Test
  @DisplayName(
      "P-INTERVIEW: a summary not yet sent is a finding only once its deadline has passed"
          + " [convention]")
  void pendingSummary() {
    Interview i = onTime(THU_2026_11_26, 60);
    Interview unsent =
        new Interview(
            i.topic(),
            i.date(),
            i.minutes(),
            i.topicGivenOn(),
            i.previewPostedOn(),
            i.answererToldOn(),
            i.venueToldOn(),
            i.attendeesGivenOn(),
            Optional.empty(),
            Optional.empty());

    assertThat(InterviewPlan.check(2026, List.of(unsent), OFFICIAL, TUE_2026_12_01)).hasSize(1);
    assertThat(InterviewPlan.check(2026, List.of(unsent), OFFICIAL, WED_2026_12_02))
        .hasSize(2)
        .last()
        .satisfies(
            f -> {
              assertThat(english(f)).contains("; not sent on 2026-12-02");
              assertThat(chinese(f)).contains("；截至2026年12月2日未报送");
            });
  }

  @Test
  @DisplayName(
      "P-INTERVIEW: a negative or zero duration, a blank topic, a summary before the interview are"
          + " invalid")
  void badFacts() {
    assertThatThrownBy(() -> onTime(THU_2026_11_26, -30))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("positive number of minutes; got -30");
    assertThatThrownBy(() -> onTime(THU_2026_11_26, 0)).isInstanceOf(InvalidFactsException.class);
    Interview i = onTime(THU_2026_11_26, 60);
    assertThatThrownBy(
            () ->
                new Interview(
                    " ",
                    i.date(),
                    60,
                    i.topicGivenOn(),
                    i.previewPostedOn(),
                    i.answererToldOn(),
                    i.venueToldOn(),
                    i.attendeesGivenOn(),
                    Optional.empty(),
                    Optional.of(THU_2026_11_05)))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("needs a topic")
        .hasMessageContaining("summary is reported after the interview");
  }

  @Test
  @DisplayName(
      "P-INTERVIEW regression (003 第十二条、第十四条 5日前 / 3日前; 民法典第二百零一条): for an interview on"
          + " 2024-05-06 the answerer told on 2024-05-01 and the attendees given on 2024-05-03,"
          + " holidays both, are on time")
  void holidaysDoNotMoveBackwardPeriods() {
    LocalDate interview = LocalDate.of(2024, 5, 6);
    Interview i =
        new Interview(
            "五一假期出行服务",
            interview,
            90,
            latest(LegalPeriods.P_INTERVIEW_TOPIC, interview),
            latest(LegalPeriods.P_INTERVIEW_PREVIEW, interview),
            LocalDate.of(2024, 5, 1),
            LocalDate.of(2024, 5, 1),
            LocalDate.of(2024, 5, 3),
            Optional.empty(),
            Optional.of(LocalDate.of(2024, 5, 7)));
    assertThat(OFFICIAL.isWorkingDay(LocalDate.of(2024, 5, 1))).isFalse();
    assertThat(OFFICIAL.isWorkingDay(LocalDate.of(2024, 5, 3))).isFalse();
    assertThat(latest(LegalPeriods.P_INTERVIEW_ANSWERER_NOTICE, interview))
        .isEqualTo(LocalDate.of(2024, 5, 1));
    assertThat(latest(LegalPeriods.P_INTERVIEW_ATTENDEES, interview))
        .isEqualTo(LocalDate.of(2024, 5, 3));
    assertThat(InterviewPlan.check(2024, List.of(i), OFFICIAL, LocalDate.of(2024, 12, 31)))
        .extracting(f -> Language.CHINESE.render(f.what()))
        .containsExactly("2024年计划网上访谈1期，每年度原则上不少于26期");
    Interview oneDayLate =
        new Interview(
            i.topic(),
            interview,
            90,
            i.topicGivenOn(),
            i.previewPostedOn(),
            LocalDate.of(2024, 5, 2),
            i.venueToldOn(),
            LocalDate.of(2024, 5, 4),
            Optional.empty(),
            i.summaryReportedOn());
    assertThat(InterviewPlan.check(2024, List.of(oneDayLate), OFFICIAL, LocalDate.of(2024, 12, 31)))
        .extracting(f -> Language.CHINESE.render(f.what()))
        .containsExactly(
            "2024年计划网上访谈1期，每年度原则上不少于26期",
            "2024年5月6日“五一假期出行服务”：访谈活动开始的5日前告知答复义务人，应不晚于2024年5月1日，实际于2024年5月2日",
            "2024年5月6日“五一假期出行服务”：答复义务人应在访谈开始3日前告知参加人员，应不晚于2024年5月3日，实际于2024年5月4日");
  }

  @Test
  @DisplayName(
      "P-INTERVIEW (003 第十三条 非因特殊原因不得提前终止和延长时间): an interview that ran shorter or longer"
          + " than planned without a special reason is a finding; with one, or as planned, it is not")
  void earlyEndOrExtension() {
    Interview planned = onTime(THU_2026_11_26, 90);
    List<Interview> year = new ArrayList<>(compliantYear());
    year.add(planned.withActualLength(60, Optional.empty()));
    year.add(planned.withActualLength(100, Optional.empty()));
    year.add(planned.withActualLength(60, Optional.of("网络中断")));
    year.add(planned.withActualLength(90, Optional.empty()));
    year.add(planned.withActualLength(130, Optional.of("群众提问踊跃")));

    List<Finding> findings = InterviewPlan.check(2026, year, OFFICIAL, THU_2026_12_31);
    assertThat(findings)
        .extracting(f -> Language.CHINESE.render(f.what()))
        .containsExactly(
            "2026年11月26日“政府信息公开工作”计划90分钟，实际60分钟：提前终止，非因特殊原因不得提前终止和延长时间",
            "2026年11月26日“政府信息公开工作”计划90分钟，实际100分钟：延长时间，非因特殊原因不得提前终止和延长时间",
            "2026年11月26日“政府信息公开工作”时长130分钟，每期不超过120分钟（2小时）");
    assertThat(findings.get(0).citations().get(0).wording()).contains("非因特殊原因不得提前终止和延长时间");
    findings.forEach(Renderings::english);
    assertThatThrownBy(() -> planned.withActualLength(0, Optional.empty()))
        .isInstanceOf(InvalidFactsException.class);
    assertThatThrownBy(() -> planned.withActualLength(60, Optional.of(" ")))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("特殊原因");
  }

  @Test
  @DisplayName("P-INTERVIEW: null checks")
  void nulls() {
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(WorkingDayCalendar.class, OFFICIAL)
            .setDefault(LocalDate.class, THU_2026_11_26)
            .setDefault(Optional.class, Optional.empty())
            .setDefault(List.class, List.of());
    tester.testAllPublicStaticMethods(InterviewPlan.class);
    tester.testAllPublicConstructors(Interview.class);
  }
}
