package dev.disclosure.scoring;

import static java.util.Objects.requireNonNull;

/**
 * A rubric's calendar (考核周期): how often units are checked, notified and ranked, and how the
 * checks make the year's score. {@code 004} checks every month, notifies every quarter and ranks at
 * year end (每月一考核、季度一通报、年终一总评).
 *
 * @param checks how often units are checked (考核)
 * @param notices how often results are notified (通报)
 * @param ranking how often units are ranked (排名、总评)
 * @param aggregation how the checks of a year make the year's score
 */
public record Schedule(Cycle checks, Cycle notices, Cycle ranking, Aggregation aggregation) {

  /** One assessment a year, its findings pooled. */
  public static final Schedule YEARLY =
      new Schedule(Cycle.YEAR, Cycle.YEAR, Cycle.YEAR, Aggregation.POOLED);

  /** How the checks of a year make the year's score. */
  public enum Aggregation {
    /**
     * Every finding of the year counts against one card: deductions add up over the year and stop
     * where the criterion, section or rubric stops (扣完为止 for the year).
     */
    POOLED("全年累计扣分，按年封顶", "findings of the year pooled, caps per year"),
    /** Each check period is scored on its own card; the year's score is their exact mean. */
    MEAN_OF_CHECKS("各期得分的平均值", "the mean of the check periods' scores");

    private final String label;
    private final String english;

    Aggregation(String label, String english) {
      this.label = label;
      this.english = english;
    }

    /** {@return the Chinese words} */
    public String label() {
      return label;
    }

    /** {@return the English words} */
    public String english() {
      return english;
    }
  }

  /**
   * Checks that no component is null.
   *
   * @param checks how often units are checked (考核)
   * @param notices how often results are notified (通报)
   * @param ranking how often units are ranked (排名、总评)
   * @param aggregation how the checks of a year make the year's score
   */
  public Schedule {
    requireNonNull(checks, "checks");
    requireNonNull(notices, "notices");
    requireNonNull(ranking, "ranking");
    requireNonNull(aggregation, "aggregation");
  }
}
