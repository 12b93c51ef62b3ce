/**
 * Exact-point rubrics, assessments and grade bands of government-disclosure evaluations (政务公开考评).
 */
module dev.disclosure.scoring {
  requires transitive dev.disclosure.core;
}
