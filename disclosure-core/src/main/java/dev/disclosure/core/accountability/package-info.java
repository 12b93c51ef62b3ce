/**
 * Accountability (责任追究, ACC-1, ACC-2): who bears responsibility for an act that broke the
 * disclosure rules, given how it was decided and who objected, the violations that trigger it
 * ({@link dev.disclosure.core.accountability.ViolationList}) and the sanctions each degree of
 * severity calls for under each source's ladder ({@link
 * dev.disclosure.core.accountability.SanctionScheme}); complaints (投诉, ACC-3): intake, channels,
 * categories and their flows, investigations, supervision orders; and where reports escalate
 * (ACC-4); major-decision publicity and hearing with their content lists, reports and the gate
 * before submission (公示听证, ACC-5); appeals against accountability decisions (复核申诉,
 * P-ACCOUNTABILITY-APPEAL); the checks of a year's online-interview plan (网上访谈, P-INTERVIEW) and of
 * a service log against the service commitments (服务承诺, P-SERVICE, P-ONE-TIME-NOTICE, P-HOTLINE),
 * with the one-time-notice and first-contact duties.
 *
 * <p>Checks and explanations speak in findings ({@link dev.disclosure.calendar.Finding}): a breach is
 * {@code BROKEN}, a convention chosen where the source is silent is {@code CONVENTION}; each renders
 * in Chinese, the default, or in English.
 */
@DisclosureStyle
package dev.disclosure.core.accountability;

import dev.disclosure.core.internal.DisclosureStyle;
