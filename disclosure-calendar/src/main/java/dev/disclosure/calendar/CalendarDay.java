package dev.disclosure.calendar;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.Sets;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One date as a {@link WorkingDayCalendar} sees it (日期属性, CAL-2): its kind, the holiday it belongs to, the
 * group holidays that fall on it, and whether the answer is a provisional estimate (CAL-9).
 *
 * <p>Immutable and thread-safe.
 */
public final class CalendarDay {

  private final LocalDate date;
  private final DayKind kind;
  private final Holiday holiday;
  private final boolean provisional;

  CalendarDay(LocalDate date, DayKind kind, Holiday holiday, boolean provisional) {
    this.date = requireNonNull(date, "date");
    this.kind = requireNonNull(kind, "kind");
    this.holiday = holiday;
    this.provisional = provisional;
  }

  /** {@return the date} */
  public LocalDate date() {
    return date;
  }

  /** {@return the kind of day: working day, make-up working day, weekend, holiday or closure} */
  public DayKind kind() {
    return kind;
  }

  /** {@return whether agencies work on this day (工作日)} */
  public boolean isWorkingDay() {
    return kind.isWorkingDay();
  }

  /**
   * {@return the holiday the day belongs to: for a holiday or closure the holiday itself, for a
   * make-up working day the holiday it makes up for, otherwise empty}
   */
  public Optional<Holiday> holiday() {
    return Optional.ofNullable(holiday);
  }

  /**
   * Returns the group holidays on this date (妇女节, 青年节, 儿童节, 建军节). They never make the
   * day a rest day for agencies.
   *
   * @return the group holidays, usually empty; an unmodifiable set
   */
  public Set<GroupHoliday> groupHolidays() {
    return Sets.immutableEnumSet(GroupHoliday.on(date));
  }

  /**
   * {@return whether this answer is a provisional estimate (CAL-9): the date lies beyond the official
   * data and was answered from the holiday law alone}
   */
  public boolean isProvisional() {
    return provisional;
  }

  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    return obj instanceof CalendarDay other
        && date.equals(other.date)
        && kind == other.kind
        && Objects.equals(holiday, other.holiday)
        && provisional == other.provisional;
  }

  @Override
  public int hashCode() {
    return Objects.hash(date, kind, holiday, provisional);
  }

  /** Returns a one-line description, for example {@code 2026-10-01 法定节假日 国庆节} or {@code 2027-02-06 法定节假日 春节 (provisional)}. */
  @Override
  public String toString() {
    return date
        + " "
        + kind.label()
        + (holiday == null ? "" : " " + holiday.label())
        + (provisional ? " (provisional)" : "");
  }
}
