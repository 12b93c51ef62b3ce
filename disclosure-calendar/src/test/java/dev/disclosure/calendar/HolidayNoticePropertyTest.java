package dev.disclosure.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.Generate.constant;
import static org.quicktheories.generators.Generate.intArrays;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Random yearly schedules written out in the notices' forms read back to the same schedule (CAL-11).
 * The seed is fixed so every run checks the same cases.
 */
class HolidayNoticePropertyTest {

  private static final long SEED = 20261130L;
  private static final String[] NAMES = {"元旦", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节"};
  private static final Holiday[] HOLIDAYS = {
    Holiday.NEW_YEARS_DAY, Holiday.SPRING_FESTIVAL, Holiday.QINGMING_FESTIVAL, Holiday.LABOUR_DAY,
    Holiday.DRAGON_BOAT_FESTIVAL, Holiday.MID_AUTUMN_FESTIVAL, Holiday.NATIONAL_DAY
  };
  private static final String WEEKDAYS = "一二三四五六日";

  /** A schedule and the notice text that announces it. */
  private record Written(String text, TreeMap<LocalDate, Holiday> off, TreeMap<LocalDate, Holiday> work) {}

  /**
   * Writes a schedule for the year from 21 random numbers, three per holiday (where its run starts,
   * its length, its make-up days and the forms the text uses); runs and make-up days of different
   * holidays never meet.
   */
  private static Written write(int year, int[] r) {
    LocalDate[] earliest = {
      LocalDate.of(year - 1, 12, 30), LocalDate.of(year, 2, 1), LocalDate.of(year, 4, 2),
      LocalDate.of(year, 4, 28), LocalDate.of(year, 6, 1), LocalDate.of(year, 9, 5),
      LocalDate.of(year, 10, 1)
    };
    int[] spread = {3, 20, 5, 5, 20, 10, 1};
    int[] longest = {3, 9, 3, 5, 3, 3, 8};
    StringBuilder text =
        new StringBuilder("国务院办公厅关于" + year + "年部分节假日安排的通知\n各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n"
            + "经国务院批准，现将" + year + "年元旦、春节、清明节、劳动节、端午节、中秋节和国庆节放假调休日期的具体安排通知如下。\n");
    TreeMap<LocalDate, Holiday> off = new TreeMap<>();
    TreeMap<LocalDate, Holiday> work = new TreeMap<>();
    for (int h = 0; h < 7; h++) {
      int forms = r[3 * h + 2];
      LocalDate first = earliest[h].plusDays(r[3 * h] % spread[h]);
      LocalDate last = first.plusDays(r[3 * h + 1] % longest[h]);
      for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
        off.put(d, HOLIDAYS[h]);
      }
      List<LocalDate> weekends = new ArrayList<>();
      for (int i = 1; i <= 10; i++) {
        if (isWeekend(first.minusDays(i))) {
          weekends.add(first.minusDays(i));
        }
        if (h != 5 && isWeekend(last.plusDays(i))) { // 中秋节 takes its make-up days before the run
          weekends.add(last.plusDays(i));
        }
      }
      weekends.sort(null);
      List<LocalDate> mine = new ArrayList<>();
      if (forms % 3 > 0 && !weekends.isEmpty()) {
        mine.add(weekends.get(forms % weekends.size()));
      }
      if (forms % 3 > 1 && weekends.size() > 1) {
        LocalDate other = weekends.get((forms / 3) % weekends.size());
        if (!mine.contains(other)) {
          mine.add(other);
        }
      }
      mine.sort(null);
      for (LocalDate d : mine) {
        work.put(d, HOLIDAYS[h]);
      }

      boolean weekdays = forms % 2 == 0;
      boolean dash = forms % 5 == 0;
      text.append("一二三四五六七".charAt(h)).append('、').append(NAMES[h]).append('：');
      boolean acrossYears = first.getYear() != last.getYear() || first.getYear() != year;
      text.append(date(first, null, acrossYears, weekdays));
      if (first.equals(last)) {
        text.append(forms % 7 < 3 ? "放假，共1天。" : "放假1天。");
      } else {
        text.append(dash ? "—" : "至").append(date(last, first, acrossYears, weekdays));
        text.append(forms % 4 == 0 ? "放假，共" : "放假调休，共").append(off.headMap(last, true).tailMap(first, true).size()).append("天。");
      }
      if (!mine.isEmpty()) {
        LocalDate previous = last;
        for (int i = 0; i < mine.size(); i++) {
          text.append(i > 0 ? "、" : "").append(date(mine.get(i), i > 0 ? previous : null, forms % 11 == 0, true));
          previous = mine.get(i);
        }
        text.append("上班。");
      }
      text.append('\n');
    }
    text.append("节假日期间，各地区、各部门要妥善安排好值班和安全、保卫等工作。\n国务院办公厅\n").append(year - 1).append("年11月4日\n");
    return new Written(text.toString(), off, work);
  }

  /** Writes a date as the notices do: the year when asked, the month unless the same as before. */
  private static String date(LocalDate date, LocalDate before, boolean withYear, boolean weekday) {
    String written =
        (withYear ? date.getYear() + "年" : "")
            + (before != null && before.getMonth() == date.getMonth() && !withYear ? "" : date.getMonthValue() + "月")
            + date.getDayOfMonth()
            + "日";
    return weekday ? written + "（星期" + WEEKDAYS.charAt(date.getDayOfWeek().ordinal()) + "）" : written;
  }

  private static boolean isWeekend(LocalDate date) {
    return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
  }

  @Tag("slow")
  @Test
  @DisplayName("CAL-11 property: a random schedule written in the notices' forms parses back to itself")
  void writtenSchedulesReadBack() {
    qt().withFixedSeed(SEED)
        .withExamples(300)
        .forAll(integers().between(2008, 2100), intArrays(constant(21), integers().between(0, 10_000)))
        .checkAssert(
            (year, numbers) -> {
              Written written = write(year, numbers);
              HolidayNotice notice = HolidayNotice.parse(written.text());
              assertThat(notice.year()).isEqualTo(year);
              assertThat(notice.daysOff()).as(written.text()).isEqualTo(written.off());
              assertThat(notice.makeUpWorkingDays()).as(written.text()).isEqualTo(written.work());
            });
  }
}
