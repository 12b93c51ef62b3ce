/**
 * Seeded, reproducible generators of valid and deliberately irregular inputs for property-based
 * tests of code that uses the disclosure library: dates inside a calendar's data, calendars with
 * regional closures, request histories under a regime (lawful, or with a chosen irregularity),
 * exemption facts, assessments for any rubric and annual-report tables. Every generator draws from
 * a {@link java.util.random.RandomGenerator}; the QuickTheories adapter is in {@code
 * dev.disclosure.testkit.quicktheories} (QuickTheories itself is an optional dependency).
 */
module dev.disclosure.testkit {
  requires transitive dev.disclosure.scoring;
  requires static quicktheories;

  exports dev.disclosure.testkit;
  exports dev.disclosure.testkit.quicktheories;
}
