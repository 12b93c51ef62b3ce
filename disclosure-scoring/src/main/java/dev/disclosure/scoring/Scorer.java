package dev.disclosure.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Applies a rubric's rules to an assessment's records: the one scoring path of every card. */
final class Scorer {

  private Scorer() {}

  /** What one card accumulates besides its lines. */
  private static final class Ledger {
    List<String> missing;
    Map<String, List<Occurrence>> persons;
    Map<String, Points> personPoints;
    List<ScoreCard.MoneyLine> money;

    void missing(Criterion c, ScoringRule r) {
      if (missing == null) {
        missing = new ArrayList<>(2);
      }
      missing.add(c.id() + "/" + r.id());
    }

    void person(String name, Points points, Occurrence o) {
      if (persons == null) {
        persons = new LinkedHashMap<>();
        personPoints = new LinkedHashMap<>();
      }
      persons.computeIfAbsent(name, k -> new ArrayList<>()).add(o);
      personPoints.merge(name, points, Points::plus);
    }

    void money(ScoreCard.MoneyLine line) {
      if (money == null) {
        money = new ArrayList<>(2);
      }
      money.add(line);
    }
  }

  /**
   * Scores an assessment from its flat view ({@link #view}): the exact total and the grade on
   * longs, without building the card's lines, which the card builds with {@link #lines} when first
   * read. Without a view (a record moves points to a person or money, or a value does not fit
   * longs), or where a sum overflows, the card is built with its lines at once.
   */
  static ScoreCard score(Assessment a, Cycle.Period period) {
    long[] f = a.flat();
    Rubric r = a.rubric();
    if (f == null) {
      return withLines(a, period);
    }
    long total;
    try {
      total = total(r, r.units(), f);
    } catch (ArithmeticException overflow) {
      return withLines(a, period);
    }
    if (total < 0 && !r.negativeTotalAllowed()) {
      total = 0;
    }
    long unit = f[1];
    return ScoreCard.scored(a, period, Points.reduced(total, unit), total, unit, a.missing());
  }

  /**
   * The exact total of a view, as a numerator over the view's unit {@code f[1]}: the sum of the
   * sections' maxima, then each visited section's difference from its maximum, each criterion's
   * rule amounts combined as the lines combine them.
   *
   * @throws ArithmeticException if a value overflows a long
   */
  private static long total(Rubric r, Units u, long[] f) {
    long k = f[0];
    long total = Math.multiplyExact(u.maxima(), k);
    int i = 2;
    while (i < f.length) {
      long head = f[i++];
      int s = (int) head;
      int criteria = (int) (head >>> 32);
      long maximum = Math.multiplyExact(u.section()[s], k);
      // the section's score minus its maximum
      long sum = 0;
      for (int n = 0; n < criteria; n++) {
        int ordinal = (int) f[i++];
        long earned = 0;
        boolean earning = false;
        long deductions = 0;
        long bonus = 0;
        for (ScoringRule.Role role : r.rolesAt(ordinal)) {
          long amount = f[i++];
          switch (role) {
            case EARNED -> {
              earning = true;
              earned = Math.addExact(earned, amount);
            }
            case DEDUCTED -> deductions = Math.addExact(deductions, amount);
            case BONUS -> bonus = Math.addExact(bonus, amount);
            default -> {
              // persons and money: an assessment with such records has no view
            }
          }
        }
        long scale = Math.multiplyExact(u.scale()[ordinal], k);
        long base = earning ? Math.min(earned, scale) : scale;
        long deducted = r.criterionCapAt(ordinal) && deductions > base ? base : deductions;
        long onScale = Math.addExact(Math.subtractExact(base, deducted), bonus);
        sum = Math.addExact(sum, Math.subtractExact(Math.multiplyExact(onScale, u.weight()[ordinal]),
            Math.multiplyExact(u.maximum()[ordinal], k)));
      }
      // the section's score is its sum, or zero where deductions stop at the section
      long score = Math.addExact(maximum, sum);
      total = Math.addExact(total, r.sectionCapOf(s) && score < 0 ? -maximum : sum);
    }
    return total;
  }

  /**
   * A rubric's values as whole numbers for the scorer's views: {@code base} is the least common
   * multiple of the denominators of every scale (outOf), maximum and section maximum, {@code
   * weights} that of the criteria's weights (maximum ÷ outOf), 1 without weights. An assessment's
   * view counts its amounts in {@code 1/(base·k)} and its total in {@code 1/(base·k·weights)}
   * for a whole {@code k} of its own.
   *
   * @param base the common denominator of the rubric's points
   * @param weights the common denominator of its weights
   * @param scale per criterion position its scale times {@code base}
   * @param weight per criterion position its weight times {@code weights}
   * @param maximum per criterion position its maximum times {@code base·weights}
   * @param section per section its maximum times {@code base·weights}
   * @param maxima the sum of the sections' maxima times {@code base·weights}
   */
  record Units(
      long base, long weights, long[] scale, long[] weight, long[] maximum, long[] section,
      long maxima) {}

  /**
   * Computes a rubric's {@link Units}, or returns null where they do not fit longs (its cards are
   * then built line by line).
   */
  static Units units(Points maxima, Criterion[] criteria, List<Section> sections) {
    try {
      long base = lcm(1, maxima);
      long weights = 1;
      for (Criterion c : criteria) {
        base = lcm(lcm(base, c.outOf()), c.maximum());
        weights = lcm(weights, weight(c));
      }
      for (Section s : sections) {
        base = lcm(base, s.maximum());
      }
      long both = Math.multiplyExact(base, weights);
      long[] scale = new long[criteria.length];
      long[] weight = new long[criteria.length];
      long[] maximum = new long[criteria.length];
      for (int i = 0; i < criteria.length; i++) {
        scale[i] = times(criteria[i].outOf(), base);
        weight[i] = times(weight(criteria[i]), weights);
        maximum[i] = times(criteria[i].maximum(), both);
      }
      long[] section = new long[sections.size()];
      for (int s = 0; s < section.length; s++) {
        section[s] = times(sections.get(s).maximum(), both);
      }
      return new Units(base, weights, scale, weight, maximum, section, times(maxima, both));
    } catch (ArithmeticException tooLarge) {
      return null;
    }
  }

  /**
   * The scorer's flat view of an assessment's records, made when they are recorded: every rule
   * applied to its records (the same amounts the card's lines show), as whole numbers over one
   * common denominator, side by side in one array; or null where its card is built line by line:
   * a record moves points to a person or money, or a value does not fit longs.
   *
   * <p>{@code flat[0]} is the assessment's factor {@code k} of its rubric's {@link Units} (the
   * amounts are counted in {@code 1/(base·k)}), {@code flat[1]} the unit of the total, {@code
   * base·k·weights}; then for each section with a criterion to visit (one with records or a
   * questionnaire, or an earned one), in order: its index plus its number of such criteria
   * shifted left 32 bits; then for each of them its position in the rubric and one amount per
   * rule in the criterion's order (zero for a rule with no records or a required input missing).
   *
   * @param r the rubric
   * @param grouped per criterion its records per rule, or null
   * @param surveyPoints per criterion its questionnaire's points, or null
   * @param visit the positions of the criteria to visit, ascending
   * @param missing receives the required inputs not recorded, as {@code criterion/rule}
   */
  static long[] view(
      Rubric r, List<List<Occurrence>>[] grouped, Points[] surveyPoints, int[] visit,
      List<String> missing) {
    Units u = r.units();
    if (u == null) {
      return null;
    }
    int size = 2 + 2 * visit.length;
    Points[][] amounts = new Points[visit.length][];
    for (int v = 0; v < visit.length; v++) {
      int i = visit[v];
      ScoringRule[] rules = r.rulesAt(i);
      ScoringRule.Role[] roles = r.rolesAt(i);
      amounts[v] = new Points[rules.length];
      size += rules.length;
      for (int k = 0; k < rules.length; k++) {
        ScoringRule rule = rules[k];
        List<Occurrence> mine = grouped[i] == null ? List.of() : grouped[i].get(k);
        Points amount = Points.ZERO;
        if (roles[k] == ScoringRule.Role.EARNED) {
          Points[] read = rule instanceof ScoringRule.Survey
              ? surveyPoints[i] == null ? new Points[0] : new Points[] {surveyPoints[i]}
              : quantities(rule, mine);
          Points e = earn(rule, read);
          if (e == null) {
            missing.add(r.criterionAt(i).id() + "/" + rule.id());
          } else {
            amount = e;
          }
        } else if (!mine.isEmpty()) {
          if (roles[k] != ScoringRule.Role.DEDUCTED && roles[k] != ScoringRule.Role.BONUS) {
            return null;
          }
          Points[] read = quantities(rule, mine);
          amount = capped(rule, requested(rule, read));
        }
        amounts[v][k] = amount;
      }
    }
    try {
      long common = u.base();
      for (Points[] of : amounts) {
        for (Points amount : of) {
          common = lcm(common, amount);
        }
      }
      long[] flat = new long[size];
      flat[0] = common / u.base();
      flat[1] = Math.multiplyExact(common, u.weights());
      int j = 2;
      int v = 0;
      while (v < visit.length) {
        int s = r.sectionOf(visit[v]);
        int head = j++;
        int criteria = 0;
        for (; v < visit.length && r.sectionOf(visit[v]) == s; v++, criteria++) {
          flat[j++] = visit[v];
          for (Points amount : amounts[v]) {
            flat[j++] = times(amount, common);
          }
        }
        flat[head] = s | (long) criteria << 32;
      }
      return java.util.Arrays.copyOf(flat, j);
    } catch (ArithmeticException tooLarge) {
      return null;
    }
  }

  /** A criterion's weight: maximum ÷ outOf, 1 where they are equal (zero points out of zero). */
  private static Points weight(Criterion c) {
    return c.outOf().equals(c.maximum()) ? Points.of(1) : c.maximum().dividedBy(c.outOf());
  }

  /**
   * The least common multiple of {@code m} and the denominator of {@code p}.
   *
   * @throws ArithmeticException if it or {@code p} does not fit a long
   */
  private static long lcm(long m, Points p) {
    if (!p.isSmall()) {
      throw new ArithmeticException("beyond longs");
    }
    long d = p.den();
    return d == 1 ? m : Math.multiplyExact(m / Points.gcd(m, d), d);
  }

  /**
   * {@code p × unit}, whole where the unit is a multiple of p's denominator.
   *
   * @throws ArithmeticException if it does not fit a long
   */
  private static long times(Points p, long unit) {
    return Math.multiplyExact(p.num(), unit / p.den());
  }

  /** The card with its lines built at once: the eager path, for ledgers of persons and money. */
  private static ScoreCard withLines(Assessment a, Cycle.Period period) {
    Lines l = lines(a);
    return ScoreCard.of(a, Optional.ofNullable(period), l.sections(), l.exactTotal(), l.missing(),
        l.persons(), l.money(), List.of());
  }

  /**
   * A card's lines and what they add up to, as {@link #lines} builds them.
   *
   * @param sections the section lines
   * @param exactTotal the exact total
   * @param missing the inputs missing
   * @param persons the deductions from persons
   * @param money the money moved
   */
  record Lines(
      List<ScoreCard.SectionScore> sections,
      Points exactTotal,
      List<String> missing,
      List<ScoreCard.PersonLine> persons,
      List<ScoreCard.MoneyLine> money) {}

  /**
   * Builds every line of a card: per criterion each rule applied with its records and amounts,
   * per section its criteria and sum. The total of these lines is the total {@link #score}
   * computes without them.
   */
  static Lines lines(Assessment a) {
    Rubric r = a.rubric();
    List<Section> sections = r.sections();
    ScoreCard.SectionScore[] out = new ScoreCard.SectionScore[sections.size()];
    Ledger ledger = new Ledger();
    Points total = Points.ZERO;
    int ordinal = 0;
    for (int s = 0; s < out.length; s++) {
      Section section = sections.get(s);
      int n = section.criteria().size();
      ScoreCard.CriterionScore[] lines = null;
      // untouched criteria score their maximum: start from the section's and take off the rest
      Points sum = section.maximum();
      boolean sectionCap = false;
      for (int j = 0; j < n; j++, ordinal++) {
        List<List<Occurrence>> os = a.occurrencesAt(ordinal);
        SurveyMapping.Tally survey = a.surveyAt(ordinal);
        ScoreCard.CriterionScore line = os == null && survey == null ? r.fullMarks(ordinal) : null;
        if (line == null) {
          line = criterion(r, ordinal, r.criterionAt(ordinal), os, survey,
              a.surveyPointsAt(ordinal), ledger);
          if (lines == null) {
            lines = r.fullMarksOf(s);
          }
          lines[j] = line;
          Points maximum = line.criterion().maximum();
          if (!line.score().equals(maximum)) {
            sum = sum.minus(maximum.minus(line.score()));
          }
        }
        sectionCap |= r.sectionCapAt(ordinal);
      }
      Points score = sectionCap && sum.isNegative() ? Points.ZERO : sum;
      out[s] = lines == null && r.fullSection(s) != null ? r.fullSection(s)
          : new ScoreCard.SectionScore(section, score,
              lines == null ? List.of(r.fullMarksOf(s)) : List.of(lines));
      total = total.plus(score);
    }
    Points exact = !r.negativeTotalAllowed() && total.isNegative() ? Points.ZERO : total;
    List<ScoreCard.PersonLine> persons = List.of();
    if (ledger.persons != null) {
      List<ScoreCard.PersonLine> ps = new ArrayList<>();
      ledger.persons.forEach(
          (name, os) -> ps.add(new ScoreCard.PersonLine(name, ledger.personPoints.get(name), os)));
      persons = List.copyOf(ps);
    }
    return new Lines(
        List.of(out),
        exact,
        ledger.missing == null ? List.of() : List.copyOf(ledger.missing),
        persons,
        ledger.money == null ? List.of() : List.copyOf(ledger.money));
  }

  private static ScoreCard.CriterionScore criterion(
      Rubric r,
      int ordinal,
      Criterion c,
      List<List<Occurrence>> os,
      SurveyMapping.Tally survey,
      Points surveyPoints,
      Ledger ledger) {
    Points scale = c.outOf();
    ScoringRule[] rules = r.rulesAt(ordinal);
    ScoringRule.Role[] roles = r.rolesAt(ordinal);
    ScoreCard.Applied[] applied = new ScoreCard.Applied[rules.length];
    int filled = 0;
    Points earned = Points.ZERO;
    boolean earning = false;
    boolean complete = true;
    Points deductions = Points.ZERO;
    Points bonus = Points.ZERO;
    for (int k = 0; k < applied.length; k++) {
      ScoringRule rule = rules[k];
      List<Occurrence> mine = os == null ? List.of() : os.get(k);
      switch (roles[k]) {
        case EARNED -> {
          earning = true;
          Points[] read = rule instanceof ScoringRule.Survey
              ? surveyPoints == null ? new Points[0] : new Points[] {surveyPoints}
              : quantities(rule, mine);
          Points e = earn(rule, read);
          Optional<SurveyMapping.Tally> tally =
              rule instanceof ScoringRule.Survey ? Optional.ofNullable(survey) : Optional.empty();
          if (e == null) {
            complete = false;
            ledger.missing(c, rule);
            applied[filled++] = new ScoreCard.Applied(rule, mine, tally, Points.ZERO, Points.ZERO);
          } else {
            earned = earned.plus(e);
            applied[filled++] = new ScoreCard.Applied(rule, mine, tally, e, e);
          }
        }
        case DEDUCTED, BONUS -> {
          if (!mine.isEmpty()) {
            Points[] read = quantities(rule, mine);
            Points requested = requested(rule, read);
            Points amount = capped(rule, requested);
            if (roles[k] == ScoringRule.Role.BONUS) {
              bonus = bonus.plus(amount);
            } else {
              deductions = deductions.plus(amount);
            }
            applied[filled++] = new ScoreCard.Applied(rule, mine, Optional.empty(), requested, amount);
          }
        }
        case PERSON -> {
          if (!mine.isEmpty()) {
            Points each = ((ScoringRule.PersonDeduction) rule).each();
            Points all = Points.ZERO;
            for (Occurrence o : mine) {
              Points p = each.times(o.quantity());
              all = all.plus(p);
              ledger.person(o.person().orElseThrow(), p, o);
            }
            applied[filled++] = new ScoreCard.Applied(rule, mine, Optional.empty(), all, all);
          }
        }
        case MONEY -> {
          if (!mine.isEmpty()) {
            ScoringRule.Money m = (ScoringRule.Money) rule;
            Points count = Points.ZERO;
            for (Occurrence o : mine) {
              count = count.plus(o.quantity());
            }
            BigDecimal yuan = count.toBigDecimal().multiply(m.yuanEach());
            ledger.money(new ScoreCard.MoneyLine(c.id(), m, m.fine() ? yuan.negate() : yuan, mine));
            applied[filled++] = new ScoreCard.Applied(rule, mine, Optional.empty(), count, count);
          }
        }
        default -> throw new AssertionError(rule.role());
      }
    }
    Points base = earning ? earned.min(scale) : scale;
    Points deducted = deductions;
    if (r.capOf(c) == CapScope.CRITERION && deductions.compareTo(base) > 0) {
      deducted = base;
    }
    Points onScale = base.minus(deducted).plus(bonus);
    Points score = scale.equals(c.maximum()) ? onScale : onScale.times(c.maximum()).dividedBy(scale);
    return new ScoreCard.CriterionScore(
        c, List.of(filled == applied.length ? applied : java.util.Arrays.copyOf(applied, filled)),
        base, deductions, deducted, bonus, score, complete);
  }

  /** The quantities a rule reads of its records: the rate in force for a rate rule, else all. */
  private static Points[] quantities(ScoringRule rule, List<Occurrence> mine) {
    if (rule.input() == ScoringRule.Input.PERCENT && rule.role() == ScoringRule.Role.EARNED) {
      Points rate = Assessment.rateInForce(mine);
      return rate == null ? new Points[0] : new Points[] {rate};
    }
    Points[] out = new Points[mine.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = mine.get(i).quantity();
    }
    return out;
  }

  /**
   * What an earning rule earns from the quantities it reads: the mean of recorded scores, the
   * questionnaire's points, or the rate in force applied; null without input.
   */
  private static Points earn(ScoringRule rule, Points[] q) {
    if (q.length == 0) {
      return null;
    }
    if (rule instanceof ScoringRule.RecordedScore) {
      Points sum = Points.ZERO;
      for (Points p : q) {
        sum = sum.plus(p);
      }
      return sum.dividedBy(q.length);
    }
    if (rule instanceof ScoringRule.Survey) {
      return q[0];
    }
    Points rate = q[0];
    if (rule instanceof ScoringRule.Threshold t) {
      return t.isMet(rate) ? t.ifMet() : t.otherwise();
    }
    return rate.times(((ScoringRule.PerRatePoint) rule).perPoint());
  }

  /** What a deducting or bonus rule asks for the quantities it reads, before its own cap. */
  private static Points requested(ScoringRule rule, Points[] q) {
    Points sum = Points.ZERO;
    if (rule instanceof ScoringRule.ShortOfTarget s) {
      for (Points p : q) {
        sum = sum.plus(s.targetPercent().minus(p).max(Points.ZERO).times(s.perPoint()));
      }
      return sum;
    }
    for (Points p : q) {
      sum = sum.plus(p);
    }
    if (rule instanceof ScoringRule.PerOccurrence p) {
      return sum.times(p.each());
    }
    if (rule instanceof ScoringRule.Once once) {
      return sum.times(once.amount());
    }
    if (rule instanceof ScoringRule.Bonus b) {
      return sum.times(b.each());
    }
    return sum; // judged: the points themselves
  }

  private static Points capped(ScoringRule rule, Points requested) {
    if (rule instanceof ScoringRule.PerOccurrence p && p.cap().isPresent()) {
      return requested.min(p.cap().get());
    }
    if (rule instanceof ScoringRule.Bonus b && b.cap().isPresent()) {
      return requested.min(b.cap().get());
    }
    if (rule instanceof ScoringRule.Once once) {
      return once.amount();
    }
    return requested;
  }
}
