package dev.disclosure.core.report;

/**
 * How a table is printed in the official layout ({@code print(TableStyle)} of {@link RequestTable},
 * {@link ReviewTable} and {@link ProactiveTable}).
 */
public enum TableStyle {
  /**
   * Plain text in columns aligned for a monospaced font, CJK characters counted two columns wide
   * (East Asian Wide and Fullwidth; ambiguous-width characters such as “ and — count one), every
   * line padded to the same width, cells separated by {@code " | "} and the header ruled off;
   * merged cells print their text once, in their first row.
   */
  TEXT,
  /**
   * A Markdown (GitHub) table: one header row naming each column from top to bottom (e.g. {@code
   * 法人或其他组织／商业企业}; empty for the proactive-disclosure table, whose headers are rows of its
   * own), merged cells printed once and left empty after.
   */
  MARKDOWN,
  /**
   * CSV (RFC 4180, lines ended by CRLF): the header rows and body rows of the layout, a merged
   * cell's text in its top-left position and the positions it covers empty; read back by the
   * tables' {@code parseCsv}.
   */
  CSV,
  /** An HTML {@code <table>} with {@code rowspan}/{@code colspan} for the merged headers. */
  HTML
}
