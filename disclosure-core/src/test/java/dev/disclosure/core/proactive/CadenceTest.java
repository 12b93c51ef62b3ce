package dev.disclosure.core.proactive;

import static dev.disclosure.core.Renderings.chinese;
import static dev.disclosure.core.Renderings.english;
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

import dev.disclosure.calendar.Citation;
import dev.disclosure.calendar.Finding;
import dev.disclosure.calendar.FindingKind;
import dev.disclosure.calendar.Language;
import dev.disclosure.calendar.Quantity;
import dev.disclosure.core.Agency;
import dev.disclosure.core.InvalidFactsException.Problem;
import dev.disclosure.core.InvalidFactsException;
import dev.disclosure.core.Renderings;
import dev.disclosure.core.law.Cadence;
import dev.disclosure.core.law.LegalPeriods;
import dev.disclosure.core.law.Rules;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
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

  /** The findings of one record's history on a day, breaches and conventions. */
  private static List<Finding> findings(PublicationRecord record, LocalDate on) {
    List<Finding> findings = PublicationHistory.of(List.of(record)).findingsOn(OFFICIAL, on);
    assertThat(record.findingsOn(OFFICIAL, on)).isEqualTo(findings);
    findings.forEach(Renderings::english);
    return findings;
  }

  /** The breaches of one record's history on a day. */
  private static List<Finding> check(PublicationRecord record, LocalDate on) {
    return findings(record, on).stream()
        .filter(finding -> finding.kind() == FindingKind.BROKEN)
        .toList();
  }

  /** The dates concerned: from the start of the period or quarter or week to its end. */
  private static LocalDateRange window(Finding finding) {
    return LocalDateRange.ofClosed(finding.dates().get(0), finding.dates().get(1));
  }

  private static List<LocalDateRange> windows(List<Finding> findings) {
    return findings.stream().map(CadenceTest::window).toList();
  }

  /** The provisions in English, as a rendering cites them. */
  private static String englishReferences(List<Citation> citations) {
    return citations.stream().map(Language.ENGLISH::reference).collect(Collectors.joining("; "));
  }

  /** The working days a missed deadline is late by: its last quantity. */
  private static long workingDaysLate(Finding finding) {
    Quantity late = finding.quantities().get(finding.quantities().size() - 1);
    assertThat(late.unit()).isEqualTo(Quantity.Unit.WORKING_DAYS);
    return late.amount().longValueExact();
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
      List<Finding> findings = findings(routine, on);
      assertThat(findings).hasSize(missed);
      assertThat(findings)
          .allSatisfy(
              finding -> {
                assertThat(finding.rule()).isEqualTo(Rules.PRO_4);
                assertThat(finding.kind()).isEqualTo(FindingKind.BROKEN);
                assertThat(window(finding))
                    .isEqualTo(LocalDateRange.ofClosed(LocalDate.of(2026, 4, 1), TUE_2026_06_30));
                assertThat(finding.quantities()).isEmpty();
                assertThat(finding.citations())
                    .containsExactly(Cadence.AT_LEAST_QUARTERLY.citation());
                assertThat(chinese(finding))
                    .isEqualTo(
                        "[PRO-4 违反] “每季度至少公开一次事项”（索引号IDX-AT_LEAST_QUARTERLY）每季度至少公开一次："
                            + "2026年第2季度（2026年4月1日至2026年6月30日）未公开"
                            + "（依据《开展政务公开和办事公开示范点建设方案》等篇（来源文件001）明确政务公开的时间）");
                assertThat(english(finding))
                    .isEqualTo(
                        "[PRO-4, broken] the item (as recorded), to be published at least once a"
                            + " quarter: no publication in quarter 2 of 2026 (2026-04-01 to"
                            + " 2026-06-30) (Source document 001 (plan for demonstration sites of open go"
                            + "vernment affairs and open administration))");
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
      List<Finding> findings = check(reports, MON_2026_10_12);
      assertThat(findings).hasSize(1);
      Finding finding = findings.get(0);
      assertThat(finding.kind()).isEqualTo(FindingKind.BROKEN);
      assertThat(window(finding))
          .isEqualTo(LocalDateRange.ofClosed(MON_2026_09_28, LocalDate.of(2026, 10, 4)));
      assertThat(finding.what().toString())
          .isEqualTo(
              "“零报告制度，每周一报事项”（索引号IDX-WEEKLY_ZERO_REPORT）零报告制度，每周一报："
                  + "2026年9月28日至2026年10月4日当周未报送（含零报告）");
      assertThat(Language.ENGLISH.render(finding.what()))
          .isEqualTo(
              "the item (as recorded), to be reported every week, with a zero report when there is"
                  + " nothing to report: no report or zero report in the week 2026-09-28 to"
                  + " 2026-10-04");
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
      List<Finding> findings = findings(project, TUE_2026_11_10);
      assertThat(findings).hasSize(2);
      Finding late = findings.get(0);
      assertThat(late.kind()).isEqualTo(FindingKind.BROKEN);
      assertThat(late.rule()).isEqualTo(Rules.PRO_4);
      assertThat(late.dates()).containsExactly(TUE_2026_06_30, TUE_2026_07_28, WED_2026_08_05);
      assertThat(late.quantities())
          .containsExactly(
              Quantity.of(20, Quantity.Unit.WORKING_DAYS),
              Quantity.of(6, Quantity.Unit.WORKING_DAYS));
      assertThat(late.what().values()).contains(LegalPeriods.P_PROACTIVE_2019.id());
      assertThat(late.what().toString())
          .isEqualTo(
              "“城区道路改造工程”（索引号IDX-STAGE）逐段公开：阶段于2026年6月30日结束，应在20个工作日内公开"
                  + "（P-PROACTIVE），期限届满日为2026年7月28日；2026年8月5日公开，逾期6个工作日");
      assertThat(Language.ENGLISH.render(late.what()))
          .isEqualTo(
              "the item (as recorded), to be published stage by stage: stage ended 2026-06-30, due"
                  + " within 20 working days (P-PROACTIVE) by 2026-07-28; published 2026-08-05,"
                  + " late by 6 working days");
      assertThat(late.citations()).hasSize(2); // the 2026 stage: OGI-2019 第二十六条 alone
      assertThat(late.citations().get(0)).isEqualTo(Cadence.BY_STAGE.citation());
      assertThat(late.citations().subList(1, 2)).isEqualTo(LegalPeriods.P_PROACTIVE_2019.citations());
      Finding unpublished = findings.get(1);
      assertThat(window(unpublished))
          .isEqualTo(LocalDateRange.ofClosed(WED_2026_09_30, TUE_2026_11_03));
      assertThat(unpublished.dates()).last().isEqualTo(TUE_2026_11_10);
      assertThat(workingDaysLate(unpublished)).isEqualTo(5);
      assertThat(english(unpublished))
          .contains("not published by 2026-11-10, late by 5 working days");
      assertThat(chinese(unpublished)).contains("截至2026年11月10日未公开，逾期5个工作日");
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
      List<Finding> findings = check(combined, LocalDate.of(2026, 8, 1));
      assertThat(findings).hasSize(1);
      assertThat(window(findings.get(0)).getStart()).isEqualTo(TUE_2026_03_31);
      assertThat(workingDaysLate(findings.get(0))).isEqualTo(49);
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
    @DisplayName(
        "P-CADENCE PROMPTLY: the convention, then the breach with its dates and lateness, in both"
            + " languages")
    void promptlyReason() {
      List<Finding> findings =
          findings(record(COUNTY, Cadence.PROMPTLY, MON_2026_09_28), MON_2026_11_02);
      assertThat(findings).extracting(Finding::kind)
          .containsExactly(FindingKind.CONVENTION, FindingKind.BROKEN);
      assertThat(chinese(findings))
          .isEqualTo(
              "[PRO-4 约定] “及时公开事项”（索引号IDX-PROMPTLY）：“及时”未规定具体天数，以P-PROACTIVE的20个工作日为最长期限"
                  + "（依据《开展政务公开和办事公开示范点建设方案》等篇（来源文件001）明确政务公开的时间）\n"
                  + "[PRO-4 违反] “及时公开事项”（索引号IDX-PROMPTLY）及时公开：2026年9月28日形成，应在20个工作日内公开"
                  + "（P-PROACTIVE），期限届满日为2026年10月30日；截至2026年11月2日未公开，逾期1个工作日"
                  + "（依据《开展政务公开和办事公开示范点建设方案》等篇（来源文件001）明确政务公开的时间；"
                  + "《中华人民共和国政府信息公开条例》（国务院令第711号）第二十六条）");
      assertThat(english(findings))
          .isEqualTo(
              "[PRO-4, convention] the item (as recorded): \"promptly\" sets no number of days;"
                  + " the outer bound of P-PROACTIVE, 20 working days, applies ("
                  + englishReferences(findings.get(0).citations())
                  + ")\n"
                  + "[PRO-4, broken] the item (as recorded), to be published promptly: formed"
                  + " 2026-09-28, due within 20 working days (P-PROACTIVE) by 2026-10-30; not"
                  + " published by 2026-11-02, late by 1 working day ("
                  + englishReferences(findings.get(1).citations())
                  + ")");
      assertThat(findings.get(1).dates())
          .containsExactly(MON_2026_09_28, FRI_2026_10_30, MON_2026_11_02);
    }

    @Test
    @DisplayName("P-CADENCE [convention]: the history is read as it stood on the day of the check")
    void asOfTheCheck() {
      PublicationRecord notice = record(COUNTY, Cadence.PROMPTLY, MON_2026_09_28, THU_2026_11_05);
      Finding before = check(notice, MON_2026_11_02).get(0);
      assertThat(english(before)).contains("not published by 2026-11-02");
      assertThat(workingDaysLate(before)).isEqualTo(1);
      Finding after = check(notice, THU_2026_11_05).get(0);
      assertThat(english(after)).contains("published 2026-11-05").doesNotContain("not published");
      assertThat(workingDaysLate(after)).isEqualTo(4);
      assertThat(check(notice, MON_2026_09_28.minusDays(1))).isEmpty();
    }

    @Test
    @DisplayName(
        "P-CADENCE LONG_TERM / PRO-6: a revocation without review, filing and explanation is"
            + " reported from its day on, naming what is missing")
    void longTerm() {
      PublicationRecord rules =
          PublicationRecord.builder()
              .from(record(COUNTY, Cadence.LONG_TERM, SUN_2026_03_01, SUN_2026_03_01))
              .revokedOn(MON_2026_06_01)
              .build();
      assertThat(check(rules, MON_2026_06_01.minusDays(1))).isEmpty();
      List<Finding> findings = findings(rules, WED_2026_06_10);
      assertThat(findings).hasSize(1);
      Finding revoked = findings.get(0);
      assertThat(revoked.kind()).isEqualTo(FindingKind.BROKEN);
      assertThat(window(revoked))
          .isEqualTo(LocalDateRange.ofClosed(MON_2026_06_01, WED_2026_06_10));
      assertThat(revoked.citations())
          .containsExactly(Cadence.LONG_TERM.citation(), ProactiveCitations.CHANGES);
      assertThat(revoked.what().values()).contains(Rules.PRO_6);
      assertThat(revoked.rule()).isEqualTo(Rules.PRO_6);
      assertThat(chinese(revoked)).contains("未审核备案，未告知公众并作出说明");
      assertThat(english(revoked))
          .contains("revoked or terminated on 2026-06-01")
          .contains("not reviewed and filed and the public not told with an explanation")
          .contains("review, filing and public explanation of PRO-6 (checked 2026-06-10)");
      PublicationRecord explainedOnly =
          PublicationRecord.builder().from(rules).revocationExplanation("该办法已废止").build();
      assertThat(chinese(findings(explainedOnly, WED_2026_06_10).get(0)))
          .contains("未审核备案；")
          .doesNotContain("未告知公众");
    }

    @Test
    @DisplayName(
        "PRO-6 regression (002 主动公开制度二、9 变更、撤销或终止…审核备案，及时告知公众并作出说明): a revocation of"
            + " long-term content that was reviewed, filed and explained is lawful, an applied"
            + " finding")
    void lawfulRevocation() {
      PublicationRecord rules =
          PublicationRecord.builder()
              .from(record(COUNTY, Cadence.LONG_TERM, SUN_2026_03_01, SUN_2026_03_01))
              .revokedOn(MON_2026_06_01)
              .revocationReviewedAndFiled(true)
              .revocationExplanation("该办法已被新办法取代")
              .build();
      List<Finding> findings = findings(rules, WED_2026_06_10);
      assertThat(findings).hasSize(1);
      assertThat(findings.get(0).kind()).isEqualTo(FindingKind.APPLIED);
      assertThat(findings.get(0).rule()).isEqualTo(Rules.PRO_6);
      assertThat(findings.get(0).citations()).containsExactly(ProactiveCitations.CHANGES);
      assertThat(chinese(findings.get(0)))
          .contains("于2026年6月1日被撤销或终止，已按规定审核备案，并告知公众、作出说明（该办法已被新办法取代）");
      assertThat(english(findings.get(0))).contains("reviewed and filed, and the public told");
      assertThat(findings).noneMatch(f -> f.kind() == FindingKind.BROKEN);
    }

    @Test
    @DisplayName("PRO-6: a revocation's review or explanation needs a revocation; a blank explanation is refused")
    void revocationFacts() {
      PublicationRecord plain = record(COUNTY, Cadence.LONG_TERM, SUN_2026_03_01, SUN_2026_03_01);
      assertThatThrownBy(
              () -> PublicationRecord.builder().from(plain).revocationReviewedAndFiled(true).build())
          .isInstanceOf(InvalidFactsException.class)
          .hasMessageContaining("no revokedOn date");
      assertThatThrownBy(
              () ->
                  PublicationRecord.builder()
                      .from(plain)
                      .revokedOn(MON_2026_06_01)
                      .revocationExplanation(" ")
                      .build())
          .isInstanceOf(InvalidFactsException.class)
          .hasMessageContaining("revocationExplanation is blank");
    }

    @Test
    @DisplayName("LONG_TERM / P-PROACTIVE-SCHOOL: a school's long-term item is due within 30 days")
    void schoolLongTerm() {
      PublicationRecord charter = record(SCHOOL, Cadence.LONG_TERM, TUE_2026_09_01);
      assertThat(check(charter, THU_2026_10_08)).isEmpty();
      Finding finding = check(charter, FRI_2026_10_09).get(0);
      assertThat(finding.what().values()).contains(LegalPeriods.P_PROACTIVE_SCHOOL.id());
      assertThat(finding.quantities()).first().isEqualTo(Quantity.of(30, Quantity.Unit.DAYS));
      assertThat(workingDaysLate(finding)).isEqualTo(1);
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
