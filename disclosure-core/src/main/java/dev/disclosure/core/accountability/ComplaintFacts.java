package dev.disclosure.core.accountability;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * What a complainant brings (投诉, ACC-3, 来源文件000 投诉处理制度): the target (投诉对象) and the matter (投诉事项),
 * empty when not given, and the circumstances that decide intake.
 *
 * @param target the person or window complained about, empty if not given
 * @param matter what is complained about, empty if not given
 * @param receiptIssued whether the window issued an acceptance receipt (受理回执) for the matter
 * @param receiptPresented whether the complainant presented that receipt
 * @param withinRemit whether the complaint is within the office's remit (本办受理范围)
 * @param withdrawnAfterExplanation whether the complainant withdrew it voluntarily after the window
 *     explained (经解释自愿撤销)
 * @param frivolous whether it is a frivolous or unreasonable complaint (无理取闹)
 * @param channel how the complaint was made (投诉方式, 投诉处理制度第三条), empty if not recorded
 * @param scope the respects the complainant is dissatisfied with (投诉范围, 投诉处理制度第一条（一）); empty if
 *     not recorded or another respect: the source's list ends in 等 and is not closed, so the scope never
 *     decides intake by itself [convention] — whether the office may take the complaint is {@code
 *     withinRemit}
 */
public record ComplaintFacts(
    String target,
    String matter,
    boolean receiptIssued,
    boolean receiptPresented,
    boolean withinRemit,
    boolean withdrawnAfterExplanation,
    boolean frivolous,
    Optional<ComplaintChannel> channel,
    Set<ComplaintScope> scope) {

  /**
   * Validates the facts.
   *
   * @param target the person or window complained about, empty if not given
   * @param matter what is complained about, empty if not given
   * @param receiptIssued whether the window issued an acceptance receipt (受理回执) for the matter
   * @param receiptPresented whether the complainant presented that receipt
   * @param withinRemit whether the complaint is within the office's remit (本办受理范围)
   * @param withdrawnAfterExplanation whether the complainant withdrew it voluntarily after the window
   *     explained (经解释自愿撤销)
   * @param frivolous whether it is a frivolous or unreasonable complaint (无理取闹)
   * @param channel how the complaint was made (投诉方式), empty if not recorded
   * @param scope the respects complained of (投诉范围), empty if not recorded or another respect; copied, kept
   *     in the source's order
   * @throws NullPointerException if a parameter or an element of {@code scope} is null
   */
  public ComplaintFacts {
    requireNonNull(target, "target");
    requireNonNull(matter, "matter");
    requireNonNull(channel, "channel");
    requireNonNull(scope, "scope");
    scope.forEach(respect -> requireNonNull(respect, "scope element"));
    scope = scope.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(scope));
  }

  /**
   * Returns an ordinary complaint within the remit, with no receipt issued.
   *
   * @param target the target (投诉对象)
   * @param matter the matter (投诉事项)
   * @return the facts
   */
  public static ComplaintFacts of(String target, String matter) {
    return new ComplaintFacts(
        target, matter, false, false, true, false, false, Optional.empty(), Set.of());
  }

  /**
   * Returns these facts with the way the complaint was made (投诉方式).
   *
   * @param channel in person, by telephone, online or by letter
   * @return the facts with the channel
   */
  public ComplaintFacts withChannel(ComplaintChannel channel) {
    requireNonNull(channel, "channel");
    return new ComplaintFacts(
        target,
        matter,
        receiptIssued,
        receiptPresented,
        withinRemit,
        withdrawnAfterExplanation,
        frivolous,
        Optional.of(channel),
        scope);
  }

  /**
   * Returns these facts with the respects complained of (投诉范围), replacing any recorded before.
   *
   * @param respects the respects, for example {@link ComplaintScope#EFFICIENCY}
   * @return the facts with the scope
   */
  public ComplaintFacts withScope(ComplaintScope... respects) {
    requireNonNull(respects, "respects");
    return new ComplaintFacts(
        target,
        matter,
        receiptIssued,
        receiptPresented,
        withinRemit,
        withdrawnAfterExplanation,
        frivolous,
        channel,
        new HashSet<>(Arrays.asList(respects)));
  }
}
