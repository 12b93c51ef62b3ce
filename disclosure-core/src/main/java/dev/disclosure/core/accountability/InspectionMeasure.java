package dev.disclosure.core.accountability;

import dev.disclosure.calendar.Citation;
import dev.disclosure.calendar.Finding;
import dev.disclosure.calendar.FindingKind;
import dev.disclosure.calendar.Phrase;
import dev.disclosure.core.law.LegalSources;
import dev.disclosure.core.law.Rules;
import java.util.List;

/**
 * The ways of dealing with what a supervision check finds (监督检查发现问题的处理方式, ACC-2, 来源文件000
 * 临海市人防办政务公开监督制度七): for a breach of the rules, content not published truthfully, or content
 * not published at all, one of five measures "视情节轻重" (by the gravity of the case). The source
 * ties no measure to a degree, so the measures are a menu the deciding body chooses from, in the
 * source's order (lightest first).
 */
public enum InspectionMeasure {
  /** 1、批评教育，限期整改. */
  CRITICISM_AND_RECTIFICATION("批评教育，限期整改", "criticism and rectification within a deadline"),
  /** 2、责令责任人员作出书面检查，予以通报批评. */
  SELF_EXAMINATION_AND_CIRCULATED_CRITICISM(
      "责令责任人员作出书面检查，予以通报批评",
      "an order to the responsible staff to make a written self-examination, and circulated"
          + " criticism"),
  /** 3、诫勉. */
  ADMONITION("诫勉", "admonition"),
  /** 4、取消当年各类先进参评资格. */
  DISQUALIFICATION_FROM_HONOURS(
      "取消当年各类先进参评资格", "disqualification from that year's selections for honours"),
  /** 5、给予党纪政纪处分. */
  DISCIPLINARY_SANCTION("给予党纪政纪处分", "a Party or administrative disciplinary sanction");

  /** 监督制度七. */
  public static final Citation CITATION =
      Citation.of(
          LegalSources.DOC_000,
          "临海市人防办政务公开监督制度七",
          "对检查中发现的违反制度规定、不据实公开或不实行公开的，视情节轻重，采取以下方式处理：1、批评教育，限期整改；"
              + "2、责令责任人员作出书面检查，予以通报批评；3、诫勉；4、取消当年各类先进参评资格；5、给予党纪政纪处分。");

  private final String label;
  private final String english;

  InspectionMeasure(String label, String english) {
    this.label = label;
    this.english = english;
  }

  /**
   * {@return the source's wording, e.g. {@code 诫勉}}
   */
  public String label() {
    return label;
  }

  /**
   * {@return the English name, e.g. {@code admonition}}
   */
  public String english() {
    return english;
  }

  /**
   * Returns the measure chosen as an applied ACC-2 finding citing 监督制度七.
   *
   * @return the finding
   */
  public Finding finding() {
    return Finding.of(
        Rules.ACC_2,
        FindingKind.APPLIED,
        Phrase.of(
            "检查发现问题，视情节轻重处理：{0}",
            "a problem found by a check, dealt with by its gravity: {0}",
            Phrase.of(label, english)),
        List.of(CITATION));
  }
}
