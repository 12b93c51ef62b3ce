/**
 * Scoring of government-disclosure work (政务公开考评, SC-1 … SC-9): rubrics whose rules are data
 * ({@link dev.disclosure.scoring.Rubric} of criteria carrying {@link
 * dev.disclosure.scoring.ScoringRule}s), exact {@link dev.disclosure.scoring.Points} (fractions,
 * rounded once where a rubric says), caps with a declared {@link dev.disclosure.scoring.CapScope},
 * grade bands as written with a declared {@link dev.disclosure.scoring.GradeScale.Reading},
 * {@link dev.disclosure.scoring.Assessment}s of recorded {@link dev.disclosure.scoring.Occurrence}s
 * over periods ({@link dev.disclosure.scoring.Schedule}), typed {@link
 * dev.disclosure.scoring.Consequence}s, prizes by place ({@link
 * dev.disclosure.scoring.PrizeSchedule}) and self-explaining {@link
 * dev.disclosure.scoring.ScoreCard}s that speak in findings.
 *
 * <p>Built-in rubrics, written with the same public builder: {@link
 * dev.disclosure.scoring.DemonstrationSite} (SC-1, SC-2), {@link
 * dev.disclosure.scoring.AnnualAssessment} (SC-3), {@link
 * dev.disclosure.scoring.CompositeAssessment} (SC-4), {@link
 * dev.disclosure.scoring.DepartmentDeductions} (SC-5), {@link
 * dev.disclosure.scoring.InternalGrades} (SC-6) and {@link dev.disclosure.scoring.VillageCadres}
 * (SC-7).
 */
package dev.disclosure.scoring;
