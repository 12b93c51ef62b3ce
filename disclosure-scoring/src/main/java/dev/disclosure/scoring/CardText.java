package dev.disclosure.scoring;

import dev.disclosure.calendar.Finding;
import dev.disclosure.calendar.FindingKind;
import dev.disclosure.calendar.Phrase;
import dev.disclosure.calendar.Quantity;
import dev.disclosure.calendar.RuleId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The findings a score card states, in both languages: one place for every sentence of a card. */
final class CardText {

  /** A criterion id an English text can show as it is. */
  private static final Pattern PLAIN_ID = Pattern.compile("[A-Za-z0-9.]{1,20}");

  private CardText() {}

  /**
   * The criterion: its id in Chinese; in English its id too when the id is plain Latin letters,
   * digits and dots (1.1, A2), else its place (criterion 2 of section 1): English text holds no
   * Chinese, and record text renders as "as recorded".
   */
  static Phrase ref(ScoreCard.CriterionScore c, int si, int ci) {
    String id = c.criterion().id();
    return PLAIN_ID.matcher(id).matches()
        ? Phrase.of("{0}", "criterion {0}", Phrase.of(id, id))
        : Phrase.of("{0}", "criterion {1} of section {2}", id, ci + 1, si + 1);
  }

  /** A count: a plain number. */
  static Object count(Points q) {
    if (q.isWhole()) {
      BigDecimal d = q.toBigDecimal();
      if (d.toBigInteger().bitLength() < 63) {
        return d.longValueExact();
      }
    }
    return Phrase.of(q.toString(), q.toString());
  }

  /** A rate in percent, exact, with its approximation when it has no finite decimal. */
  static Phrase percent(Points q) {
    if (q.isDecimal()) {
      return Phrase.of(q + "%", q + "%");
    }
    String about = q.rounded(4, RoundingMode.HALF_UP).toString();
    return Phrase.of(q + "%（约" + about + "%）", q + "% (about " + about + "%)");
  }

  private static Finding applied(RuleId rule, Phrase what) {
    return Finding.of(rule, FindingKind.APPLIED, what, List.of());
  }

  static List<Finding> criterion(Rubric r, ScoreCard.CriterionScore c, int si, int ci) {
    RuleId rule = r.scoringRule();
    Phrase ref = ref(c, si, ci);
    List<Finding> out = new ArrayList<>();
    Criterion criterion = c.criterion();
    Points earnedSum = Points.ZERO;
    for (ScoreCard.Applied a : c.applied()) {
      ScoringRule sr = a.rule();
      switch (sr.role()) {
        case EARNED -> {
          earnedSum = earnedSum.plus(a.amount());
          boolean missing = sr instanceof ScoringRule.Survey ? a.survey().isEmpty() : a.occurrences().isEmpty();
          if (missing) {
            out.add(Finding.of(rule, FindingKind.PROVISIONAL, Phrase.of(
                "{0} {1}：未录入，评分不完整，暂按0分计", "{0}: input for rule {1} not recorded; the card is incomplete and counts it as 0",
                ref, sr.wording()), List.of()));
          } else {
            out.add(applied(rule, earned(ref, sr, a, criterion.outOf())));
          }
        }
        case DEDUCTED -> out.addAll(deducted(rule, ref, sr, a));
        case BONUS -> {
          ScoringRule.Bonus b = (ScoringRule.Bonus) sr;
          for (Occurrence o : a.occurrences()) {
            out.add(applied(rule, Phrase.of("{0} {1}：{2}，{3}" + b.per().chinese() + "，每" + b.per().chinese() + "加{4}",
                "{0}: rule {1}: {2}; {3} " + b.per().english() + " at {4} each added",
                ref, sr.wording(), o.reason(), count(o.quantity()), b.each().said())));
          }
          if (!a.amount().equals(a.requested())) {
            out.add(applied(rule, Phrase.of("{0} {1}：加分{2}，以本条上限{3}为限",
                "{0}: {2} added in all, limited to the rule's cap of {3}", ref, sr.wording(),
                a.requested().said(), a.amount().said())));
          }
        }
        case PERSON -> {
          ScoringRule.PersonDeduction p = (ScoringRule.PersonDeduction) sr;
          for (Occurrence o : a.occurrences()) {
            out.add(applied(rule, Phrase.of("{0} {1}：{2}，扣当事人{3} {4}（不计入单位得分）",
                "{0}: rule {1}: {2}; {4} deducted from the person concerned ({3}), not from the unit",
                ref, sr.wording(), o.reason(), o.person().orElseThrow(),
                p.each().times(o.quantity()).said())));
          }
        }
        case MONEY -> {
          ScoringRule.Money m = (ScoringRule.Money) sr;
          BigDecimal yuan = a.amount().toBigDecimal().multiply(m.yuanEach());
          out.add(applied(rule, Phrase.of("{0} {1}：{2}" + m.per().chinese() + "，每" + m.per().chinese()
                  + "{3}，" + (m.fine() ? "扣发" : "奖励") + "{4}（不计入得分）",
              "{0}: rule {1}: {2} " + m.per().english() + " at {3} each, " + (m.fine() ? "fined" : "rewarded")
                  + " {4} (not points)",
              ref, sr.wording(), count(a.amount()), Quantity.of(m.yuanEach(), Quantity.Unit.YUAN),
              Quantity.of(yuan, Quantity.Unit.YUAN))));
        }
        default -> throw new AssertionError(sr.role());
      }
    }
    if (criterion.isEarned() && earnedSum.compareTo(criterion.outOf()) > 0) {
      out.add(Finding.of(rule, FindingKind.CONVENTION, Phrase.of(
          "{0} 得分{1}超过该项分值，按{2}计（原文未规定超额计分）",
          "{0}: {1} earned is above the criterion's scale; {2} counted (the text is silent on points"
              + " beyond it)", ref, earnedSum.said(), criterion.outOf().said()), List.of()));
    }
    if (c.deductionsRequested().compareTo(c.base()) > 0) {
      CapScope scope = r.capOf(criterion);
      boolean stated = criterion.cap().isPresent();
      // the scope's words are the library's own, in each language (not record text)
      Phrase within = Phrase.of(scope.label(), scope.english());
      Phrase what = scope == CapScope.CRITERION
          ? Phrase.of("{0} 扣分{1}，以该项分值为限扣{2}，扣完为止",
              "{0}: {1} deducted in all; {2} applied, down to zero and no further", ref,
              c.deductionsRequested().said(), c.deductionsApplied().said())
          : Phrase.of("{0} 扣分{1}超过该项所得{2}，超出部分{3}扣减",
              "{0}: {1} deducted in all, beyond the {2} it had; the rest is deducted within {3}", ref,
              c.deductionsRequested().said(), c.base().said(), within);
      out.add(stated ? applied(rule, what) : Finding.of(rule, FindingKind.CONVENTION,
          Phrase.of("{0}（原文未写明扣完为止的范围，约定{1}）",
              "{0} (the text does not say where deductions stop; by convention, within {1})",
              what, within), List.of()));
    }
    if (!criterion.outOf().equals(criterion.maximum())) {
      out.add(applied(rule, Phrase.of("{0} 得分{1}（满分{2}），折合{3}（权重分值{4}）",
          "{0}: {1} of {2}, weighted to {3} of {4}", ref, c.onScale().said(),
          criterion.outOf().said(), c.score().said(), criterion.maximum().said())));
    }
    return out;
  }

  private static Phrase earned(Phrase ref, ScoringRule sr, ScoreCard.Applied a, Points scale) {
    if (sr instanceof ScoringRule.Survey) {
      SurveyMapping.Tally t = a.survey().orElseThrow();
      StringBuilder counts = new StringBuilder();
      t.counts().forEach((option, n) -> counts.append(option).append(' ').append(n).append("份×")
          .append(t.mapping().shares().get(option).stripTrailingZeros().toPlainString()).append("；"));
      return Phrase.of("{0} 按调查问卷计分：{1}共{2}份，得分 = {3} × {4} = {5}",
          "{0}: scored from a questionnaire of {2} respondents ({1}): {3} x {4} = {5}", ref,
          counts.toString(), t.respondents(), scale.said(), count(t.share()), a.amount().said());
    }
    if (sr instanceof ScoringRule.RecordedScore) {
      List<String> scores = a.occurrences().stream().map(o -> o.quantity().toString()).toList();
      return Phrase.of("{0} {1}：记录得分{2}，平均{3}", "{0}: rule {1}: scores recorded {2}; mean {3}",
          ref, sr.wording(), Phrase.of(String.join("、", scores), String.join(", ", scores)),
          a.amount().said());
    }
    Occurrence latest = a.occurrences().get(0);
    for (Occurrence o : a.occurrences()) {
      if (o.date().isPresent() && (latest.date().isEmpty() || o.date().get().isAfter(latest.date().get()))) {
        latest = o;
      }
    }
    if (sr instanceof ScoringRule.Threshold t) {
      return threshold(ref, t, latest, t.isMet(latest.quantity()), a.amount());
    }
    ScoringRule.PerRatePoint p = (ScoringRule.PerRatePoint) sr;
    return Phrase.of("{0} {1}：{2}，完成率{3}，每个百分点得{4}，得{5}",
        "{0}: rule {1}: {2}; rate {3} at {4} per percentage point earns {5}", ref, sr.wording(),
        latest.reason(), percent(latest.quantity()), p.perPoint().said(), a.amount().said());
  }

  private static Phrase threshold(
      Phrase ref, ScoringRule.Threshold t, Occurrence rate, boolean met, Points amount) {
    return Phrase.of("{0} {1}：{2}，{3}" + (met ? "达到" : "未达到") + "{4}%" + t.word().label() + "，得{5}",
        "{0}: rule {1}: {2}; {3} " + (met ? "meets" : "misses") + " the target of "
            + english(t.word()) + " {4} percent (CAL-6), {5} awarded",
        ref, t.wording(), rate.reason(), percent(rate.quantity()), count(t.targetPercent()),
        amount.said());
  }

  private static List<Finding> deducted(RuleId rule, Phrase ref, ScoringRule sr, ScoreCard.Applied a) {
    List<Finding> out = new ArrayList<>();
    if (sr instanceof ScoringRule.Judged) {
      for (Occurrence o : a.occurrences()) {
        out.add(applied(rule, o.evidence().isEmpty()
            ? Phrase.of("{0} 扣{1}：{2}", "{0}: {1} deducted: {2}", ref, o.quantity().said(), o.reason())
            : Phrase.of("{0} 扣{1}：{2}（佐证：{3}）", "{0}: {1} deducted: {2} (evidence: {3})", ref,
                o.quantity().said(), o.reason(), String.join("、", o.evidence()))));
      }
    } else if (sr instanceof ScoringRule.PerOccurrence p) {
      for (Occurrence o : a.occurrences()) {
        out.add(applied(rule, Phrase.of("{0} {1}：{2}，{3}" + p.per().chinese() + "，每" + p.per().chinese()
                + "扣{4}，扣{5}",
            "{0}: rule {1}: {2}; {3} " + p.per().english() + " at {4} each, {5} deducted", ref,
            sr.wording(), o.reason(), count(o.quantity()), p.each().said(),
            p.each().times(o.quantity()).said())));
      }
      if (!a.amount().equals(a.requested())) {
        out.add(applied(rule, Phrase.of("{0} {1}：扣分{2}，以本条上限{3}为限",
            "{0}: rule {1}: {2} in all, limited to the rule's cap of {3}", ref, sr.wording(),
            a.requested().said(), a.amount().said())));
      }
    } else if (sr instanceof ScoringRule.Once once) {
      Occurrence first = a.occurrences().get(0);
      out.add(applied(rule, Phrase.of("{0} {1}：{2}，扣{3}", "{0}: rule {1}: {2}; {3} deducted", ref,
          sr.wording(), first.reason(), once.amount().said())));
      if (a.requested().compareTo(a.amount()) > 0) {
        out.add(applied(rule, Phrase.of("{0} {1}：记录{2}次，一次性扣分，只扣{3}",
            "{0}: rule {1}: recorded {2} times; a one-off deduction, {3} deducted once", ref,
            sr.wording(), count(a.requested().dividedBy(once.amount())), a.amount().said())));
      }
    } else {
      ScoringRule.ShortOfTarget s = (ScoringRule.ShortOfTarget) sr;
      for (Occurrence o : a.occurrences()) {
        Points shortBy = s.targetPercent().minus(o.quantity()).max(Points.ZERO);
        out.add(applied(rule, Phrase.of("{0} {1}：{2}，完成率{3}，目标{4}，差{5}个百分点，每个百分点扣{6}，扣{7}",
            "{0}: rule {1}: {2}; rate {3} against {4}, {5} percentage points short at {6} each,"
                + " {7} deducted", ref, sr.wording(), o.reason(), percent(o.quantity()),
            percent(s.targetPercent()), count(shortBy), s.perPoint().said(),
            shortBy.times(s.perPoint()).said())));
      }
    }
    return out;
  }

  static List<Finding> section(Rubric r, ScoreCard.SectionScore s, int si) {
    Points sum = Points.ZERO;
    for (ScoreCard.CriterionScore c : s.criteria()) {
      sum = sum.plus(c.score());
    }
    if (sum.equals(s.score())) {
      return List.of();
    }
    return List.of(applied(r.scoringRule(), Phrase.of(
        "（{0}）{1}：各项合计{2}，扣完该部分得分为止，得{3}",
        "section {4} ({1}): its criteria sum to {2}; deductions stop at the section, {3}",
        s.section().id(), s.section().title(), sum.said(), s.score().said(), si + 1)));
  }

  static List<Finding> total(ScoreCard card) {
    Rubric r = card.rubric();
    RuleId rule = r.scoringRule();
    List<Finding> out = new ArrayList<>();
    Points sum = Points.ZERO;
    for (ScoreCard.SectionScore s : card.sections()) {
      sum = sum.plus(s.score());
    }
    if (card.periods().isEmpty() && !sum.equals(card.exactTotal())) {
      out.add(applied(rule, Phrase.of("各部分合计{0}，总分不低于0分", "sections sum to {0}; the total does not"
          + " fall below zero", sum.said())));
    }
    if (!card.isComplete()) {
      out.add(Finding.of(rule, FindingKind.PROVISIONAL, Phrase.of(
          "评分不完整：缺{0}，总分暂定，不评定等次", "incomplete card: missing {1} input(s); the total is"
              + " provisional and no grade is given", String.join("、", card.missingInputs()),
          card.missingInputs().size()), List.of()));
    }
    if (!card.periods().isEmpty()) {
      out.add(applied(rule, Phrase.of("按{0}取平均（{1}期）", "the mean of {1} check periods",
          r.schedule().aggregation().label(), card.periods().size())));
    }
    Phrase total = Phrase.of("总分：{0}（满分{1}）", "total: {0} of {1}", card.exactTotal().said(),
        r.total().said());
    if (!r.totalRounding().equals(Rounding.NONE)) {
      total = Phrase.of("{0}，{1}为{2}", "{0}; published as {2} (rounded once)", total,
          r.totalRounding().label(), card.total().said());
    }
    out.add(applied(rule, total));
    return out;
  }

  static Phrase grade(ScoreCard card) {
    GradeBand band = card.gradeBand().orElseThrow();
    GradeBand earned = card.gradeByScore().orElseThrow();
    if (card.isOverridden()) {
      return Phrase.of("等次：{0}（按得分为{1}）", "grade: {0} (the total alone earns {1})",
          band.grade(), earned.grade());
    }
    GradeScale scale = card.rubric().scale();
    Phrase reading = scale.rounding().equals(Rounding.NONE)
        ? Phrase.of(scale.reading().label(), scale.reading().english())
        : Phrase.of(scale.rounding().label() + "后" + scale.reading().label() + "，按{0}评定",
            "rounded first (" + scale.rounding().places().orElseThrow() + " places), then "
                + scale.reading().english() + ", graded on {0}",
            scale.rounding().apply(card.exactTotal()).said());
    return Phrase.of("等次：{0}（{1}；{2}）", "grade: {0} ({1}; {2})", band.grade(), band.said(), reading);
  }

  static Phrase override(GradeOverride o) {
    return o.grade().isPresent()
        ? Phrase.of("否决事项：{0}，等次不高于{1}", "overriding finding: {0}; grade at most {1}",
            o.finding(), o.grade().get())
        : Phrase.of("认定事项：{0}", "finding: {0}", o.finding());
  }

  static Phrase consequence(Consequence c) {
    return Phrase.of("处理（{1}）：{0}", "consequence (" + c.kind().english() + "): {0}",
        c.wording(), c.kind().label());
  }

  private static String english(dev.disclosure.calendar.CountingWord word) {
    return switch (word) {
      case AT_OR_ABOVE -> "at least";
      case MORE_THAN -> "more than";
      case AT_OR_BELOW -> "at most";
      case LESS_THAN -> "less than";
      default -> word.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    };
  }
}
