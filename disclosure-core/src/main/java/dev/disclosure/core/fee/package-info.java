/**
 * Fees for answering requests (收费, REQ-7, REQ-8): OGI_2008's cost recovery with its waivers and
 * OGI_2019's progressive processing fee (信息处理费), in exact money with an itemized explanation.
 */
@DisclosureStyle
package dev.disclosure.core.fee;

import dev.disclosure.core.internal.DisclosureStyle;
