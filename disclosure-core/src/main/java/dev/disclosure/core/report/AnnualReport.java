package dev.disclosure.core.report;

import static java.util.Objects.requireNonNull;

import dev.disclosure.calendar.AnnualDeadline;
import dev.disclosure.core.Regime;
import dev.disclosure.core.law.LegalPeriods;
import dev.disclosure.core.request.OutcomeRow;
import dev.disclosure.core.request.RequestCase;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

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

  private final Regime regime;
  private final ReportRules rules;
  private final Publisher publisher;
  private final RequestTable requests;
  private final ReviewTable reviews;

  private AnnualReport(
      Regime regime, Publisher publisher, RequestTable requests, ReviewTable reviews) {
    this.regime = regime;
    this.rules = ReportRules.of(regime);
    this.publisher = publisher;
    this.requests = requests;
    this.reviews = reviews;
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
        regime, publisher, RequestTable.of(year, cases), ReviewTable.of(year, reviews));
  }

  /** Returns the regime (RPT-1 under OGI_2008, RPT-2 under OGI_2019). */
  public Regime regime() {
    return regime;
  }

  /** Returns who publishes the report. */
  public Publisher publisher() {
    return publisher;
  }

  /** Returns the statistics year. */
  public int year() {
    return requests.year();
  }

  /** Returns the requests table (收到和处理政府信息公开申请情况). */
  public RequestTable requests() {
    return requests;
  }

  /** Returns the reconsideration and litigation table (行政复议、行政诉讼情况). */
  public ReviewTable reviews() {
    return reviews;
  }

  /**
   * Returns the report's headings in order: the seven parts (RPT-1) or the six sections (RPT-2).
   */
  public List<String> headings() {
    return rules.headings();
  }

  /**
   * Returns the publication deadline rule (年度报告公布期限): P-ANNUAL-REPORT-2008 under OGI_2008, else
   * P-ANNUAL-REPORT-2019 for departments (31 January) or governments (31 March).
   */
  public AnnualDeadline deadline() {
    return rules.deadlineFor(publisher);
  }

  /** Returns the last day to publish the report, e.g. 2027-01-31 for a department's 2026 report. */
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

  /** Returns the deadline and the counted figures with their counting rules. */
  public String explain() {
    AnnualDeadline rule = deadline();
    StringBuilder text =
        new StringBuilder(year() + "年度政府信息公开工作年度报告（")
            .append(rules.formatRule())
            .append("）：")
            .append(rule.id())
            .append(" ")
            .append(rule.wording())
            .append("（")
            .append(rule.citations().get(0).toReference())
            .append("）→ ")
            .append(dueDate())
            .append('\n')
            .append(requests.explain());
    if (rules.statesRequestCountsInText()) {
      text.append("\n收到申请 ")
          .append(requests.newThisYear(Column.TOTAL))
          .append("，办结 ")
          .append(requests.resultsTotal(Column.TOTAL))
          .append("，其中不予公开 ")
          .append(requests.result(OutcomeRow.Category.NOT_DISCLOSED, Column.TOTAL));
    }
    text.append("\n行政复议 ")
        .append(reviews.count(ReviewKind.RECONSIDERATION, ReviewResult.TOTAL))
        .append("，行政诉讼 ")
        .append(reviews.litigation(ReviewResult.TOTAL));
    return text.toString();
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof AnnualReport other
        && regime.equals(other.regime)
        && publisher == other.publisher
        && requests.equals(other.requests)
        && reviews.equals(other.reviews);
  }

  @Override
  public int hashCode() {
    return Objects.hash(regime, publisher, requests, reviews);
  }

  /** Returns e.g. {@code AnnualReport[OGI_2019 2026, due 2027-01-31]}. */
  @Override
  public String toString() {
    return "AnnualReport[" + regime.id() + " " + year() + ", due " + dueDate() + "]";
  }
}
