/**
 * Scoring of government-disclosure work (政务公开考评, SC-1 … SC-8): exact {@link
 * dev.disclosure.scoring.Points}, caller-definable {@link dev.disclosure.scoring.Rubric}s of sections
 * and criteria, {@link dev.disclosure.scoring.Assessment}s with deductions (扣分, 扣完为止),
 * questionnaire and metric scores, grade scales read with the counting words of CAL-6, overriding
 * findings (一票否决), self-explaining {@link dev.disclosure.scoring.ScoreCard}s and rankings.
 *
 * <p>Built-in rubrics: {@link dev.disclosure.scoring.DemonstrationSite} (SC-1, SC-2), {@link
 * dev.disclosure.scoring.AnnualAssessment} (SC-3), {@link dev.disclosure.scoring.CompositeAssessment}
 * (SC-4), {@link dev.disclosure.scoring.DepartmentDeductions} (SC-5), {@link
 * dev.disclosure.scoring.InternalGrades} (SC-6) and {@link dev.disclosure.scoring.VillageCadres}
 * (SC-7).
 */
package dev.disclosure.scoring;
