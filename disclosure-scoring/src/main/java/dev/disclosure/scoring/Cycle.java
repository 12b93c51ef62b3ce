package dev.disclosure.scoring;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * How often something happens in a rubric's year (周期): a check (每月一考核), a notice (季度一通报), a
 * ranking (年终一总评).
 */
public enum Cycle {
  /** Every month (每月). */
  MONTH(1, "月", "month"),
  /** Every quarter (每季度). */
  QUARTER(3, "季度", "quarter"),
  /** Every half-year (每半年). */
  HALF_YEAR(6, "半年", "half-year"),
  /** Every year (每年). */
  YEAR(12, "年", "year");

  private final int months;
  private final String label;
  private final String english;

  Cycle(int months, String label, String english) {
    this.months = months;
    this.label = label;
    this.english = english;
  }

  /** {@return the Chinese word, e.g. {@code 季度}} */
  public String label() {
    return label;
  }

  /** {@return the English word, e.g. {@code quarter}} */
  public String english() {
    return english;
  }

  /**
   * Returns the periods of a year, in order: twelve months, four quarters, two halves or the year.
   *
   * @param year the year, 1 to 9999
   * @return the periods
   * @throws IllegalArgumentException if the year is out of range
   */
  public List<Period> periods(int year) {
    if (year < 1 || year > 9999) {
      throw new IllegalArgumentException("year " + year + " is outside 1..9999");
    }
    List<Period> out = new ArrayList<>();
    for (int m = 1; m <= 12; m += months) {
      LocalDate first = LocalDate.of(year, m, 1);
      out.add(new Period(this, first, first.plusMonths(months).minusDays(1)));
    }
    return List.copyOf(out);
  }

  /**
   * One period of a cycle.
   *
   * @param cycle the cycle
   * @param first its first day
   * @param last its last day
   */
  public record Period(Cycle cycle, LocalDate first, LocalDate last) {
    /**
     * Checks the order of the days.
     *
     * @throws IllegalArgumentException if the last day is before the first
     * @param cycle the cycle
     * @param first its first day
     * @param last its last day
     */
    public Period {
      requireNonNull(cycle, "cycle");
      requireNonNull(first, "first");
      requireNonNull(last, "last");
      if (last.isBefore(first)) {
        throw new IllegalArgumentException("period " + first + " to " + last + " ends before it starts");
      }
    }

    /**
     * Returns whether a day lies in the period.
     *
     * @param day the day
     * @return true if {@code first <= day <= last}
     */
    public boolean contains(LocalDate day) {
      requireNonNull(day, "day");
      return !day.isBefore(first) && !day.isAfter(last);
    }
  }
}
