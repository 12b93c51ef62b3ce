package dev.disclosure.core.proactive;

import dev.disclosure.calendar.ChinaCalendars;
import dev.disclosure.calendar.WorkingDayCalendar;
import dev.disclosure.core.Agency;
import dev.disclosure.core.AgencyLevel;
import dev.disclosure.core.InformationItem;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/** Weekday-named dates, agencies and items used across the tests, on the official 2026 calendar. */
final class Fixtures {

  static final WorkingDayCalendar OFFICIAL = ChinaCalendars.official();

  static final LocalDate THU_2026_01_01 = LocalDate.of(2026, 1, 1);
  static final LocalDate FRI_2026_01_02 = LocalDate.of(2026, 1, 2);
  static final LocalDate TUE_2026_02_10 = LocalDate.of(2026, 2, 10);
  static final LocalDate SUN_2026_03_01 = LocalDate.of(2026, 3, 1);
  static final LocalDate TUE_2026_03_31 = LocalDate.of(2026, 3, 31);
  static final LocalDate MON_2026_04_20 = LocalDate.of(2026, 4, 20);
  static final LocalDate WED_2026_04_29 = LocalDate.of(2026, 4, 29);
  static final LocalDate THU_2026_04_30 = LocalDate.of(2026, 4, 30);
  static final LocalDate MON_2026_06_01 = LocalDate.of(2026, 6, 1);
  static final LocalDate WED_2026_06_10 = LocalDate.of(2026, 6, 10);
  static final LocalDate TUE_2026_06_30 = LocalDate.of(2026, 6, 30);
  static final LocalDate FRI_2026_07_10 = LocalDate.of(2026, 7, 10);
  static final LocalDate WED_2026_07_15 = LocalDate.of(2026, 7, 15);
  static final LocalDate TUE_2026_07_28 = LocalDate.of(2026, 7, 28);
  static final LocalDate WED_2026_08_05 = LocalDate.of(2026, 8, 5);
  static final LocalDate TUE_2026_09_01 = LocalDate.of(2026, 9, 1);
  static final LocalDate WED_2026_09_02 = LocalDate.of(2026, 9, 2);
  static final LocalDate FRI_2026_09_11 = LocalDate.of(2026, 9, 11);
  static final LocalDate TUE_2026_09_15 = LocalDate.of(2026, 9, 15);
  static final LocalDate FRI_2026_09_18 = LocalDate.of(2026, 9, 18);
  static final LocalDate THU_2026_09_24 = LocalDate.of(2026, 9, 24);
  static final LocalDate MON_2026_09_28 = LocalDate.of(2026, 9, 28);
  static final LocalDate TUE_2026_09_29 = LocalDate.of(2026, 9, 29);
  static final LocalDate WED_2026_09_30 = LocalDate.of(2026, 9, 30);
  static final LocalDate THU_2026_10_01 = LocalDate.of(2026, 10, 1);
  static final LocalDate THU_2026_10_08 = LocalDate.of(2026, 10, 8);
  static final LocalDate FRI_2026_10_09 = LocalDate.of(2026, 10, 9);
  static final LocalDate SAT_2026_10_10 = LocalDate.of(2026, 10, 10);
  static final LocalDate SUN_2026_10_11 = LocalDate.of(2026, 10, 11);
  static final LocalDate MON_2026_10_12 = LocalDate.of(2026, 10, 12);
  static final LocalDate TUE_2026_10_20 = LocalDate.of(2026, 10, 20);
  static final LocalDate FRI_2026_10_23 = LocalDate.of(2026, 10, 23);
  static final LocalDate FRI_2026_10_30 = LocalDate.of(2026, 10, 30);
  static final LocalDate SAT_2026_10_31 = LocalDate.of(2026, 10, 31);
  static final LocalDate MON_2026_11_02 = LocalDate.of(2026, 11, 2);
  static final LocalDate TUE_2026_11_03 = LocalDate.of(2026, 11, 3);
  static final LocalDate WED_2026_11_04 = LocalDate.of(2026, 11, 4);
  static final LocalDate THU_2026_11_05 = LocalDate.of(2026, 11, 5);
  static final LocalDate SAT_2026_11_07 = LocalDate.of(2026, 11, 7);
  static final LocalDate MON_2026_11_09 = LocalDate.of(2026, 11, 9);
  static final LocalDate TUE_2026_11_10 = LocalDate.of(2026, 11, 10);
  static final LocalDate WED_2026_11_11 = LocalDate.of(2026, 11, 11);
  static final LocalDate THU_2026_11_12 = LocalDate.of(2026, 11, 12);
  static final LocalDate SUN_2026_12_20 = LocalDate.of(2026, 12, 20);

  static final Agency COUNTY = Agency.of("某县人民政府", AgencyLevel.COUNTY_AND_ABOVE);
  static final Agency TOWN = Agency.of("某镇人民政府", AgencyLevel.TOWNSHIP);
  static final Agency BUREAU = Agency.of("某市住房和城乡建设局", AgencyLevel.DEPARTMENT);
  static final Agency SCHOOL = Agency.of("某市第一小学", AgencyLevel.SCHOOL);
  static final Agency WATER = Agency.of("某市自来水公司", AgencyLevel.PUBLIC_ENTERPRISE);

  static final Set<PublicationForm> PORTAL_AND_GAZETTE =
      EnumSet.of(PublicationForm.PORTAL_CATALOG, PublicationForm.GAZETTE);

  /** An item the agency made itself, formed on the day given. */
  static InformationItem item(String title, String index, LocalDate formed, Agency maker) {
    return InformationItem.builder()
        .category(DepartmentCategory.OPERATIONS)
        .title(title)
        .indexNumber(index)
        .generatedOn(formed)
        .responsibleOffice("综合科")
        .madeBy(maker)
        .keptBy(maker)
        .build();
  }

  /** The county government's 2026 budget, formed on Mon 2026-09-28. */
  static final InformationItem BUDGET =
      InformationItem.builder()
          .category(CountyKeyCategory.BUDGETS_AND_FINAL_ACCOUNTS)
          .title("2026年财政预算执行情况")
          .indexNumber("000014349/2026-00101")
          .generatedOn(MON_2026_09_28)
          .responsibleOffice("县财政局")
          .madeBy(COUNTY)
          .keptBy(COUNTY)
          .build();

  private Fixtures() {}
}
