package dev.disclosure.scoring;

import static java.util.Objects.requireNonNull;

import dev.disclosure.calendar.Citation;

/**
 * A consequence (奖惩、处理) a rubric attaches to a grade, an overriding finding or a place in a
 * ranking, typed, with the text's own words and its provision: 合格 → 由本级政府通报表彰 ({@code 001}
 * 第六条), 不满意 → 限期整改 and 通报批评 ({@code 002}), last place under 80 → 诫勉谈话 ({@code 004}).
 *
 * @param kind what kind of consequence it is
 * @param wording the text's own words, in Chinese
 * @param citation the provision
 */
public record Consequence(Consequence.Kind kind, String wording, Citation citation) {

  /** The kinds of consequence the seeds name. */
  public enum Kind {
    /** Commended in a circular (通报表彰、予以表彰). */
    COMMENDATION("通报表彰", "commendation"),
    /** Ordered to rectify (责令整改、限期整改). */
    RECTIFICATION("责令整改", "rectification ordered"),
    /** Criticised in a circular (通报批评). */
    CIRCULATED_CRITICISM("通报批评", "circulated criticism"),
    /** A status revoked (取消资格). */
    STATUS_REVOKED("取消资格", "status revoked"),
    /** Made public (向社会公布). */
    PUBLICATION("向社会公布", "published"),
    /** People held to account (追究责任). */
    DISCIPLINE("追究责任", "people held to account"),
    /** An admonishment talk (诫勉谈话、约谈). */
    ADMONISHMENT_TALK("诫勉谈话", "admonishment talk"),
    /** A prize in money (奖金). */
    PRIZE("奖励", "prize"),
    /** The result counts towards awards and the year-end bonus (与评选先进及年终奖挂钩). */
    AWARDS_LINKED("与评选先进及年终奖挂钩", "linked to awards and the year-end bonus"),
    /** Awards of the year withdrawn (取消当年评选先进资格). */
    AWARDS_WITHDRAWN("取消评选先进资格", "awards of the year withdrawn"),
    /** A grade withheld (不得确定为优秀). */
    GRADE_WITHHELD("不得评定等次", "grade withheld"),
    /** The result reported to a higher body (考核结果报送). */
    RESULT_REPORTED("考核结果报送", "result reported");

    private final String label;
    private final String english;

    Kind(String label, String english) {
      this.label = label;
      this.english = english;
    }

    /** {@return the Chinese label, e.g. {@code 通报表彰}} */
    public String label() {
      return label;
    }

    /** {@return the English words, e.g. {@code commendation}} */
    public String english() {
      return english;
    }
  }

  /**
   * Checks the values.
   *
   * @throws IllegalArgumentException if the wording is blank
   * @param kind what kind of consequence it is
   * @param wording the text's own words, in Chinese
   * @param citation the provision
   */
  public Consequence {
    requireNonNull(kind, "kind");
    requireNonNull(wording, "wording");
    requireNonNull(citation, "citation");
    if (wording.isBlank()) {
      throw new IllegalArgumentException("a consequence of kind " + kind + " needs its wording");
    }
  }

  /**
   * Returns a consequence.
   *
   * @param kind the kind
   * @param wording the text's words
   * @param citation the provision
   * @return the consequence
   */
  public static Consequence of(Kind kind, String wording, Citation citation) {
    return new Consequence(kind, wording, citation);
  }
}
