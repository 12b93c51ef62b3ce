/**
 * The models and regimes of government-information disclosure (政府信息公开): agencies (行政机关),
 * applicants (申请人), information items (政府信息), secrecy markings (密级) and the two regimes, the
 * 2008 and the 2019 regulation ({@link dev.disclosure.core.Regime#OGI_2008}, {@link
 * dev.disclosure.core.Regime#OGI_2019}).
 *
 * <p>Every value is immutable and validated when built; invalid facts are refused with an {@link
 * dev.disclosure.core.InvalidFactsException} that lists every problem with its rule. Every method
 * rejects {@code null} with a {@link java.lang.NullPointerException} naming the parameter.
 */
@DisclosureStyle
package dev.disclosure.core;

import dev.disclosure.core.internal.DisclosureStyle;
