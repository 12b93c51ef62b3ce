package dev.disclosure.core.request;

import static java.util.Objects.requireNonNull;

import dev.disclosure.calendar.Language;
import dev.disclosure.calendar.Phrase;
import dev.disclosure.core.RefusalException;
import dev.disclosure.core.Regime;
import dev.disclosure.core.law.Rules;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Thrown when guidance is asked to open a request case under a regime whose regulation was not in
 * force on the receipt date (REQ-2; OGI-2019 第五十六条: OGI_2008 from 2008-05-01 until 2019-05-14,
 * OGI_2019 from 2019-05-15): a case-management system would walk the case by rules that did not
 * govern it. The message names the receipt date, both regimes' periods in force and what to do —
 * open the case under the regime in force, or record the history ({@link RequestCase#recorded}) to
 * judge it under the chosen regime, with a finding that says so. Nothing was opened.
 */
public final class RegimeNotInForceException extends RefusalException {

  private static final long serialVersionUID = 1L;

  /** The regime the caller chose. */
  private final transient Regime regime;
  /** The receipt date. */
  private final LocalDate receiptDate;
  /** The regime in force on the receipt date, or null before 2008-05-01. */
  private final transient Regime inForce;

  /**
   * Creates the exception.
   *
   * @param regime the regime the caller chose
   * @param receiptDate the receipt date (REQ-2)
   * @param why what was in force instead, as the request rules word it
   */
  RegimeNotInForceException(Regime regime, LocalDate receiptDate, Phrase why) {
    super(
        Rules.REQ_2,
        "收到申请 (received on " + requireNonNull(receiptDate, "receiptDate") + ")",
        "按" + requireNonNull(regime, "regime").id() + "受理 (opening the case under " + regime.id() + ")",
        Language.ENGLISH.render(requireNonNull(why, "why"))
            + Regime.inForceOn(receiptDate)
                .map(r -> "; open the case under " + r.id() + ", or record")
                .orElse("; no regulation governs a request received then; record")
            + " the history with RequestCase.recorded to judge it under "
            + regime.id());
    this.regime = regime;
    this.receiptDate = receiptDate;
    this.inForce = Regime.inForceOn(receiptDate).orElse(null);
  }

  /** {@return the regime the caller chose; null after deserialization} */
  public Regime regime() {
    return regime;
  }

  /** {@return the receipt date (收到申请之日, REQ-2)} */
  public LocalDate receiptDate() {
    return receiptDate;
  }

  /**
   * {@return the regime in force on the receipt date; empty before 2008-05-01, when no regulation
   * was in force, and after deserialization}
   */
  public Optional<Regime> regimeInForce() {
    return Optional.ofNullable(inForce);
  }
}
