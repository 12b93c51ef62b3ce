package dev.disclosure.core.report;

import static java.util.Objects.requireNonNull;

import dev.disclosure.calendar.AnnualDeadline;
import dev.disclosure.calendar.Citation;
import dev.disclosure.calendar.Finding;
import dev.disclosure.calendar.FindingKind;
import dev.disclosure.calendar.Language;
import dev.disclosure.calendar.Phrase;
import dev.disclosure.calendar.Quantity;
import dev.disclosure.core.Regime;
import dev.disclosure.core.law.LegalSources;
import dev.disclosure.core.law.Rules;
import dev.disclosure.core.request.OutcomeRow;
import dev.disclosure.core.request.RequestCase;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A year's annual report on government-information disclosure (政府信息公开工作年度报告) under a regime: its
 * headings (the seven parts of RPT-1 under OGI_2008, the six sections of RPT-2 under OGI_2019), the
 * counted tables and the publication deadline (P-ANNUAL-REPORT-2008, P-ANNUAL-REPORT-2019).
 *
 * <p>The narrative parts (概述, 主动公开, 收费, 问题与改进, 其他) are written by the agency; this class counts the
 * requests and the reconsiderations and lawsuits. Under OGI_2008 the requests part uses the same
 * counts as RPT-2 [convention]: 收到申请 = 本年新收, 不予公开 = the 不予公开 rows.
 *
 * <p>Immutable and thread-safe.
 */
public final class AnnualReport {

  /** OGI-2019 第五十六条: the date from which reports follow the 2019 regulation. */
  private static final Citation IN_FORCE_2019 =
      Citation.of(LegalSources.OGI_2019, "第五十六条", "本条例自2019年5月15日起施行。");

  private final Regime regime;
  private final ReportRules rules;
  private final Publisher publisher;
  private final RequestTable requests;
  private final ReviewTable reviews;
  private final ProactiveTable proactive;
  private final Narrative narrative;

  private AnnualReport(
      Regime regime,
      Publisher publisher,
      RequestTable requests,
      ReviewTable reviews,
      ProactiveTable proactive,
      Narrative narrative) {
    this.regime = regime;
    this.rules = ReportRules.of(regime);
    this.publisher = publisher;
    this.requests = requests;
    this.reviews = reviews;
    this.proactive = proactive;
    this.narrative = narrative;
  }

  /**
   * Takes in a published report (已公布的年度报告) to check it: its tables loaded from the published
   * numbers and the text that states figures beside them.
   *
   * @param regime the regime the report was written under
   * @param publisher who published it
   * @param proactive the 第二部分 table, or empty when the report has none
   * @param requests the 第三部分 requests table
   * @param reviews the 第四部分 reconsideration and litigation table
   * @param text the report's text ({@code ""} if not given), read by {@link Narrative#parse}
   * @return the report
   * @throws IllegalArgumentException if the tables are not all of the same year, or the proactive
   *     table's format differs from the requests table's
   */
  public static AnnualReport published(
      Regime regime,
      Publisher publisher,
      Optional<ProactiveTable> proactive,
      RequestTable requests,
      ReviewTable reviews,
      String text) {
    requireNonNull(regime, "regime");
    requireNonNull(publisher, "publisher");
    requireNonNull(proactive, "proactive");
    requireNonNull(requests, "requests");
    requireNonNull(reviews, "reviews");
    requireNonNull(text, "text");
    int year = requests.year();
    if (reviews.year() != year || proactive.map(ProactiveTable::year).orElse(year) != year) {
      throw new IllegalArgumentException(
          "RPT-3: a report's tables are of one year; got 第三部分 "
              + year
              + ", 第四部分 "
              + reviews.year()
              + proactive.map(p -> ", 第二部分 " + p.year()).orElse(""));
    }
    if (proactive.isPresent() && proactive.get().format() != requests.format()) {
      throw new IllegalArgumentException(
          "RPT-3: a report's tables are in one format; got 第二部分 in "
              + proactive.get().format().label()
              + " and 第三部分 in "
              + requests.format().label());
    }
    return new AnnualReport(
        regime, publisher, requests, reviews, proactive.orElse(null), Narrative.parse(text));
  }

  /**
   * Builds a year's report from its case records.
   *
   * @param regime {@link Regime#OGI_2008} (RPT-1) or {@link Regime#OGI_2019} (RPT-2)
   * @param publisher who publishes it; under OGI_2008 both publish by 31 March
   * @param year the statistics year (1 January – 31 December)
   * @param cases the request cases (依申请公开案件)
   * @param reviews the reconsiderations and lawsuits (行政复议、行政诉讼案件)
   * @return the report
   */
  public static AnnualReport of(
      Regime regime,
      Publisher publisher,
      int year,
      Iterable<RequestCase> cases,
      Iterable<ReviewRecord> reviews) {
    requireNonNull(regime, "regime");
    requireNonNull(publisher, "publisher");
    requireNonNull(cases, "cases");
    requireNonNull(reviews, "reviews");
    return new AnnualReport(
        regime, publisher, RequestTable.of(year, cases), ReviewTable.of(year, reviews), null, null);
  }

  /** {@return the regime (RPT-1 under OGI_2008, RPT-2 under OGI_2019)} */
  public Regime regime() {
    return regime;
  }

  /** {@return who publishes the report} */
  public Publisher publisher() {
    return publisher;
  }

  /** {@return the statistics year} */
  public int year() {
    return requests.year();
  }

  /** {@return the requests table (收到和处理政府信息公开申请情况)} */
  public RequestTable requests() {
    return requests;
  }

  /** {@return the reconsideration and litigation table (行政复议、行政诉讼情况)} */
  public ReviewTable reviews() {
    return reviews;
  }

  /** {@return the proactive-disclosure table (主动公开政府信息情况), if the report was loaded with one} */
  public Optional<ProactiveTable> proactive() {
    return Optional.ofNullable(proactive);
  }

  /** {@return the figures of the report's text, if the report was loaded from a published one} */
  public Optional<Narrative> narrative() {
    return Optional.ofNullable(narrative);
  }

  /**
   * Checks the report (RPT-3): whether its regime is the one its year's reports are written under
   * (on 2008–2018 OGI_2008, from 2019 OGI_2019: the 2019 regulation took effect on 2019-05-15,
   * 第五十六条, after the report on 2018 fell due; a report follows the regulation in force on its due
   * date [convention]), each table's checks ({@link ProactiveTable#checks()}, {@link
   * RequestTable#checks()}, {@link ReviewTable#checks()}), then the figures of its text against the
   * tables ({@link Narrative#check}). A report built from cases under its year's regime returns no
   * findings.
   *
   * @return the findings, empty when every check passes
   */
  public List<Finding> checks() {
    List<Finding> findings = new ArrayList<>();
    if (!rules.reportYears().contains(year())) {
      findings.add(regimeMismatch());
    }
    if (proactive != null) {
      findings.addAll(proactive.checks());
    }
    findings.addAll(requests.checks());
    findings.addAll(reviews.checks());
    if (narrative != null) {
      findings.addAll(narrative.check(proactive(), requests, reviews));
    }
    return List.copyOf(findings);
  }

  /**
   * Returns the regime a report on a statistics year is written under (RPT-3): OGI_2008 for 2008 to
   * 2018, OGI_2019 from 2019. [convention] A report follows the regulation in force when it falls
   * due: OGI-2019 took effect 2019-05-15 (第五十六条), after the report on 2018 fell due.
   *
   * @param year the statistics year, 2008 to 2100
   * @return the regime
   * @throws dev.disclosure.core.InvalidFactsException if the year is outside 2008..2100 (RPT-2)
   */
  public static Regime regimeFor(int year) {
    StatisticsYears.check(year, "annual report");
    return Regime.values().stream()
        .filter(regime -> ReportRules.of(regime).reportYears().contains(year))
        .findFirst()
        .orElseThrow(); // one regime covers each year of 2008..2100
  }

  /**
   * The report's year falls outside the years its regime's reports cover: a report on 2018 or
   * before is written under OGI_2008, one on 2019 or later under OGI_2019 (第五十六条: in force
   * 2019-05-15, after the report on 2018 fell due).
   */
  private Finding regimeMismatch() {
    Regime expected = regimeFor(year());
    return Finding.of(
        Rules.RPT_3,
        FindingKind.BROKEN,
        Phrase.of(
            "{0}年度报告应按{1}编写，而报告按{2}编写",
            "the report on {0} is written under {1}, but this one is written under {2}",
            year(),
            ReportRules.name(expected),
            ReportRules.name(regime)),
        List.of(IN_FORCE_2019));
  }

  /**
   * Checks this report against the same agency's report of the year before (RPT-3): this year's
   * 上年结转 equals last year's 结转下年度继续办理, column by column ({@link RequestTable#checkFollows}).
   *
   * @param previous the report of {@code year() - 1}
   * @return the findings, empty when they agree
   * @throws IllegalArgumentException if {@code previous} is not of the year before
   */
  public List<Finding> checkFollows(AnnualReport previous) {
    requireNonNull(previous, "previous");
    return requests.checkFollows(previous.requests);
  }

  /**
   * Prints the report's headings in order with the tables under theirs: the second, third and
   * fourth headings (主动公开, 依申请公开 / 收到和处理申请, 行政复议、行政诉讼) carry the proactive table (if any), the
   * requests table and the reconsideration and litigation table, under both regimes; the other
   * parts are the agency's text and print as headings only.
   *
   * @param style text, Markdown, CSV or HTML
   * @return the printed report
   */
  public String print(TableStyle style) {
    requireNonNull(style, "style");
    StringBuilder out = new StringBuilder();
    List<String> headings = headings();
    for (int i = 0; i < headings.size(); i++) {
      out.append(heading(style, headings.get(i)));
      String table =
          switch (i) {
            case 1 -> proactive == null ? "" : proactive.print(style);
            case 2 -> requests.print(style);
            case 3 -> reviews.print(style);
            default -> "";
          };
      out.append(table);
      if (!table.isEmpty() && style != TableStyle.CSV) {
        out.append('\n');
      }
    }
    return out.toString();
  }

  private static String heading(TableStyle style, String heading) {
    return switch (style) {
      case TEXT -> heading + "\n\n";
      case MARKDOWN -> "## " + heading + "\n\n";
      case CSV -> Grid.quote(heading) + "\r\n";
      case HTML -> "<h2>" + heading.replace("&", "&amp;").replace("<", "&lt;") + "</h2>\n";
    };
  }

  /**
   * {@return the report's headings in order: the seven parts (RPT-1) or the six sections (RPT-2)}
   */
  public List<String> headings() {
    return rules.headings();
  }

  /**
   * {@return the publication deadline rule (年度报告公布期限): P-ANNUAL-REPORT-2008 under OGI_2008, else
   * P-ANNUAL-REPORT-2019 for departments (31 January) or governments (31 March)}
   */
  public AnnualDeadline deadline() {
    return rules.deadlineFor(publisher);
  }

  /** {@return the last day to publish the report, for example 2027-01-31 for a department's 2026 report} */
  public LocalDate dueDate() {
    return deadline().dueFor(year());
  }

  /**
   * Returns whether a publication on a date is on time (按时公布).
   *
   * @param publishedOn the day the report was published
   * @return whether it is no later than {@link #dueDate()}
   */
  public boolean isOnTime(LocalDate publishedOn) {
    requireNonNull(publishedOn, "publishedOn");
    return !publishedOn.isAfter(dueDate());
  }

  /**
   * Returns the findings: the publication deadline (P-ANNUAL-REPORT-2008 or -2019, with its date
   * and provision), the requests table's findings, under OGI_2008 the request counts the report's
   * text states (RPT-1, a stated convention), and the reconsideration and litigation table's
   * findings.
   *
   * @return the findings, in order
   */
  public List<Finding> findings() {
    AnnualDeadline rule = deadline();
    List<Finding> findings = new ArrayList<>();
    findings.add(
        Finding.of(
            rule.id(),
            FindingKind.APPLIED,
            Phrase.of(
                "{0}年度政府信息公开工作年度报告（{1}）应于{2}前公布",
                "the annual report on government information disclosure for {0} ({1}) is published"
                    + " by {2}",
                year(),
                rules.formatRule(),
                dueDate()),
            rule.citations()));
    findings.addAll(requests.findings());
    if (rules.statesRequestCountsInText()) {
      findings.add(
          Finding.of(
              rules.formatRule(),
              FindingKind.CONVENTION,
              Phrase.of(
                  "报告正文：收到申请{0}，办结{1}，其中不予公开{2}",
                  "stated in the text: requests received {0}, closed {1}, of which not disclosed"
                      + " {2}",
                  items(requests.newThisYear(Column.TOTAL)),
                  items(requests.resultsTotal(Column.TOTAL)),
                  items(requests.result(OutcomeRow.Category.NOT_DISCLOSED, Column.TOTAL))),
              List.of()));
    }
    findings.addAll(reviews.findings());
    return List.copyOf(findings);
  }

  private static Quantity items(long count) {
    return Quantity.of(count, Quantity.Unit.ITEMS);
  }

  /**
   * Returns the deadline and the counted figures with their counting rules in Chinese, one finding
   * per line.
   *
   * @return the explanation
   */
  public String explain() {
    return explain(Language.CHINESE);
  }

  /**
   * Returns the deadline and the counted figures with their counting rules in a language, one
   * finding per line.
   *
   * @param language Chinese or English
   * @return the explanation
   */
  public String explain(Language language) {
    requireNonNull(language, "language");
    return language.render(findings());
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof AnnualReport other
        && regime.equals(other.regime)
        && publisher == other.publisher
        && requests.equals(other.requests)
        && reviews.equals(other.reviews)
        && Objects.equals(proactive, other.proactive)
        && Objects.equals(narrative, other.narrative);
  }

  @Override
  public int hashCode() {
    return Objects.hash(regime, publisher, requests, reviews, proactive, narrative);
  }

  /** Returns a one-line description, for example {@code AnnualReport[OGI_2019 2026, due 2027-01-31]}. */
  @Override
  public String toString() {
    return "AnnualReport[" + regime.id() + " " + year() + ", due " + dueDate() + "]";
  }
}
