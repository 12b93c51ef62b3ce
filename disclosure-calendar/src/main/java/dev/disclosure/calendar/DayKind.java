package dev.disclosure.calendar;

/**
 * What kind of day a date is (日期类型), per CAL-2.
 *
 * <p>Only {@link #WORKING_DAY} and {@link #MAKE_UP_WORKING_DAY} are working days (工作日).
 */
public enum DayKind {
  /** An ordinary Monday to Friday on which agencies work (工作日). */
  WORKING_DAY("工作日", true),
  /** A Saturday or Sunday announced as a working day to make up for a holiday (调休上班日). */
  MAKE_UP_WORKING_DAY("调休上班日", true),
  /** An ordinary Saturday or Sunday (休息日). */
  WEEKEND("休息日", false),
  /** A day of a nationally announced holiday run (法定节假日及调休放假日). */
  STATUTORY_HOLIDAY("法定节假日", false),
  /** A day on which agencies of one region close, such as an autonomous region's festival (地方放假日). */
  REGIONAL_CLOSURE("地方放假日", false);

  private final String label;
  private final boolean working;

  DayKind(String label, boolean working) {
    this.label = label;
    this.working = working;
  }

  /** {@return the official Chinese label, for example {@code 调休上班日}} */
  public String label() {
    return label;
  }

  /** {@return whether agencies work on a day of this kind} */
  public boolean isWorkingDay() {
    return working;
  }
}
