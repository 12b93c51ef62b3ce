package dev.disclosure.core.proactive;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.disclosure.calendar.Deadline;
import dev.disclosure.calendar.Deferral;
import dev.disclosure.calendar.Finding;
import dev.disclosure.calendar.FindingKind;
import dev.disclosure.calendar.Language;
import dev.disclosure.calendar.Lateness;
import dev.disclosure.calendar.LegalPeriod;
import dev.disclosure.calendar.OutsideCalendarDataException;
import dev.disclosure.calendar.Phrase;
import dev.disclosure.calendar.WorkingDayCalendar;
import dev.disclosure.core.Agency;
import dev.disclosure.core.AgencyLevel;
import dev.disclosure.core.InformationItem;
import dev.disclosure.core.InvalidFactsException;
import dev.disclosure.core.InvalidFactsException.Problem;
import dev.disclosure.core.Regime;
import dev.disclosure.core.law.LegalPeriods;
import dev.disclosure.core.law.Rules;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The deadline for publishing an item proactively (主动公开期限, PRO-3): counted on a calendar from the
 * day the information was formed or changed (形成或者变更之日), deferred by any legal cause (法定事由) that
 * prevented publication, and explained step by step with citations.
 *
 * <p>The period depends on who publishes:
 *
 * <ul>
 *   <li>a government or a department: 20 working days (CAL-4), under the regulation in force on the
 *       day the information was formed or changed: {@link LegalPeriods#P_PROACTIVE_2008} (OGI-2008
 *       第十八条) before 2019-05-15, {@link LegalPeriods#P_PROACTIVE_2019} (OGI-2019 第二十六条) from then;
 *   <li>a school: {@link LegalPeriods#P_PROACTIVE_SCHOOL}, at most 30 days, ending on the next
 *       working day when the 30th day is a rest day (CAL-5);
 *   <li>a public enterprise: none; the rules set no period for it and it is refused (see {@link
 *       #of}).
 * </ul>
 *
 * <p>A legal cause defers publication: 主动公开制度二、5 says "因法定事由不能按时公开的，待原因消除后立即公开" (publish
 * immediately after the cause ends). [convention] "Immediately" is read as the first working day on
 * or after the day the cause ends (that day itself when it is a working day); the item is then due
 * on the later of that day and the due date before the cause, so a cause that ends early never
 * shortens the period and a deferral never makes the deadline earlier. Causes are applied in the
 * order they arose. A cause counts only if it arose on or before the due date then in force and
 * ended on or after the day the information was formed or changed; otherwise it could not have
 * prevented publication on time: it defers nothing and is a breach. The deadline is counted by the calendar's {@link
 * Deadline}, with each cause a {@link Deferral}: the answer never depends on the order the causes
 * were added. The source states the deferral for government
 * information; [convention] it applies to a school's period in the same way.
 *
 * <p>Immutable and thread-safe; equal when calendar, period, start, publisher and causes are equal.
 */
public final class PublicationDeadline {

  private final Deadline deadline;
  private final Finding basis;
  private final ImmutableList<LegalCause> causes;

  private PublicationDeadline(Deadline deadline, Finding basis, ImmutableList<LegalCause> causes) {
    this.deadline = deadline;
    this.basis = basis;
    this.causes = causes;
  }


  /**
   * Returns the publication deadline of information formed or changed on a day, for a kind of
   * publisher.
   *
   * @param calendar the working-day calendar, e.g. {@code ChinaCalendars.official()}
   * @param publisher the kind of body that publishes
   * @param formedOrChangedOn the day the information was formed or changed (not counted)
   * @return the deadline
   * @throws InvalidFactsException for a {@link AgencyLevel#PUBLIC_ENTERPRISE public enterprise}:
   *     the rules set it no period (OGI-2008 第三十七条 has it follow the regulation by reference,
   *     OGI-2019 第五十五条 leaves it to the rules of its sector), so the caller counts the period that
   *     binds it with {@link WorkingDayCalendar#deadline}
   * @throws OutsideCalendarDataException if the start is outside the calendar's data ({@code
   *     dueDate()} throws it when the due date is)
   */
  public static PublicationDeadline of(
      WorkingDayCalendar calendar, AgencyLevel publisher, LocalDate formedOrChangedOn) {
    requireNonNull(calendar, "calendar");
    requireNonNull(publisher, "publisher");
    requireNonNull(formedOrChangedOn, "formedOrChangedOn");
    LegalPeriod period = periodFor(publisher, formedOrChangedOn);
    return counted(
        calendar,
        period,
        formedOrChangedOn,
        Finding.of(
            Rules.PRO_3,
            FindingKind.APPLIED,
            Phrase.of(
                "{0}在{1}内公开：{2}",
                "a {0} publishes within {1}",
                Phrase.of(publisher.label(), publisher.english()),
                period.id(),
                period.wording()),
            List.of()));
  }

  /**
   * Returns the publication deadline of an item, counted from its generation date (生成日期). The
   * publisher is found by EX-7: the agency that made the item, or the one that keeps it when it was
   * obtained from citizens, legal persons or other organizations.
   *
   * @param calendar the working-day calendar
   * @param item the item
   * @return the deadline
   * @throws InvalidFactsException if the publisher is a public enterprise (see {@link #of})
   * @throws OutsideCalendarDataException if the start is outside the calendar's data ({@code
   *     dueDate()} throws it when the due date is)
   */
  public static PublicationDeadline forItem(WorkingDayCalendar calendar, InformationItem item) {
    requireNonNull(calendar, "calendar");
    requireNonNull(item, "item");
    Agency publisher = publisherOf(item);
    LegalPeriod period = periodFor(publisher.level(), item.generatedOn());
    return counted(
        calendar,
        period,
        item.generatedOn(),
        Finding.of(
            Rules.PRO_3,
            FindingKind.APPLIED,
            item.madeBy().isPresent()
                ? Phrase.of(
                    "“{0}”由制作该信息的{1}负责公开（{2}），期限为{3}：{4}",
                    "the item ({0}) is published by the agency that made it ({1}; {2}), within {3}",
                    item.title(),
                    publisher.toString(),
                    Rules.EX_7,
                    period.id(),
                    period.wording())
                : Phrase.of(
                    "“{0}”由保存该信息的{1}负责公开（{2}），期限为{3}：{4}",
                    "the item ({0}) is published by the agency that keeps it ({1}; {2}), within {3}",
                    item.title(),
                    publisher.toString(),
                    Rules.EX_7,
                    period.id(),
                    period.wording()),
            List.of(ProactiveCitations.WHO_PUBLISHES)));
  }

  /**
   * Returns this deadline deferred by a legal cause that prevented publication (法定事由, PRO-3).
   *
   * <p>A cause that ended before the information was formed or changed, or arose after the due
   * date in force, could not have prevented publication: it is recorded, defers nothing and is a
   * finding of kind {@link FindingKind#BROKEN} (see {@link #breaches()}). Whether it counts is judged
   * on all the causes together, whatever the order they are added in.
   *
   * @param cause the cause, once it has ended
   * @return the deferred deadline; this one is unchanged
   * @throws OutsideCalendarDataException if the day the cause ends is outside the calendar's data
   */
  public PublicationDeadline withLegalCause(LegalCause cause) {
    requireNonNull(cause, "cause");
    return new PublicationDeadline(
        deadline.withDeferral(
            Deferral.of(
                cause.from(),
                cause.until(),
                cause.description(),
                Rules.PRO_3,
                ProactiveCitations.DEADLINE_AND_LEGAL_CAUSE)),
        basis,
        ImmutableList.<LegalCause>builder().addAll(causes).add(cause).build());
  }


  /** {@return the period counted: {@code P-PROACTIVE} or {@code P-PROACTIVE-SCHOOL}} */
  public LegalPeriod period() {
    return deadline.period();
  }

  /** {@return the day the information was formed or changed (形成或者变更之日), which is not counted} */
  public LocalDate start() {
    return deadline.originalStart();
  }

  /**
   * {@return the calendar's deadline: the period with every legal cause as a {@link Deferral}; it
   * explains its own counting}
   */
  public Deadline deadline() {
    return deadline;
  }

  /** {@return the legal causes, by the day they arose, then ended, then description} */
  public List<LegalCause> legalCauses() {
    return ImmutableList.sortedCopyOf(
        Comparator.comparing(LegalCause::from)
            .thenComparing(LegalCause::until)
            .thenComparing(LegalCause::description),
        causes);
  }

  /** {@return the last day on which publication is on time, after every legal cause} */
  public LocalDate dueDate() {
    return deadline.dueDate();
  }

  /** {@return whether the due date rests on the calendar's provisional estimate (CAL-9)} */
  public boolean isProvisional() {
    return deadline.isProvisional();
  }

  /**
   * {@return the findings that produced the due date: who publishes under which period, the
   * calendar's counting, then one finding per legal cause, each with its rule and citations; for a
   * school with a legal cause, the convention that the deferral applies to its period too}
   *
   */
  public List<Finding> findings() {
    ImmutableList.Builder<Finding> out = ImmutableList.<Finding>builder().add(basis);
    out.addAll(deadline.findings());
    if (!causes.isEmpty() && period().equals(LegalPeriods.P_PROACTIVE_SCHOOL)) {
      out.add(
          Finding.of(
              Rules.PRO_3,
              FindingKind.CONVENTION,
              Phrase.of(
                  "来源文件对政府信息规定了法定事由的顺延，学校的公开期限同样顺延",
                  "the source defers government information for a legal cause; a school's period is"
                      + " deferred in the same way"),
              List.of(ProactiveCitations.DEADLINE_AND_LEGAL_CAUSE)));
    }
    return out.build();
  }

  /**
   * Returns the legal causes that could not have prevented publication, as findings of kind {@link
   * FindingKind#BROKEN} (PRO-3).
   *
   * @return the breaches, possibly none
   */
  public List<Finding> breaches() {
    return deadline.breaches();
  }

  /**
   * {@return the explanation in Chinese, one finding per line}
   *
   */
  public String explain() {
    return Language.CHINESE.render(findings());
  }

  /**
   * Returns how late a publication on a day is (逾期公开): on time on or before the due date, otherwise
   * late by the working days in (due date, day]. Use the day of evaluation for an item not yet
   * published.
   *
   * @param publishedOn the day of publication, or of evaluation
   * @return the lateness, flagged provisional if it rests on the calendar's estimate
   * @throws InvalidFactsException if the day is before the information was formed or changed
   * @throws OutsideCalendarDataException if the day is outside the calendar's data
   */
  public Lateness latenessOn(LocalDate publishedOn) {
    requireNonNull(publishedOn, "publishedOn");
    if (publishedOn.isBefore(start())) {
      throw new InvalidFactsException(
          "Publication on " + publishedOn,
          List.of(
              new Problem(
                  Rules.PRO_3,
                  "publishedOn "
                      + publishedOn
                      + " is before the information was formed or changed on "
                      + start())));
    }
    return deadline.latenessOn(publishedOn);
  }

  // -------------------------------------------------------------------------------------------

  /** Starts a deadline of a period from a day, explained first by {@code basis}. */
  static PublicationDeadline counted(
      WorkingDayCalendar calendar, LegalPeriod period, LocalDate start, Finding basis) {
    return new PublicationDeadline(calendar.deadline(period, start), basis, ImmutableList.of());
  }

  /** EX-7: the maker publishes; information obtained from others is published by its keeper. */
  static Agency publisherOf(InformationItem item) {
    return item.madeBy().orElse(item.keptBy());
  }

  /**
   * The period a kind of publisher counts (PRO-3) for information formed or changed on a day: a
   * government's or department's is the regulation's in force that day ({@link Regime#inForceOn};
   * [convention] OGI_2008's for a day before 2008-05-01, when no regulation was in force yet);
   * refused for a public enterprise.
   */
  static LegalPeriod periodFor(AgencyLevel publisher, LocalDate formedOrChangedOn) {
    return switch (publisher) {
      case COUNTY_AND_ABOVE, TOWNSHIP, DEPARTMENT ->
          Regime.inForceOn(formedOrChangedOn).orElse(Regime.OGI_2008).proactivePeriod();
      case SCHOOL -> LegalPeriods.P_PROACTIVE_SCHOOL;
      case PUBLIC_ENTERPRISE ->
          throw new InvalidFactsException(
              "PublicationDeadline",
              List.of(
                  new Problem(
                      Rules.PRO_3,
                      "the rules set no publication period for a "
                          + publisher.label()
                          + ": OGI-2008 第三十七条 has it follow the regulation by reference (参照本条例执行),"
                          + " OGI-2019 第五十五条 leaves it to the laws, regulations and rules of its"
                          + " sector; count the period that binds it with"
                          + " WorkingDayCalendar.deadline")));
    };
  }

  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    return obj instanceof PublicationDeadline other
        && deadline.equals(other.deadline)
        && basis.equals(other.basis);
  }

  @Override
  public int hashCode() {
    return Objects.hash(deadline, basis);
  }

  /** Returns a one-line description, for example {@code PublicationDeadline[P-PROACTIVE from 2026-09-28, due 2026-10-30]}. */
  @Override
  public String toString() {
    return "PublicationDeadline["
        + period().id()
        + " from "
        + start()
        + ", due "
        + dueDate()
        + (causes.isEmpty() ? "" : ", deferred by " + causes.size() + " legal cause(s)")
        + (isProvisional() ? " (provisional)" : "")
        + "]";
  }
}
