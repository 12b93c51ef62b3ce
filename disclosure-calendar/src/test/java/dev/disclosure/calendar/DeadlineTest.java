package dev.disclosure.calendar;

import static dev.disclosure.calendar.Fixtures.FRI_2026_02_13;
import static dev.disclosure.calendar.Fixtures.FRI_2026_10_16;
import static dev.disclosure.calendar.Fixtures.FRI_2026_10_30;
import static dev.disclosure.calendar.Fixtures.MON_2026_09_28;
import static dev.disclosure.calendar.Fixtures.MON_2026_10_12;
import static dev.disclosure.calendar.Fixtures.SAT_2026_10_10;
import static dev.disclosure.calendar.Fixtures.SUN_2026_09_20;
import static dev.disclosure.calendar.Fixtures.THU_2026_03_19;
import static dev.disclosure.calendar.Fixtures.THU_2026_10_08;
import static dev.disclosure.calendar.Fixtures.THU_2026_11_05;
import static dev.disclosure.calendar.Fixtures.WED_2026_09_30;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Deadlines hand-checked on the official 2026 calendar. */
class DeadlineTest {

  private static final WorkingDayCalendar OFFICIAL = ChinaCalendars.official();
  private static final Citation ART_33 = SamplePeriods.ART_33;
  private static final Deadline REPLY_2019 =
      OFFICIAL.deadline(SamplePeriods.REPLY_2019, MON_2026_09_28);

  @Nested
  @DisplayName("P-REPLY periods")
  class Reply {

    @Test
    @DisplayName("P-REPLY-2019: received Mon 2026-09-28, 20 working days across 国庆节 → Fri 2026-10-30")
    void reply2019AcrossNationalDay() {
      assertThat(REPLY_2019.dueDate()).isEqualTo(FRI_2026_10_30);
      assertThat(REPLY_2019.isProvisional()).isFalse();
      assertThat(REPLY_2019.explain())
          .isEqualTo(REPLY_2019.explain(Language.CHINESE))
          .isEqualTo(
              "[CAL-4] 自2026年9月28日起算（当日不计入），20个工作日（P-REPLY-2019） → 2026年10月30日"
                  + "（依据《中华人民共和国政府信息公开条例》（国务院令第711号）第三十三条；"
                  + "《中华人民共和国民法典》第二百零一条）");
      assertThat(REPLY_2019.explain(Language.ENGLISH))
          .isEqualTo(
              "[CAL-4] runs from 2026-09-28 (not counted); 20 working days (P-REPLY-2019) → 2026-10-30"
                  + " (Regulations on Open Government Information (State Council Decree No. 711),"
                  + " Art. 33; Civil Code of the People's Republic of China, Art. 201)");
    }

    @Test
    @DisplayName("P-REPLY-2008: the same receipt under the 2008 regime, 15 working days → 2026-10-23")
    void reply2008() {
      assertThat(OFFICIAL.deadline(SamplePeriods.REPLY_2008, MON_2026_09_28).dueDate())
          .isEqualTo(LocalDate.of(2026, 10, 23));
    }

    @Test
    @DisplayName("P-REPLY-2019: received Fri 2026-02-13 before 春节, make-up Saturdays count → 2026-03-19")
    void receiptBeforeSpringFestival() {
      assertThat(OFFICIAL.deadline(SamplePeriods.REPLY_2019, FRI_2026_02_13).dueDate())
          .isEqualTo(THU_2026_03_19);
    }

    @Test
    @DisplayName("P-FEE-PAYMENT-2020: fee notice received 2026-09-30, 20 working days → 2026-11-03")
    void feePayment() {
      assertThat(OFFICIAL.deadline(SamplePeriods.FEE_PAYMENT_2020, WED_2026_09_30).dueDate())
          .isEqualTo(LocalDate.of(2026, 11, 3));
    }

    @Test
    @DisplayName("P-CORRECTION-2019, P-THIRD-PARTY-2019, P-CO-AGENCY-2019: 7 and 15 working days")
    void consultationPeriods() {
      assertThat(OFFICIAL.deadline(SamplePeriods.CORRECTION_2019, MON_2026_09_28).dueDate())
          .isEqualTo(LocalDate.of(2026, 10, 13));
      assertThat(OFFICIAL.deadline(SamplePeriods.THIRD_PARTY_2019, MON_2026_09_28).dueDate())
          .isEqualTo(LocalDate.of(2026, 10, 23));
      assertThat(OFFICIAL.deadline(SamplePeriods.CO_AGENCY_2019, MON_2026_09_28).dueDate())
          .isEqualTo(LocalDate.of(2026, 10, 23));
    }

    @Test
    @DisplayName("CAL-4: a period of 0 is on the spot (当场)")
    void onTheSpot() {
      Deadline spot = OFFICIAL.deadline(LegalPeriod.ofWorkingDays(0), MON_2026_09_28);
      assertThat(spot.dueDate()).isEqualTo(MON_2026_09_28);
      assertThat(spot.explain()).contains("当场（CAL-4）：期限为2026年9月28日当日");
      assertThat(spot.explain(Language.ENGLISH)).contains("on the spot (CAL-4): due on 2026-09-28 itself");
    }
  }

  @Nested
  @DisplayName("CAL-7 pauses")
  class Pauses {

    @Test
    @DisplayName("CAL-7: third-party consultation 10-12..10-16 removes 4 working days → 2026-11-05")
    void thirdPartyPause() {
      Deadline paused =
          REPLY_2019.withPause(Pause.of(MON_2026_10_12, FRI_2026_10_16, "征求第三方意见", ART_33));
      assertThat(paused.dueDate()).isEqualTo(THU_2026_11_05);
      assertThat(paused.findings()).hasSize(2);
      Finding pause = paused.findings().get(1);
      assertThat(pause.rule()).isEqualTo(RuleId.CAL_7);
      assertThat(pause.kind()).isEqualTo(FindingKind.APPLIED);
      assertThat(pause.what().toString())
          .isEqualTo("2026年10月12日至2026年10月16日（征求第三方意见），4个工作日不计算在期限内");
      assertThat(Language.ENGLISH.render(pause.what()))
          .startsWith("paused 2026-10-12 to 2026-10-16 (")
          .endsWith("): 4 working days not counted")
          .contains("as recorded");
      assertThat(pause.quantities()).containsExactly(Quantity.of(4, PeriodUnit.WORKING_DAYS));
      assertThat(pause.dates()).containsExactly(MON_2026_10_12, FRI_2026_10_16, THU_2026_11_05);
      assertThat(pause.dueDate()).contains(THU_2026_11_05);
      assertThat(pause.citations()).containsExactly(ART_33);
      assertThat(REPLY_2019.dueDate()).isEqualTo(FRI_2026_10_30);
    }

    @Test
    @DisplayName("CAL-7: a pause without a reason is refused, naming its days; a letter must say why")
    void blankReason() {
      assertThatThrownBy(() -> Pause.of(MON_2026_10_12, FRI_2026_10_16, " ", ART_33))
          .isInstanceOf(IllegalPeriodException.class)
          .hasMessageContaining("CAL-7")
          .hasMessageContaining("the pause from 2026-10-12 to 2026-10-16 has a blank reason");
    }

    @Test
    @DisplayName("CAL-7: a pause spanning 国庆节 removes only the working days in it")
    void pauseSpanningHoliday() {
      Deadline paused =
          REPLY_2019.withPause(
              Pause.of(WED_2026_09_30, LocalDate.of(2026, 10, 9), "征求其他机关意见", ART_33));
      assertThat(paused.dueDate()).isEqualTo(LocalDate.of(2026, 11, 3));
    }

    @Test
    @DisplayName("CAL-7: overlapping pauses never remove a day twice")
    void overlappingPauses() {
      Deadline paused =
          REPLY_2019
              .withPause(Pause.of(MON_2026_10_12, FRI_2026_10_16, "征求第三方意见", ART_33))
              .withPause(
                  Pause.of(LocalDate.of(2026, 10, 14), LocalDate.of(2026, 10, 20), "征求其他机关意见", ART_33));
      assertThat(paused.dueDate()).isEqualTo(LocalDate.of(2026, 11, 9));
    }

    @Test
    @DisplayName(
        "CAL-7: the day a pause starts still counts; a same-day pause removes nothing; one from the"
            + " due date makes it due the first working day after its end")
    void pauseBoundaries() {
      assertThat(
              REPLY_2019
                  .withPause(Pause.of(MON_2026_10_12, MON_2026_10_12, "当日往返", ART_33))
                  .dueDate())
          .isEqualTo(FRI_2026_10_30);
      assertThat(
              REPLY_2019
                  .withPause(Pause.of(FRI_2026_10_30, LocalDate.of(2026, 11, 2), "征求第三方意见", ART_33))
                  .dueDate())
          .as("a pause starting on the due date Fri 10-30 and ending Mon 11-02 makes it due on the"
              + " first working day after its end, Tue 11-03 (CAL-7 [convention], 第三十三条第三款)")
          .isEqualTo(LocalDate.of(2026, 11, 3));
      assertThat(
              REPLY_2019
                  .withPause(Pause.of(THU_2026_10_08.plusDays(21), FRI_2026_10_30, "征求第三方意见", ART_33))
                  .dueDate())
          .as("a pause from Thu 10-29 to Fri 10-30 removes the Friday only")
          .isEqualTo(LocalDate.of(2026, 11, 2));
    }

    @Test
    @DisplayName("CAL-7: a pause after the period ran out changes nothing")
    void pauseAfterDue() {
      assertThat(
              REPLY_2019
                  .withPause(
                      Pause.of(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 10), "迟到的征求", ART_33))
                  .dueDate())
          .isEqualTo(FRI_2026_10_30);
    }

    @Test
    @DisplayName("CAL-7: a pause that ends before it starts is a typed error naming both dates")
    void pauseEndsBeforeStart() {
      assertThatThrownBy(() -> Pause.of(FRI_2026_10_16, MON_2026_10_12, "征求第三方意见", ART_33))
          .isInstanceOf(IllegalPeriodException.class)
          .hasMessageContaining("CAL-7")
          .hasMessageContaining("2026-10-12")
          .hasMessageContaining("2026-10-16");
    }
  }

  @Nested
  @DisplayName("CAL-8 restarts and REQ-6 extensions")
  class RestartsAndExtensions {

    @Test
    @DisplayName("CAL-8: a corrected application received 2026-10-12 restarts the 20 days → 2026-11-09")
    void restart() {
      Deadline restarted =
          REPLY_2019.withRestart(MON_2026_10_12, "收到补正后的申请", SamplePeriods.CORRECTION_2019.citations().get(0));
      assertThat(restarted.dueDate()).isEqualTo(LocalDate.of(2026, 11, 9));
      assertThat(restarted.currentStart()).isEqualTo(MON_2026_10_12);
      assertThat(restarted.originalStart()).isEqualTo(MON_2026_09_28);
      assertThat(restarted.explain()).contains("[CAL-8] 2026年10月12日重新起算（收到补正后的申请），此前经过的期间不再计算");
      assertThat(restarted.explain(Language.ENGLISH))
          .contains("[CAL-8] restarted 2026-10-12 (")
          .contains("); earlier days no longer count")
          .doesNotContain("收到补正后的申请");
    }

    @Test
    @DisplayName("CAL-8: a restart before the original start is refused")
    void restartBackwards() {
      assertThatThrownBy(() -> REPLY_2019.withRestart(SUN_2026_09_20, "补正", ART_33))
          .isInstanceOf(IllegalPeriodException.class)
          .hasMessageContaining("CAL-8")
          .hasMessageContaining("2026-09-20");
      Deadline twice =
          REPLY_2019
              .withRestart(MON_2026_10_12, "收到补正后的申请", ART_33)
              .withRestart(THU_2026_10_08, "收到第一次补正", ART_33);
      assertThat(twice.currentStart())
          .as("the latest restart is the start, whatever the order of the calls")
          .isEqualTo(MON_2026_10_12);
      assertThat(twice.dueDate()).isEqualTo(LocalDate.of(2026, 11, 9));
      assertThat(twice)
          .isEqualTo(
              REPLY_2019
                  .withRestart(THU_2026_10_08, "收到第一次补正", ART_33)
                  .withRestart(MON_2026_10_12, "收到补正后的申请", ART_33));
    }

    @Test
    @DisplayName("REQ-6: an extension granted on the due date adds 20 working days → 2026-11-27")
    void extensionOnDueDate() {
      Deadline extended =
          REPLY_2019.withExtension(Extension.of(20, FRI_2026_10_30, "经负责人同意延长并告知申请人"));
      assertThat(extended.dueDate()).isEqualTo(LocalDate.of(2026, 11, 27));
      assertThat(extended.findings().get(1).rule()).isEqualTo(SamplePeriods.REQ_6);
      assertThat(extended.findings().get(1).dueDate()).contains(LocalDate.of(2026, 11, 27));
      assertThat(extended.extensionInForce()).isEqualTo(20);
      assertThat(extended.breaches()).isEmpty();
    }

    @Test
    @DisplayName("REQ-6: an extension granted after the due date extends nothing and is a breach")
    void extensionTooLate() {
      Deadline before = REPLY_2019;
      Extension late = Extension.of(5, LocalDate.of(2026, 10, 31), "迟延");
      Deadline recorded = REPLY_2019.withExtension(late);
      assertThat(recorded.dueDate()).isEqualTo(FRI_2026_10_30);
      assertThat(recorded.extensions()).containsExactly(late);
      assertThat(recorded.extensionInForce()).isZero();
      assertThat(recorded.breaches())
          .singleElement()
          .satisfies(
              breach -> {
                assertThat(breach.rule()).isEqualTo(SamplePeriods.REQ_6);
                assertThat(breach.kind()).isEqualTo(FindingKind.BROKEN);
                assertThat(breach.dueDate()).isEmpty();
                assertThat(breach.dates()).containsExactly(LocalDate.of(2026, 10, 31), FRI_2026_10_30);
                assertThat(breach.quantities()).containsExactly(Quantity.of(5, PeriodUnit.WORKING_DAYS));
                assertThat(breach.render(Language.CHINESE))
                    .isEqualTo(
                        "[REQ-6 违反] 2026年10月31日批准的延长5个工作日（迟延）晚于当时的期限届满日2026年10月30日，"
                            + "不产生延长效力（依据《中华人民共和国政府信息公开条例》（国务院令第711号）第三十三条）");
                assertThat(breach.render(Language.ENGLISH))
                    .startsWith("[REQ-6, broken] the extension by 5 working days granted 2026-10-31 (")
                    .contains("came after the due date then in force, 2026-10-30; it extends nothing");
              });
      assertThat(recorded.findings()).contains(recorded.breaches().get(0));
      assertThat(REPLY_2019.breachOf(late)).contains(recorded.breaches().get(0));
      assertThat(REPLY_2019).isEqualTo(before);
      assertThat(REPLY_2019.extensions()).isEmpty();
    }

    @Test
    @DisplayName("REQ-6: extensions together stay within the regime's bound")
    void extensionBound() {
      Deadline once = REPLY_2019.withExtension(Extension.of(10, SAT_2026_10_10, "第一次延长"));
      assertThat(once.withExtension(Extension.of(10, THU_2026_10_08.plusDays(6), "第二次延长")).dueDate())
          .isEqualTo(LocalDate.of(2026, 11, 27));
      Deadline beyond = once.withExtension(Extension.of(11, MON_2026_10_12, "超限"));
      assertThat(beyond.dueDate()).as("the extension beyond the bound extends nothing").isEqualTo(once.dueDate());
      assertThat(beyond.extensionInForce()).isEqualTo(10);
      assertThat(beyond.breaches())
          .singleElement()
          .satisfies(
              breach -> {
                assertThat(breach.rule()).isEqualTo(SamplePeriods.REQ_6);
                assertThat(breach.kind()).isEqualTo(FindingKind.BROKEN);
                assertThat(breach.dates()).containsExactly(MON_2026_10_12);
                assertThat(breach.quantities())
                    .containsExactly(
                        Quantity.of(11, PeriodUnit.WORKING_DAYS),
                        Quantity.of(21, PeriodUnit.WORKING_DAYS),
                        Quantity.of(20, PeriodUnit.WORKING_DAYS));
                assertThat(breach.render(Language.ENGLISH))
                    .contains("would bring the extensions to 21 working days, beyond the bound of 20"
                        + " working days; it extends nothing");
              });
      assertThatThrownBy(
              () ->
                  OFFICIAL
                      .deadline(SamplePeriods.REPLY_2008, MON_2026_09_28)
                      .withExtension(Extension.of(16, MON_2026_10_12, "超限")))
          .isInstanceOfSatisfying(
              IllegalPeriodException.class, e -> assertThat(e.rule()).isEqualTo(SamplePeriods.REQ_6))
          .hasMessageContaining("16")
          .hasMessageContaining("1..15");
      assertThatThrownBy(
              () ->
                  OFFICIAL
                      .deadline(SamplePeriods.THIRD_PARTY_2019, MON_2026_09_28)
                      .withExtension(Extension.of(1, MON_2026_10_12, "无延长")))
          .isInstanceOf(IllegalPeriodException.class)
          .hasMessageContaining("allows no extension");
      assertThatThrownBy(() -> REPLY_2019.withExtension(Extension.of(5, SUN_2026_09_20, "起算前")))
          .as("granted before the original start")
          .isInstanceOfSatisfying(
              IllegalPeriodException.class, e -> assertThat(e.rule()).isEqualTo(SamplePeriods.REQ_6))
          .hasMessageContaining("2026-09-20")
          .hasMessageContaining("2026-09-28");
      assertThatThrownBy(() -> Extension.of(0, MON_2026_10_12, "零"))
          .isInstanceOf(IllegalPeriodException.class)
          .hasMessageContaining("got 0");
    }

    @Test
    @DisplayName("CAL-8 [convention]: an extension granted before a restart lapses")
    void extensionLapsesWithRestart() {
      Deadline restarted =
          REPLY_2019
              .withExtension(Extension.of(20, THU_2026_10_08, "延长"))
              .withRestart(MON_2026_10_12, "收到补正后的申请", ART_33);
      assertThat(restarted.dueDate()).isEqualTo(LocalDate.of(2026, 11, 9));
      assertThat(restarted.explain()).contains("2026年10月8日批准的延长20个工作日（延长）因2026年10月12日重新起算而失效");
      assertThat(restarted.explain(Language.ENGLISH))
          .contains("the extension by 20 working days granted 2026-10-08 (")
          .contains("lapsed with the restart on 2026-10-12");
      assertThat(restarted.breaches()).isEmpty();
      assertThat(restarted.extensionInForce()).isZero();
      assertThat(restarted.withExtension(Extension.of(20, MON_2026_10_12, "再次延长")).dueDate())
          .isEqualTo(LocalDate.of(2026, 12, 7));
    }
  }

  @Nested
  @DisplayName("CAL-5 calendar-day periods and periods counted backwards")
  class CalendarDays {

    @Test
    @DisplayName("CAL-5 / P-PROACTIVE-SCHOOL: 30 days ending on 国庆节 move to 2026-10-08")
    void rollForward() {
      assertThat(
              OFFICIAL
                  .deadline(SamplePeriods.PROACTIVE_SCHOOL, LocalDate.of(2026, 9, 1))
                  .dueDate())
          .isEqualTo(THU_2026_10_08);
    }

    @Test
    @DisplayName("CAL-5 / P-HEARING: a report due on 中秋节 moves past the whole run")
    void hearingReport() {
      assertThat(OFFICIAL.deadline(SamplePeriods.HEARING_REPORT, LocalDate.of(2026, 9, 18)).dueDate())
          .isEqualTo(MON_2026_09_28);
    }

    @Test
    @DisplayName("CAL-5: a period ending on a make-up working Sunday ends that Sunday")
    void endsOnMakeUpDay() {
      assertThat(OFFICIAL.deadline(LegalPeriod.ofDays(7), LocalDate.of(2026, 9, 13)).dueDate())
          .isEqualTo(SUN_2026_09_20);
    }

    @Test
    @DisplayName("P-INTERVIEW: the topic is due 15 working days before the interview")
    void countedBackwards() {
      assertThat(OFFICIAL.deadline(SamplePeriods.INTERVIEW_TOPIC, FRI_2026_10_30).dueDate())
          .isEqualTo(SAT_2026_10_10);
      assertThat(
              OFFICIAL
                  .deadline(SamplePeriods.INTERVIEW_ANSWERER_NOTICE, LocalDate.of(2026, 10, 6))
                  .dueDate())
          .as("5 days before falls on 国庆节 and stays there: 民法典第二百零三条 moves only a last day")
          .isEqualTo(LocalDate.of(2026, 10, 1));
      assertThatThrownBy(
              () ->
                  OFFICIAL
                      .deadline(SamplePeriods.INTERVIEW_TOPIC, FRI_2026_10_30)
                      .withPause(Pause.of(MON_2026_10_12, FRI_2026_10_16, "x", ART_33)))
          .isInstanceOf(IllegalPeriodException.class)
          .hasMessageContaining("counted backwards");
    }
  }

  @Nested
  @DisplayName("CAL-5 / CIVIL: nothing moves for a period counted backwards (民法典第二百零一条、第二百零三条)")
  class Backwards {

    @Test
    @DisplayName("P-INTERVIEW: 5日前 and 3日前 an interview on 2024-05-06 are 2024-05-01 and 2024-05-03, holidays both")
    void holidaysStay() {
      LocalDate interview = LocalDate.of(2024, 5, 6);
      Deadline answerer = OFFICIAL.deadline(SamplePeriods.INTERVIEW_ANSWERER_NOTICE, interview);
      assertThat(answerer.dueDate()).isEqualTo(LocalDate.of(2024, 5, 1));
      assertThat(OFFICIAL.isWorkingDay(LocalDate.of(2024, 5, 1))).isFalse();
      assertThat(answerer.latenessOn(LocalDate.of(2024, 5, 1)).isLate()).isFalse();
      assertThat(answerer.latenessOn(LocalDate.of(2024, 5, 2)).isLate()).isTrue();
      LegalPeriod threeDays =
          LegalPeriod.of(
                  RuleId.of("P-INTERVIEW"),
                  3,
                  PeriodUnit.DAYS,
                  "答复义务人应在访谈开始3日前告知参加人员",
                  Citation.of(SamplePeriods.RULES, "第十四条", "答复义务人应在该访谈开始3日前告知。"))
              .countedBackwards();
      assertThat(OFFICIAL.deadline(threeDays, interview).dueDate())
          .isEqualTo(LocalDate.of(2024, 5, 3));
    }

    @Test
    @DisplayName("CAL-5: the finding of a backward period cites 民法典第二百零一条")
    void citesArticle201() {
      assertThat(
              OFFICIAL
                  .deadline(SamplePeriods.INTERVIEW_ANSWERER_NOTICE, LocalDate.of(2024, 5, 6))
                  .findings()
                  .get(0)
                  .citations())
          .contains(CountingRules.CIVIL_CODE_ART_201);
    }

    @Test
    @DisplayName("CAL-5: a backward calendar-day period is the event minus n days, for every event (naive oracle)")
    void oracle() {
      for (LocalDate event = LocalDate.of(2025, 1, 1);
          event.isBefore(LocalDate.of(2026, 12, 31));
          event = event.plusDays(1)) {
        assertThat(OFFICIAL.deadline(SamplePeriods.INTERVIEW_ANSWERER_NOTICE, event).dueDate())
            .isEqualTo(event.minusDays(5));
      }
    }
  }

  @Nested
  @DisplayName("lateness")
  class Late {

    @Test
    @DisplayName("P-REPLY-2019: lateness in working days after the due date")
    void lateness() {
      assertThat(REPLY_2019.latenessOn(FRI_2026_10_30).isLate()).isFalse();
      Lateness saturday = REPLY_2019.latenessOn(LocalDate.of(2026, 10, 31));
      assertThat(saturday.isLate()).isTrue();
      assertThat(saturday.workingDaysLate()).isZero();
      Lateness wednesday = REPLY_2019.latenessOn(LocalDate.of(2026, 11, 4));
      assertThat(wednesday.workingDaysLate()).isEqualTo(3);
      assertThat(wednesday.toString())
          .isEqualTo("late by 3 working days (due 2026-10-30, acted 2026-11-04)");
    }

    @Test
    @DisplayName("CAL-9: a deadline that would fall after the data is refused on the official calendar")
    void deadlineAfterData() {
      assertThatThrownBy(
              () -> OFFICIAL.deadline(SamplePeriods.REPLY_2019, LocalDate.of(2026, 12, 20)).dueDate())
          .isInstanceOf(OutsideCalendarDataException.class)
          .hasMessageContaining("P-REPLY-2019")
          .hasMessageContaining("2007-01-01..2026-12-31");
    }
  }
}
