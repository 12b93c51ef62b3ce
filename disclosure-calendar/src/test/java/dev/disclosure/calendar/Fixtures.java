package dev.disclosure.calendar;

import java.time.LocalDate;

/** Weekday-named dates used across the tests. */
final class Fixtures {

  static final LocalDate FRI_2026_02_13 = LocalDate.of(2026, 2, 13);
  static final LocalDate SAT_2026_02_14 = LocalDate.of(2026, 2, 14);
  static final LocalDate TUE_2026_02_17 = LocalDate.of(2026, 2, 17);
  static final LocalDate TUE_2026_02_24 = LocalDate.of(2026, 2, 24);
  static final LocalDate THU_2026_03_19 = LocalDate.of(2026, 3, 19);
  static final LocalDate SUN_2026_09_20 = LocalDate.of(2026, 9, 20);
  static final LocalDate FRI_2026_09_25 = LocalDate.of(2026, 9, 25);
  static final LocalDate MON_2026_09_28 = LocalDate.of(2026, 9, 28);
  static final LocalDate WED_2026_09_30 = LocalDate.of(2026, 9, 30);
  static final LocalDate THU_2026_10_01 = LocalDate.of(2026, 10, 1);
  static final LocalDate THU_2026_10_08 = LocalDate.of(2026, 10, 8);
  static final LocalDate SAT_2026_10_10 = LocalDate.of(2026, 10, 10);
  static final LocalDate MON_2026_10_12 = LocalDate.of(2026, 10, 12);
  static final LocalDate FRI_2026_10_16 = LocalDate.of(2026, 10, 16);
  static final LocalDate FRI_2026_10_30 = LocalDate.of(2026, 10, 30);
  static final LocalDate THU_2026_11_05 = LocalDate.of(2026, 11, 5);
  static final LocalDate THU_2015_09_03 = LocalDate.of(2015, 9, 3);
  static final LocalDate SUN_2015_09_06 = LocalDate.of(2015, 9, 6);
  static final LocalDate FRI_2020_01_31 = LocalDate.of(2020, 1, 31);
  static final LocalDate SAT_2020_02_01 = LocalDate.of(2020, 2, 1);
  static final LocalDate THU_2026_12_31 = LocalDate.of(2026, 12, 31);
  static final LocalDate FRI_2027_01_01 = LocalDate.of(2027, 1, 1);
  static final LocalDate SUN_2006_12_31 = LocalDate.of(2006, 12, 31);

  private Fixtures() {}
}
