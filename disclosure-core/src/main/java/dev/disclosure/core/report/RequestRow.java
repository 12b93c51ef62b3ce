package dev.disclosure.core.report;

import static java.util.Objects.requireNonNull;

import dev.disclosure.core.request.OutcomeRow;
import java.util.Optional;

/**
 * The printed rows of the requests table (第三部分 收到和处理政府信息公开申请情况, RPT-2), with their labels as the
 * format prints them: 一、本年新收, 二、上年结转, the result rows of 三、本年度办理结果 numbered （一） to （七） with their
 * sub-rows, and 四、结转下年度继续办理.
 *
 * <p>Both formats ({@link ReportFormat}) print the same rows except 其他处理: the trial format of 2019
 * prints one row {@link #OTHER_PROCESSING} （六）其他处理, the 2021 format three sub-rows. Every other
 * result row is one {@link OutcomeRow} ({@link #of(OutcomeRow, ReportFormat)}).
 */
public enum RequestRow {
  /** 一、本年新收政府信息公开申请数量. */
  NEW_THIS_YEAR(null, "一、本年新收政府信息公开申请数量", "new requests this year", Formats.BOTH),
  /** 二、上年结转政府信息公开申请数量. */
  CARRIED_OVER(null, "二、上年结转政府信息公开申请数量", "requests carried over from last year", Formats.BOTH),
  /** （一）予以公开. */
  DISCLOSED(null, "（一）予以公开", OutcomeRow.DISCLOSED, Formats.BOTH),
  /** （二）部分公开（区分处理的，只计这一情形，不计其他情形）. */
  PARTIALLY_DISCLOSED(
      null, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", OutcomeRow.PARTIALLY_DISCLOSED, Formats.BOTH),
  /** （三）不予公开／1.属于国家秘密. */
  NOT_DISCLOSED_STATE_SECRET(
      Groups.NOT_DISCLOSED, "1.属于国家秘密", OutcomeRow.NOT_DISCLOSED_STATE_SECRET, Formats.BOTH),
  /** （三）不予公开／2.其他法律行政法规禁止公开. */
  NOT_DISCLOSED_PROHIBITED_BY_LAW(
      Groups.NOT_DISCLOSED,
      "2.其他法律行政法规禁止公开",
      OutcomeRow.NOT_DISCLOSED_PROHIBITED_BY_LAW,
      Formats.BOTH),
  /** （三）不予公开／3.危及“三安全一稳定”. */
  NOT_DISCLOSED_SECURITY_AND_STABILITY(
      Groups.NOT_DISCLOSED,
      "3.危及“三安全一稳定”",
      OutcomeRow.NOT_DISCLOSED_SECURITY_AND_STABILITY,
      Formats.BOTH),
  /** （三）不予公开／4.保护第三方合法权益. */
  NOT_DISCLOSED_THIRD_PARTY_RIGHTS(
      Groups.NOT_DISCLOSED,
      "4.保护第三方合法权益",
      OutcomeRow.NOT_DISCLOSED_THIRD_PARTY_RIGHTS,
      Formats.BOTH),
  /** （三）不予公开／5.属于三类内部事务信息. */
  NOT_DISCLOSED_INTERNAL_AFFAIRS(
      Groups.NOT_DISCLOSED,
      "5.属于三类内部事务信息",
      OutcomeRow.NOT_DISCLOSED_INTERNAL_AFFAIRS,
      Formats.BOTH),
  /** （三）不予公开／6.属于四类过程性信息. */
  NOT_DISCLOSED_PROCESS_INFORMATION(
      Groups.NOT_DISCLOSED,
      "6.属于四类过程性信息",
      OutcomeRow.NOT_DISCLOSED_PROCESS_INFORMATION,
      Formats.BOTH),
  /** （三）不予公开／7.属于行政执法案卷. */
  NOT_DISCLOSED_ENFORCEMENT_CASE_FILE(
      Groups.NOT_DISCLOSED,
      "7.属于行政执法案卷",
      OutcomeRow.NOT_DISCLOSED_ENFORCEMENT_CASE_FILE,
      Formats.BOTH),
  /** （三）不予公开／8.属于行政查询事项. */
  NOT_DISCLOSED_ADMINISTRATIVE_QUERY(
      Groups.NOT_DISCLOSED,
      "8.属于行政查询事项",
      OutcomeRow.NOT_DISCLOSED_ADMINISTRATIVE_QUERY,
      Formats.BOTH),
  /** （四）无法提供／1.本机关不掌握相关政府信息. */
  UNAVAILABLE_NOT_HELD(
      Groups.UNAVAILABLE, "1.本机关不掌握相关政府信息", OutcomeRow.UNAVAILABLE_NOT_HELD, Formats.BOTH),
  /** （四）无法提供／2.没有现成信息需要另行制作. */
  UNAVAILABLE_WOULD_NEED_CREATING(
      Groups.UNAVAILABLE,
      "2.没有现成信息需要另行制作",
      OutcomeRow.UNAVAILABLE_WOULD_NEED_CREATING,
      Formats.BOTH),
  /** （四）无法提供／3.补正后申请内容仍不明确. */
  UNAVAILABLE_STILL_UNCLEAR(
      Groups.UNAVAILABLE, "3.补正后申请内容仍不明确", OutcomeRow.UNAVAILABLE_STILL_UNCLEAR, Formats.BOTH),
  /** （五）不予处理／1.信访举报投诉类申请. */
  NOT_PROCESSED_PETITION(
      Groups.NOT_PROCESSED, "1.信访举报投诉类申请", OutcomeRow.NOT_PROCESSED_PETITION, Formats.BOTH),
  /** （五）不予处理／2.重复申请. */
  NOT_PROCESSED_REPEATED(
      Groups.NOT_PROCESSED, "2.重复申请", OutcomeRow.NOT_PROCESSED_REPEATED, Formats.BOTH),
  /** （五）不予处理／3.要求提供公开出版物. */
  NOT_PROCESSED_PUBLICATION(
      Groups.NOT_PROCESSED, "3.要求提供公开出版物", OutcomeRow.NOT_PROCESSED_PUBLICATION, Formats.BOTH),
  /** （五）不予处理／4.无正当理由大量反复申请. */
  NOT_PROCESSED_EXCESSIVE(
      Groups.NOT_PROCESSED, "4.无正当理由大量反复申请", OutcomeRow.NOT_PROCESSED_EXCESSIVE, Formats.BOTH),
  /** （五）不予处理／5.要求行政机关确认或重新出具已获取信息. */
  NOT_PROCESSED_CONFIRMATION(
      Groups.NOT_PROCESSED,
      "5.要求行政机关确认或重新出具已获取信息",
      OutcomeRow.NOT_PROCESSED_CONFIRMATION,
      Formats.BOTH),
  /** （六）其他处理 as one row: the trial format of 2019 only. */
  OTHER_PROCESSING(null, "（六）其他处理", "other handling", Formats.TRIAL),
  /** （六）其他处理／1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请: the 2021 format only. */
  OTHER_CORRECTION_MISSED(
      Groups.OTHER,
      "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
      OutcomeRow.OTHER_CORRECTION_MISSED,
      Formats.CURRENT),
  /** （六）其他处理／2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请: the 2021 format only. */
  OTHER_FEE_UNPAID(
      Groups.OTHER,
      "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
      OutcomeRow.OTHER_FEE_UNPAID,
      Formats.CURRENT),
  /** （六）其他处理／3.其他: the 2021 format only. */
  OTHER(Groups.OTHER, "3.其他", OutcomeRow.OTHER, Formats.CURRENT),
  /** （七）总计 of 三、本年度办理结果. */
  RESULTS_TOTAL(null, "（七）总计", "results in total", Formats.BOTH),
  /** 四、结转下年度继续办理. */
  CARRIED_FORWARD(null, "四、结转下年度继续办理", "carried forward to next year", Formats.BOTH);

  /** The heading of the result rows, printed beside them: 三、本年度办理结果. */
  public static final String RESULTS_HEADING = "三、本年度办理结果";

  /** The group headings printed beside sub-rows. */
  static final class Groups {
    static final String NOT_DISCLOSED = "（三）不予公开";
    static final String UNAVAILABLE = "（四）无法提供";
    static final String NOT_PROCESSED = "（五）不予处理";
    static final String OTHER = "（六）其他处理";

    private Groups() {}
  }

  private enum Formats {
    BOTH,
    TRIAL,
    CURRENT
  }

  private final String group;
  private final String label;
  private final String english;
  private final OutcomeRow outcome;
  private final Formats formats;

  /** A row that counts an outcome: its English is the outcome's. */
  RequestRow(String group, String label, OutcomeRow outcome, Formats formats) {
    this(group, label, outcome.english(), outcome, formats);
  }

  /** A row of its own, not an outcome. */
  RequestRow(String group, String label, String english, Formats formats) {
    this(group, label, english, null, formats);
  }

  private RequestRow(
      String group, String label, String english, OutcomeRow outcome, Formats formats) {
    this.group = group;
    this.label = label;
    this.english = english;
    this.outcome = outcome;
    this.formats = formats;
  }

  /**
   * Returns the row a closed request's outcome is counted in under a format: its own row, except
   * the three 其他处理 rows, which the trial format of 2019 counts in {@link #OTHER_PROCESSING}.
   *
   * @param outcome the outcome row (REQ-5)
   * @param format the format
   * @return the printed row
   */
  public static RequestRow of(OutcomeRow outcome, ReportFormat format) {
    requireNonNull(outcome, "outcome");
    requireNonNull(format, "format");
    RequestRow row = values()[DISCLOSED.ordinal() + outcome.ordinal()
        + (outcome.ordinal() > OutcomeRow.NOT_PROCESSED_CONFIRMATION.ordinal() ? 1 : 0)];
    return row.isIn(format) ? row : OTHER_PROCESSING;
  }

  /**
   * {@return the label as the format prints it in the row's own cell, e.g. {@code （一）予以公开} or
   * {@code 1.属于国家秘密}}
   */
  public String label() {
    return label;
  }

  /**
   * {@return the group heading printed beside a sub-row, e.g. {@code （三）不予公开}, or empty for a row
   * of its own}
   */
  public Optional<String> group() {
    return Optional.ofNullable(group);
  }

  /** {@return the full label, e.g. {@code 三、本年度办理结果／（三）不予公开／1.属于国家秘密}} */
  public String fullLabel() {
    if (!isResult() && this != RESULTS_TOTAL) {
      return label;
    }
    return RESULTS_HEADING + "／" + (group == null ? "" : group + "／") + label;
  }

  /** {@return the outcome row (REQ-5) this row counts, if it counts exactly one} */
  public Optional<OutcomeRow> outcome() {
    return Optional.ofNullable(outcome);
  }

  /**
   * {@return the group of outcomes this row counts in: the outcome's category, {@link
   * OutcomeRow.Category#OTHER} for {@link #OTHER_PROCESSING}; empty for the rows that are not
   * results}
   */
  public Optional<OutcomeRow.Category> category() {
    if (this == OTHER_PROCESSING) {
      return Optional.of(OutcomeRow.Category.OTHER);
    }
    return outcome().map(OutcomeRow::category);
  }

  /** {@return whether this is one of the result rows that add up to （七）总计} */
  public boolean isResult() {
    return outcome != null || this == OTHER_PROCESSING;
  }

  /**
   * Returns whether a format prints this row.
   *
   * @param format the format
   * @return true for every row but the 其他处理 rows of the other format
   */
  public boolean isIn(ReportFormat format) {
    requireNonNull(format, "format");
    return switch (formats) {
      case BOTH -> true;
      case TRIAL -> format == ReportFormat.TRIAL_2019;
      case CURRENT -> format == ReportFormat.FORMAT_2021;
    };
  }

  /**
   * Returns the row's name in English: an outcome's row reads as the outcome, e.g. {@code not
   * disclosed / 1. a state secret}.
   */
  String english() {
    return english;
  }
}
