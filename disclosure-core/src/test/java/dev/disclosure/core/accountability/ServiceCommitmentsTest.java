package dev.disclosure.core.accountability;

import static dev.disclosure.core.Renderings.chinese;
import static dev.disclosure.core.Renderings.english;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import dev.disclosure.calendar.ChinaCalendars;
import dev.disclosure.calendar.Finding;
import dev.disclosure.calendar.FindingKind;
import dev.disclosure.calendar.Language;
import dev.disclosure.calendar.Quantity;
import dev.disclosure.calendar.WorkingDayCalendar;
import dev.disclosure.core.InvalidFactsException;
import dev.disclosure.core.law.LegalPeriods;
import dev.disclosure.core.law.Rules;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ServiceCommitmentsTest {

  static final WorkingDayCalendar OFFICIAL = ChinaCalendars.official();
  static final LocalDate MON_2026_09_28 = LocalDate.of(2026, 9, 28);
  static final LocalDate WED_2026_09_30 = LocalDate.of(2026, 9, 30);
  static final LocalDate THU_2026_10_08 = LocalDate.of(2026, 10, 8);
  static final LocalDate FRI_2026_10_09 = LocalDate.of(2026, 10, 9);
  static final LocalDate MON_2026_10_12 = LocalDate.of(2026, 10, 12);

  @Test
  @DisplayName(
      "P-SERVICE, P-ONE-TIME-NOTICE, P-HOTLINE: acts on their last day keep the commitments")
  void kept() {
    List<ServiceEntry> log =
        List.of(
            new ServiceEntry.ItemHandled(
                "防空地下室免建", true, MON_2026_09_28, Optional.of(WED_2026_09_30)),
            new ServiceEntry.ItemHandled(
                "人防工程竣工备案", false, MON_2026_09_28, Optional.of(FRI_2026_10_09)),
            new ServiceEntry.MaterialsIncomplete("初步设计审查", MON_2026_09_28, List.of(THU_2026_10_08)),
            new ServiceEntry.HotlineIssue("报建进度咨询", MON_2026_09_28, Optional.of(THU_2026_10_08)));

    assertThat(ServiceCommitments.check(log, OFFICIAL, MON_2026_10_12)).isEmpty();
  }

  @Test
  @DisplayName(
      "P-SERVICE, P-ONE-TIME-NOTICE, P-HOTLINE: late acts and repeated notices are findings")
  void broken() {
    List<ServiceEntry> log =
        List.of(
            new ServiceEntry.ItemHandled(
                "防空地下室免建", true, MON_2026_09_28, Optional.of(THU_2026_10_08)),
            new ServiceEntry.ItemHandled(
                "人防工程竣工备案", false, MON_2026_09_28, Optional.of(MON_2026_10_12)),
            new ServiceEntry.MaterialsIncomplete(
                "初步设计审查", MON_2026_09_28, List.of(WED_2026_09_30, FRI_2026_10_09)),
            new ServiceEntry.HotlineIssue("报建进度咨询", MON_2026_09_28, Optional.empty()));

    List<Finding> findings = ServiceCommitments.check(log, OFFICIAL, MON_2026_10_12);
    assertThat(findings)
        .extracting(Finding::rule)
        .containsExactly(Rules.P_SERVICE, Rules.P_SERVICE, Rules.P_ONE_TIME_NOTICE, Rules.P_HOTLINE);
    assertThat(findings).allMatch(f -> f.kind() == FindingKind.BROKEN);
    assertThat(findings)
        .extracting(f -> Language.CHINESE.render(f.what()))
        .containsExactly(
            "防空地下室免建：行政许可事项资料齐全的，受理后2个工作日内办结（自2026年9月28日起，应不晚于2026年9月30日）；实际于2026年10月8日办理",
            "人防工程竣工备案：其余事项4个工作日办结（自2026年9月28日起，应不晚于2026年10月9日）；实际于2026年10月12日办理",
            "初步设计审查：告知2次；申请材料不齐全的，当场或者5日内一次性告知申请人需要补正的全部材料",
            "报建进度咨询：对属于本部门承办范围内的，在3个工作日内与反映问题的群众取得联系（自2026年9月28日起，应不晚于2026年10月8日）；"
                + "截至2026年10月12日未办理");
    assertThat(english(findings))
        .isEqualTo(
            "[P-SERVICE, broken] the matter (as recorded): a licensing item with complete materials"
                + " is done within 2 working days of acceptance (from 2026-09-28, by 2026-09-30);"
                + " done on 2026-10-08 (Source document 000 (civil air defence o"
                + "ffice's plan for open government affairs))\n"
                + "[P-SERVICE, broken] the matter (as recorded): other items are done within 4"
                + " working days (from 2026-09-28, by 2026-10-09); done on 2026-10-12 ("
                + "Source document 000 (civil air defence office's plan for open government affairs))\n"
                + "[P-ONE-TIME-NOTICE, broken] the matter (as recorded): told 2 times; missing"
                + " materials are told once and in full, on the spot or within 5 days ("
                + "Source document 001 (plan for demonstration sites of open government affairs and open administration))\n"
                + "[P-HOTLINE, broken] the matter (as recorded): the person who raised the issue is"
                + " contacted within 3 working days (from 2026-09-28, by 2026-10-08); not done on"
                + " 2026-10-12 ("
                + "Source document 001 (plan for demonstration sites of open government affairs and open administration))");
    assertThat(chinese(findings.get(0)))
        .isEqualTo(
            "[P-SERVICE 违反] 防空地下室免建：行政许可事项资料齐全的，受理后2个工作日内办结（自2026年9月28日起，应不晚于2026年9月30日）；"
                + "实际于2026年10月8日办理（依据"
                + Language.CHINESE.reference(LegalPeriods.P_SERVICE_LICENSING.citations().get(0))
                + "）");
    assertThat(LegalPeriods.P_SERVICE_LICENSING.citations()).hasSize(1);
    assertThat(findings.get(0).dates()).containsExactly(MON_2026_09_28, WED_2026_09_30, THU_2026_10_08);
    assertThat(findings.get(0).quantities())
        .containsExactly(Quantity.of(2, Quantity.Unit.WORKING_DAYS));
  }

  @Test
  @DisplayName("P-HOTLINE: an act not yet done is a finding only after its deadline [convention]")
  void pending() {
    List<ServiceEntry> log =
        List.of(
            new ServiceEntry.HotlineIssue("报建进度咨询", MON_2026_09_28, Optional.empty()),
            new ServiceEntry.MaterialsIncomplete("初步设计审查", MON_2026_09_28, List.of()));

    assertThat(ServiceCommitments.check(log, OFFICIAL, THU_2026_10_08)).isEmpty();
    assertThat(ServiceCommitments.check(log, OFFICIAL, FRI_2026_10_09)).hasSize(2);
  }

  @Test
  @DisplayName("P-SERVICE, P-ONE-TIME-NOTICE, P-HOTLINE: acts dated before their start are invalid")
  void badFacts() {
    assertThatThrownBy(
            () ->
                new ServiceEntry.ItemHandled(
                    "免建", true, WED_2026_09_30, Optional.of(MON_2026_09_28)))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("before acceptance");
    assertThatThrownBy(
            () ->
                new ServiceEntry.MaterialsIncomplete("审查", WED_2026_09_30, List.of(MON_2026_09_28)))
        .isInstanceOf(InvalidFactsException.class);
    assertThatThrownBy(
            () -> new ServiceEntry.HotlineIssue("咨询", WED_2026_09_30, Optional.of(MON_2026_09_28)))
        .isInstanceOf(InvalidFactsException.class);
  }

  @Test
  @DisplayName("P-SERVICE: null checks")
  void nulls() {
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(WorkingDayCalendar.class, OFFICIAL)
            .setDefault(LocalDate.class, MON_2026_09_28)
            .setDefault(Optional.class, Optional.empty())
            .setDefault(List.class, List.of());
    tester.testAllPublicStaticMethods(ServiceCommitments.class);
    for (Class<?> type :
        List.of(
            ServiceEntry.ItemHandled.class,
            ServiceEntry.MaterialsIncomplete.class,
            ServiceEntry.HotlineIssue.class)) {
      tester.testAllPublicConstructors(type);
    }
  }
}
