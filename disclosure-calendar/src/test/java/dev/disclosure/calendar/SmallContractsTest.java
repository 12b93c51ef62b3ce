package dev.disclosure.calendar;

import static dev.disclosure.calendar.SamplePeriods.ART_33;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Small public contracts: accessors, labels, nested values and the messages of typed exceptions. */
class SmallContractsTest {

  private static final WorkingDayCalendar OFFICIAL = ChinaCalendars.official();
  private static final LocalDate MON_2026_09_28 = LocalDate.of(2026, 9, 28);

  @Test
  @DisplayName("CAL-8: a restart worded in both languages shows its English reason in an English explanation")
  void bilingualRestart() {
    Deadline reply = OFFICIAL.deadline(SamplePeriods.REPLY_2019, MON_2026_09_28);
    assertThat(reply.period()).isEqualTo(SamplePeriods.REPLY_2019);
    Deadline restarted =
        reply.withRestart(
            LocalDate.of(2026, 10, 12),
            Phrase.of("收到补正后的申请", "the corrected application received"),
            ART_33);
    // 20 working days after Mon 10-12 → Mon 11-09 (2026 notice: no holiday in October after 10-07)
    assertThat(restarted.dueDate()).isEqualTo(LocalDate.of(2026, 11, 9));
    assertThat(restarted.findings().get(1).render(Language.ENGLISH))
        .startsWith("[CAL-8] restarted 2026-10-12 (the corrected application received); earlier days no longer count");
    assertThat(restarted.findings().get(1).render(Language.CHINESE))
        .startsWith("[CAL-8] 2026年10月12日重新起算（收到补正后的申请），此前经过的期间不再计算");
  }

  @Test
  @DisplayName("CAL-4: an extension worded in both languages: its English reason in an English explanation, its Chinese one as reason()")
  void bilingualExtension() {
    Deadline reply = OFFICIAL.deadline(SamplePeriods.REPLY_2019, MON_2026_09_28);
    Phrase why = Phrase.of("{0}，经{1}同意", "{0}, approved by the head", "需调取档案", "李主任");
    Extension extension = Extension.of(20, LocalDate.of(2026, 10, 30), why);
    assertThat(extension.reason()).isEqualTo("需调取档案，经李主任同意");
    assertThat(extension).hasToString("extended by 20 on 2026-10-30 (需调取档案，经李主任同意)");
    // the same words as text are another reason: as recorded, in both languages
    assertThat(extension).isNotEqualTo(Extension.of(20, LocalDate.of(2026, 10, 30), "需调取档案，经李主任同意"));
    assertThat(extension).isEqualTo(Extension.of(20, LocalDate.of(2026, 10, 30), why));
    Deadline extended = reply.withExtension(extension);
    // 20 working days after Fri 10-30 → Fri 11-27
    assertThat(extended.dueDate()).isEqualTo(LocalDate.of(2026, 11, 27));
    assertThat(extended.findings().get(1).render(Language.ENGLISH))
        .startsWith(
            "[REQ-6] extended by 20 working days on 2026-10-30 (as recorded, approved by the head)"
                + " → 2026-11-27");
    assertThat(extended.findings().get(1).render(Language.CHINESE))
        .startsWith("[REQ-6] 2026年10月30日延长20个工作日（需调取档案，经李主任同意） → 2026年11月27日");
    // the same words as text and as a phrase, on one day: two facts, in one order whatever the calls
    Extension text = Extension.of(5, LocalDate.of(2026, 10, 30), "需调取档案，经李主任同意");
    Extension worded = Extension.of(5, LocalDate.of(2026, 10, 30), why);
    assertThat(reply.withExtension(text).withExtension(worded))
        .isEqualTo(reply.withExtension(worded).withExtension(text));
    assertThat(reply.withExtension(text).withExtension(worded).extensions())
        .isEqualTo(reply.withExtension(worded).withExtension(text).extensions());
    assertThatThrownBy(() -> Extension.of(0, LocalDate.of(2026, 10, 30), why))
        .isInstanceOf(IllegalPeriodException.class)
        .hasMessageContaining("got 0");
    // a letter must say why: a blank reason, as text or in either language, is refused
    for (Object blank : List.of(" ", Phrase.of("", ""), Phrase.of("需调取档案", " "))) {
      assertThatThrownBy(
              () -> {
                if (blank instanceof Phrase phrase) {
                  Extension.of(5, LocalDate.of(2026, 10, 30), phrase);
                } else {
                  Extension.of(5, LocalDate.of(2026, 10, 30), (String) blank);
                }
              })
          .isInstanceOf(IllegalPeriodException.class)
          .hasMessage(
              "CAL-4: the extension granted 2026-10-30 has a blank reason; say why the period was"
                  + " extended, e.g. 需调取档案");
    }
  }

  @Test
  @DisplayName("CAL-9: a pause ending after the data is refused, naming the pause and the date")
  void pauseOutsideData() {
    Deadline reply = OFFICIAL.deadline(SamplePeriods.REPLY_2019, MON_2026_09_28);
    assertThatThrownBy(
            () -> reply.withPause(Pause.of(LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 8), "征求第三方意见", ART_33)))
        .isInstanceOf(OutsideCalendarDataException.class)
        .hasMessageStartingWith(
            "CAL-9: paused 2026-12-28..2027-01-08 (征求第三方意见) needs 2027-01-08, outside the official"
                + " data 2007-01-01..2026-12-31");
  }

  @Test
  @DisplayName("CAL-5: 31 days from 2026-12-01 end on 2027-01-01, the first day after the data (CAL-9); 30 end on Thu 12-31")
  void calendarDaysToTheDayAfterTheData() {
    assertThat(OFFICIAL.deadline(LegalPeriod.ofDays(30), LocalDate.of(2026, 12, 1)).dueDate())
        .isEqualTo(LocalDate.of(2026, 12, 31));
    Deadline beyond = OFFICIAL.deadline(LegalPeriod.ofDays(31), LocalDate.of(2026, 12, 1));
    assertThatThrownBy(beyond::dueDate)
        .isInstanceOf(OutsideCalendarDataException.class)
        .hasMessageStartingWith("CAL-9: the due date of CAL-5 (31 days) from 2026-12-01 needs 2027-01-01");
  }

  @Test
  @DisplayName("CAL-4: a finding's dates and quantities include those of nested phrases, in order")
  void nestedValues() {
    Quantity twenty = Quantity.of(20, PeriodUnit.WORKING_DAYS);
    Quantity four = Quantity.of(4, PeriodUnit.WORKING_DAYS);
    Phrase inner = Phrase.of("{0}（{1}）", "{0} ({1})", four, LocalDate.of(2026, 10, 12));
    Finding finding =
        Finding.step(
            RuleId.CAL_7,
            Phrase.of("{0}，{1}，{2}", "{0}, {1}, {2}", twenty, inner, LocalDate.of(2026, 9, 28)),
            LocalDate.of(2026, 11, 5),
            List.of(ART_33));
    assertThat(finding.quantities()).containsExactly(twenty, four);
    assertThat(finding.dates())
        .containsExactly(LocalDate.of(2026, 10, 12), LocalDate.of(2026, 9, 28), LocalDate.of(2026, 11, 5));
  }

  @Test
  @DisplayName("CAL-3: the group holidays name their day and label (《全国年节及纪念日放假办法》第三条)")
  void groupHolidays() {
    assertThat(GroupHoliday.WOMENS_DAY.date()).isEqualTo(MonthDay.of(3, 8));
    assertThat(GroupHoliday.WOMENS_DAY.label()).isEqualTo("妇女节");
    assertThat(GroupHoliday.ARMY_DAY.label()).isEqualTo("中国人民解放军建军纪念日");
    assertThat(GroupHoliday.on(LocalDate.of(2026, 6, 1))).containsExactly(GroupHoliday.CHILDRENS_DAY);
  }

  @Test
  @DisplayName("CAL-11: a refused sentence is quoted whole up to 200 characters, cut with its length beyond")
  void quoting() {
    String exactly = "假".repeat(200);
    assertThat(InvalidNoticeException.quote(exactly)).isEqualTo(exactly);
    assertThat(InvalidNoticeException.quote(exactly + "日"))
        .isEqualTo(exactly + "…（201 characters）");
    assertThat(InvalidNoticeException.Kind.UNREADABLE.label()).isEqualTo("无法识别");
    assertThat(InvalidNoticeException.Kind.CONTRADICTORY.label()).isEqualTo("自相矛盾");
  }

  @Test
  @DisplayName("CAL-11: a schedule's problems are counted; five are listed whole, the sixth is summed up")
  void scheduleProblems() {
    assertThatThrownBy(() -> WorkingDayCalendar.builder().build())
        .isInstanceOf(InvalidScheduleException.class)
        .hasMessage(
            "The calendar schedule has 1 problem:\n"
                + "  - no official year declared; call addOfficialYear for each notice");
    WorkingDayCalendarBuilder builder = WorkingDayCalendar.builder().addOfficialYear(2026);
    for (int day = 1; day <= 6; day++) {
      LocalDate weekday = LocalDate.of(2026, 3, day + 1); // Mon 03-02 .. Sat 03-07
      builder.addMakeUpWorkingDay(Holiday.SPRING_FESTIVAL, weekday);
    }
    InvalidScheduleException six = null;
    try {
      builder.build();
    } catch (InvalidScheduleException e) {
      six = e;
    }
    assertThat(six).isNotNull();
    // Mon..Fri are refused; Sat 03-07 is a lawful make-up day
    assertThat(six.problems()).hasSize(5);
    assertThat(six.getMessage()).startsWith("The calendar schedule has 5 problems:\n  - ").doesNotContain("more");
    WorkingDayCalendarBuilder seven = WorkingDayCalendar.builder().addOfficialYear(2026);
    for (int day = 2; day <= 9; day++) {
      seven.addMakeUpWorkingDay(Holiday.SPRING_FESTIVAL, LocalDate.of(2026, 3, day));
    }
    assertThatThrownBy(seven::build)
        .isInstanceOf(InvalidScheduleException.class)
        .hasMessageStartingWith("The calendar schedule has 6 problems:")
        .hasMessageEndingWith("\n  … and 1 more (see problems())");
  }
}
