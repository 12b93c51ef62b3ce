/**
 * The named periods and sources of disclosure law (法定期限与法律依据). They live here, not in the
 * calendar module, so that a user who needs only working days sees no disclosure law.
 *
 * <p>{@link dev.disclosure.core.law.LegalPeriods} holds every counted period of the rules catalog
 * ({@link dev.disclosure.calendar.LegalPeriod}) and every date fixed in the year ({@link
 * dev.disclosure.calendar.AnnualDeadline}), each with its rule ID and citations; {@link
 * dev.disclosure.core.law.Cadence} and {@link dev.disclosure.core.law.Frequency} are the update
 * cadences (P-CADENCE) and the rhythms of oversight and interviews (P-OVERSIGHT, P-INTERVIEW);
 * {@link dev.disclosure.core.law.LegalSources} spells the title of every text cited. The Civil
 * Code's counting rules stay with the calendar, in {@link dev.disclosure.calendar.CountingRules}.
 *
 * <p>Constants only: every value is immutable and safe for use by several threads at once.
 */
package dev.disclosure.core.law;
