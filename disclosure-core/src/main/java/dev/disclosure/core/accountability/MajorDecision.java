package dev.disclosure.core.accountability;

import static java.util.Objects.requireNonNull;

import dev.disclosure.core.InvalidFactsException;
import dev.disclosure.core.InvalidFactsException.Problem;
import dev.disclosure.core.law.Rules;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The record of a major administrative decision's publicity and hearing (重大行政决策公示听证, ACC-5, 来源文件000
 * 重大事项公示和听证制度): whether publicity and a hearing are required, and the dates they happened.
 * Publicity comes before the decision (事前公示制, 第四条).
 *
 * <p>Immutable and thread-safe.
 */
public final class MajorDecision {

  private final String title;
  private final boolean hearingRequired;
  private final LocalDate publicityPostedOn;
  private final LocalDate hearingAnnouncedOn;
  private final LocalDate hearingHeldOn;

  private MajorDecision(
      String title,
      boolean hearingRequired,
      LocalDate publicityPostedOn,
      LocalDate hearingAnnouncedOn,
      LocalDate hearingHeldOn) {
    this.title = title;
    this.hearingRequired = hearingRequired;
    this.publicityPostedOn = publicityPostedOn;
    this.hearingAnnouncedOn = hearingAnnouncedOn;
    this.hearingHeldOn = hearingHeldOn;
  }

  /**
   * Returns a decision not yet publicized.
   *
   * @param title the decision's title (决策事项)
   * @param hearingRequired whether it needs a hearing (需要听证)
   * @return the record
   * @throws IllegalArgumentException if the title is blank
   */
  public static MajorDecision of(String title, boolean hearingRequired) {
    requireNonNull(title, "title");
    if (title.isBlank()) {
      throw new IllegalArgumentException("A major decision needs a title");
    }
    return new MajorDecision(title, hearingRequired, null, null, null);
  }

  /**
   * Returns this record with the publicity posted (公示) on a date, with its content list (第七条).
   *
   * @param postedOn the day it was posted
   * @return the new record
   * @throws InvalidFactsException if publicity was already posted
   */
  public MajorDecision withPublicity(LocalDate postedOn) {
    requireNonNull(postedOn, "postedOn");
    require(publicityPostedOn == null, "publicity was already posted on " + publicityPostedOn);
    return new MajorDecision(title, hearingRequired, postedOn, null, null);
  }

  /**
   * Returns this record with the hearing announced (公告听证会) and held (举行听证会).
   *
   * @param announcedOn the day the hearing was decided and announced
   * @param heldOn the day it was held
   * @return the new record
   * @throws InvalidFactsException if no hearing is required, publicity was not posted, the hearing
   *     was announced before publicity was posted, or held before it was announced
   */
  public MajorDecision withHearing(LocalDate announcedOn, LocalDate heldOn) {
    requireNonNull(announcedOn, "announcedOn");
    requireNonNull(heldOn, "heldOn");
    List<Problem> problems = new ArrayList<>();
    if (!hearingRequired) {
      problems.add(new Problem(Rules.ACC_5, title + " was recorded as needing no hearing"));
    }
    if (publicityPostedOn == null) {
      problems.add(
          new Problem(
              Rules.ACC_5, "the hearing is decided after publicity (第十一条); none was posted"));
    } else if (announcedOn.isBefore(publicityPostedOn)) {
      problems.add(
          new Problem(
              Rules.ACC_5,
              "the hearing announced on "
                  + announcedOn
                  + " precedes the publicity of "
                  + publicityPostedOn));
    }
    if (heldOn.isBefore(announcedOn)) {
      problems.add(
          new Problem(
              Rules.ACC_5, "held on " + heldOn + " before it was announced on " + announcedOn));
    }
    InvalidFactsException.throwIfAny("major decision", problems);
    return new MajorDecision(title, hearingRequired, publicityPostedOn, announcedOn, heldOn);
  }

  private static void require(boolean condition, String problem) {
    if (!condition) {
      throw new InvalidFactsException("major decision", Rules.ACC_5, problem);
    }
  }

  /** {@return the decision's title} */
  public String title() {
    return title;
  }

  /** {@return whether a hearing is required} */
  public boolean hearingRequired() {
    return hearingRequired;
  }

  /** {@return the day publicity was posted, if it was} */
  public Optional<LocalDate> publicityPostedOn() {
    return Optional.ofNullable(publicityPostedOn);
  }

  /** {@return the day the hearing was announced, if it was} */
  public Optional<LocalDate> hearingAnnouncedOn() {
    return Optional.ofNullable(hearingAnnouncedOn);
  }

  /** {@return the day the hearing was held, if it was} */
  public Optional<LocalDate> hearingHeldOn() {
    return Optional.ofNullable(hearingHeldOn);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof MajorDecision other
        && title.equals(other.title)
        && hearingRequired == other.hearingRequired
        && Objects.equals(publicityPostedOn, other.publicityPostedOn)
        && Objects.equals(hearingAnnouncedOn, other.hearingAnnouncedOn)
        && Objects.equals(hearingHeldOn, other.hearingHeldOn);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        title, hearingRequired, publicityPostedOn, hearingAnnouncedOn, hearingHeldOn);
  }

  /** Returns a one-line description, for example {@code MajorDecision[人防发展战略, 公示 2026-09-28, 听证 2026-10-20]}. */
  @Override
  public String toString() {
    return "MajorDecision["
        + title
        + (publicityPostedOn == null ? ", 未公示" : ", 公示 " + publicityPostedOn)
        + (hearingHeldOn == null ? "" : ", 听证 " + hearingHeldOn)
        + "]";
  }
}
