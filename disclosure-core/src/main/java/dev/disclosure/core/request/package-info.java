/**
 * Requests for disclosure (依申请公开, REQ-1 … REQ-9): a request case is its history of events; its
 * state, due date, overdue status, allowed next steps and final outcome row are derived from that
 * history under a regime and a calendar.
 */
@DisclosureStyle
package dev.disclosure.core.request;

import dev.disclosure.core.internal.DisclosureStyle;
