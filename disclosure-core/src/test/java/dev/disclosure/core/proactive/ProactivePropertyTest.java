package dev.disclosure.core.proactive;

import static dev.disclosure.core.proactive.Fixtures.OFFICIAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.disclosure.calendar.Finding;
import dev.disclosure.calendar.FindingKind;
import dev.disclosure.calendar.Lateness;
import dev.disclosure.core.Agency;
import dev.disclosure.core.AgencyLevel;
import dev.disclosure.core.InvalidFactsException;
import dev.disclosure.core.Renderings;
import dev.disclosure.core.law.Cadence;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Randomized invariants of publication deadlines and cadence checks on the official calendar. Seeds
 * are fixed so every run checks the same cases.
 */
class ProactivePropertyTest {

  private static final long SEED = 20080501L;

  /**
   * Formation days from 2007-02-15 keep every generated legal cause (from 40 days before) inside
   * the official data, which starts 2007-01-01: a cause ending before the data is refused by the
   * calendar (CAL-9) before it can be judged.
   */
  private static final LocalDate FIRST = LocalDate.of(2007, 2, 15);

  /** Formation days up to 2026-08-31 leave room for a due date and 90 more days in the data. */
  private static final int DAYS =
      (int) (LocalDate.of(2026, 8, 31).toEpochDay() - FIRST.toEpochDay());

  private static final AgencyLevel[] PUBLISHERS = {
    AgencyLevel.COUNTY_AND_ABOVE, AgencyLevel.TOWNSHIP, AgencyLevel.DEPARTMENT, AgencyLevel.SCHOOL
  };
  private static final Cadence[] CADENCES = {
    Cadence.LONG_TERM,
    Cadence.AT_LEAST_QUARTERLY,
    Cadence.BY_STAGE,
    Cadence.PROMPTLY,
    Cadence.WEEKLY_ZERO_REPORT
  };

  private static Gen<LocalDate> formed() {
    return integers().between(0, DAYS).map(FIRST::plusDays);
  }

  private static Gen<AgencyLevel> publishers() {
    return integers().between(0, PUBLISHERS.length - 1).map(i -> PUBLISHERS[i]);
  }

  @Test
  @DisplayName(
      "PRO-3: late exactly when published after the due date; no working days late when on time")
  void latenessExactlyAfterDueDate() {
    qt().withFixedSeed(SEED)
        .withExamples(3000)
        .forAll(formed(), publishers(), integers().between(0, 90))
        .checkAssert(
            (formed, publisher, offset) -> {
              PublicationDeadline deadline = PublicationDeadline.of(OFFICIAL, publisher, formed);
              LocalDate due = deadline.dueDate();
              LocalDate published = formed.plusDays(offset);
              Lateness lateness = deadline.latenessOn(published);
              assertThat(lateness.isLate()).isEqualTo(published.isAfter(due));
              assertThat(lateness.workingDaysLate())
                  .isEqualTo(
                      published.isAfter(due) ? OFFICIAL.workingDaysBetween(due, published) : 0);
              assertThat(OFFICIAL.isWorkingDay(due)).isTrue();
            });
  }

  @Test
  @DisplayName(
      "PRO-3: a legal cause never makes the deadline earlier; it lands on the first working day"
          + " after the cause")
  void deferralNeverEarlier() {
    qt().withFixedSeed(SEED)
        .withExamples(3000)
        .forAll(formed(), publishers(), integers().between(-40, 45), integers().between(0, 60))
        .checkAssert(
            (formed, publisher, startOffset, length) -> {
              PublicationDeadline deadline = PublicationDeadline.of(OFFICIAL, publisher, formed);
              LegalCause cause =
                  LegalCause.of(
                      "法定事由", formed.plusDays(startOffset), formed.plusDays(startOffset + length));
              if (cause.until().isBefore(formed) || cause.from().isAfter(deadline.dueDate())) {
                PublicationDeadline recorded = deadline.withLegalCause(cause);
                assertThat(recorded.dueDate()).isEqualTo(deadline.dueDate());
                assertThat(recorded.breaches()).hasSize(1);
                return;
              }
              PublicationDeadline deferred = deadline.withLegalCause(cause);
              LocalDate resume = cause.until();
              while (!OFFICIAL.isWorkingDay(resume)) {
                resume = resume.plusDays(1);
              }
              assertThat(deferred.dueDate()).isAfterOrEqualTo(deadline.dueDate());
              assertThat(deferred.dueDate())
                  .isEqualTo(resume.isAfter(deadline.dueDate()) ? resume : deadline.dueDate());
              assertThat(deferred.latenessOn(deferred.dueDate()).isLate()).isFalse();
              assertThat(deferred.latenessOn(deferred.dueDate().plusDays(1)).isLate()).isTrue();
            });
  }

  /** Records of every cadence, formed 2023-01-01 to 2024-02-04, with publications and stages. */
  private static Gen<PublicationRecord> records() {
    Gen<Integer> cadence = integers().between(0, CADENCES.length - 1);
    Gen<Integer> start = integers().between(0, 400);
    Gen<List<Integer>> offsets = lists().of(integers().between(0, 700)).ofSizeBetween(0, 12);
    Gen<Integer> revocation = integers().between(-1, 900);
    Gen<Boolean> school = integers().between(0, 3).map(i -> i == 0);
    return random -> {
      Cadence chosen = CADENCES[cadence.generate(random)];
      LocalDate formed = LocalDate.of(2023, 1, 1).plusDays(start.generate(random));
      Agency publisher =
          school.generate(random)
              ? Agency.of("某小学", AgencyLevel.SCHOOL)
              : Agency.of("某县人民政府", AgencyLevel.COUNTY_AND_ABOVE);
      int revoked = revocation.generate(random);
      PublicationRecord.Builder builder =
          PublicationRecord.builder()
              .item(Fixtures.item("事项", "IDX", formed, publisher))
              .cadence(chosen);
      offsets.generate(random).forEach(offset -> builder.addPublishedOn(formed.plusDays(offset)));
      if (chosen == Cadence.BY_STAGE) {
        offsets.generate(random).stream()
            .filter(offset -> revoked < 0 || offset <= revoked)
            .forEach(offset -> builder.addStageEnds(formed.plusDays(offset)));
      }
      if (revoked >= 0) {
        builder.revokedOn(formed.plusDays(revoked));
      }
      return builder.build();
    };
  }

  @Test
  @DisplayName(
      "PRO-4 / P-CADENCE: adding a publication never adds a finding nor lengthens a lateness")
  void findingsAreMonotone() {
    qt().withFixedSeed(SEED)
        .withExamples(1500)
        .forAll(records(), integers().between(0, 900), integers().between(0, 900))
        .checkAssert(
            (record, extra, checkOffset) -> {
              LocalDate on = record.item().generatedOn().plusDays(checkOffset);
              List<Finding> before =
                  breaches(PublicationHistory.of(List.of(record)).findingsOn(OFFICIAL, on));
              List<Finding> after =
                  breaches(
                      PublicationHistory.of(
                              List.of(
                                  record.withPublication(
                                      record.item().generatedOn().plusDays(extra))))
                          .findingsOn(OFFICIAL, on));
              assertThat(after.size()).isLessThanOrEqualTo(before.size());
              for (Finding finding : after) {
                Finding earlier =
                    before.stream()
                        .filter(
                            candidate ->
                                candidate.dates().subList(0, 2).equals(finding.dates().subList(0, 2)))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("new finding " + finding));
                if (!finding.quantities().isEmpty()) {
                  assertThat(lateBy(finding)).isLessThanOrEqualTo(lateBy(earlier));
                }
              }
            });
  }

  /** The breaches among findings, each checked to render in English without Chinese. */
  private static List<Finding> breaches(List<Finding> findings) {
    findings.forEach(Renderings::english);
    return findings.stream().filter(finding -> finding.kind() == FindingKind.BROKEN).toList();
  }

  /** The working days a missed deadline is late by: its last quantity. */
  private static BigDecimal lateBy(Finding finding) {
    return finding.quantities().get(finding.quantities().size() - 1).amount();
  }
}
