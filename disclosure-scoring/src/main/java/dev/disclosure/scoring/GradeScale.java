package dev.disclosure.scoring;

import static java.util.Objects.requireNonNull;

import dev.disclosure.calendar.RuleId;
import dev.disclosure.core.InvalidFactsException;
import dev.disclosure.core.InvalidFactsException.Problem;
import dev.disclosure.core.law.Rules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A grade scale (等次划分): bands that together cover every total from zero to the rubric's maximum,
 * each total in exactly one band (CAL-6 decides whether a bound belongs to a band).
 *
 * <p>Immutable and thread-safe.
 */
public final class GradeScale {

  private final Points maximum;
  private final List<GradeBand> bands;

  private GradeScale(Points maximum, List<GradeBand> bands) {
    this.maximum = maximum;
    this.bands = bands;
  }

  /**
   * Returns a validated scale.
   *
   * @param maximum the rubric's maximum
   * @param bands the bands, in any order
   * @return the scale, its bands ordered from the highest
   * @throws InvalidFactsException listing every gap, overlap, duplicate grade or bound outside
   *     {@code [0, maximum]}
   */
  public static GradeScale of(Points maximum, List<GradeBand> bands) {
    requireNonNull(maximum, "maximum");
    requireNonNull(bands, "bands");
    List<Problem> problems = problems(maximum, bands);
    InvalidFactsException.throwIfAny("GradeScale", problems);
    List<GradeBand> ordered = new ArrayList<>(bands);
    ordered.sort(Comparator.comparing(GradeBand::lower).reversed());
    return new GradeScale(maximum, List.copyOf(ordered));
  }

  static List<Problem> problems(Points maximum, List<GradeBand> bands) {
    List<Problem> problems = new ArrayList<>();
    if (bands.isEmpty()) {
      problems.add(new Problem(Rules.SC_2, "no grade band: bands must cover [0, " + maximum + "]"));
      return problems;
    }
    Set<String> grades = new HashSet<>();
    for (GradeBand band : bands) {
      requireNonNull(band, "bands element");
      if (!grades.add(band.grade())) {
        problems.add(new Problem(Rules.SC_2, "grade " + band.grade() + " appears twice"));
      }
      if (band.lower().compareTo(band.upper()) > 0) {
        problems.add(
            new Problem(
                Rules.SC_2,
                "grade "
                    + band.grade()
                    + " has lower bound "
                    + band.lower()
                    + " above upper bound "
                    + band.upper()));
      }
    }
    List<GradeBand> ordered = new ArrayList<>(bands);
    ordered.sort(Comparator.comparing(GradeBand::lower));
    GradeBand first = ordered.get(0);
    if (first.lower().compareTo(Points.ZERO) != 0 || !first.lowerWord().includesNumber()) {
      problems.add(
          new Problem(
              Rules.SC_2,
              "lowest band "
                  + first.grade()
                  + " "
                  + first.range()
                  + " must start at 0 inclusive (0分以上): totals below it would have no grade"));
    }
    GradeBand last = ordered.get(ordered.size() - 1);
    if (last.upper().compareTo(maximum) != 0 || !last.upperWord().includesNumber()) {
      problems.add(
          new Problem(
              Rules.SC_2,
              "highest band "
                  + last.grade()
                  + " "
                  + last.range()
                  + " must end at the maximum "
                  + maximum
                  + " inclusive"));
    }
    for (int i = 1; i < ordered.size(); i++) {
      GradeBand below = ordered.get(i - 1);
      GradeBand above = ordered.get(i);
      int cmp = below.upper().compareTo(above.lower());
      boolean belowIn = below.upperWord().includesNumber();
      boolean aboveIn = above.lowerWord().includesNumber();
      if (cmp < 0 || (cmp == 0 && !belowIn && !aboveIn)) {
        problems.add(
            new Problem(
                RuleId.CAL_6,
                "gap between "
                    + below.grade()
                    + " "
                    + below.range()
                    + " and "
                    + above.grade()
                    + " "
                    + above.range()
                    + ": some totals would have no grade"));
      } else if (cmp > 0 || (belowIn && aboveIn)) {
        problems.add(
            new Problem(
                RuleId.CAL_6,
                "overlap between "
                    + below.grade()
                    + " "
                    + below.range()
                    + " and "
                    + above.grade()
                    + " "
                    + above.range()
                    + ": some totals would have two grades"));
      }
    }
    return problems;
  }

  /** {@return the maximum total the scale covers} */
  public Points maximum() {
    return maximum;
  }

  /** {@return the bands, from the highest} */
  public List<GradeBand> bands() {
    return bands;
  }

  /**
   * Returns the band of a total (评定等次).
   *
   * @param total a total in {@code [0, maximum]}
   * @return the only band containing it
   * @throws IllegalArgumentException if the total is outside {@code [0, maximum]}
   */
  public GradeBand gradeOf(Points total) {
    requireNonNull(total, "total");
    for (GradeBand band : bands) {
      if (band.contains(total)) {
        return band;
      }
    }
    throw new IllegalArgumentException(
        "total "
            + total
            + " is outside [0, "
            + maximum
            + "] and has no grade ("
            + Rules.SC_2
            + ")");
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
    throw new IllegalArgumentException("the scale has no grade " + grade);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof GradeScale other
        && maximum.equals(other.maximum)
        && bands.equals(other.bands);
  }

  @Override
  public int hashCode() {
    return maximum.hashCode() * 31 + bands.hashCode();
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    for (GradeBand band : bands) {
      text.append(text.length() == 0 ? "" : "; ")
          .append(band.grade())
          .append(' ')
          .append(band.range());
    }
    return text.toString();
  }
}
