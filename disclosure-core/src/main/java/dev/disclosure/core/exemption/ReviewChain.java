package dev.disclosure.core.exemption;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.disclosure.calendar.Citation;
import dev.disclosure.calendar.Deadline;
import dev.disclosure.calendar.Finding;
import dev.disclosure.calendar.FindingKind;
import dev.disclosure.calendar.Lateness;
import dev.disclosure.calendar.LegalPeriod;
import dev.disclosure.calendar.OutsideCalendarDataException;
import dev.disclosure.calendar.Phrase;
import dev.disclosure.calendar.Quantity;
import dev.disclosure.calendar.RuleId;
import dev.disclosure.calendar.WorkingDayCalendar;
import dev.disclosure.core.Agency;
import dev.disclosure.core.InformationItem;
import dev.disclosure.core.Regime;
import dev.disclosure.core.law.LegalPeriods;
import dev.disclosure.core.law.Rules;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The review of an item before publication (公开前审查, EX-6): the opinions of the four stages in order,
 * the referral to the authority that can decide after a 需报审, the consent of the agencies that made
 * the item jointly, and whether the item may be published on a date (先审查后公开).
 *
 * <p>The rules:
 *
 * <ul>
 *   <li>opinions come in the order of {@link ReviewStage}: {@link ReviewStage#ORIGINATING_UNIT},
 *       {@link ReviewStage#UNIT_HEAD}, {@link ReviewStage#SECRECY_REVIEW_BODY}, {@link
 *       ReviewStage#SUPERVISING_LEADER}; each with a reason, none dated before the previous one or
 *       before the item was formed;
 *   <li>a 需报审 from the secrecy review body sends the item to the {@link
 *       ReviewStage#COMPETENT_AUTHORITY}, whose decision is recorded before the leader approves; an
 *       authority that answers 需报审 again sends it on to the next one up (逐级报至);
 *   <li>the secrecy review body's opinion is due 15 working days after the review request reached
 *       it (P-SECRECY-REVIEW); the date the request arrived is recorded before the opinion;
 *   <li>[convention] the supervising leader approves or refuses (公开 or 免予公开): a 需报审 is refused at
 *       that stage, because doubts about secrecy are settled before it; nor may the leader approve
 *       公开 over a 免予公开 of the secrecy review body or the authority, whose disputes go to the
 *       secrecy bureau instead (002 主动公开制度二第6项);
 *   <li>nothing is published before the leader approves 公开 (先审查后公开, 003);
 *   <li>jointly made information (an item with {@linkplain InformationItem#coMakers() co-makers}):
 *       the lead maker reviews and needs every co-maker's consent. Under OGI_2008 only written
 *       consent counts (002 保密审查制度第八条). Under OGI_2019 a co-maker that gives no opinion within 15
 *       working days of receiving the consultation consents (P-CO-AGENCY-2019, 第三十四条); [convention]
 *       an objection dated after that period does not undo the consent the silence already gave.
 * </ul>
 *
 * <p>Each {@code with…} method returns a new chain; a step the rules do not allow throws {@link
 * ReviewStepException} naming the stage, the step and the rule, and this chain is unchanged.
 * Immutable and thread-safe; equal when regime, item and everything recorded are equal.
 */
public final class ReviewChain {

  private static final String COMPLETE = "审查完毕";

  private final Regime regime;
  private final InformationItem item;
  private final ImmutableList<ReviewOpinion> opinions;
  private final LocalDate secrecyReviewRequested;
  private final ImmutableMap<Agency, LocalDate> consultations;
  private final ImmutableMap<Agency, CoMakerReply> replies;

  private ReviewChain(
      Regime regime,
      InformationItem item,
      ImmutableList<ReviewOpinion> opinions,
      LocalDate secrecyReviewRequested,
      ImmutableMap<Agency, LocalDate> consultations,
      ImmutableMap<Agency, CoMakerReply> replies) {
    this.regime = regime;
    this.item = item;
    this.opinions = opinions;
    this.secrecyReviewRequested = secrecyReviewRequested;
    this.consultations = consultations;
    this.replies = replies;
  }

  /**
   * Starts the review of an item (启动公开前审查), with nothing recorded yet.
   *
   * @param regime the regime, which decides whether a co-maker's silence is consent
   * @param item the item to be published
   * @return the empty chain
   */
  public static ReviewChain start(Regime regime, InformationItem item) {
    requireNonNull(regime, "regime");
    requireNonNull(item, "item");
    return new ReviewChain(
        regime, item, ImmutableList.of(), null, ImmutableMap.of(), ImmutableMap.of());
  }

  /**
   * Returns this chain with the next opinion recorded (记录审查意见).
   *
   * @param opinion the opinion of the stage that comes next
   * @return the chain with the opinion
   * @throws ReviewStepException if the review is complete, the opinion is not the next stage's, it
   *     is dated before the previous opinion or before the item was formed, the secrecy review body
   *     answers before the date of the request is recorded or before that date, or the leader
   *     answers 需报审 or approves 公开 over a 免予公开
   */
  public ReviewChain withOpinion(ReviewOpinion opinion) {
    requireNonNull(opinion, "opinion");
    Step step =
        new Step(
            ReviewStep.OPINION,
            opinion.stage().label()
                + " opinion "
                + opinion.verdict().label()
                + " of "
                + opinion.date());
    Optional<ReviewStage> next = nextStage();
    if (next.isEmpty()) {
      throw refused(Rules.EX_6, step, "the review is complete: the supervising leader has decided");
    }
    if (opinion.stage() != next.get()) {
      throw refused(
          Rules.EX_6,
          step,
          "out of order; the next stage is " + next.get().label() + " (002 保密审查制度第七条)");
    }
    requireNotBefore(opinion.date(), item.generatedOn(), "the item was formed", Rules.EX_6, step);
    if (!opinions.isEmpty()) {
      ReviewOpinion previous = opinions.get(opinions.size() - 1);
      requireNotBefore(opinion.date(), previous.date(), "the previous opinion", Rules.EX_6, step);
    }
    if (opinion.stage() == ReviewStage.SECRECY_REVIEW_BODY) {
      if (secrecyReviewRequested == null) {
        throw refused(
            Rules.P_SECRECY_REVIEW,
            step,
            "record first the date the review request reached the secrecy review body, from which"
                + " its 15 working days run");
      }
      requireNotBefore(
          opinion.date(),
          secrecyReviewRequested,
          "the review request",
          Rules.P_SECRECY_REVIEW,
          step);
    }
    if (opinion.stage() == ReviewStage.SUPERVISING_LEADER) {
      if (opinion.verdict() == ReviewVerdict.REFER) {
        throw refused(
            Rules.EX_6,
            step,
            "the supervising leader approves 公开 or decides 免予公开; referral happens at the"
                + " secrecy review body");
      }
      ReviewOpinion secrecy = opinions.get(opinions.size() - 1);
      if (opinion.verdict() == ReviewVerdict.DISCLOSE
          && secrecy.verdict() == ReviewVerdict.EXEMPT) {
        throw refused(
            Rules.EX_6,
            step,
            secrecy.stage().label()
                + " decided 免予公开 on "
                + secrecy.date()
                + "; a dispute goes to the secrecy bureau or the competent higher agency"
                + " (002 主动公开制度二第6项), not over it");
      }
    }
    return new ChainBuilder(this).opinion(opinion).build();
  }

  /**
   * Returns this chain with the date the secrecy review request reached the secrecy review body
   * (保密审查机构接到审查申请), from which P-SECRECY-REVIEW runs.
   *
   * @param receivedOn the date the body received the request, not before the head's review
   * @return the chain with the date
   * @throws ReviewStepException if the date is already recorded, the head has not reviewed yet or
   *     the secrecy review body has already answered, or the date is before the head's review
   */
  public ReviewChain withSecrecyReviewRequest(LocalDate receivedOn) {
    requireNonNull(receivedOn, "receivedOn");
    Step step = new Step(ReviewStep.SECRECY_REVIEW_REQUEST, "received on " + receivedOn);
    if (secrecyReviewRequested != null) {
      throw refused(
          Rules.P_SECRECY_REVIEW,
          step,
          "the request was already received on " + secrecyReviewRequested);
    }
    if (nextStage().filter(stage -> stage == ReviewStage.SECRECY_REVIEW_BODY).isEmpty()) {
      throw refused(
          Rules.EX_6,
          step,
          "the request goes to the secrecy review body after "
              + ReviewStage.UNIT_HEAD.label()
              + " and before its opinion");
    }
    requireNotBefore(
        receivedOn,
        opinions.get(opinions.size() - 1).date(),
        "the head's review",
        Rules.EX_6,
        step);
    return new ChainBuilder(this).secrecyReviewRequested(receivedOn).build();
  }

  /**
   * Returns this chain with a co-maker's receipt of the consultation (征求共同制作机关意见).
   *
   * @param coMaker one of the item's co-makers
   * @param receivedOn the date the co-maker received the consultation, from which P-CO-AGENCY-2019
   *     runs under OGI_2019
   * @return the chain with the consultation
   * @throws ReviewStepException if the agency is not a co-maker of the item, was already consulted,
   *     or the date is before the item was formed
   */
  public ReviewChain withCoMakerConsulted(Agency coMaker, LocalDate receivedOn) {
    requireNonNull(coMaker, "coMaker");
    requireNonNull(receivedOn, "receivedOn");
    Step step = new Step(ReviewStep.CO_MAKER_CONSULTED, coMaker + " received it on " + receivedOn);
    requireCoMaker(coMaker, step);
    if (consultations.containsKey(coMaker)) {
      throw refused(
          Rules.EX_6,
          step,
          coMaker + " already received the consultation on " + consultations.get(coMaker));
    }
    requireNotBefore(receivedOn, item.generatedOn(), "the item was formed", Rules.EX_6, step);
    return new ChainBuilder(this).consultation(coMaker, receivedOn).build();
  }

  /**
   * Returns this chain with a co-maker's written consent (书面同意公开).
   *
   * @param coMaker one of the item's co-makers, already consulted
   * @param givenOn the date of the consent
   * @return the chain with the consent
   * @throws ReviewStepException if the agency is not a co-maker, was not consulted, already
   *     answered, or the date is before it received the consultation
   */
  public ReviewChain withCoMakerConsent(Agency coMaker, LocalDate givenOn) {
    requireNonNull(coMaker, "coMaker");
    requireNonNull(givenOn, "givenOn");
    return withReply(coMaker, new CoMakerReply(true, givenOn, "同意公开"));
  }

  /**
   * Returns this chain with a co-maker's objection (不同意公开).
   *
   * @param coMaker one of the item's co-makers, already consulted
   * @param givenOn the date of the objection
   * @param reason the co-maker's reason, not blank
   * @return the chain with the objection
   * @throws ReviewStepException if the agency is not a co-maker, was not consulted, already
   *     answered, the date is before it received the consultation, or the reason is blank
   */
  public ReviewChain withCoMakerObjection(Agency coMaker, LocalDate givenOn, String reason) {
    requireNonNull(coMaker, "coMaker");
    requireNonNull(givenOn, "givenOn");
    requireNonNull(reason, "reason");
    if (reason.isBlank()) {
      throw refused(
          Rules.EX_6,
          new Step(ReviewStep.CO_MAKER_OBJECTION, coMaker + " of " + givenOn),
          "the objection gives no reason");
    }
    return withReply(coMaker, new CoMakerReply(false, givenOn, reason));
  }

  private ReviewChain withReply(Agency coMaker, CoMakerReply reply) {
    Step step =
        new Step(
            reply.consents ? ReviewStep.CO_MAKER_CONSENT : ReviewStep.CO_MAKER_OBJECTION,
            coMaker + " of " + reply.date);
    requireCoMaker(coMaker, step);
    LocalDate received = consultations.get(coMaker);
    if (received == null) {
      throw refused(
          Rules.EX_6, step, "record first that " + coMaker + " received the consultation");
    }
    if (replies.containsKey(coMaker)) {
      throw refused(Rules.EX_6, step, coMaker + " already answered: " + replies.get(coMaker));
    }
    requireNotBefore(reply.date, received, "the consultation was received", Rules.EX_6, step);
    return new ChainBuilder(this).reply(coMaker, reply).build();
  }

  /** {@return the regime} */
  public Regime regime() {
    return regime;
  }

  /** {@return the item under review} */
  public InformationItem item() {
    return item;
  }

  /** {@return the opinions recorded, in order} */
  public List<ReviewOpinion> opinions() {
    return opinions;
  }

  /**
   * {@return the stage whose opinion comes next, or empty when the supervising leader has decided}
   */
  public Optional<ReviewStage> nextStage() {
    return nextStage(opinions);
  }

  /** {@return whether the supervising leader has decided (审查完毕)} */
  public boolean isComplete() {
    return nextStage().isEmpty();
  }

  /**
   * Returns the deadline of the secrecy review body's opinion (P-SECRECY-REVIEW): 15 working days
   * after the review request reached it.
   *
   * @param calendar the working-day calendar, normally {@code ChinaCalendars.official()}
   * @return the deadline, or empty if the request's arrival is not recorded
   * @throws OutsideCalendarDataException if the due date is outside the calendar's data
   */
  public Optional<Deadline> secrecyReviewDeadline(WorkingDayCalendar calendar) {
    requireNonNull(calendar, "calendar");
    return Optional.ofNullable(secrecyReviewRequested)
        .map(received -> calendar.deadline(LegalPeriods.P_SECRECY_REVIEW, received));
  }

  /**
   * Returns how late the secrecy review body's opinion is (逾期): on the date it was given, or, while
   * it is outstanding, on {@code asOf}.
   *
   * @param calendar the working-day calendar
   * @param asOf the date of evaluation while the opinion is outstanding
   * @return the lateness, or empty if the request's arrival is not recorded
   * @throws OutsideCalendarDataException if a date is outside the calendar's data
   */
  public Optional<Lateness> secrecyReviewLateness(WorkingDayCalendar calendar, LocalDate asOf) {
    requireNonNull(calendar, "calendar");
    requireNonNull(asOf, "asOf");
    LocalDate actedOn = secrecyOpinion(opinions).map(ReviewOpinion::date).orElse(asOf);
    return secrecyReviewDeadline(calendar).map(deadline -> deadline.latenessOn(actedOn));
  }

  /**
   * Returns whether the item may be published on a date, and why not (先审查后公开): only what was
   * recorded with a date on or before it counts.
   *
   * @param date the date asked about
   * @param calendar the working-day calendar, for the periods that run under the regime
   * @return the answer, with its findings, obstacles among them, and citations
   * @throws OutsideCalendarDataException if a period runs outside the calendar's data
   */
  public PublicationCheck publicationOn(LocalDate date, WorkingDayCalendar calendar) {
    requireNonNull(date, "date");
    requireNonNull(calendar, "calendar");
    return new Check(date, calendar).run();
  }

  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    return obj instanceof ReviewChain other
        && regime.equals(other.regime)
        && item.equals(other.item)
        && opinions.equals(other.opinions)
        && Objects.equals(secrecyReviewRequested, other.secrecyReviewRequested)
        && consultations.equals(other.consultations)
        && replies.equals(other.replies);
  }

  @Override
  public int hashCode() {
    return Objects.hash(regime, item, opinions, secrecyReviewRequested, consultations, replies);
  }

  /** Returns a one-line description, for example {@code ReviewChain[某市交通规划 under OGI_2019, next 保密审查机构审查, opinions: 2]}. */
  @Override
  public String toString() {
    return "ReviewChain["
        + item.title()
        + " under "
        + regime
        + ", "
        + nextStage().map(stage -> "next " + stage.label()).orElse(COMPLETE)
        + ", opinions: "
        + opinions.size()
        + "]";
  }

  // -------------------------------------------------------------------------------------------

  private static Optional<ReviewStage> nextStage(List<ReviewOpinion> given) {
    if (given.isEmpty()) {
      return Optional.of(ReviewStage.ORIGINATING_UNIT);
    }
    ReviewOpinion last = given.get(given.size() - 1);
    return switch (last.stage()) {
      case ORIGINATING_UNIT -> Optional.of(ReviewStage.UNIT_HEAD);
      case UNIT_HEAD -> Optional.of(ReviewStage.SECRECY_REVIEW_BODY);
      case SECRECY_REVIEW_BODY, COMPETENT_AUTHORITY ->
          Optional.of(
              last.verdict() == ReviewVerdict.REFER
                  ? ReviewStage.COMPETENT_AUTHORITY
                  : ReviewStage.SUPERVISING_LEADER);
      case SUPERVISING_LEADER -> Optional.empty();
    };
  }

  private static Optional<ReviewOpinion> secrecyOpinion(List<ReviewOpinion> given) {
    return given.stream()
        .filter(opinion -> opinion.stage() == ReviewStage.SECRECY_REVIEW_BODY)
        .findFirst();
  }

  private void requireCoMaker(Agency agency, Step step) {
    if (!item.coMakers().contains(agency)) {
      throw refused(
          Rules.EX_6,
          step,
          agency
              + " is not a co-maker of '"
              + item.title()
              + "'; its co-makers: "
              + item.coMakers());
    }
  }

  private void requireNotBefore(
      LocalDate date, LocalDate earliest, String what, RuleId rule, Step step) {
    if (date.isBefore(earliest)) {
      throw refused(rule, step, "dated before " + what + " (" + earliest + ")");
    }
  }

  private ReviewStepException refused(RuleId rule, Step step, String problem) {
    return new ReviewStepException(rule, nextStage(), step.kind, step.what, problem);
  }

  /** A step being recorded: its kind and what it records, for the refusal's message. */
  private static final class Step {
    final ReviewStep kind;
    final String what;

    Step(ReviewStep kind, String what) {
      this.kind = kind;
      this.what = what;
    }
  }

  /** A co-maker's answer. */
  private static final class CoMakerReply {
    final boolean consents;
    final LocalDate date;
    final String reason;

    CoMakerReply(boolean consents, LocalDate date, String reason) {
      this.consents = consents;
      this.date = date;
      this.reason = reason;
    }

    @Override
    public boolean equals(Object obj) {
      return obj instanceof CoMakerReply other
          && consents == other.consents
          && date.equals(other.date)
          && reason.equals(other.reason);
    }

    @Override
    public int hashCode() {
      return Objects.hash(consents, date, reason);
    }

    @Override
    public String toString() {
      return (consents ? "consented" : "objected") + " on " + date + " (" + reason + ")";
    }
  }

  /** Copies a chain with one more thing recorded. */
  private static final class ChainBuilder {
    private final ReviewChain from;
    private final List<ReviewOpinion> opinions;
    private LocalDate secrecyReviewRequested;
    private final Map<Agency, LocalDate> consultations;
    private final Map<Agency, CoMakerReply> replies;

    ChainBuilder(ReviewChain from) {
      this.from = from;
      this.opinions = new ArrayList<>(from.opinions);
      this.secrecyReviewRequested = from.secrecyReviewRequested;
      this.consultations = new LinkedHashMap<>(from.consultations);
      this.replies = new LinkedHashMap<>(from.replies);
    }

    ChainBuilder opinion(ReviewOpinion opinion) {
      opinions.add(opinion);
      return this;
    }

    ChainBuilder secrecyReviewRequested(LocalDate date) {
      secrecyReviewRequested = date;
      return this;
    }

    ChainBuilder consultation(Agency agency, LocalDate date) {
      consultations.put(agency, date);
      return this;
    }

    ChainBuilder reply(Agency agency, CoMakerReply reply) {
      replies.put(agency, reply);
      return this;
    }

    ReviewChain build() {
      return new ReviewChain(
          from.regime,
          from.item,
          ImmutableList.copyOf(opinions),
          secrecyReviewRequested,
          ImmutableMap.copyOf(consultations),
          ImmutableMap.copyOf(replies));
    }
  }

  /** One publication check: what counts on the date, and the findings and obstacles it gives. */
  private final class Check {
    private final LocalDate date;
    private final WorkingDayCalendar calendar;
    private final ExemptionRules rules = ExemptionRules.of(regime);
    private final List<Finding> findings = new ArrayList<>();
    private final List<Finding> obstacles = new ArrayList<>();
    private final Set<Citation> citations = new LinkedHashSet<>();

    Check(LocalDate date, WorkingDayCalendar calendar) {
      this.date = date;
      this.calendar = calendar;
    }

    PublicationCheck run() {
      List<ReviewOpinion> given =
          opinions.stream()
              .filter(opinion -> !opinion.date().isAfter(date))
              .collect(Collectors.toList());
      checkReview(given);
      checkSecrecyTiming(given);
      if (!item.coMakers().isEmpty()) {
        step(
            Rules.EX_6,
            FindingKind.APPLIED,
            Phrase.of(
                "共同制作的信息：由牵头制作机关{0}审查，并须取得{1}的同意",
                "jointly made: the lead maker, {0}, reviews it and needs the consent of {1}",
                Phrases.agency(item.madeBy().orElseThrow()),
                Phrases.agencies(item.coMakers())),
            rules.coMakers());
        for (Agency coMaker : item.coMakers()) {
          checkCoMaker(coMaker);
        }
      }
      return new PublicationCheck(date, obstacles, findings, List.copyOf(citations));
    }

    private void checkReview(List<ReviewOpinion> given) {
      List<ReviewOpinion> referrals =
          given.stream()
              .filter(opinion -> opinion.stage() == ReviewStage.COMPETENT_AUTHORITY)
              .collect(Collectors.toList());
      if (!referrals.isEmpty()) {
        step(
            Rules.EX_6,
            FindingKind.APPLIED,
            Phrase.of(
                "需报审：已报有权机关确定；{0}",
                "referred to the authority that can decide; {0}",
                Phrases.list(
                    referrals.stream()
                        .map(
                            opinion ->
                                Phrase.of(
                                    "{1}{0}",
                                    "{0} on {1}",
                                    opinion.verdict().phrase(),
                                    opinion.date()))
                        .collect(Collectors.toList()),
                    "；",
                    "; ")),
            rules.referral());
      }
      Optional<ReviewStage> next = nextStage(given);
      if (next.isPresent()) {
        obstacle(
            Rules.EX_6,
            given.isEmpty()
                ? Phrase.of(
                    "先审查后公开：截至{0}审查尚未完成，下一环节为{1}",
                    "review before publication: on {0} the review is not complete; next: {1}",
                    date,
                    next.get().phrase())
                : Phrase.of(
                    "先审查后公开：截至{0}审查尚未完成，下一环节为{1}（已有意见：{2}）",
                    "review before publication: on {0} the review is not complete; next: {1}"
                        + " (given: {2})",
                    date,
                    next.get().phrase(),
                    summary(given, false)),
            rules.review());
        return;
      }
      ReviewOpinion leader = given.get(given.size() - 1);
      if (leader.verdict() == ReviewVerdict.EXEMPT) {
        obstacle(
            Rules.EX_6,
            Phrase.of(
                "{0}：{1}决定{2}，理由：{3}",
                "{0}: decided on {1} to {2}; reason: {3}",
                ReviewStage.SUPERVISING_LEADER.phrase(),
                leader.date(),
                ReviewVerdict.EXEMPT.phrase(),
                leader.reason()),
            ImmutableList.<Citation>builder().add(leader.basis()).addAll(rules.review()).build());
        return;
      }
      step(
          Rules.EX_6,
          FindingKind.APPLIED,
          Phrase.of("审查完毕：{0}", "reviewed: {0}", summary(given, true)),
          rules.review());
    }

    private Phrase summary(List<ReviewOpinion> given, boolean withDates) {
      return Phrases.list(
          given.stream()
              .map(
                  opinion ->
                      withDates
                          ? Phrase.of(
                              "{0}{1}（{2}）",
                              "{0}: {1} ({2})",
                              opinion.stage().phrase(),
                              opinion.verdict().phrase(),
                              opinion.date())
                          : Phrase.of(
                              "{0}{1}",
                              "{0}: {1}",
                              opinion.stage().phrase(),
                              opinion.verdict().phrase()))
              .collect(Collectors.toList()),
          "；",
          "; ");
    }

    private void checkSecrecyTiming(List<ReviewOpinion> given) {
      if (secrecyReviewRequested == null || secrecyReviewRequested.isAfter(date)) {
        return;
      }
      Deadline deadline = calendar.deadline(LegalPeriods.P_SECRECY_REVIEW, secrecyReviewRequested);
      Optional<ReviewOpinion> opinion = secrecyOpinion(given);
      Lateness lateness = deadline.latenessOn(opinion.map(ReviewOpinion::date).orElse(date));
      Phrase when =
          opinion.isPresent()
              ? Phrase.of("于{0}提出意见", "given {0}", opinion.get().date())
              : Phrase.of("截至{0}尚未提出意见", "outstanding on {0}", date);
      Phrase timing =
          lateness.isLate()
              ? Phrase.of(
                  "逾期{0}",
                  "late by {0}",
                  Quantity.of(lateness.workingDaysLate(), Quantity.Unit.WORKING_DAYS))
              : Phrase.of("未逾期", "on time");
      step(
          Rules.P_SECRECY_REVIEW,
          lateness.isLate() ? FindingKind.BROKEN : FindingKind.APPLIED,
          Phrase.of(
              "保密审查机构于{0}收到审查申请，提出意见的期限届满日为{1}；{2}，{3}",
              "the review request reached the secrecy review body on {0}; its opinion was due"
                  + " {1}; {2}: {3}",
              secrecyReviewRequested,
              deadline.dueDate(),
              when,
              timing),
          LegalPeriods.P_SECRECY_REVIEW.citations());
    }

    private void checkCoMaker(Agency coMaker) {
      Phrase agency = Phrases.agency(coMaker);
      LocalDate received = consultations.get(coMaker);
      if (received == null || received.isAfter(date)) {
        obstacle(
            Rules.EX_6,
            Phrase.of("尚未征求{0}的意见", "{0} has not been consulted", agency),
            rules.coMakers());
        return;
      }
      CoMakerReply reply = replies.get(coMaker);
      Optional<CoMakerReply> answered =
          Optional.ofNullable(reply).filter(given -> !given.date.isAfter(date));
      if (answered.filter(given -> given.consents).isPresent()) {
        step(
            Rules.EX_6,
            FindingKind.APPLIED,
            Phrase.of(
                "{0}于{1}书面同意公开",
                "{0} consented in writing on {1}",
                agency,
                answered.get().date),
            rules.coMakers());
        return;
      }
      Optional<LegalPeriod> silencePeriod = rules.coMakerSilencePeriod();
      if (silencePeriod.isEmpty()) {
        obstacle(
            Rules.EX_6,
            answered
                .map(given -> objection(agency, given))
                .orElse(
                    Phrase.of(
                        "{0}于{1}收到征求意见，尚未书面同意；依{2}，不提出意见不视为同意",
                        "{0} received the consultation on {1} and has not consented in writing;"
                            + " under {2} silence is not consent",
                        agency,
                        received,
                        rules.regimeName())),
            rules.coMakers());
        return;
      }
      LegalPeriod period = silencePeriod.get();
      LocalDate due = calendar.deadline(period, received).dueDate();
      boolean objectedInTime = answered.filter(given -> !given.date.isAfter(due)).isPresent();
      if (objectedInTime) {
        obstacle(Rules.EX_6, objection(agency, answered.get()), rules.coMakers());
      } else if (date.isAfter(due)) {
        step(
            period.id(),
            answered.isPresent() ? FindingKind.CONVENTION : FindingKind.APPLIED,
            answered.isPresent()
                ? Phrase.of(
                    "{0}于{1}收到征求意见，至{2}未提出意见（{3}才提出异议）：逾期未提出意见的视为同意公开",
                    "{0} received the consultation on {1} and gave no opinion by {2} (it objected"
                        + " only on {3}): its silence counts as consent",
                    agency,
                    received,
                    due,
                    answered.get().date)
                : Phrase.of(
                    "{0}于{1}收到征求意见，至{2}未提出意见：逾期未提出意见的视为同意公开",
                    "{0} received the consultation on {1} and gave no opinion by {2}: its silence"
                        + " counts as consent",
                    agency,
                    received,
                    due),
            period.citations());
      } else {
        obstacle(
            period.id(),
            Phrase.of(
                "{0}于{1}收到征求意见，提出意见的期限届满日为{2}，逾期未提出意见的视为同意公开",
                "{0} received the consultation on {1}; its opinion is due {2}, after which silence"
                    + " counts as consent",
                agency,
                received,
                due),
            period.citations());
      }
    }

    private Phrase objection(Phrase agency, CoMakerReply reply) {
      return Phrase.of(
          "{0}于{1}不同意公开，理由：{2}",
          "{0} objected on {1}; reason: {2}",
          agency,
          reply.date,
          reply.reason);
    }

    private void obstacle(RuleId rule, Phrase what, List<Citation> cited) {
      Finding finding = Finding.of(rule, FindingKind.BROKEN, what, cited);
      obstacles.add(finding);
      findings.add(finding);
      citations.addAll(cited);
    }

    private void step(RuleId rule, FindingKind kind, Phrase what, List<Citation> cited) {
      findings.add(Finding.of(rule, kind, what, cited));
      citations.addAll(cited);
    }
  }
}
