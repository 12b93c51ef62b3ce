package dev.disclosure.core.report;

import dev.disclosure.calendar.Finding;
import dev.disclosure.calendar.FindingKind;
import dev.disclosure.calendar.Phrase;
import dev.disclosure.core.law.Rules;
import java.util.ArrayList;
import java.util.List;

/**
 * Labels as published against the official ones (RPT-3): two labels are the same when they differ
 * only by spaces and by the width of punctuation ({@code (} for {@code （}, {@code ,} for {@code ，}
 * …), which is how tables are retyped on web pages; any other difference is a finding.
 */
final class Labels {

  private static final String HALF = "(),:;!?";
  private static final String FULL = "（），：；！？";

  private Labels() {}

  static boolean same(String printed, String official) {
    return normalize(printed).equals(normalize(official));
  }

  static String normalize(String label) {
    StringBuilder out = new StringBuilder(label.length());
    for (int i = 0; i < label.length(); i++) {
      char c = label.charAt(i);
      if (Character.isWhitespace(c) || c == '\u3000' || c == '\u00A0') {
        continue;
      }
      int half = HALF.indexOf(c);
      out.append(half >= 0 ? FULL.charAt(half) : c == '．' ? '.' : c);
    }
    return out.toString();
  }

  static Finding mismatch(String official, String printed, ReportFormat format, String part) {
    return Finding.of(
        Rules.RPT_3,
        FindingKind.BROKEN,
        Phrase.of(
            "{0}：表中印为“{1}”，格式规定为“{2}”",
            "{0}: the table prints a label ({1}) that differs from the format's {2}",
            Phrase.of(part, "table"),
            printed,
            Phrase.of(official, "label")),
        List.of(format.citation(part, official)));
  }

  /** Returns the last non-empty field, or {@code ""}. */
  static String last(List<String> fields) {
    for (int i = fields.size() - 1; i >= 0; i--) {
      if (!fields.get(i).isBlank()) {
        return fields.get(i);
      }
    }
    return "";
  }

  /** Returns the lines without the empty ones at the end (a line of empty fields is empty). */
  static List<List<String>> withoutTrailingEmpty(List<List<String>> lines) {
    List<List<String>> out = new ArrayList<>(lines);
    while (!out.isEmpty() && out.get(out.size() - 1).stream().allMatch(String::isEmpty)) {
      out.remove(out.size() - 1);
    }
    return out;
  }
}
