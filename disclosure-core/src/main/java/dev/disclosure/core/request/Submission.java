package dev.disclosure.core.request;

import static java.util.Objects.requireNonNull;

import dev.disclosure.calendar.Citation;
import dev.disclosure.calendar.Finding;
import dev.disclosure.calendar.FindingKind;
import dev.disclosure.calendar.Phrase;
import dev.disclosure.core.InvalidFactsException;
import dev.disclosure.core.InvalidFactsException.Problem;
import dev.disclosure.core.law.Rules;
import java.time.LocalDate;
import java.util.List;

/**
 * How an application reached the agency (提交方式) and the facts that fix its receipt date (收到申请之日,
 * REQ-2, OGI-2019 第三十一条). Each channel records what the rule needs and derives the receipt date.
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
   * Sent by ordinary letter, with no signature (平常信函): received the day the office confirmed it
   * with the applicant.
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
      return confirmedWithApplicant;
    }

    @Override
    public String label() {
      return "平常信函";
    }

    @Override
    public Phrase phrase() {
      return Phrase.of(
          "平常信函{0}到达，以与申请人确认之日{1}为收到申请之日",
          "ordinary letter arrived {0}; received on the day confirmed with the applicant, {1}",
          arrived,
          confirmedWithApplicant);
    }
  }

  /**
   * Sent over the internet or to the office's fax (互联网渠道或者传真): received the day both sides
   * confirmed it.
   *
   * @param fax true for the office's fax, false for an internet channel
   * @param sent the day the applicant sent it
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
      return confirmedByBothSides;
    }

    @Override
    public String label() {
      return fax ? "传真" : "互联网";
    }

    @Override
    public Phrase phrase() {
      return Phrase.of(
          "{0}{1}提交，以双方确认之日{2}为收到申请之日",
          "sent by {0} on {1}; received on the day both sides confirmed, {2}",
          Phrase.of(label(), fax ? "the office's fax" : "an internet channel"),
          sent,
          confirmedByBothSides);
    }
  }
}
