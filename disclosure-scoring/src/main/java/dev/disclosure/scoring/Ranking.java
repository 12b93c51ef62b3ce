package dev.disclosure.scoring;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A ranking (排名) of units by exact total, highest first, with a declared method for ties and a
 * declared order in which tied units are listed.
 */
public final class Ranking {

  /** How equal totals are ranked. */
  public enum Method {
    /** Equal totals share a rank and the next rank skips ("1, 2, 2, 4"). */
    COMPETITION,
    /** Equal totals share a rank and the next rank follows ("1, 2, 2, 3"). */
    DENSE
  }

  /** The order in which tied units are listed (the rank they share is the same either way). */
  public enum TieOrder {
    /** In the order the cards were given, e.g. the official list of villages. */
    AS_LISTED,
    /** By the units' names, code point by code point. */
    BY_NAME
  }

  /**
   * One unit's place.
   *
   * @param rank the rank, from 1
   * @param unit the unit
   * @param total its exact total
   * @param tied whether another unit has the same total
   */
  public record Place(int rank, String unit, Points total, boolean tied) {

    /**
     * Checks that no component is null.
     *
     * @param rank the rank, from 1
     * @param unit the unit
     * @param total its total
     * @param tied whether another unit has the same total
     */
    public Place {
      requireNonNull(unit, "unit");
      requireNonNull(total, "total");
    }

    /** {@return the place in Chinese, for example {@code 并列第2名} or {@code 第1名}} */
    public String statement() {
      return (tied ? "并列第" : "第") + rank + "名";
    }
  }

  private Ranking() {}

  /**
   * Ranks score cards by exact total, competition ranking, ties listed as given.
   *
   * @param cards the cards, one per unit, each complete
   * @return the places, best first
   * @throws IllegalArgumentException if a unit appears twice or a card is incomplete
   */
  public static List<Place> of(List<ScoreCard> cards) {
    return of(cards, Method.COMPETITION, TieOrder.AS_LISTED);
  }

  /**
   * Ranks score cards by exact total.
   *
   * @param cards the cards, one per unit, each complete
   * @param method how ties are ranked
   * @param order how tied units are listed
   * @return the places, best first
   * @throws IllegalArgumentException if a unit appears twice or a card is incomplete (its total
   *     is provisional)
   */
  public static List<Place> of(List<ScoreCard> cards, Method method, TieOrder order) {
    requireNonNull(cards, "cards");
    List<Place> input = new ArrayList<>();
    for (ScoreCard c : cards) {
      requireNonNull(c, "cards element");
      if (!c.isComplete()) {
        throw new IllegalArgumentException("the card of " + c.unit() + " is incomplete (missing "
            + c.missingInputs() + "); a provisional total cannot be ranked");
      }
      input.add(new Place(0, c.unit(), c.exactTotal(), false));
    }
    return rank(input, method, order);
  }

  /**
   * Ranks units by total.
   *
   * @param totals each unit's total, as places whose rank and tie are ignored
   * @param method how ties are ranked
   * @param order how tied units are listed
   * @return the places, best first
   * @throws IllegalArgumentException if a unit appears twice
   */
  public static List<Place> rank(List<Place> totals, Method method, TieOrder order) {
    requireNonNull(totals, "totals");
    requireNonNull(method, "method");
    requireNonNull(order, "order");
    Set<String> seen = new HashSet<>();
    for (Place p : totals) {
      if (!seen.add(requireNonNull(p, "totals element").unit())) {
        throw new IllegalArgumentException("unit " + p.unit() + " appears twice in the ranking");
      }
    }
    List<Place> sorted = new ArrayList<>(totals);
    Comparator<Place> byTotal = Comparator.comparing(Place::total).reversed();
    sorted.sort(order == TieOrder.BY_NAME ? byTotal.thenComparing(Place::unit) : byTotal);
    List<Place> out = new ArrayList<>(sorted.size());
    int dense = 0;
    for (int i = 0; i < sorted.size(); i++) {
      Place p = sorted.get(i);
      boolean sameAsPrevious = i > 0 && sorted.get(i - 1).total().equals(p.total());
      if (!sameAsPrevious) {
        dense++;
      }
      int rank = sameAsPrevious ? out.get(i - 1).rank() : method == Method.DENSE ? dense : i + 1;
      boolean tied = sameAsPrevious
          || (i + 1 < sorted.size() && sorted.get(i + 1).total().equals(p.total()));
      out.add(new Place(rank, p.unit(), p.total(), tied));
    }
    return List.copyOf(out);
  }
}
