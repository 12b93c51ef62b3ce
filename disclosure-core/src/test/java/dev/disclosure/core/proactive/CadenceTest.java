package dev.disclosure.core.proactive;

import static dev.disclosure.core.proactive.Fixtures.BUREAU;
import static dev.disclosure.core.proactive.Fixtures.COUNTY;
import static dev.disclosure.core.proactive.Fixtures.FRI_2026_01_02;
import static dev.disclosure.core.proactive.Fixtures.FRI_2026_07_10;
import static dev.disclosure.core.proactive.Fixtures.FRI_2026_09_11;
import static dev.disclosure.core.proactive.Fixtures.FRI_2026_09_18;
import static dev.disclosure.core.proactive.Fixtures.FRI_2026_10_09;
import static dev.disclosure.core.proactive.Fixtures.FRI_2026_10_30;
import static dev.disclosure.core.proactive.Fixtures.MON_2026_04_20;
import static dev.disclosure.core.proactive.Fixtures.MON_2026_06_01;
import static dev.disclosure.core.proactive.Fixtures.MON_2026_09_28;
import static dev.disclosure.core.proactive.Fixtures.MON_2026_10_12;
import static dev.disclosure.core.proactive.Fixtures.MON_2026_11_02;
import static dev.disclosure.core.proactive.Fixtures.OFFICIAL;
import static dev.disclosure.core.proactive.Fixtures.SCHOOL;
import static dev.disclosure.core.proactive.Fixtures.SUN_2026_03_01;
import static dev.disclosure.core.proactive.Fixtures.SUN_2026_10_11;
import static dev.disclosure.core.proactive.Fixtures.SUN_2026_12_20;
import static dev.disclosure.core.proactive.Fixtures.THU_2026_01_01;
import static dev.disclosure.core.proactive.Fixtures.THU_2026_09_24;
import static dev.disclosure.core.proactive.Fixtures.THU_2026_10_01;
import static dev.disclosure.core.proactive.Fixtures.THU_2026_10_08;
import static dev.disclosure.core.proactive.Fixtures.THU_2026_11_05;
import static dev.disclosure.core.proactive.Fixtures.TOWN;
import static dev.disclosure.core.proactive.Fixtures.TUE_2026_02_10;
import static dev.disclosure.core.proactive.Fixtures.TUE_2026_03_31;
import static dev.disclosure.core.proactive.Fixtures.TUE_2026_06_30;
import static dev.disclosure.core.proactive.Fixtures.TUE_2026_07_28;
import static dev.disclosure.core.proactive.Fixtures.TUE_2026_09_01;
import static dev.disclosure.core.proactive.Fixtures.TUE_2026_11_03;
import static dev.disclosure.core.proactive.Fixtures.TUE_2026_11_10;
import static dev.disclosure.core.proactive.Fixtures.WATER;
import static dev.disclosure.core.proactive.Fixtures.WED_2026_06_10;
import static dev.disclosure.core.proactive.Fixtures.WED_2026_07_15;
import static dev.disclosure.core.proactive.Fixtures.WED_2026_08_05;
import static dev.disclosure.core.proactive.Fixtures.WED_2026_09_02;
import static dev.disclosure.core.proactive.Fixtures.WED_2026_09_30;
import static dev.disclosure.core.proactive.Fixtures.item;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.disclosure.core.Agency;
import dev.disclosure.core.InvalidFactsException;
import dev.disclosure.core.InvalidFactsException.Problem;
import dev.disclosure.core.law.Cadence;
import dev.disclosure.core.law.LegalPeriods;
import dev.disclosure.core.law.Rules;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.threeten.extra.LocalDateRange;

/** Cadence checks over a publication history (PRO-4, P-CADENCE), each convention pinned. */
class CadenceTest {

  private static PublicationRecord record(
      Agency publisher, Cadence cadence, LocalDate formed, LocalDate... published) {
    return PublicationRecord.builder()
        .item(item(cadence.label() + "事项", "IDX-" + cadence, formed, publisher))
        .cadence(cadence)
        .addPublishedOn(published)
        .build();
  }

  private static List<CadenceFinding> check(PublicationRecord record, LocalDate on) {
    return PublicationHistory.of(List.of(record)).findingsOn(OFFICIAL, on);
  }

  private static List<LocalDateRange> windows(List<CadenceFinding> findings) {
    return findings.stream().map(CadenceFinding::window).toList();
  }

  @Nested
  @DisplayName("PRO-4 / P-CADENCE: AT_LEAST_QUARTERLY (每季度至少公开一次)")
  class Quarterly {

    @ParameterizedTest(name = "duty from {0}, checked {1}: {2} quarter(s) missed")
    @CsvSource({
      // Q1 has 02-10, Q3 has 08-05, Q2 has nothing
      "2026-01-01, 2026-06-30, 0",
      "2026-01-01, 2026-07-01, 1",
      "2026-01-01, 2026-09-30, 1",
      "2026-01-01, 2026-10-01, 1",
      "2026-01-01, 2026-12-31, 1",
    })
    @DisplayName(
        "P-CADENCE [convention]: a quarter is checked once its last day is before the day of the"
            + " check")
    void endedQuarters(LocalDate formed, LocalDate on, int missed) {
      PublicationRecord routine =
          record(BUREAU, Cadence.AT_LEAST_QUARTERLY, formed, TUE_2026_02_10, WED_2026_08_05);
      List<CadenceFinding> findings = check(routine, on);
      assertThat(findings).hasSize(missed);
      assertThat(findings)
          .allSatisfy(
              finding -> {
                assertThat(finding.kind()).isEqualTo(CadenceFinding.Kind.QUARTER_MISSED);
                assertThat(finding.window())
                    .isEqualTo(LocalDateRange.ofClosed(LocalDate.of(2026, 4, 1), TUE_2026_06_30));
                assertThat(finding.reason())
                    .isEqualTo("每季度至少公开一次: no publication in 2026年第2季度 (2026-04-01..2026-06-30)");
                assertThat(finding.lateness()).isEmpty();
                assertThat(finding.period()).isEmpty();
                assertThat(finding.citations())
                    .containsExactly(Cadence.AT_LEAST_QUARTERLY.citation());
              });
    }

    @Test
    @DisplayName(
        "P-CADENCE [convention]: the first quarter required is the first that begins on or after"
            + " the duty")
    void firstRequiredQuarter() {
      assertThat(
              windows(
                  check(
                      record(BUREAU, Cadence.AT_LEAST_QUARTERLY, THU_2026_01_01, WED_2026_08_05),
                      THU_2026_10_01)))
          .containsExactly(
              LocalDateRange.ofClosed(THU_2026_01_01, TUE_2026_03_31),
              LocalDateRange.ofClosed(LocalDate.of(2026, 4, 1), TUE_2026_06_30));
      assertThat(
              windows(
                  check(
                      record(BUREAU, Cadence.AT_LEAST_QUARTERLY, FRI_2026_01_02, WED_2026_08_05),
                      THU_2026_10_01)))
          .containsExactly(LocalDateRange.ofClosed(LocalDate.of(2026, 4, 1), TUE_2026_06_30));
    }

    @Test
    @DisplayName("P-CADENCE: a revocation ends the duty; quarters ending after it are not required")
    void revoked() {
      PublicationRecord routine =
          PublicationRecord.builder()
              .from(record(BUREAU, Cadence.AT_LEAST_QUARTERLY, THU_2026_01_01, TUE_2026_02_10))
              .revokedOn(WED_2026_07_15)
              .build();
      assertThat(windows(check(routine, LocalDate.of(2026, 12, 31))))
          .containsExactly(LocalDateRange.ofClosed(LocalDate.of(2026, 4, 1), TUE_2026_06_30));
    }
  }

  @Nested
  @DisplayName("PRO-4 / P-CADENCE: WEEKLY_ZERO_REPORT (零报告，每周一报)")
  class Weekly {

    private final PublicationRecord reports =
        record(
            TOWN,
            Cadence.WEEKLY_ZERO_REPORT,
            WED_2026_09_02,
            FRI_2026_09_11,
            FRI_2026_09_18,
            THU_2026_09_24,
            FRI_2026_10_09);

    @Test
    @DisplayName(
        "P-CADENCE [convention]: whole weeks Monday–Sunday from the first Monday; 国庆节 week not"
            + " exempt")
    void missedWeek() {
      List<CadenceFinding> findings = check(reports, MON_2026_10_12);
      assertThat(findings).hasSize(1);
      CadenceFinding finding = findings.get(0);
      assertThat(finding.kind()).isEqualTo(CadenceFinding.Kind.WEEK_MISSED);
      assertThat(finding.kind().label()).isEqualTo("当周未报送（含零报告）");
      assertThat(finding.window())
          .isEqualTo(LocalDateRange.ofClosed(MON_2026_09_28, LocalDate.of(2026, 10, 4)));
      assertThat(finding.reason())
          .isEqualTo("零报告制度，每周一报: no report or zero report in the week 2026-09-28..2026-10-04");
      assertThat(finding.citations().get(0).wording()).isEqualTo("公开动态信息报送要建立零报告制度，做到每周一报。");
    }

    @Test
    @DisplayName(
        "P-CADENCE [convention]: a week is checked once its Sunday is before the day of the check")
    void weekEnds() {
      assertThat(check(reports, LocalDate.of(2026, 10, 4))).isEmpty();
      assertThat(check(reports, SUN_2026_10_11)).hasSize(1);
      assertThat(check(record(TOWN, Cadence.WEEKLY_ZERO_REPORT, WED_2026_09_02), MON_2026_10_12))
          .hasSize(5);
    }
  }

  @Nested
  @DisplayName("PRO-4 / P-CADENCE: BY_STAGE (逐段公开)")
  class Stages {

    private final PublicationRecord project =
        PublicationRecord.builder()
            .item(item("城区道路改造工程", "IDX-STAGE", SUN_2026_03_01, BUREAU))
            .cadence(Cadence.BY_STAGE)
            .addStageEnds(TUE_2026_03_31, TUE_2026_06_30, WED_2026_09_30)
            .addPublishedOn(MON_2026_04_20, WED_2026_08_05)
            .build();

    @Test
    @DisplayName(
        "P-CADENCE / P-PROACTIVE: each ended stage within 20 working days of its end, lateness"
            + " counted")
    void stages() {
      List<CadenceFinding> findings = check(project, TUE_2026_11_10);
      assertThat(findings).hasSize(2);
      CadenceFinding late = findings.get(0);
      assertThat(late.kind()).isEqualTo(CadenceFinding.Kind.OVERDUE);
      assertThat(late.rule()).isEqualTo(Rules.PRO_4);
      assertThat(late.window()).isEqualTo(LocalDateRange.ofClosed(TUE_2026_06_30, TUE_2026_07_28));
      assertThat(late.publishedOn()).contains(WED_2026_08_05);
      assertThat(late.period()).contains(LegalPeriods.P_PROACTIVE);
      assertThat(late.lateness().orElseThrow().workingDaysLate()).isEqualTo(6);
      assertThat(late.reason())
          .isEqualTo(
              "逐段公开: stage ended 2026-06-30, due 2026-07-28 (P-PROACTIVE); published 2026-08-05,"
                  + " late by 6 working days");
      assertThat(late.citations()).hasSize(4);
      assertThat(late.citations().get(0)).isEqualTo(Cadence.BY_STAGE.citation());
      assertThat(late.citations().subList(1, 4)).isEqualTo(LegalPeriods.P_PROACTIVE.citations());
      CadenceFinding unpublished = findings.get(1);
      assertThat(unpublished.window())
          .isEqualTo(LocalDateRange.ofClosed(WED_2026_09_30, TUE_2026_11_03));
      assertThat(unpublished.publishedOn()).isEmpty();
      assertThat(unpublished.lateness().orElseThrow().workingDaysLate()).isEqualTo(5);
      assertThat(unpublished.reason())
          .contains("not published by 2026-11-10, late by 5 working days");
      assertThat(check(project, TUE_2026_11_03)).hasSize(1);
    }

    @Test
    @DisplayName(
        "BY_STAGE [convention]: one publication on or after several stage ends covers them all")
    void onePublicationCoversStages() {
      PublicationRecord combined =
          PublicationRecord.builder()
              .item(item("城区道路改造工程", "IDX-STAGE", SUN_2026_03_01, BUREAU))
              .cadence(Cadence.BY_STAGE)
              .addStageEnds(TUE_2026_03_31, TUE_2026_06_30)
              .addPublishedOn(FRI_2026_07_10)
              .build();
      List<CadenceFinding> findings = check(combined, LocalDate.of(2026, 8, 1));
      assertThat(findings).hasSize(1);
      assertThat(findings.get(0).window().getStart()).isEqualTo(TUE_2026_03_31);
      assertThat(findings.get(0).lateness().orElseThrow().workingDaysLate()).isEqualTo(49);
    }
  }

  @Nested
  @DisplayName("PRO-4 / P-CADENCE: PROMPTLY (及时公开) and LONG_TERM (长期公开)")
  class Deadlines {

    @ParameterizedTest(name = "checked {0}: overdue {1}")
    @CsvSource({"2026-10-30, false", "2026-10-31, true", "2026-11-02, true"})
    @DisplayName(
        "P-CADENCE PROMPTLY [convention]: 及时 has no number; the 20-working-day outer bound applies")
    void promptly(LocalDate on, boolean overdue) {
      PublicationRecord notice = record(COUNTY, Cadence.PROMPTLY, MON_2026_09_28);
      assertThat(check(notice, on)).hasSize(overdue ? 1 : 0);
    }

    @Test
    @DisplayName("P-CADENCE PROMPTLY: the finding says why, with the convention and the lateness")
    void promptlyReason() {
      CadenceFinding finding =
          check(record(COUNTY, Cadence.PROMPTLY, MON_2026_09_28), MON_2026_11_02).get(0);
      assertThat(finding.reason())
          .isEqualTo(
              "及时公开 ([convention] 及时 sets no number of days; the outer bound P-PROACTIVE applies):"
                  + " formed 2026-09-28, due 2026-10-30 (P-PROACTIVE); not published by 2026-11-02,"
                  + " late by 1 working days");
      assertThat(finding.lateness().orElseThrow().dueDate()).isEqualTo(FRI_2026_10_30);
      assertThat(finding)
          .hasToString("[PRO-4] 未按时公开 '及时公开事项' (索引号 IDX-PROMPTLY): " + finding.reason());
    }

    @Test
    @DisplayName("P-CADENCE [convention]: the history is read as it stood on the day of the check")
    void asOfTheCheck() {
      PublicationRecord notice = record(COUNTY, Cadence.PROMPTLY, MON_2026_09_28, THU_2026_11_05);
      CadenceFinding before = check(notice, MON_2026_11_02).get(0);
      assertThat(before.publishedOn()).isEmpty();
      assertThat(before.lateness().orElseThrow().workingDaysLate()).isEqualTo(1);
      CadenceFinding after = check(notice, THU_2026_11_05).get(0);
      assertThat(after.publishedOn()).contains(THU_2026_11_05);
      assertThat(after.lateness().orElseThrow().workingDaysLate()).isEqualTo(4);
      assertThat(check(notice, MON_2026_09_28.minusDays(1))).isEmpty();
    }

    @Test
    @DisplayName(
        "P-CADENCE LONG_TERM: published and never revoked; a revocation is reported from its day"
            + " on")
    void longTerm() {
      PublicationRecord rules =
          PublicationRecord.builder()
              .from(record(COUNTY, Cadence.LONG_TERM, SUN_2026_03_01, SUN_2026_03_01))
              .revokedOn(MON_2026_06_01)
              .build();
      assertThat(check(rules, MON_2026_06_01.minusDays(1))).isEmpty();
      List<CadenceFinding> findings = check(rules, WED_2026_06_10);
      assertThat(findings).hasSize(1);
      CadenceFinding revoked = findings.get(0);
      assertThat(revoked.kind()).isEqualTo(CadenceFinding.Kind.REVOKED);
      assertThat(revoked.window())
          .isEqualTo(LocalDateRange.ofClosed(MON_2026_06_01, WED_2026_06_10));
      assertThat(revoked.citations())
          .containsExactly(Cadence.LONG_TERM.citation(), ProactiveCitations.CHANGES);
      assertThat(revoked.reason()).contains("制度性、政策性的内容长期公开");
    }

    @Test
    @DisplayName("LONG_TERM / P-PROACTIVE-SCHOOL: a school's long-term item is due within 30 days")
    void schoolLongTerm() {
      PublicationRecord charter = record(SCHOOL, Cadence.LONG_TERM, TUE_2026_09_01);
      assertThat(check(charter, THU_2026_10_08)).isEmpty();
      CadenceFinding finding = check(charter, FRI_2026_10_09).get(0);
      assertThat(finding.period()).contains(LegalPeriods.P_PROACTIVE_SCHOOL);
      assertThat(finding.lateness().orElseThrow().workingDaysLate()).isEqualTo(1);
    }

    @Test
    @DisplayName(
        "PRO-4: a public enterprise's deadline cadences are refused; its quarterly ones are"
            + " checked")
    void publicEnterprise() {
      assertThatThrownBy(
              () -> check(record(WATER, Cadence.LONG_TERM, SUN_2026_03_01), WED_2026_06_10))
          .isInstanceOf(InvalidFactsException.class)
          .hasMessageContaining("PRO-3: the rules set no publication period for a 公共企事业单位");
      assertThat(
              check(
                  record(WATER, Cadence.AT_LEAST_QUARTERLY, THU_2026_01_01, TUE_2026_02_10),
                  THU_2026_10_01))
          .hasSize(2);
    }

    @Test
    @DisplayName(
        "CAL-9: a deadline that cannot yet have run out is not counted, even at the end of the"
            + " data")
    void endOfData() {
      assertThat(
              check(record(COUNTY, Cadence.PROMPTLY, SUN_2026_12_20), LocalDate.of(2026, 12, 31)))
          .isEmpty();
    }
  }

  @Nested
  @DisplayName("PRO-4: bad input")
  class BadInput {

    @Test
    @DisplayName("PRO-4: a record's contradictions are all reported at once")
    void contradictions() {
      InvalidFactsException refused =
          assertThrows(
              InvalidFactsException.class,
              () ->
                  PublicationRecord.builder()
                      .item(item("督查", "IDX-9", TUE_2026_09_01, BUREAU))
                      .cadence(Cadence.LONG_TERM)
                      .addStageEnds(WED_2026_09_30)
                      .addPublishedOn(WED_2026_09_02.minusDays(5))
                      .revokedOn(TUE_2026_09_01.minusDays(1))
                      .build());
      assertThat(refused.problems()).hasSize(4);
      assertThat(refused.problems().get(0).detail())
          .contains("only BY_STAGE (逐段公开) items have stages");
      assertThat(refused.problems().get(1))
          .isEqualTo(
              new Problem(
                  Rules.PRO_4,
                  "publishedOn [2026-08-28] before the item's generation date 2026-09-01"));
      assertThat(refused.problems().get(2))
          .isEqualTo(
              new Problem(
                  Rules.PRO_6,
                  "revokedOn 2026-08-31 is before the item's generation date 2026-09-01"));
      assertThat(refused.problems().get(3))
          .isEqualTo(
              new Problem(
                  Rules.PRO_4,
                  "stageEnds [2026-09-30] after the item was revoked or terminated on"
                      + " 2026-08-31"));
    }

    @Test
    @DisplayName(
        "PRO-4: stages that end after the item was revoked, and a stage end before the item, are"
            + " refused")
    void stagesAfterRevocation() {
      assertThatThrownBy(
              () ->
                  PublicationRecord.builder()
                      .item(item("城区道路改造工程", "IDX-STAGE", SUN_2026_03_01, BUREAU))
                      .cadence(Cadence.BY_STAGE)
                      .addStageEnds(SUN_2026_03_01.minusDays(1), TUE_2026_06_30, WED_2026_09_30)
                      .revokedOn(WED_2026_07_15)
                      .build())
          .isInstanceOf(InvalidFactsException.class)
          .hasMessageContaining("PRO-4: stageEnds [2026-02-28] before the item's generation date")
          .hasMessageContaining(
              "PRO-4: stageEnds [2026-09-30] after the item was revoked or terminated on"
                  + " 2026-07-15");
    }

    @Test
    @DisplayName("PRO-4: a record without its item or cadence is refused, naming what is missing")
    void missing() {
      assertThatThrownBy(() -> PublicationRecord.builder().cadence(Cadence.LONG_TERM).build())
          .isInstanceOf(InvalidFactsException.class)
          .hasMessageContaining("PRO-4")
          .hasMessageContaining("item");
    }

    @Test
    @DisplayName("PRO-2: two records of one history cannot share an index number")
    void duplicateIndex() {
      PublicationRecord one = record(BUREAU, Cadence.PROMPTLY, MON_2026_09_28);
      assertThatThrownBy(() -> PublicationHistory.of(List.of(one, one)))
          .isInstanceOf(InvalidFactsException.class)
          .hasMessageContaining(
              "PRO-2: index number (索引号) IDX-PROMPTLY is used by more than one record");
    }

    @Test
    @DisplayName("PRO-4: withPublication keeps the record's rules and leaves it unchanged")
    void withPublication() {
      PublicationRecord notice = record(COUNTY, Cadence.PROMPTLY, MON_2026_09_28);
      PublicationRecord published = notice.withPublication(THU_2026_10_01);
      assertThat(published.publishedOn()).containsExactly(THU_2026_10_01);
      assertThat(notice.publishedOn()).isEmpty();
      assertThatThrownBy(() -> notice.withPublication(THU_2026_09_24))
          .isInstanceOf(InvalidFactsException.class);
      assertThat(
              PublicationHistory.of(
                      List.of(notice, record(BUREAU, Cadence.LONG_TERM, MON_2026_09_28)))
                  .records())
          .hasSize(2);
    }
  }
}
