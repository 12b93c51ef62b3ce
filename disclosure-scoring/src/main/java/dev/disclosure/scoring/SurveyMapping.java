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
 * respondent-weighted mean share: {@code maximum × Σ(count × share) ÷ Σcount}. The caller supplies
 * the counts per option; the mapping is configurable.
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
   * @throws InvalidFactsException listing every share outside {@code [0, 1]}, or no option
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
          if (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
            problems.add(
                new Problem(
                    Rules.SC_1,
                    "option " + option + " share " + share.toPlainString() + " is outside [0, 1]"));
          }
          copy.put(option, share);
        });
    InvalidFactsException.throwIfAny("SurveyMapping", problems);
    return new SurveyMapping(java.util.Collections.unmodifiableMap(copy));
  }

  /** {@return each answer option's share of the maximum, in display order} */
  public Map<String, BigDecimal> shares() {
    return shares;
  }

  /**
   * Converts survey counts into points for one criterion.
   *
   * @param criterionId the criterion scored
   * @param maximum the criterion's maximum
   * @param counts respondents per answer option
   * @return the award, its basis listing the counts in the mapping's display order, then any
   *     option it does not know, by name
   * @throws InvalidFactsException listing every negative count, unknown option, or no respondent
   *     at all (SC-1)
   */
  public Award score(String criterionId, Points maximum, Map<String, Long> counts) {
    requireNonNull(criterionId, "criterionId");
    requireNonNull(maximum, "maximum");
    requireNonNull(counts, "counts");
    List<Problem> problems = new ArrayList<>();
    long respondents = 0;
    BigDecimal weighted = BigDecimal.ZERO;
    StringBuilder basis = new StringBuilder("调查问卷：");
    List<Map.Entry<String, Long>> ordered = new ArrayList<>();
    for (String option : shares.keySet()) {
      if (counts.containsKey(option)) {
        ordered.add(Map.entry(option, requireNonNull(counts.get(option), "count")));
      }
    }
    counts.entrySet().stream()
        .filter(e -> !shares.containsKey(requireNonNull(e.getKey(), "option")))
        .sorted(Map.Entry.comparingByKey())
        .forEach(ordered::add);
    for (Map.Entry<String, Long> e : ordered) {
      String option = requireNonNull(e.getKey(), "option");
      long count = requireNonNull(e.getValue(), "count");
      BigDecimal share = shares.get(option);
      if (count < 0) {
        problems.add(
            new Problem(
                Rules.SC_1,
                "criterion "
                    + criterionId
                    + ": count "
                    + count
                    + " for option "
                    + option
                    + " is negative"));
      }
      if (share == null) {
        problems.add(
            new Problem(
                Rules.SC_1,
                "criterion "
                    + criterionId
                    + ": option "
                    + option
                    + " is not in the mapping "
                    + shares.keySet()));
      }
      if (count >= 0 && share != null) {
        respondents += count;
        weighted = weighted.add(share.multiply(BigDecimal.valueOf(count)));
        basis.append(option).append(' ').append(count).append("份×")
            .append(share.stripTrailingZeros().toPlainString()).append("；");
      }
    }
    if (problems.isEmpty() && respondents == 0) {
      problems.add(
          new Problem(Rules.SC_1, "criterion " + criterionId + ": the survey has no respondent"));
    }
    InvalidFactsException.throwIfAny("Survey for " + criterionId, problems);
    Points points = maximum.times(weighted).dividedBy(respondents);
    basis.append("共").append(respondents).append("份，得分 = ").append(maximum)
        .append(" × 加权满意度 = ").append(points);
    return new Award(criterionId, points, basis.toString());
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
