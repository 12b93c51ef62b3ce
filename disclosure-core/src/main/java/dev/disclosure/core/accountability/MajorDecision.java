package dev.disclosure.core.accountability;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.Sets;
import dev.disclosure.core.InvalidFactsException;
import dev.disclosure.core.InvalidFactsException.Problem;
import dev.disclosure.core.law.Rules;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The record of a major administrative decision's publicity and hearing (重大行政决策公示听证, ACC-5, 来源文件000
 * 重大事项公示和听证制度): whether a hearing is required, and what happened, as it happened — the review of
 * the publicity by the director's office meeting (主任办公会审查通过, 第八条), the publicity with its content
 * list (第七条, 第十三条), the publicity report (第十条), the hearing announced with its particulars
 * (第十一条) and held, the hearing report (第十四条) and the feedback to those who commented (第十五条).
 * Publicity comes before the decision (事前公示制, 第四条).
 *
 * <p>A record holds facts; {@link PublicitySchedule} judges them (what is missing or late is a
 * finding, not a refusal). Only impossible facts are refused: a hearing without publicity or for a
 * decision recorded as needing none, a step dated before the one it follows, a fact recorded twice.
 *
 * <p>Immutable and thread-safe.
 */
public final class MajorDecision {

  private final String title;
  private final boolean hearingRequired;
  private final LocalDate reviewedOn;
  private final LocalDate publicityPostedOn;
  private final Set<PublicityContent> publicityContents;
  private final Set<ReportContent> publicityReport;
  private final LocalDate hearingAnnouncedOn;
  private final Set<HearingNoticeContent> hearingNotice;
  private final LocalDate hearingHeldOn;
  private final LocalDate hearingReportOn;
  private final Set<ReportContent> hearingReport;
  private final LocalDate feedbackOn;

  private MajorDecision(
      String title,
      boolean hearingRequired,
      LocalDate reviewedOn,
      LocalDate publicityPostedOn,
      Set<PublicityContent> publicityContents,
      Set<ReportContent> publicityReport,
      LocalDate hearingAnnouncedOn,
      Set<HearingNoticeContent> hearingNotice,
      LocalDate hearingHeldOn,
      LocalDate hearingReportOn,
      Set<ReportContent> hearingReport,
      LocalDate feedbackOn) {
    this.title = title;
    this.hearingRequired = hearingRequired;
    this.reviewedOn = reviewedOn;
    this.publicityPostedOn = publicityPostedOn;
    this.publicityContents = publicityContents;
    this.publicityReport = publicityReport;
    this.hearingAnnouncedOn = hearingAnnouncedOn;
    this.hearingNotice = hearingNotice;
    this.hearingHeldOn = hearingHeldOn;
    this.hearingReportOn = hearingReportOn;
    this.hearingReport = hearingReport;
    this.feedbackOn = feedbackOn;
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
    return new MajorDecision(
        title, hearingRequired, null, null, null, null, null, null, null, null, null, null);
  }

  /**
   * Returns this record with the publicity documents reviewed and passed by the director's office
   * meeting (提交主任办公会审查通过, 第八条).
   *
   * @param on the day of the meeting
   * @return the new record
   * @throws InvalidFactsException if a review was already recorded
   */
  public MajorDecision withOfficeMeetingReview(LocalDate on) {
    requireNonNull(on, "on");
    require(reviewedOn == null, "the office meeting's review was already recorded on " + reviewedOn);
    return new MajorDecision(
        title,
        hearingRequired,
        on,
        publicityPostedOn,
        publicityContents,
        publicityReport,
        hearingAnnouncedOn,
        hearingNotice,
        hearingHeldOn,
        hearingReportOn,
        hearingReport,
        feedbackOn);
  }

  /**
   * Returns this record with the publicity posted (公示) on a date with what it included (第七条; for a
   * decision needing a hearing also 第十三条's participants).
   *
   * @param postedOn the day it was posted
   * @param contents what the publicity included, as recorded; what is missing is judged by {@link
   *     PublicitySchedule#findingsOn}
   * @return the new record
   * @throws InvalidFactsException if publicity was already posted
   */
  public MajorDecision withPublicity(LocalDate postedOn, Set<PublicityContent> contents) {
    requireNonNull(postedOn, "postedOn");
    requireNonNull(contents, "contents");
    require(publicityPostedOn == null, "publicity was already posted on " + publicityPostedOn);
    return new MajorDecision(
        title,
        hearingRequired,
        reviewedOn,
        postedOn,
        copy(contents, PublicityContent.class),
        publicityReport,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  /**
   * Returns this record with the publicity report formed (公示报告, 第十条) with what it included.
   *
   * @param contents what the report included, as recorded
   * @return the new record
   * @throws InvalidFactsException if no publicity was posted, or a report was already recorded
   */
  public MajorDecision withPublicityReport(Set<ReportContent> contents) {
    requireNonNull(contents, "contents");
    List<Problem> problems = new ArrayList<>();
    if (publicityPostedOn == null) {
      problems.add(new Problem(Rules.ACC_5, "a publicity report follows publicity; none was posted"));
    }
    if (publicityReport != null) {
      problems.add(new Problem(Rules.ACC_5, "the publicity report was already recorded"));
    }
    InvalidFactsException.throwIfAny("major decision", problems);
    return new MajorDecision(
        title,
        hearingRequired,
        reviewedOn,
        publicityPostedOn,
        publicityContents,
        copy(contents, ReportContent.class),
        hearingAnnouncedOn,
        hearingNotice,
        hearingHeldOn,
        hearingReportOn,
        hearingReport,
        feedbackOn);
  }

  /**
   * Returns this record with the hearing decided and announced (作出并向社会公告, 第十一条) with the
   * particulars the announcement gave, and held (举行听证会).
   *
   * @param announcedOn the day the hearing was decided and announced
   * @param notice what the announcement gave, as recorded
   * @param heldOn the day it was held
   * @return the new record
   * @throws InvalidFactsException if no hearing is required, publicity was not posted, the hearing
   *     was announced before publicity was posted, held before it was announced, or already recorded
   */
  public MajorDecision withHearing(
      LocalDate announcedOn, Set<HearingNoticeContent> notice, LocalDate heldOn) {
    requireNonNull(announcedOn, "announcedOn");
    requireNonNull(notice, "notice");
    requireNonNull(heldOn, "heldOn");
    List<Problem> problems = new ArrayList<>();
    if (!hearingRequired) {
      problems.add(new Problem(Rules.ACC_5, title + " was recorded as needing no hearing"));
    }
    if (hearingHeldOn != null) {
      problems.add(new Problem(Rules.ACC_5, "the hearing was already recorded on " + hearingHeldOn));
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
    return new MajorDecision(
        title,
        hearingRequired,
        reviewedOn,
        publicityPostedOn,
        publicityContents,
        publicityReport,
        announcedOn,
        copy(notice, HearingNoticeContent.class),
        heldOn,
        null,
        null,
        null);
  }

  /**
   * Returns this record with the hearing report formed (听证报告, 第十四条) on a date with what it
   * included.
   *
   * @param on the day the report was formed
   * @param contents what it included, as recorded
   * @return the new record
   * @throws InvalidFactsException if no hearing was held, the report is dated before it, or a report
   *     was already recorded
   */
  public MajorDecision withHearingReport(LocalDate on, Set<ReportContent> contents) {
    requireNonNull(on, "on");
    requireNonNull(contents, "contents");
    requireAfterHearing(on, hearingReportOn, "hearing report");
    return new MajorDecision(
        title,
        hearingRequired,
        reviewedOn,
        publicityPostedOn,
        publicityContents,
        publicityReport,
        hearingAnnouncedOn,
        hearingNotice,
        hearingHeldOn,
        on,
        copy(contents, ReportContent.class),
        feedbackOn);
  }

  /**
   * Returns this record with the feedback to those who commented at the hearing (反馈处理情况, 第十五条).
   *
   * @param on the day the feedback was given
   * @return the new record
   * @throws InvalidFactsException if no hearing was held, the feedback is dated before it, or it was
   *     already recorded
   */
  public MajorDecision withFeedback(LocalDate on) {
    requireNonNull(on, "on");
    requireAfterHearing(on, feedbackOn, "feedback");
    return new MajorDecision(
        title,
        hearingRequired,
        reviewedOn,
        publicityPostedOn,
        publicityContents,
        publicityReport,
        hearingAnnouncedOn,
        hearingNotice,
        hearingHeldOn,
        hearingReportOn,
        hearingReport,
        on);
  }

  private void requireAfterHearing(LocalDate on, LocalDate already, String what) {
    List<Problem> problems = new ArrayList<>();
    if (hearingHeldOn == null) {
      problems.add(new Problem(Rules.P_HEARING, "the " + what + " follows a hearing; none was held"));
    } else if (on.isBefore(hearingHeldOn)) {
      problems.add(
          new Problem(
              Rules.P_HEARING,
              "the " + what + " of " + on + " is before the hearing of " + hearingHeldOn));
    }
    if (already != null) {
      problems.add(new Problem(Rules.P_HEARING, "the " + what + " was already recorded on " + already));
    }
    InvalidFactsException.throwIfAny("major decision", problems);
  }

  private static <E extends Enum<E>> Set<E> copy(Set<E> values, Class<E> type) {
    EnumSet<E> copy = EnumSet.noneOf(type);
    for (E value : values) {
      copy.add(requireNonNull(value, "an element of the contents"));
    }
    return Collections.unmodifiableSet(copy);
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

  /** {@return the day the director's office meeting passed the publicity documents, if recorded} */
  public Optional<LocalDate> officeMeetingReviewedOn() {
    return Optional.ofNullable(reviewedOn);
  }

  /** {@return the day publicity was posted, if it was} */
  public Optional<LocalDate> publicityPostedOn() {
    return Optional.ofNullable(publicityPostedOn);
  }

  /** {@return what the publicity included; empty before it was posted} */
  public Set<PublicityContent> publicityContents() {
    return publicityContents == null ? Set.of() : publicityContents;
  }

  /** {@return what the publicity report included, if a report was recorded} */
  public Optional<Set<ReportContent>> publicityReport() {
    return Optional.ofNullable(publicityReport);
  }

  /** Returns the publicity contents required and missing (第七条（一）至（六）; 第十三条 if a hearing). */
  Set<PublicityContent> missingPublicityContents() {
    Set<PublicityContent> required =
        EnumSet.range(PublicityContent.BASIC_FACTS, PublicityContent.FEEDBACK_CHANNELS);
    if (hearingRequired) {
      required.add(PublicityContent.HEARING_PARTICIPANTS);
    }
    return Sets.difference(required, publicityContents());
  }

  /** {@return the day the hearing was announced, if it was} */
  public Optional<LocalDate> hearingAnnouncedOn() {
    return Optional.ofNullable(hearingAnnouncedOn);
  }

  /** {@return what the hearing announcement gave; empty before it was announced} */
  public Set<HearingNoticeContent> hearingNotice() {
    return hearingNotice == null ? Set.of() : hearingNotice;
  }

  /** {@return the day the hearing was held, if it was} */
  public Optional<LocalDate> hearingHeldOn() {
    return Optional.ofNullable(hearingHeldOn);
  }

  /** {@return the day the hearing report was formed, if it was} */
  public Optional<LocalDate> hearingReportOn() {
    return Optional.ofNullable(hearingReportOn);
  }

  /** {@return what the hearing report included; empty before it was formed} */
  public Set<ReportContent> hearingReport() {
    return hearingReport == null ? Set.of() : hearingReport;
  }

  /** {@return the day the feedback was given, if it was} */
  public Optional<LocalDate> feedbackOn() {
    return Optional.ofNullable(feedbackOn);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof MajorDecision other
        && title.equals(other.title)
        && hearingRequired == other.hearingRequired
        && Objects.equals(reviewedOn, other.reviewedOn)
        && Objects.equals(publicityPostedOn, other.publicityPostedOn)
        && Objects.equals(publicityContents, other.publicityContents)
        && Objects.equals(publicityReport, other.publicityReport)
        && Objects.equals(hearingAnnouncedOn, other.hearingAnnouncedOn)
        && Objects.equals(hearingNotice, other.hearingNotice)
        && Objects.equals(hearingHeldOn, other.hearingHeldOn)
        && Objects.equals(hearingReportOn, other.hearingReportOn)
        && Objects.equals(hearingReport, other.hearingReport)
        && Objects.equals(feedbackOn, other.feedbackOn);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        title,
        hearingRequired,
        reviewedOn,
        publicityPostedOn,
        publicityContents,
        publicityReport,
        hearingAnnouncedOn,
        hearingNotice,
        hearingHeldOn,
        hearingReportOn,
        hearingReport,
        feedbackOn);
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
