package dev.disclosure.core.request;

import static java.util.Objects.requireNonNull;

import dev.disclosure.calendar.Citation;
import dev.disclosure.calendar.LegalPeriod;
import dev.disclosure.calendar.PeriodUnit;
import dev.disclosure.calendar.RuleId;
import dev.disclosure.core.InvalidFactsException;
import dev.disclosure.core.InvalidFactsException.Problem;
import dev.disclosure.core.law.Rules;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One step in the history of a request (办理记录, REQ-9): what happened, on which date, and who acted.
 * The state, due date and outcome of a {@link RequestCase} are derived from its events.
 *
 * <p>All implementations are immutable records that check their own facts; whether a step is
 * allowed is decided when it is applied to a case.
 */
public sealed interface RequestEvent {

  /** {@return the date of the step} */
  LocalDate date();

  /** {@return the kind of step} */
  Step step();

  /** {@return who acted} */
  Actor actor();

  /** Who acts in a step (办理主体). */
  enum Actor {
    /** The agency handling the request (行政机关). */
    AGENCY("行政机关"),
    /** The applicant (申请人). */
    APPLICANT("申请人"),
    /** The consulted third party or agency (被征求意见方). */
    CONSULTED_PARTY("被征求意见方"),
    /** A 复议 body or a court ordering an answer (行政复议机关或者人民法院). */
    ORDERING_BODY("行政复议机关或者人民法院");

    private final String label;

    Actor(String label) {
      this.label = label;
    }

    /** {@return the Chinese label, for example {@code 申请人}} */
    public String label() {
      return label;
    }
  }

  /** Whom a consultation goes to (征求意见对象). */
  enum Consulted {
    /** A third party whose rights are involved (第三方, OGI-2019 第三十二条). */
    THIRD_PARTY("第三方", "third party"),
    /** Another agency that made the information jointly (其他机关, OGI-2019 第三十四条; OGI_2019 only). */
    CO_AGENCY("其他机关", "other agency");

    private final String label;
    private final String english;

    Consulted(String label, String english) {
      this.label = label;
      this.english = english;
    }

    /** {@return the Chinese label, for example {@code 第三方}} */
    public String label() {
      return label;
    }

    /** {@return the English label, for example {@code third party}} */
    public String english() {
      return english;
    }
  }

  /**
   * The agency told the applicant once, in full, what to supplement (一次性告知补正, P-CORRECTION-2019).
   *
   * @param date the day of the notice
   * @param whatToSupplement what the applicant must supplement (需要补正的事项)
   * @param supplyBy the reasonable deadline for the correction (合理的补正期限), not before {@code date}
   */
  record CorrectionAsked(LocalDate date, String whatToSupplement, LocalDate supplyBy)
      implements RequestEvent {
    /**
     * Checks the facts.
     *
     * @param date the day of the notice
     * @param whatToSupplement what the applicant must supplement (需要补正的事项)
     * @param supplyBy the reasonable deadline for the correction (合理的补正期限), not before {@code date}
     * @throws InvalidFactsException if nothing to supplement is named or the deadline precedes the
     *     notice (P-CORRECTION-2019)
     */
    public CorrectionAsked {
      requireNonNull(date, "date");
      requireNonNull(whatToSupplement, "whatToSupplement");
      requireNonNull(supplyBy, "supplyBy");
      if (whatToSupplement.isBlank() || supplyBy.isBefore(date)) {
        throw new InvalidFactsException(
            "CorrectionAsked",
            List.of(
                new Problem(
                    Rules.P_CORRECTION_2019,
                    "a correction notice names what to supplement and a deadline on"
                        + " or after its date "
                        + date
                        + "; got '"
                        + whatToSupplement
                        + "' by "
                        + supplyBy)));
      }
    }

    @Override
    public Step step() {
      return Step.ASK_CORRECTION;
    }

    @Override
    public Actor actor() {
      return Actor.AGENCY;
    }
  }

  /**
   * The corrected application was received (收到补正后的申请); the reply period restarts (CAL-8).
   * [convention] A correction after the deadline the agency set is still accepted, since only a
   * delay without good reason (无正当理由逾期) abandons the request and the agency judges the reason;
   * the lateness is a convention finding naming 正当理由. Record {@link CorrectionMissed} instead
   * when the agency does not accept it.
   *
   * @param date the day of receipt
   */
  record CorrectionReceived(LocalDate date) implements RequestEvent {
    /**
     * Checks the facts.
     *
     * @param date the day of receipt
     */
    public CorrectionReceived {
      requireNonNull(date, "date");
    }

    @Override
    public Step step() {
      return Step.RECEIVE_CORRECTION;
    }

    @Override
    public Actor actor() {
      return Actor.APPLICANT;
    }
  }

  /**
   * The correction deadline passed without a correction: the request is deemed abandoned
   * (逾期不补正，视为放弃申请).
   *
   * @param date the day the agency recorded it, after the correction deadline
   */
  record CorrectionMissed(LocalDate date) implements RequestEvent {
    /**
     * Checks the facts.
     *
     * @param date the day the agency recorded it, after the correction deadline
     */
    public CorrectionMissed {
      requireNonNull(date, "date");
    }

    @Override
    public Step step() {
      return Step.MISS_CORRECTION;
    }

    @Override
    public Actor actor() {
      return Actor.AGENCY;
    }
  }

  /**
   * A written consultation was sent (书面征求意见); the time until the opinion is not counted (CAL-7).
   * Several may run at once, to third parties and other agencies, each its own pause with its own
   * period (REQ-12).
   *
   * @param date the day it was sent
   * @param consulted a third party, or another agency (OGI_2019 only)
   * @param party the name of the consulted party
   * @param partyReceivedOn the day the consulted party received the letter (收到征求意见书之日), from
   *     which its 15 working days run (OGI-2019 第三十二条、第三十四条), not before {@code date}
   */
  record ConsultationSent(
      LocalDate date, Consulted consulted, String party, LocalDate partyReceivedOn)
      implements RequestEvent {
    /**
     * Checks the facts.
     *
     * @param date the day it was sent
     * @param consulted a third party, or another agency (OGI_2019 only)
     * @param party the name of the consulted party
     * @param partyReceivedOn the day the consulted party received the letter
     * @throws InvalidFactsException if the party is blank (under the consultation's rule,
     *     P-THIRD-PARTY-2019 or P-CO-AGENCY-2019) or received the letter before it was sent (REQ-12)
     */
    public ConsultationSent {
      requireNonNull(date, "date");
      requireNonNull(consulted, "consulted");
      requireNonNull(party, "party");
      requireNonNull(partyReceivedOn, "partyReceivedOn");
      if (party.isBlank()) {
        throw new InvalidFactsException(
            "ConsultationSent",
            consulted == Consulted.THIRD_PARTY ? Rules.P_THIRD_PARTY_2019 : Rules.P_CO_AGENCY_2019,
            "a consultation names the consulted party (OGI-2019 第三十二条, 第三十四条); got a blank"
                + " name");
      }
      if (partyReceivedOn.isBefore(date)) {
        throw new InvalidFactsException(
            "ConsultationSent",
            Rules.REQ_12,
            "the consulted party '"
                + party
                + "' cannot receive the letter on "
                + partyReceivedOn
                + ", before it was sent on "
                + date
                + "; give a day on or after "
                + date);
      }
    }

    /**
     * A consultation the party received on the day it was sent (by hand or electronically).
     *
     * @param date the day it was sent and received
     * @param consulted a third party, or another agency (OGI_2019 only)
     * @param party the name of the consulted party
     * @throws InvalidFactsException if the party is blank (REQ-12)
     */
    public ConsultationSent(LocalDate date, Consulted consulted, String party) {
      this(date, consulted, party, requireNonNull(date, "date"));
    }

    @Override
    public Step step() {
      return Step.SEND_CONSULTATION;
    }

    @Override
    public Actor actor() {
      return Actor.AGENCY;
    }
  }

  /**
   * The consulted party's opinion was received (收到意见).
   *
   * @param date the day it was received
   * @param opinion the opinion, e.g. {@code 不同意公开}
   * @param party the consulted party, as named when the consultation was sent; blank for the
   *     earliest pending consultation
   */
  record OpinionReceived(LocalDate date, String opinion, String party) implements RequestEvent {
    /**
     * Checks the facts.
     *
     * @param date the day it was received
     * @param opinion the opinion, e.g. {@code 不同意公开}
     * @param party the consulted party; blank (kept as the empty string) for the earliest pending
     *     consultation
     */
    public OpinionReceived {
      requireNonNull(date, "date");
      requireNonNull(opinion, "opinion");
      requireNonNull(party, "party");
      party = party.isBlank() ? "" : party;
    }

    /**
     * The opinion of the earliest pending consultation.
     *
     * @param date the day it was received
     * @param opinion the opinion
     */
    public OpinionReceived(LocalDate date, String opinion) {
      this(date, opinion, "");
    }

    @Override
    public Step step() {
      return Step.RECEIVE_OPINION;
    }

    @Override
    public Actor actor() {
      return Actor.CONSULTED_PARTY;
    }
  }

  /**
   * The consulted party gave no opinion within its period (逾期未提出意见): a third party's silence leaves
   * the decision to the agency, another agency's silence is consent (OGI-2019 第三十二条、第三十四条).
   *
   * @param date the day the agency recorded it, after the consulted party's period
   * @param party the consulted party, as named when the consultation was sent; blank for the
   *     earliest pending consultation
   */
  record NoOpinion(LocalDate date, String party) implements RequestEvent {
    /**
     * Checks the facts.
     *
     * @param date the day the agency recorded it, after the consulted party's period
     * @param party the consulted party; blank (kept as the empty string) for the earliest pending
     *     consultation
     */
    public NoOpinion {
      requireNonNull(date, "date");
      requireNonNull(party, "party");
      party = party.isBlank() ? "" : party;
    }

    /**
     * Silence in the earliest pending consultation.
     *
     * @param date the day the agency recorded it
     */
    public NoOpinion(LocalDate date) {
      this(date, "");
    }

    @Override
    public Step step() {
      return Step.NOTE_NO_OPINION;
    }

    @Override
    public Actor actor() {
      return Actor.AGENCY;
    }
  }

  /**
   * An extension of the reply period (延长答复期限, REQ-6), approved by the head of the disclosure office
   * (政府信息公开工作机构负责人同意) and notified to the applicant (告知申请人).
   *
   * @param date the day it was approved, no later than the due date in force
   * @param workingDays the working days added, at least 1
   * @param approvedBy the head of the disclosure office who approved it
   * @param applicantNotifiedOn the day the applicant was told, not before {@code date}; the
   *     extension counts only if this too is no later than the due date in force (OGI-2019
   *     第三十三条第二款: approval <em>and</em> notice)
   * @param reason why the period is extended
   */
  record ExtensionApproved(
      LocalDate date,
      int workingDays,
      String approvedBy,
      LocalDate applicantNotifiedOn,
      String reason)
      implements RequestEvent {
    /**
     * Checks the facts.
     *
     * @param date the day it was approved, no later than the due date in force
     * @param workingDays the working days added, at least 1
     * @param approvedBy the head of the disclosure office who approved it
     * @param applicantNotifiedOn the day the applicant was told, not before {@code date}
     * @param reason why the period is extended
     * @throws InvalidFactsException if no day is added, the approver is blank or the applicant was
     *     told before the approval (REQ-6), or the reason is blank (CAL-4, as every extension of a
     *     deadline): one problem per field, naming the field and the value given
     */
    public ExtensionApproved {
      requireNonNull(date, "date");
      requireNonNull(approvedBy, "approvedBy");
      requireNonNull(applicantNotifiedOn, "applicantNotifiedOn");
      requireNonNull(reason, "reason");
      if (workingDays < 1
          || approvedBy.isBlank()
          || reason.isBlank()
          || applicantNotifiedOn.isBefore(date)) {
        throw new InvalidFactsException(
            "ExtensionApproved",
            problems(date, workingDays, approvedBy, applicantNotifiedOn, reason));
      }
    }

    /** Every fact that is wrong, one problem each, naming the field, its value and what is valid. */
    private static List<Problem> problems(
        LocalDate date,
        int workingDays,
        String approvedBy,
        LocalDate applicantNotifiedOn,
        String reason) {
      List<Problem> problems = new ArrayList<>(4);
      if (workingDays < 1) {
        problems.add(
            new Problem(
                Rules.REQ_6,
                "workingDays is "
                    + workingDays
                    + " for the extension approved "
                    + date
                    + "; an extension adds at least 1 working day (in all at most 20 under OGI_2019,"
                    + " 15 under OGI_2008)"));
      }
      if (approvedBy.isBlank()) {
        problems.add(
            new Problem(
                Rules.REQ_6,
                "approvedBy is blank ("
                    + blank(approvedBy)
                    + ") for the extension approved "
                    + date
                    + "; name the head of the disclosure office who approved it"
                    + " (政府信息公开工作机构负责人), e.g. 李主任"));
      }
      if (reason.isBlank()) {
        problems.add(
            new Problem(
                RuleId.CAL_4,
                "reason is blank ("
                    + blank(reason)
                    + ") for the extension approved "
                    + date
                    + "; an extension of a deadline says why the period is extended, e.g."
                    + " 需调取档案"));
      }
      if (applicantNotifiedOn.isBefore(date)) {
        problems.add(
            new Problem(
                Rules.REQ_6,
                "applicantNotifiedOn is "
                    + applicantNotifiedOn
                    + ", before the approval on "
                    + date
                    + "; the applicant is told of an extension on or after the day it is approved"));
      }
      return problems;
    }

    /** A blank value as a message shows it: empty, or how many whitespace characters. */
    private static String blank(String value) {
      return value.isEmpty()
          ? "the empty string"
          : "'"
              + value
              + "', "
              + value.length()
              + (value.length() == 1 ? " whitespace character" : " whitespace characters");
    }

    @Override
    public Step step() {
      return Step.APPROVE_EXTENSION;
    }

    @Override
    public Actor actor() {
      return Actor.AGENCY;
    }
  }

  /**
   * A processing-fee notice (收费通知, REQ-8, OGI_2019 only); until payment the reply period is paused
   * [convention].
   *
   * @param date the day the applicant received the notice
   * @param amountYuan the fee in yuan, positive and below 10^15 (the range of {@code Yuan}), stored
   *     at scale 2
   */
  record FeeNotice(LocalDate date, BigDecimal amountYuan) implements RequestEvent {
    /**
     * Checks the facts and brings the amount to scale 2.
     *
     * @param date the day the applicant received the notice
     * @param amountYuan the fee in yuan, positive, stored at scale 2
     * @throws InvalidFactsException if the amount is not positive, is 10^15 yuan or more, is written
     *     with more than 60 digits or has fractions of a fen (REQ-8)
     */
    public FeeNotice {
      requireNonNull(date, "date");
      requireNonNull(amountYuan, "amountYuan");
      // the range is checked before stripping, so that no amount costs more than a few digits' work
      if (amountYuan.signum() <= 0
          || (long) amountYuan.precision() - amountYuan.scale() > 15
          || amountYuan.precision() > 60
          || amountYuan.stripTrailingZeros().scale() > 2) {
        throw new InvalidFactsException(
            "FeeNotice",
            List.of(
                new Problem(
                    Rules.REQ_8,
                    "a fee is a positive amount in whole fen below 10^15 yuan, written with at"
                        + " most 60 digits; got ¥"
                        + (amountYuan.precision() <= 60 && Math.abs((long) amountYuan.scale()) <= 60
                            ? amountYuan.toPlainString()
                            : amountYuan.round(new MathContext(10)) + " (" + amountYuan.precision()
                                + " digits)"))));
      }
      amountYuan = amountYuan.stripTrailingZeros().setScale(2, RoundingMode.UNNECESSARY);
    }

    @Override
    public Step step() {
      return Step.SEND_FEE_NOTICE;
    }

    @Override
    public Actor actor() {
      return Actor.AGENCY;
    }
  }

  /**
   * The fee was paid (缴纳费用) within P-FEE-PAYMENT-2020.
   *
   * @param date the day of payment
   */
  record FeePaid(LocalDate date) implements RequestEvent {
    /**
     * Checks the facts.
     *
     * @param date the day of payment
     */
    public FeePaid {
      requireNonNull(date, "date");
    }

    @Override
    public Step step() {
      return Step.RECEIVE_PAYMENT;
    }

    @Override
    public Actor actor() {
      return Actor.APPLICANT;
    }
  }

  /**
   * The fee was not paid within P-FEE-PAYMENT-2020: the request is deemed abandoned (逾期未缴费，视为放弃申请).
   *
   * @param date the day the agency recorded it, after the payment deadline
   */
  record PaymentMissed(LocalDate date) implements RequestEvent {
    /**
     * Checks the facts.
     *
     * @param date the day the agency recorded it, after the payment deadline
     */
    public PaymentMissed {
      requireNonNull(date, "date");
    }

    @Override
    public Step step() {
      return Step.MISS_PAYMENT;
    }

    @Override
    public Actor actor() {
      return Actor.AGENCY;
    }
  }

  /**
   * The applicant was asked to explain an excessive request (要求说明理由, OGI-2019 第三十五条).
   *
   * @param date the day of the request for reasons
   */
  record ReasonsAsked(LocalDate date) implements RequestEvent {
    /**
     * Checks the facts.
     *
     * @param date the day of the request for reasons
     */
    public ReasonsAsked {
      requireNonNull(date, "date");
    }

    @Override
    public Step step() {
      return Step.ASK_REASONS;
    }

    @Override
    public Actor actor() {
      return Actor.AGENCY;
    }
  }

  /**
   * The applicant gave reasons (说明理由).
   *
   * @param date the day they were received
   * @param reasons the reasons given
   */
  record ReasonsGiven(LocalDate date, String reasons) implements RequestEvent {
    /**
     * Checks the facts.
     *
     * @param date the day they were received
     * @param reasons the reasons given
     */
    public ReasonsGiven {
      requireNonNull(date, "date");
      requireNonNull(reasons, "reasons");
    }

    @Override
    public Step step() {
      return Step.RECEIVE_REASONS;
    }

    @Override
    public Actor actor() {
      return Actor.APPLICANT;
    }
  }

  /**
   * The agency found the reasons for an excessive request reasonable but cannot answer within the
   * reply period, and set a longer reasonable period and told the applicant (确定延迟答复的合理期限并告知申请人,
   * OGI-2019 第三十五条, REQ-4; OGI_2019 only). From then on the case is due on {@code newDueDate}.
   * Whether the date is after the due date in force is decided when the step is applied.
   *
   * @param date the day the longer period was set and the applicant told
   * @param newDueDate the day the answer is now due (延迟答复的期限)
   * @param reason why the reply period is not enough, e.g. {@code 申请公开的信息数量较大，需逐件检索}
   */
  record LongerPeriodSet(LocalDate date, LocalDate newDueDate, String reason)
      implements RequestEvent {
    /**
     * Checks the facts.
     *
     * @param date the day the longer period was set and the applicant told
     * @param newDueDate the day the answer is now due (延迟答复的期限)
     * @param reason why the reply period is not enough, e.g. {@code 申请公开的信息数量较大，需逐件检索}
     * @throws InvalidFactsException if the reason is blank (REQ-4)
     */
    public LongerPeriodSet {
      requireNonNull(date, "date");
      requireNonNull(newDueDate, "newDueDate");
      requireNonNull(reason, "reason");
      if (reason.isBlank()) {
        throw new InvalidFactsException(
            "LongerPeriodSet",
            List.of(
                new Problem(
                    Rules.REQ_4,
                    "a longer reply period states why the reply period is not enough")));
      }
    }

    @Override
    public Step step() {
      return Step.SET_LONGER_PERIOD;
    }

    @Override
    public Actor actor() {
      return Actor.AGENCY;
    }
  }

  /**
   * The agency answered (作出答复); the case closes. Whether it was on time is judged on its delivery's
   * decisive date (REQ-11, {@link Delivery}), or on the day of the answer when the record has no
   * delivery [convention].
   *
   * @param date the day of the answer
   * @param answer the answer
   * @param delivery how it reached the applicant ({@link Delivery.NotRecorded} when the record does
   *     not say)
   */
  record Answered(LocalDate date, Answer answer, Delivery delivery) implements RequestEvent {
    /**
     * Checks the facts.
     *
     * @param date the day of the answer
     * @param answer the answer
     * @param delivery how it reached the applicant
     * @throws InvalidFactsException if a delivery date is before the answer (REQ-11)
     */
    public Answered {
      requireNonNull(date, "date");
      requireNonNull(answer, "answer");
      requireNonNull(delivery, "delivery");
      delivery.checkNotBefore(date);
    }

    /**
     * An answer whose delivery the record does not show: judged on its own date.
     *
     * @param date the day of the answer
     * @param answer the answer
     */
    public Answered(LocalDate date, Answer answer) {
      this(date, answer, new Delivery.NotRecorded(requireNonNull(date, "date")));
    }

    @Override
    public Step step() {
      return Step.ANSWER;
    }

    @Override
    public Actor actor() {
      return Actor.AGENCY;
    }
  }

  /**
   * The agency answered an application of several items item by item (分项答复, REQ-12), each with
   * its own kind; the case closes and counts once in the annual report, in the row {@link
   * OutcomeRow#forItems} derives from the items' rows (REQ-5). Each item is checked as an {@link
   * Answered} of its kind would be; guidance also requires exactly the application's items, and
   * recording finds an item left unanswered or one the application does not name (REQ-12).
   * Timeliness is judged as for {@link Answered}.
   *
   * @param date the day of the answer
   * @param items the answers, one per item, in any order
   * @param delivery how it reached the applicant ({@link Delivery.NotRecorded} when the record does
   *     not say)
   */
  record ItemsAnswered(LocalDate date, List<ItemAnswer> items, Delivery delivery)
      implements RequestEvent {
    /**
     * Checks the facts.
     *
     * @param date the day of the answer
     * @param items the answers, one per item, in any order
     * @param delivery how it reached the applicant
     * @throws InvalidFactsException if there is no item, an item is answered twice (REQ-12), or a
     *     delivery date is before the answer (REQ-11)
     */
    public ItemsAnswered {
      requireNonNull(date, "date");
      requireNonNull(items, "items");
      requireNonNull(delivery, "delivery");
      items = List.copyOf(items);
      if (items.isEmpty()) {
        throw new InvalidFactsException(
            "ItemsAnswered", Rules.REQ_12, "an answer item by item answers at least one item");
      }
      java.util.Set<String> seen = new java.util.HashSet<>();
      for (ItemAnswer item : items) {
        if (!seen.add(item.item())) {
          throw new InvalidFactsException(
              "ItemsAnswered",
              Rules.REQ_12,
              "item '" + item.item() + "' is answered twice; each item has one answer");
        }
      }
      delivery.checkNotBefore(date);
    }

    /**
     * An answer item by item whose delivery the record does not show: judged on its own date.
     *
     * @param date the day of the answer
     * @param items the answers, one per item, in any order
     */
    public ItemsAnswered(LocalDate date, List<ItemAnswer> items) {
      this(date, items, new Delivery.NotRecorded(requireNonNull(date, "date")));
    }

    /** {@return the rows of the items' answers, in the order given} */
    List<OutcomeRow> rows() {
      List<OutcomeRow> rows = new java.util.ArrayList<>(items.size());
      for (ItemAnswer item : items) {
        rows.add(item.answer().row());
      }
      return rows;
    }

    @Override
    public Step step() {
      return Step.ANSWER;
    }

    @Override
    public Actor actor() {
      return Actor.AGENCY;
    }
  }

  /**
   * The applicant withdrew the request (撤回申请); the case closes.
   *
   * @param date the day of withdrawal
   */
  record Withdrawn(LocalDate date) implements RequestEvent {
    /**
     * Checks the facts.
     *
     * @param date the day of withdrawal
     */
    public Withdrawn {
      requireNonNull(date, "date");
    }

    @Override
    public Step step() {
      return Step.WITHDRAW;
    }

    @Override
    public Actor actor() {
      return Actor.APPLICANT;
    }
  }

  /** Who orders the agency to answer (REQ-12). */
  enum Orderer {
    /** A 复议 body (行政复议机关), by a 复议决定. */
    REVIEW_BODY("行政复议机关", "administrative reconsideration body"),
    /** A people's court (人民法院), by a judgment. */
    COURT("人民法院", "people's court");

    private final String label;
    private final String english;

    Orderer(String label, String english) {
      this.label = label;
      this.english = english;
    }

    /** {@return the Chinese label, for example {@code 行政复议机关}} */
    public String label() {
      return label;
    }

    /** {@return the English label, for example {@code administrative reconsideration body}} */
    public String english() {
      return english;
    }
  }

  /** What the agency is ordered to do (REQ-12). */
  enum OrderKind {
    /**
     * Answer anew (责令重新答复): the answer given was annulled, in whole or in part, and a new one
     * ordered (行政复议法 第六十四条, 2017年修正 第二十八条第一款第（三）项; 行政诉讼法 第七十条, 法释〔2011〕17号 第九条).
     */
    ANSWER_ANEW("责令重新答复", "order to answer anew"),
    /**
     * Answer within a period (责令限期答复): the agency had not answered, and is ordered to (行政复议法
     * 第六十六条, 2017年修正 第二十八条第一款第（二）项; 行政诉讼法 第七十二条, 法释〔2011〕17号 第十条).
     */
    ANSWER_WITHIN("责令限期答复", "order to answer within a period");

    private final String label;
    private final String english;

    OrderKind(String label, String english) {
      this.label = label;
      this.english = english;
    }

    /** {@return the Chinese label, for example {@code 责令重新答复}} */
    public String label() {
      return label;
    }

    /** {@return the English label, for example {@code order to answer anew}} */
    public String english() {
      return english;
    }
  }

  /**
   * A 复议 decision or a judgment ordering the agency to answer within a period (责令重新答复、限期答复,
   * REQ-12). The period is the one the decision names, counted from the day the agency received it
   * ({@code date}, excluded, as every period of the one clock); it replaces the reply period, and the
   * next answer is judged against it. [convention] The order's period runs without pauses,
   * extensions or restarts: the statutes give the ordering body the period and the agency no means
   * to lengthen it, so after an order only an answer, a withdrawal or a further order is offered,
   * and any other step recorded changes nothing, with a finding under REQ-12. [convention] Which
   * 行政复议法 applies follows {@code date}: the 2023 revision from 2024-01-01, when it took effect,
   * the 2017 text before.
   *
   * @param date the day the agency received the decision or judgment (收到之日)
   * @param orderer a 复议 body or a court
   * @param kind answer anew, or answer at all
   * @param document the decision's number, e.g. {@code 某府复决〔2025〕12号}
   * @param amount the period's length, 1 or more
   * @param unit working days or days, as the decision counts them
   */
  record AnswerOrdered(
      LocalDate date, Orderer orderer, OrderKind kind, String document, int amount, PeriodUnit unit)
      implements RequestEvent {
    /**
     * Checks the facts.
     *
     * @param date the day the agency received the decision or judgment (收到之日)
     * @param orderer a 复议 body or a court
     * @param kind answer anew, or answer at all
     * @param document the decision's number
     * @param amount the period's length, 1 or more
     * @param unit working days or days
     * @throws InvalidFactsException if the document is blank or the period shorter than one day
     *     (REQ-12)
     */
    public AnswerOrdered {
      requireNonNull(date, "date");
      requireNonNull(orderer, "orderer");
      requireNonNull(kind, "kind");
      requireNonNull(document, "document");
      requireNonNull(unit, "unit");
      if (document.isBlank()) {
        throw new InvalidFactsException(
            "AnswerOrdered", Rules.REQ_12, "an order names its decision or judgment (文号)");
      }
      if (amount < 1) {
        throw new InvalidFactsException(
            "AnswerOrdered",
            Rules.REQ_12,
            "an order's period is 1 " + unit + " or more; got " + amount);
      }
    }

    /**
     * Returns the ordered period (REQ-12), with the provisions the order rests on: those of the
     * orderer and kind, and of the 行政复议法 in force on {@code date}.
     *
     * @return the period, its ID {@code REQ-12}
     */
    public LegalPeriod period() {
      return LegalPeriod.of(
          Rules.REQ_12,
          amount,
          unit,
          orderer.label() + kind.label() + "，" + amount + unit.label() + "内",
          RequestCitations.order(orderer, kind, date).toArray(new Citation[0]));
    }

    @Override
    public Step step() {
      return Step.ORDER_ANSWER;
    }

    @Override
    public Actor actor() {
      return Actor.ORDERING_BODY;
    }
  }
}
