/**
 * Proactive disclosure (主动公开, PRO-1 … PRO-7): the catalogs, publication deadlines and lateness,
 * changes and revocations, the pre-publication approval chain, and cadence checks over a
 * publication history.
 *
 * <p>Where to start: {@link dev.disclosure.core.proactive.ProactiveCatalog#forLevel} (PRO-1),
 * {@link dev.disclosure.core.proactive.Publication} (PRO-2, PRO-5), {@link
 * dev.disclosure.core.proactive.PublicationDeadline} (PRO-3), {@link
 * dev.disclosure.core.proactive.PublicationHistory#findingsOn} (PRO-4), {@link
 * dev.disclosure.core.proactive.ItemChange} (PRO-6) and {@link
 * dev.disclosure.core.proactive.ApprovalChain} under a body's {@link
 * dev.disclosure.core.proactive.ApprovalProcedure} (PRO-7). Catalogs, procedures and restrictions
 * are written as the source documents write them, and cite them. Where the rules are silent, the Javadoc
 * states the convention chosen, marked [convention]. Deadlines, cadence checks and the approval
 * chain speak in findings ({@link dev.disclosure.calendar.Finding}), rendered in Chinese or English.
 */
@DisclosureStyle
package dev.disclosure.core.proactive;

import dev.disclosure.core.internal.DisclosureStyle;
