package dev.disclosure.core.accountability;

import static dev.disclosure.core.accountability.Measure.CIRCULATED_CRITICISM;
import static dev.disclosure.core.accountability.Measure.CORRECT_WITHIN_DEADLINE;
import static dev.disclosure.core.accountability.Measure.CRIMINAL_LIABILITY;
import static dev.disclosure.core.accountability.Measure.CRITICISM;
import static dev.disclosure.core.accountability.Measure.DISCIPLINARY_SANCTION;
import static dev.disclosure.core.accountability.Measure.DISCIPLINARY_SANCTION_AS_WARRANTED;
import static dev.disclosure.core.accountability.Measure.DISQUALIFY_FROM_AWARDS;
import static dev.disclosure.core.accountability.Measure.DISQUALIFY_FROM_AWARDS_THIS_YEAR;
import static dev.disclosure.core.accountability.Measure.ORDER_TO_CORRECT;
import static dev.disclosure.core.accountability.Measure.RECOMMEND_DISCIPLINARY_SANCTION;
import static dev.disclosure.core.accountability.Measure.RECTIFY_WITHIN_DEADLINE;
import static dev.disclosure.core.accountability.Measure.REFER_FOR_DISCIPLINE_AS_WARRANTED;
import static dev.disclosure.core.accountability.Measure.REFER_TO_JUDICIAL_AUTHORITIES;
import static dev.disclosure.core.accountability.Measure.SANCTION_BY_LAW;
import static dev.disclosure.core.accountability.Measure.TRANSFER_FROM_POST;
import static dev.disclosure.core.accountability.Measure.WARNING_OR_CRITICISM;
import static dev.disclosure.core.accountability.Measure.WRITTEN_SELF_EXAMINATION;
import static dev.disclosure.core.accountability.SanctionTarget.CASE;
import static dev.disclosure.core.accountability.SanctionTarget.HEADS_AND_STAFF_RESPONSIBLE;
import static dev.disclosure.core.accountability.SanctionTarget.LEADER_IN_CHARGE;
import static dev.disclosure.core.accountability.SanctionTarget.OFFICES_CONCERNED;
import static dev.disclosure.core.accountability.SanctionTarget.PERSONS_CONCERNED;
import static dev.disclosure.core.accountability.SanctionTarget.RESPONSIBLE_PERSON;
import static dev.disclosure.core.accountability.SanctionTarget.SECTION;
import static dev.disclosure.core.accountability.SanctionTarget.SUPERVISING_LEADER;
import static dev.disclosure.core.accountability.SanctionTarget.UNIT;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.disclosure.calendar.Citation;
import dev.disclosure.calendar.Finding;
import dev.disclosure.calendar.FindingKind;
import dev.disclosure.calendar.Phrase;
import dev.disclosure.core.law.Rules;
import java.util.List;

/**
 * The sanction ladders of the source documents (责任追究办法, ACC-2), each a table from {@link Severity}
 * to the sanctions it calls for, in the source's order and words:
 *
 * <ul>
 *   <li>{@link #DOC_002} 《政务公开工作制度》责任追究制度四、2. (the ladder of {@link SanctionLadder});
 *   <li>{@link #DOC_000} 临海市人防办政务公开责任追究制度七: like 002, with disqualification from awards,
 *       transfer from the post and referral for discipline;
 *   <li>{@link #DOC_003} XX局政府信息公开工作六、责任追究: correction and circulated criticism, a sanction
 *       when serious, criminal liability for a crime.
 * </ul>
 *
 * <p>[convention] The rungs are not cumulative: each severity has its own sanctions, and any measure
 * of a lower rung is for the deciding body to add. 来源文件003 has three degrees only (有下列情形之一的 /
 * 情节严重的 / 构成犯罪的): its first rung answers both {@link Severity#MINOR} and {@link
 * Severity#AFFECTS_WORK_OR_HARMS_PUBLIC}, which is said in a {@link FindingKind#CONVENTION} finding.
 * The menu of measures 来源文件000 applies to what an inspection finds (监督制度七) is {@link
 * InspectionMeasure}.
 */
public enum SanctionScheme {
  /** 来源文件002 责任追究制度四、2. */
  DOC_002(
      AccountabilityCitations.SANCTIONS,
      List.of(
          new Sanction(RESPONSIBLE_PERSON, WARNING_OR_CRITICISM),
          new Sanction(RESPONSIBLE_PERSON, CORRECT_WITHIN_DEADLINE)),
      List.of(
          new Sanction(UNIT, CRITICISM),
          new Sanction(PERSONS_CONCERNED, CIRCULATED_CRITICISM),
          new Sanction(PERSONS_CONCERNED, WRITTEN_SELF_EXAMINATION)),
      List.of(
          new Sanction(UNIT, CIRCULATED_CRITICISM),
          new Sanction(UNIT, RECTIFY_WITHIN_DEADLINE),
          new Sanction(SUPERVISING_LEADER, CIRCULATED_CRITICISM),
          new Sanction(SUPERVISING_LEADER, DISCIPLINARY_SANCTION_AS_WARRANTED),
          new Sanction(RESPONSIBLE_PERSON, DISCIPLINARY_SANCTION)),
      List.of(new Sanction(CASE, REFER_TO_JUDICIAL_AUTHORITIES))),
  /**
   * 来源文件000 临海市人防办政务公开责任追究制度七. The source writes 通告批评 in its second rung and
   * 分管道领导 in its third; they are read as 通报批评 and 分管领导.
   */
  DOC_000(
      AccountabilityCitations.SANCTIONS_000,
      List.of(
          new Sanction(RESPONSIBLE_PERSON, WARNING_OR_CRITICISM),
          new Sanction(RESPONSIBLE_PERSON, CORRECT_WITHIN_DEADLINE)),
      List.of(
          new Sanction(PERSONS_CONCERNED, CIRCULATED_CRITICISM),
          new Sanction(PERSONS_CONCERNED, WRITTEN_SELF_EXAMINATION),
          new Sanction(PERSONS_CONCERNED, DISQUALIFY_FROM_AWARDS_THIS_YEAR)),
      List.of(
          new Sanction(SECTION, CIRCULATED_CRITICISM),
          new Sanction(SECTION, RECTIFY_WITHIN_DEADLINE),
          new Sanction(SECTION, DISQUALIFY_FROM_AWARDS),
          new Sanction(LEADER_IN_CHARGE, CIRCULATED_CRITICISM),
          new Sanction(LEADER_IN_CHARGE, DISQUALIFY_FROM_AWARDS),
          new Sanction(LEADER_IN_CHARGE, REFER_FOR_DISCIPLINE_AS_WARRANTED),
          new Sanction(RESPONSIBLE_PERSON, TRANSFER_FROM_POST),
          new Sanction(RESPONSIBLE_PERSON, RECOMMEND_DISCIPLINARY_SANCTION)),
      List.of(new Sanction(CASE, REFER_TO_JUDICIAL_AUTHORITIES))),
  /** 来源文件003 XX局政府信息公开工作六、责任追究. */
  DOC_003(
      AccountabilityCitations.SANCTIONS_003,
      List.of(
          new Sanction(OFFICES_CONCERNED, ORDER_TO_CORRECT),
          new Sanction(OFFICES_CONCERNED, CIRCULATED_CRITICISM)),
      List.of(
          new Sanction(OFFICES_CONCERNED, ORDER_TO_CORRECT),
          new Sanction(OFFICES_CONCERNED, CIRCULATED_CRITICISM)),
      List.of(new Sanction(HEADS_AND_STAFF_RESPONSIBLE, SANCTION_BY_LAW)),
      List.of(new Sanction(CASE, CRIMINAL_LIABILITY)));

  private final Citation citation;
  private final ImmutableList<ImmutableList<Sanction>> rungs;

  SanctionScheme(
      Citation citation,
      List<Sanction> minor,
      List<Sanction> affectsWork,
      List<Sanction> serious,
      List<Sanction> crime) {
    this.citation = citation;
    this.rungs =
        ImmutableList.of(
            ImmutableList.copyOf(minor),
            ImmutableList.copyOf(affectsWork),
            ImmutableList.copyOf(serious),
            ImmutableList.copyOf(crime));
  }

  /**
   * Returns the sanctions a severity calls for under this ladder, in the source's order.
   *
   * @param severity the severity (情节)
   * @return the sanctions
   */
  public List<Sanction> sanctionsFor(Severity severity) {
    requireNonNull(severity, "severity");
    return rungs.get(severity.ordinal());
  }

  /** {@return the provision that sets the ladder} */
  public Citation citation() {
    return citation;
  }

  /**
   * Returns the sanctions a severity calls for as ACC-2 findings: an applied finding naming them
   * with the provision, preceded for 来源文件003's first two severities by the {@link
   * FindingKind#CONVENTION} that one rung answers both.
   *
   * @param severity the severity
   * @return the findings
   */
  public List<Finding> findings(Severity severity) {
    requireNonNull(severity, "severity");
    Finding applied = finding(severity);
    if (this == DOC_003 && severity.compareTo(Severity.SERIOUS) < 0) {
      return List.of(
          Finding.of(
              Rules.ACC_2,
              FindingKind.CONVENTION,
              Phrase.of(
                  "来源文件003只分“有下列情形之一的”“情节严重的”“构成犯罪的”三档，情节轻微与影响正常工作的情形均适用第一档",
                  "source 003 has three degrees only (any listed case, serious, a crime): minor"
                      + " cases and cases affecting work both take the first"),
              List.of(citation)),
          applied);
    }
    return List.of(applied);
  }

  /** The applied finding: the severity, then its sanctions. */
  Finding finding(Severity severity) {
    List<Sanction> sanctions = sanctionsFor(severity);
    StringBuilder chinese = new StringBuilder("{0} → ");
    StringBuilder english = new StringBuilder("{0} → ");
    Object[] values = new Object[sanctions.size() + 1];
    values[0] = Phrase.of(severity.label(), severity.english());
    for (int i = 0; i < sanctions.size(); i++) {
      String place = "{" + (i + 1) + "}";
      chinese.append(i == 0 ? "" : "；").append(place);
      english.append(i == 0 ? "" : "; ").append(place);
      values[i + 1] = sanctions.get(i).phrase();
    }
    return Finding.of(
        Rules.ACC_2,
        FindingKind.APPLIED,
        Phrase.of(chinese.toString(), english.toString(), values),
        List.of(citation));
  }
}
