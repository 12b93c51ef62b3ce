package dev.disclosure.testkit;

import static java.util.Objects.requireNonNull;

import dev.disclosure.calendar.WorkingDayCalendar;
import dev.disclosure.core.Regime;
import dev.disclosure.core.report.AnnualReport;
import dev.disclosure.core.report.Publisher;
import dev.disclosure.core.report.RequestTable;
import dev.disclosure.core.report.ReviewKind;
import dev.disclosure.core.report.ReviewRecord;
import dev.disclosure.core.report.ReviewResult;
import dev.disclosure.core.request.RequestCase;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.threeten.extra.LocalDateRange;

/**
 * Generators of the annual report's tables (政府信息公开工作年度报告) and of the records they count.
 * The tables are built from generated cases, so they balance (RPT-2: new plus carried over equals
 * results plus carried forward, per column).
 */
public final class Reports {

  private Reports() {}

  /**
   * Returns a generator of reconsideration and litigation records (行政复议、行政诉讼) filed in the
   * year or the one before: a quarter still pending, the others concluded with any result on or
   * after filing, some in the following year.
   *
   * @param year the statistics year, 2008 to 2100
   * @return the generator
   * @throws IllegalArgumentException if the year is outside 2008..2100
   */
  public static Generator<ReviewRecord> reviewRecords(int year) {
    checkYear(year);
    Generator<LocalDate> filings =
        Dates.within(
            LocalDateRange.of(
                LocalDate.of(year - 1, 7, 1), LocalDate.of(year + 1, 1, 1)));
    ReviewKind[] kinds = ReviewKind.values();
    List<ReviewResult> results =
        List.of(ReviewResult.UPHELD, ReviewResult.CORRECTED, ReviewResult.OTHER);
    return random -> {
      ReviewKind kind = kinds[random.nextInt(kinds.length)];
      LocalDate filed = filings.next(random);
      if (random.nextInt(4) == 0) {
        return ReviewRecord.pending(kind, filed);
      }
      return ReviewRecord.concluded(
          kind, filed, filed.plusDays(random.nextInt(240)), results.get(random.nextInt(results.size())));
    };
  }

  /**
   * Returns a generator of the requests table (RPT-2021 第三部分) of a year, built from up to 30
   * lawful cases of the regime received in the year or the half year before it (so some are
   * carried over and some carried forward).
   *
   * @param regime the regime of the cases
   * @param calendar the calendar, whose data covers the half year before the year, the year and
   *     {@value RequestHistories#RECEIPT_MARGIN} days after it (for the official data, up to 2025;
   *     later years with {@code ChinaCalendars.officialWithEstimateThrough})
   * @param year the statistics year
   * @return the generator
   * @throws IllegalArgumentException if the year is outside 2008..2100 or the calendar's data does
   *     not cover it
   */
  public static Generator<RequestTable> requestTables(
      Regime regime, WorkingDayCalendar calendar, int year) {
    Generator<List<RequestCase>> cases = casesOf(regime, calendar, year);
    return random -> RequestTable.of(year, cases.next(random));
  }

  /**
   * Returns a generator of annual reports of a year: the requests table from up to 30 lawful
   * cases (see {@link #requestTables}) and the review table from up to 10 records ({@link
   * #reviewRecords}).
   *
   * @param regime the regime
   * @param publisher who publishes the report
   * @param calendar the calendar of the cases
   * @param year the statistics year
   * @return the generator
   * @throws IllegalArgumentException if the year is outside 2008..2100 or the calendar's data does
   *     not cover it
   */
  public static Generator<AnnualReport> annualReports(
      Regime regime, Publisher publisher, WorkingDayCalendar calendar, int year) {
    requireNonNull(publisher, "publisher");
    Generator<List<RequestCase>> cases = casesOf(regime, calendar, year);
    Generator<ReviewRecord> reviews = reviewRecords(year);
    return random -> {
      List<ReviewRecord> records = new ArrayList<>();
      for (int n = random.nextInt(11); n > 0; n--) {
        records.add(reviews.next(random));
      }
      return AnnualReport.of(regime, publisher, year, cases.next(random), records);
    };
  }

  private static Generator<List<RequestCase>> casesOf(
      Regime regime, WorkingDayCalendar calendar, int year) {
    checkYear(year);
    Generator<RequestCase> histories =
        RequestHistories.lawful(
            regime,
            calendar,
            LocalDateRange.of(LocalDate.of(year - 1, 7, 1), LocalDate.of(year + 1, 1, 1)),
            RequestHistories.DEFAULT_MAX_STEPS);
    return random -> {
      List<RequestCase> cases = new ArrayList<>();
      for (int n = random.nextInt(31); n > 0; n--) {
        cases.add(histories.next(random));
      }
      return cases;
    };
  }

  private static void checkYear(int year) {
    if (year < 2008 || year > 2100) {
      throw new IllegalArgumentException("the statistics year is 2008 to 2100; got " + year);
    }
  }
}
