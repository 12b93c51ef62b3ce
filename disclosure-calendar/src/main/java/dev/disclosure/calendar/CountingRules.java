package dev.disclosure.calendar;

/**
 * The rules by which Chinese law counts periods (期间计算), as citations: the start day is not
 * counted, a last day on a rest day moves to the next working day, and which counting words include
 * the number. Every deadline's findings cite them.
 */
public final class CountingRules {

  /** 《中华人民共和国民法典》, whose 第十章 counts periods. */
  public static final LegalSource CIVIL_CODE =
      LegalSource.of("《中华人民共和国民法典》", "Civil Code of the People's Republic of China");

  /** 《民法典》第二百零一条: the start day is not counted (CAL-4, CAL-5). */
  public static final Citation CIVIL_CODE_ART_201 =
      Citation.of(CIVIL_CODE, "第二百零一条", "按照年、月、日计算期间的，开始的当日不计入，自下一日开始计算。");

  /** 《民法典》第二百零三条: a period ending on a rest day ends on the next working day (CAL-5). */
  public static final Citation CIVIL_CODE_ART_203 =
      Citation.of(
          CIVIL_CODE, "第二百零三条", "期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日。");

  /** 《民法典》第一千二百五十九条: which counting words include the number (CAL-6). */
  public static final Citation CIVIL_CODE_ART_1259 =
      Citation.of(
          CIVIL_CODE,
          "第一千二百五十九条",
          "民法所称的“以上”、“以下”、“以内”、“届满”，包括本数；所称的“不满”、“超过”、“以外”，不包括本数。");

  private CountingRules() {}
}
