package dev.disclosure.calendar;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a rule did (认定): the {@link RuleId}, whether it was applied, broken, a convention chosen or
 * a provisional answer ({@link FindingKind}), what happened as a bilingual {@link Phrase} whose
 * dates, counts and amounts are typed values, the due date it set if it is a step of a deadline,
 * and the provisions relied on.
 *
 * <p>Deadline steps, request histories, exemption decisions, review checks, publication and cadence
 * checks, complaint flows, report tables and score cards all speak in findings; {@link Language}
 * renders them for a letter (Chinese, the default) or in English.
 *
 * <p>Immutable and thread-safe; equality compares every field.
 */
public final class Finding {

  private final RuleId rule;
  private final FindingKind kind;
  private final Phrase what;
  private final LocalDate dueDate;
  private final ImmutableList<Citation> citations;

  private Finding(
      RuleId rule, FindingKind kind, Phrase what, LocalDate dueDate, List<Citation> citations) {
    this.rule = rule;
    this.kind = kind;
    this.what = what;
    this.dueDate = dueDate;
    this.citations = ImmutableList.copyOf(citations);
  }

  /**
   * Returns a finding.
   *
   * @param rule the rule
   * @param kind applied, broken, convention or provisional
   * @param what what happened
   * @param citations the provisions relied on, possibly none
   * @return the finding
   */
  public static Finding of(RuleId rule, FindingKind kind, Phrase what, List<Citation> citations) {
    requireNonNull(rule, "rule");
    requireNonNull(kind, "kind");
    requireNonNull(what, "what");
    requireNonNull(citations, "citations");
    return new Finding(rule, kind, what, null, citations);
  }

  /**
   * Returns a step of a deadline: a rule applied that set or moved the due date.
   *
   * @param rule the rule
   * @param what what was applied
   * @param dueDate the due date after this step
   * @param citations the provisions relied on, possibly none
   * @return the finding, of kind {@link FindingKind#APPLIED}
   */
  public static Finding step(RuleId rule, Phrase what, LocalDate dueDate, List<Citation> citations) {
    requireNonNull(rule, "rule");
    requireNonNull(what, "what");
    requireNonNull(dueDate, "dueDate");
    requireNonNull(citations, "citations");
    return new Finding(rule, FindingKind.APPLIED, what, dueDate, citations);
  }

  /**
   * Returns a step of a deadline whose due date after this step lies beyond the calendar's data
   * (CAL-9): rendered as {@link #step} renders, the due date named by {@link
   * WorkingDayCalendar#dayBeyondData()}; {@link #dueDate()} is then empty.
   *
   * @param rule the rule
   * @param what what was applied
   * @param calendar the calendar whose data the due date lies beyond
   * @param citations the provisions relied on, possibly none
   * @return the finding, of kind {@link FindingKind#APPLIED}
   */
  public static Finding stepBeyondData(
      RuleId rule, Phrase what, WorkingDayCalendar calendar, List<Citation> citations) {
    requireNonNull(rule, "rule");
    requireNonNull(what, "what");
    requireNonNull(calendar, "calendar");
    requireNonNull(citations, "citations");
    return new Finding(
        rule,
        FindingKind.APPLIED,
        Phrase.of("{0} → {1}", "{0} → {1}", what, calendar.dayBeyondData()),
        null,
        citations);
  }

  /** {@return the rule} */
  public RuleId rule() {
    return rule;
  }

  /** {@return whether the rule was applied, broken, a convention or provisional} */
  public FindingKind kind() {
    return kind;
  }

  /** {@return what happened} */
  public Phrase what() {
    return what;
  }

  /** {@return the due date this finding set or moved, for a step of a deadline; else empty} */
  public Optional<LocalDate> dueDate() {
    return Optional.ofNullable(dueDate);
  }

  /** {@return the provisions relied on} */
  public List<Citation> citations() {
    return citations;
  }

  /** {@return every date involved: those in {@link #what()}, in order, then the due date} */
  public List<LocalDate> dates() {
    List<LocalDate> dates = new ArrayList<>();
    collect(what, LocalDate.class, dates);
    if (dueDate != null) {
      dates.add(dueDate);
    }
    return List.copyOf(dates);
  }

  /** {@return every count or amount involved (days, yuan, points, items), in order} */
  public List<Quantity> quantities() {
    List<Quantity> quantities = new ArrayList<>();
    collect(what, Quantity.class, quantities);
    return List.copyOf(quantities);
  }

  private static <T> void collect(Phrase phrase, Class<T> type, List<T> into) {
    for (Object value : phrase.values()) {
      if (type.isInstance(value)) {
        into.add(type.cast(value));
      } else if (value instanceof Phrase nested) {
        collect(nested, type, into);
      }
    }
  }

  /**
   * Returns this finding in a language, on one line.
   *
   * @param language Chinese or English
   * @return the rendered finding
   */
  public String render(Language language) {
    requireNonNull(language, "language");
    return language.render(this);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Finding other
        && rule.equals(other.rule)
        && kind == other.kind
        && what.equals(other.what)
        && Objects.equals(dueDate, other.dueDate)
        && citations.equals(other.citations);
  }

  @Override
  public int hashCode() {
    return Objects.hash(rule, kind, what, dueDate, citations);
  }

  /** Returns the finding in Chinese, as {@link Language#CHINESE} renders it. */
  @Override
  public String toString() {
    return Language.CHINESE.render(this);
  }
}
