package dev.disclosure.calendar;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMultiset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A deadline (期限): a {@link LegalPeriod} running from a start date on a {@link
 * WorkingDayCalendar}, with the facts that move it — pauses (CAL-7), restarts (CAL-8), extensions,
 * a due date fixed by the agency and deferrals by a legal cause — its due date, and the {@link
 * Finding}s that explain it. It is the one code that counts a deadline.
 *
 * <p>Obtain one from {@link WorkingDayCalendar#deadline}. Each {@code with…} method returns a new
 * deadline and leaves this one unchanged. A deadline is a function of its <em>set</em> of facts:
 * the order of the {@code with…} calls never changes the answer, and two deadlines with the same
 * facts are equal.
 *
 * <p>How the due date is found:
 *
 * <ul>
 *   <li>the start day is not counted (CAL-4); a period of 0 is "on the spot", the start day itself;
 *   <li>a working-day period ends on its n-th working day after the start (CAL-4); a calendar-day
 *       period ends on start + n, moved to the next working day if that is a rest day (CAL-5); a
 *       period counted backwards ends n working days, or exactly n calendar days, before its event,
 *       whatever kind of day that is: 《民法典》第二百零一条 leaves the event day uncounted, and
 *       第二百零三条 moves only a period's last day, which here is the event itself;
 *   <li>a pause from S to E removes the days in (S, E] (CAL-7 [convention]); overlapping pauses
 *       remove a day once; a pause that begins after the due date in force changes nothing;
 *   <li>a pause that begins on the due date in force and ends after it (OGI-2019 第三十三条第三款: the
 *       time of a consultation is not counted) leaves the period no counted day when the wait ends:
 *       the act is due on the first working day after the pause's end (CAL-7 [convention]) — its
 *       end is itself a day not counted, the first day the clock runs again is the next one, and a
 *       rest day is passed over as 《民法典》第二百零三条 moves a period's last day. So an agency is
 *       never due to act on a day of the wait, when an unpaid fee or a silent party's last day has
 *       not yet run out. The wait is the run of paused days that begins on the due date, whatever
 *       pauses make it up (overlapping or adjoining ones join it, whatever their order), and again
 *       for a run that begins on or covers the new due date; the same holds for a due date moved to
 *       a working day (calendar-day periods) or by a deferral, when a run covers it. A pause that
 *       begins before the due date moves it by the days it removes, past its end; a due date fixed
 *       by the agency is not moved;
 *   <li>the latest restart is the start (CAL-8); pauses before it fall away by themselves, and
 *       [convention] extensions and fixed due dates dated before it lapse, because they concerned a
 *       clock that no longer runs; a deferral counts if its cause lasts past the start, since it
 *       still prevents the act;
 *   <li>facts dated on or after the start are judged in date order (on one day: pauses, then
 *       extensions, deferrals and fixed dates), each against the due date in force that day,
 *       counting every pause that began by then: an extension adds days in the period's unit if it
 *       was granted no later than that due date and all extensions stay within the period's bound
 *       (its {@linkplain LegalPeriod#extensionRule() extension rule}); otherwise it extends nothing
 *       and a finding of kind {@link FindingKind#BROKEN} says why;
 *   <li>a deferral (a legal cause) that arose by the due date in force makes the act due on the
 *       first working day on or after the cause ended, if that is later (CAL-5);
 *   <li>a due date fixed by the agency (for a request, the longer reasonable period of OGI-2019
 *       第三十五条) governs from the day it was set: later pauses and extensions do not move it. A fixed
 *       date on a rest day moves to the next working day: it is the last day of a period, and
 *       《民法典》第二百零三条 moves such a day (CAL-5);
 *   <li>facts of one kind on one day are taken in the order of their content (amount, then text),
 *       so that equal sets give equal answers [convention].
 * </ul>
 *
 * <p>Cost: adding a pause costs O(log D), D the days the calendar knows (a persistent tree of the
 * days not counted); adding any other fact costs amortized O(1) plus, for an extension, deferral or
 * fixed date, its judgment, O(log D) when it comes last in date order; a fact that comes before
 * the last of k such decisions (or a restart) judges them again, O(k log D). The due date of a
 * period counted forwards is evaluated when first needed, in O(log D), not when a fact is added: a
 * deadline that only leads to another costs no evaluation; evaluating never throws ({@link
 * #dueDate()} throws when the date lies beyond the data), so asking late changes no answer. Every
 * count is carried in {@code long}: no input overflows. The findings are built only when
 * asked for.
 *
 * <p>The result is flagged {@linkplain #isProvisional() provisional} when any day it counted comes
 * from the calendar's estimate (CAL-9). Immutable and thread-safe.
 */
public final class Deadline {

  private static final Comparator<Pause> PAUSE_ORDER =
      Comparator.comparing(Pause::start)
          .thenComparing(Pause::end)
          .thenComparing(Pause::reason)
          .thenComparing(pause -> key(pause.citation()));

  private final LegalPeriod period;
  private final LocalDate originalStart;
  private final LocalDate currentStart;
  private final FactLog<Restart> restarts;
  private final FactLog<Pause> pauses;
  /** The days not counted; it also names the calendar (one field fewer in every deadline). */
  private final PauseTree tree;
  /** The decisions, sorted by {@link Decision#ORDER}: equal sets give equal lists. */
  private final FactLog<Object> decisions;

  /**
   * Where the evaluation of the decisions ended, so that a later fact can resume from it; it also
   * holds the amount counted (extensions included) and the extension in force.
   */
  private final Resume resume;

  /** The day index of {@link #currentStart}. */
  private final int startIndex;

  /**
   * The due date's day index, -1 if it lies beyond the data (asking for it then throws), or {@link
   * #UNKNOWN} until first needed. Evaluating it never throws, so evaluating it late changes no
   * answer and moves no exception; it is a function of final fields, so threads that race to
   * evaluate it write the same value (benign race: an int is written atomically).
   */
  private int dueIndex;

  private volatile ImmutableList<Finding> findings;

  /** {@link #dueIndex} not yet evaluated. */
  private static final int UNKNOWN = Integer.MIN_VALUE;

  /**
   * Assigns the fields, and nothing else: every value is worked out before the deadline is made
   * (see {@link #derived}), so that this constructor is small enough to be inlined where a
   * deadline is made, and the compiler writes a new deadline's fields as part of its allocation,
   * without the collector's write barrier (no call may come between the two).
   */
  private Deadline(
      LegalPeriod period,
      LocalDate originalStart,
      LocalDate currentStart,
      int startIndex,
      FactLog<Restart> restarts,
      FactLog<Pause> pauses,
      PauseTree tree,
      FactLog<Object> decisions,
      Resume resume,
      int dueIndex) {
    this.period = period;
    this.originalStart = originalStart;
    this.currentStart = currentStart;
    this.restarts = restarts;
    this.pauses = pauses;
    this.tree = tree;
    this.decisions = decisions;
    this.resume = resume;
    this.startIndex = startIndex;
    this.dueIndex = dueIndex;
  }

  /**
   * A deadline with this one's period and original start and the facts given: the state of its
   * decisions taken up from {@code prior} when that is still valid ({@code added}, if any, judged
   * after it), else evaluated from the first decision; a period counted backwards is evaluated
   * now, since a due date before the data throws here. {@code prior} is null when it is not valid.
   */
  private Deadline derived(
      LocalDate currentStart,
      int startIndex,
      FactLog<Restart> restarts,
      FactLog<Pause> pauses,
      PauseTree tree,
      FactLog<Object> decisions,
      Resume prior,
      Object added) {
    if (period.direction() == LegalPeriod.Direction.BEFORE) {
      int due = backwards(calendar(), period, currentStart, startIndex);
      Resume initial = Resume.initial(period.amount());
      return made(currentStart, startIndex, restarts, pauses, tree, decisions, initial, due);
    }
    Resume next;
    if (added == null && (prior != null || decisions.isEmpty())) {
      // nothing to judge again: the state of the decisions stands, only the pauses changed
      next = prior != null ? prior : Resume.initial(period.amount());
    } else {
      // the sweep reads the start from the deadline it belongs to: after a restart, a deadline
      // with the new start and no state yet (a restart with decisions recorded is rare)
      Deadline owner =
          currentStart.equals(this.currentStart)
              ? this
              : made(currentStart, startIndex, restarts, pauses, tree, decisions, null, UNKNOWN);
      Sweep sweep = owner.new Sweep(startIndex, tree, null);
      if (prior == null) {
        sweep.run(decisions);
        // here a decision was added or some are recorded: the list is never empty
        next = sweep.finish(decisions.get(decisions.size() - 1));
      } else {
        sweep.restore(prior);
        if (added != null) {
          sweep.decide(added);
        }
        next = sweep.finish(added != null ? added : prior.last);
      }
    }
    return made(currentStart, startIndex, restarts, pauses, tree, decisions, next, UNKNOWN);
  }

  /** A deadline with this one's period and original start, from values already worked out. */
  private Deadline made(
      LocalDate currentStart,
      int startIndex,
      FactLog<Restart> restarts,
      FactLog<Pause> pauses,
      PauseTree tree,
      FactLog<Object> decisions,
      Resume resume,
      int dueIndex) {
    return new Deadline(
        period,
        originalStart,
        currentStart,
        startIndex,
        restarts,
        pauses,
        tree,
        decisions,
        resume,
        dueIndex);
  }

  /**
   * The due date's day index, or -1 if it lies beyond the data: evaluated on first need, from the
   * state of the decisions and the pauses.
   */
  private int dueIndex() {
    int due = dueIndex;
    if (due == UNKNOWN) {
      due =
          dueOrBeyond(
              calendar(),
              period,
              tree,
              startIndex,
              resume.amount,
              resume.deferredTo,
              resume.fixedAt);
      dueIndex = due;
    }
    return due;
  }

  /** {@return the calendar, which the tree of pauses names} */
  private WorkingDayCalendar calendar() {
    return tree.calendar();
  }

  /** Whether a day counted comes from the calendar's estimate: the start or the due date. */
  private boolean provisional() {
    int due = dueIndex();
    return calendar().isProvisional(startIndex) || (due >= 0 && calendar().isProvisional(due));
  }

  /**
   * The state of the decisions' evaluation after the last one in date order: a fact that comes
   * after it in that order (a decision, or a pause beginning on or after its day, which cannot
   * change how earlier decisions were judged) resumes from here in O(log D); any other fact
   * evaluates every decision again.
   *
   * <p>The {@link Sweep} that evaluates the decisions is itself the state it leaves, so that adding
   * a fact makes one object, not two. Its fields are written only while the deadline that holds it
   * is constructed, and never after: that deadline's final field publishes them, and a later sweep
   * copies them ({@link Sweep#restore}) rather than changing them.
   */
  private static class Resume {

    /** The states before any decision, for the short periods the rules name, made once. */
    private static final Resume[] INITIAL = new Resume[64];

    static {
      for (int amount = 0; amount < INITIAL.length; amount++) {
        INITIAL[amount] = new Resume(amount);
      }
    }

    /** The amount counted, extensions included. */
    long amount;
    /** The extension in force. */
    long extended;
    /** The first working day after a deferral's cause ended, or -1. */
    int deferredTo = -1;
    /** The fixed due date in force, rolled to a working day, or -1. */
    int fixedAt = -1;
    /** The last decision evaluated, or null before any. */
    Object last;

    Resume(long amount) {
      this.amount = amount;
    }

    static Resume initial(long amount) {
      return amount < INITIAL.length ? INITIAL[(int) amount] : new Resume(amount);
    }

    boolean allowsPauseFrom(LocalDate start) {
      return last == null || !start.isBefore(Decision.date(last));
    }

    boolean allowsDecision(Object decision) {
      return last == null || Decision.ORDER.compare(last, decision) <= 0;
    }
  }

  static Deadline start(WorkingDayCalendar calendar, LegalPeriod period, LocalDate start) {
    int startIndex = indexOfStart(calendar, period, start);
    // every value before the allocation (see the constructor)
    PauseTree none = calendar.noPauses(period.unit());
    Resume initial = Resume.initial(period.amount());
    int dueIndex =
        period.direction() == LegalPeriod.Direction.BEFORE
            // counted backwards: evaluated now, since a due date before the data throws here
            ? backwards(calendar, period, start, startIndex)
            : UNKNOWN;
    return new Deadline(
        period,
        start,
        start,
        startIndex,
        FactLog.empty(),
        FactLog.empty(),
        none,
        FactLog.empty(),
        initial,
        dueIndex);
  }

  // -------------------------------------------------------------------------------------------

  /**
   * Returns this deadline with one more pause (CAL-7).
   *
   * @param pause the pause
   * @return the paused deadline
   * @throws IllegalPeriodException if the period is counted backwards, which cannot pause
   * @throws OutsideCalendarDataException if the pause or the new due date is outside the data
   */
  public Deadline withPause(Pause pause) {
    requireNonNull(pause, "pause");
    requireForwards("pause");
    int from = at(pause.start(), pause);
    int to = at(pause.end(), pause);
    return derived(
        currentStart,
        startIndex,
        restarts,
        pauses.plus(pause),
        tree.plus(from, to),
        decisions,
        resume.allowsPauseFrom(pause.start()) ? resume : null,
        null);
  }

  /**
   * Returns this deadline restarted from a new date (CAL-8), for example the day a corrected application
   * was received. The latest restart is the start, whatever the order of the
   * calls.
   *
   * @param newStart the new start date, not counted, not before the original start
   * @param reason why, as recorded, e.g. {@code 收到补正后的申请}
   * @param citation the provision that restarts the period
   * @return the restarted deadline
   * @throws IllegalPeriodException if {@code newStart} is before the original start, or the period
   *     is counted backwards
   * @throws OutsideCalendarDataException if the new start or due date is outside the data
   */
  public Deadline withRestart(LocalDate newStart, String reason, Citation citation) {
    requireNonNull(reason, "reason");
    return restarted(newStart, reason, citation);
  }

  /**
   * Returns this deadline restarted from a new date (CAL-8), with a reason the library words in
   * both languages, for example {@code Phrase.of("收到补正后的申请", "the corrected application received")}.
   *
   * @param newStart the new start date, not counted, not before the original start
   * @param reason why, in both languages
   * @param citation the provision that restarts the period
   * @return the restarted deadline
   * @throws IllegalPeriodException if {@code newStart} is before the original start, or the period
   *     is counted backwards
   * @throws OutsideCalendarDataException if the new start is outside the data
   */
  public Deadline withRestart(LocalDate newStart, Phrase reason, Citation citation) {
    requireNonNull(reason, "reason");
    return restarted(newStart, reason, citation);
  }

  private Deadline restarted(LocalDate newStart, Object reason, Citation citation) {
    requireNonNull(newStart, "newStart");
    requireNonNull(citation, "citation");
    requireForwards("restart");
    if (newStart.isBefore(originalStart)) {
      throw new IllegalPeriodException(
          RuleId.CAL_8,
          "restart '"
              + reason
              + "' on "
              + newStart
              + " is before the start "
              + originalStart
              + "; a restart must be on or after it");
    }
    return derived(
        newStart.isAfter(currentStart) ? newStart : currentStart,
        // a restart not after the current start lies between two dates in the data
        newStart.isAfter(currentStart) ? indexOfStart(calendar(), period, newStart) : startIndex,
        restarts.plus(new Restart(newStart, reason, citation)),
        pauses,
        tree,
        decisions,
        null,
        null);
  }

  /**
   * Returns this deadline with an extension. Whether it extends is judged against the other facts,
   * in date order (see the class description); one that does not extends nothing and is explained
   * by a finding of kind {@link FindingKind#BROKEN} under the period's {@linkplain
   * LegalPeriod#extensionRule() extension rule}. Use {@link #breachOf(Extension)} to ask before.
   *
   * @param extension the extension
   * @return the deadline with the extension recorded
   * @throws IllegalPeriodException if the period allows no extension, the amount alone exceeds its
   *     bound, or the extension is granted before the original start: no other fact could make it
   *     lawful
   * @throws OutsideCalendarDataException if the new due date is outside the data
   */
  public Deadline withExtension(Extension extension) {
    requireNonNull(extension, "extension");
    if (extension.amount() > period.maxExtension()) {
      throw new IllegalPeriodException(
          period.extensionRule(),
          "extension of "
              + Language.ENGLISH.format(units(extension.amount()))
              + " granted "
              + extension.grantedOn()
              + (period.maxExtension() == 0
                  ? ": period " + period.id() + " allows no extension"
                  : " exceeds " + period.id() + "'s bound; valid: 1.." + period.maxExtension()));
    }
    requireNotBeforeStart(extension.grantedOn(), "extension granted on", period.extensionRule());
    return withDecision(extension);
  }

  /**
   * Returns this deadline with its due date fixed by the agency from a day on, for example the longer
   * reasonable period of OGI-2019 第三十五条 (确定延迟答复的合理期限). From that day the due date is the date
   * fixed, moved to the next working day if it is a rest day (CAL-5, 《民法典》第二百零三条); later pauses
   * and extensions do not move it [convention]. Of several, the one set last governs.
   *
   * @param setOn the day the date was fixed and told
   * @param dueDate the date fixed, not before {@code setOn}
   * @param reason why, as recorded
   * @param rule the rule that allows fixing it, named by its finding (for requests, REQ-4)
   * @param citation the provision that allows fixing it
   * @return the deadline with the fixed date
   * @throws IllegalPeriodException if {@code dueDate} is before {@code setOn}, or {@code setOn}
   *     before the original start
   * @throws OutsideCalendarDataException if a date is outside the data
   */
  public Deadline withFixedDueDate(
      LocalDate setOn, LocalDate dueDate, String reason, RuleId rule, Citation citation) {
    requireNonNull(setOn, "setOn");
    requireNonNull(dueDate, "dueDate");
    requireNonNull(reason, "reason");
    requireNonNull(rule, "rule");
    requireNonNull(citation, "citation");
    requireForwards("fixed due date");
    if (dueDate.isBefore(setOn)) {
      throw new IllegalPeriodException(
          RuleId.CAL_4,
          "a due date fixed on " + setOn + " cannot be earlier, got " + dueDate
              + "; give a date on or after " + setOn);
    }
    requireNotBeforeStart(setOn, "due date fixed on", rule);
    at(dueDate, "fixed due date");
    return withDecision(new Fixed(setOn, dueDate, reason, rule, citation));
  }

  /**
   * Returns this deadline deferred by a legal cause (see {@link Deferral}).
   *
   * @param deferral the cause
   * @return the deadline with the cause recorded
   * @throws IllegalPeriodException if the period is counted backwards
   * @throws OutsideCalendarDataException if a date is outside the data
   */
  public Deadline withDeferral(Deferral deferral) {
    requireNonNull(deferral, "deferral");
    requireForwards("deferral");
    at(deferral.until(), deferral);
    return withDecision(deferral);
  }

  /** Returns this deadline with a decision: an extension, a deferral or a fixed date. */
  private Deadline withDecision(Object decision) {
    return derived(
        currentStart,
        startIndex,
        restarts,
        pauses,
        tree,
        inserted(decisions, decision),
        resume.allowsDecision(decision) ? resume : null,
        decision);
  }

  private void requireNotBeforeStart(LocalDate date, String what, RuleId rule) {
    if (date.isBefore(originalStart)) {
      throw new IllegalPeriodException(
          rule,
          what + " " + date + " is before " + period.id() + " started on " + originalStart
              + "; valid: on or after " + originalStart);
    }
  }

  // -------------------------------------------------------------------------------------------

  /** {@return the legal period} */
  public LegalPeriod period() {
    return period;
  }

  /** {@return the date the period first ran from, before any restart} */
  public LocalDate originalStart() {
    return originalStart;
  }

  /** {@return the date the period runs from now: the latest restart, or the original start} */
  public LocalDate currentStart() {
    return currentStart;
  }

  /** {@return the pauses, by start date} */
  public List<Pause> pauses() {
    return ImmutableList.sortedCopyOf(PAUSE_ORDER, pauses);
  }

  /** {@return the extensions, by the day they were granted, lapsed and unlawful ones included} */
  public List<Extension> extensions() {
    ImmutableList.Builder<Extension> out = ImmutableList.builder();
    for (Object decision : decisionsInOrder()) {
      if (decision instanceof Extension extension) {
        out.add(extension);
      }
    }
    return out.build();
  }

  /**
   * {@return the days of extension in force: those that extend, granted on or after the current
   * start, in the period's unit}
   */
  public long extensionInForce() {
    return resume.extended;
  }

  /**
   * Returns the last day on which the act is on time.
   *
   * @return the due date
   * @throws OutsideCalendarDataException if it lies beyond the calendar's data (adding the facts
   *     did not throw: a later fact may bring it back, whatever the order of the calls)
   */
  public LocalDate dueDate() {
    return calendar().dateAt(requireInData(dueIndex(), resume.amount));
  }

  /**
   * {@return whether the due date lies outside the calendar's data, its estimate included (CAL-9):
   * after its last day (before its first, for a period counted backwards), where {@link
   * #dueDate()} throws} No date the data covers is then after the due date; the {@link
   * #findings()} of a period counted forward name the day as {@link
   * WorkingDayCalendar#dayBeyondData()} does.
   */
  public boolean isDueBeyondData() {
    return dueIndex() < 0;
  }

  /**
   * {@return whether the due date rests on the calendar's provisional estimate (CAL-9) rather than
   * on official data alone}
   */
  public boolean isProvisional() {
    return provisional();
  }

  /**
   * {@return the findings that produced the due date, in the order they apply: the start, restarts,
   * then each fact in date order with the due date after it, extensions and deferrals that did not
   * count included (kind {@link FindingKind#BROKEN})} Built on first call.
   *
   */
  public List<Finding> findings() {
    ImmutableList<Finding> built = findings;
    if (built == null) {
      built = explainSteps();
      findings = built;
    }
    return built;
  }

  /** {@return the findings of kind {@link FindingKind#BROKEN}: facts the rules did not allow} */
  public List<Finding> breaches() {
    if (nothingBroken()) {
      return ImmutableList.of();
    }
    return findings().stream()
        .filter(finding -> finding.kind() == FindingKind.BROKEN)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Whether no decision broke a rule, known without building the findings: no deferral (one may
   * come too late or end too early), and every extension granted on or after the current start
   * extends (one that does not is late, beyond the bound or after a fixed date; one granted before
   * lapses, which breaks nothing).
   */
  private boolean nothingBroken() {
    long granted = 0;
    for (Object decision : decisionsInOrder()) {
      if (decision instanceof Deferral) {
        return false;
      }
      if (decision instanceof Extension extension
          && !extension.grantedOn().isBefore(currentStart)) {
        granted += extension.amount();
      }
    }
    return granted == extensionInForce();
  }

  /**
   * Returns why an extension would not extend this deadline, if it would not: granted after the due
   * date in force, beyond the bound, lapsed by a later restart or after a fixed due date. For a
   * caller that guides a case forward and refuses such a step.
   *
   * @param extension the extension to judge
   * @return the finding of kind {@link FindingKind#BROKEN} (or the lapse), or empty if it would
   *     extend
   * @throws IllegalPeriodException as {@link #withExtension(Extension)}
   * @throws OutsideCalendarDataException if a date is outside the data
   */
  public Optional<Finding> breachOf(Extension extension) {
    requireNonNull(extension, "extension");
    Deadline with = withExtension(extension);
    Sweep sweep = new Sweep(with.startIndex, with.tree, extension);
    sweep.run(with.decisionsInOrder());
    return Optional.ofNullable(sweep.watched);
  }

  /**
   * {@return the explanation in Chinese, one finding per line, as {@link Language#CHINESE} renders
   * them}
   *
   */
  public String explain() {
    return Language.CHINESE.render(findings());
  }

  /**
   * Returns the explanation in a language, one finding per line.
   *
   * @param language Chinese or English
   * @return the explanation
   */
  public String explain(Language language) {
    requireNonNull(language, "language");
    return language.render(findings());
  }

  /**
   * Returns how late an act on a date is (逾期): on time when the date is on or before the due date,
   * otherwise late by the working days in (due date, date].
   *
   * @param actedOn the date of the act, or the date of evaluation if nothing was done yet
   * @return the lateness, flagged provisional if it rests on the estimate
   * @throws OutsideCalendarDataException if the date is outside the calendar's data
   */
  public Lateness latenessOn(LocalDate actedOn) {
    requireNonNull(actedOn, "actedOn");
    int acted = at(actedOn, "latenessOn");
    LocalDate due = dueDate();
    boolean provisional = provisional();
    if (!actedOn.isAfter(due)) {
      return Lateness.onTime(due, actedOn, provisional);
    }
    return Lateness.late(
        due,
        actedOn,
        calendar().workingDaysIn(dueIndex(), acted),
        provisional || calendar().isProvisional(acted));
  }

  // -------------------------------------------------------------------------------------------

  private int index(LocalDate date) {
    return at(date, period.id());
  }

  /**
   * Returns the day index of a date, the estimate included; outside, throws naming the date and
   * what needed it (the message is built only then).
   */
  private int at(LocalDate date, Object what) {
    int index = calendar().indexOrNegative(date);
    if (index < 0) {
      throw calendar().outside(date, String.valueOf(what));
    }
    return index;
  }

  private void requireForwards(String step) {
    if (period.direction() == LegalPeriod.Direction.BEFORE) {
      throw new IllegalPeriodException(
          RuleId.CAL_7,
          "period "
              + period.id()
              + " is counted backwards from an event and cannot take a "
              + step
              + "; move the event instead");
    }
  }

  /**
   * The decisions with one more, still sorted: appended in amortized O(1) when it comes last (a
   * history recorded in date order), otherwise copied in O(n).
   */
  private static FactLog<Object> inserted(FactLog<Object> sorted, Object decision) {
    int low = 0;
    int high = sorted.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (Decision.ORDER.compare(sorted.get(mid), decision) <= 0) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    if (low == sorted.size()) {
      return sorted.plus(decision);
    }
    List<Object> copy = new ArrayList<>(sorted.size() + 1);
    copy.addAll(sorted.subList(0, low));
    copy.add(decision);
    copy.addAll(sorted.subList(low, sorted.size()));
    return FactLog.of(copy);
  }

  private List<Object> decisionsInOrder() {
    return decisions;
  }


  /**
   * The due date of a period from a start with no other fact, from official data only: {@code
   * start(calendar, period, start).dueDate()}, with the same exceptions, without building the
   * deadline; a start or due date in the calendar's estimate is refused, as the plain queries
   * refuse it (the deadline answers it, flagged).
   */
  static LocalDate dueDateOf(WorkingDayCalendar calendar, LegalPeriod period, LocalDate start) {
    int startIndex = indexOfStart(calendar, period, start);
    int due =
        period.direction() == LegalPeriod.Direction.BEFORE
            ? backwards(calendar, period, start, startIndex)
            : requireInData(
                calendar,
                period,
                start,
                dueOrBeyond(
                    calendar,
                    period,
                    calendar.noPauses(period.unit()),
                    startIndex,
                    period.amount(),
                    -1,
                    -1),
                period.amount());
    if (calendar.isProvisional(startIndex) || calendar.isProvisional(due)) {
      throw calendar.outside(
          calendar.dateAt(calendar.isProvisional(startIndex) ? startIndex : due),
          "dueDate(" + period.id() + ", " + start + ")");
    }
    return calendar.dateAt(due);
  }

  /** The day index of a period's start; outside the data, the message says it is the start. */
  private static int indexOfStart(WorkingDayCalendar calendar, LegalPeriod period, LocalDate start) {
    int index = calendar.indexOrNegative(start);
    if (index < 0) {
      throw calendar.outside(start, period.id() + " (its start)");
    }
    return index;
  }

  private static int backwards(
      WorkingDayCalendar calendar, LegalPeriod period, LocalDate start, int eventIndex) {
    long amount = period.amount();
    if (amount == 0) {
      return eventIndex;
    }
    if (period.unit() == PeriodUnit.WORKING_DAYS) {
      return requireInData(
          calendar,
          period,
          start,
          calendar.minusWorkingDays(eventIndex, (int) amount),
          amount);
    }
    // 《民法典》第二百零一条: the event day is not counted; 第二百零三条 moves only the last day of a
    // period, which for a period counted backwards is the event itself: nothing moves
    // an int index minus an int amount, both non-negative, fits an int; negative is outside
    return requireInData(calendar, period, start, (int) (eventIndex - amount), amount);
  }

  private int requireInData(int index) {
    return requireInData(index, period.amount());
  }

  /** Checks an index, naming the amount counted (extensions included) if it is beyond the data. */
  private int requireInData(int index, long amount) {
    return requireInData(calendar(), period, currentStart, index, amount);
  }

  private static int requireInData(
      WorkingDayCalendar calendar, LegalPeriod period, LocalDate start, int index, long amount) {
    if (index < 0) {
      throw calendar.outside(
          period.direction() == LegalPeriod.Direction.BEFORE
              ? calendar.coveredRange().getStart().minusDays(1)
              : calendar.dateAt(calendar.dayCount()),
          "the due date of "
              + period.id()
              + " ("
              + Language.ENGLISH.format(Quantity.of(amount, period.unit()))
              + ") from "
              + start);
    }
    return index;
  }

  /** The first working day on or after an index. */
  private int rollForward(int index) {
    return calendar().isWorkingDay(index)
        ? index
        : requireInData(calendar().plusWorkingDays(index, 1));
  }

  private Quantity units(long amount) {
    return Quantity.of(amount, period.unit());
  }

  // -------------------------------------------------------------------------------------------

  /**
   * The due index for a state of the decisions, or -1 if it lies beyond the data: a fixed date if
   * one governs, else the {@code amount}-th counted day after the start (rolled to a working day
   * for calendar days), never before a deferral's end, and past any run of paused days that
   * begins on it or covers it (see {@link #afterWaits}).
   */
  private static int dueOrBeyond(
      WorkingDayCalendar calendar,
      LegalPeriod period,
      PauseTree pausesSoFar, int startIndex, long amount, int deferredTo, int fixedAt) {
    int due = plainDueOrBeyond(calendar, period, pausesSoFar, startIndex, amount, deferredTo, fixedAt);
    return due < 0 || fixedAt >= 0 ? due : afterWaits(calendar, pausesSoFar, due);
  }

  /**
   * The due index when a pause begins on it or covers it (CAL-7 [convention]): while the due date
   * lies in a run of paused days, or such a run (a pause, or overlapping or adjoining pauses)
   * begins on it, the period has no counted day left to run when the wait ends, so the act is due
   * on the first working day after the run's last day — the first day the clock runs again, a rest
   * day passed over (《民法典》第二百零三条) — and again if a run begins on or covers that day; -1
   * beyond the data. Without such a run, two O(runs) look-ups (O(log D) over the tree) and nothing
   * allocated.
   */
  private static int afterWaits(WorkingDayCalendar calendar, PauseTree pauses, int due) {
    while (true) {
      // the run that covers the due date, else the one that begins on it
      int end = pauses.runFrom(due);
      if (end < 0) {
        return due;
      }
      due = calendar.plusWorkingDays(end, 1);
      if (due < 0) {
        return -1;
      }
    }
  }

  /** {@link #dueOrBeyond} without the runs of paused days that begin on the due date. */
  private static int plainDueOrBeyond(
      WorkingDayCalendar calendar,
      LegalPeriod period,
      PauseTree pausesSoFar, int startIndex, long amount, int deferredTo, int fixedAt) {
    if (fixedAt >= 0) {
      return Math.max(fixedAt, deferredTo);
    }
    int base = startIndex;
    if (amount > 0) {
      base = pausesSoFar.plus(startIndex, amount);
      if (base < 0) {
        return -1;
      }
      if (period.unit() == PeriodUnit.DAYS && !calendar.isWorkingDay(base)) {
        base = calendar.plusWorkingDays(base, 1);
        if (base < 0) {
          return -1;
        }
      }
    }
    return Math.max(base, deferredTo);
  }

  /**
   * The due date's evaluation: the decisions (extensions, deferrals, fixed dates) in date order,
   * each judged against the due date in force on its day. With the full tree of pauses this gives
   * the same judgments as with only the pauses begun by that day: a pause that begins later covers
   * only later days, so it cannot decide whether a day is on or before the due date.
   */
  private final class Sweep extends Resume {
    final int startIndex;
    PauseTree pausesSoFar;
    final Object watch;
    Finding watched;
    List<Finding> out;

    Sweep(int startIndex, PauseTree pausesSoFar, Object watch) {
      super(period.amount());
      this.startIndex = startIndex;
      this.pausesSoFar = pausesSoFar;
      this.watch = watch;
    }

    /** Takes up the state another deadline's evaluation left. */
    void restore(Resume state) {
      amount = state.amount;
      extended = state.extended;
      deferredTo = state.deferredTo;
      fixedAt = state.fixedAt;
    }

    /**
     * Ends the evaluation after a decision and returns this sweep as the state it leaves; it is
     * not changed after.
     */
    Resume finish(Object last) {
      this.last = last;
      return this;
    }

    void run(List<Object> ordered) {
      for (Object decision : ordered) {
        decide(decision);
      }
    }

    /** The due index in force, or -1 if it lies beyond the data. */
    int dueOrBeyond() {
      return Deadline.dueOrBeyond(
          calendar(), period, pausesSoFar, startIndex, amount, deferredTo, fixedAt);
    }

    int due() {
      return requireInData(dueOrBeyond(), amount);
    }

    /** Whether the due index in force was moved past a run of paused days that begins on it. */
    boolean movedByWait() {
      return fixedAt < 0
          && dueOrBeyond()
              != plainDueOrBeyond(
                  calendar(), period, pausesSoFar, startIndex, amount, deferredTo, fixedAt);
    }

    /** Whether a day is on or before the due date in force. */
    boolean inForce(int day) {
      int due = dueOrBeyond();
      return due < 0 || day <= due;
    }

    void decide(Object decision) {
      LocalDate date = Decision.date(decision);
      int day = index(date);
      boolean lapsed = date.isBefore(currentStart);
      if (decision instanceof Extension extension) {
        extend(extension, day, lapsed);
      } else if (decision instanceof Deferral deferral) {
        defer(deferral, day);
      } else {
        fix((Fixed) decision, lapsed);
      }
    }

    private void extend(Extension extension, int day, boolean lapsed) {
      if (lapsed) {
        if (!wants(extension)) {
          return;
        }
        Quantity added = units(extension.amount());
        note(
            extension,
            Finding.of(
                RuleId.CAL_8,
                FindingKind.APPLIED,
                Phrase.of(
                    "{0}批准的延长{1}（{2}）因{3}重新起算而失效",
                    "the extension by {1} granted {0} ({2}) lapsed with the restart on {3}",
                    extension.grantedOn(),
                    added,
                    extension.reasonValue(),
                    currentStart),
                period.citations()));
        return;
      }
      boolean afterFixed = fixedAt >= 0;
      boolean late = !afterFixed && !inForce(day);
      boolean beyond = !afterFixed && !late && extended + extension.amount() > period.maxExtension();
      if (!afterFixed && !late && !beyond) {
        extended += extension.amount();
        amount += extension.amount();
        if (out != null) {
          out.add(
              step(
                  period.extensionRule(),
                  Phrase.of(
                      "{0}延长{1}（{2}）",
                      "extended by {1} on {0} ({2})",
                      extension.grantedOn(),
                      units(extension.amount()),
                      extension.reasonValue()),
                  dueOrBeyond(),
                  period.citations()));
        }
        return;
      }
      if (!wants(extension)) {
        return;
      }
      Quantity added = units(extension.amount());
      Phrase broken = null;
      if (afterFixed) {
        broken =
            Phrase.of(
                "{0}批准的延长{1}（{2}）在期限届满日已确定为{3}之后，不改变该日期",
                "the extension by {1} granted {0} ({2}) came after the due date was fixed at {3};"
                    + " it does not move it",
                extension.grantedOn(),
                added,
                extension.reasonValue(),
                calendar().dateAt(fixedAt));
      } else if (late) {
        broken =
            Phrase.of(
                "{0}批准的延长{1}（{2}）晚于当时的期限届满日{3}，不产生延长效力",
                "the extension by {1} granted {0} ({2}) came after the due date then in force, {3};"
                    + " it extends nothing",
                extension.grantedOn(),
                added,
                extension.reasonValue(),
                calendar().dateAt(due()));
      } else if (beyond) {
        broken =
            Phrase.of(
                "{0}批准的延长{1}（{2}）将使延长合计达到{3}，超过最长{4}，不产生延长效力",
                "the extension by {1} granted {0} ({2}) would bring the extensions to {3}, beyond"
                    + " the bound of {4}; it extends nothing",
                extension.grantedOn(),
                added,
                extension.reasonValue(),
                units(extended + extension.amount()),
                units(period.maxExtension()));
      }
      note(
          extension,
          Finding.of(period.extensionRule(), FindingKind.BROKEN, broken, period.citations()));
    }

    private void defer(Deferral deferral, int day) {
      boolean endedBefore = deferral.until().isBefore(currentStart);
      boolean late = !endedBefore && !inForce(day);
      if ((endedBefore || late) && !wants(deferral)) {
        return;
      }
      Phrase broken = null;
      if (endedBefore) {
        broken =
            Phrase.of(
                "{0}至{1}的事由（{2}）在期限{3}起算前已消除，不影响按时完成",
                "the cause from {0} to {1} ({2}) ended before the period ran from {3}; it defers"
                    + " nothing",
                deferral.from(),
                deferral.until(),
                deferral.reason(),
                currentStart);
      } else if (late) {
        broken =
            Phrase.of(
                "{0}发生的事由（{1}）晚于当时的期限届满日{2}，不能成为未按时完成的理由",
                "the cause that arose on {0} ({1}) came after the due date then in force, {2}; it"
                    + " could not have prevented the act on time",
                deferral.from(),
                deferral.reason(),
                calendar().dateAt(due()));
      }
      if (broken != null) {
        note(
            deferral,
            Finding.of(deferral.rule(), FindingKind.BROKEN, broken, List.of(deferral.citation())));
        return;
      }
      int until = index(deferral.until());
      int resume = rollForward(until);
      deferredTo = Math.max(deferredTo, resume);
      if (out != null) {
        List<Citation> citations =
            resume == until
                ? List.of(deferral.citation())
                : List.of(deferral.citation(), CountingRules.CIVIL_CODE_ART_203);
        out.add(
            step(
                deferral.rule(),
                Phrase.of(
                    resume == until
                        ? "{0}至{1}因法定事由（{2}）不能按时完成，原因消除后立即完成：{1}为工作日"
                        : "{0}至{1}因法定事由（{2}）不能按时完成，原因消除后立即完成：{1}为休息日，其后第一个工作日为{3}",
                    resume == until
                        ? "from {0} to {1} a legal cause ({2}) prevented the act; it is due immediately"
                            + " after the cause ends, on {1}, a working day"
                        : "from {0} to {1} a legal cause ({2}) prevented the act; it is due immediately"
                            + " after the cause ends: {1} is a rest day, the next working day is {3}",
                    deferral.from(),
                    deferral.until(),
                    deferral.reason(),
                    calendar().dateAt(resume)),
                dueOrBeyond(),
                citations));
      }
    }

    private void fix(Fixed fixed, boolean lapsed) {
      if (lapsed && !wants(fixed)) {
        return;
      }
      if (lapsed) {
        note(
            fixed,
            Finding.of(
                RuleId.CAL_8,
                FindingKind.APPLIED,
                Phrase.of(
                    "{0}确定的期限届满日{1}因{2}重新起算而失效",
                    "the due date fixed on {0} at {1} lapsed with the restart on {2}",
                    fixed.setOn,
                    fixed.dueDate,
                    currentStart),
                List.of(fixed.citation)));
        return;
      }
      int at = index(fixed.dueDate);
      fixedAt = rollForward(at);
      if (out != null) {
        out.add(
            Finding.step(
                fixed.rule,
                at == fixedAt
                    ? Phrase.of(
                        "{0}确定期限届满日为{1}并告知（{2}）",
                        "on {0} the due date was fixed at {1} and made known ({2})",
                        fixed.setOn,
                        fixed.dueDate,
                        fixed.reason)
                    : Phrase.of(
                        "{0}确定期限届满日为{1}并告知（{2}），该日为休息日，顺延至{3}",
                        "on {0} the due date was fixed at {1} and made known ({2}); a rest day, it"
                            + " moves to {3}",
                        fixed.setOn,
                        fixed.dueDate,
                        fixed.reason,
                        calendar().dateAt(fixedAt)),
                calendar().dateAt(fixedAt),
                at == fixedAt
                    ? List.of(fixed.citation)
                    : List.of(fixed.citation, CountingRules.CIVIL_CODE_ART_203)));
      }
    }

    /** Whether a finding about a fact is wanted: when explaining, or when it is the one watched. */
    private boolean wants(Object fact) {
      return out != null || fact == watch;
    }

    private void note(Object fact, Finding finding) {
      if (fact == watch) {
        watched = finding;
      }
      if (out != null) {
        out.add(finding);
      }
    }
  }

  // -------------------------------------------------------------------------------------------

  /** Builds the findings: the start, restarts, then pauses and decisions in date order. */
  private ImmutableList<Finding> explainSteps() {
    List<Finding> out = new ArrayList<>();
    Quantity count = units(period.amount());
    if (period.direction() == LegalPeriod.Direction.BEFORE) {
      out.add(
          Finding.step(
              period.unit() == PeriodUnit.WORKING_DAYS ? RuleId.CAL_4 : RuleId.CAL_5,
              Phrase.of("{0}前{1}（{2}）", "{1} before {0} ({2})", currentStart, count, period.id()),
              dueDate(),
              ImmutableList.<Citation>builder()
                  .addAll(period.citations())
                  .add(CountingRules.CIVIL_CODE_ART_201)
                  .build()));
      addProvisional(out);
      return ImmutableList.copyOf(out);
    }
    List<Restart> sortedRestarts = new ArrayList<>(restarts.snapshot());
    sortedRestarts.sort(Restart.ORDER);
    if (!sortedRestarts.isEmpty()) {
      out.add(
          Finding.of(
              RuleId.CAL_4,
              FindingKind.APPLIED,
              Phrase.of("{0}起算（{1}）", "started {0} ({1})", originalStart, period.id()),
              period.citations()));
      for (Restart restart : sortedRestarts) {
        out.add(
            Finding.of(
                RuleId.CAL_8,
                FindingKind.APPLIED,
                Phrase.of(
                    "{0}重新起算（{1}），此前经过的期间不再计算",
                    "restarted {0} ({1}); earlier days no longer count",
                    restart.date,
                    restart.reason),
                List.of(restart.citation)));
      }
    }
    ImmutableList.Builder<Citation> counting =
        ImmutableList.<Citation>builder()
            .addAll(period.citations())
            .add(CountingRules.CIVIL_CODE_ART_201);
    if (period.unit() == PeriodUnit.DAYS) {
      counting.add(CountingRules.CIVIL_CODE_ART_203);
    }
    Sweep sweep = new Sweep(startIndex, calendar().noPauses(period.unit()), null);
    sweep.out = out;
    Phrase opening;
    if (period.amount() == 0) {
      opening =
          Phrase.of(
              "当场（{1}）：期限为{0}当日",
              "on the spot ({1}): due on {0} itself",
              currentStart,
              period.id());
    } else if (period.unit() == PeriodUnit.DAYS) {
      opening =
          Phrase.of(
              "自{0}起算（当日不计入），{1}（{2}），期间最后一日为休息日的顺延至其后第一个工作日",
              "runs from {0} (not counted); {1} ({2}), an end on a rest day moving to the next"
                  + " working day",
              currentStart,
              count,
              period.id());
    } else {
      opening =
          Phrase.of(
              "自{0}起算（当日不计入），{1}（{2}）",
              "runs from {0} (not counted); {1} ({2})",
              currentStart,
              count,
              period.id());
    }
    out.add(
        step(
            period.unit() == PeriodUnit.WORKING_DAYS ? RuleId.CAL_4 : RuleId.CAL_5,
            opening,
            sweep.dueOrBeyond(),
            counting.build()));
    List<Pause> sortedPauses = pauses();
    List<Object> ordered = decisionsInOrder();
    int p = 0;
    int d = 0;
    while (p < sortedPauses.size() || d < ordered.size()) {
      if (d == ordered.size()
          || (p < sortedPauses.size() && !sortedPauses.get(p).start().isAfter(Decision.date(ordered.get(d))))) {
        Pause pause = sortedPauses.get(p++);
        int before = sweep.dueOrBeyond();
        int from = index(pause.start());
        int to = index(pause.end());
        PauseTree without = sweep.pausesSoFar;
        sweep.pausesSoFar = without.plus(from, to);
        int after = sweep.dueOrBeyond();
        // beyond the data (CAL-9), the pause's days counted up to the data's last day
        int counted = after < 0 ? calendar().dayCount() - 1 : after;
        long removed =
            without.countedIn(startIndex, counted)
                - sweep.pausesSoFar.countedIn(startIndex, counted);
        Phrase step;
        if (!pause.end().isAfter(currentStart)) {
          step =
              Phrase.of(
                  "{0}至{1}（{2}），在期限起算前，不影响期限",
                  "paused {0} to {1} ({2}), before the period runs: nothing changes",
                  pause.start(),
                  pause.end(),
                  pause.reasonValue());
        } else if (before >= 0 && from > before) {
          step =
              Phrase.of(
                  "{0}至{1}（{2}），始于期限届满日{3}之后，不影响期限",
                  "paused {0} to {1} ({2}), after the period ran out on {3}: nothing changes",
                  pause.start(),
                  pause.end(),
                  pause.reasonValue(),
                  calendar().dateAt(before));
        } else if (before >= 0 && from == before && after == before) {
          step =
              Phrase.of(
                  "{0}至{1}（{2}），始于期限届满日{3}，期限届满日不变",
                  "paused {0} to {1} ({2}), from the due date {3}, which does not move",
                  pause.start(),
                  pause.end(),
                  pause.reasonValue(),
                  calendar().dateAt(before));
        } else if (before >= 0 && after > before && sweep.movedByWait()) {
          step =
              Phrase.of(
                  from == before
                      ? "{0}至{1}（{2}），始于期限届满日{3}，期间不计算在期限内，期限届满日顺延至其结束后第一个工作日{4}"
                      : "{0}至{1}（{2}），期限届满日{3}在此期间内，期间不计算在期限内，期限届满日顺延至其结束后第一个工作日{4}",
                  from == before
                      ? "paused {0} to {1} ({2}), from the due date {3}: the time is not counted,"
                          + " and the due date moves to the first working day after its end, {4}"
                      : "paused {0} to {1} ({2}), over the due date {3}: the time is not counted,"
                          + " and the due date moves to the first working day after its end, {4}",
                  pause.start(),
                  pause.end(),
                  pause.reasonValue(),
                  calendar().dateAt(before),
                  calendar().dateAt(after));
        } else {
          step =
              Phrase.of(
                  "{0}至{1}（{2}），{3}不计算在期限内",
                  "paused {0} to {1} ({2}): {3} not counted",
                  pause.start(),
                  pause.end(),
                  pause.reasonValue(),
                  units(removed));
        }
        out.add(
            step(
                RuleId.CAL_7,
                step,
                after,
                before >= 0
                        && after > before
                        && sweep.movedByWait()
                        && to + 1 < calendar().dayCount()
                        && !calendar().isWorkingDay(to + 1)
                    ? List.of(pause.citation(), CountingRules.CIVIL_CODE_ART_203)
                    : List.of(pause.citation())));
      } else {
        sweep.decide(ordered.get(d++));
      }
    }
    addProvisional(out);
    return ImmutableList.copyOf(out);
  }

  /**
   * A step of the explanation with the due date after it, an index; beyond the data (-1) the step
   * names that day as {@link WorkingDayCalendar#dayBeyondData()} does (CAL-9).
   */
  private Finding step(RuleId rule, Phrase what, int due, List<Citation> citations) {
    return due < 0
        ? Finding.stepBeyondData(rule, what, calendar(), citations)
        : Finding.step(rule, what, calendar().dateAt(due), citations);
  }

  /** A due index as a finding's value: the date, or the day beyond the data (CAL-9). */
  private Object named(int due) {
    return due < 0 ? calendar().dayBeyondData() : calendar().dateAt(due);
  }

  /** Says so when the due date rests on the calendar's estimate (CAL-9). */
  private void addProvisional(List<Finding> out) {
    if (provisional()) {
      out.add(
          Finding.of(
              RuleId.CAL_9,
              FindingKind.PROVISIONAL,
              Phrase.of(
                  "期限届满日{0}所依据的日历超出官方放假安排（至{1}），系按法定节假日暂定推算，以当年国务院办公厅通知为准",
                  "the due date {0} rests on the calendar's estimate beyond the official schedule"
                      + " (through {1}); the year's State Council notice decides",
                  named(dueIndex()),
                  calendar().coveredRange().getEndInclusive()),
              List.of()));
    }
  }

  // -------------------------------------------------------------------------------------------

  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    return obj instanceof Deadline other
        && calendar().equals(other.calendar())
        && period.equals(other.period)
        && originalStart.equals(other.originalStart)
        && ImmutableMultiset.copyOf(restarts).equals(ImmutableMultiset.copyOf(other.restarts))
        && ImmutableMultiset.copyOf(pauses).equals(ImmutableMultiset.copyOf(other.pauses))
        && decisions.equals(other.decisions);
  }

  @Override
  public int hashCode() {
    int hash = Objects.hash(period, originalStart);
    for (Restart restart : restarts) {
      hash += restart.hashCode();
    }
    for (Pause pause : pauses) {
      hash += pause.hashCode();
    }
    for (Object decision : decisions) {
      hash += decision.hashCode();
    }
    return hash;
  }

  /** Returns a one-line description, for example {@code Deadline[P-REPLY-2019 from 2026-09-28, due 2026-10-30]}. */
  @Override
  public String toString() {
    return "Deadline["
        + period.id()
        + " from "
        + currentStart
        + ", due "
        + (dueIndex() < 0 ? "beyond the data" : dueDate())
        + (provisional() ? " (provisional)" : "")
        + "]";
  }

  // -------------------------------------------------------------------------------------------

  /**
   * Every field of a citation, to order facts that differ only in their citation: the order of
   * equal-looking facts must not depend on the order they were added.
   */
  private static String key(Citation citation) {
    return citation.source().title()
        + "\u0000"
        + citation.source().englishTitle()
        + "\u0000"
        + citation.provision()
        + "\u0000"
        + citation.wording();
  }

  /** A restart: a new start date with its reason. */
  private record Restart(LocalDate date, Object reason, Citation citation) {
    static final Comparator<Restart> ORDER =
        Comparator.comparing(Restart::date)
            .thenComparing(restart -> String.valueOf(restart.reason()))
            .thenComparing(restart -> key(restart.citation()));
  }

  /** A due date fixed by the agency. */
  private record Fixed(
      LocalDate setOn, LocalDate dueDate, String reason, RuleId rule, Citation citation) {}

  /**
   * The decisions: an {@link Extension} (rank 1), a {@link Deferral} (2) or a {@link Fixed} date (3),
   * each held as the fact itself (no wrapper per fact), ordered by date, then rank, then content
   * (every field) so that equal sets give equal orders. The content is compared only for two
   * decisions of one kind on one day.
   */
  private static final class Decision {
    static final Comparator<Object> ORDER =
        Comparator.comparing(Decision::date)
            .thenComparingInt(Decision::rank)
            .thenComparing(Decision::key);

    private Decision() {}

    /** {@return the day a decision was made: granted, the cause arose, or the date was set} */
    static LocalDate date(Object decision) {
      if (decision instanceof Extension extension) {
        return extension.grantedOn();
      } else if (decision instanceof Deferral deferral) {
        return deferral.from();
      }
      return ((Fixed) decision).setOn;
    }

    static int rank(Object decision) {
      return decision instanceof Extension ? 1 : decision instanceof Deferral ? 2 : 3;
    }

    private static String key(Object decision) {
      if (decision instanceof Deferral deferral) {
        return deferral + "\u0000" + deferral.rule() + "\u0000" + Deadline.key(deferral.citation());
      } else if (decision instanceof Fixed fixed) {
        return fixed.setOn + "\u0000" + fixed.dueDate + "\u0000" + fixed.reason + "\u0000"
            + fixed.rule + "\u0000" + Deadline.key(fixed.citation);
      }
      Extension extension = (Extension) decision;
      String amount = Integer.toString(extension.amount());
      // a reason in both languages is told from the same words as text by its English
      return "0".repeat(10 - amount.length()) + amount + "\u0000" + extension.reason()
          + (extension.reasonValue() instanceof Phrase phrase
              ? "\u0000" + Language.ENGLISH.render(phrase)
              : "");
    }
  }
}
