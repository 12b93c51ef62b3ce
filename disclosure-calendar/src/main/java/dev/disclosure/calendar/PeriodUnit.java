package dev.disclosure.calendar;

/** The unit a legal period is counted in (期间单位). */
public enum PeriodUnit {
  /** Working days (工作日), counted per CAL-4. */
  WORKING_DAYS("工作日"),
  /** Calendar days (日), counted per CAL-5: an end on a rest day moves to the next working day. */
  DAYS("日");

  private final String label;

  PeriodUnit(String label) {
    this.label = label;
  }

  /** {@return the Chinese label, for example {@code 工作日}} */
  public String label() {
    return label;
  }
}
