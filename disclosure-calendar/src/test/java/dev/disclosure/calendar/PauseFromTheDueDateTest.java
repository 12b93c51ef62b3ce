package dev.disclosure.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A pause that begins on the due date in force (CAL-7 [convention]; OGI-2019 第三十三条第三款: the time
 * of a consultation is not counted): the act is due on the first working day after the pause's
 * end. Each row is counted by hand on the 2025 official calendar (国办发明电〔2024〕
 * 12号: 清明节 4月4日至6日放假; 劳动节 5月1日至5日放假，4月27日（周日）上班).
 */
class PauseFromTheDueDateTest {

  private static final WorkingDayCalendar OFFICIAL = ChinaCalendars.official();
  private static final Citation ART_33 = SamplePeriods.ART_33;
  private static final String CONSULT = "征求第三方意见";

  private static LocalDate d(int month, int day) {
    return LocalDate.of(2025, month, day);
  }

  private static Pause pause(LocalDate from, LocalDate to) {
    return Pause.of(from, to, CONSULT, ART_33);
  }

  /** A hand-counted row: a period from a start, pauses, and the due date they give. */
  private record Row(String count, LegalPeriod period, LocalDate start, List<Pause> pauses, LocalDate due) {}

  // Mon 2025-03-03 + 20 working days: 03-04..07 (4), 03-10..14 (9), 03-17..21 (14),
  // 03-24..28 (19), Mon 03-31 (20): due Mon 03-31.
  private static final LocalDate START = d(3, 3);

  private static final List<Row> ROWS =
      List.of(
          new Row(
              "no pause: the 20th working day is Mon 03-31",
              SamplePeriods.REPLY_2019, START, List.of(), d(3, 31)),
          new Row(
              "03-31→Thu 04-10, a working day: its last day is not counted either; due on the first"
                  + " working day after it, Fri 04-11",
              SamplePeriods.REPLY_2019, START, List.of(pause(d(3, 31), d(4, 10))), d(4, 11)),
          new Row(
              "03-31→Fri 04-04 (清明, a holiday; 04-05/06 weekend): the first working day after it is"
                  + " Mon 04-07 (《民法典》第二百零三条)",
              SamplePeriods.REPLY_2019, START, List.of(pause(d(3, 31), d(4, 4))), d(4, 7)),
          new Row(
              "03-31→Sat 04-05: first working day after is Mon 04-07",
              SamplePeriods.REPLY_2019, START, List.of(pause(d(3, 31), d(4, 5))), d(4, 7)),
          new Row(
              "03-28→04-10 begins before the due date: removes 03-31, 04-01..03, 04-07..10 (8 working"
                  + " days); 03-28 is the 19th working day, the 20th is Fri 04-11 (as before)",
              SamplePeriods.REPLY_2019, START, List.of(pause(d(3, 28), d(4, 10))), d(4, 11)),
          new Row(
              "03-27→04-02 (began before) overlapped by 03-31→04-10 (from the plain due date): one run"
                  + " (03-27, 04-10]; 03-27 is the 18th working day, 04-11 the 19th, Mon 04-14 the 20th",
              SamplePeriods.REPLY_2019,
              START,
              List.of(pause(d(3, 27), d(4, 2)), pause(d(3, 31), d(4, 10))),
              d(4, 14)),
          new Row(
              "two pauses from the same day 03-31, to 04-03 and to 04-10: the run ends 04-10, due Fri"
                  + " 04-11",
              SamplePeriods.REPLY_2019,
              START,
              List.of(pause(d(3, 31), d(4, 3)), pause(d(3, 31), d(4, 10))),
              d(4, 11)),
          new Row(
              "03-31→04-04 moves the due date to Mon 04-07; a pause from that day to Wed 04-09 moves"
                  + " it again, to Thu 04-10",
              SamplePeriods.REPLY_2019,
              START,
              List.of(pause(d(3, 31), d(4, 4)), pause(d(4, 7), d(4, 9))),
              d(4, 10)),
          new Row(
              "03-31→04-04 moves the due date to Mon 04-07; a pause from Sat 04-05 to Tue 04-08"
                  + " covers it: due Wed 04-09",
              SamplePeriods.REPLY_2019,
              START,
              List.of(pause(d(3, 31), d(4, 4)), pause(d(4, 5), d(4, 8))),
              d(4, 9)),
          new Row(
              "03-31→04-10 then 04-10→04-11 (adjoining): one run to Fri 04-11, due Mon 04-14",
              SamplePeriods.REPLY_2019,
              START,
              List.of(pause(d(3, 31), d(4, 10)), pause(d(4, 10), d(4, 11))),
              d(4, 14)),
          new Row(
              "a pause from 04-01, after the due date 03-31, changes nothing",
              SamplePeriods.REPLY_2019, START, List.of(pause(d(4, 1), d(4, 10))), d(3, 31)),
          new Row(
              "a same-day pause on the due date removes nothing",
              SamplePeriods.REPLY_2019, START, List.of(pause(d(3, 31), d(3, 31))), d(3, 31)),
          // Tue 2025-04-01 + 20 working days: 04-02,03 (2), 04-07..11 (7), 04-14..18 (12),
          // 04-21..25 (17), Sun 04-27 上班 (18), 04-28 (19), Tue 04-29 (20).
          new Row(
              "from 04-01 due Tue 04-29 (Sun 04-27 a working day); 04-29→Sat 05-03 (劳动节 05-01..05):"
                  + " the first working day after 05-03 is Tue 05-06",
              SamplePeriods.REPLY_2019, d(4, 1), List.of(pause(d(4, 29), d(5, 3))), d(5, 6)),
          // 15 calendar days from Sun 2025-03-16: Mon 03-31, a working day.
          new Row(
              "15 days from 03-16 end Mon 03-31; 03-31→Fri 04-04 (清明): due Mon 04-07",
              LegalPeriod.ofDays(15), d(3, 16), List.of(pause(d(3, 31), d(4, 4))), d(4, 7)),
          new Row(
              "15 days from 03-16 end Mon 03-31; 03-31→Wed 04-02: due Thu 04-03",
              LegalPeriod.ofDays(15), d(3, 16), List.of(pause(d(3, 31), d(4, 2))), d(4, 3)),
          // 15 calendar days from Fri 2025-03-14: Sat 03-29, a rest day, moved to Mon 03-31.
          new Row(
              "15 days from 03-14 end Sat 03-29, moved to Mon 03-31; 03-29→Sun 03-30 ends before it:"
                  + " nothing changes",
              LegalPeriod.ofDays(15), d(3, 14), List.of(pause(d(3, 29), d(3, 30))), d(3, 31)),
          new Row(
              "15 days from 03-14, due Mon 03-31 (moved from Sat 03-29); 03-29→Tue 04-01 covers the"
                  + " due date: due Wed 04-02",
              LegalPeriod.ofDays(15), d(3, 14), List.of(pause(d(3, 29), d(4, 1))), d(4, 2)),
          new Row(
              "15 days from 03-14, due Mon 03-31; a pause from it to Wed 04-02: due Thu 04-03",
              LegalPeriod.ofDays(15), d(3, 14), List.of(pause(d(3, 31), d(4, 2))), d(4, 3)));

  @Test
  @DisplayName(
      "CAL-7 [convention], OGI-2019 第三十三条第三款: a pause beginning on the due date makes it due on the"
          + " first working day after its end (hand-counted table, 2025), in either order")
  void handCountedTable() {
    for (Row row : ROWS) {
      for (int turn = 0; turn < 2; turn++) {
        List<Pause> pauses = new ArrayList<>(row.pauses());
        if (turn == 1) {
          Collections.reverse(pauses);
        }
        Deadline deadline = OFFICIAL.deadline(row.period(), row.start());
        for (Pause pause : pauses) {
          deadline = deadline.withPause(pause);
        }
        assertThat(deadline.dueDate()).as(row.count()).isEqualTo(row.due());
        assertThat(deadline.findings())
            .filteredOn(finding -> finding.dueDate().isPresent())
            .last()
            .as(row.count())
            .satisfies(last -> assertThat(last.dueDate()).contains(row.due()));
      }
    }
  }

  @Test
  @DisplayName(
      "CAL-7 [convention]: the finding says the pause began on the due date and names its end's first"
          + " working day, citing 《民法典》第二百零三条 when the end is a rest day (清明 2025)")
  void findingWording() {
    Deadline deadline =
        OFFICIAL.deadline(SamplePeriods.REPLY_2019, START).withPause(pause(d(3, 31), d(4, 4)));
    Finding step = deadline.findings().get(1);
    assertThat(step.rule()).isEqualTo(RuleId.CAL_7);
    assertThat(Language.CHINESE.render(step))
        .startsWith(
            "[CAL-7] 2025年3月31日至2025年4月4日（征求第三方意见），始于期限届满日2025年3月31日，期间不计算在期限内，"
                + "期限届满日顺延至其结束后第一个工作日2025年4月7日 → 2025年4月7日")
        .contains("第二百零三条");
    assertThat(Language.ENGLISH.render(step))
        .startsWith(
            "[CAL-7] paused 2025-03-31 to 2025-04-04 (as recorded), from the due date 2025-03-31:"
                + " the time is not counted, and the due date moves to the first working day after"
                + " its end, 2025-04-07 → 2025-04-07");
    Deadline covered =
        OFFICIAL.deadline(LegalPeriod.ofDays(15), d(3, 14)).withPause(pause(d(3, 29), d(4, 1)));
    assertThat(Language.CHINESE.render(covered.findings().get(1)))
        .contains("期限届满日2025年3月31日在此期间内，期间不计算在期限内，期限届满日顺延至其结束后第一个工作日2025年4月2日");
  }

  @Test
  @DisplayName(
      "CAL-7/REQ-4: a due date fixed by the agency is not moved by a pause that begins on it")
  void fixedDueDateStays() {
    Deadline deadline =
        OFFICIAL
            .deadline(SamplePeriods.REPLY_2019, START)
            .withFixedDueDate(d(3, 10), d(4, 15), "确定延迟答复的合理期限", RuleId.of("REQ-4"), ART_33)
            .withPause(pause(d(4, 15), d(4, 25)));
    assertThat(deadline.dueDate()).isEqualTo(d(4, 15));
    assertThat(Language.CHINESE.render(deadline.findings()))
        .contains("始于期限届满日2025年4月15日，期限届满日不变");
  }

  @Test
  @DisplayName(
      "CAL-7/REQ-6: an extension granted during a pause that began on the due date, or by the first"
          + " working day after it, is on time; one granted later is late")
  void extensionDuringTheWait() {
    Deadline waiting =
        OFFICIAL.deadline(SamplePeriods.REPLY_2019, START).withPause(pause(d(3, 31), d(4, 10)));
    assertThat(waiting.dueDate()).isEqualTo(d(4, 11));
    // granted during the wait, on its last day, or on the moved due date Fri 04-11: 20 working
    // days after the wait: 04-11 (1), 04-14..18 (6), 04-21..25 (11), Sun 04-27 上班 (12),
    // 04-28..30 (15), 劳动节 05-01..05, 05-06..09 (19), Mon 05-12 (20)
    for (LocalDate granted : List.of(d(4, 8), d(4, 10), d(4, 11))) {
      Extension extension = Extension.of(20, granted, "需要延长答复期限");
      assertThat(waiting.breachOf(extension)).as("granted %s", granted).isEmpty();
      Deadline extended = waiting.withExtension(extension);
      assertThat(extended.breaches()).isEmpty();
      assertThat(extended.dueDate()).isEqualTo(d(5, 12));
      // the same facts the other way round
      Deadline reversed =
          OFFICIAL
              .deadline(SamplePeriods.REPLY_2019, START)
              .withExtension(extension)
              .withPause(pause(d(3, 31), d(4, 10)));
      assertThat(reversed).isEqualTo(extended);
      assertThat(reversed.dueDate()).isEqualTo(d(5, 12));
      assertThat(reversed.breaches()).isEmpty();
    }
    // Mon 04-14 is after the due date 04-11 in force
    Extension late = Extension.of(20, d(4, 14), "需要延长答复期限");
    assertThat(waiting.breachOf(late)).isPresent();
    assertThat(waiting.withExtension(late).dueDate()).isEqualTo(d(4, 11));
    // with no pause, an extension granted 04-08 comes after the due date 03-31
    assertThat(
            OFFICIAL
                .deadline(SamplePeriods.REPLY_2019, START)
                .breachOf(Extension.of(20, d(4, 8), "需要延长答复期限")))
        .isPresent();
  }

  @Test
  @DisplayName("CAL-7: lateness is counted from the moved due date")
  void latenessFromTheMovedDueDate() {
    Deadline deadline =
        OFFICIAL.deadline(SamplePeriods.REPLY_2019, START).withPause(pause(d(3, 31), d(4, 4)));
    assertThat(deadline.latenessOn(d(4, 7)).isLate()).isFalse();
    // due Mon 04-07; acted Thu 04-10: 04-08, 04-09, 04-10 = 3 working days late
    assertThat(deadline.latenessOn(d(4, 10)).workingDaysLate()).isEqualTo(3);
  }
}
