/**
 * Working days (工作日), statutory holidays (法定节假日), make-up working days (调休上班日), legal
 * periods (期间) and deadlines (期限).
 *
 * <p>Entry points: {@link dev.disclosure.calendar.ChinaCalendars} for the official calendar,
 * {@link dev.disclosure.calendar.LegalPeriod} for a period of working or calendar days, counted by
 * the Civil Code's rules ({@link dev.disclosure.calendar.CountingRules}), and {@link
 * dev.disclosure.calendar.WorkingDayCalendar#deadline} for a deadline that explains itself. The
 * package holds no disclosure law: the named periods of the disclosure rules are in
 * disclosure-core ({@code dev.disclosure.core.law}).
 *
 * <p>Every type in this package is immutable and safe for use by several threads at once; every
 * method rejects {@code null} arguments with a {@link java.lang.NullPointerException} naming the
 * parameter.
 */
package dev.disclosure.calendar;
