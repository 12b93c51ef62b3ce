package dev.disclosure.calendar;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The one renderer of {@link Finding}s (表述语言): Chinese for letters (the default: dates as
 * 2026年10月30日, provisions as 《中华人民共和国政府信息公开条例》（国务院令第711号）第三十三条, units always
 * stated: 延长20个工作日) or English (2026-10-30, Regulations on Open Government Information (State
 * Council Decree No. 711), Art. 33, 20 working days). No rendered string mixes the two: text from
 * the record (a reason an agency wrote) appears in Chinese only; the English rendering says "as
 * recorded" in its place.
 */
public enum Language {
  /** Chinese (中文), the language of letters and decisions. */
  CHINESE,
  /** English. */
  ENGLISH;

  /**
   * Returns a date, for example {@code 2026年10月30日} or {@code 2026-10-30}.
   *
   * @param date the date
   * @return the formatted date
   */
  public String format(LocalDate date) {
    requireNonNull(date, "date");
    return this == CHINESE
        ? date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日"
        : date.toString();
  }

  /**
   * Returns an amount with its unit, for example {@code 20个工作日} or {@code 20 working days}.
   *
   * @param quantity the quantity
   * @return the formatted quantity
   */
  public String format(Quantity quantity) {
    requireNonNull(quantity, "quantity");
    String amount = quantity.amount().toPlainString();
    return this == CHINESE
        ? amount + quantity.unit().label()
        : amount + " " + quantity.unit().english(quantity.amount());
  }

  /**
   * Returns a provision as a letter cites it, for example {@code 《中华人民共和国民法典》第二百零一条} or {@code
   * Civil Code, Art. 201}.
   *
   * @param citation the citation
   * @return the reference, without the wording
   */
  public String reference(Citation citation) {
    requireNonNull(citation, "citation");
    if (this == CHINESE) {
      return citation.source().title() + citation.provision();
    }
    return citation.source().englishTitle()
        + citation.englishProvision().map(provision -> ", " + provision).orElse("");
  }

  /**
   * Returns a phrase with its places filled.
   *
   * @param phrase the phrase
   * @return the rendered phrase
   */
  public String render(Phrase phrase) {
    requireNonNull(phrase, "phrase");
    String template = phrase.template(this);
    StringBuilder out = new StringBuilder(template.length() + 32);
    int at = 0;
    for (int open = template.indexOf('{'); open >= 0; open = template.indexOf('{', at)) {
      int close = template.indexOf('}', open);
      out.append(template, at, open);
      out.append(value(phrase.values().get(Integer.parseInt(template.substring(open + 1, close)))));
      at = close + 1;
    }
    return out.append(template, at, template.length()).toString();
  }

  private String value(Object value) {
    if (value instanceof LocalDate date) {
      return format(date);
    } else if (value instanceof Quantity quantity) {
      return format(quantity);
    } else if (value instanceof Phrase phrase) {
      return render(phrase);
    } else if (value instanceof String text) {
      return this == CHINESE ? text : "as recorded";
    }
    return value.toString();
  }

  /**
   * Returns a finding on one line: its rule (and kind unless applied), what happened, the due date
   * it set and the provisions, for example {@code [CAL-7] 2026年10月12日至2026年10月16日征求第三方意见，4个工作日不计算在期限内
   * → 2026年11月5日（依据《…》第三十三条）}.
   *
   * @param finding the finding
   * @return the rendered finding
   */
  public String render(Finding finding) {
    requireNonNull(finding, "finding");
    StringBuilder out = new StringBuilder("[").append(finding.rule());
    if (finding.kind() != FindingKind.APPLIED) {
      out.append(this == CHINESE ? " " + finding.kind().label() : ", " + finding.kind().english());
    }
    out.append("] ").append(render(finding.what()));
    finding.dueDate().ifPresent(due -> out.append(" → ").append(format(due)));
    if (!finding.citations().isEmpty()) {
      String references =
          finding.citations().stream().map(this::reference).collect(Collectors.joining(this == CHINESE ? "；" : "; "));
      out.append(this == CHINESE ? "（依据" + references + "）" : " (" + references + ")");
    }
    return out.toString();
  }

  /**
   * Returns findings one per line.
   *
   * @param findings the findings
   * @return the rendered findings
   */
  public String render(List<Finding> findings) {
    requireNonNull(findings, "findings");
    return findings.stream().map(this::render).collect(Collectors.joining("\n"));
  }
}
