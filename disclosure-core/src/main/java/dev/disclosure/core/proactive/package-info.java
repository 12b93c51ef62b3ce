/**
 * Proactive disclosure (主动公开, PRO-1 … PRO-7): the catalogs, publication deadlines and lateness,
 * changes and revocations, the pre-publication approval chain, and cadence checks over a
 * publication history.
 */
@DisclosureStyle
package dev.disclosure.core.proactive;

import dev.disclosure.core.internal.DisclosureStyle;
