package dev.disclosure.testkit;

import static java.util.Objects.requireNonNull;

import dev.disclosure.calendar.WorkingDayCalendar;
import dev.disclosure.core.Regime;
import dev.disclosure.core.report.AnnualReport;
import dev.disclosure.core.report.Cell;
import dev.disclosure.core.report.Column;
import dev.disclosure.core.report.Publisher;
import dev.disclosure.core.report.RequestRow;
import dev.disclosure.core.report.RequestTable;
import dev.disclosure.core.report.ReviewKind;
import dev.disclosure.core.report.ReviewRecord;
import dev.disclosure.core.report.ReviewResult;
import dev.disclosure.core.request.RequestCase;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.threeten.extra.LocalDateRange;

/**
 * Generators of the annual report's tables (政府信息公开工作年度报告) and of the records they count.
 * The tables are built from generated cases, so they balance (RPT-2: new plus carried over equals
 * results plus carried forward, per column); {@link #misprintedRequestTables} loads them as a
 * report would print them, with a chosen misprint the checks must find (RPT-3).
 */
public final class Reports {

  /** The placeholders, in a fixed order so that a seed gives the same table on every JVM. */
  private static final List<String> PLACEHOLDERS =
      Cell.PLACEHOLDERS.stream().sorted().collect(Collectors.toUnmodifiableList());

  private static final Column[] APPLICANT_COLUMNS = {
    Column.NATURAL_PERSON,
    Column.COMMERCIAL_ENTERPRISE,
    Column.RESEARCH_INSTITUTION,
    Column.PUBLIC_WELFARE_ORGANIZATION,
    Column.LEGAL_SERVICE_INSTITUTION,
    Column.OTHER_ORGANIZATION
  };

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
   * Returns a generator of the requests table (第三部分, in the format of the year: {@code
   * ReportFormat.forYear}) of a year, built from up to 30 lawful cases of the regime received in
   * the year or the half year before it (so some are carried over and some carried forward), on
   * the days of that time the regime's regulation is in force (guidance opens a case only then,
   * REQ-2: OGI_2008 to 2019-05-14, OGI_2019 from 2019-05-15).
   *
   * @param regime the regime of the cases
   * @param calendar the calendar, whose data covers the half year before the year; receipts end
   *     {@value RequestHistories#RECEIPT_MARGIN} days before the end of its data at the latest, so
   *     a table of the data's last year (2026 for the official data) counts the cases received up
   *     to then, and the year after it only those of its half year before
   * @param year the statistics year
   * @return the generator
   * @throws IllegalArgumentException if the year is outside 2008..2100, the calendar's data does
   *     not cover it, or the regime is in force on no day of the year and the half year before it
   */
  public static Generator<RequestTable> requestTables(
      Regime regime, WorkingDayCalendar calendar, int year) {
    Generator<List<RequestCase>> cases = casesOf(regime, calendar, year);
    return random -> RequestTable.of(year, cases.next(random));
  }

  /**
   * Returns a generator of requests tables as a report printed them, with one misprint: a table
   * counted from lawful cases ({@link #requestTables}) is loaded cell by cell through {@link
   * RequestTable#builder} in the format of its year, and one cell is then misprinted. The counted
   * table passes {@code checks()}; the published one does not (RPT-3), and its findings name the
   * misprinted cell or its row's 总计 ({@link MisprintedTable}).
   *
   * <p>The cell is drawn uniformly: for {@link Misprint#CELL_CHANGED} among the six applicant
   * cells of every row, changed by 1 to 9 and never below 0; for {@link Misprint#TOTAL_BLANKED}
   * among the rows whose 总计 is not 0 (every row when all are 0); for {@link
   * Misprint#PLACEHOLDER} among every cell, printed as one of {@link Cell#PLACEHOLDERS}.
   *
   * @param regime the regime of the cases
   * @param calendar the calendar, as for {@link #requestTables}
   * @param year the statistics year
   * @param misprint the misprint to make
   * @return the generator
   * @throws IllegalArgumentException if the year is outside 2008..2100, the calendar's data does
   *     not cover it, or the regime is in force on no day of the year and the half year before it
   */
  public static Generator<MisprintedTable> misprintedRequestTables(
      Regime regime, WorkingDayCalendar calendar, int year, Misprint misprint) {
    requireNonNull(misprint, "misprint");
    Generator<RequestTable> tables = requestTables(regime, calendar, year);
    return random -> {
      RequestTable counted = tables.next(random);
      List<RequestRow> rows = counted.format().requestRows();
      RequestTable.Builder printed = RequestTable.builder(year, counted.format());
      for (RequestRow row : rows) {
        for (Column column : Column.values()) {
          printed.set(row, column, counted.cell(row, column));
        }
      }
      RequestRow row;
      Column column;
      switch (misprint) {
        case CELL_CHANGED -> {
          row = rows.get(random.nextInt(rows.size()));
          column = APPLICANT_COLUMNS[random.nextInt(APPLICANT_COLUMNS.length)];
          int count = counted.count(row, column);
          int delta = 1 + random.nextInt(9);
          boolean lower = delta <= count && random.nextBoolean();
          printed.set(row, column, lower ? count - delta : count + delta);
        }
        case TOTAL_BLANKED -> {
          List<RequestRow> counting =
              rows.stream().filter(r -> counted.count(r, Column.TOTAL) != 0).toList();
          List<RequestRow> candidates = counting.isEmpty() ? rows : counting;
          row = candidates.get(random.nextInt(candidates.size()));
          column = Column.TOTAL;
          printed.set(row, column, Cell.blank());
        }
        case PLACEHOLDER -> {
          row = rows.get(random.nextInt(rows.size()));
          column = Column.values()[random.nextInt(Column.values().length)];
          printed.set(
              row, column, Cell.placeholder(PLACEHOLDERS.get(random.nextInt(PLACEHOLDERS.size()))));
        }
        default -> throw new AssertionError(misprint);
      }
      return new MisprintedTable(counted, printed.build(), misprint, row, column);
    };
  }

  /**
   * Returns a generator of annual reports of a year: the requests table from up to 30 lawful
   * cases (see {@link #requestTables}) and the review table from up to 10 records ({@link
   * #reviewRecords}).
   *
   * @param regime the regime the report is written under: OGI_2008 for 2008 to 2018, OGI_2019 from
   *     2019 (a report follows the regulation in force when it falls due, RPT-3)
   * @param publisher who publishes the report
   * @param calendar the calendar of the cases
   * @param year the statistics year
   * @return the generator
   * @throws IllegalArgumentException if the year is outside 2008..2100, the calendar's data does
   *     not cover it, or the report on the year is not written under the regime
   */
  public static Generator<AnnualReport> annualReports(
      Regime regime, Publisher publisher, WorkingDayCalendar calendar, int year) {
    requireNonNull(publisher, "publisher");
    requireNonNull(regime, "regime");
    checkYear(year);
    Regime written = AnnualReport.regimeFor(year);
    if (!written.equals(regime)) {
      throw new IllegalArgumentException(
          "the report on "
              + year
              + " is written under "
              + written.id()
              + ", not "
              + regime.id()
              + " (RPT-3; OGI-2019 第五十六条)");
    }
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
    requireNonNull(regime, "regime");
    requireNonNull(calendar, "calendar");
    LocalDate from = LocalDate.of(year - 1, 7, 1);
    LocalDate dataEnd = calendar.coveredRange().getEnd();
    // receipts leave the margin a history needs before the end of the data
    LocalDate yearEnd = LocalDate.of(year + 1, 1, 1);
    LocalDate marginEnd = dataEnd.minusDays(RequestHistories.RECEIPT_MARGIN);
    LocalDate until = marginEnd.isBefore(yearEnd) ? marginEnd : yearEnd;
    if (!from.isBefore(until) || from.isBefore(calendar.coveredRange().getStart())) {
      throw new IllegalArgumentException(
          "the "
              + year
              + " report counts cases received from "
              + from
              + "; the calendar's data "
              + calendar.coveredRange()
              + " holds none with "
              + RequestHistories.RECEIPT_MARGIN
              + " days after it; valid years: 2008 to "
              + dataEnd.getYear());
    }
    LocalDateRange received = LocalDateRange.of(from, until);
    LocalDateRange inForce = RequestHistories.inForce(regime);
    if (!received.overlaps(inForce)) {
      throw new IllegalArgumentException(
          "no case under "
              + regime.id()
              + " is received from "
              + from
              + " to "
              + until.minusDays(1)
              + " for the "
              + year
              + " report: the regime is in force "
              + RequestHistories.describe(inForce)
              + " (REQ-2)");
    }
    Generator<RequestCase> histories =
        RequestHistories.lawful(
            regime, calendar, received.intersection(inForce), RequestHistories.DEFAULT_MAX_STEPS);
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
