package dev.disclosure.core.accountability;

import dev.disclosure.calendar.Citation;
import java.util.Optional;

/**
 * Where a report that an agency fails its disclosure duties goes (分层级受理举报, ACC-4, 来源文件002 责任追究制度五):
 * first the same-level supervision organ or disclosure office; if unsatisfied with their handling,
 * the next level up. [convention] The source names these two levels only, so {@link #next()} of the
 * next level up is empty.
 */
public enum Escalation {
  /** 本级监察机关、政务公开领导小组办公室. */
  SAME_LEVEL("本级监察机关、政务公开领导小组办公室"),
  /** 上一级业务主管部门、监察机关或者政务公开领导小组办公室. */
  NEXT_LEVEL_UP("上一级业务主管部门、监察机关或者政务公开领导小组办公室");

  /** 责任追究制度五. */
  public static final Citation CITATION =
      Citation.of(
          AccountabilityCitations.DOC_002,
          "责任追究制度五",
          "公民、法人或者其他组织认为政府机关不依法履行政府信息公开义务的，可向本级监察机关、政务公开领导小组办公室举报；"
              + "对本级监察机关和政务公开领导小组办公室的处理不满意的，可向上一级业务主管部门、监察机关或者政务公开领导小组办公室举报。");

  private final String bodies;

  Escalation(String bodies) {
    this.bodies = bodies;
  }

  /** Returns the bodies a report goes to at this level, in Chinese. */
  public String bodies() {
    return bodies;
  }

  /** Returns where a report goes when the reporter is unsatisfied with this level's handling. */
  public Optional<Escalation> next() {
    return this == SAME_LEVEL ? Optional.of(NEXT_LEVEL_UP) : Optional.empty();
  }
}
