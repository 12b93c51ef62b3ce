package dev.disclosure.calendar;

/**
 * The Civil Code's rules for counting periods (期间计算), which every deadline of this package
 * cites in its explanation.
 *
 * <p>{@link #CIVIL_CODE_ART_201} and {@link #CIVIL_CODE_ART_203} are cited by each {@link
 * Deadline} (CAL-4, CAL-5); {@link #CIVIL_CODE_ART_1259} is the provision behind {@link
 * CountingWord} (CAL-6). The provisions are quoted from {@value #CIVIL_CODE}.
 *
 * <p>Constants only; all of them are immutable and thread-safe.
 */
public final class CountingRules {

  /** The title of the Civil Code, {@code 《中华人民共和国民法典》}. */
  public static final String CIVIL_CODE = "《中华人民共和国民法典》";

  /** 《民法典》第二百零一条: the start day is not counted (CAL-4, CAL-5). */
  public static final Citation CIVIL_CODE_ART_201 =
      Citation.of(
          CIVIL_CODE, "第二百零一条", "按照年、月、日计算期间的，开始的当日不计入，自下一日开始计算。");

  /** 《民法典》第二百零三条: a period ending on a rest day ends on the next working day (CAL-5). */
  public static final Citation CIVIL_CODE_ART_203 =
      Citation.of(
          CIVIL_CODE,
          "第二百零三条",
          "期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日。");

  /** 《民法典》第一千二百五十九条: which counting words include the number (CAL-6). */
  public static final Citation CIVIL_CODE_ART_1259 =
      Citation.of(
          CIVIL_CODE,
          "第一千二百五十九条",
          "民法所称的“以上”、“以下”、“以内”、“届满”，包括本数；所称的“不满”、“超过”、“以外”，不包括本数。");

  private CountingRules() {}
}
