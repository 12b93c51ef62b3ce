package dev.disclosure.calendar;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.util.EnumSet;
import java.util.Set;

/**
 * A holiday for one group of citizens only (部分公民放假的节日), per CAL-3 and 《全国年节及纪念日放假办法》第三条.
 *
 * <p>These days never close an agency: a {@link WorkingDayCalendar} counts them as ordinary days.
 * They are queryable so that a system can, for example, warn that a women's-day afternoon is short
 * staffed.
 */
public enum GroupHoliday {
  /** 妇女节 (3月8日): women have a half day off. */
  WOMENS_DAY(MonthDay.of(Month.MARCH, 8), "妇女节", "妇女放假半天"),
  /** 青年节 (5月4日): young people aged 14 and over have a half day off. */
  YOUTH_DAY(MonthDay.of(Month.MAY, 4), "青年节", "14周岁以上的青年放假半天"),
  /** 儿童节 (6月1日): children under 14 have a day off. */
  CHILDRENS_DAY(MonthDay.of(Month.JUNE, 1), "儿童节", "不满14周岁的少年儿童放假1天"),
  /** 中国人民解放军建军纪念日 (8月1日): active service members have a half day off. */
  ARMY_DAY(MonthDay.of(Month.AUGUST, 1), "中国人民解放军建军纪念日", "现役军人放假半天");

  private final MonthDay date;
  private final String label;
  private final String whoIsOff;

  GroupHoliday(MonthDay date, String label, String whoIsOff) {
    this.date = date;
    this.label = label;
    this.whoIsOff = whoIsOff;
  }

  /**
   * Returns the group holidays that fall on a date.
   *
   * @param date the date
   * @return the group holidays on that date, empty on most days; a fresh mutable set
   */
  public static Set<GroupHoliday> on(LocalDate date) {
    requireNonNull(date, "date");
    MonthDay monthDay = MonthDay.from(date);
    Set<GroupHoliday> result = EnumSet.noneOf(GroupHoliday.class);
    for (GroupHoliday holiday : values()) {
      if (holiday.date.equals(monthDay)) {
        result.add(holiday);
      }
    }
    return result;
  }

  /** {@return the day of the year, for example {@code --03-08}} */
  public MonthDay date() {
    return date;
  }

  /** {@return the Chinese name, for example {@code 妇女节}} */
  public String label() {
    return label;
  }

  /** {@return who is off and for how long, in the words of the holiday law} */
  public String whoIsOff() {
    return whoIsOff;
  }
}
