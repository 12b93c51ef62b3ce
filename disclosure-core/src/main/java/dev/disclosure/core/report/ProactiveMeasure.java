package dev.disclosure.core.report;

import java.util.Locale;

/**
 * The columns of the proactive-disclosure table (第二部分 主动公开政府信息情况, RPT-2) with their labels as
 * the formats print them: counts, a signed change (本年增/减, trial format) or an amount.
 */
public enum ProactiveMeasure {
  /** 本年制发件数 (2021 format). */
  ISSUED("本年制发件数", Unit.COUNT),
  /** 本年废止件数 (2021 format). */
  REPEALED("本年废止件数", Unit.COUNT),
  /** 现行有效件数 (2021 format). */
  IN_FORCE("现行有效件数", Unit.COUNT),
  /** 本年处理决定数量 (2021 format). */
  DECISIONS("本年处理决定数量", Unit.COUNT),
  /** 本年收费金额（单位：万元） (2021 format): an exact amount in 万元. */
  FEES_COLLECTED("本年收费金额（单位：万元）", Unit.AMOUNT),
  /** 本年新制作数量 (trial format). */
  NEWLY_MADE("本年新制作数量", Unit.COUNT),
  /** 本年新公开数量 (trial format). */
  NEWLY_PUBLISHED("本年新公开数量", Unit.COUNT),
  /** 对外公开总数量 (trial format). */
  PUBLISHED_TOTAL("对外公开总数量", Unit.COUNT),
  /** 上一年项目数量 (trial format). */
  ITEMS_LAST_YEAR("上一年项目数量", Unit.COUNT),
  /** 本年增/减 (trial format): a change, negative for a decrease. */
  CHANGE("本年增/减", Unit.SIGNED_COUNT),
  /** 处理决定数量 (trial format). */
  DECISIONS_TRIAL("处理决定数量", Unit.COUNT),
  /** 采购项目数量 (trial format). */
  PROCUREMENT_PROJECTS("采购项目数量", Unit.COUNT),
  /** 采购总金额 (trial format): an amount, in the unit the report states. */
  PROCUREMENT_AMOUNT("采购总金额", Unit.AMOUNT);

  /** What a measure's cells hold. */
  enum Unit {
    COUNT,
    SIGNED_COUNT,
    AMOUNT
  }

  private final String label;
  private final Unit unit;

  ProactiveMeasure(String label, Unit unit) {
    this.label = label;
    this.unit = unit;
  }

  /** {@return the column's label as printed, e.g. {@code 本年制发件数}} */
  public String label() {
    return label;
  }

  /** {@return whether the cells are amounts (exact decimals) rather than counts} */
  public boolean isAmount() {
    return unit == Unit.AMOUNT;
  }

  /** {@return whether a cell may be negative (本年增/减)} */
  public boolean isSigned() {
    return unit == Unit.SIGNED_COUNT;
  }

  String english() {
    return name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
