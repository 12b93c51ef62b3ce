package dev.disclosure.core.proactive;

import static java.util.Objects.requireNonNull;

import dev.disclosure.calendar.Finding;
import dev.disclosure.calendar.OutsideCalendarDataException;
import dev.disclosure.calendar.WorkingDayCalendar;
import dev.disclosure.core.InformationItem;
import dev.disclosure.core.InvalidFactsException.Problem;
import dev.disclosure.core.InvalidFactsException;
import dev.disclosure.core.law.Cadence;
import dev.disclosure.core.law.Rules;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * The publication record of one item under its cadence (公开记录, PRO-4): the item, how often it must
 * be published (P-CADENCE), the days it was published, for stage work the days its stages ended,
 * and the day it was revoked or terminated, if it was.
 *
 * <p>The dates mean, by cadence:
 *
 * <ul>
 *   <li>{@link Cadence#LONG_TERM} (长期公开), {@link Cadence#PROMPTLY} (及时公开): the item's generation
 *       date is the day the information was formed; it is due within the publisher's proactive
 *       period from then;
 *   <li>{@link Cadence#BY_STAGE} (逐段公开): each stage is due within that period from its end;
 *   <li>{@link Cadence#AT_LEAST_QUARTERLY} (每季度至少公开一次), {@link Cadence#WEEKLY_ZERO_REPORT} (每周一报):
 *       the generation date is the day the duty began; the publication dates include zero reports
 *       (零报告).
 * </ul>
 *
 * <p>A revocation or termination (撤销、终止, PRO-6) ends the duty to keep publishing. 来源文件002
 * (主动公开制度二、9) allows it when it is reviewed and filed like a new item and the public is told with
 * an explanation: record both with {@link #revocationReviewedAndFiled()} and {@link
 * #revocationExplanation()}. A lawful revocation of long-term content is an applied finding; one
 * without review and filing or without an explanation is a breach. {@link PublicationHistory}
 * checks records against a date.
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}, which reports every missing or
 * contradictory fact at once.
 */
@Value.Immutable
public abstract class PublicationRecord {

  PublicationRecord() {}

  /** {@return a builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the item, with its PRO-2 elements} */
  public abstract InformationItem item();

  /** {@return how often the item must be published (P-CADENCE)} */
  public abstract Cadence cadence();

  /** {@return the days the item was published (公开日期), zero reports included, in order} */
  @Value.NaturalOrder
  public abstract SortedSet<LocalDate> publishedOn();

  /** {@return the days the item's stages ended (阶段结束日期), in order; only for stage work} */
  @Value.NaturalOrder
  public abstract SortedSet<LocalDate> stageEnds();

  /** {@return the day the item was revoked or terminated (撤销、终止之日), if it was} */
  public abstract Optional<LocalDate> revokedOn();

  /**
   * {@return whether the revocation or termination was reviewed and filed like a new item
   * (按照上述规定进行审核备案, 来源文件002 主动公开制度二、9); {@code false} unless recorded}
   */
  @Value.Default
  public boolean revocationReviewedAndFiled() {
    return false;
  }

  /**
   * {@return what the public was told of the revocation or termination (及时告知公众并作出说明), if it was
   * told}
   */
  public abstract Optional<String> revocationExplanation();

  /**
   * Returns this record with one more publication.
   *
   * @param date the day of the publication, not before the item's generation date
   * @return the longer record; this one is unchanged
   * @throws InvalidFactsException if the date is before the item's generation date
   */
  public PublicationRecord withPublication(LocalDate date) {
    requireNonNull(date, "date");
    return builder().from(this).addPublishedOn(date).build();
  }

  /**
   * Returns every breach of this record's cadence as it stood on a day (PRO-4), in the order of the
   * dates concerned; {@link PublicationHistory#findingsOn} describes the findings and the
   * conventions.
   *
   * @param calendar the working-day calendar the deadlines are counted on
   * @param checkedOn the day of the check
   * @return the findings; empty when the cadence was kept
   * @throws InvalidFactsException if the cadence counts a deadline (long-term, prompt, stage work)
   *     and the publisher is a public enterprise, for which the rules set no period
   * @throws OutsideCalendarDataException if a deadline that must be counted is outside the data
   */
  public List<Finding> findingsOn(WorkingDayCalendar calendar, LocalDate checkedOn) {
    requireNonNull(calendar, "calendar");
    requireNonNull(checkedOn, "checkedOn");
    return List.copyOf(CadenceCheck.findings(calendar, this, checkedOn));
  }

  @Value.Check
  void check() {
    List<Problem> problems = new ArrayList<>();
    if (cadence() != Cadence.BY_STAGE && !stageEnds().isEmpty()) {
      problems.add(
          new Problem(
              Rules.PRO_4,
              "stageEnds "
                  + stageEnds()
                  + " are given for a "
                  + cadence()
                  + " item; only BY_STAGE (逐段公开) items have stages"));
    }
    LocalDate formed = item().generatedOn();
    if (!publishedOn().isEmpty() && publishedOn().first().isBefore(formed)) {
      problems.add(
          new Problem(
              Rules.PRO_4,
              "publishedOn "
                  + publishedOn().headSet(formed)
                  + " before the item's generation date "
                  + formed));
    }
    if (!stageEnds().isEmpty() && stageEnds().first().isBefore(formed)) {
      problems.add(
          new Problem(
              Rules.PRO_4,
              "stageEnds "
                  + stageEnds().headSet(formed)
                  + " before the item's generation date "
                  + formed));
    }
    if (revokedOn().isEmpty()
        && (revocationReviewedAndFiled() || revocationExplanation().isPresent())) {
      problems.add(
          new Problem(
              Rules.PRO_6,
              "a revocation's review, filing or explanation is recorded, but no revokedOn date"));
    }
    if (revocationExplanation().filter(String::isBlank).isPresent()) {
      problems.add(
          new Problem(
              Rules.PRO_6,
              "revocationExplanation is blank; give what the public was told, or leave it empty"));
    }
    if (revokedOn().isPresent()) {
      LocalDate revoked = revokedOn().get();
      if (revoked.isBefore(formed)) {
        problems.add(
            new Problem(
                Rules.PRO_6,
                "revokedOn " + revoked + " is before the item's generation date " + formed));
      }
      if (!stageEnds().isEmpty() && stageEnds().last().isAfter(revoked)) {
        problems.add(
            new Problem(
                Rules.PRO_4,
                "stageEnds "
                    + stageEnds().tailSet(revoked.plusDays(1))
                    + " after the item was revoked or terminated on "
                    + revoked));
      }
    }
    InvalidFactsException.throwIfAny(
        "PublicationRecord of '" + item().title() + "' (" + item().indexNumber() + ")", problems);
  }

  /** Builds a {@link PublicationRecord}; missing facts are reported together. */
  public static final class Builder extends ImmutablePublicationRecord.Builder {

    Builder() {}

    /**
     * Builds the record.
     *
     * @return the record
     * @throws InvalidFactsException listing every missing or contradictory fact
     */
    @Override
    public PublicationRecord build() {
      try {
        return super.build();
      } catch (IllegalStateException missing) {
        throw new InvalidFactsException(
            "PublicationRecord", List.of(new Problem(Rules.PRO_4, missing.getMessage())));
      }
    }
  }
}
