package dev.disclosure.calendar;

import static dev.disclosure.calendar.Fixtures.MON_2026_09_28;
import static dev.disclosure.calendar.Fixtures.MON_2026_10_12;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Each step of a deadline's explanation, rendered exactly in both languages, and the order of facts
 * that fall on one day. Dates are hand-counted on the official 2026 calendar (国务院办公厅关于2026年部分节假日安排的通知:
 * 国庆节 10月1日至7日, 10月10日（周六）上班; no holiday or make-up day in November or December).
 */
class DeadlineStepsTest {

  private static final WorkingDayCalendar OFFICIAL = ChinaCalendars.official();
  private static final Citation ART_33 = SamplePeriods.ART_33;
  private static final RuleId PRO_3 = RuleId.of("PRO-3");
  private static final RuleId REQ_6 = SamplePeriods.REQ_6;
  /** Received Mon 2026-09-28: 20 working days → Fri 2026-10-30 (DeadlineTest). */
  private static final Deadline REPLY = OFFICIAL.deadline(SamplePeriods.REPLY_2019, MON_2026_09_28);

  private static final String ART_33_ZH = "《中华人民共和国政府信息公开条例》（国务院令第711号）第三十三条";
  private static final String ART_33_EN =
      "Regulations on Open Government Information (State Council Decree No. 711), Art. 33";
  private static final String OPENING_ZH =
      "[CAL-4] 自2026年9月28日起算（当日不计入），20个工作日（P-REPLY-2019） → 2026年10月30日（依据"
          + ART_33_ZH + "；《中华人民共和国民法典》第二百零一条）";
  private static final String OPENING_EN =
      "[CAL-4] runs from 2026-09-28 (not counted); 20 working days (P-REPLY-2019) → 2026-10-30 ("
          + ART_33_EN + "; Civil Code of the People's Republic of China, Art. 201)";

  private static LocalDate date(int month, int day) {
    return LocalDate.of(2026, month, day);
  }

  private static Deadline restartedOn12October(Deadline deadline) {
    return deadline.withRestart(MON_2026_10_12, "收到补正后的申请", ART_33);
  }

  private static String lines(String... lines) {
    return String.join("\n", lines);
  }

  @Nested
  @DisplayName("periods counted backwards")
  class Backwards {

    @Test
    @DisplayName("CAL-4: 15 working days before Mon 2026-11-16 is Mon 2026-10-26, a working-day step")
    void workingDays() {
      Deadline topic = OFFICIAL.deadline(SamplePeriods.INTERVIEW_TOPIC, date(11, 16));
      assertThat(topic.dueDate()).isEqualTo(date(10, 26));
      assertThat(topic.explain())
          .isEqualTo(
              "[CAL-4] 2026年11月16日前15个工作日（P-INTERVIEW） → 2026年10月26日（依据《样例工作制度》第十一条；"
                  + "《中华人民共和国民法典》第二百零一条）");
      assertThat(topic.explain(Language.ENGLISH))
          .isEqualTo(
              "[CAL-4] 15 working days before 2026-11-16 (P-INTERVIEW) → 2026-10-26 (Sample Working"
                  + " Rules, Art. 11; Civil Code of the People's Republic of China, Art. 201)");
    }

    @Test
    @DisplayName("CAL-5: 5 days before 2026-11-16 is 2026-11-11, a calendar-day step")
    void calendarDays() {
      Deadline notice = OFFICIAL.deadline(SamplePeriods.INTERVIEW_ANSWERER_NOTICE, date(11, 16));
      assertThat(notice.dueDate()).isEqualTo(date(11, 11));
      assertThat(notice.findings()).extracting(Finding::rule).containsExactly(RuleId.CAL_5);
      assertThat(notice.explain())
          .isEqualTo(
              "[CAL-5] 2026年11月16日前5日（P-INTERVIEW） → 2026年11月11日（依据《样例工作制度》第十二条；"
                  + "《中华人民共和国民法典》第二百零一条）");
    }

    @Test
    @DisplayName("CAL-9: a backward period on the estimate says it is provisional (CAL-10: no 2027 holiday between 02-22 and 03-15)")
    void provisional() {
      Deadline topic =
          ChinaCalendars.officialWithEstimateThrough(2028)
              .deadline(SamplePeriods.INTERVIEW_TOPIC, LocalDate.of(2027, 3, 15));
      assertThat(topic.dueDate()).isEqualTo(LocalDate.of(2027, 2, 22));
      assertThat(topic.isProvisional()).isTrue();
      assertThat(topic.toString())
          .isEqualTo("Deadline[P-INTERVIEW from 2027-03-15, due 2027-02-22 (provisional)]");
      assertThat(topic.findings())
          .extracting(Finding::rule, Finding::kind)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(RuleId.CAL_4, FindingKind.APPLIED),
              org.assertj.core.groups.Tuple.tuple(RuleId.CAL_9, FindingKind.PROVISIONAL));
      assertThat(topic.explain(Language.ENGLISH))
          .endsWith(
              "[CAL-9, provisional] the due date 2027-02-22 rests on the calendar's estimate beyond"
                  + " the official schedule (through 2026-12-31); the year's State Council notice"
                  + " decides");
    }

    @Test
    @DisplayName("CAL-7: a deferral cannot move a period counted backwards; move the event instead")
    void noDeferral() {
      Deadline topic = OFFICIAL.deadline(SamplePeriods.INTERVIEW_TOPIC, date(11, 16));
      assertThatThrownBy(
              () -> topic.withDeferral(Deferral.of(date(11, 2), date(11, 9), "系统故障", PRO_3, ART_33)))
          .isInstanceOf(IllegalPeriodException.class)
          .hasMessage(
              "CAL-7: period P-INTERVIEW is counted backwards from an event and cannot take a"
                  + " deferral; move the event instead");
    }
  }

  @Nested
  @DisplayName("the opening steps")
  class Openings {

    @Test
    @DisplayName("CAL-8: restarts are listed in date order, whatever the order they were recorded")
    void restartsInDateOrder() {
      Deadline twice =
          REPLY
              .withRestart(date(10, 15), "收到补正后的申请", ART_33)
              .withRestart(MON_2026_10_12, "第一次补正", ART_33);
      // 20 working days after Thu 10-15: 10-16, 10-19..23, 10-26..30, 11-02..06, 11-09..12
      assertThat(twice.dueDate()).isEqualTo(date(11, 12));
      assertThat(twice.explain())
          .isEqualTo(
              lines(
                  "[CAL-4] 2026年9月28日起算（P-REPLY-2019）（依据" + ART_33_ZH + "）",
                  "[CAL-8] 2026年10月12日重新起算（第一次补正），此前经过的期间不再计算（依据" + ART_33_ZH + "）",
                  "[CAL-8] 2026年10月15日重新起算（收到补正后的申请），此前经过的期间不再计算（依据" + ART_33_ZH + "）",
                  "[CAL-4] 自2026年10月15日起算（当日不计入），20个工作日（P-REPLY-2019） → 2026年11月12日（依据"
                      + ART_33_ZH + "；《中华人民共和国民法典》第二百零一条）"));
    }

    @Test
    @DisplayName("CAL-5: a calendar-day period opens with the rest-day rule and cites 民法典第二百零一条、第二百零三条")
    void calendarDayOpening() {
      // 2026-09-08 + 30 days = Thu 2026-10-08, the first working day after 国庆节
      Deadline school = OFFICIAL.deadline(SamplePeriods.PROACTIVE_SCHOOL, date(9, 8));
      assertThat(school.dueDate()).isEqualTo(date(10, 8));
      assertThat(school.explain())
          .isEqualTo(
              "[CAL-5] 自2026年9月8日起算（当日不计入），30日（P-PROACTIVE-SCHOOL），期间最后一日为休息日的顺延至其后第一个工作日"
                  + " → 2026年10月8日（依据《样例工作制度》学校信息公开；《中华人民共和国民法典》第二百零一条；"
                  + "《中华人民共和国民法典》第二百零三条）");
      assertThat(school.explain(Language.ENGLISH))
          .isEqualTo(
              "[CAL-5] runs from 2026-09-08 (not counted); 30 days (P-PROACTIVE-SCHOOL), an end on a"
                  + " rest day moving to the next working day → 2026-10-08 (Sample Working Rules;"
                  + " Civil Code of the People's Republic of China, Art. 201; Civil Code of the"
                  + " People's Republic of China, Art. 203)");
    }

    @Test
    @DisplayName("CAL-5: a calendar-day period ending on a rest day after the last day of the data is outside it (CAL-9)")
    void calendarDaysRollPastTheData() {
      // the calendar of 2007..2022 ends on Sat 2022-12-31; 2022-12-01 + 30 days is that Saturday
      WorkingDayCalendar through2022 =
          WorkingDayCalendar.builder().addOfficialYears(2007, 2022).build();
      Deadline school = through2022.deadline(SamplePeriods.PROACTIVE_SCHOOL, LocalDate.of(2022, 12, 1));
      assertThat(school.toString())
          .isEqualTo("Deadline[P-PROACTIVE-SCHOOL from 2022-12-01, due beyond the data]");
      assertThatThrownBy(school::dueDate)
          .isInstanceOf(OutsideCalendarDataException.class)
          .hasMessageStartingWith(
              "CAL-9: the due date of P-PROACTIVE-SCHOOL (30 days) from 2022-12-01 needs 2023-01-01,"
                  + " outside");
      // one day earlier it ends on Fri 2022-12-30, a working day
      assertThat(
              through2022
                  .deadline(SamplePeriods.PROACTIVE_SCHOOL, LocalDate.of(2022, 11, 30))
                  .dueDate())
          .isEqualTo(LocalDate.of(2022, 12, 30));
    }

    @Test
    @DisplayName("CAL-4: periods longer than 63 working days count like any other (naive oracle)")
    void longPeriods() {
      NaiveCalendar naive = new NaiveCalendar(OFFICIAL);
      LocalDate start = date(3, 2);
      for (int amount = 60; amount <= 70; amount++) {
        Deadline deadline = OFFICIAL.deadline(LegalPeriod.ofWorkingDays(amount), start);
        assertThat(deadline.dueDate())
            .as("%d working days", amount)
            .isEqualTo(naive.plusWorkingDays(start, amount));
        // (03-09, 03-13] removes Tue..Fri, 4 working days
        Deadline paused =
            deadline.withPause(Pause.of(date(3, 9), date(3, 13), "征求第三方意见", ART_33));
        assertThat(paused.dueDate())
            .as("%d working days, 4 paused", amount)
            .isEqualTo(naive.plusWorkingDays(start, amount + 4));
      }
    }
  }

  @Nested
  @DisplayName("CAL-7 pause steps")
  class PauseSteps {

    @Test
    @DisplayName("CAL-7, CAL-8: a pause that ended before the restart changes nothing and says so")
    void pauseBeforeRestart() {
      Deadline restarted =
          restartedOn12October(
              REPLY.withPause(Pause.of(date(9, 29), date(10, 9), "征求第三方意见", ART_33)));
      // 20 working days after Mon 10-12: 10-13..16, 10-19..23, 10-26..30, 11-02..06, 11-09
      assertThat(restarted.dueDate()).isEqualTo(date(11, 9));
      assertThat(restarted.findings().get(3).render(Language.CHINESE))
          .isEqualTo(
              "[CAL-7] 2026年9月29日至2026年10月9日（征求第三方意见），在期限起算前，不影响期限 → 2026年11月9日（依据"
                  + ART_33_ZH + "）");
      assertThat(restarted.findings().get(3).render(Language.ENGLISH))
          .isEqualTo(
              "[CAL-7] paused 2026-09-29 to 2026-10-09 (as recorded), before the period runs:"
                  + " nothing changes → 2026-11-09 (" + ART_33_EN + ")");
    }

    @Test
    @DisplayName("CAL-7, CAL-8: a pause across the restart counts only the days it removes after the new start")
    void pauseAcrossTheRestart() {
      // (10-08, 10-16] holds 10-09, Sat 10-10 (上班, 2026 notice) and 10-12..16; only 10-13..16 are
      // after the restart on 10-12: 4 working days; 11-09 + 4 working days = 11-13
      Deadline restarted =
          restartedOn12October(REPLY)
              .withPause(Pause.of(date(10, 8), date(10, 16), "征求第三方意见", ART_33));
      assertThat(restarted.dueDate()).isEqualTo(date(11, 13));
      assertThat(restarted.findings().get(3).render(Language.ENGLISH))
          .isEqualTo(
              "[CAL-7] paused 2026-10-08 to 2026-10-16 (as recorded): 4 working days not counted →"
                  + " 2026-11-13 (" + ART_33_EN + ")");
    }

    @Test
    @DisplayName(
        "CAL-7: a pause beginning on the due date (Fri 10-30) and ending Fri 11-06 makes the act due on"
            + " the first working day after its end, Mon 11-09 (OGI-2019 第三十三条第三款)")
    void pauseFromTheDueDate() {
      Deadline paused =
          REPLY.withPause(Pause.of(date(10, 30), date(11, 6), "征求第三方意见", ART_33));
      assertThat(paused.dueDate()).isEqualTo(date(11, 9));
      assertThat(paused.explain())
          .isEqualTo(
              lines(
                  OPENING_ZH,
                  "[CAL-7] 2026年10月30日至2026年11月6日（征求第三方意见），始于期限届满日2026年10月30日，期间不计算在期限内，"
                      + "期限届满日顺延至其结束后第一个工作日2026年11月9日"
                      + " → 2026年11月9日（依据" + ART_33_ZH + "；《中华人民共和国民法典》第二百零三条）"));
      assertThat(paused.findings().get(1).render(Language.ENGLISH))
          .isEqualTo(
              "[CAL-7] paused 2026-10-30 to 2026-11-06 (as recorded), from the due date 2026-10-30:"
                  + " the time is not counted, and the due date moves to the first working day after"
                  + " its end, 2026-11-09 → 2026-11-09 (" + ART_33_EN
                  + "; Civil Code of the People's Republic of China, Art. 203)");
    }

    @Test
    @DisplayName("CAL-7: a pause beginning the day before the due date moves it by the working days removed")
    void pauseTheDayBefore() {
      // (10-29, 11-06] removes 10-30 and 11-02..06: 6 working days; 10-30 + 6 working days = 11-09
      Deadline paused =
          REPLY.withPause(Pause.of(date(10, 29), date(11, 6), "征求第三方意见", ART_33));
      assertThat(paused.dueDate()).isEqualTo(date(11, 9));
      assertThat(paused.findings().get(1).render(Language.ENGLISH))
          .isEqualTo(
              "[CAL-7] paused 2026-10-29 to 2026-11-06 (as recorded): 6 working days not counted →"
                  + " 2026-11-09 (" + ART_33_EN + ")");
    }

    @Test
    @DisplayName("CAL-7 [convention]: a pause beginning after a fixed due date changes nothing and says so")
    void pauseAfterFixedDate() {
      Deadline fixed =
          REPLY
              .withFixedDueDate(date(10, 9), date(11, 27), "需要较长时间", REQ_6, ART_33)
              .withPause(Pause.of(date(12, 1), date(12, 4), "征求第三方意见", ART_33));
      assertThat(fixed.dueDate()).isEqualTo(date(11, 27));
      assertThat(fixed.findings().get(2).render(Language.ENGLISH))
          .isEqualTo(
              "[CAL-7] paused 2026-12-01 to 2026-12-04 (as recorded), after the period ran out on"
                  + " 2026-11-27: nothing changes → 2026-11-27 (" + ART_33_EN + ")");
    }

    @Test
    @DisplayName("CAL-7 [convention]: a pause before a fixed due date does not move it")
    void pauseBeforeFixedDate() {
      Deadline fixed =
          REPLY
              .withFixedDueDate(date(10, 9), date(11, 27), "需要较长时间", REQ_6, ART_33)
              .withPause(Pause.of(MON_2026_10_12, date(10, 16), "征求第三方意见", ART_33));
      assertThat(fixed.dueDate()).isEqualTo(date(11, 27));
      assertThat(fixed.explain())
          .isEqualTo(
              lines(
                  OPENING_ZH,
                  "[REQ-6] 2026年10月9日确定期限届满日为2026年11月27日并告知（需要较长时间） → 2026年11月27日（依据"
                      + ART_33_ZH + "）",
                  "[CAL-7] 2026年10月12日至2026年10月16日（征求第三方意见），4个工作日不计算在期限内 → 2026年11月27日（依据"
                      + ART_33_ZH + "）"));
    }
  }

  @Nested
  @DisplayName("deferrals (a legal cause)")
  class Deferrals {

    @Test
    @DisplayName("CAL-5: a cause ending on Wed 2026-11-04, a working day, makes the act due that day")
    void endsOnWorkingDay() {
      Deadline deferred =
          REPLY.withDeferral(Deferral.of(date(10, 20), date(11, 4), "依法需经上级机关批准", PRO_3, ART_33));
      assertThat(deferred.dueDate()).isEqualTo(date(11, 4));
      assertThat(deferred.explain())
          .isEqualTo(
              lines(
                  OPENING_ZH,
                  "[PRO-3] 2026年10月20日至2026年11月4日因法定事由（依法需经上级机关批准）不能按时完成，原因消除后立即完成："
                      + "2026年11月4日为工作日 → 2026年11月4日（依据" + ART_33_ZH + "）"));
      assertThat(deferred.findings().get(1).render(Language.ENGLISH))
          .isEqualTo(
              "[PRO-3] from 2026-10-20 to 2026-11-04 a legal cause (as recorded) prevented the act;"
                  + " it is due immediately after the cause ends, on 2026-11-04, a working day →"
                  + " 2026-11-04 (" + ART_33_EN + ")");
    }

    @Test
    @DisplayName("CAL-5: a cause ending on Sat 2026-11-07 makes the act due Mon 2026-11-09 (民法典第二百零三条)")
    void endsOnRestDay() {
      Deadline deferred =
          REPLY.withDeferral(Deferral.of(date(10, 20), date(11, 7), "依法需经上级机关批准", PRO_3, ART_33));
      assertThat(deferred.dueDate()).isEqualTo(date(11, 9));
      assertThat(deferred.findings().get(1).render(Language.CHINESE))
          .isEqualTo(
              "[PRO-3] 2026年10月20日至2026年11月7日因法定事由（依法需经上级机关批准）不能按时完成，原因消除后立即完成："
                  + "2026年11月7日为休息日，其后第一个工作日为2026年11月9日 → 2026年11月9日（依据" + ART_33_ZH
                  + "；《中华人民共和国民法典》第二百零三条）");
      assertThat(deferred.findings().get(1).render(Language.ENGLISH))
          .isEqualTo(
              "[PRO-3] from 2026-10-20 to 2026-11-07 a legal cause (as recorded) prevented the act;"
                  + " it is due immediately after the cause ends: 2026-11-07 is a rest day, the next"
                  + " working day is 2026-11-09 → 2026-11-09 (" + ART_33_EN
                  + "; Civil Code of the People's Republic of China, Art. 203)");
    }

    @Test
    @DisplayName("CAL-8: a cause that ended before the restart defers nothing, a breach of its rule")
    void endedBeforeRestart() {
      Deadline restarted =
          restartedOn12October(
              REPLY.withDeferral(Deferral.of(date(9, 29), date(10, 9), "系统故障", PRO_3, ART_33)));
      assertThat(restarted.dueDate()).isEqualTo(date(11, 9));
      assertThat(restarted.breaches()).hasSize(1);
      assertThat(restarted.breaches().get(0).render(Language.CHINESE))
          .isEqualTo(
              "[PRO-3 违反] 2026年9月29日至2026年10月9日的事由（系统故障）在期限2026年10月12日起算前已消除，不影响按时完成（依据"
                  + ART_33_ZH + "）");
      assertThat(restarted.breaches().get(0).render(Language.ENGLISH))
          .isEqualTo(
              "[PRO-3, broken] the cause from 2026-09-29 to 2026-10-09 (as recorded) ended before"
                  + " the period ran from 2026-10-12; it defers nothing (" + ART_33_EN + ")");
    }

    @Test
    @DisplayName("CAL-5: a cause arising after the due date could not have prevented the act on time")
    void arisesLate() {
      Deadline deferred =
          REPLY.withDeferral(Deferral.of(date(11, 2), date(11, 9), "系统故障", PRO_3, ART_33));
      assertThat(deferred.dueDate()).isEqualTo(date(10, 30));
      assertThat(deferred.explain(Language.ENGLISH))
          .isEqualTo(
              lines(
                  OPENING_EN,
                  "[PRO-3, broken] the cause that arose on 2026-11-02 (as recorded) came after the"
                      + " due date then in force, 2026-10-30; it could not have prevented the act"
                      + " on time (" + ART_33_EN + ")"));
      assertThat(deferred.findings().get(1).render(Language.CHINESE))
          .isEqualTo(
              "[PRO-3 违反] 2026年11月2日发生的事由（系统故障）晚于当时的期限届满日2026年10月30日，不能成为未按时完成的理由（依据"
                  + ART_33_ZH + "）");
    }

    @Test
    @DisplayName("CAL-5: a cause arising on the due date itself defers the act")
    void arisesOnDueDate() {
      Deadline deferred =
          REPLY.withDeferral(Deferral.of(date(10, 30), date(11, 4), "系统故障", PRO_3, ART_33));
      assertThat(deferred.dueDate()).isEqualTo(date(11, 4));
      assertThat(deferred.breaches()).isEmpty();
    }
  }

  @Nested
  @DisplayName("due dates fixed by the agency and extensions")
  class FixedAndExtended {

    @Test
    @DisplayName("CAL-5: a due date fixed on Sat 2026-11-28 moves to Mon 2026-11-30 (民法典第二百零三条)")
    void fixedOnRestDay() {
      Deadline fixed =
          REPLY.withFixedDueDate(date(10, 20), date(11, 28), "需要较长时间", REQ_6, ART_33);
      assertThat(fixed.dueDate()).isEqualTo(date(11, 30));
      assertThat(fixed.explain())
          .isEqualTo(
              lines(
                  OPENING_ZH,
                  "[REQ-6] 2026年10月20日确定期限届满日为2026年11月28日并告知（需要较长时间），该日为休息日，顺延至2026年11月30日"
                      + " → 2026年11月30日（依据" + ART_33_ZH + "；《中华人民共和国民法典》第二百零三条）"));
      assertThat(fixed.findings().get(1).render(Language.ENGLISH))
          .isEqualTo(
              "[REQ-6] on 2026-10-20 the due date was fixed at 2026-11-28 and made known (as"
                  + " recorded); a rest day, it moves to 2026-11-30 → 2026-11-30 (" + ART_33_EN
                  + "; Civil Code of the People's Republic of China, Art. 203)");
    }

    @Test
    @DisplayName("CAL-8 [convention]: a due date fixed before a restart lapses and says so")
    void fixedLapses() {
      Deadline restarted =
          restartedOn12October(
              REPLY.withFixedDueDate(date(10, 9), date(11, 27), "需要较长时间", REQ_6, ART_33));
      assertThat(restarted.dueDate()).isEqualTo(date(11, 9));
      assertThat(restarted.findings()).hasSize(4);
      assertThat(restarted.findings().get(3).render(Language.CHINESE))
          .isEqualTo(
              "[CAL-8] 2026年10月9日确定的期限届满日2026年11月27日因2026年10月12日重新起算而失效（依据"
                  + ART_33_ZH + "）");
      assertThat(restarted.findings().get(3).render(Language.ENGLISH))
          .isEqualTo(
              "[CAL-8] the due date fixed on 2026-10-09 at 2026-11-27 lapsed with the restart on"
                  + " 2026-10-12 (" + ART_33_EN + ")");
    }

    @Test
    @DisplayName("CAL-8 [convention]: an extension granted before a restart lapses; asked before, breachOf names the lapse")
    void extensionLapses() {
      Extension early = Extension.of(5, date(10, 9), "需要较长时间");
      Deadline restarted = restartedOn12October(REPLY);
      assertThat(restarted.breachOf(early))
          .map(finding -> finding.render(Language.ENGLISH))
          .contains(
              "[CAL-8] the extension by 5 working days granted 2026-10-09 (as recorded) lapsed"
                  + " with the restart on 2026-10-12 (" + ART_33_EN + ")");
      assertThat(restarted.breachOf(Extension.of(5, date(10, 19), "需要较长时间"))).isEmpty();
      Deadline lapsed = restartedOn12October(REPLY.withExtension(early));
      assertThat(lapsed.dueDate()).isEqualTo(date(11, 9));
      assertThat(lapsed.extensionInForce()).isZero();
      assertThat(lapsed.findings().get(3).render(Language.CHINESE))
          .isEqualTo(
              "[CAL-8] 2026年10月9日批准的延长5个工作日（需要较长时间）因2026年10月12日重新起算而失效（依据"
                  + ART_33_ZH + "）");
    }

    @Test
    @DisplayName("REQ-6: an extension after a fixed due date does not move it, a breach; breachOf says so before")
    void extensionAfterFixedDate() {
      Deadline fixed =
          REPLY.withFixedDueDate(date(10, 9), date(11, 27), "需要较长时间", REQ_6, ART_33);
      Extension more = Extension.of(5, date(10, 19), "再延长");
      String breach =
          "[REQ-6, broken] the extension by 5 working days granted 2026-10-19 (as recorded) came"
              + " after the due date was fixed at 2026-11-27; it does not move it (" + ART_33_EN
              + ")";
      assertThat(fixed.breachOf(more)).map(f -> f.render(Language.ENGLISH)).contains(breach);
      Deadline extended = fixed.withExtension(more);
      assertThat(extended.dueDate()).isEqualTo(date(11, 27));
      assertThat(extended.breaches()).extracting(f -> f.render(Language.ENGLISH)).containsExactly(breach);
      assertThat(extended.breaches().get(0).render(Language.CHINESE))
          .isEqualTo(
              "[REQ-6 违反] 2026年10月19日批准的延长5个工作日（再延长）在期限届满日已确定为2026年11月27日之后，不改变该日期（依据"
                  + ART_33_ZH + "）");
    }

    @Test
    @DisplayName("REQ-6: extensions recorded against date order are judged in date order")
    void extensionsOutOfOrder() {
      // 10-20: +20 (within the bound of 20) → 11-27; 10-30: +5 would bring the total to 25 → broken
      Extension first = Extension.of(20, date(10, 20), "需要较长时间");
      Extension second = Extension.of(5, date(10, 30), "再延长");
      Deadline inOrder = REPLY.withExtension(first).withExtension(second);
      Deadline reversed = REPLY.withExtension(second).withExtension(first);
      assertThat(inOrder.dueDate()).isEqualTo(date(11, 27));
      assertThat(reversed.dueDate()).isEqualTo(date(11, 27));
      assertThat(reversed.extensionInForce()).isEqualTo(20);
      assertThat(reversed.explain()).isEqualTo(inOrder.explain());
      assertThat(reversed).isEqualTo(inOrder);
      assertThat(reversed.breaches()).hasSize(1);
    }
  }

  @Nested
  @DisplayName("facts recorded out of date order")
  class OutOfOrder {

    @Test
    @DisplayName("CAL-7, REQ-6: a pause recorded after a late extension, but dated before it, makes the extension timely")
    void pauseBeforeAnExtension() {
      // the pause (10-12, 10-16] removes 4 working days: due 11-05, so an extension on 11-02 counts
      Extension onSecondNovember = Extension.of(5, date(11, 2), "需要较长时间");
      Pause consultation = Pause.of(MON_2026_10_12, date(10, 16), "征求第三方意见", ART_33);
      Deadline late = REPLY.withExtension(onSecondNovember);
      assertThat(late.breaches()).hasSize(1);
      Deadline paused = late.withPause(consultation);
      // 11-05 + 5 working days: 11-06, 11-09..12
      assertThat(paused.dueDate()).isEqualTo(date(11, 12));
      assertThat(paused.extensionInForce()).isEqualTo(5);
      assertThat(paused.breaches()).isEmpty();
      assertThat(paused).isEqualTo(REPLY.withPause(consultation).withExtension(onSecondNovember));
    }

    @Test
    @DisplayName("CAL-4: on the spot on the first day of the data is due that day")
    void onTheSpotOnTheFirstDay() {
      Deadline spot = OFFICIAL.deadline(LegalPeriod.ofWorkingDays(0), LocalDate.of(2007, 1, 1));
      assertThat(spot.toString()).isEqualTo("Deadline[CAL-4 from 2007-01-01, due 2007-01-01]");
      assertThat(spot.dueDate()).isEqualTo(LocalDate.of(2007, 1, 1));
    }

    @Test
    @DisplayName("REQ-4: a due date fixed at the first day of a calendar governs")
    void fixedAtTheFirstDay() {
      // a calendar of 2026 without holidays: Thu 2026-01-01 is a working day, index 0
      WorkingDayCalendar plain = WorkingDayCalendar.builder().addOfficialYear(2026).build();
      LocalDate first = LocalDate.of(2026, 1, 1);
      Deadline fixed =
          plain
              .deadline(SamplePeriods.REPLY_2019, first)
              .withFixedDueDate(first, first, "当场确定", REQ_6, ART_33)
              .withExtension(Extension.of(5, first.plusDays(1), "需要较长时间"));
      assertThat(fixed.dueDate()).isEqualTo(first);
      assertThat(fixed.breaches())
          .singleElement()
          .extracting(finding -> finding.render(Language.ENGLISH))
          .asString()
          .contains("came after the due date was fixed at 2026-01-01; it does not move it");
    }
  }

  @Nested
  @DisplayName("facts on one day are taken in the order of their content [convention]")
  class SameDay {

    @Test
    @DisplayName("REQ-6: two extensions granted one day are explained smaller first, whatever the order recorded")
    void extensions() {
      Extension three = Extension.of(3, date(10, 20), "乙");
      Extension fifteen = Extension.of(15, date(10, 20), "甲");
      Deadline a = REPLY.withExtension(three).withExtension(fifteen);
      Deadline b = REPLY.withExtension(fifteen).withExtension(three);
      assertThat(a).isEqualTo(b);
      assertThat(a.explain()).isEqualTo(b.explain());
      assertThat(a.extensions()).containsExactly(three, fifteen);
      assertThat(b.extensions()).containsExactly(three, fifteen);
      // 10-30 + 3 working days = 11-04; + 15 more = 11-25
      assertThat(a.findings())
          .extracting(f -> f.dueDate().orElseThrow())
          .containsExactly(date(10, 30), date(11, 4), date(11, 25));
      assertThat(b.dueDate()).isEqualTo(date(11, 25));
      assertThat(a).isNotEqualTo(REPLY.withExtension(three).withExtension(Extension.of(15, date(10, 20), "丙")));
    }

    @Test
    @DisplayName("REQ-4: of two due dates fixed on one day, the same one governs whatever the order recorded")
    void fixedDates() {
      Deadline a =
          REPLY
              .withFixedDueDate(date(10, 9), date(11, 27), "需要较长时间", REQ_6, ART_33)
              .withFixedDueDate(date(10, 9), date(11, 20), "需要较长时间", REQ_6, ART_33);
      Deadline b =
          REPLY
              .withFixedDueDate(date(10, 9), date(11, 20), "需要较长时间", REQ_6, ART_33)
              .withFixedDueDate(date(10, 9), date(11, 27), "需要较长时间", REQ_6, ART_33);
      assertThat(a.dueDate()).isEqualTo(date(11, 27));
      assertThat(b.dueDate()).isEqualTo(date(11, 27));
      assertThat(a.explain()).isEqualTo(b.explain());
      assertThat(a).isEqualTo(b);
    }

    @Test
    @DisplayName("CAL-5: two causes arising one day are explained in one order, whatever the order recorded")
    void deferrals() {
      Deferral approval = Deferral.of(date(10, 20), date(11, 4), "依法需经上级机关批准", PRO_3, ART_33);
      Deferral outage = Deferral.of(date(10, 20), date(11, 2), "系统故障", PRO_3, ART_33);
      Deadline a = REPLY.withDeferral(approval).withDeferral(outage);
      Deadline b = REPLY.withDeferral(outage).withDeferral(approval);
      assertThat(a.dueDate()).isEqualTo(date(11, 4));
      assertThat(a.explain()).isEqualTo(b.explain());
      assertThat(a.findings()).hasSize(3);
    }

    @Test
    @DisplayName("CAL-5: causes differing only in their rule or citation are explained in one order")
    void deferralsByCitation() {
      Citation other = Citation.of(SamplePeriods.RULES, "第九条", "因不可抗力不能按时公开的，原因消除后立即公开。");
      Deferral byArt33 = Deferral.of(date(10, 20), date(11, 4), "系统故障", PRO_3, ART_33);
      Deferral byRules = Deferral.of(date(10, 20), date(11, 4), "系统故障", PRO_3, other);
      Deferral byReq = Deferral.of(date(10, 20), date(11, 4), "系统故障", REQ_6, ART_33);
      Deadline a = REPLY.withDeferral(byArt33).withDeferral(byRules).withDeferral(byReq);
      Deadline b = REPLY.withDeferral(byReq).withDeferral(byRules).withDeferral(byArt33);
      assertThat(a.explain()).isEqualTo(b.explain());
      assertThat(a.explain(Language.ENGLISH)).isEqualTo(b.explain(Language.ENGLISH));
    }

    @Test
    @DisplayName("CAL-8: restarts on one day are listed in one order, by reason and then citation")
    void restarts() {
      Citation other = Citation.of(SamplePeriods.RULES, "第九条", "补正后重新计算。");
      Deadline a =
          REPLY
              .withRestart(MON_2026_10_12, "乙", ART_33)
              .withRestart(MON_2026_10_12, "甲", ART_33)
              .withRestart(MON_2026_10_12, "甲", other);
      Deadline b =
          REPLY
              .withRestart(MON_2026_10_12, "甲", other)
              .withRestart(MON_2026_10_12, "甲", ART_33)
              .withRestart(MON_2026_10_12, "乙", ART_33);
      assertThat(a.explain()).isEqualTo(b.explain());
      assertThat(a.explain(Language.ENGLISH)).isEqualTo(b.explain(Language.ENGLISH));
      // by the reasons' text: 乙 (U+4E59) before 甲 (U+7532)
      assertThat(a.findings().get(1).what().toString()).isEqualTo("2026年10月12日重新起算（乙），此前经过的期间不再计算");
      assertThat(a.findings().get(3).what().toString()).isEqualTo("2026年10月12日重新起算（甲），此前经过的期间不再计算");
    }

    @Test
    @DisplayName("CAL-7: pauses differing only in their citation are listed in one order")
    void pausesByCitation() {
      Citation other = Citation.of(SamplePeriods.RULES, "第九条", "征求意见的时间不计算在期限内。");
      Pause byArt33 = Pause.of(MON_2026_10_12, date(10, 16), "征求第三方意见", ART_33);
      Pause byRules = Pause.of(MON_2026_10_12, date(10, 16), "征求第三方意见", other);
      List<Pause> a = REPLY.withPause(byArt33).withPause(byRules).pauses();
      List<Pause> b = REPLY.withPause(byRules).withPause(byArt33).pauses();
      assertThat(a).isEqualTo(b);
      assertThat(REPLY.withPause(byArt33).withPause(byRules).explain())
          .isEqualTo(REPLY.withPause(byRules).withPause(byArt33).explain());
    }

    @Test
    @DisplayName("CAL-5, REQ-6: on one day an extension comes first, then a cause, then a fixed date")
    void kindsOnOneDay() {
      LocalDate day = date(10, 20);
      Deadline a =
          REPLY
              .withFixedDueDate(day, date(11, 27), "需要较长时间", REQ_6, ART_33)
              .withDeferral(Deferral.of(day, date(11, 4), "系统故障", PRO_3, ART_33))
              .withExtension(Extension.of(5, day, "需要较长时间"));
      assertThat(a.findings())
          .extracting(Finding::rule)
          .containsExactly(RuleId.CAL_4, REQ_6, PRO_3, REQ_6);
      assertThat(a.findings())
          .extracting(f -> f.dueDate().orElseThrow())
          .containsExactly(date(10, 30), date(11, 6), date(11, 6), date(11, 27));
      assertThat(a.dueDate()).isEqualTo(date(11, 27));
    }
  }
}
