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
   * Scores an assessment: the exact total, the inputs missing and the ledgers, without building the
   * card's lines, which the card builds with {@link #lines} when first read. Where a record moves
   * points to a person or money, the card is built with its lines at once.
   */
  static ScoreCard score(Assessment a, Cycle.Period period) {
    if (a.ledgered()) {
      return withLines(a, period);
    }
    Rubric r = a.rubric();
    List<Section> sections = r.sections();
    Points[] quantities = a.quantities();
    int[] slots = a.slots();
    // an untouched section scores its maximum: start from their sum and add each visited
    // section's difference from its maximum
    ExactSum total = new ExactSum(r.maxima());
    List<String> missing = null;
    int[] visit = a.visit();
    int v = 0;
    int slot = 0;
    while (v < visit.length) {
      int s = r.sectionOf(visit[v]);
      Points maximum = sections.get(s).maximum();
      ExactSum sum = new ExactSum(maximum);
      for (; v < visit.length && r.sectionOf(visit[v]) == s; v++) {
        int ordinal = visit[v];
        Criterion c = r.criterionAt(ordinal);
        ScoringRule[] rules = r.rulesAt(ordinal);
        ScoringRule.Role[] roles = r.rolesAt(ordinal);
        Points scale = c.outOf();
        Points earned = Points.ZERO;
        boolean earning = false;
        Points deductions = Points.ZERO;
        Points bonus = Points.ZERO;
        for (int k = 0; k < rules.length; k++, slot++) {
          int from = slots[slot];
          int to = slots[slot + 1];
          switch (roles[k]) {
            case EARNED -> {
              earning = true;
              Points e = earn(rules[k], quantities, from, to);
              if (e == null) {
                if (missing == null) {
                  missing = new ArrayList<>(2);
                }
                missing.add(c.id() + "/" + rules[k].id());
              } else {
                earned = earned.plus(e);
              }
            }
            case DEDUCTED -> {
              if (from < to) {
                deductions = deductions.plus(
                    capped(rules[k], requested(rules[k], quantities, from, to)));
              }
            }
            case BONUS -> {
              if (from < to) {
                bonus = bonus.plus(capped(rules[k], requested(rules[k], quantities, from, to)));
              }
            }
            default -> {
              // persons and money: a ledgered assessment has its lines built above
            }
          }
        }
        Points base = earning ? earned.min(scale) : scale;
        Points deducted = r.criterionCapAt(ordinal) && deductions.compareTo(base) > 0
            ? base : deductions;
        if (!r.weightedAt(ordinal)) {
          // score − maximum = (base − scale) − deducted + bonus, without building the score
          if (base != scale) {
            sum.add(base).subtract(scale);
          }
          sum.subtract(deducted).add(bonus);
        } else {
          sum.add(base.minus(deducted).plus(bonus).times(c.maximum()).dividedBy(scale))
              .subtract(c.maximum());
        }
      }
      // the section's score is its sum, or zero where deductions stop at the section
      if (r.sectionCapOf(s) && sum.signum() < 0) {
        total.subtract(maximum);
      } else {
        total.add(sum).subtract(maximum);
      }
    }
    Points exact = !r.negativeTotalAllowed() && total.signum() < 0 ? Points.ZERO : total.value();
    return ScoreCard.of(a, Optional.ofNullable(period), null, exact,
        missing == null ? List.of() : List.copyOf(missing), List.of(), List.of(), List.of());
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
          Points e = earn(rule, read, 0, read.length);
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
            Points requested = requested(rule, read, 0, read.length);
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
   * What an earning rule earns from {@code q[from]} to {@code q[to]} (exclusive): the mean of
   * recorded scores, the questionnaire's points, or the rate in force applied; null without input.
   */
  private static Points earn(ScoringRule rule, Points[] q, int from, int to) {
    if (from == to) {
      return null;
    }
    if (rule instanceof ScoringRule.RecordedScore) {
      Points sum = Points.ZERO;
      for (int i = from; i < to; i++) {
        sum = sum.plus(q[i]);
      }
      return sum.dividedBy(to - from);
    }
    if (rule instanceof ScoringRule.Survey) {
      return q[from];
    }
    Points rate = q[from];
    if (rule instanceof ScoringRule.Threshold t) {
      return t.isMet(rate) ? t.ifMet() : t.otherwise();
    }
    return rate.times(((ScoringRule.PerRatePoint) rule).perPoint());
  }

  /**
   * What a deducting or bonus rule asks for the quantities {@code q[from]} to {@code q[to]}
   * (exclusive), before its own cap.
   */
  static Points requested(ScoringRule rule, Points[] q, int from, int to) {
    Points sum = Points.ZERO;
    if (rule instanceof ScoringRule.ShortOfTarget s) {
      for (int i = from; i < to; i++) {
        sum = sum.plus(s.targetPercent().minus(q[i]).max(Points.ZERO).times(s.perPoint()));
      }
      return sum;
    }
    for (int i = from; i < to; i++) {
      sum = sum.plus(q[i]);
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

  static Points capped(ScoringRule rule, Points requested) {
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
