package dev.disclosure.core.request;

import static java.util.Objects.requireNonNull;

import dev.disclosure.calendar.Citation;
import dev.disclosure.calendar.Finding;
import dev.disclosure.calendar.FindingKind;
import dev.disclosure.calendar.LegalSource;
import dev.disclosure.calendar.Phrase;
import dev.disclosure.core.InvalidFactsException;
import dev.disclosure.core.law.Rules;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * How an answer reached the applicant (送达, REQ-11) and the date that decides whether it was on
 * time. 国办公开办函〔2016〕235号 (国务院办公厅政府信息与政务公开办公室关于政府信息公开处理决定送达问题的解释), 第四条: delivered in
 * person or through another agency, the day the applicant signed for it (签收之日); by mail, the
 * day it was posted (交邮之日), whenever it arrived. [convention] The guidance is silent on electronic
 * delivery; the library takes the day it was sent, the electronic counterpart of posting. A case
 * reports lateness by that date and shows the others in its finding.
 *
 * <p>All implementations are immutable records that check their own facts.
 */
public sealed interface Delivery {

  /**
   * Returns the date that decides timeliness.
   *
   * @return the decisive date: signed for, posted, sent, or the day of the answer
   */
  LocalDate decisiveDate();

  /**
   * Returns the finding that names the decisive date and the others (REQ-11), if recorded.
   *
   * @return the finding, kind {@code APPLIED} or {@code CONVENTION}; empty when not recorded
   */
  Optional<Finding> finding();

  /**
   * Checks that no delivery date precedes the answer it delivers.
   *
   * @param answeredOn the day of the answer
   * @throws InvalidFactsException if a delivery date is before the answer, or a {@link
   *     NotRecorded} names another day than the answer's (REQ-11)
   */
  void checkNotBefore(LocalDate answeredOn);

  /** 国办公开办函〔2016〕235号 第四条. */
  Citation GUIDANCE_2016_235 =
      Citation.of(
          LegalSource.of(
              "《国务院办公厅政府信息与政务公开办公室关于政府信息公开处理决定送达问题的解释》（国办公开办函〔2016〕235号）",
              "Interpretation of the State Council General Office's Open Government Information"
                  + " Office on the delivery of decisions (Guo Ban Gong Kai Ban Han [2016] No. 235)"),
          "第四条",
          "采取直接送达、委托其他行政机关代为送达等方式送达的，以申请人及其法定代理人签收之日当日为期限计算时点。采取邮寄送达方式送达的，以交邮之日当日为期限计算时点。");

  /** The REQ-11 finding of a recorded delivery: which day decides, under 国办公开办函〔2016〕235号. */
  private static Optional<Finding> delivered(FindingKind kind, Phrase which) {
    return Optional.of(Finding.of(Rules.REQ_11, kind, which, List.of(GUIDANCE_2016_235)));
  }

  private static void check(String subject, LocalDate earliest, LocalDate date, String what) {
    requireNonNull(earliest, "answeredOn");
    if (date.isBefore(earliest)) {
      throw new InvalidFactsException(
          subject,
          Rules.REQ_11,
          what + " " + date + ", before " + earliest + "; a delivery comes on or after the answer,"
              + " and mail is received on or after it is posted");
    }
  }

  /**
   * Handed to the applicant, directly or through another agency (直接送达、委托送达): the day signed for
   * decides.
   *
   * @param signedFor the day the applicant or its agent signed for it
   */
  record InPerson(LocalDate signedFor) implements Delivery {
    /**
     * Checks the fact.
     *
     * @param signedFor the day the applicant or its agent signed for it
     */
    public InPerson {
      requireNonNull(signedFor, "signedFor");
    }

    @Override
    public LocalDate decisiveDate() {
      return signedFor;
    }

    @Override
    public void checkNotBefore(LocalDate answeredOn) {
      check("Delivery.InPerson", answeredOn, signedFor, "signed for on");
    }

    @Override
    public Optional<Finding> finding() {
      return delivered(
          FindingKind.APPLIED,
          Phrase.of(
              "直接送达，以申请人签收之日{0}为期限计算时点",
              "delivered in person; the day signed for, {0}, decides",
              signedFor));
    }
  }

  /**
   * Sent by post (邮寄送达): the day posted decides, whenever it was received.
   *
   * @param posted the day it was posted (交邮之日)
   * @param received the day the applicant received it, not before {@code posted}
   */
  record Mail(LocalDate posted, LocalDate received) implements Delivery {
    /**
     * Checks the facts.
     *
     * @param posted the day it was posted (交邮之日)
     * @param received the day the applicant received it, not before {@code posted}
     * @throws InvalidFactsException if it was received before it was posted (REQ-11)
     */
    public Mail {
      requireNonNull(posted, "posted");
      requireNonNull(received, "received");
      check("Delivery.Mail", posted, received, "received on");
    }

    @Override
    public LocalDate decisiveDate() {
      return posted;
    }

    @Override
    public void checkNotBefore(LocalDate answeredOn) {
      check("Delivery.Mail", answeredOn, posted, "posted on");
    }

    @Override
    public Optional<Finding> finding() {
      return delivered(
          FindingKind.APPLIED,
          Phrase.of(
              "邮寄送达，以交邮之日{0}为期限计算时点（申请人{1}收到）",
              "delivered by post; the day posted, {0}, decides (received {1})",
              posted,
              received));
    }
  }

  /**
   * Sent electronically (电子送达): [convention] the day sent decides.
   *
   * @param sent the day it was sent
   */
  record Electronic(LocalDate sent) implements Delivery {
    /**
     * Checks the fact.
     *
     * @param sent the day it was sent
     */
    public Electronic {
      requireNonNull(sent, "sent");
    }

    @Override
    public LocalDate decisiveDate() {
      return sent;
    }

    @Override
    public void checkNotBefore(LocalDate answeredOn) {
      check("Delivery.Electronic", answeredOn, sent, "sent on");
    }

    @Override
    public Optional<Finding> finding() {
      return delivered(
          FindingKind.CONVENTION,
          Phrase.of(
              "电子送达，以发送之日{0}为期限计算时点（约定：国办公开办函〔2016〕235号未规定电子送达，比照交邮之日）",
              "delivered electronically; the day sent, {0}, decides (convention: the 2016 guidance"
                  + " is silent on electronic delivery; the day sent stands for the day posted)",
              sent));
    }
  }

  /**
   * The record shows the answer but not its delivery: [convention] the day of the answer decides,
   * and no delivery finding is given. Its day is the answer's own: an answer dated another day is
   * refused, so that a date given here never moves the day that decides timeliness.
   *
   * @param answeredOn the day of the answer
   */
  record NotRecorded(LocalDate answeredOn) implements Delivery {
    /**
     * Checks the fact.
     *
     * @param answeredOn the day of the answer
     */
    public NotRecorded {
      requireNonNull(answeredOn, "answeredOn");
    }

    @Override
    public LocalDate decisiveDate() {
      return answeredOn;
    }

    @Override
    public void checkNotBefore(LocalDate answeredOn) {
      requireNonNull(answeredOn, "answeredOn");
      if (!this.answeredOn.equals(answeredOn)) {
        throw new InvalidFactsException(
            "Delivery.NotRecorded",
            Rules.REQ_11,
            "answered on " + this.answeredOn + ", but the answer is dated " + answeredOn
                + "; a delivery not recorded is the answer's own day: give " + answeredOn
                + ", or the delivery as recorded (InPerson, Mail, Electronic)");
      }
    }

    @Override
    public Optional<Finding> finding() {
      return Optional.empty();
    }
  }
}
