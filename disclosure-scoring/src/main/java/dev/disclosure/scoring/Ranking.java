package dev.disclosure.scoring;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A ranking (排名) of several units by total, highest first.
 *
 * <p><b>[convention]</b> Equal totals share a rank and the next rank skips accordingly (competition
 * ranking, "1, 2, 2, 4"); tied units are listed by unit name and each line states the tie
 * ({@code 并列第2名}).
 */
public final class Ranking {

  /**
   * One unit's place.
   *
   * @param rank the rank, from 1
   * @param unit the unit
   * @param total its total
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
   * Ranks score cards by total.
   *
   * @param cards the cards, one per unit
   * @return the places, best first
   * @throws IllegalArgumentException if a unit appears twice
   */
  public static List<Place> of(List<ScoreCard> cards) {
    requireNonNull(cards, "cards");
    List<Place> input = new ArrayList<>();
    for (ScoreCard c : cards) {
      input.add(new Place(0, requireNonNull(c, "cards element").unit(), c.total(), false));
    }
    return rank(input);
  }

  /**
   * Ranks units by total.
   *
   * @param totals each unit's total, as places whose rank and tie are ignored
   * @return the places, best first
   * @throws IllegalArgumentException if a unit appears twice
   */
  public static List<Place> rank(List<Place> totals) {
    requireNonNull(totals, "totals");
    Set<String> seen = new HashSet<>();
    for (Place p : totals) {
      if (!seen.add(p.unit())) {
        throw new IllegalArgumentException("unit " + p.unit() + " appears twice in the ranking");
      }
    }
    List<Place> sorted = new ArrayList<>(totals);
    sorted.sort(Comparator.comparing(Place::total).reversed().thenComparing(Place::unit));
    List<Place> out = new ArrayList<>(sorted.size());
    for (int i = 0; i < sorted.size(); i++) {
      Place p = sorted.get(i);
      int rank = i > 0 && sorted.get(i - 1).total().equals(p.total()) ? out.get(i - 1).rank() : i + 1;
      boolean tied =
          (i > 0 && sorted.get(i - 1).total().equals(p.total()))
              || (i + 1 < sorted.size() && sorted.get(i + 1).total().equals(p.total()));
      out.add(new Place(rank, p.unit(), p.total(), tied));
    }
    return List.copyOf(out);
  }
}
