package dev.disclosure.core.report;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Range;
import dev.disclosure.calendar.AnnualDeadline;
import dev.disclosure.calendar.Phrase;
import dev.disclosure.calendar.RuleId;
import dev.disclosure.core.Regime;
import dev.disclosure.core.law.LegalPeriods;
import dev.disclosure.core.law.Rules;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * What an annual report is under a regime (年度报告规则表): its format rule, its headings in order, the
 * publication deadline for each {@link Publisher}, and whether its text states the request counts.
 * {@link AnnualReport} reads this table and does not branch on the regime.
 *
 * <ul>
 *   <li>{@link Regime#OGI_2008}: RPT-1, the seven parts of {@link ReportPart2008} (来源文件003); every
 *       publisher by 31 March (P-ANNUAL-REPORT-2008, OGI-2008 第三十一条); the requests part states
 *       收到申请, 办结 and 不予公开 in its text [convention]; reports on 2008–2018;
 *   <li>{@link Regime#OGI_2019}: RPT-2, the six sections of {@link ReportSection} (RPT-2021);
 *       departments by 31 January, governments by 31 March (P-ANNUAL-REPORT-2019, OGI-2019 第四十九条);
 *       the requests are stated by the table alone; reports from 2019.
 * </ul>
 *
 * <p>Resolved with {@link #of(Regime)}. Not exported. Immutable and thread-safe.
 */
@Value.Immutable
abstract class ReportRules {

  private static final ImmutableMap<Regime, ReportRules> BY_REGIME =
      ImmutableMap.of(
          Regime.OGI_2008,
          ImmutableReportRules.builder()
              .formatRule(Rules.RPT_1)
              .addAllHeadings(
                  Arrays.stream(ReportPart2008.values()).map(ReportPart2008::label).toList())
              .putDeadlines(Publisher.DEPARTMENT, LegalPeriods.P_ANNUAL_REPORT_2008)
              .putDeadlines(Publisher.GOVERNMENT, LegalPeriods.P_ANNUAL_REPORT_2008)
              .statesRequestCountsInText(true)
              .reportYears(Range.closed(StatisticsYears.FIRST, 2018))
              .build(),
          Regime.OGI_2019,
          ImmutableReportRules.builder()
              .formatRule(Rules.RPT_2)
              .addAllHeadings(
                  Arrays.stream(ReportSection.values()).map(ReportSection::label).toList())
              .putDeadlines(Publisher.DEPARTMENT, LegalPeriods.P_ANNUAL_REPORT_2019_DEPARTMENTS)
              .putDeadlines(Publisher.GOVERNMENT, LegalPeriods.P_ANNUAL_REPORT_2019_GOVERNMENTS)
              .statesRequestCountsInText(false)
              .reportYears(Range.atLeast(2019))
              .build());

  ReportRules() {}

  /**
   * Returns the report table of a regime.
   *
   * @param regime {@link Regime#OGI_2008} or {@link Regime#OGI_2019}
   * @return the table
   */
  static ReportRules of(Regime regime) {
    requireNonNull(regime, "regime");
    return BY_REGIME.get(regime);
  }

  /** The rule of the report's format: RPT-1 (OGI_2008) or RPT-2 (OGI_2019, RPT-2021). */
  abstract RuleId formatRule();

  /** The report's headings in order: seven parts (RPT-1) or six sections (RPT-2). */
  abstract List<String> headings();

  /** The publication deadline of each publisher; every {@link Publisher} is a key. */
  abstract Map<Publisher, AnnualDeadline> deadlines();

  /**
   * Whether the report's text states the request counts (收到申请, 办结, 不予公开) beside the table: the
   * OGI_2008 requests part does [convention], the RPT-2021 report states them in its table alone.
   */
  abstract boolean statesRequestCountsInText();

  /**
   * The statistics years whose reports are written under the regime: those whose report falls due
   * while it is in force. OGI_2008 took effect 2008-05-01, so its first report is on 2008; OGI_2019
   * took effect 2019-05-15 (第五十六条), after the report on 2018 fell due (31 March 2019), so its first
   * report is on 2019 [convention: a report follows the regulation in force on its due date].
   */
  abstract Range<Integer> reportYears();

  /** Returns the name of a regime as a phrase of a finding: its label, and its id in English. */
  static Phrase name(Regime regime) {
    return Phrase.of(regime.label(), regime.id());
  }

  /** Returns the deadline of a publisher. */
  AnnualDeadline deadlineFor(Publisher publisher) {
    return deadlines().get(publisher);
  }

  @Value.Check
  void check() {
    if (!deadlines().keySet().containsAll(EnumSet.allOf(Publisher.class))) {
      throw new IllegalStateException(
          formatRule() + ": every publisher needs a deadline, got " + deadlines().keySet());
    }
    if (headings().isEmpty()) {
      throw new IllegalStateException(formatRule() + ": a report has headings");
    }
  }
}
