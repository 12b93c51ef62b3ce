package dev.disclosure.calendar;

import static java.util.Objects.requireNonNull;

import java.util.Objects;

/**
 * A holiday that closes agencies (节假日): one of the statutory festivals of the holiday law, a
 * one-off national day announced by the State Council, or a regional closure added by the caller.
 *
 * <p>Immutable and thread-safe. Equality compares the Chinese name, the English name and the scope.
 */
public final class Holiday {

  /** 元旦, New Year's Day. */
  public static final Holiday NEW_YEARS_DAY = national("元旦", "New Year's Day");
  /** 春节, Spring Festival. */
  public static final Holiday SPRING_FESTIVAL = national("春节", "Spring Festival");
  /** 清明节, Qingming Festival (Tomb-Sweeping Day). */
  public static final Holiday QINGMING_FESTIVAL = national("清明节", "Qingming Festival");
  /** 劳动节, Labour Day. */
  public static final Holiday LABOUR_DAY = national("劳动节", "Labour Day");
  /** 端午节, Dragon Boat Festival. */
  public static final Holiday DRAGON_BOAT_FESTIVAL = national("端午节", "Dragon Boat Festival");
  /** 中秋节, Mid-Autumn Festival. */
  public static final Holiday MID_AUTUMN_FESTIVAL = national("中秋节", "Mid-Autumn Festival");
  /** 国庆节, National Day. */
  public static final Holiday NATIONAL_DAY = national("国庆节", "National Day");
  /** 国庆节、中秋节: one announced run covering both festivals, as the notices of 2009, 2012, 2017, 2020, 2023 and 2025 name it. */
  public static final Holiday NATIONAL_DAY_AND_MID_AUTUMN =
      national("国庆节、中秋节", "National Day and Mid-Autumn Festival");
  /** The one-off holiday of 2015-09-03 (中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日). */
  public static final Holiday VICTORY_DAY_70TH_ANNIVERSARY =
      national(
          "中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日",
          "70th Anniversary of the Victory of the Chinese People's War of Resistance against"
              + " Japanese Aggression and the World Anti-Fascist War");
  /** The 2020 extension of the Spring Festival holiday to 2 February (延长2020年春节假期). */
  public static final Holiday SPRING_FESTIVAL_2020_EXTENSION =
      national("春节假期延长", "2020 Spring Festival holiday extension");

  /** Where a holiday closes agencies. */
  public enum Scope {
    /** Announced for the whole country by the State Council (全国). */
    NATIONAL("全国"),
    /** Announced for one region only (地方). */
    REGIONAL("地方");

    private final String label;

    Scope(String label) {
      this.label = label;
    }

    /** {@return the Chinese label} */
    public String label() {
      return label;
    }
  }

  private final String chineseName;
  private final String englishName;
  private final Scope scope;

  private Holiday(String chineseName, String englishName, Scope scope) {
    this.chineseName = chineseName;
    this.englishName = englishName;
    this.scope = scope;
  }

  /**
   * Returns a national holiday, for a one-off day announced by the State Council that the built-in
   * constants do not name.
   *
   * @param chineseName the name in the notice, e.g. {@code 春节}
   * @param englishName an English name
   * @return the holiday
   * @throws IllegalArgumentException if a name is blank
   */
  public static Holiday national(String chineseName, String englishName) {
    return of(chineseName, englishName, Scope.NATIONAL);
  }

  /**
   * Returns a regional closure, such as a festival of an ethnic autonomous region (民族自治地方节日).
   *
   * @param chineseName the name in the regional notice, e.g. {@code 古尔邦节}
   * @param englishName an English name
   * @return the holiday
   * @throws IllegalArgumentException if a name is blank
   */
  public static Holiday regional(String chineseName, String englishName) {
    return of(chineseName, englishName, Scope.REGIONAL);
  }

  private static Holiday of(String chineseName, String englishName, Scope scope) {
    requireNonNull(chineseName, "chineseName");
    requireNonNull(englishName, "englishName");
    if (chineseName.isBlank() || englishName.isBlank()) {
      throw new IllegalArgumentException(
          "A holiday needs a Chinese and an English name, got '" + chineseName + "' and '"
              + englishName + "'");
    }
    return new Holiday(chineseName, englishName, scope);
  }

  /** {@return the Chinese name, as the notice gives it, for example {@code 国庆节}} */
  public String label() {
    return chineseName;
  }

  /** {@return the English name} */
  public String englishName() {
    return englishName;
  }

  /** {@return whether the holiday closes agencies nationally or in one region} */
  public Scope scope() {
    return scope;
  }

  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    return obj instanceof Holiday other
        && chineseName.equals(other.chineseName)
        && englishName.equals(other.englishName)
        && scope == other.scope;
  }

  @Override
  public int hashCode() {
    return Objects.hash(chineseName, englishName, scope);
  }

  /** Returns the Chinese name followed by the English name in parentheses. */
  @Override
  public String toString() {
    return chineseName + " (" + englishName + ")";
  }
}
