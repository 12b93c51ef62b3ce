/**
 * Exemption classification and secrecy review (不予公开与保密审查, EX-1 … EX-8): whether an item
 * may be disclosed under a regime, in whole or in part, with the grounds, overrides and citations
 * that decide it, as the statute and the courts require (the agency proves a refusal; a third
 * party's silence leaves the decision to the agency; 第十六条 is a discretion); what is not
 * government information gets its own answer; the four-step review chain; who discloses; and
 * local policy extensions.
 */
@DisclosureStyle
package dev.disclosure.core.exemption;

import dev.disclosure.core.internal.DisclosureStyle;
