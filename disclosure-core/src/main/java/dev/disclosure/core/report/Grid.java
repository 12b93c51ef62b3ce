package dev.disclosure.core.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A table laid out as the format prints it: rows of positions, some cells merged over several rows
 * or columns (a merged cell's text sits at its top-left position), the first {@code headerRows}
 * rows being headers. Renders itself in each {@link TableStyle}; reads CSV back into rows.
 */
final class Grid {

  private final int rows;
  private final int columns;
  private final int headerRows;
  private final int labelColumns;
  private final String[][] text;
  private final int[][] rowSpan;
  private final int[][] colSpan;
  /** The row and column of the merged cell covering a position, or -1 where a cell starts. */
  private final int[][] ownerRow;
  private final int[][] ownerColumn;

  Grid(int rows, int columns, int headerRows, int labelColumns) {
    this.rows = rows;
    this.columns = columns;
    this.headerRows = headerRows;
    this.labelColumns = labelColumns;
    this.text = new String[rows][columns];
    this.rowSpan = new int[rows][columns];
    this.colSpan = new int[rows][columns];
    this.ownerRow = new int[rows][columns];
    this.ownerColumn = new int[rows][columns];
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < columns; c++) {
        text[r][c] = "";
        rowSpan[r][c] = 1;
        colSpan[r][c] = 1;
        ownerRow[r][c] = -1;
        ownerColumn[r][c] = -1;
      }
    }
  }

  void put(int row, int column, String value) {
    span(row, column, 1, 1, value);
  }

  void span(int row, int column, int height, int width, String value) {
    text[row][column] = value;
    rowSpan[row][column] = height;
    colSpan[row][column] = width;
    for (int r = row; r < row + height; r++) {
      for (int c = column; c < column + width; c++) {
        if (r != row || c != column) {
          ownerRow[r][c] = row;
          ownerColumn[r][c] = column;
        }
      }
    }
  }

  String render(TableStyle style) {
    return switch (style) {
      case TEXT -> text();
      case MARKDOWN -> markdown();
      case CSV -> csv();
      case HTML -> html();
    };
  }

  private boolean starts(int r, int c) {
    return ownerRow[r][c] < 0;
  }

  // ---- plain text ----

  private String text() {
    int[] widths = new int[columns];
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < columns; c++) {
        if (starts(r, c) && colSpan[r][c] == 1) {
          widths[c] = Math.max(widths[c], width(text[r][c]));
        }
      }
    }
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < columns; c++) {
        if (starts(r, c) && colSpan[r][c] > 1) {
          int last = c + colSpan[r][c] - 1;
          int missing = width(text[r][c]) - spanWidth(widths, c, last);
          if (missing > 0) {
            widths[last] += missing;
          }
        }
      }
    }
    StringBuilder out = new StringBuilder();
    for (int r = 0; r < rows; r++) {
      StringBuilder line = new StringBuilder();
      int c = 0;
      while (c < columns) {
        int r0 = starts(r, c) ? r : ownerRow[r][c];
        int c0 = starts(r, c) ? c : ownerColumn[r][c];
        int last = c0 + colSpan[r0][c0] - 1;
        String shown = r0 == r ? text[r0][c0] : "";
        if (c > 0) {
          line.append(" | ");
        }
        line.append(shown);
        line.append(" ".repeat(spanWidth(widths, c, last) - width(shown)));
        c = last + 1;
      }
      out.append(line).append('\n');
      if (r == headerRows - 1) {
        StringBuilder rule = new StringBuilder();
        for (int i = 0; i < columns; i++) {
          if (i > 0) {
            rule.append("-+-");
          }
          rule.append("-".repeat(widths[i]));
        }
        out.append(rule).append('\n');
      }
    }
    return out.toString();
  }

  private static int spanWidth(int[] widths, int first, int last) {
    int sum = 3 * (last - first);
    for (int i = first; i <= last; i++) {
      sum += widths[i];
    }
    return sum;
  }

  /**
   * Returns the columns a text takes in a monospaced font: two for East Asian Wide and Fullwidth
   * characters, one for the rest (ambiguous-width characters included).
   */
  static int width(String s) {
    int width = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      boolean wide =
          (cp >= 0x1100 && cp <= 0x115F)
              || (cp >= 0x2E80 && cp <= 0x303E)
              || (cp >= 0x3041 && cp <= 0xA4CF)
              || (cp >= 0xAC00 && cp <= 0xD7A3)
              || (cp >= 0xF900 && cp <= 0xFAFF)
              || (cp >= 0xFE30 && cp <= 0xFE4F)
              || (cp >= 0xFF00 && cp <= 0xFF60)
              || (cp >= 0xFFE0 && cp <= 0xFFE6)
              || (cp >= 0x20000 && cp <= 0x3FFFD);
      width += wide ? 2 : 1;
    }
    return width;
  }

  // ---- Markdown ----

  private String markdown() {
    StringBuilder out = new StringBuilder("|");
    for (int c = 0; c < columns; c++) {
      List<String> names = new ArrayList<>();
      for (int r = 0; r < headerRows; r++) {
        int r0 = starts(r, c) ? r : ownerRow[r][c];
        int c0 = starts(r, c) ? c : ownerColumn[r][c];
        String name = text[r0][c0];
        if (!name.isEmpty() && (names.isEmpty() || !names.get(names.size() - 1).equals(name))) {
          names.add(name);
        }
      }
      boolean shown = c < labelColumns ? c == 0 : true;
      out.append(' ').append(shown ? escapeMarkdown(String.join("／", names)) : "").append(" |");
    }
    out.append("\n|");
    for (int c = 0; c < columns; c++) {
      out.append(c < labelColumns ? " --- |" : " ---: |");
    }
    out.append('\n');
    for (int r = headerRows; r < rows; r++) {
      out.append('|');
      for (int c = 0; c < columns; c++) {
        out.append(' ').append(starts(r, c) ? escapeMarkdown(text[r][c]) : "").append(" |");
      }
      out.append('\n');
    }
    return out.toString();
  }

  private static String escapeMarkdown(String s) {
    return s.replace("\\", "\\\\").replace("|", "\\|");
  }

  // ---- CSV ----

  private String csv() {
    StringBuilder out = new StringBuilder();
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < columns; c++) {
        if (c > 0) {
          out.append(',');
        }
        out.append(quote(starts(r, c) ? text[r][c] : ""));
      }
      out.append("\r\n");
    }
    return out.toString();
  }

  static String quote(String s) {
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
      return s;
    }
    return '"' + s.replace("\"", "\"\"") + '"';
  }

  /**
   * Reads CSV text (RFC 4180; CRLF or LF line ends; a final line end optional) into rows of fields.
   *
   * @throws IllegalArgumentException if a quoted field is not closed, or a quote stands inside an
   *     unquoted field
   */
  static List<List<String>> parseCsv(String csv) {
    List<List<String>> lines = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int i = 0;
    int n = csv.length();
    boolean any = false;
    while (i < n) {
      char ch = csv.charAt(i);
      if (ch == '"' && field.length() == 0) {
        int start = i;
        i++;
        while (true) {
          if (i >= n) {
            throw new IllegalArgumentException(
                "CSV: the quoted field opened at character " + start + " is not closed");
          }
          char q = csv.charAt(i);
          if (q == '"') {
            if (i + 1 < n && csv.charAt(i + 1) == '"') {
              field.append('"');
              i += 2;
            } else {
              i++;
              break;
            }
          } else {
            field.append(q);
            i++;
          }
        }
        if (i < n && csv.charAt(i) != ',' && csv.charAt(i) != '\r' && csv.charAt(i) != '\n') {
          throw new IllegalArgumentException(
              "CSV: text after the closing quote at character " + i + "; quote the whole field");
        }
        any = true;
        continue;
      }
      if (ch == ',') {
        fields.add(field.toString());
        field.setLength(0);
        any = true;
        i++;
      } else if (ch == '\r' || ch == '\n') {
        fields.add(field.toString());
        field.setLength(0);
        lines.add(fields);
        fields = new ArrayList<>();
        any = false;
        i += ch == '\r' && i + 1 < n && csv.charAt(i + 1) == '\n' ? 2 : 1;
      } else if (ch == '"') {
        throw new IllegalArgumentException(
            "CSV: a quote at character " + i + " inside an unquoted field; quote the whole field");
      } else {
        field.append(ch);
        any = true;
        i++;
      }
    }
    // a field holds text only once "any" is set: a line ends only where something was read
    if (any) {
      fields.add(field.toString());
      lines.add(fields);
    }
    return lines;
  }

  // ---- HTML ----

  private String html() {
    StringBuilder out = new StringBuilder("<table>\n<thead>\n");
    for (int r = 0; r < rows; r++) {
      if (r == headerRows) {
        out.append("</thead>\n<tbody>\n");
      }
      out.append("<tr>");
      for (int c = 0; c < columns; c++) {
        if (!starts(r, c)) {
          continue;
        }
        boolean header = r < headerRows || c < labelColumns;
        String tag = header ? "th" : "td";
        out.append('<').append(tag);
        if (header && r >= headerRows) {
          out.append(" scope=\"row\"");
        }
        if (rowSpan[r][c] > 1) {
          out.append(" rowspan=\"").append(rowSpan[r][c]).append('"');
        }
        if (colSpan[r][c] > 1) {
          out.append(" colspan=\"").append(colSpan[r][c]).append('"');
        }
        out.append('>').append(escapeHtml(text[r][c])).append("</").append(tag).append('>');
      }
      out.append("</tr>\n");
    }
    if (headerRows >= rows) {
      out.append("</thead>\n<tbody>\n");
    }
    return out.append("</tbody>\n</table>\n").toString();
  }

  private static String escapeHtml(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
