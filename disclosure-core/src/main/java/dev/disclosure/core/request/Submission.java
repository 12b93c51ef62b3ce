package dev.disclosure.core.request;

import static java.util.Objects.requireNonNull;

import dev.disclosure.calendar.Citation;
import dev.disclosure.calendar.Finding;
import dev.disclosure.calendar.FindingKind;
import dev.disclosure.calendar.Phrase;
import dev.disclosure.calendar.Quantity;
import dev.disclosure.calendar.WorkingDayCalendar;
import dev.disclosure.core.InvalidFactsException;
import dev.disclosure.core.InvalidFactsException.Problem;
import dev.disclosure.core.law.Rules;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * How an application reached the agency (提交方式) and the facts that fix its receipt date (收到申请之日,
 * REQ-2, OGI-2019 第三十一条). Each channel records what the rule needs and derives the receipt date.
 *
 * <p>Where the statute makes a confirmation the receipt date (an ordinary letter, an internet channel,
 * the office's fax), both the day the application reached the agency and the day of the
 * confirmation are facts (REQ-11). The receipt date is the day it reached the agency: for an
 * internet channel or fax the day the system shows it was submitted (最高人民法院指导案例26号, 李健雄诉广东省交通运输厅政府信息公开案:
 * the day the system confirmed the submission is the day the agency received the application; its
 * internal handling does not delay it), for an ordinary letter the day it arrived, on which 第三十一条
 * requires the office to confirm it. A confirmation on that same day is the statute's case; a later
 * one is a finding of kind {@link FindingKind#BROKEN} under REQ-11 ({@link
 * #lateConfirmation(WorkingDayCalendar)}), not a new start. [convention] The guiding case concerns
 * an internet channel; the library applies its reasoning to faxes and ordinary letters alike.
 * [convention] An application that arrives on a rest day can be confirmed no earlier than the first
 * working day after it: a confirmation on that day is on time.
 *
 * <p>All implementations are immutable records.
 */
public sealed interface Submission {

  /** {@return the receipt date (收到申请之日) the channel's rule gives} */
  LocalDate receiptDate();

  /** {@return the Chinese name of the channel, for example {@code 当面提交}} */
  String label();

  /** {@return the provision that fixes the receipt date (OGI-2019 第三十一条)} */
  default Citation citation() {
    return RequestCitations.RECEIPT;
  }

  /**
   * {@return why the receipt date is what it is (REQ-2), for example {@code [REQ-2] 当面提交，以提交之日2026年9月28日为收到申请之日
   * （依据《…》第三十一条）}}
   */
  Phrase phrase();

  /** {@return the finding that fixes the receipt date (REQ-2, OGI-2019 第三十一条)} */
  default Finding finding() {
    return Finding.of(Rules.REQ_2, FindingKind.APPLIED, phrase(), List.of(citation()));
  }

  /**
   * Returns the finding of a confirmation made after the day the application reached the agency
   * (REQ-11): kind {@link FindingKind#BROKEN}, with both dates and the working days between; empty
   * when the channel needs no confirmation or it was made that day.
   *
   * @param calendar the working-day calendar that counts the days
   * @return the finding, if the confirmation was late
   * @throws dev.disclosure.calendar.OutsideCalendarDataException if a date is outside the data
   */
  default Optional<Finding> lateConfirmation(WorkingDayCalendar calendar) {
    requireNonNull(calendar, "calendar");
    return Optional.empty();
  }

  /**
   * The receipt finding of a channel whose confirmation came after the arrival: 第三十一条 makes the
   * confirmation the receipt date; [convention] after 指导案例26号 the arrival stays the receipt date,
   * so that the agency's own delay in confirming does not delay the period.
   */
  private static Finding confirmedLater(Phrase what) {
    return Finding.of(
        Rules.REQ_2,
        FindingKind.CONVENTION,
        Phrase.of(
            "{0}；第三十一条以确认之日为收到申请之日，约定：确认晚于到达的，依指导案例26号以到达之日为准，行政机关迟延确认不推迟答复期限",
            "{0}; Art. 31 makes the day of confirmation the receipt date; by convention, after"
                + " Guiding Case No. 26 of the Supreme People's Court, a confirmation later than"
                + " the arrival leaves the arrival the receipt date: the agency's delay in"
                + " confirming does not delay the period",
            what),
        List.of(RequestCitations.RECEIPT, RequestCitations.GUIDING_CASE_26));
  }

  private static Optional<Finding> late(
      WorkingDayCalendar calendar, LocalDate reached, LocalDate confirmed, Phrase channel) {
    requireNonNull(calendar, "calendar");
    // the first day it could be confirmed: the day it arrived, or the first working day after a
    // rest day (dayOf answers the estimate too, flagged)
    LocalDate firstWorkingDay = reached;
    while (firstWorkingDay.isBefore(confirmed) && !calendar.dayOf(firstWorkingDay).isWorkingDay()) {
      firstWorkingDay = firstWorkingDay.plusDays(1);
    }
    if (!confirmed.isAfter(firstWorkingDay)) {
      return Optional.empty();
    }
    Phrase what =
        firstWorkingDay.equals(reached)
            ? Phrase.of(
                "{0}于{1}到达，{2}才确认，未于收到当日确认（相隔{3}）；收到申请之日仍为{1}",
                "{0} reached the agency on {1} and was confirmed only on {2}, not that day ({3}"
                    + " later); the receipt date stays {1}",
                channel,
                reached,
                confirmed,
                CaseStatus.workingDays(calendar, reached, confirmed))
            : Phrase.of(
                "{0}于休息日{1}到达，{2}才确认，未于其后第一个工作日{3}确认（相隔{4}）；收到申请之日仍为{1}",
                "{0} reached the agency on {1}, a rest day, and was confirmed only on {2}, not on"
                    + " the first working day after it, {3} ({4} later); the receipt date stays {1}",
                channel,
                reached,
                confirmed,
                firstWorkingDay,
                CaseStatus.workingDays(calendar, firstWorkingDay, confirmed));
    return Optional.of(
        Finding.of(
            Rules.REQ_11,
            FindingKind.BROKEN,
            what,
            List.of(RequestCitations.RECEIPT, RequestCitations.GUIDING_CASE_26)));
  }

  /**
   * Handed in in person (当面提交): received the day it was handed in.
   *
   * @param handedIn the day the applicant handed it in
   */
  record InPerson(LocalDate handedIn) implements Submission {
    /**
     * Checks the fact.
     *
     * @param handedIn the day the applicant handed it in
     */
    public InPerson {
      requireNonNull(handedIn, "handedIn");
    }

    @Override
    public LocalDate receiptDate() {
      return handedIn;
    }

    @Override
    public String label() {
      return "当面提交";
    }

    @Override
    public Phrase phrase() {
      return Phrase.of(
          "当面提交，以提交之日{0}为收到申请之日",
          "handed in in person; received on the day handed in, {0}",
          handedIn);
    }
  }

  /**
   * Sent by registered mail (邮寄): received the day the agency signed for it.
   *
   * @param signedFor the day the agency signed for the letter (签收之日)
   */
  record RegisteredMail(LocalDate signedFor) implements Submission {
    /**
     * Checks the fact.
     *
     * @param signedFor the day the agency signed for the letter (签收之日)
     */
    public RegisteredMail {
      requireNonNull(signedFor, "signedFor");
    }

    @Override
    public LocalDate receiptDate() {
      return signedFor;
    }

    @Override
    public String label() {
      return "邮寄（签收）";
    }

    @Override
    public Phrase phrase() {
      return Phrase.of(
          "邮寄提交，以签收之日{0}为收到申请之日",
          "sent by registered mail; received on the day signed for, {0}",
          signedFor);
    }
  }

  /**
   * Sent by ordinary letter, with no signature (平常信函): received the day it arrived, on which the
   * office must confirm it with the applicant (OGI-2019 第三十一条); a later confirmation is a finding
   * (REQ-11).
   *
   * @param arrived the day the letter arrived
   * @param confirmedWithApplicant the day the office confirmed it with the applicant (确认之日), not
   *     before {@code arrived}
   */
  record OrdinaryLetter(LocalDate arrived, LocalDate confirmedWithApplicant) implements Submission {
    /**
     * Checks the facts.
     *
     * @param arrived the day the letter arrived
     * @param confirmedWithApplicant the day the office confirmed it with the applicant (确认之日), not
     *     before {@code arrived}
     * @throws InvalidFactsException if the confirmation precedes the arrival (REQ-2)
     */
    public OrdinaryLetter {
      requireNonNull(arrived, "arrived");
      requireNonNull(confirmedWithApplicant, "confirmedWithApplicant");
      if (confirmedWithApplicant.isBefore(arrived)) {
        throw new InvalidFactsException(
            "OrdinaryLetter",
            List.of(
                new Problem(
                    Rules.REQ_2,
                    "confirmed with the applicant on "
                        + confirmedWithApplicant
                        + ", before the letter arrived on "
                        + arrived)));
      }
    }

    @Override
    public LocalDate receiptDate() {
      return arrived;
    }

    @Override
    public String label() {
      return "平常信函";
    }

    @Override
    public Phrase phrase() {
      return arrived.equals(confirmedWithApplicant)
          ? Phrase.of(
              "平常信函{0}到达，当日与申请人确认，以确认之日{0}为收到申请之日",
              "ordinary letter arrived {0} and confirmed with the applicant that day; received on"
                  + " {0}",
              arrived)
          : Phrase.of(
              "平常信函{0}到达，应当于收到当日与申请人确认，以{0}为收到申请之日（{1}确认）",
              "ordinary letter arrived {0}, to be confirmed with the applicant that day; received on"
                  + " {0} (confirmed {1})",
              arrived,
              confirmedWithApplicant);
    }

    @Override
    public Optional<Finding> lateConfirmation(WorkingDayCalendar calendar) {
      return late(
          calendar, arrived, confirmedWithApplicant, Phrase.of("平常信函", "the ordinary letter"));
    }

    @Override
    public Finding finding() {
      return arrived.equals(confirmedWithApplicant)
          ? Submission.super.finding()
          : confirmedLater(phrase());
    }
  }

  /**
   * Sent over the internet or to the office's fax (互联网渠道或者传真): received the day the system shows
   * it was submitted (指导案例26号); both sides should confirm it that day (OGI-2019 第三十一条), and a
   * later confirmation is a finding (REQ-11).
   *
   * @param fax true for the office's fax, false for an internet channel
   * @param sent the day the system shows it was submitted (系统显示提交成功之日)
   * @param confirmedByBothSides the day both sides confirmed it (双方确认之日), not before {@code sent}
   */
  record Electronic(boolean fax, LocalDate sent, LocalDate confirmedByBothSides)
      implements Submission {
    /**
     * Checks the facts.
     *
     * @param fax true for the office's fax, false for an internet channel
     * @param sent the day the applicant sent it
     * @param confirmedByBothSides the day both sides confirmed it (双方确认之日), not before {@code sent}
     * @throws InvalidFactsException if the confirmation precedes the sending (REQ-2)
     */
    public Electronic {
      requireNonNull(sent, "sent");
      requireNonNull(confirmedByBothSides, "confirmedByBothSides");
      if (confirmedByBothSides.isBefore(sent)) {
        throw new InvalidFactsException(
            "Electronic",
            List.of(
                new Problem(
                    Rules.REQ_2,
                    "confirmed by both sides on "
                        + confirmedByBothSides
                        + ", before it was sent on "
                        + sent)));
      }
    }

    @Override
    public LocalDate receiptDate() {
      return sent;
    }

    @Override
    public Optional<Finding> lateConfirmation(WorkingDayCalendar calendar) {
      return late(calendar, sent, confirmedByBothSides, channel());
    }

    @Override
    public Finding finding() {
      return sent.equals(confirmedByBothSides)
          ? Submission.super.finding()
          : confirmedLater(phrase());
    }

    private Phrase channel() {
      return Phrase.of(label() + "申请", fax ? "the fax" : "the online application");
    }

    @Override
    public String label() {
      return fax ? "传真" : "互联网";
    }

    @Override
    public Phrase phrase() {
      return sent.equals(confirmedByBothSides)
          ? Phrase.of(
              "{0}{1}提交，当日双方确认，以{1}为收到申请之日",
              "sent by {0} on {1} and confirmed by both sides that day; received on {1}",
              Phrase.of(label(), fax ? "the office's fax" : "an internet channel"),
              sent)
          : Phrase.of(
              "{0}{1}提交（系统显示提交之日），以该日{1}为收到申请之日（{2}双方确认）",
              "sent by {0} on {1}, the day the system shows it submitted; received on {1}"
                  + " (confirmed by both sides {2})",
              Phrase.of(label(), fax ? "the office's fax" : "an internet channel"),
              sent,
              confirmedByBothSides);
    }
  }
}
