package dev.disclosure.core.accountability;

/**
 * What the announcement of a hearing tells the public (听证公告内容, ACC-5, 来源文件000 重大事项公示和听证制度第十一条:
 * "向社会公告听证会时间、地点、参加方式、参加人数等"). All four are required.
 */
public enum HearingNoticeContent {
  /** 听证会时间. */
  TIME("听证会时间", "the time of the hearing"),
  /** 地点. */
  PLACE("地点", "the place"),
  /** 参加方式. */
  HOW_TO_TAKE_PART("参加方式", "how to take part"),
  /** 参加人数. */
  NUMBER_OF_PARTICIPANTS("参加人数", "the number of participants");

  private final String label;
  private final String english;

  HearingNoticeContent(String label, String english) {
    this.label = label;
    this.english = english;
  }

  /** {@return the source's wording} */
  public String label() {
    return label;
  }

  /** {@return the English name} */
  public String english() {
    return english;
  }
}
