package dev.disclosure.calendar;

/**
 * The working-day calendars of the People's Republic of China (全国工作日历).
 *
 * <p>{@link #official()} is the schedule of the State Council notices 2007–2026: it answers only
 * inside those years and throws {@link OutsideCalendarDataException} elsewhere (CAL-9).
 * {@link #officialWithEstimateThrough(int)} adds a provisional estimate for later years, whose
 * answers are flagged. A newly announced year is added from the notice's text (CAL-11): {@code
 * official().toBuilder().addNotice(HolidayNotice.parse(text)).build()}.
 */
public final class ChinaCalendars {

  private static final WorkingDayCalendar OFFICIAL =
      ChinaOfficialSchedule.addTo(WorkingDayCalendar.builder()).build();

  private ChinaCalendars() {}

  /**
   * Returns the official calendar (国务院办公厅节假日安排), 2007-01-01 to 2026-12-31.
   *
   * @return the official calendar, a shared immutable instance
   */
  public static WorkingDayCalendar official() {
    return OFFICIAL;
  }

  /**
   * Returns the official calendar extended with a provisional estimate (CAL-9) for the years after
   * 2026 up to and including {@code year}: weekends plus the statutory holidays of the holiday law
   * (CAL-3) with the days in lieu its 第六条 requires (CAL-10), no make-up working days. Answers that
   * touch an estimated day are flagged provisional;
   * the plain queries still refuse estimated dates.
   *
   * @param year the last estimated year, from 2027 to the end of the embedded lunar table
   * @return the extended calendar
   * @throws InvalidScheduleException if the year is not after 2026 or beyond the lunar table
   */
  public static WorkingDayCalendar officialWithEstimateThrough(int year) {
    return OFFICIAL.toBuilder().estimateThrough(year).build();
  }

  /**
   * Builds the official calendar afresh from its embedded data, for measuring how long that takes;
   * {@link #official()} returns the same calendar without rebuilding it.
   *
   * @return a new calendar equal to {@link #official()}
   */
  public static WorkingDayCalendar buildOfficial() {
    return ChinaOfficialSchedule.addTo(WorkingDayCalendar.builder()).build();
  }
}
