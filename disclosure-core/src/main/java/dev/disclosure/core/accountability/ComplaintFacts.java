package dev.disclosure.core.accountability;

import static java.util.Objects.requireNonNull;

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
 */
public record ComplaintFacts(
    String target,
    String matter,
    boolean receiptIssued,
    boolean receiptPresented,
    boolean withinRemit,
    boolean withdrawnAfterExplanation,
    boolean frivolous) {

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
   */
  public ComplaintFacts {
    requireNonNull(target, "target");
    requireNonNull(matter, "matter");
  }

  /**
   * Returns an ordinary complaint within the remit, with no receipt issued.
   *
   * @param target the target (投诉对象)
   * @param matter the matter (投诉事项)
   * @return the facts
   */
  public static ComplaintFacts of(String target, String matter) {
    return new ComplaintFacts(target, matter, false, false, true, false, false);
  }
}
