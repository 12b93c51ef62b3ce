package dev.disclosure.scoring;

import static java.util.Objects.requireNonNull;

import dev.disclosure.calendar.CountingWord;
import dev.disclosure.core.law.Rules;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * One rule of a criterion (评分细则), as data (SC-9): what the assessor records under it and what it
 * does to the score. The scorer applies the rules to the recorded {@link Occurrence}s; callers never
 * compute amounts.
 *
 * <ul>
 *   <li>{@link Judged} — the assessor states the points deducted (按相应考核内容扣分, {@code 001});
 *   <li>{@link PerOccurrence} — a fixed deduction per item, time, case, day or percentage point,
 *       with an optional cap for the rule (每次扣0.5分);
 *   <li>{@link Once} — a one-off deduction (发展思路不清无规划扣1分): a repeat changes nothing;
 *   <li>{@link ShortOfTarget} — a deduction per percentage point short of a target (完成60%，每差一个百分点
 *       扣0.5分);
 *   <li>{@link PerRatePoint} — points earned per percentage point achieved (每完成1个百分点得0.15分);
 *   <li>{@link Threshold} — points when a rate reaches a target, others when not (办结率达到95%以上);
 *   <li>{@link Survey} — a score from a questionnaire (按调查问卷计分);
 *   <li>{@link RecordedScore} — scores given outright, their mean counted (两次自我考核成绩平均值);
 *   <li>{@link Bonus} — points added, above the maximum where the rubric allows (加分);
 *   <li>{@link PersonDeduction} — points deducted from a named person (扣当事人1分), kept apart from the
 *       unit's score;
 *   <li>{@link Money} — a reward or fine in yuan, kept in a ledger apart from points.
 * </ul>
 *
 * <p>Earning rules ({@link #role()} {@link Role#EARNED}) need their input: a card without it is
 * incomplete. Every rule has an id unique within its criterion and the wording as the rubric writes
 * it. All values are immutable.
 */
public sealed interface ScoringRule
    permits ScoringRule.Judged,
        ScoringRule.PerOccurrence,
        ScoringRule.Once,
        ScoringRule.ShortOfTarget,
        ScoringRule.PerRatePoint,
        ScoringRule.Threshold,
        ScoringRule.Survey,
        ScoringRule.RecordedScore,
        ScoringRule.Bonus,
        ScoringRule.PersonDeduction,
        ScoringRule.Money {

  /** What a rule does to a score card. */
  enum Role {
    /** Builds the criterion's score up from zero; required. */
    EARNED,
    /** Takes points off the criterion. */
    DEDUCTED,
    /** Adds points, above the maximum if need be. */
    BONUS,
    /** Takes points off a named person, not the unit. */
    PERSON,
    /** Moves money, not points. */
    MONEY
  }

  /** What an occurrence of the rule records as its quantity. */
  enum Input {
    /** Points stated by the assessor, positive. */
    POINTS,
    /** A count in the rule's {@link Per} unit, positive (whole unless the unit is fractional). */
    COUNT,
    /** A rate in percent, at least zero (96.5 for 96.5 %). */
    PERCENT,
    /** A score out of the criterion's scale. */
    SCORE,
    /** Questionnaire counts ({@link Assessment#withSurvey}). */
    SURVEY
  }

  /** {@return the rule's id, unique within its criterion} */
  String id();

  /** {@return the rule as the rubric words it, in Chinese} */
  String wording();

  /** {@return what the rule does} */
  Role role();

  /** {@return what an occurrence records} */
  Input input();

  /**
   * Returns the assessor's own deductions (按相应考核内容扣分).
   *
   * @param id the rule id
   * @param wording the rubric's wording
   * @return the rule
   */
  static Judged judged(String id, String wording) {
    return new Judged(id, wording);
  }

  /**
   * Returns a fixed deduction per unit counted, uncapped but for the criterion's own cap.
   *
   * @param id the rule id
   * @param wording the rubric's wording, e.g. {@code 不按时报表每次扣0.5分}
   * @param each the points per unit, positive
   * @param per the unit counted
   * @return the rule
   */
  static PerOccurrence deduct(String id, String wording, Points each, Per per) {
    return new PerOccurrence(id, wording, each, per, Optional.empty());
  }

  /**
   * Returns a one-off deduction.
   *
   * @param id the rule id
   * @param wording the rubric's wording, e.g. {@code 发展思路不清，无规划扣1分}
   * @param amount the points, positive
   * @return the rule
   */
  static Once once(String id, String wording, Points amount) {
    return new Once(id, wording, amount);
  }

  /**
   * Returns a deduction per percentage point short of a target.
   *
   * @param id the rule id
   * @param wording the rubric's wording
   * @param targetPercent the target in percent, e.g. 60
   * @param perPoint the points per percentage point short, positive
   * @return the rule
   */
  static ShortOfTarget shortOf(String id, String wording, Points targetPercent, Points perPoint) {
    return new ShortOfTarget(id, wording, targetPercent, perPoint);
  }

  /**
   * Returns points earned per percentage point achieved, up to the criterion's scale.
   *
   * @param id the rule id
   * @param wording the rubric's wording
   * @param perPoint the points per percentage point, positive
   * @return the rule
   */
  static PerRatePoint earnPerPoint(String id, String wording, Points perPoint) {
    return new PerRatePoint(id, wording, perPoint);
  }

  /**
   * Returns a threshold on a rate: {@code ifMet} points when the rate meets the target as the
   * counting word reads it (95%以上 includes 95 %, CAL-6), {@code otherwise} points if not.
   *
   * @param id the rule id
   * @param wording the rubric's wording
   * @param targetPercent the target in percent
   * @param word the counting word, e.g. {@link CountingWord#AT_OR_ABOVE}
   * @param ifMet points when met
   * @param otherwise points when not
   * @return the rule
   */
  static Threshold threshold(
      String id,
      String wording,
      Points targetPercent,
      CountingWord word,
      Points ifMet,
      Points otherwise) {
    return new Threshold(id, wording, targetPercent, word, ifMet, otherwise);
  }

  /**
   * Returns a questionnaire rule (按调查问卷计分).
   *
   * @param id the rule id
   * @param wording the rubric's wording
   * @return the rule
   */
  static Survey survey(String id, String wording) {
    return new Survey(id, wording);
  }

  /**
   * Returns scores given outright, their mean counted.
   *
   * @param id the rule id
   * @param wording the rubric's wording
   * @return the rule
   */
  static RecordedScore recordedScore(String id, String wording) {
    return new RecordedScore(id, wording);
  }

  /**
   * Returns bonus points per unit counted (加分).
   *
   * @param id the rule id
   * @param wording the rubric's wording
   * @param each points per unit, positive
   * @param per the unit counted
   * @return the rule, uncapped
   */
  static Bonus bonus(String id, String wording, Points each, Per per) {
    return new Bonus(id, wording, each, per, Optional.empty());
  }

  /**
   * Returns a deduction from the person concerned (扣当事人).
   *
   * @param id the rule id
   * @param wording the rubric's wording
   * @param each points per unit, positive
   * @param per the unit counted
   * @return the rule
   */
  static PersonDeduction deductFromPerson(String id, String wording, Points each, Per per) {
    return new PersonDeduction(id, wording, each, per);
  }

  /**
   * Returns a money reward (奖励) per unit counted.
   *
   * @param id the rule id
   * @param wording the rubric's wording
   * @param yuanEach yuan per unit, positive
   * @param per the unit counted
   * @return the rule
   */
  static Money reward(String id, String wording, BigDecimal yuanEach, Per per) {
    return new Money(id, wording, yuanEach, per, false);
  }

  /**
   * Returns a money fine (扣发) per unit counted.
   *
   * @param id the rule id
   * @param wording the rubric's wording
   * @param yuanEach yuan per unit, positive
   * @param per the unit counted
   * @return the rule
   */
  static Money fine(String id, String wording, BigDecimal yuanEach, Per per) {
    return new Money(id, wording, yuanEach, per, true);
  }

  private static void check(String id, String wording) {
    requireNonNull(id, "id");
    requireNonNull(wording, "wording");
    if (id.isBlank() || wording.isBlank()) {
      throw new IllegalArgumentException(
          "a scoring rule needs an id and its wording; got '" + id + "' / '" + wording + "' ("
              + Rules.SC_9 + ")");
    }
  }

  private static void positive(String id, String what, Points value) {
    requireNonNull(value, what);
    if (!value.isPositive()) {
      throw new IllegalArgumentException(
          "rule " + id + ": " + what + " " + value + " must be positive (" + Rules.SC_9 + ")");
    }
  }

  private static void nonNegative(String id, String what, Points value) {
    requireNonNull(value, what);
    if (value.isNegative()) {
      throw new IllegalArgumentException(
          "rule " + id + ": " + what + " " + value + " must not be negative (" + Rules.SC_9 + ")");
    }
  }

  /**
   * The assessor states the points deducted.
   *
   * @param id the rule id
   * @param wording the wording
   */
  record Judged(String id, String wording) implements ScoringRule {
    /**
     * Checks the text.
     *
     * @param id the rule id
     * @param wording the wording
     */
    public Judged {
      check(id, wording);
    }

    @Override
    public Role role() {
      return Role.DEDUCTED;
    }

    @Override
    public Input input() {
      return Input.POINTS;
    }
  }

  /**
   * A fixed deduction per unit counted, with an optional cap for the rule.
   *
   * @param id the rule id
   * @param wording the wording
   * @param each points per unit, positive
   * @param per the unit
   * @param cap the most the rule deducts in all, if the rubric says
   */
  record PerOccurrence(String id, String wording, Points each, Per per, Optional<Points> cap)
      implements ScoringRule {
    /**
     * Checks the values.
     *
     * @param id the rule id
     * @param wording the wording
     * @param each points per unit, positive
     * @param per the unit
     * @param cap the most the rule deducts in all, if the rubric says
     */
    public PerOccurrence {
      check(id, wording);
      positive(id, "points each", each);
      requireNonNull(per, "per");
      requireNonNull(cap, "cap");
      cap.ifPresent(c -> positive(id, "cap", c));
    }

    /**
     * Returns this rule capped: it deducts at most {@code cap} in all.
     *
     * @param cap the cap, positive
     * @return the capped rule
     */
    public PerOccurrence upTo(Points cap) {
      return new PerOccurrence(id, wording, each, per, Optional.of(requireNonNull(cap, "cap")));
    }

    @Override
    public Role role() {
      return Role.DEDUCTED;
    }

    @Override
    public Input input() {
      return Input.COUNT;
    }
  }

  /**
   * A one-off deduction: recorded once or more, deducted once.
   *
   * @param id the rule id
   * @param wording the wording
   * @param amount the points, positive
   */
  record Once(String id, String wording, Points amount) implements ScoringRule {
    /**
     * Checks the values.
     *
     * @param id the rule id
     * @param wording the wording
     * @param amount the points, positive
     */
    public Once {
      check(id, wording);
      positive(id, "amount", amount);
    }

    @Override
    public Role role() {
      return Role.DEDUCTED;
    }

    @Override
    public Input input() {
      return Input.COUNT;
    }
  }

  /**
   * A deduction per percentage point short of a target: {@code max(0, target − rate) × perPoint}
   * for each rate recorded.
   *
   * @param id the rule id
   * @param wording the wording
   * @param targetPercent the target in percent, in (0, 100]
   * @param perPoint points per percentage point short, positive
   */
  record ShortOfTarget(String id, String wording, Points targetPercent, Points perPoint)
      implements ScoringRule {
    /**
     * Checks the values.
     *
     * @param id the rule id
     * @param wording the wording
     * @param targetPercent the target in percent, in (0, 100]
     * @param perPoint points per percentage point short, positive
     */
    public ShortOfTarget {
      check(id, wording);
      positive(id, "target", targetPercent);
      positive(id, "points per percentage point", perPoint);
    }

    @Override
    public Role role() {
      return Role.DEDUCTED;
    }

    @Override
    public Input input() {
      return Input.PERCENT;
    }
  }

  /**
   * Points earned per percentage point achieved: {@code rate × perPoint}, at most the criterion's
   * scale.
   *
   * @param id the rule id
   * @param wording the wording
   * @param perPoint points per percentage point, positive
   */
  record PerRatePoint(String id, String wording, Points perPoint) implements ScoringRule {
    /**
     * Checks the values.
     *
     * @param id the rule id
     * @param wording the wording
     * @param perPoint points per percentage point, positive
     */
    public PerRatePoint {
      check(id, wording);
      positive(id, "points per percentage point", perPoint);
    }

    @Override
    public Role role() {
      return Role.EARNED;
    }

    @Override
    public Input input() {
      return Input.PERCENT;
    }
  }

  /**
   * Points by whether a rate meets a target.
   *
   * @param id the rule id
   * @param wording the wording
   * @param targetPercent the target in percent
   * @param word how the target is read (CAL-6)
   * @param ifMet points when met, at least zero
   * @param otherwise points when not, at least zero
   */
  record Threshold(
      String id,
      String wording,
      Points targetPercent,
      CountingWord word,
      Points ifMet,
      Points otherwise)
      implements ScoringRule {
    /**
     * Checks the values.
     *
     * @param id the rule id
     * @param wording the wording
     * @param targetPercent the target in percent
     * @param word how the target is read (CAL-6)
     * @param ifMet points when met, at least zero
     * @param otherwise points when not, at least zero
     */
    public Threshold {
      check(id, wording);
      nonNegative(id, "target", targetPercent);
      requireNonNull(word, "word");
      nonNegative(id, "points when met", ifMet);
      nonNegative(id, "points when not met", otherwise);
    }

    /**
     * Returns whether a rate meets the target.
     *
     * @param ratePercent the rate in percent
     * @return true if met as the counting word reads it
     */
    public boolean isMet(Points ratePercent) {
      return word.test(ratePercent, targetPercent);
    }

    @Override
    public Role role() {
      return Role.EARNED;
    }

    @Override
    public Input input() {
      return Input.PERCENT;
    }
  }

  /**
   * A score from a questionnaire.
   *
   * @param id the rule id
   * @param wording the wording
   */
  record Survey(String id, String wording) implements ScoringRule {
    /**
     * Checks the text.
     *
     * @param id the rule id
     * @param wording the wording
     */
    public Survey {
      check(id, wording);
    }

    @Override
    public Role role() {
      return Role.EARNED;
    }

    @Override
    public Input input() {
      return Input.SURVEY;
    }
  }

  /**
   * Scores given outright, the mean of those recorded counted.
   *
   * @param id the rule id
   * @param wording the wording
   */
  record RecordedScore(String id, String wording) implements ScoringRule {
    /**
     * Checks the text.
     *
     * @param id the rule id
     * @param wording the wording
     */
    public RecordedScore {
      check(id, wording);
    }

    @Override
    public Role role() {
      return Role.EARNED;
    }

    @Override
    public Input input() {
      return Input.SCORE;
    }
  }

  /**
   * Bonus points per unit counted, with an optional cap.
   *
   * @param id the rule id
   * @param wording the wording
   * @param each points per unit, positive
   * @param per the unit
   * @param cap the most the rule adds in all, if the rubric says
   */
  record Bonus(String id, String wording, Points each, Per per, Optional<Points> cap)
      implements ScoringRule {
    /**
     * Checks the values.
     *
     * @param id the rule id
     * @param wording the wording
     * @param each points per unit, positive
     * @param per the unit
     * @param cap the most the rule adds in all, if the rubric says
     */
    public Bonus {
      check(id, wording);
      positive(id, "points each", each);
      requireNonNull(per, "per");
      requireNonNull(cap, "cap");
      cap.ifPresent(c -> positive(id, "cap", c));
    }

    /**
     * Returns this bonus capped at {@code cap} in all.
     *
     * @param cap the cap, positive
     * @return the capped rule
     */
    public Bonus upTo(Points cap) {
      return new Bonus(id, wording, each, per, Optional.of(requireNonNull(cap, "cap")));
    }

    @Override
    public Role role() {
      return Role.BONUS;
    }

    @Override
    public Input input() {
      return Input.COUNT;
    }
  }

  /**
   * A deduction from the person concerned, kept apart from the unit's score.
   *
   * @param id the rule id
   * @param wording the wording
   * @param each points per unit, positive
   * @param per the unit
   */
  record PersonDeduction(String id, String wording, Points each, Per per) implements ScoringRule {
    /**
     * Checks the values.
     *
     * @param id the rule id
     * @param wording the wording
     * @param each points per unit, positive
     * @param per the unit
     */
    public PersonDeduction {
      check(id, wording);
      positive(id, "points each", each);
      requireNonNull(per, "per");
    }

    @Override
    public Role role() {
      return Role.PERSON;
    }

    @Override
    public Input input() {
      return Input.COUNT;
    }
  }

  /**
   * A money reward or fine per unit counted, in yuan, kept apart from points.
   *
   * @param id the rule id
   * @param wording the wording
   * @param yuanEach yuan per unit, positive
   * @param per the unit
   * @param fine whether it is a fine (扣发) rather than a reward (奖励)
   */
  record Money(String id, String wording, BigDecimal yuanEach, Per per, boolean fine)
      implements ScoringRule {
    /**
     * Checks the values.
     *
     * @param id the rule id
     * @param wording the wording
     * @param yuanEach yuan per unit, positive
     * @param per the unit
     * @param fine whether it is a fine (扣发) rather than a reward (奖励)
     */
    public Money {
      check(id, wording);
      requireNonNull(yuanEach, "yuanEach");
      requireNonNull(per, "per");
      if (yuanEach.signum() <= 0 || yuanEach.scale() > 2 || yuanEach.precision() > 20) {
        throw new IllegalArgumentException(
            "rule " + id + ": " + yuanEach.toPlainString()
                + " yuan each must be positive, in fen at most, with at most 20 digits ("
                + Rules.SC_9 + ")");
      }
    }

    @Override
    public Role role() {
      return Role.MONEY;
    }

    @Override
    public Input input() {
      return Input.COUNT;
    }
  }
}
