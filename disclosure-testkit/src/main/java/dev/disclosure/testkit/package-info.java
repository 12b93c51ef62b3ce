/**
 * Seeded generators of inputs for property-based tests of code that uses the disclosure library.
 *
 * <ul>
 *   <li>{@link dev.disclosure.testkit.Generator}: the shape of every generator, a function of a
 *       {@link java.util.random.RandomGenerator};
 *   <li>{@link dev.disclosure.testkit.Dates}: dates inside a calendar's data, uniformly or on both
 *       sides of its holiday runs;
 *   <li>{@link dev.disclosure.testkit.Calendars}: calendars with random regional closures
 *       (地方放假);
 *   <li>{@link dev.disclosure.testkit.RequestHistories}: lawful request histories (依申请公开) under a
 *       regime, every step with a valid payload and date, and histories that end in a chosen
 *       {@link dev.disclosure.testkit.Irregularity};
 *   <li>{@link dev.disclosure.testkit.Exemptions}: {@code ItemFacts} valid under a regime;
 *   <li>{@link dev.disclosure.testkit.Assessments}: assessments for any rubric;
 *   <li>{@link dev.disclosure.testkit.Reports}: annual-report tables and review records.
 * </ul>
 */
package dev.disclosure.testkit;
