/**
 * Exemption classification and secrecy review (不予公开与保密审查, EX-1 … EX-8): whether an item
 * may be disclosed under a regime, in whole or in part, with the grounds, overrides and citations
 * that decide it; the four-step review chain; who discloses; and local policy extensions.
 */
@DisclosureStyle
package dev.disclosure.core.exemption;

import dev.disclosure.core.internal.DisclosureStyle;
