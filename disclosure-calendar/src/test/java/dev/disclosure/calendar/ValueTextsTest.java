package dev.disclosure.calendar;

import static dev.disclosure.calendar.SamplePeriods.ART_33;
import static dev.disclosure.calendar.SamplePeriods.RULES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The value types' documented one-line texts and labels, their accessors, and the refusals of their
 * factories, each message naming the value and what would be valid.
 */
class ValueTextsTest {

  private static final LocalDate OCT_12 = LocalDate.of(2026, 10, 12);

  @Nested
  @DisplayName("annual deadlines")
  class Annual {

    @Test
    @DisplayName("P-ANNUAL-REPORT-2019: the 2026 report is due 2027-03-31; the deadline reads as written")
    void accessors() {
      AnnualDeadline report = SamplePeriods.ANNUAL_REPORT_2019_GOVERNMENTS;
      assertThat(report.dueFor(2026)).isEqualTo(LocalDate.of(2027, 3, 31));
      assertThat(report.id()).isEqualTo(RuleId.of("P-ANNUAL-REPORT-2019"));
      assertThat(report.wording()).isEqualTo("每年3月31日前公布本级政府上一年度年度报告");
      assertThat(report.yearsAfter()).isEqualTo(1);
      assertThat(report.date()).isEqualTo(MonthDay.of(3, 31));
      assertThat(report.citations()).extracting(Citation::provision).containsExactly("第四十九条");
      assertThat(report.toString())
          .isEqualTo("P-ANNUAL-REPORT-2019 (--03-31 of the following year)");
    }

    @Test
    @DisplayName("CAL-5: a deadline in the same year; --02-29 is the last day of February")
    void sameYearAndLeapDay() {
      AnnualDeadline yearEnd =
          AnnualDeadline.of(RuleId.of("P-YEAR-END"), "当年12月31日前", 0, MonthDay.of(12, 31));
      assertThat(yearEnd.dueFor(2026)).isEqualTo(LocalDate.of(2026, 12, 31));
      assertThat(yearEnd.toString()).isEqualTo("P-YEAR-END (--12-31 of the same year)");
      AnnualDeadline february =
          AnnualDeadline.of(RuleId.of("P-FEBRUARY"), "次年2月底前", 1, MonthDay.of(2, 29));
      assertThat(february.dueFor(2026)).isEqualTo(LocalDate.of(2027, 2, 28));
      assertThat(february.dueFor(2027)).isEqualTo(LocalDate.of(2028, 2, 29));
    }

    @Test
    @DisplayName("CAL-5: negative years after or a blank wording are refused with the values")
    void refusals() {
      assertThatThrownBy(() -> AnnualDeadline.of(RuleId.of("P-X"), "当年", -1, MonthDay.of(12, 31)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "An annual deadline needs an id, its wording and 0 or more years after, got 'P-X',"
                  + " '当年', -1");
      assertThatThrownBy(() -> AnnualDeadline.of(RuleId.of("P-X"), " ", 0, MonthDay.of(12, 31)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageEndingWith("got 'P-X', ' ', 0");
    }
  }

  @Nested
  @DisplayName("legal periods")
  class Periods {

    @Test
    @DisplayName("CAL-4/CAL-5: a period's one-line text names its amount, unit, direction and bound")
    void texts() {
      assertThat(SamplePeriods.REPLY_2019.toString())
          .isEqualTo("P-REPLY-2019 (20 工作日, extendable by 20)");
      assertThat(SamplePeriods.INTERVIEW_TOPIC.toString()).isEqualTo("P-INTERVIEW (15 工作日 前)");
      assertThat(SamplePeriods.PROACTIVE_SCHOOL.toString()).isEqualTo("P-PROACTIVE-SCHOOL (30 日)");
      assertThat(LegalPeriod.ofDays(3).toString()).isEqualTo("CAL-5 (3 日)");
      assertThat(SamplePeriods.REPLY_2019.wording()).isEqualTo("自收到申请之日起20个工作日内予以答复");
      assertThat(LegalPeriod.ofWorkingDays(7).wording()).isEqualTo("7个工作日");
      assertThat(LegalPeriod.ofDays(7).wording()).isEqualTo("7日");
      assertThat(PeriodUnit.WORKING_DAYS.label()).isEqualTo("工作日");
      assertThat(PeriodUnit.DAYS.label()).isEqualTo("日");
      assertThat(LegalPeriod.Direction.AFTER.label()).isEqualTo("之日起");
      assertThat(LegalPeriod.Direction.BEFORE.label()).isEqualTo("前");
    }

    @Test
    @DisplayName("CAL-4/CAL-5: a blank wording or a negative amount is refused, naming the counting rule")
    void refusals() {
      assertThatThrownBy(() -> LegalPeriod.of(RuleId.of("P-X"), 3, PeriodUnit.DAYS, " "))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("legal period P-X needs its wording, got ' '");
      assertThatThrownBy(() -> LegalPeriod.of(RuleId.of("P-X"), -1, PeriodUnit.WORKING_DAYS, "x"))
          .isInstanceOf(IllegalPeriodException.class)
          .hasMessage(
              "CAL-4: period P-X needs zero or more working days, got -1; valid: 0..2147483647");
      assertThatThrownBy(() -> LegalPeriod.ofDays(-2))
          .isInstanceOf(IllegalPeriodException.class)
          .hasMessage("CAL-5: period CAL-5 needs zero or more days, got -2; valid: 0..2147483647");
    }

    @Test
    @DisplayName("REQ-6: an extension bound is 1 or more, on a period counted forwards")
    void extensionBounds() {
      assertThat(LegalPeriod.ofDays(3).withExtensionUpTo(1, SamplePeriods.REQ_6).maxExtension())
          .isEqualTo(1);
      assertThatThrownBy(() -> LegalPeriod.ofDays(3).withExtensionUpTo(0, SamplePeriods.REQ_6))
          .isInstanceOf(IllegalPeriodException.class)
          .hasMessage(
              "REQ-6: period CAL-5 cannot take an extension bound of 0; give a bound of"
                  + " 1..2147483647 on a period counted forwards");
      assertThatThrownBy(
              () -> SamplePeriods.INTERVIEW_TOPIC.withExtensionUpTo(5, SamplePeriods.REQ_6))
          .isInstanceOf(IllegalPeriodException.class)
          .hasMessage(
              "REQ-6: period P-INTERVIEW cannot take an extension bound of 5; give a bound of"
                  + " 1..2147483647 on a period counted forwards");
    }
  }

  @Nested
  @DisplayName("sources and citations")
  class Sources {

    @Test
    @DisplayName("CAL-4: a citation reads 《source》provision：wording; a source reads as its title")
    void texts() {
      assertThat(ART_33.toString())
          .isEqualTo(
              "《中华人民共和国政府信息公开条例》（国务院令第711号）第三十三条：行政机关不能当场答复的，应当自收到申请之日起20个工作日内予以答复。");
      assertThat(RULES.toString()).isEqualTo("《样例工作制度》");
    }

    @Test
    @DisplayName("CAL-4: a blank provision or wording is refused, naming which")
    void blankCitation() {
      assertThatThrownBy(() -> Citation.of(RULES, " ", "条文"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "Citation provision must not be blank; give the text as it appears in the source");
      assertThatThrownBy(() -> Citation.of(RULES, "第一条", "\t"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "Citation wording must not be blank; give the text as it appears in the source");
    }

    @Test
    @DisplayName("CAL-4: a source needs both names, the English one without Chinese")
    void blankSource() {
      assertThatThrownBy(() -> LegalSource.of(" ", "Civil Code"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "a legal source needs a Chinese title and an English name; got ' ' and 'Civil Code'");
      assertThatThrownBy(() -> LegalSource.of("《民法典》", " "))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "a legal source needs a Chinese title and an English name; got '《民法典》' and ' '");
      assertThatThrownBy(() -> LegalSource.of("《民法典》", "Civil Code，PRC"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("the English name 'Civil Code，PRC' of 《民法典》 holds Chinese characters");
    }
  }

  @Nested
  @DisplayName("facts and results")
  class Facts {

    @Test
    @DisplayName("CAL-7/REQ-6/PRO-3: pauses, extensions and deferrals read as documented")
    void texts() {
      assertThat(Pause.of(LocalDate.of(2026, 10, 10), LocalDate.of(2026, 10, 20), "征求第三方意见", ART_33))
          .hasToString("paused 2026-10-10..2026-10-20 (征求第三方意见)");
      assertThat(Extension.of(20, LocalDate.of(2026, 10, 30), "需要较长时间"))
          .hasToString("extended by 20 on 2026-10-30 (需要较长时间)");
      assertThat(
              Deferral.of(OCT_12, LocalDate.of(2026, 11, 20), "依法需经上级机关批准后公开", RuleId.of("PRO-3"), ART_33))
          .hasToString("2026-10-12..2026-11-20 依法需经上级机关批准后公开");
      assertThat(Quantity.of(20, PeriodUnit.WORKING_DAYS)).hasToString("20个工作日");
      assertThat(Quantity.of(3, PeriodUnit.DAYS)).hasToString("3日");
    }

    @Test
    @DisplayName("CAL-7: a pause worded in both languages shows its English reason in an English finding")
    void bilingualPause() {
      Pause pause =
          Pause.of(
              OCT_12,
              LocalDate.of(2026, 10, 16),
              Phrase.of("征求第三方意见", "consulting a third party"),
              ART_33);
      assertThat(pause.reason()).isEqualTo("征求第三方意见");
      assertThat(pause).hasToString("paused 2026-10-12..2026-10-16 (征求第三方意见)");
      Deadline paused =
          ChinaCalendars.official()
              .deadline(SamplePeriods.REPLY_2019, LocalDate.of(2026, 9, 28))
              .withPause(pause);
      assertThat(Language.ENGLISH.render(paused.findings().get(1).what()))
          .isEqualTo("paused 2026-10-12 to 2026-10-16 (consulting a third party): 4 working days not counted");
    }

    @Test
    @DisplayName("CAL-7: a cause that ends before it arose is refused with both dates")
    void deferralBackwards() {
      assertThatThrownBy(
              () -> Deferral.of(OCT_12, LocalDate.of(2026, 10, 11), "系统故障", RuleId.of("PRO-3"), ART_33))
          .isInstanceOf(IllegalPeriodException.class)
          .hasMessage(
              "CAL-7: the cause '系统故障' ends on 2026-10-11, before it arose on 2026-10-12; give an"
                  + " end on or after its start");
      assertThat(Deferral.of(OCT_12, OCT_12, "系统故障", RuleId.of("PRO-3"), ART_33).until())
          .isEqualTo(OCT_12);
    }

    @Test
    @DisplayName("P-REPLY-2019: lateness reads its days late, due date and act (working days 11-02, 11-03 after 10-30)")
    void lateness() {
      Deadline reply =
          ChinaCalendars.official().deadline(SamplePeriods.REPLY_2019, LocalDate.of(2026, 9, 28));
      Lateness late = reply.latenessOn(LocalDate.of(2026, 11, 3));
      assertThat(late.dueDate()).isEqualTo(LocalDate.of(2026, 10, 30));
      assertThat(late.actedOn()).isEqualTo(LocalDate.of(2026, 11, 3));
      assertThat(late).hasToString("late by 2 working days (due 2026-10-30, acted 2026-11-03)");
      assertThat(reply.latenessOn(LocalDate.of(2026, 10, 30)))
          .hasToString("on time (due 2026-10-30, acted 2026-10-30)");
      Lateness estimated =
          ChinaCalendars.officialWithEstimateThrough(2027)
              .deadline(SamplePeriods.REPLY_2019, LocalDate.of(2026, 9, 28))
              .latenessOn(LocalDate.of(2027, 1, 4));
      assertThat(estimated.toString()).endsWith(" (provisional)");
    }

    @Test
    @DisplayName("CAL-3: holidays read 春节 (Spring Festival); scopes are 全国 and 地方; names may not be blank")
    void holidays() {
      assertThat(Holiday.SPRING_FESTIVAL).hasToString("春节 (Spring Festival)");
      assertThat(Holiday.Scope.NATIONAL.label()).isEqualTo("全国");
      assertThat(Holiday.Scope.REGIONAL.label()).isEqualTo("地方");
      assertThatThrownBy(() -> Holiday.regional(" ", "Water-Sprinkling Festival"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "A holiday needs a Chinese and an English name, got ' ' and 'Water-Sprinkling Festival'");
      assertThatThrownBy(() -> Holiday.regional("泼水节", " "))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("A holiday needs a Chinese and an English name, got '泼水节' and ' '");
    }

    @Test
    @DisplayName("CAL-6: 以上、以下、以内、届满 include the number; 不满、超过、以外 do not (民法典第一千二百五十九条)")
    void countingWords() {
      assertThat(CountingWord.AT_OR_ABOVE.includesNumber()).isTrue();
      assertThat(CountingWord.AT_OR_BELOW.includesNumber()).isTrue();
      assertThat(CountingWord.WITHIN.includesNumber()).isTrue();
      assertThat(CountingWord.EXPIRED.includesNumber()).isTrue();
      assertThat(CountingWord.LESS_THAN.includesNumber()).isFalse();
      assertThat(CountingWord.MORE_THAN.includesNumber()).isFalse();
      assertThat(CountingWord.BEYOND.includesNumber()).isFalse();
    }

    @Test
    @DisplayName("CAL-2: a day of the calendar names its date")
    void calendarDay() {
      assertThat(ChinaCalendars.official().dayOf(OCT_12).date()).isEqualTo(OCT_12);
    }

    @Test
    @DisplayName("CAL-4: a rule ID of 64 characters is accepted, one of 65 refused and cut in the message")
    void ruleIdLength() {
      assertThat(RuleId.of("A".repeat(64)).id()).hasSize(64);
      assertThatThrownBy(() -> RuleId.of("A".repeat(65)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("rule ID '" + "A".repeat(64) + "…' is not of the catalog's form");
      assertThatThrownBy(() -> RuleId.of("a".repeat(64)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("rule ID '" + "a".repeat(64) + "' is not of the catalog's form");
    }
  }
}
