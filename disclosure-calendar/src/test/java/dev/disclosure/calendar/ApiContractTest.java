package dev.disclosure.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;

/** Null checks on every public entry point and value equality of every value type. */
class ApiContractTest {

  private static final LocalDate DAY = LocalDate.of(2026, 9, 28);
  private static final Citation CITATION = CountingRules.CIVIL_CODE_ART_201;
  private static final Phrase PHRASE =
      Phrase.of("{0}起算（{1}）", "started {0} ({1})", DAY, "收到申请");
  private static final Finding FINDING =
      Finding.step(RuleId.CAL_4, PHRASE, DAY.plusDays(20), List.of(CITATION));
  private static final Deferral DEFERRAL =
      Deferral.of(DAY, DAY.plusDays(5), "依法需经上级机关批准", RuleId.of("PRO-3"), CITATION);

  private static NullPointerTester tester() {
    return new NullPointerTester()
        .setDefault(LocalDate.class, DAY)
        .setDefault(LocalDateRange.class, LocalDateRange.ofClosed(DAY, DAY.plusDays(3)))
        .setDefault(Citation.class, CITATION)
        .setDefault(LegalSource.class, CountingRules.CIVIL_CODE)
        .setDefault(RuleId.class, RuleId.CAL_4)
        .setDefault(Phrase.class, PHRASE)
        .setDefault(Quantity.class, Quantity.of(20, Quantity.Unit.WORKING_DAYS))
        .setDefault(Finding.class, FINDING)
        .setDefault(Pause.class, Pause.of(DAY, DAY.plusDays(2), "征求意见", CITATION))
        .setDefault(Extension.class, Extension.of(5, DAY, "延长"))
        .setDefault(Deferral.class, DEFERRAL)
        .setDefault(BigDecimal.class, new BigDecimal("4700.00"))
        .setDefault(LegalPeriod.class, SamplePeriods.REPLY_2019)
        .setDefault(MonthDay.class, MonthDay.of(3, 31))
        .setDefault(Holiday.class, Holiday.NATIONAL_DAY)
        .setDefault(String.class, "理由")
        .setDefault(List.class, List.of(CITATION))
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
          RuleId.class,
          LegalSource.class,
          Finding.class,
          FindingKind.class,
          Phrase.class,
          Quantity.class,
          Deferral.class,
          Language.class,
          WorkingDayCalendar.class,
          ChinaCalendars.class
        }) {
      tester.testAllPublicStaticMethods(type);
    }
    tester.testAllPublicInstanceMethods(ChinaCalendars.official());
    tester.testAllPublicInstanceMethods(ChinaCalendars.official().deadline(SamplePeriods.REPLY_2019, DAY));
    tester.testAllPublicInstanceMethods(WorkingDayCalendar.builder());
    tester.testAllPublicInstanceMethods(SamplePeriods.REPLY_2019);
    tester.testAllPublicInstanceMethods(FINDING);
    tester.testAllPublicInstanceMethods(PHRASE);
    tester.testAllPublicInstanceMethods(RuleId.CAL_4);
    tester.testAllPublicInstanceMethods(CountingRules.CIVIL_CODE);
    tester.testAllPublicInstanceMethods(Quantity.of(20, Quantity.Unit.WORKING_DAYS));
    tester.testAllPublicInstanceMethods(DEFERRAL);
    for (Language language : Language.values()) {
      tester.testAllPublicInstanceMethods(language);
    }
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
        .addEqualityGroup(Extension.of(6, DAY, PHRASE), Extension.of(6, DAY, PHRASE))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(LegalPeriod.ofWorkingDays(5), LegalPeriod.ofWorkingDays(5))
        .addEqualityGroup(LegalPeriod.ofDays(5))
        .addEqualityGroup(LegalPeriod.ofWorkingDays(5).withExtensionUpTo(3, SamplePeriods.REQ_6))
        .addEqualityGroup(LegalPeriod.ofWorkingDays(5).withExtensionUpTo(3, RuleId.of("REQ-7")))
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
        .addEqualityGroup(
            deadline.findings().get(0),
            official.deadline(SamplePeriods.REPLY_2019, DAY).findings().get(0))
        .addEqualityGroup(official.deadline(SamplePeriods.REPLY_2008, DAY).findings().get(0))
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

  @Test
  @DisplayName("CAL-4/CAL-7/REQ-6: rule IDs, findings, phrases, quantities, sources, deferrals and languages are values")
  void equalityOfFindings() {
    new EqualsTester()
        .addEqualityGroup(RuleId.CAL_4, RuleId.of("CAL-4"), RuleId.of("CAL-4"))
        .addEqualityGroup(RuleId.CAL_5)
        .addEqualityGroup(RuleId.of("REQ-6"), SamplePeriods.REQ_6)
        .addEqualityGroup(RuleId.of("P-REPLY-2019"))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            CountingRules.CIVIL_CODE,
            LegalSource.of("《中华人民共和国民法典》", "Civil Code of the People's Republic of China"))
        .addEqualityGroup(LegalSource.of("《中华人民共和国民法典》", "Civil Code"))
        .addEqualityGroup(LegalSource.of("《民法典》", "Civil Code of the People's Republic of China"))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            Quantity.of(20, Quantity.Unit.WORKING_DAYS),
            Quantity.of(20, PeriodUnit.WORKING_DAYS),
            Quantity.of(new BigDecimal("20"), Quantity.Unit.WORKING_DAYS))
        .addEqualityGroup(Quantity.of(20, PeriodUnit.DAYS), Quantity.of(20, Quantity.Unit.DAYS))
        .addEqualityGroup(Quantity.of(new BigDecimal("20.0"), Quantity.Unit.WORKING_DAYS))
        .addEqualityGroup(Quantity.of(21, Quantity.Unit.WORKING_DAYS))
        .addEqualityGroup(Quantity.of(new BigDecimal("4700.00"), Quantity.Unit.YUAN))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(PHRASE, Phrase.of("{0}起算（{1}）", "started {0} ({1})", DAY, "收到申请"))
        .addEqualityGroup(Phrase.of("{0}起算（{1}）", "starts {0} ({1})", DAY, "收到申请"))
        .addEqualityGroup(Phrase.of("{0}开始（{1}）", "started {0} ({1})", DAY, "收到申请"))
        .addEqualityGroup(Phrase.of("{0}起算（{1}）", "started {0} ({1})", DAY.plusDays(1), "收到申请"))
        .addEqualityGroup(Phrase.of("{0}起算（{1}）", "started {0} ({1})", DAY, "收到补正"))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            FINDING, Finding.step(RuleId.of("CAL-4"), PHRASE, DAY.plusDays(20), List.of(CITATION)))
        .addEqualityGroup(Finding.step(RuleId.CAL_5, PHRASE, DAY.plusDays(20), List.of(CITATION)))
        .addEqualityGroup(Finding.step(RuleId.CAL_4, PHRASE, DAY.plusDays(21), List.of(CITATION)))
        .addEqualityGroup(Finding.step(RuleId.CAL_4, PHRASE, DAY.plusDays(20), List.of()))
        .addEqualityGroup(
            Finding.of(RuleId.CAL_4, FindingKind.APPLIED, PHRASE, List.of(CITATION)),
            Finding.of(RuleId.CAL_4, FindingKind.APPLIED, PHRASE, List.of(CITATION)))
        .addEqualityGroup(Finding.of(RuleId.CAL_4, FindingKind.BROKEN, PHRASE, List.of(CITATION)))
        .addEqualityGroup(
            Finding.of(
                RuleId.CAL_4,
                FindingKind.APPLIED,
                Phrase.of("{0}起算", "started {0}", DAY),
                List.of(CITATION)))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            DEFERRAL,
            Deferral.of(DAY, DAY.plusDays(5), "依法需经上级机关批准", RuleId.of("PRO-3"), CITATION))
        .addEqualityGroup(Deferral.of(DAY.minusDays(1), DAY.plusDays(5), "依法需经上级机关批准", RuleId.of("PRO-3"), CITATION))
        .addEqualityGroup(Deferral.of(DAY, DAY.plusDays(6), "依法需经上级机关批准", RuleId.of("PRO-3"), CITATION))
        .addEqualityGroup(Deferral.of(DAY, DAY.plusDays(5), "其他事由", RuleId.of("PRO-3"), CITATION))
        .addEqualityGroup(Deferral.of(DAY, DAY.plusDays(5), "依法需经上级机关批准", RuleId.of("PRO-4"), CITATION))
        .addEqualityGroup(
            Deferral.of(
                DAY, DAY.plusDays(5), "依法需经上级机关批准", RuleId.of("PRO-3"), CountingRules.CIVIL_CODE_ART_203))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(Language.CHINESE, Language.valueOf("CHINESE"))
        .addEqualityGroup(Language.ENGLISH)
        .testEquals();
  }

  @Test
  @DisplayName("CAL-4: a rule ID has the catalog's form; anything else is refused with the text")
  void ruleIdForm() {
    assertThat(RuleId.of("P-REPLY-2019").id()).isEqualTo("P-REPLY-2019");
    assertThat(RuleId.CAL_11).hasToString("CAL-11");
    assertThat(RuleId.CAL_10).isLessThan(RuleId.CAL_4);
    for (String bad : new String[] {"", "cal-4", "CAL 4", "CAL-", "-CAL", "CAL--4", "规则-1"}) {
      assertThatThrownBy(() -> RuleId.of(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("'" + bad + "'");
    }
  }
}
