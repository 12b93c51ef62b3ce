/**
 * The official working-day calendar of the People's Republic of China (工作日历), legal periods
 * counted the way Chinese law counts them (期间计算), and deadlines with pauses, extensions and
 * restarts.
 *
 * <p>Start with {@link dev.disclosure.calendar.ChinaCalendars#official()}.
 */
module dev.disclosure.calendar {
  requires transitive org.threeten.extra;
  requires com.google.common;

  exports dev.disclosure.calendar;
}
