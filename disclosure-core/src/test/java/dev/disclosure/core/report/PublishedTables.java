package dev.disclosure.core.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the published tables in {@code annual-reports/} (test resources copied from the
 * independent oracle): metadata lines {@code #,key,value}, then a header and the rows. {@code NA}
 * (not visible in the stored copy) is kept as text so that a test can tell it apart; {@code —} rows
 * (not in the format) are skipped.
 */
final class PublishedTables {

  final Map<String, String> meta = new LinkedHashMap<>();
  final List<List<String>> rows = new ArrayList<>();

  private PublishedTables() {}

  static PublishedTables read(String file) {
    String text;
    try (InputStream in = PublishedTables.class.getResourceAsStream("annual-reports/" + file)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource annual-reports/" + file);
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    PublishedTables tables = new PublishedTables();
    boolean header = true;
    for (List<String> line : Grid.parseCsv(text)) {
      if (line.size() == 1 && line.get(0).isEmpty()) {
        continue;
      }
      if (line.get(0).equals("#")) {
        tables.meta.put(line.get(1), line.size() > 2 ? line.get(2) : "");
      } else if (header) {
        header = false;
      } else {
        tables.rows.add(line);
      }
    }
    return tables;
  }

  /** Returns the row whose first field ends with a label, e.g. {@code 1.属于国家秘密}. */
  static RequestRow requestRow(ReportFormat format, String path) {
    String last = path.substring(path.lastIndexOf('/') + 1);
    for (RequestRow row : format.requestRows()) {
      if (row.label().equals(last)) {
        return row;
      }
    }
    if (format == ReportFormat.TRIAL_2019 && path.startsWith("三/（六）其他处理/3.其他")) {
      return RequestRow.OTHER_PROCESSING;
    }
    return null;
  }

  /**
   * Loads a 第三部分 table; an NA cell is loaded as the text {@code NA} (a cell that is not a number),
   * so no check reads it as a published blank. Published labels that differ are given to the
   * builder.
   */
  RequestTable requests(int year, ReportFormat format) {
    RequestTable.Builder builder = RequestTable.builder(year, format);
    for (List<String> line : rows) {
      RequestRow row = requestRow(format, line.get(0));
      if (row == null || line.get(1).equals("—")) {
        continue;
      }
      for (Column column : Column.values()) {
        String printed = line.get(1 + column.ordinal());
        builder.set(row, column, Cell.parse(printed));
      }
      String published = line.size() > 8 ? line.get(8) : "";
      if (!published.isEmpty() && format == ReportFormat.FORMAT_2021) {
        builder.label(row, published);
      }
    }
    return builder.build();
  }

  /** Loads a 第四部分 table (rows 行政复议, 行政诉讼/未经复议直接起诉, 行政诉讼/复议后起诉). */
  ReviewTable reviews(int year) {
    ReviewTable.Builder builder = ReviewTable.builder(year);
    for (int k = 0; k < ReviewKind.values().length; k++) {
      builder.row(ReviewKind.values()[k], rows.get(k).subList(1, 6).toArray(new String[0]));
    }
    return builder.build();
  }

  /** Loads a 2021-format 第二部分 table (item,row,col1,col2,col3). */
  ProactiveTable proactive(int year) {
    ProactiveTable.Builder builder = ProactiveTable.builder(year, ReportFormat.FORMAT_2021);
    for (List<String> line : rows) {
      for (ProactiveRow row : ReportFormat.FORMAT_2021.proactiveRows()) {
        if (line.get(1).startsWith(row.label())) {
          for (int j = 0; j < row.measures().size(); j++) {
            builder.set(row, row.measures().get(j), Cell.parse(line.get(2 + j)));
          }
        }
      }
    }
    return builder.build();
  }
}
