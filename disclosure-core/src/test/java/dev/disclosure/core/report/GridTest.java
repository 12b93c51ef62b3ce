package dev.disclosure.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The layout every printed table shares (RPT-2): CSV as RFC 4180 writes and reads it, and the
 * Markdown and HTML of merged headers, on small grids whose output is checked character by
 * character.
 */
class GridTest {

  @Test
  @DisplayName(
      "RPT-2: CSV read as RFC 4180: quoted fields with doubled quotes, commas and line ends inside;"
          + " CRLF, LF and a final CR end a line; a final line end adds no line")
  void readsCsv() {
    assertThat(Grid.parseCsv("\"a\"")).containsExactly(List.of("a"));
    assertThat(Grid.parseCsv("\"\",x")).containsExactly(List.of("", "x"));
    assertThat(Grid.parseCsv("\"say \"\"1\"\"\"")).containsExactly(List.of("say \"1\""));
    assertThat(Grid.parseCsv("\"a,b\",\"c\r\nd\"\r\n")).containsExactly(List.of("a,b", "c\r\nd"));
    assertThat(Grid.parseCsv("\"a\"\nb")).containsExactly(List.of("a"), List.of("b"));
    assertThat(Grid.parseCsv("\"a\"\rb")).containsExactly(List.of("a"), List.of("b"));
    assertThat(Grid.parseCsv("a\r\nb")).containsExactly(List.of("a"), List.of("b"));
    assertThat(Grid.parseCsv("a\nb\n")).containsExactly(List.of("a"), List.of("b"));
    assertThat(Grid.parseCsv("a\r")).containsExactly(List.of("a"));
    assertThat(Grid.parseCsv("a,")).containsExactly(List.of("a", ""));
    assertThat(Grid.parseCsv("a\r\n\r\nb")).containsExactly(List.of("a"), List.of(""), List.of("b"));
    assertThat(Grid.parseCsv("")).isEmpty();
  }

  @Test
  @DisplayName(
      "RPT-2: malformed CSV is refused with the character it stands at: an unclosed quote, text"
          + " after a closing quote, a quote inside an unquoted field")
  void refusesMalformedCsv() {
    assertThatThrownBy(() -> Grid.parseCsv("x,\"ab"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("CSV: the quoted field opened at character 2 is not closed");
    assertThatThrownBy(() -> Grid.parseCsv("\"a\"b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("CSV: text after the closing quote at character 3; quote the whole field");
    assertThatThrownBy(() -> Grid.parseCsv("ab\"c"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "CSV: a quote at character 2 inside an unquoted field; quote the whole field");
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(
      strings = {
        ",5", "5,", "\"5\"", "\"", "\nx", "x\n", "\rx", "x\r", "a\r\nb", "12件", "", " ", "１２"
      })
  @DisplayName(
      "RPT-2: any text printed to CSV reads back the same: a field with a comma, quote or line end"
          + " anywhere, the first character included, is quoted")
  void csvRoundTrip(String text) {
    Grid grid = new Grid(1, 2, 0, 0);
    grid.put(0, 0, text);
    grid.put(0, 1, "x");
    String csv = grid.render(TableStyle.CSV);
    assertThat(Grid.parseCsv(csv)).containsExactly(List.of(text, "x"));
    boolean special =
        text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r");
    assertThat(csv.startsWith("\"")).isEqualTo(special);
  }

  @Test
  @DisplayName(
      "RPT-2: a grid of header rows only prints an empty HTML body; a header row is never a row"
          + " header (scope)")
  void headersOnly() {
    Grid grid = new Grid(1, 2, 1, 1);
    grid.put(0, 0, "a");
    grid.put(0, 1, "b");
    assertThat(grid.render(TableStyle.HTML))
        .isEqualTo(
            "<table>\n<thead>\n<tr><th>a</th><th>b</th></tr>\n</thead>\n<tbody>\n</tbody>\n</table>\n");
  }

  @Test
  @DisplayName(
      "RPT-2: HTML closes the head before the first body row, whose label cells are row headers;"
          + " Markdown shows only the first label column's header and right-aligns the counts")
  void labelColumns() {
    // two header rows, two label columns, one count column
    Grid grid = new Grid(3, 3, 2, 2);
    grid.span(0, 0, 2, 2, "note");
    grid.span(0, 2, 2, 1, "count");
    grid.put(2, 0, "row");
    grid.put(2, 1, "sub");
    grid.put(2, 2, "7");
    assertThat(grid.render(TableStyle.HTML))
        .isEqualTo(
            "<table>\n<thead>\n"
                + "<tr><th rowspan=\"2\" colspan=\"2\">note</th><th rowspan=\"2\">count</th></tr>\n"
                + "<tr></tr>\n"
                + "</thead>\n<tbody>\n"
                + "<tr><th scope=\"row\">row</th><th scope=\"row\">sub</th><td>7</td></tr>\n"
                + "</tbody>\n</table>\n");
    assertThat(grid.render(TableStyle.MARKDOWN))
        .isEqualTo("| note |  | count |\n| --- | --- | ---: |\n| row | sub | 7 |\n");
    assertThat(grid.render(TableStyle.TEXT))
        .isEqualTo("note      | count\n          |      \n----+-----+------\nrow | sub | 7    \n");
  }
}
