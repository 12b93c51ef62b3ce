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

  private static final long serialVersionUID = 2L;

  /** The id of the regime the caller chose (a {@link Regime} is not serializable). */
  private final String regimeId;
  /** The receipt date. */
  private final LocalDate receiptDate;

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
    this.regimeId = regime.id();
    this.receiptDate = receiptDate;
  }

  /** {@return the regime the caller chose} */
  public Regime regime() {
    return Regime.values().stream().filter(r -> r.id().equals(regimeId)).findFirst().orElseThrow();
  }

  /** {@return the receipt date (收到申请之日, REQ-2)} */
  public LocalDate receiptDate() {
    return receiptDate;
  }

  /**
   * {@return the regime in force on the receipt date; empty before 2008-05-01, when no regulation
   * was in force}
   */
  public Optional<Regime> regimeInForce() {
    return Regime.inForceOn(receiptDate);
  }
}
