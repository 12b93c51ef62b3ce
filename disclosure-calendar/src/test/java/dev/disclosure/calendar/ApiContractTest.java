package dev.disclosure.calendar;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;

/** Null checks on every public entry point and value equality of every value type. */
class ApiContractTest {

  private static final LocalDate DAY = LocalDate.of(2026, 9, 28);
  private static final Citation CITATION = CountingRules.CIVIL_CODE_ART_201;

  private static NullPointerTester tester() {
    return new NullPointerTester()
        .setDefault(LocalDate.class, DAY)
        .setDefault(LocalDateRange.class, LocalDateRange.ofClosed(DAY, DAY.plusDays(3)))
        .setDefault(Citation.class, CITATION)
        .setDefault(LegalPeriod.class, SamplePeriods.REPLY_2019)
        .setDefault(MonthDay.class, MonthDay.of(3, 31))
        .setDefault(Holiday.class, Holiday.NATIONAL_DAY)
        .setDefault(String.class, "理由")
        .setDefault(java.util.List.class, java.util.List.of(CITATION))
        .setDefault(WorkingDayCalendar.class, ChinaCalendars.official());
  }

  @Test
  @DisplayName("every public method and constructor rejects null with the parameter's name")
  void nulls() {
    NullPointerTester tester = tester();
    for (Class<?> type :
        new Class<?>[] {
          Citation.class,
          Holiday.class,
          GroupHoliday.class,
          CountingWord.class,
          Pause.class,
          Extension.class,
          LegalPeriod.class,
          AnnualDeadline.class,
          DeadlineStep.class,
          WorkingDayCalendar.class,
          ChinaCalendars.class
        }) {
      tester.testAllPublicStaticMethods(type);
    }
    tester.testAllPublicInstanceMethods(ChinaCalendars.official());
    tester.testAllPublicInstanceMethods(ChinaCalendars.official().deadline(SamplePeriods.REPLY_2019, DAY));
    tester.testAllPublicInstanceMethods(WorkingDayCalendar.builder());
    tester.testAllPublicInstanceMethods(SamplePeriods.REPLY_2019);
  }

  @Test
  @DisplayName("value types are equal when their contents are")
  void equality() {
    new EqualsTester()
        .addEqualityGroup(CITATION, Citation.of(CITATION.source(), CITATION.provision(), CITATION.wording()))
        .addEqualityGroup(CountingRules.CIVIL_CODE_ART_203)
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(Holiday.regional("古尔邦节", "Eid al-Adha"), Holiday.regional("古尔邦节", "Eid al-Adha"))
        .addEqualityGroup(Holiday.national("古尔邦节", "Eid al-Adha"))
        .addEqualityGroup(Holiday.NATIONAL_DAY)
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(Pause.of(DAY, DAY.plusDays(2), "a", CITATION), Pause.of(DAY, DAY.plusDays(2), "a", CITATION))
        .addEqualityGroup(Pause.of(DAY, DAY.plusDays(3), "a", CITATION))
        .addEqualityGroup(Extension.of(5, DAY, "a"), Extension.of(5, DAY, "a"))
        .addEqualityGroup(Extension.of(6, DAY, "a"))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(LegalPeriod.ofWorkingDays(5), LegalPeriod.ofWorkingDays(5))
        .addEqualityGroup(LegalPeriod.ofDays(5))
        .addEqualityGroup(LegalPeriod.ofWorkingDays(5).withExtensionUpTo(3))
        .addEqualityGroup(SamplePeriods.REPLY_2019)
        .testEquals();
    WorkingDayCalendar official = ChinaCalendars.official();
    new EqualsTester()
        .addEqualityGroup(official, ChinaCalendars.buildOfficial(), official.toBuilder().build())
        .addEqualityGroup(ChinaCalendars.officialWithEstimateThrough(2030))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(official.dayOf(DAY), official.dayOf(DAY))
        .addEqualityGroup(official.dayOf(DAY.plusDays(3)))
        .testEquals();
    Deadline deadline = official.deadline(SamplePeriods.REPLY_2019, DAY);
    new EqualsTester()
        .addEqualityGroup(deadline, official.deadline(SamplePeriods.REPLY_2019, DAY))
        .addEqualityGroup(deadline.withPause(Pause.of(DAY, DAY.plusDays(5), "a", CITATION)))
        .addEqualityGroup(official.deadline(SamplePeriods.REPLY_2008, DAY))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(deadline.steps().get(0), official.deadline(SamplePeriods.REPLY_2019, DAY).steps().get(0))
        .addEqualityGroup(official.deadline(SamplePeriods.REPLY_2008, DAY).steps().get(0))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(deadline.latenessOn(DAY.plusDays(60)), deadline.latenessOn(DAY.plusDays(60)))
        .addEqualityGroup(deadline.latenessOn(DAY))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(SamplePeriods.ANNUAL_REPORT_2008, SamplePeriods.annualReport2008())
        .addEqualityGroup(SamplePeriods.ANNUAL_REPORT_2019_GOVERNMENTS)
        .testEquals();
  }
}
