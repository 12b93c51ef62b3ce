package dev.disclosure.scoring;

import static java.util.Objects.requireNonNull;

import dev.disclosure.core.InvalidFactsException;
import dev.disclosure.core.InvalidFactsException.Problem;
import dev.disclosure.core.law.Rules;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a questionnaire (调查问卷) becomes points (SC-1 section 6, 第六项按调查问卷计分): each answer
 * option earns a share of the criterion's maximum, and the score is the maximum times the
 * respondent-weighted mean share: {@code maximum × Σ(count × share) ÷ Σcount}, exact (no rounding
 * per criterion). The caller supplies the counts per option; the mapping is configurable.
 *
 * <p>Immutable and thread-safe.
 */
public final class SurveyMapping {

  private static final SurveyMapping SATISFACTION =
      new SurveyMapping(
          mapOf("满意", BigDecimal.ONE, "基本满意", new BigDecimal("0.6"), "不满意", BigDecimal.ZERO));

  private final Map<String, BigDecimal> shares;

  private SurveyMapping(Map<String, BigDecimal> shares) {
    this.shares = shares;
  }

  private static Map<String, BigDecimal> mapOf(
      String a, BigDecimal sa, String b, BigDecimal sb, String c, BigDecimal sc) {
    Map<String, BigDecimal> m = new LinkedHashMap<>();
    m.put(a, sa);
    m.put(b, sb);
    m.put(c, sc);
    return java.util.Collections.unmodifiableMap(m);
  }

  /**
   * Returns the default satisfaction mapping <b>[convention]</b> (the text names no mapping): 满意
   * 100 %, 基本满意 60 %, 不满意 0 %.
   *
   * @return the mapping
   */
  public static SurveyMapping satisfaction() {
    return SATISFACTION;
  }

  /**
   * Returns a mapping from answer options to shares of the maximum.
   *
   * @param shares each option with a share in {@code [0, 1]}, in display order
   * @return the mapping
   * @throws InvalidFactsException listing every share outside {@code [0, 1]} or beyond the digits
   *     {@link Points#of(BigDecimal)} accepts, or no option
   */
  public static SurveyMapping of(Map<String, BigDecimal> shares) {
    requireNonNull(shares, "shares");
    List<Problem> problems = new ArrayList<>();
    if (shares.isEmpty()) {
      problems.add(new Problem(Rules.SC_1, "a survey mapping needs at least one answer option"));
    }
    Map<String, BigDecimal> copy = new LinkedHashMap<>();
    shares.forEach(
        (option, share) -> {
          requireNonNull(option, "option");
          requireNonNull(share, "share");
          try {
            // the digits are checked before anything else: 1E+999999999 is refused at once
            Points.of(share);
          } catch (IllegalArgumentException e) {
            problems.add(new Problem(Rules.SC_1, "option " + option + " share: " + e.getMessage()));
            return;
          }
          if (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
            problems.add(
                new Problem(
                    Rules.SC_1,
                    "option " + option + " share " + share.toPlainString() + " is outside [0, 1]"));
          }
          // a zero written with any exponent (0E-30) is plain zero
          copy.put(option, share.signum() == 0 ? BigDecimal.ZERO : share);
        });
    InvalidFactsException.throwIfAny("SurveyMapping", problems);
    return new SurveyMapping(java.util.Collections.unmodifiableMap(copy));
  }

  /** {@return each answer option's share of the maximum, in display order} */
  public Map<String, BigDecimal> shares() {
    return shares;
  }

  /**
   * Tallies a questionnaire (统计调查问卷): the respondent-weighted mean share, exact.
   *
   * @param counts respondents per answer option
   * @return the tally, its counts in the mapping's display order, then any option it does not know,
   *     by name
   * @throws InvalidFactsException listing every negative count, unknown option, counts summing
   *     beyond {@code Long.MAX_VALUE}, or no respondent at all (SC-1)
   */
  public Tally tally(Map<String, Long> counts) {
    requireNonNull(counts, "counts");
    List<Problem> problems = new ArrayList<>();
    long respondents = 0;
    Points weighted = Points.ZERO;
    Map<String, Long> ordered = new LinkedHashMap<>();
    for (String option : shares.keySet()) {
      if (counts.containsKey(option)) {
        ordered.put(option, requireNonNull(counts.get(option), "count"));
      }
    }
    counts.entrySet().stream()
        .filter(e -> !shares.containsKey(requireNonNull(e.getKey(), "option")))
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> ordered.put(e.getKey(), requireNonNull(e.getValue(), "count")));
    for (Map.Entry<String, Long> e : ordered.entrySet()) {
      String option = e.getKey();
      long count = e.getValue();
      BigDecimal share = shares.get(option);
      if (count < 0) {
        problems.add(new Problem(
            Rules.SC_1, "count " + count + " for option " + option + " is negative"));
      }
      if (share == null) {
        problems.add(new Problem(
            Rules.SC_1, "option " + option + " is not in the mapping " + shares.keySet()));
      }
      if (count >= 0 && share != null) {
        if (respondents > Long.MAX_VALUE - count) {
          problems.add(new Problem(
              Rules.SC_1,
              "count " + count + " for option " + option + " brings the respondents beyond "
                  + Long.MAX_VALUE));
          break;
        }
        respondents += count;
        weighted = weighted.plus(Points.of(share).times(count));
      }
    }
    if (problems.isEmpty() && respondents == 0) {
      problems.add(new Problem(Rules.SC_1, "the survey has no respondent"));
    }
    InvalidFactsException.throwIfAny("Survey", problems);
    return new Tally(this, java.util.Collections.unmodifiableMap(ordered), respondents,
        weighted.dividedBy(respondents));
  }

  /**
   * A tallied questionnaire.
   *
   * @param mapping the mapping used
   * @param counts respondents per option, in display order
   * @param respondents all respondents
   * @param share the respondent-weighted mean share of the maximum, exact, in [0, 1]
   */
  public record Tally(
      SurveyMapping mapping, Map<String, Long> counts, long respondents, Points share) {
    /**
     * Checks that no component is null.
     *
     * @param mapping the mapping used
     * @param counts respondents per option, in display order
     * @param respondents all respondents
     * @param share the respondent-weighted mean share of the maximum, exact, in [0, 1]
     */
    public Tally {
      requireNonNull(mapping, "mapping");
      requireNonNull(counts, "counts");
      requireNonNull(share, "share");
    }
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof SurveyMapping other && shares.equals(other.shares);
  }

  @Override
  public int hashCode() {
    return shares.hashCode();
  }

  @Override
  public String toString() {
    return "SurveyMapping" + shares;
  }
}
