package dev.disclosure.core.request;

import static java.util.Objects.requireNonNull;

import java.util.Collection;
import java.util.EnumSet;

/**
 * The result rows of the national annual report's requests table (处理结果, REQ-5, RPT-2021): every
 * closed request counts in exactly one of them.
 */
public enum OutcomeRow {
  /** 予以公开. */
  DISCLOSED(Category.DISCLOSED, 0, "予以公开",
      "disclosed"),
  /** 部分公开（区分处理的，只计这一情形，不计其他情形）. */
  PARTIALLY_DISCLOSED(Category.PARTIALLY_DISCLOSED, 0, "部分公开",
      "disclosed in part"),
  /** 不予公开／1.属于国家秘密. */
  NOT_DISCLOSED_STATE_SECRET(Category.NOT_DISCLOSED, 1, "属于国家秘密",
      "a state secret"),
  /** 不予公开／2.其他法律行政法规禁止公开. */
  NOT_DISCLOSED_PROHIBITED_BY_LAW(Category.NOT_DISCLOSED, 2, "其他法律行政法规禁止公开",
      "prohibited from disclosure by other laws or administrative regulations"),
  /** 不予公开／3.危及“三安全一稳定”. */
  NOT_DISCLOSED_SECURITY_AND_STABILITY(Category.NOT_DISCLOSED, 3, "危及“三安全一稳定”",
      "would endanger national, public or economic security or social stability"),
  /** 不予公开／4.保护第三方合法权益. */
  NOT_DISCLOSED_THIRD_PARTY_RIGHTS(Category.NOT_DISCLOSED, 4, "保护第三方合法权益",
      "to protect the lawful rights and interests of a third party"),
  /** 不予公开／5.属于三类内部事务信息. */
  NOT_DISCLOSED_INTERNAL_AFFAIRS(Category.NOT_DISCLOSED, 5, "属于三类内部事务信息",
      "one of the three kinds of internal-affairs information"),
  /** 不予公开／6.属于四类过程性信息. */
  NOT_DISCLOSED_PROCESS_INFORMATION(Category.NOT_DISCLOSED, 6, "属于四类过程性信息",
      "one of the four kinds of process information"),
  /** 不予公开／7.属于行政执法案卷. */
  NOT_DISCLOSED_ENFORCEMENT_CASE_FILE(Category.NOT_DISCLOSED, 7, "属于行政执法案卷",
      "an administrative law-enforcement case file"),
  /** 不予公开／8.属于行政查询事项. */
  NOT_DISCLOSED_ADMINISTRATIVE_QUERY(Category.NOT_DISCLOSED, 8, "属于行政查询事项",
      "an administrative inquiry matter"),
  /** 无法提供／1.本机关不掌握相关政府信息. */
  UNAVAILABLE_NOT_HELD(Category.UNAVAILABLE, 1, "本机关不掌握相关政府信息",
      "this agency does not hold the information"),
  /** 无法提供／2.没有现成信息需要另行制作. */
  UNAVAILABLE_WOULD_NEED_CREATING(Category.UNAVAILABLE, 2, "没有现成信息需要另行制作",
      "no existing information; it would have to be created"),
  /** 无法提供／3.补正后申请内容仍不明确. */
  UNAVAILABLE_STILL_UNCLEAR(Category.UNAVAILABLE, 3, "补正后申请内容仍不明确",
      "the application is still unclear after correction"),
  /** 不予处理／1.信访举报投诉类申请. */
  NOT_PROCESSED_PETITION(Category.NOT_PROCESSED, 1, "信访举报投诉类申请",
      "a petition, report or complaint"),
  /** 不予处理／2.重复申请. */
  NOT_PROCESSED_REPEATED(Category.NOT_PROCESSED, 2, "重复申请",
      "a repeated application"),
  /** 不予处理／3.要求提供公开出版物. */
  NOT_PROCESSED_PUBLICATION(Category.NOT_PROCESSED, 3, "要求提供公开出版物",
      "a request for public publications"),
  /** 不予处理／4.无正当理由大量反复申请. */
  NOT_PROCESSED_EXCESSIVE(Category.NOT_PROCESSED, 4, "无正当理由大量反复申请",
      "large numbers of repeated applications without good reason"),
  /** 不予处理／5.要求行政机关确认或重新出具已获取信息. */
  NOT_PROCESSED_CONFIRMATION(Category.NOT_PROCESSED, 5, "要求行政机关确认或重新出具已获取信息",
      "a request that the agency confirm or reissue information already obtained"),
  /** 其他处理／1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请. */
  OTHER_CORRECTION_MISSED(
      Category.OTHER,
      1,
      "申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
      "the applicant did not correct the application in time without good reason; the agency no"
          + " longer processes it"),
  /** 其他处理／2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请. */
  OTHER_FEE_UNPAID(
      Category.OTHER,
      2,
      "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
      "the applicant did not pay the fee in time as the fee notice required; the agency no longer"
          + " processes the application"),
  /** 其他处理／3.其他. */
  OTHER(Category.OTHER, 3, "其他",
      "other");

  /** The six groups of result rows (处理结果分类). */
  public enum Category {
    /** 予以公开. */
    DISCLOSED("予以公开", "disclosed"),
    /** 部分公开. */
    PARTIALLY_DISCLOSED("部分公开", "disclosed in part"),
    /** 不予公开. */
    NOT_DISCLOSED("不予公开", "not disclosed"),
    /** 无法提供. */
    UNAVAILABLE("无法提供", "unable to provide"),
    /** 不予处理. */
    NOT_PROCESSED("不予处理", "not processed"),
    /** 其他处理. */
    OTHER("其他处理", "other handling");

    private final String label;
    private final String english;

    Category(String label, String english) {
      this.label = label;
      this.english = english;
    }

    /** {@return the Chinese label, for example {@code 不予公开}} */
    public String label() {
      return label;
    }

    /** {@return the English label, for example {@code not disclosed}} */
    public String english() {
      return english;
    }
  }

  private final Category category;
  private final int number;
  private final String label;
  private final String english;

  OutcomeRow(Category category, int number, String label, String english) {
    this.category = category;
    this.number = number;
    this.label = label;
    this.english = number == 0 ? english : category.english() + " / " + number + ". " + english;
  }

  /**
   * Returns the one row a request of several items counts in (REQ-5, REQ-12), from the rows of its
   * items' answers. A request counts once in the requests table, in one row, however many items it
   * has:
   *
   * <ul>
   *   <li>every item in one row: that row;
   *   <li>some information provided (an item in 予以公开 or 部分公开) and some not: 部分公开. RPT-2021
   *       (国办公开办函〔2021〕30号, table 三) heads that row "部分公开（区分处理的，只计这一情形，不计其他情形）": a
   *       request answered in part counts there and in no other row;
   *   <li>[convention] nothing provided and the items in different rows: the first of those rows in
   *       the format's order (不予公开 before 无法提供, 不予处理 and 其他处理, sub-rows by number). The
   *       format is silent; this keeps the count independent of the order of the items, and the
   *       case's findings say so (kind CONVENTION).
   * </ul>
   *
   * @param rows the rows of the items' answers, at least one
   * @return the request's row
   * @throws IllegalArgumentException if {@code rows} is empty
   */
  public static OutcomeRow forItems(Collection<OutcomeRow> rows) {
    requireNonNull(rows, "rows");
    if (rows.isEmpty()) {
      throw new IllegalArgumentException(
          "a request's row is derived from at least one item's row (REQ-5); got none");
    }
    EnumSet<OutcomeRow> distinct = EnumSet.noneOf(OutcomeRow.class);
    for (OutcomeRow row : rows) {
      distinct.add(requireNonNull(row, "row"));
    }
    if (distinct.size() == 1) {
      return distinct.iterator().next();
    }
    boolean provided = distinct.contains(DISCLOSED) || distinct.contains(PARTIALLY_DISCLOSED);
    return provided ? PARTIALLY_DISCLOSED : distinct.iterator().next();
  }

  /**
   * {@return whether {@link #forItems} chose the row by the library's convention (nothing provided,
   * items in different rows) rather than by the format}
   *
   * @param rows the rows of the items' answers, at least one
   */
  static boolean forItemsByConvention(Collection<OutcomeRow> rows) {
    EnumSet<OutcomeRow> distinct = EnumSet.copyOf(rows);
    return distinct.size() > 1
        && !distinct.contains(DISCLOSED)
        && !distinct.contains(PARTIALLY_DISCLOSED);
  }

  /** {@return the group the row belongs to} */
  public Category category() {
    return category;
  }

  /** {@return the sub-row's number within its group (1-based), or 0 for a group of one row} */
  public int number() {
    return number;
  }

  /**
   * {@return the Chinese label as the report prints it, for example {@code 不予公开／1.属于国家秘密} or {@code 予以公开}}
   */
  public String label() {
    return number == 0 ? label : category.label() + "／" + number + "." + label;
  }

  /**
   * {@return the English label, laid out as the Chinese one, for example {@code not disclosed / 1. a
   * state secret} or {@code disclosed}}
   */
  public String english() {
    return english;
  }
}
