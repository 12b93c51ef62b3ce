package dev.disclosure.core.accountability;

import static java.util.Objects.requireNonNull;

import dev.disclosure.core.InvalidFactsException;
import dev.disclosure.core.InvalidFactsException.Problem;
import dev.disclosure.core.law.Rules;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** An entry of a window's dated service log (服务台账) checked against the service commitments. */
public sealed interface ServiceEntry {

  /**
   * An item accepted and (perhaps) completed (办件, P-SERVICE).
   *
   * @param item the item
   * @param licensingWithCompleteMaterials whether it is a licensing item with complete materials
   *     (资料齐全的行政许可事项: 2 working days); otherwise 4 working days
   * @param acceptedOn the day it was accepted (受理)
   * @param completedOn the day it was completed (办结), if it was
   */
  record ItemHandled(
      String item,
      boolean licensingWithCompleteMaterials,
      LocalDate acceptedOn,
      Optional<LocalDate> completedOn)
      implements ServiceEntry {
    /**
     * Validates the entry.
     *
     * @param item the item
     * @param licensingWithCompleteMaterials whether it is a licensing item with complete materials
     *     (资料齐全的行政许可事项: 2 working days); otherwise 4 working days
     * @param acceptedOn the day it was accepted (受理)
     * @param completedOn the day it was completed (办结), if it was
     * @throws InvalidFactsException if it was completed before it was accepted
     */
    public ItemHandled {
      requireNonNull(item, "item");
      requireNonNull(acceptedOn, "acceptedOn");
      requireNonNull(completedOn, "completedOn");
      if (completedOn.filter(d -> d.isBefore(acceptedOn)).isPresent()) {
        throw new InvalidFactsException(
            "service log",
            List.of(
                new Problem(
                    Rules.P_SERVICE,
                    item
                        + " completed on "
                        + completedOn.get()
                        + " before acceptance on "
                        + acceptedOn)));
      }
    }
  }

  /**
   * Incomplete materials received, and the notices of what to supplement (一次性告知,
   * P-ONE-TIME-NOTICE).
   *
   * @param item the item
   * @param receivedOn the day the materials were received
   * @param noticesOn the days the applicant was told what to supplement, oldest first
   */
  record MaterialsIncomplete(String item, LocalDate receivedOn, List<LocalDate> noticesOn)
      implements ServiceEntry {
    /**
     * Validates the entry.
     *
     * @param item the item
     * @param receivedOn the day the materials were received
     * @param noticesOn the days the applicant was told what to supplement, oldest first
     * @throws InvalidFactsException if a notice is dated before the materials were received
     */
    public MaterialsIncomplete {
      requireNonNull(item, "item");
      requireNonNull(receivedOn, "receivedOn");
      noticesOn = List.copyOf(requireNonNull(noticesOn, "noticesOn"));
      if (noticesOn.stream().anyMatch(d -> d.isBefore(receivedOn))) {
        throw new InvalidFactsException(
            "service log",
            List.of(
                new Problem(
                    Rules.P_ONE_TIME_NOTICE,
                    item + " has a notice before receipt on " + receivedOn)));
      }
    }
  }

  /**
   * An issue raised on the hotline (阳光政务热线, P-HOTLINE) within the department's remit.
   *
   * @param issue the issue
   * @param raisedOn the day it was raised
   * @param contactedOn the day the person who raised it was contacted, if they were
   */
  record HotlineIssue(String issue, LocalDate raisedOn, Optional<LocalDate> contactedOn)
      implements ServiceEntry {
    /**
     * Validates the entry.
     *
     * @param issue the issue
     * @param raisedOn the day it was raised
     * @param contactedOn the day the person who raised it was contacted, if they were
     * @throws InvalidFactsException if the contact is dated before the issue was raised
     */
    public HotlineIssue {
      requireNonNull(issue, "issue");
      requireNonNull(raisedOn, "raisedOn");
      requireNonNull(contactedOn, "contactedOn");
      if (contactedOn.filter(d -> d.isBefore(raisedOn)).isPresent()) {
        throw new InvalidFactsException(
            "service log",
            List.of(
                new Problem(
                    Rules.P_HOTLINE, issue + " contacted before it was raised on " + raisedOn)));
      }
    }
  }
}
