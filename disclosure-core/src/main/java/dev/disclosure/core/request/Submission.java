package dev.disclosure.core.request;

import static java.util.Objects.requireNonNull;

import dev.disclosure.calendar.Citation;
import dev.disclosure.core.InvalidFactsException;
import java.time.LocalDate;
import java.util.List;

/**
 * How an application reached the agency (提交方式) and the facts that fix its receipt date (收到申请之日,
 * REQ-2, OGI-2019 第三十一条). Each channel records what the rule needs and derives the receipt date.
 *
 * <p>All implementations are immutable records.
 */
public sealed interface Submission {

  /** Returns the receipt date (收到申请之日) the channel's rule gives. */
  LocalDate receiptDate();

  /** Returns the Chinese name of the channel, e.g. {@code 当面提交}. */
  String label();

  /** Returns the provision that fixes the receipt date (OGI-2019 第三十一条). */
  default Citation citation() {
    return RequestCitations.RECEIPT;
  }

  /**
   * Returns why the receipt date is what it is, e.g. "REQ-2: 当面提交, received on the day handed in
   * 2026-09-28 (…第三十一条)".
   */
  String explain();

  /**
   * Handed in in person (当面提交): received the day it was handed in.
   *
   * @param handedIn the day the applicant handed it in
   */
  record InPerson(LocalDate handedIn) implements Submission {
    /** Checks the fact. */
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
    public String explain() {
      return "REQ-2: "
          + label()
          + ", received on the day handed in "
          + handedIn
          + " ("
          + citation().toReference()
          + ")";
    }
  }

  /**
   * Sent by registered mail (邮寄): received the day the agency signed for it.
   *
   * @param signedFor the day the agency signed for the letter (签收之日)
   */
  record RegisteredMail(LocalDate signedFor) implements Submission {
    /** Checks the fact. */
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
    public String explain() {
      return "REQ-2: "
          + label()
          + ", received on the day signed for "
          + signedFor
          + " ("
          + citation().toReference()
          + ")";
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
     * @throws InvalidFactsException if the confirmation precedes the arrival (REQ-2)
     */
    public OrdinaryLetter {
      requireNonNull(arrived, "arrived");
      requireNonNull(confirmedWithApplicant, "confirmedWithApplicant");
      if (confirmedWithApplicant.isBefore(arrived)) {
        throw new InvalidFactsException(
            "OrdinaryLetter",
            List.of(
                "REQ-2: confirmed with the applicant on "
                    + confirmedWithApplicant
                    + ", before the letter arrived on "
                    + arrived));
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
    public String explain() {
      return "REQ-2: "
          + label()
          + " arrived "
          + arrived
          + ", received on the day confirmed with the applicant "
          + confirmedWithApplicant
          + " ("
          + citation().toReference()
          + ")";
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
     * @throws InvalidFactsException if the confirmation precedes the sending (REQ-2)
     */
    public Electronic {
      requireNonNull(sent, "sent");
      requireNonNull(confirmedByBothSides, "confirmedByBothSides");
      if (confirmedByBothSides.isBefore(sent)) {
        throw new InvalidFactsException(
            "Electronic",
            List.of(
                "REQ-2: confirmed by both sides on "
                    + confirmedByBothSides
                    + ", before it was sent on "
                    + sent));
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
    public String explain() {
      return "REQ-2: "
          + label()
          + " sent "
          + sent
          + ", received on the day both sides confirmed "
          + confirmedByBothSides
          + " ("
          + citation().toReference()
          + ")";
    }
  }
}
