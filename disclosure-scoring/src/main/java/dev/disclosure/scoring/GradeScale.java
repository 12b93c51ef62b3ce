package dev.disclosure.scoring;

import static java.util.Objects.requireNonNull;

import dev.disclosure.calendar.RuleId;
import dev.disclosure.core.InvalidFactsException;
import dev.disclosure.core.InvalidFactsException.Problem;
import dev.disclosure.core.law.Rules;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A grade scale (等次划分): the bands as the text writes them and the declared rule that reads a
 * total against them — whether the total is rounded first ({@link Rounding}) and how a total between
 * two bands or in two bands is read ({@link Reading}).
 *
 * <p>Examples: {@code 001} writes 85分以上 / 70分—84分 / 69分以下, leaving 84.5 between two bands;
 * {@code 003} writes 90分以上 / 80—90分 / 60—80分 / 60分以下, putting 80 in two. Under {@link
 * Reading#HIGHEST_REACHED} 84.5 is 基本合格 and 80 is 良好; rounded half-up to whole points first and
 * then read {@link Reading#LITERAL literally}, 84.5 is 合格.
 *
 * <p>Immutable and thread-safe. Validation checks every total the rubric can reach: each must get
 * exactly one grade under the declared rule.
 */
public final class GradeScale {

  /** How a (possibly rounded) total is read against the bands. */
  public enum Reading {
    /** As written: each total must lie in exactly one band. */
    LITERAL("按字面", "as written"),
    /**
     * From the top (从高): a total gets the highest band whose lower bound it reaches, so a total
     * between two bands takes the lower one (84.5 → 70分—84分) and a shared bound goes to the band
     * it starts (80 → 80—90分); upper bounds are not read.
     */
    HIGHEST_REACHED("按所达下限从高认定", "the highest band whose lower bound is reached");

    private final String label;
    private final String english;

    Reading(String label, String english) {
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

  private final List<GradeBand> bands;
  private final Reading reading;
  private final Rounding rounding;
  /**
   * The bands' bounds on longs, for {@link #gradeOf(Points, long, long)}: per band from the top,
   * six values — the lower bound's numerator, denominator and {@link #holding} mask, then the
   * upper bound's (a bound that is absent or not read holds for every total) — or null where a
   * total is rounded before it is read or a bound does not fit longs.
   */
  private final long[] edges;

  private GradeScale(List<GradeBand> bands, Reading reading, Rounding rounding) {
    this.bands = bands;
    this.reading = reading;
    this.rounding = rounding;
    this.edges = rounding.places().isPresent() ? null : edges(bands, reading);
  }

  private static long[] edges(List<GradeBand> bands, Reading reading) {
    long[] edges = new long[bands.size() * 6];
    int i = 0;
    for (GradeBand band : bands) {
      List<Optional<GradeBand.Bound>> read = List.of(
          band.lower(), reading == Reading.LITERAL ? band.upper() : Optional.empty());
      for (Optional<GradeBand.Bound> bound : read) {
        Points value = bound.map(GradeBand.Bound::value).orElse(Points.ZERO);
        if (!value.isSmall()) {
          return null;
        }
        edges[i++] = value.num();
        edges[i++] = value.den();
        edges[i++] = bound.map(GradeScale::holding).orElse(ALWAYS);
      }
    }
    return edges;
  }

  /** The mask of a bound that every total satisfies. */
  private static final long ALWAYS = 0b111;

  /**
   * Which comparisons of a total with a bound satisfy its counting word: bit 0 below, bit 1 at,
   * bit 2 above the bound.
   */
  private static long holding(GradeBand.Bound bound) {
    long mask = 0;
    for (int c = -1; c <= 1; c++) {
      if (bound.word().test(Points.of(c), Points.ZERO)) {
        mask |= 1L << (c + 1);
      }
    }
    return mask;
  }

  /**
   * Returns a validated scale over {@code [0, maximum]}, read literally without rounding.
   *
   * @param maximum the rubric's maximum
   * @param bands the bands, in any order
   * @return the scale, its bands ordered from the highest
   * @throws InvalidFactsException listing every total with no grade or two, duplicate grades and bands
   *     whose lower bound lies above their upper bound
   */
  public static GradeScale of(Points maximum, List<GradeBand> bands) {
    return of(maximum, bands, Reading.LITERAL, Rounding.NONE);
  }

  /**
   * Returns a validated scale over {@code [0, maximum]}.
   *
   * @param maximum the rubric's maximum
   * @param bands the bands as written, in any order
   * @param reading how totals are read against them
   * @param rounding how a total is rounded before it is read
   * @return the scale, its bands ordered from the highest
   * @throws InvalidFactsException listing every total with no grade or two under the reading, and
   *     duplicate grades, bands whose lower bound lies above their upper bound and bands starting
   *     above {@code maximum}
   */
  public static GradeScale of(
      Points maximum, List<GradeBand> bands, Reading reading, Rounding rounding) {
    requireNonNull(maximum, "maximum");
    return of(Optional.of(Points.ZERO), Optional.of(maximum), bands, reading, rounding);
  }

  static GradeScale of(
      Optional<Points> lowest,
      Optional<Points> highest,
      List<GradeBand> bands,
      Reading reading,
      Rounding rounding) {
    InvalidFactsException.throwIfAny(
        "GradeScale", problems(lowest, highest, bands, reading, rounding));
    return new GradeScale(ordered(bands), reading, rounding);
  }

  private static List<GradeBand> ordered(List<GradeBand> bands) {
    List<GradeBand> ordered = new ArrayList<>(bands);
    // highest lower bound first; a band without a lower bound last
    ordered.sort(
        Comparator.comparing(
                (GradeBand b) -> b.lower().map(GradeBand.Bound::value).orElse(null),
                Comparator.nullsFirst(Comparator.<Points>naturalOrder()))
            .thenComparing(b -> b.lower().map(l -> l.word().includesNumber() ? 0 : 1).orElse(0))
            .reversed());
    return List.copyOf(ordered);
  }

  static List<Problem> problems(
      Optional<Points> lowest,
      Optional<Points> highest,
      List<GradeBand> bands,
      Reading reading,
      Rounding rounding) {
    requireNonNull(bands, "bands");
    requireNonNull(reading, "reading");
    requireNonNull(rounding, "rounding");
    List<Problem> problems = new ArrayList<>();
    if (bands.isEmpty()) {
      problems.add(new Problem(Rules.SC_9, "no grade band: a scale needs at least one"));
      return problems;
    }
    Set<String> grades = new HashSet<>();
    for (GradeBand band : bands) {
      requireNonNull(band, "bands element");
      if (!grades.add(band.grade())) {
        problems.add(new Problem(Rules.SC_9, "grade " + band.grade() + " appears twice"));
      }
      if (band.lower().isPresent()
          && band.upper().isPresent()
          && band.lower().get().value().compareTo(band.upper().get().value()) > 0) {
        problems.add(new Problem(Rules.SC_9, "grade " + band.grade() + " has lower bound "
            + band.lower().get().value() + " above upper bound " + band.upper().get().value()));
      }
      if (band.lower().isPresent()
          && highest.isPresent()
          && band.lower().get().value().compareTo(highest.get()) > 0) {
        problems.add(new Problem(Rules.SC_9, "grade " + band.grade() + " starts at "
            + band.lower().get().value() + ", above the highest total " + highest.get()
            + " the rubric can give: no card can earn it"));
      }
    }
    List<Points> tests = testPoints(lowest, highest, bands, rounding);
    int gaps = 0;
    int overlaps = 0;
    for (Points t : tests) {
      if (reading == Reading.LITERAL) {
        List<String> in = new ArrayList<>();
        for (GradeBand b : bands) {
          if (b.contains(t)) {
            in.add(b.grade() + " " + b.range());
          }
        }
        if (in.isEmpty() && gaps++ < 5) {
          problems.add(
              new Problem(
                  RuleId.CAL_6,
                  "a total of "
                      + t
                      + " lies in no band; read literally"
                      + (rounding.places().isPresent() ? " after rounding (" + rounding.label() + ")" : "")
                      + " every total needs one: close the gap or read "
                      + Reading.HIGHEST_REACHED));
        } else if (in.size() > 1 && overlaps++ < 5) {
          problems.add(
              new Problem(
                  RuleId.CAL_6,
                  "a total of "
                      + t
                      + " lies in "
                      + String.join(" and ", in)
                      + "; read literally every total needs exactly one band: read "
                      + Reading.HIGHEST_REACHED
                      + " or change a counting word"));
        }
      } else if (bands.stream().noneMatch(b -> b.reaches(t)) && gaps++ < 5) {
        problems.add(
            new Problem(
                RuleId.CAL_6,
                "a total of " + t + " reaches no band's lower bound: the lowest band must start"
                    + " at or below " + lowest.map(Points::toString).orElse("any total")));
      }
    }
    if (reading == Reading.HIGHEST_REACHED) {
      Set<String> lowers = new HashSet<>();
      for (GradeBand b : bands) {
        String key = b.lower().map(l -> l.value() + l.word().label()).orElse("none");
        if (!lowers.add(key)) {
          problems.add(
              new Problem(
                  RuleId.CAL_6,
                  "two bands start at " + key + ": reading from the top cannot choose between them"));
        }
      }
    }
    return problems;
  }

  /**
   * Every total at which band membership can change, and one between each two of them: membership
   * is constant between consecutive bounds, so these decide every total the rubric reaches.
   */
  private static List<Points> testPoints(
      Optional<Points> lowest, Optional<Points> highest, List<GradeBand> bands, Rounding rounding) {
    TreeSet<Points> critical = new TreeSet<>();
    lowest.ifPresent(critical::add);
    highest.ifPresent(critical::add);
    for (GradeBand b : bands) {
      b.lower().ifPresent(l -> critical.add(l.value()));
      b.upper().ifPresent(u -> critical.add(u.value()));
    }
    Optional<Points> step = rounding.step();
    List<Points> candidates = new ArrayList<>();
    Points previous = null;
    for (Points c : critical) {
      if (previous != null) {
        Points from = previous;
        candidates.add(step.map(g -> nextOnGrid(from, g)).orElse(from.plus(c).dividedBy(2)));
      }
      candidates.add(c);
      previous = c;
    }
    Points one = step.orElse(Points.of(1));
    candidates.add(critical.first().minus(one));
    candidates.add(step.map(g -> nextOnGrid(critical.last(), g)).orElse(critical.last().plus(one)));
    List<Points> tests = new ArrayList<>();
    for (Points c : candidates) {
      boolean reachable =
          lowest.map(lo -> c.compareTo(rounding.apply(lo)) >= 0).orElse(true)
              && highest.map(hi -> c.compareTo(rounding.apply(hi)) <= 0).orElse(true)
              && step.map(g -> c.dividedBy(g).isWhole()).orElse(true);
      if (reachable && !tests.contains(c)) {
        tests.add(c);
      }
    }
    return tests;
  }

  private static Points nextOnGrid(Points after, Points step) {
    return after.dividedBy(step).rounded(0, RoundingMode.FLOOR).times(step).plus(step);
  }

  /** {@return the bands, from the highest lower bound} */
  public List<GradeBand> bands() {
    return bands;
  }

  /** {@return how totals are read against the bands} */
  public Reading reading() {
    return reading;
  }

  /** {@return how a total is rounded before it is read} */
  public Rounding rounding() {
    return rounding;
  }

  /**
   * Returns the band of a total (评定等次): the exact total rounded as declared, then read.
   *
   * @param total the exact total
   * @return its band
   * @throws IllegalArgumentException if the total is outside every band (beyond the totals the
   *     scale was validated for)
   */
  public GradeBand gradeOf(Points total) {
    requireNonNull(total, "total");
    Points read = rounding.apply(total);
    for (GradeBand band : bands) {
      if (reading == Reading.LITERAL ? band.contains(read) : band.reaches(read)) {
        return band;
      }
    }
    throw new IllegalArgumentException(
        "a total of " + total + " has no grade in " + this + " (" + RuleId.CAL_6 + ")");
  }

  /**
   * Returns the band of an exact total given also as {@code num/den} (den positive) on longs: the
   * same band as {@link #gradeOf(Points)}, read by comparing the fraction with each bound by
   * cross-multiplication, without rounding or objects; a scale that rounds first, or whose bounds
   * do not fit longs, reads {@code total}.
   */
  GradeBand gradeOf(Points total, long num, long den) {
    long[] e = edges;
    if (e != null) {
      for (int i = 0; i < e.length; i += 6) {
        if (holds(num, den, e, i) && holds(num, den, e, i + 3)) {
          return bands.get(i / 6);
        }
      }
    }
    return gradeOf(total);
  }

  private static boolean holds(long num, long den, long[] e, int i) {
    long mask = e[i + 2];
    return mask == ALWAYS || (mask >> (Points.compare(num, den, e[i], e[i + 1]) + 1) & 1) != 0;
  }

  /**
   * Returns the band with a given grade.
   *
   * @param grade the grade, e.g. {@code 不合格}
   * @return the band
   * @throws IllegalArgumentException if the scale has no such grade
   */
  public GradeBand band(String grade) {
    requireNonNull(grade, "grade");
    for (GradeBand band : bands) {
      if (band.grade().equals(grade)) {
        return band;
      }
    }
    throw new IllegalArgumentException("the scale has no grade " + grade + "; it has " + this);
  }

  /** Returns the position of a band from the top (0 for the highest). */
  int rank(GradeBand band) {
    return bands.indexOf(band);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof GradeScale other
        && bands.equals(other.bands)
        && reading == other.reading
        && rounding.equals(other.rounding);
  }

  @Override
  public int hashCode() {
    return (bands.hashCode() * 31 + reading.hashCode()) * 31 + rounding.hashCode();
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    for (GradeBand band : bands) {
      text.append(text.length() == 0 ? "" : "; ").append(band.grade()).append(' ').append(band.range());
    }
    return text + " (" + reading.english() + ", " + rounding.label() + ")";
  }
}
