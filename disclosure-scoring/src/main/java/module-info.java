/**
 * Scoring of government-disclosure work (政务公开考评): exact points, rubrics (考评办法) of sections
 * and criteria, assessments with deductions (扣分), grade scales (等次), score cards and rankings.
 */
module dev.disclosure.scoring {
  requires transitive dev.disclosure.core;

  exports dev.disclosure.scoring;
}
