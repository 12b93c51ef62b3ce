package dev.disclosure.core.report;

import static java.util.Objects.requireNonNull;

import dev.disclosure.calendar.Finding;
import dev.disclosure.calendar.FindingKind;
import dev.disclosure.calendar.Phrase;
import dev.disclosure.calendar.Quantity;
import dev.disclosure.core.law.Rules;
import dev.disclosure.core.request.OutcomeRow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The figures an annual report's text states (报告正文所述数字, RPT-3), read from the text and compared
 * with its tables. No I/O: the text is a {@code String}.
 *
 * <p>The text is cut into sentences at 。；;！!？? and line ends. In each sentence a figure is a number
 * (digits, also full-width) followed by a counting word 件, 份, 条, 个, 宗, 项, 次 or 起, and it is
 * recognised when a known phrase stands before it in the same clause (at most 15 characters
 * between, no comma): {@link Topic} lists the phrases, most specific first (so 予以公开及部分公开258件 is
 * one figure, not 部分公开258件). Two more forms: {@code N件顺延} / {@code N件结转下年度} (carried forward)
 * and {@code 无下年度结转} / {@code 无上年结转} (0). A bare 其他N件 is recognised only in a sentence that
 * states other results. A sentence with a figure that no phrase claims, or with a figure preceded by
 * a minus sign (a count is never negative: {@code 答复-3件}), is reported as unrecognised, never guessed.
 * Reading takes time linear in the text's length, however long its runs of digits.
 *
 * <p>The figures are listed in the order they stand in the text. Immutable and thread-safe.
 */
public final class Narrative {

  /** What a recognised figure states, with the phrases that introduce it. */
  public enum Topic {
    /** 予以公开及部分公开 (both rows together). */
    DISCLOSED_OR_PARTIALLY("予以公开及部分公开", "disclosed or disclosed in part", "予以公开(?:及|和|与|、|以及)部分公开|公开及部分公开"),
    /** 上年结转 (row 二). */
    CARRIED_OVER("上年结转", "carried over from last year", "上一?年度?结转|上年度?遗留"),
    /** 结转下年度继续办理 (row 四). */
    CARRIED_FORWARD("结转下年度", "carried forward to next year", "结转(?:至|到)?下一?年度?|转入下一?年度?|顺延"),
    /** 属于国家秘密. */
    STATE_SECRET("属于国家秘密", "a state secret", "国家秘密"),
    /** 其他法律行政法规禁止公开. */
    PROHIBITED_BY_LAW("其他法律行政法规禁止公开", "disclosure prohibited by other laws or administrative regulations", "禁止公开"),
    /** 危及“三安全一稳定”. */
    SECURITY_AND_STABILITY("危及“三安全一稳定”", "endangering national, public, economic security or social stability", "三安全一稳定"),
    /** 保护第三方合法权益. */
    THIRD_PARTY_RIGHTS("保护第三方合法权益", "protecting third parties' lawful rights", "第三方合法权益"),
    /** 属于三类内部事务信息. */
    INTERNAL_AFFAIRS("属于三类内部事务信息", "internal affairs information", "内部事务"),
    /** 属于四类过程性信息. */
    PROCESS_INFORMATION("属于四类过程性信息", "information in the decision-making process", "过程性"),
    /** 属于行政执法案卷. */
    ENFORCEMENT_CASE_FILE("属于行政执法案卷", "an administrative enforcement case file", "行政执法案卷"),
    /** 属于行政查询事项. */
    ADMINISTRATIVE_QUERY("属于行政查询事项", "an administrative query matter", "行政查询"),
    /** 本机关不掌握相关政府信息. */
    NOT_HELD("本机关不掌握相关政府信息", "not held by the agency", "不掌握|信息不存在"),
    /** 没有现成信息需要另行制作. */
    WOULD_NEED_CREATING("没有现成信息需要另行制作", "would need to be created", "另行制作"),
    /** 补正后申请内容仍不明确. */
    STILL_UNCLEAR("补正后申请内容仍不明确", "still unclear after correction", "仍不明确"),
    /** 信访举报投诉类申请. */
    PETITION("信访举报投诉类申请", "petitions, reports and complaints", "信访举报投诉|信访类|举报投诉"),
    /** 重复申请. */
    REPEATED("重复申请", "repeated requests", "重复申请"),
    /** 要求提供公开出版物. */
    PUBLICATION("要求提供公开出版物", "requests for published material", "公开出版物"),
    /** 无正当理由大量反复申请. */
    EXCESSIVE("无正当理由大量反复申请", "excessive requests without good reason", "大量反复"),
    /** 要求行政机关确认或重新出具已获取信息. */
    CONFIRMATION("要求行政机关确认或重新出具已获取信息", "requests to confirm or reissue information obtained", "重新出具"),
    /** 申请人无正当理由逾期不补正. */
    CORRECTION_MISSED("逾期不补正", "correction not supplied in time", "逾期不补正"),
    /** 申请人逾期未按收费通知要求缴纳费用. */
    FEE_UNPAID("逾期未缴纳费用", "fee not paid in time", "逾期未(?:按收费通知要求)?缴纳"),
    /** 不予公开 (all its rows). */
    NOT_DISCLOSED("不予公开", "not disclosed", "不予公开"),
    /** 无法提供 (all its rows). */
    UNAVAILABLE("无法提供", "cannot be provided", "无法提供"),
    /** 不予处理 (all its rows). */
    NOT_PROCESSED("不予处理", "not processed", "不予处理"),
    /** 其他处理 (all its rows). */
    OTHER_PROCESSING("其他处理", "other handling", "其他处理"),
    /** 部分公开. */
    PARTIALLY_DISCLOSED("部分公开", "disclosed in part", "部分公开"),
    /** 予以公开. */
    DISCLOSED("予以公开", "disclosed", "予以公开|同意公开|全部公开"),
    /** 其他 (其他处理／3.其他), only beside other results. */
    OTHER("其他", "other", "其他"),
    /** 行政诉讼／未经复议直接起诉 total. */
    LITIGATION_DIRECT("未经复议直接起诉", "lawsuits without prior reconsideration", "未经复议直接起诉|直接起诉"),
    /** 行政诉讼／复议后起诉 total. */
    LITIGATION_AFTER_RECONSIDERATION("复议后起诉", "lawsuits after reconsideration", "复议后起诉|经复议后起诉"),
    /** 行政复议 total. */
    RECONSIDERATION("行政复议", "administrative reconsideration", "行政复议(?!后)|复议(?!后)"),
    /** 行政诉讼 total (both kinds). */
    LITIGATION("行政诉讼", "administrative litigation", "行政诉讼|诉讼"),
    /** 三、本年度办理结果／（七）总计. */
    RESULTS_TOTAL("办理结果总计", "results in total", "办结|答复|办理完毕|作出处理"),
    /** 一、本年新收. */
    NEW_THIS_YEAR("本年新收", "new requests this year", "收到|受理|新收|接收|接到"),
    /** 行政规范性文件／本年制发件数. */
    NORMATIVE_DOCUMENTS_ISSUED("制发行政规范性文件", "normative documents issued", "(?:制发|出台|印发|制定)(?:行政)?规范性文件"),
    /** 行政规范性文件／本年废止件数. */
    NORMATIVE_DOCUMENTS_REPEALED("废止行政规范性文件", "normative documents repealed", "废止(?:行政)?规范性文件"),
    /** 规章／本年制发件数. */
    RULES_ISSUED("制发规章", "rules issued", "(?:制发|出台|印发|制定)规章"),
    /** 规章／本年废止件数. */
    RULES_REPEALED("废止规章", "rules repealed", "废止规章"),
    /** 行政许可／本年处理决定数量. */
    LICENSING("行政许可", "administrative licensing", "行政许可"),
    /** 行政处罚／本年处理决定数量. */
    PENALTIES("行政处罚", "administrative penalties", "行政处罚"),
    /** 行政强制／本年处理决定数量. */
    COERCIVE_MEASURES("行政强制", "administrative coercive measures", "行政强制");

    private final String label;
    private final String english;
    private final Pattern pattern;

    Topic(String label, String english, String keywords) {
      this.label = label;
      this.english = english;
      this.pattern =
          Pattern.compile(
              "(?:" + keywords + ")[^0-9０-９，,。；;：:、]{0,15}?([0-9０-９]++)\\s*+(?:件|份|条|个|宗|项|次|起)");
    }

    /** {@return the Chinese label, e.g. {@code 予以公开}} */
    public String label() {
      return label;
    }

    /** The English label, e.g. {@code disclosed in part}. */
    String english() {
      return english;
    }

    boolean isResult() {
      return ordinal() >= STATE_SECRET.ordinal() && ordinal() <= OTHER.ordinal()
          || this == DISCLOSED_OR_PARTIALLY;
    }
  }

  /** One figure the text states. Immutable. */
  public static final class Figure {
    private final Topic topic;
    private final long stated;
    private final String sentence;

    Figure(Topic topic, long stated, String sentence) {
      this.topic = topic;
      this.stated = stated;
      this.sentence = sentence;
    }

    /** {@return what the figure states} */
    public Topic topic() {
      return topic;
    }

    /** {@return the number stated} */
    public long stated() {
      return stated;
    }

    /** {@return the sentence it was read from, as written} */
    public String sentence() {
      return sentence;
    }

    @Override
    public boolean equals(Object obj) {
      return obj instanceof Figure other
          && topic == other.topic
          && stated == other.stated
          && sentence.equals(other.sentence);
    }

    @Override
    public int hashCode() {
      return Objects.hash(topic, stated, sentence);
    }

    /** Returns e.g. {@code 予以公开=2（予以公开2件）}. */
    @Override
    public String toString() {
      return topic.label() + "=" + stated + "（" + sentence + "）";
    }
  }

  private static final Pattern SENTENCE = Pattern.compile("[。；;！!？?\\r\\n]+");
  // A run of digits is matched only from its first digit and never backtracked into, so a sentence
  // is read in time linear in its length, however long its digit runs.
  private static final Pattern ANY_FIGURE =
      Pattern.compile("(?<![0-9０-９])([0-9０-９]++)\\s*+(?:件|份|条|个|宗|项|次|起)");
  private static final Pattern FORWARD_AFTER =
      Pattern.compile(
          "(?<![0-9０-９])([0-9０-９]++)\\s*+件[^0-9０-９，,。；;]{0,4}?(?:顺延|结转(?:至|到)?下一?年度?)");
  /** A sign before a figure: a count is never negative, so such a sentence is not read. */
  private static final String MINUS_SIGNS = "-－−负";
  private static final Pattern NONE_CARRIED = Pattern.compile("(?:无|没有)(上|下)一?年度?结转");
  private static final int MAX_DIGITS = 15;

  private final String text;
  private final List<Figure> figures;
  private final List<String> unrecognised;

  private Narrative(String text, List<Figure> figures, List<String> unrecognised) {
    this.text = text;
    this.figures = figures;
    this.unrecognised = unrecognised;
  }

  /**
   * Reads the figures of a report's text. Never throws for any text.
   *
   * @param text the report's text (or the part that states the figures)
   * @return the figures read and the sentences not recognised
   */
  public static Narrative parse(String text) {
    requireNonNull(text, "text");
    List<Figure> figures = new ArrayList<>();
    List<String> unrecognised = new ArrayList<>();
    for (String raw : SENTENCE.split(text)) {
      String sentence = raw.strip();
      // A figure not read (signed, or longer than MAX_DIGITS) leaves its digits unclaimed: the
      // ANY_FIGURE pass below then reports the sentence.
      BitSet claimed = new BitSet(sentence.length());
      List<Found> found = new ArrayList<>();
      Matcher none = NONE_CARRIED.matcher(sentence);
      while (none.find()) {
        claimed.set(none.start(), none.end());
        found.add(
            new Found(
                none.start(),
                new Figure(
                    none.group(1).equals("上") ? Topic.CARRIED_OVER : Topic.CARRIED_FORWARD,
                    0,
                    sentence)));
      }
      Matcher after = FORWARD_AFTER.matcher(sentence);
      while (after.find()) {
        if (claimed.get(after.start(), after.end()).isEmpty()) {
          Long value = signed(sentence, after.start(1)) ? null : number(after.group(1));
          if (value != null) {
            claimed.set(after.start(), after.end());
            found.add(new Found(after.start(), new Figure(Topic.CARRIED_FORWARD, value, sentence)));
          }
        }
      }
      boolean results = false;
      for (Topic topic : Topic.values()) {
        if (topic == Topic.OTHER && !results) {
          continue;
        }
        Matcher matcher = topic.pattern.matcher(sentence);
        int from = 0;
        while (matcher.find(from)) {
          from = matcher.start() + 1;
          if (!claimed.get(matcher.start(), matcher.end()).isEmpty()) {
            continue;
          }
          Long value = signed(sentence, matcher.start(1)) ? null : number(matcher.group(1));
          if (value == null) {
            continue;
          }
          claimed.set(matcher.start(), matcher.end());
          found.add(new Found(matcher.start(), new Figure(topic, value, sentence)));
          results |= topic.isResult();
          from = matcher.end();
        }
      }
      Matcher any = ANY_FIGURE.matcher(sentence);
      boolean loose = false;
      while (any.find()) {
        if (!claimed.get(any.start(1))) {
          loose = true;
        }
      }
      found.sort(Comparator.comparingInt(Found::start));
      for (Found figure : found) {
        figures.add(figure.figure());
      }
      if (loose) {
        unrecognised.add(sentence);
      }
    }
    return new Narrative(text, List.copyOf(figures), List.copyOf(unrecognised));
  }

  /** A figure and where it starts in its sentence. */
  private record Found(int start, Figure figure) {}

  /** Whether the figure starting at {@code start} is preceded by a minus sign (spaces between). */
  private static boolean signed(String sentence, int start) {
    int i = start - 1;
    while (i >= 0 && Character.isWhitespace(sentence.charAt(i))) {
      i--;
    }
    return i >= 0 && MINUS_SIGNS.indexOf(sentence.charAt(i)) >= 0;
  }

  private static Long number(String digits) {
    StringBuilder ascii = new StringBuilder(digits.length());
    for (int i = 0; i < digits.length(); i++) {
      char c = digits.charAt(i);
      ascii.append(c >= '０' && c <= '９' ? (char) (c - '０' + '0') : c);
    }
    String plain = ascii.toString().replaceFirst("^0+(?=.)", "");
    return plain.length() > MAX_DIGITS ? null : Long.parseLong(plain);
  }

  /** {@return the text as given} */
  public String text() {
    return text;
  }

  /** {@return the figures recognised, in the order of the sentences} */
  public List<Figure> figures() {
    return figures;
  }

  /**
   * {@return the sentences holding a figure (a number with a counting word) that no recognised
   * phrase claims, as written: they are reported, not compared}
   */
  public List<String> unrecognised() {
    return unrecognised;
  }

  /**
   * Compares the figures with the tables (RPT-3): each figure that differs from the table is a
   * broken finding quoting the sentence, with the stated and the table's number, citing the part of
   * the format whose table holds it (第二、三 or 四部分); each unrecognised
   * sentence is a convention finding quoting it; a figure whose table is not given is a convention
   * finding saying it was not compared.
   *
   * <p>[convention] A row's number is its 总计 cell when that holds a number, else the sum of its six
   * applicant columns (reports that leave 总计 blank still state the figure in their columns); a
   * group (不予公开 …) is the sum of its rows; 行政诉讼 is both kinds' 总计.
   *
   * @param proactive the 第二部分 table, or empty
   * @param requests the 第三部分 table
   * @param reviews the 第四部分 table
   * @return the findings, empty when the text agrees with the tables
   */
  public List<Finding> check(
      Optional<ProactiveTable> proactive, RequestTable requests, ReviewTable reviews) {
    requireNonNull(proactive, "proactive");
    requireNonNull(requests, "requests");
    requireNonNull(reviews, "reviews");
    List<Finding> findings = new ArrayList<>();
    for (Figure figure : figures) {
      Optional<BigDecimal> table = tableValue(figure.topic, proactive, requests, reviews);
      if (table.isEmpty()) {
        findings.add(
            Finding.of(
                Rules.RPT_3,
                FindingKind.CONVENTION,
                Phrase.of(
                    "报告正文“{0}”所述{1}{2}未与表格比对：未提供该表格或该格式无此项",
                    "the report's text ({0}) states {1} {2}, not compared: that table was not"
                        + " given or its format has no such cell",
                    figure.sentence,
                    Phrase.of(figure.topic.label(), figure.topic.english()),
                    items(figure.stated)),
                List.of()));
      } else if (table.get().compareTo(BigDecimal.valueOf(figure.stated)) != 0) {
        findings.add(
            Finding.of(
                Rules.RPT_3,
                FindingKind.BROKEN,
                Phrase.of(
                    "报告正文“{0}”称{1}{2}，而表格为{3}",
                    "the report's text ({0}) states {1} {2}, but the table has {3}",
                    figure.sentence,
                    Phrase.of(figure.topic.label(), figure.topic.english()),
                    items(figure.stated),
                    Quantity.of(table.get(), Quantity.Unit.ITEMS)),
                List.of(requests.format().citation(part(figure.topic), figure.topic.label()))));
      }
    }
    for (String sentence : unrecognised) {
      findings.add(
          Finding.of(
              Rules.RPT_3,
              FindingKind.CONVENTION,
              Phrase.of(
                  "报告正文“{0}”中的数字未能识别，未与表格比对",
                  "the report's text ({0}) holds a figure the library does not recognise; not"
                      + " compared",
                  sentence),
              List.of()));
    }
    return List.copyOf(findings);
  }

  /** The part of the report whose table holds a topic's number: 第二部分, 第三部分 or 第四部分. */
  private static String part(Topic topic) {
    return switch (topic) {
      case LITIGATION_DIRECT, LITIGATION_AFTER_RECONSIDERATION, RECONSIDERATION, LITIGATION ->
          ReviewTable.PART;
      case NORMATIVE_DOCUMENTS_ISSUED, NORMATIVE_DOCUMENTS_REPEALED, RULES_ISSUED, RULES_REPEALED,
          LICENSING, PENALTIES, COERCIVE_MEASURES ->
          ProactiveTable.PART;
      default -> RequestTable.PART;
    };
  }

  private static Quantity items(long count) {
    return Quantity.of(count, Quantity.Unit.ITEMS);
  }

  private static Optional<BigDecimal> tableValue(
      Topic topic, Optional<ProactiveTable> proactive, RequestTable requests, ReviewTable reviews) {
    ReportFormat format = requests.format();
    return switch (topic) {
      case NEW_THIS_YEAR -> rows(requests, RequestRow.NEW_THIS_YEAR);
      case CARRIED_OVER -> rows(requests, RequestRow.CARRIED_OVER);
      case RESULTS_TOTAL -> rows(requests, RequestRow.RESULTS_TOTAL);
      case CARRIED_FORWARD -> rows(requests, RequestRow.CARRIED_FORWARD);
      case DISCLOSED_OR_PARTIALLY ->
          rows(requests, RequestRow.DISCLOSED, RequestRow.PARTIALLY_DISCLOSED);
      case NOT_DISCLOSED -> category(requests, OutcomeRow.Category.NOT_DISCLOSED);
      case UNAVAILABLE -> category(requests, OutcomeRow.Category.UNAVAILABLE);
      case NOT_PROCESSED -> category(requests, OutcomeRow.Category.NOT_PROCESSED);
      case OTHER_PROCESSING -> category(requests, OutcomeRow.Category.OTHER);
      case OTHER -> rows(requests, RequestRow.of(OutcomeRow.OTHER, format));
      case LITIGATION_DIRECT ->
          Optional.of(BigDecimal.valueOf(reviews.count(ReviewKind.LITIGATION_DIRECT, ReviewResult.TOTAL)));
      case LITIGATION_AFTER_RECONSIDERATION ->
          Optional.of(
              BigDecimal.valueOf(
                  reviews.count(ReviewKind.LITIGATION_AFTER_RECONSIDERATION, ReviewResult.TOTAL)));
      case RECONSIDERATION ->
          Optional.of(BigDecimal.valueOf(reviews.count(ReviewKind.RECONSIDERATION, ReviewResult.TOTAL)));
      case LITIGATION -> Optional.of(BigDecimal.valueOf((long) reviews.count(ReviewKind.LITIGATION_DIRECT, ReviewResult.TOTAL)
          + reviews.count(ReviewKind.LITIGATION_AFTER_RECONSIDERATION, ReviewResult.TOTAL)));
      case NORMATIVE_DOCUMENTS_ISSUED ->
          proactive(proactive, ProactiveRow.NORMATIVE_DOCUMENTS, ProactiveMeasure.ISSUED);
      case NORMATIVE_DOCUMENTS_REPEALED ->
          proactive(proactive, ProactiveRow.NORMATIVE_DOCUMENTS, ProactiveMeasure.REPEALED);
      case RULES_ISSUED -> proactive(proactive, ProactiveRow.RULES, ProactiveMeasure.ISSUED);
      case RULES_REPEALED -> proactive(proactive, ProactiveRow.RULES, ProactiveMeasure.REPEALED);
      case LICENSING -> proactive(proactive, ProactiveRow.LICENSING, ProactiveMeasure.DECISIONS);
      case PENALTIES -> proactive(proactive, ProactiveRow.PENALTIES, ProactiveMeasure.DECISIONS);
      case COERCIVE_MEASURES ->
          proactive(proactive, ProactiveRow.COERCIVE_MEASURES, ProactiveMeasure.DECISIONS);
      case DISCLOSED -> rows(requests, RequestRow.DISCLOSED);
      case PARTIALLY_DISCLOSED -> rows(requests, RequestRow.PARTIALLY_DISCLOSED);
      default -> {
        RequestRow row = RequestRow.of(OutcomeRow.values()[topic.ordinal() - Topic.STATE_SECRET.ordinal() + 2], format);
        yield row.outcome().isPresent() ? rows(requests, row) : Optional.empty();
      }
    };
  }

  private static Optional<BigDecimal> category(RequestTable requests, OutcomeRow.Category category) {
    return rows(
        requests,
        requests.format().requestRows().stream()
            .filter(row -> row.category().orElse(null) == category)
            .toArray(RequestRow[]::new));
  }

  private static Optional<BigDecimal> rows(RequestTable requests, RequestRow... rows) {
    long sum = 0;
    for (RequestRow row : rows) {
      Cell total = requests.cell(row, Column.TOTAL);
      if (total.isCount()) {
        sum += total.count();
      } else {
        for (Column column : Column.values()) {
          if (column != Column.TOTAL) {
            sum += requests.count(row, column);
          }
        }
      }
    }
    return Optional.of(BigDecimal.valueOf(sum));
  }

  private static Optional<BigDecimal> proactive(
      Optional<ProactiveTable> table, ProactiveRow row, ProactiveMeasure measure) {
    if (table.isEmpty() || table.get().format() != row.format()) {
      return Optional.empty();
    }
    return table.get().number(row, measure);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Narrative other && text.equals(other.text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  /** Returns e.g. {@code Narrative[12 figures, 1 unrecognised]}. */
  @Override
  public String toString() {
    return "Narrative[" + figures.size() + " figures, " + unrecognised.size() + " unrecognised]";
  }
}
