package dev.disclosure.calendar;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;

/**
 * A period fixed by law or rule (法定期间): so many working days or calendar days, counted from a
 * start date (自…之日起) or backwards from an event (…前), possibly extendable up to a bound.
 *
 * <p>The disclosure rules' named periods are in {@code dev.disclosure.core.law.LegalPeriods}, so no
 * caller retypes "15 working days". A period becomes a date through {@link
 * WorkingDayCalendar#deadline}.
 *
 * <p>Immutable and thread-safe. Equality compares every field.
 */
public final class LegalPeriod {

  /** Which way a period is counted. */
  public enum Direction {
    /** From a start date onwards (自…之日起…内): the start day is not counted (CAL-4, CAL-5). */
    AFTER("之日起"),
    /**
     * Backwards from an event (…前, e.g. 访谈活动开始的5日前): the event day is not counted
     * (《民法典》第二百零一条), so the latest day for the act is n working days, or exactly n calendar
     * days, before the event. Nothing moves when that day is a rest day or a holiday: 第二百零三条
     * moves the <em>last</em> day of a period, and the last day of a period counted backwards is the
     * event, which is fixed; no text moves the act's day earlier.
     */
    BEFORE("前");

    private final String label;

    Direction(String label) {
      this.label = label;
    }

    /** {@return the Chinese counting word} */
    public String label() {
      return label;
    }
  }

  private final RuleId id;
  private final String wording;
  private final int amount;
  private final PeriodUnit unit;
  private final Direction direction;
  private final int maxExtension;
  private final RuleId extensionRule;
  private final ImmutableList<Citation> citations;

  private LegalPeriod(
      RuleId id,
      String wording,
      int amount,
      PeriodUnit unit,
      Direction direction,
      int maxExtension,
      RuleId extensionRule,
      List<Citation> citations) {
    this.id = id;
    this.wording = wording;
    this.amount = amount;
    this.unit = unit;
    this.direction = direction;
    this.maxExtension = maxExtension;
    this.extensionRule = extensionRule;
    this.citations = ImmutableList.copyOf(citations);
  }

  /**
   * Returns a period counted forwards from its start, with no extension.
   *
   * @param id the period's ID, e.g. {@code P-REPLY-2019}
   * @param amount the number of days, zero ("on the spot", 当场) or more
   * @param unit working days or calendar days
   * @param wording the Chinese wording of the rule
   * @param citations the provisions that set the period
   * @return the period
   * @throws IllegalPeriodException if {@code amount} is negative
   * @throws IllegalArgumentException if {@code wording} is blank
   */
  public static LegalPeriod of(
      RuleId id, int amount, PeriodUnit unit, String wording, Citation... citations) {
    requireNonNull(id, "id");
    requireNonNull(unit, "unit");
    requireNonNull(wording, "wording");
    requireNonNull(citations, "citations");
    for (Citation citation : citations) {
      requireNonNull(citation, "citation");
    }
    if (wording.isBlank()) {
      throw new IllegalArgumentException(
          "legal period " + id + " needs its wording, got '" + wording + "'");
    }
    if (amount < 0) {
      throw new IllegalPeriodException(
          unit == PeriodUnit.WORKING_DAYS ? RuleId.CAL_4 : RuleId.CAL_5,
          "period "
              + id
              + " needs zero or more "
              + (unit == PeriodUnit.WORKING_DAYS ? "working days" : "days")
              + ", got "
              + amount
              + "; valid: 0.." + Integer.MAX_VALUE);
    }
    return new LegalPeriod(
        id, wording, amount, unit, Direction.AFTER, 0, id, ImmutableList.copyOf(citations));
  }

  /**
   * Returns an unnamed period of working days, for a caller's own rule.
   *
   * @param workingDays the number of working days, zero or more
   * @return the period, with the counting rule {@code CAL-4} as its ID and no citation
   * @throws IllegalPeriodException if {@code workingDays} is negative
   */
  public static LegalPeriod ofWorkingDays(int workingDays) {
    return of(RuleId.CAL_4, workingDays, PeriodUnit.WORKING_DAYS, workingDays + "个工作日");
  }

  /**
   * Returns an unnamed period of calendar days, for a caller's own rule.
   *
   * @param days the number of days, zero or more
   * @return the period, with the counting rule {@code CAL-5} as its ID and no citation
   * @throws IllegalPeriodException if {@code days} is negative
   */
  public static LegalPeriod ofDays(int days) {
    return of(RuleId.CAL_5, days, PeriodUnit.DAYS, days + "日");
  }

  /**
   * Returns a copy that may be extended by up to {@code maxExtension} days of the same unit in
   * total, under a rule that says when and how (for requests, REQ-6).
   *
   * @param maxExtension the bound on all extensions together, at least 1
   * @param rule the rule that allows and bounds extensions, named by findings about them
   * @return the extendable period
   * @throws IllegalPeriodException if {@code maxExtension} is less than 1, or the period is counted
   *     backwards
   */
  public LegalPeriod withExtensionUpTo(int maxExtension, RuleId rule) {
    requireNonNull(rule, "rule");
    if (maxExtension < 1 || direction == Direction.BEFORE) {
      throw new IllegalPeriodException(
          rule,
          "period "
              + id
              + " cannot take an extension bound of "
              + maxExtension
              + "; give a bound of 1.."
              + Integer.MAX_VALUE
              + " on a period counted forwards");
    }
    return new LegalPeriod(id, wording, amount, unit, direction, maxExtension, rule, citations);
  }

  /**
   * Returns a copy counted backwards from an event ("提前N个工作日").
   *
   * @return the backwards period
   * @throws IllegalPeriodException if the period is extendable
   */
  public LegalPeriod countedBackwards() {
    if (maxExtension > 0) {
      throw new IllegalPeriodException(
          RuleId.CAL_4, "period " + id + " is extendable and cannot be counted backwards");
    }
    return new LegalPeriod(id, wording, amount, unit, Direction.BEFORE, 0, id, citations);
  }

  /**
   * {@return the period's ID, for example {@code P-REPLY-2019}; the counting rule ({@code CAL-4} or {@code
   * CAL-5}) for an unnamed one}
   */
  public RuleId id() {
    return id;
  }

  /** {@return the Chinese wording of the rule, for example {@code 自收到申请之日起20个工作日内予以答复}} */
  public String wording() {
    return wording;
  }

  /** {@return the number of days; zero means on the spot (当场)} */
  public int amount() {
    return amount;
  }

  /** {@return whether the period counts working days or calendar days} */
  public PeriodUnit unit() {
    return unit;
  }

  /** {@return whether the period runs forwards from its start or backwards from an event} */
  public Direction direction() {
    return direction;
  }

  /** {@return the bound on all extensions together, in the period's unit; zero if none allowed} */
  public int maxExtension() {
    return maxExtension;
  }

  /** {@return the rule that allows and bounds extensions; the period's own ID if it has none} */
  public RuleId extensionRule() {
    return extensionRule;
  }

  /** {@return the provisions that set the period} */
  public List<Citation> citations() {
    return citations;
  }

  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    return obj instanceof LegalPeriod other
        && id.equals(other.id)
        && wording.equals(other.wording)
        && amount == other.amount
        && unit == other.unit
        && direction == other.direction
        && maxExtension == other.maxExtension
        && extensionRule.equals(other.extensionRule)
        && citations.equals(other.citations);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, wording, amount, unit, direction, maxExtension, citations);
  }

  /** Returns a one-line description, for example {@code P-REPLY-2019 (20 工作日, extendable by 20)}. */
  @Override
  public String toString() {
    return id
        + " ("
        + amount
        + " "
        + unit.label()
        + (direction == Direction.BEFORE ? " 前" : "")
        + (maxExtension > 0 ? ", extendable by " + maxExtension : "")
        + ")";
  }
}
