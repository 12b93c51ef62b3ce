package dev.disclosure.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Distinct values spread their hash codes, so that hash sets and maps of days, findings and
 * deadlines (a supervising office's thousands of cases) stay fast; equal values hashing equal is
 * checked by {@link ApiContractTest}.
 */
class HashSpreadTest {

  private static final int N = 24;
  private static final LocalDate START = LocalDate.of(2026, 3, 2);
  private static final Citation ART_33 = SamplePeriods.ART_33;

  private static void spreads(String type, IntFunction<Object> value) {
    List<Object> values = IntStream.range(0, N).mapToObj(value).collect(Collectors.toList());
    assertThat(values.stream().distinct().count()).as("%s values distinct", type).isEqualTo(N);
    assertThat(values.stream().map(Object::hashCode).distinct().count())
        .as("%s hash codes", type)
        .isGreaterThanOrEqualTo(N - 2);
  }

  @Test
  @DisplayName("CAL-4: rule IDs, phrases, quantities, sources, citations and findings spread their hash codes")
  void texts() {
    spreads("RuleId", i -> RuleId.of("R-" + i));
    spreads("Phrase", i -> Phrase.of("{0}", "{0}", i));
    spreads("Quantity", i -> Quantity.of(i, PeriodUnit.DAYS));
    spreads("LegalSource", i -> LegalSource.of("《法" + i + "》", "Law " + i));
    spreads("Citation", i -> Citation.of(SamplePeriods.RULES, "第" + (i + 1) + "条", "条文"));
    spreads(
        "Finding",
        i -> Finding.of(RuleId.CAL_4, FindingKind.APPLIED, Phrase.of("{0}", "{0}", i), List.of()));
  }

  @Test
  @DisplayName("CAL-4/CAL-7: periods, annual deadlines, pauses, extensions, deferrals and holidays spread their hash codes")
  void facts() {
    spreads("LegalPeriod", LegalPeriod::ofDays);
    spreads(
        "AnnualDeadline",
        i -> AnnualDeadline.of(RuleId.of("P-A"), "每年报告", 1, MonthDay.of(1 + i % 12, 1 + i / 12)));
    spreads("Pause", i -> Pause.of(START, START.plusDays(i), "征求第三方意见", ART_33));
    spreads("Extension", i -> Extension.of(i + 1, START, "需要较长时间"));
    spreads("Deferral", i -> Deferral.of(START, START.plusDays(i), "系统故障", RuleId.of("PRO-3"), ART_33));
    spreads("Holiday", i -> Holiday.regional("节" + i, "Festival " + i));
  }

  @Test
  @DisplayName("CAL-2/CAL-4: days, lateness, deadlines, notices and calendars spread their hash codes")
  void results() {
    WorkingDayCalendar official = ChinaCalendars.official();
    spreads("CalendarDay", i -> official.dayOf(START.plusDays(i)));
    Deadline reply = official.deadline(SamplePeriods.REPLY_2019, START);
    spreads("Lateness", i -> reply.latenessOn(START.plusDays(20 + i)));
    spreads("Deadline", i -> official.deadline(SamplePeriods.REPLY_2019, START.plusDays(i)));
    List<String> years = List.of("2018", "2019", "2020", "2021", "2022", "2023", "2024", "2025", "2026");
    assertThat(
            years.stream()
                .map(year -> HolidayNotice.parse(HolidayNoticeTest.notice(year)).hashCode())
                .distinct()
                .count())
        .isEqualTo(years.size());
    List<WorkingDayCalendar> calendars =
        List.of(
            official,
            ChinaCalendars.officialWithEstimateThrough(2027),
            ChinaCalendars.officialWithEstimateThrough(2028),
            WorkingDayCalendar.builder().addOfficialYear(2026).build());
    assertThat(calendars.stream().map(Object::hashCode).distinct().count()).isEqualTo(calendars.size());
  }
}
