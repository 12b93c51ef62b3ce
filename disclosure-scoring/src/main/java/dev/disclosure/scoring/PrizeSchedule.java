package dev.disclosure.scoring;

import static java.util.Objects.requireNonNull;

import dev.disclosure.calendar.Citation;
import dev.disclosure.calendar.CountingWord;
import dev.disclosure.calendar.Finding;
import dev.disclosure.calendar.FindingKind;
import dev.disclosure.calendar.Phrase;
import dev.disclosure.calendar.Quantity;
import dev.disclosure.calendar.RuleId;
import dev.disclosure.core.InvalidFactsException;
import dev.disclosure.core.InvalidFactsException.Problem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Prizes and sanctions by place (排名奖惩), as data: the prizes in order with their amounts and
 * numbers (一、二、三等奖 3000/2000/1000元, one each), the ranking method, the order tied units are
 * listed in, and a rule for the last place (倒数第一名且得分在80分以下 → 诫勉谈话). Each standing names
 * its rule and citation.
 *
 * <p>Allocation: places are taken best first in groups of equal totals; each group takes the prize
 * of the next free slot (slots are the prizes repeated by their numbers) and every unit of the group
 * gets it <b>[convention: tied units share the prize of their place, stated in a finding]</b>. Under
 * {@link Ranking.Method#DENSE} a group uses one slot, so a tie for first still leaves a second
 * prize; under {@link Ranking.Method#COMPETITION} it uses as many slots as it has units. The last
 * place is the group with the lowest total when not every unit ties <b>[convention: when all totals
 * are equal nobody is last]</b>.
 *
 * <p>Immutable and thread-safe.
 */
public final class PrizeSchedule {

  /**
   * A prize (奖项).
   *
   * @param name its name, e.g. {@code 一等奖}
   * @param yuan its amount in yuan, positive
   * @param count how many units it is meant for, positive
   */
  public record Prize(String name, BigDecimal yuan, int count) {
    /**
     * Checks the values.
     *
     * @throws IllegalArgumentException if the amount or number is not positive
     * @param name its name, e.g. {@code 一等奖}
     * @param yuan its amount in yuan, positive
     * @param count how many units it is meant for, positive
     */
    public Prize {
      requireNonNull(name, "name");
      requireNonNull(yuan, "yuan");
      if (yuan.signum() <= 0 || count <= 0 || name.isBlank()) {
        throw new IllegalArgumentException("prize '" + name + "' of " + yuan.toPlainString()
            + " yuan for " + count + " units: name, a positive amount and a positive number needed");
      }
    }
  }

  /**
   * A unit's standing: its place, any prize and the consequences, with findings.
   *
   * @param place the place
   * @param prize the prize, if any
   * @param consequences the prize and any sanction, typed
   * @param findings the findings, naming the rule and its provision
   */
  public record Standing(
      Ranking.Place place, Optional<Prize> prize, List<Consequence> consequences,
      List<Finding> findings) {
    /**
     * Copies the lists.
     *
     * @param place the place
     * @param prize the prize, if any
     * @param consequences the prize and any sanction, typed
     * @param findings the findings, naming the rule and its provision
     */
    public Standing {
      requireNonNull(place, "place");
      requireNonNull(prize, "prize");
      consequences = List.copyOf(consequences);
      findings = List.copyOf(findings);
    }
  }

  private final RuleId rule;
  private final Citation citation;
  private final List<Prize> prizes;
  private final Ranking.Method method;
  private final Ranking.TieOrder order;
  private final Optional<GradeBand.Bound> lastPlaceBound;
  private final Optional<Consequence> lastPlaceConsequence;

  private PrizeSchedule(Builder b) {
    this.rule = b.rule;
    this.citation = b.citation;
    this.prizes = List.copyOf(b.prizes);
    this.method = b.method;
    this.order = b.order;
    this.lastPlaceBound = b.lastPlaceBound;
    this.lastPlaceConsequence = b.lastPlaceConsequence;
  }

  /**
   * Starts a schedule.
   *
   * @param rule the rule its findings name
   * @param citation the provision
   * @return a builder: dense ranking, ties as listed, no prize, no last-place rule
   */
  public static Builder builder(RuleId rule, Citation citation) {
    return new Builder(requireNonNull(rule, "rule"), requireNonNull(citation, "citation"));
  }

  /** {@return the prizes, best first} */
  public List<Prize> prizes() {
    return prizes;
  }

  /** {@return the ranking method} */
  public Ranking.Method method() {
    return method;
  }

  /** {@return the order tied units are listed in} */
  public Ranking.TieOrder tieOrder() {
    return order;
  }

  /**
   * Ranks the cards and gives each unit its standing.
   *
   * @param cards one complete card per unit
   * @return the standings, best first
   * @throws IllegalArgumentException if a unit appears twice or a card is incomplete
   */
  public List<Standing> award(List<ScoreCard> cards) {
    List<Ranking.Place> places = Ranking.of(cards, method, order);
    List<Prize> slots = new ArrayList<>();
    for (Prize p : prizes) {
      for (int i = 0; i < p.count(); i++) {
        slots.add(p);
      }
    }
    boolean allTied = places.size() > 1 && places.get(0).total().equals(places.get(places.size() - 1).total());
    Points lowest = places.isEmpty() ? null : places.get(places.size() - 1).total();
    List<Standing> out = new ArrayList<>();
    int cursor = 0;
    int i = 0;
    while (i < places.size()) {
      int j = i;
      while (j < places.size() && places.get(j).total().equals(places.get(i).total())) {
        j++;
      }
      Optional<Prize> prize = cursor < slots.size() ? Optional.of(slots.get(cursor)) : Optional.empty();
      boolean last = places.size() > 1 && !allTied && places.get(i).total().equals(lowest);
      for (int k = i; k < j; k++) {
        out.add(standing(places.get(k), prize, last, allTied, j - i));
      }
      cursor += method == Ranking.Method.DENSE ? 1 : j - i;
      i = j;
    }
    return List.copyOf(out);
  }

  private Standing standing(
      Ranking.Place p, Optional<Prize> prize, boolean last, boolean allTied, int groupSize) {
    List<Consequence> consequences = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    Phrase where = Phrase.of("{0} {1}（{2}）", "{0}: place {3} ({2})", p.unit(), p.statement(),
        p.total().said(), p.rank());
    if (prize.isPresent()) {
      Prize pr = prize.get();
      consequences.add(Consequence.of(Consequence.Kind.PRIZE,
          pr.name() + pr.yuan().toPlainString() + "元", citation));
      findings.add(Finding.of(rule, groupSize > 1 ? FindingKind.CONVENTION : FindingKind.APPLIED,
          Phrase.of(groupSize > 1 ? "{0}：{1}，奖{2}（并列单位均获该奖〔约定〕）" : "{0}：{1}，奖{2}",
              groupSize > 1 ? "{0}: {1} of {2} (tied units share the prize, by convention)" : "{0}: {1} of {2}",
              where, pr.name(), Quantity.of(pr.yuan(), Quantity.Unit.YUAN)),
          List.of(citation)));
    } else {
      findings.add(Finding.of(rule, FindingKind.APPLIED, Phrase.of("{0}：未获奖", "{0}: no prize", where),
          List.of(citation)));
    }
    if (last && lastPlaceBound.isPresent()) {
      GradeBand.Bound b = lastPlaceBound.get();
      boolean below = b.word().test(p.total(), b.value());
      if (below) {
        consequences.add(lastPlaceConsequence.orElseThrow());
      }
      findings.add(Finding.of(rule, FindingKind.APPLIED, Phrase.of(
          below ? "{0}：倒数第一名且得分{1}，{2}" : "{0}：倒数第一名，得分不在{1}，不适用{2}",
          below ? "{0}: last place with a total {1}: {2}" : "{0}: last place, but not {1}: no {2}",
          where, b.said(), lastPlaceConsequence.orElseThrow().wording()), List.of(citation)));
    } else if (allTied && lastPlaceBound.isPresent()) {
      findings.add(Finding.of(rule, FindingKind.CONVENTION, Phrase.of(
          "{0}：各单位得分相同，无倒数第一名〔约定〕", "{0}: every unit has the same total; nobody is last"
              + " (by convention)", where), List.of(citation)));
    }
    return new Standing(p, prize, consequences, findings);
  }

  /** Builds a {@link PrizeSchedule}. */
  public static final class Builder {
    private final RuleId rule;
    private final Citation citation;
    private final List<Prize> prizes = new ArrayList<>();
    private Ranking.Method method = Ranking.Method.DENSE;
    private Ranking.TieOrder order = Ranking.TieOrder.AS_LISTED;
    private Optional<GradeBand.Bound> lastPlaceBound = Optional.empty();
    private Optional<Consequence> lastPlaceConsequence = Optional.empty();

    private Builder(RuleId rule, Citation citation) {
      this.rule = rule;
      this.citation = citation;
    }

    /**
     * Adds the next prize.
     *
     * @param name its name
     * @param yuan its amount in yuan
     * @param count how many units it is meant for
     * @return this builder
     */
    public Builder prize(String name, BigDecimal yuan, int count) {
      prizes.add(new Prize(name, yuan, count));
      return this;
    }

    /**
     * Sets the ranking method ({@link Ranking.Method#DENSE} unless set).
     *
     * @param method the method
     * @return this builder
     */
    public Builder method(Ranking.Method method) {
      this.method = requireNonNull(method, "method");
      return this;
    }

    /**
     * Sets the order tied units are listed in ({@link Ranking.TieOrder#AS_LISTED} unless set).
     *
     * @param order the order
     * @return this builder
     */
    public Builder tieOrder(Ranking.TieOrder order) {
      this.order = requireNonNull(order, "order");
      return this;
    }

    /**
     * Sets the last-place rule: the last place whose total satisfies the bound (80分以下 includes
     * 80, CAL-6) gets the consequence.
     *
     * @param bound the bound, e.g. 80 with {@link CountingWord#AT_OR_BELOW}
     * @param word the counting word
     * @param consequence the consequence, e.g. an admonishment talk
     * @return this builder
     */
    public Builder lastPlace(Points bound, CountingWord word, Consequence consequence) {
      this.lastPlaceBound = Optional.of(new GradeBand.Bound(
          requireNonNull(bound, "bound"), requireNonNull(word, "word")));
      this.lastPlaceConsequence = Optional.of(requireNonNull(consequence, "consequence"));
      return this;
    }

    /**
     * Returns the schedule.
     *
     * @return the schedule
     * @throws InvalidFactsException if a prize name appears twice
     */
    public PrizeSchedule build() {
      List<Problem> problems = new ArrayList<>();
      for (int i = 0; i < prizes.size(); i++) {
        for (int j = 0; j < i; j++) {
          if (prizes.get(i).name().equals(prizes.get(j).name())) {
            problems.add(new Problem(rule, "prize " + prizes.get(i).name() + " appears twice"));
          }
        }
      }
      InvalidFactsException.throwIfAny("PrizeSchedule", problems);
      return new PrizeSchedule(this);
    }
  }
}
