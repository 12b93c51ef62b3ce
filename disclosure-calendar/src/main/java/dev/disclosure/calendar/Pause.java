package dev.disclosure.calendar;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Time that is not counted in a period (不计算在期限内, CAL-7), such as a third-party consultation.
 *
 * <p>Convention (CAL-7): a pause that starts on day S and ends on day E removes the days in
 * {@code (S, E]} from the count: the day it starts still counts, the days up to and including the
 * day it ends do not. A pause that starts and ends on the same day removes nothing. Overlapping
 * pauses never remove a day twice. A pause still running has no end yet: record it with the date
 * of evaluation as its end to see the earliest the deadline can be.
 *
 * <p>Immutable and thread-safe.
 */
public final class Pause {

  private final LocalDate start;
  private final LocalDate end;
  /** The recorded text, or null when the library worded the reason ({@link #described}). */
  private final String reason;
  private final Phrase described;
  private final Citation citation;

  private Pause(
      LocalDate start, LocalDate end, String reason, Phrase described, Citation citation) {
    this.start = start;
    this.end = end;
    this.reason = reason;
    this.described = described;
    this.citation = citation;
  }

  /**
   * Returns a pause.
   *
   * @param start the day the pause starts (still counted)
   * @param end the day the pause ends (not counted), not before {@code start}
   * @param reason why the time is not counted, e.g. {@code 征求第三方意见}
   * @param citation the provision that excludes the time
   * @return the pause
   * @throws IllegalPeriodException if {@code end} is before {@code start}, or the reason is blank
   *     (CAL-7: a letter must say why the time is not counted)
   */
  public static Pause of(LocalDate start, LocalDate end, String reason, Citation citation) {
    requireNonNull(reason, "reason");
    if (reason.isBlank()) {
      throw new IllegalPeriodException(
          RuleId.CAL_7,
          "the pause from "
              + start
              + " to "
              + end
              + " has a blank reason; say why the time is not counted, e.g. 征求第三方意见");
    }
    return create(start, end, reason, null, citation);
  }

  /**
   * Returns a pause whose reason the library words in both languages, for example {@code
   * Phrase.of("征求第三方意见", "consulting a third party")}; findings then render it in English too.
   *
   * @param start the day the pause starts (still counted)
   * @param end the day the pause ends (not counted), not before {@code start}
   * @param reason why the time is not counted, in both languages
   * @param citation the provision that excludes the time
   * @return the pause, whose {@link #reason()} is the Chinese wording
   * @throws IllegalPeriodException if {@code end} is before {@code start} (CAL-7)
   */
  public static Pause of(LocalDate start, LocalDate end, Phrase reason, Citation citation) {
    requireNonNull(reason, "reason");
    return create(start, end, null, reason, citation);
  }

  private static Pause create(
      LocalDate start, LocalDate end, String reason, Phrase described, Citation citation) {
    requireNonNull(start, "start");
    requireNonNull(end, "end");
    requireNonNull(citation, "citation");
    if (end.isBefore(start)) {
      throw new IllegalPeriodException(
          RuleId.CAL_7,
          "pause '"
              + (reason != null ? reason : Language.ENGLISH.render(described))
              + "' ends on "
              + end
              + ", before it starts on "
              + start
              + "; a pause must end on or after its start");
    }
    return new Pause(start, end, reason, described, citation);
  }

  /** {@return the day the pause starts; it is still counted} */
  public LocalDate start() {
    return start;
  }

  /** {@return the day the pause ends; it is not counted} */
  public LocalDate end() {
    return end;
  }

  /** {@return why the time is not counted, in Chinese} */
  public String reason() {
    return reason != null ? reason : Language.CHINESE.render(described);
  }

  /** The reason as a finding shows it: the bilingual phrase, or the recorded text. */
  Object reasonValue() {
    return described != null ? described : reason;
  }

  /** {@return the provision that excludes the time} */
  public Citation citation() {
    return citation;
  }

  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    return obj instanceof Pause other
        && start.equals(other.start)
        && end.equals(other.end)
        && Objects.equals(reason, other.reason)
        && Objects.equals(described, other.described)
        && citation.equals(other.citation);
  }

  @Override
  public int hashCode() {
    return Objects.hash(start, end, reason, described, citation);
  }

  /** Returns a one-line description, for example {@code paused 2026-10-10..2026-10-20 (征求第三方意见)}. */
  @Override
  public String toString() {
    return "paused " + start + ".." + end + " (" + reason() + ")";
  }
}
