package dev.disclosure.core.proactive;

import static dev.disclosure.core.Renderings.chinese;
import static dev.disclosure.core.Renderings.english;
import static dev.disclosure.core.proactive.Fixtures.BUDGET;
import static dev.disclosure.core.proactive.Fixtures.FRI_2026_10_30;
import static dev.disclosure.core.proactive.Fixtures.MON_2026_09_28;
import static dev.disclosure.core.proactive.Fixtures.MON_2026_10_12;
import static dev.disclosure.core.proactive.Fixtures.MON_2026_11_02;
import static dev.disclosure.core.proactive.Fixtures.MON_2026_11_09;
import static dev.disclosure.core.proactive.Fixtures.OFFICIAL;
import static dev.disclosure.core.proactive.Fixtures.SAT_2026_10_10;
import static dev.disclosure.core.proactive.Fixtures.SAT_2026_10_31;
import static dev.disclosure.core.proactive.Fixtures.SAT_2026_11_07;
import static dev.disclosure.core.proactive.Fixtures.SCHOOL;
import static dev.disclosure.core.proactive.Fixtures.SUN_2026_12_20;
import static dev.disclosure.core.proactive.Fixtures.THU_2026_10_08;
import static dev.disclosure.core.proactive.Fixtures.THU_2026_11_05;
import static dev.disclosure.core.proactive.Fixtures.THU_2026_11_12;
import static dev.disclosure.core.proactive.Fixtures.TUE_2026_09_01;
import static dev.disclosure.core.proactive.Fixtures.TUE_2026_09_15;
import static dev.disclosure.core.proactive.Fixtures.TUE_2026_10_20;
import static dev.disclosure.core.proactive.Fixtures.WATER;
import static dev.disclosure.core.proactive.Fixtures.WED_2026_11_11;
import static dev.disclosure.core.proactive.Fixtures.item;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.disclosure.calendar.ChinaCalendars;
import dev.disclosure.calendar.CountingRules;
import dev.disclosure.calendar.Finding;
import dev.disclosure.calendar.FindingKind;
import dev.disclosure.calendar.Language;
import dev.disclosure.calendar.Lateness;
import dev.disclosure.calendar.OutsideCalendarDataException;
import dev.disclosure.calendar.RuleId;
import dev.disclosure.core.AgencyLevel;
import dev.disclosure.core.InformationItem;
import dev.disclosure.core.InvalidFactsException;
import dev.disclosure.core.Renderings;
import dev.disclosure.core.law.LegalPeriods;
import dev.disclosure.core.law.Rules;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Publication deadlines (PRO-3) hand-checked on the official 2026 calendar. */
class PublicationDeadlineTest {

  private static final PublicationDeadline BUDGET_DEADLINE =
      PublicationDeadline.forItem(OFFICIAL, BUDGET);

  @Nested
  @DisplayName("P-PROACTIVE and P-PROACTIVE-SCHOOL")
  class Periods {

    @ParameterizedTest(name = "{0} formed {1} → due {2}")
    @CsvSource({
      // 10-01..10-07 国庆节, Sat 10-10 a make-up working day
      "COUNTY_AND_ABOVE, 2026-09-28, 2026-10-30",
      "TOWNSHIP, 2026-09-28, 2026-10-30",
      "DEPARTMENT, 2026-09-28, 2026-10-30",
      "DEPARTMENT, 2026-09-30, 2026-11-03",
      // 04-04..04-06 清明节
      "COUNTY_AND_ABOVE, 2026-03-31, 2026-04-29",
      // 30 days from 09-01 is 10-01, 国庆节 → the next working day, 10-08 (CAL-5)
      "SCHOOL, 2026-09-01, 2026-10-08",
      "SCHOOL, 2026-03-31, 2026-04-30",
      "SCHOOL, 2026-09-30, 2026-10-30",
    })
    @DisplayName(
        "P-PROACTIVE: 20 working days; P-PROACTIVE-SCHOOL: 30 days, rolled to a working day")
    void dueDates(AgencyLevel publisher, LocalDate formed, LocalDate due) {
      PublicationDeadline deadline = PublicationDeadline.of(OFFICIAL, publisher, formed);
      assertThat(deadline.dueDate()).isEqualTo(due);
      assertThat(deadline.deadline().dueDate()).isEqualTo(due);
      assertThat(deadline.period())
          .isEqualTo(
              publisher == AgencyLevel.SCHOOL
                  ? LegalPeriods.P_PROACTIVE_SCHOOL
                  : formed.isBefore(LocalDate.of(2019, 5, 15))
                      ? LegalPeriods.P_PROACTIVE_2008
                      : LegalPeriods.P_PROACTIVE_2019);
      assertThat(deadline.start()).isEqualTo(formed);
      assertThat(deadline.isProvisional()).isFalse();
    }

    @Test
    @DisplayName(
        "P-PROACTIVE: information formed before 2019-05-15 counts under OGI-2008 第十八条 (with 来源文件002),"
            + " from then under OGI-2019 第二十六条 alone — the two regulations are never cited together")
    void periodOfTheDay() {
      PublicationDeadline before =
          PublicationDeadline.of(OFFICIAL, AgencyLevel.COUNTY_AND_ABOVE, LocalDate.of(2019, 5, 14));
      PublicationDeadline after =
          PublicationDeadline.of(OFFICIAL, AgencyLevel.COUNTY_AND_ABOVE, LocalDate.of(2019, 5, 15));

      assertThat(before.period()).isEqualTo(LegalPeriods.P_PROACTIVE_2008);
      assertThat(before.explain())
          .contains("（国务院令第492号）第十八条；《政务公开工作制度》（来源文件002）主动公开制度二、5")
          .doesNotContain("第711号");
      assertThat(after.period()).isEqualTo(LegalPeriods.P_PROACTIVE_2019);
      assertThat(after.explain()).contains("（国务院令第711号）第二十六条").doesNotContain("第492号");
      // 2019-05-14 + 20 working days (the 2019 notice: 5月1日–4日 off, 4月28日 and 5月5日 worked)
      assertThat(before.dueDate()).isEqualTo(LocalDate.of(2019, 6, 12));
    }

    @Test
    @DisplayName("PRO-3: the deadline explains who publishes, under which period, and the counting")
    void explanation() {
      assertThat(BUDGET_DEADLINE.explain())
          .isEqualTo(
              "[PRO-3] “2026年财政预算执行情况”由制作该信息的某县人民政府 (县级以上人民政府)负责公开（EX-7），期限为P-PROACTIVE："
                  + "自该政府信息形成或者变更之日起20个工作日内及时公开"
                  + "（依据《政务公开工作制度》（来源文件002）主动公开制度二、4）\n"
                  + "[CAL-4] 自2026年9月28日起算（当日不计入），20个工作日（P-PROACTIVE） → 2026年10月30日"
                  + "（依据《中华人民共和国政府信息公开条例》（国务院令第711号）第二十六条；"
                  + "《中华人民共和国民法典》第二百零一条）");
      assertThat(english(BUDGET_DEADLINE.findings()))
          .isEqualTo(
              "[PRO-3] the item (as recorded) is published by the agency that made it (as recorded;"
                  + " EX-7), within P-PROACTIVE (Source document 002 (rules for open government"
                  + " affairs work))\n"
                  + "[CAL-4] runs from 2026-09-28 (not counted); 20 working days (P-PROACTIVE) →"
                  + " 2026-10-30 (Regulations of the People's Republic of China on Open Government"
                  + " Information (State Council Decree No. 711), Art. 26; Civil Code of the"
                  + " People's Republic of China, Art. 201)");
      assertThat(BUDGET_DEADLINE.findings().get(0).rule()).isEqualTo(Rules.PRO_3);
      assertThat(BUDGET_DEADLINE.findings().get(1).rule()).isEqualTo(RuleId.CAL_4);
      assertThat(BUDGET_DEADLINE.findings()).hasSize(2);
      assertThat(BUDGET_DEADLINE.findings().get(1).dueDate()).contains(FRI_2026_10_30);
      assertThat(BUDGET_DEADLINE)
          .hasToString("PublicationDeadline[P-PROACTIVE from 2026-09-28, due 2026-10-30]");
    }

    @Test
    @DisplayName("P-PROACTIVE-SCHOOL: a school item formed 2026-09-01 is due 2026-10-08")
    void schoolItem() {
      InformationItem enrolment = item("2026年秋季招生结果", "XX-2026-031", TUE_2026_09_01, SCHOOL);
      PublicationDeadline deadline = PublicationDeadline.forItem(OFFICIAL, enrolment);
      assertThat(deadline.dueDate()).isEqualTo(THU_2026_10_08);
      assertThat(deadline.findings().get(1).rule()).isEqualTo(RuleId.CAL_5);
      assertThat(chinese(deadline.findings().get(0)))
          .contains("期限为P-PROACTIVE-SCHOOL：学校应尽可能在信息产生后第一时间予以公开");
      assertThat(chinese(deadline.findings().get(1)))
          .contains(
              "自2026年9月1日起算（当日不计入），30日（P-PROACTIVE-SCHOOL），期间最后一日为休息日的顺延至其后第一个工作日 →"
                  + " 2026年10月8日",
              "《中华人民共和国民法典》第二百零三条");
      assertThat(english(deadline.findings().get(1)))
          .contains(
              "runs from 2026-09-01 (not counted); 30 days (P-PROACTIVE-SCHOOL), an end on a rest"
                  + " day moving to the next working day → 2026-10-08");
    }

    @Test
    @DisplayName(
        "PRO-3: a public enterprise has no period in the rules and is refused, with the way out")
    void publicEnterpriseRefused() {
      assertThatThrownBy(
              () -> PublicationDeadline.of(OFFICIAL, AgencyLevel.PUBLIC_ENTERPRISE, MON_2026_09_28))
          .isInstanceOf(InvalidFactsException.class)
          .hasMessageContaining("PRO-3: the rules set no publication period for a 公共企事业单位")
          .hasMessageContaining("第三十七条")
          .hasMessageContaining("第五十五条")
          .hasMessageContaining("WorkingDayCalendar.deadline");
      assertThatThrownBy(
              () ->
                  PublicationDeadline.forItem(OFFICIAL, item("水价调整", "W-1", MON_2026_09_28, WATER)))
          .isInstanceOf(InvalidFactsException.class);
    }

    @Test
    @DisplayName("CAL-9: a due date past the official data is refused, or flagged on an estimate")
    void outsideTheData() {
      assertThatThrownBy(
              () -> PublicationDeadline.of(OFFICIAL, AgencyLevel.TOWNSHIP, SUN_2026_12_20).dueDate())
          .isInstanceOf(OutsideCalendarDataException.class);
      PublicationDeadline estimated =
          PublicationDeadline.of(
              ChinaCalendars.officialWithEstimateThrough(2027),
              AgencyLevel.TOWNSHIP,
              SUN_2026_12_20);
      assertThat(estimated.isProvisional()).isTrue();
      assertThat(estimated.latenessOn(estimated.dueDate()).isProvisional()).isTrue();
    }
  }

  @Nested
  @DisplayName("PRO-3 lateness")
  class Late {

    @ParameterizedTest(name = "published {0}: late {1}, by {2} working days")
    @CsvSource({
      "2026-09-28, false, 0",
      "2026-10-30, false, 0",
      // Saturday after a Friday due date: late, but no working day has passed
      "2026-10-31, true, 0",
      "2026-11-02, true, 1",
      "2026-11-05, true, 4",
    })
    @DisplayName("PRO-3: lateness is counted in working days after the due date 2026-10-30")
    void lateness(LocalDate publishedOn, boolean late, int workingDays) {
      Lateness lateness = BUDGET_DEADLINE.latenessOn(publishedOn);
      assertThat(lateness.isLate()).isEqualTo(late);
      assertThat(lateness.workingDaysLate()).isEqualTo(workingDays);
      assertThat(lateness.dueDate()).isEqualTo(FRI_2026_10_30);
    }

    @Test
    @DisplayName("PRO-3: a publication before the information was formed is refused")
    void beforeFormation() {
      assertThatThrownBy(() -> BUDGET_DEADLINE.latenessOn(MON_2026_09_28.minusDays(1)))
          .isInstanceOf(InvalidFactsException.class)
          .hasMessageContaining(
              "PRO-3: publishedOn 2026-09-27 is before the information was formed");
    }
  }

  @Nested
  @DisplayName("PRO-3 legal causes (法定事由)")
  class LegalCauses {

    @ParameterizedTest(name = "cause {0}..{1} → due {2}")
    @CsvSource({
      // ends before the normal due date: the normal due date stands
      "2026-10-12, 2026-10-20, 2026-10-30",
      // ends on a Saturday: the first working day on or after it, Mon 11-09
      "2026-10-12, 2026-11-07, 2026-11-09",
      // ends on a working day after the due date: that day
      "2026-10-12, 2026-11-04, 2026-11-04",
      // ends in 国庆节: first working day 10-08, still before the normal due date
      "2026-09-29, 2026-10-01, 2026-10-30",
      // arises on the due date itself: it still prevented publication
      "2026-10-30, 2026-11-05, 2026-11-05",
      // arose before the information was formed and lasted beyond
      "2026-09-01, 2026-11-10, 2026-11-10",
    })
    @DisplayName(
        "PRO-3 [convention]: due on the later of the normal due date and the first working day on"
            + " or after the cause ends")
    void deferral(LocalDate from, LocalDate until, LocalDate due) {
      PublicationDeadline deferred =
          BUDGET_DEADLINE.withLegalCause(LegalCause.of("保密审查争议报请确定", from, until));
      assertThat(deferred.dueDate()).isEqualTo(due);
      assertThat(deferred.dueDate()).isAfterOrEqualTo(BUDGET_DEADLINE.dueDate());
      assertThat(BUDGET_DEADLINE.dueDate()).isEqualTo(FRI_2026_10_30);
      assertThat(BUDGET_DEADLINE.legalCauses()).isEmpty();
    }

    @Test
    @DisplayName("PRO-3: the deferral is explained with 主动公开制度二、5 and, when rolled, 民法典第二百零三条")
    void explained() {
      PublicationDeadline deferred =
          BUDGET_DEADLINE.withLegalCause(
              LegalCause.of("保密审查争议报请确定", MON_2026_10_12, SAT_2026_11_07));
      Finding step = deferred.findings().get(2);
      assertThat(step.rule()).isEqualTo(Rules.PRO_3);
      assertThat(chinese(step))
          .isEqualTo(
              "[PRO-3] 2026年10月12日至2026年11月7日因法定事由（保密审查争议报请确定）不能按时完成，原因消除后立即完成："
                  + "2026年11月7日为休息日，其后第一个工作日为2026年11月9日 → 2026年11月9日"
                  + "（依据《政务公开工作制度》（来源文件002）主动公开制度二、5；《中华人民共和国民法典》第二百零三条）");
      assertThat(english(step))
          .isEqualTo(
              "[PRO-3] from 2026-10-12 to 2026-11-07 a legal cause (as recorded) prevented the"
                  + " act; it is due immediately after the cause ends: 2026-11-07 is a rest day, the"
                  + " next working day is 2026-11-09 → 2026-11-09 (Source document 002 (rules for"
                  + " open government affairs work); Civil Code of the People's Republic of China,"
                  + " Art. 203)");
      assertThat(step.dueDate()).contains(MON_2026_11_09);
      assertThat(step.citations())
          .containsExactly(
              ProactiveCitations.DEADLINE_AND_LEGAL_CAUSE, CountingRules.CIVIL_CODE_ART_203);
      assertThat(step.citations().get(0).wording()).endsWith("因法定事由不能按时公开的，待原因消除后立即公开。");
      assertThat(deferred.explain()).endsWith("主动公开制度二、5；《中华人民共和国民法典》第二百零三条）");
      assertThat(deferred)
          .hasToString(
              "PublicationDeadline[P-PROACTIVE from 2026-09-28, due 2026-11-09,"
                  + " deferred by 1 legal cause(s)]");
    }

    @Test
    @DisplayName("PRO-3: lateness counts from the deferred due date")
    void latenessAfterDeferral() {
      PublicationDeadline deferred =
          BUDGET_DEADLINE.withLegalCause(
              LegalCause.of("保密审查争议报请确定", MON_2026_10_12, SAT_2026_11_07));
      assertThat(deferred.latenessOn(MON_2026_11_02).isLate()).isFalse();
      Lateness late = deferred.latenessOn(WED_2026_11_11);
      assertThat(late.isLate()).isTrue();
      assertThat(late.workingDaysLate()).isEqualTo(2);
      assertThat(late.dueDate()).isEqualTo(MON_2026_11_09);
    }

    @Test
    @DisplayName(
        "PRO-3 [convention]: a school's 30 days defer the same way; a make-up Saturday is a working"
            + " day")
    void school() {
      PublicationDeadline deferred =
          PublicationDeadline.of(OFFICIAL, AgencyLevel.SCHOOL, TUE_2026_09_01)
              .withLegalCause(LegalCause.of("上级机关暂缓发布", TUE_2026_09_15, SAT_2026_10_10));
      assertThat(deferred.dueDate()).isEqualTo(SAT_2026_10_10);
      // The convention is its own finding now, after the calendar's counting.
      assertThat(deferred.findings()).hasSize(4);
      assertThat(deferred.findings().get(2).citations())
          .containsExactly(ProactiveCitations.DEADLINE_AND_LEGAL_CAUSE);
      assertThat(deferred.findings().get(2).dueDate()).contains(SAT_2026_10_10);
      Finding convention = deferred.findings().get(3);
      assertThat(convention.rule()).isEqualTo(Rules.PRO_3);
      assertThat(convention.kind()).isEqualTo(FindingKind.CONVENTION);
      assertThat(chinese(convention)).startsWith("[PRO-3 约定] 来源文件对政府信息规定了法定事由的顺延，学校的公开期限同样顺延（依据");
      assertThat(english(convention))
          .startsWith(
              "[PRO-3, convention] the source defers government information for a legal cause; a"
                  + " school's period is deferred in the same way (Source");
    }

    @Test
    @DisplayName("PRO-3: a second cause counts against the due date the first one set")
    void twoCauses() {
      LegalCause first = LegalCause.of("保密审查争议报请确定", MON_2026_10_12, SAT_2026_11_07);
      LegalCause second = LegalCause.of("涉及第三方权益协调确认", MON_2026_11_09, THU_2026_11_12);
      PublicationDeadline both = BUDGET_DEADLINE.withLegalCause(first).withLegalCause(second);
      assertThat(both.dueDate()).isEqualTo(THU_2026_11_12);
      assertThat(both.legalCauses()).containsExactly(first, second);
      assertThat(both.findings()).hasSize(4);
      assertThat(BUDGET_DEADLINE.withLegalCause(second).breaches())
          .singleElement()
          .satisfies(
              breach ->
                  assertThat(breach.render(Language.ENGLISH))
                      .contains("came after the due date then in force, 2026-10-30"));
      // the same two causes in the other order: the first no longer breaks anything
      assertThat(BUDGET_DEADLINE.withLegalCause(second).withLegalCause(first)).isEqualTo(both);
    }

    @Test
    @DisplayName(
        "PRO-3: causes are applied in the order they arose, whatever the order they are added;"
            + " legalCauses() lists them in the order they arose")
    void causesInOrderOfArising() {
      LegalCause early = LegalCause.of("保密审查争议报请确定", MON_2026_10_12, TUE_2026_10_20);
      LegalCause late = LegalCause.of("涉及第三方权益协调确认", TUE_2026_10_20, THU_2026_11_05);
      PublicationDeadline earlyFirst = BUDGET_DEADLINE.withLegalCause(early).withLegalCause(late);
      PublicationDeadline lateFirst = BUDGET_DEADLINE.withLegalCause(late).withLegalCause(early);
      assertThat(earlyFirst).isEqualTo(lateFirst).hasSameHashCodeAs(lateFirst);
      assertThat(lateFirst.legalCauses()).containsExactly(early, late);
      assertThat(earlyFirst.legalCauses()).containsExactly(early, late);
      assertThat(lateFirst.dueDate()).isEqualTo(THU_2026_11_05);
      assertThat(lateFirst.findings()).isEqualTo(earlyFirst.findings());
    }

    @Test
    @DisplayName(
        "PRO-3: a cause that could not have prevented publication defers nothing and is a breach")
    void refused() {
      PublicationDeadline ended =
          BUDGET_DEADLINE.withLegalCause(LegalCause.of("系统故障", TUE_2026_09_01, TUE_2026_09_15));
      assertThat(ended.dueDate()).isEqualTo(BUDGET_DEADLINE.dueDate());
      // the breach is the calendar's BROKEN finding; the cause's description is record text
      assertThat(ended.breaches())
          .singleElement()
          .satisfies(
              breach -> {
                assertThat(breach.rule()).isEqualTo(Rules.PRO_3);
                assertThat(breach.kind()).isEqualTo(FindingKind.BROKEN);
                assertThat(breach.render(Language.ENGLISH))
                    .startsWith(
                        "[PRO-3, broken] the cause from 2026-09-01 to 2026-09-15 (as recorded) ended"
                            + " before the period ran from 2026-09-28; it defers nothing");
              });
      PublicationDeadline late =
          BUDGET_DEADLINE.withLegalCause(LegalCause.of("系统故障", MON_2026_11_02, THU_2026_11_05));
      assertThat(late.dueDate()).isEqualTo(BUDGET_DEADLINE.dueDate());
      assertThat(late.breaches())
          .singleElement()
          .satisfies(
              breach ->
                  assertThat(breach.render(Language.ENGLISH))
                      .startsWith(
                          "[PRO-3, broken] the cause that arose on 2026-11-02 (as recorded) came"
                              + " after the due date then in force, 2026-10-30; it could not have"
                              + " prevented the act on time"));
      late.breaches().forEach(breach -> Renderings.checkedEnglish(breach.render(Language.ENGLISH)));
    }

    @Test
    @DisplayName(
        "PRO-3: a legal cause needs a description and an end not before its start, reported at"
            + " once")
    void badCause() {
      InvalidFactsException refused =
          assertThrows(
              InvalidFactsException.class,
              () -> LegalCause.of(" ", TUE_2026_10_20, MON_2026_10_12));
      assertThat(refused.problems()).hasSize(2);
      assertThat(refused.problems().get(0).toString()).startsWith("PRO-3: description is blank");
      assertThat(refused.problems().get(1).toString())
          .isEqualTo(
              "PRO-3: the cause ends on 2026-10-12, before it arises on 2026-10-20; give the day it"
                  + " arose and the day it ended");
      assertThat(LegalCause.of("停电", SAT_2026_10_31, SAT_2026_10_31))
          .hasToString("法定事由 '停电' 2026-10-31..2026-10-31");
    }
  }
}
