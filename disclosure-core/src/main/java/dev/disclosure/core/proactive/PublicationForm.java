package dev.disclosure.core.proactive;

import dev.disclosure.calendar.Citation;

/**
 * A form of proactive publication (主动公开形式, PRO-5): the disclosure catalog on the government portal,
 * which every publication of a government or department uses, and the seven forms added to it.
 *
 * <p>How a {@link Publication} must combine them is explained there.
 */
public enum PublicationForm {
  /**
   * 政府信息（政务）公开目录: the disclosure catalog on the government portal, the base of every publication.
   */
  PORTAL_CATALOG("以政府信息（政务）公开目录形式在政府门户网站公开"),
  /** 政府公报: the government gazette. */
  GAZETTE("政府公报"),
  /** 报纸、广播、电视等媒体: newspapers, radio, television and other media. */
  MEDIA("报纸、广播、电视等媒体"),
  /** 政府信息公开栏、电子屏幕、电子触摸屏、揭示板等: notice boards, screens, touch screens, bulletin boards. */
  NOTICE_BOARDS("政府信息公开栏、电子屏幕、电子触摸屏、揭示板等"),
  /** 便民手册、公告或通告: handbooks for the public, announcements or notices. */
  HANDBOOKS_AND_NOTICES("便民手册、公告或通告"),
  /** 新闻发布会: press conferences. */
  PRESS_CONFERENCE("新闻发布会"),
  /** 公共图书馆设置的政府信息查询点: government-information query points in public libraries. */
  LIBRARY_QUERY_POINT("公共图书馆设置的政府信息查询点"),
  /** 政府在档案馆设立的现行文件查阅中心: current-documents reading centers in archives. */
  ARCHIVE_READING_CENTER("政府在档案馆设立的现行文件查阅中心");

  private final String label;

  PublicationForm(String label) {
    this.label = label;
  }

  /** {@return the official Chinese wording of the form, for example {@code 新闻发布会}} */
  public String label() {
    return label;
  }

  /** {@return the provision that lists the forms (主动公开制度三)} */
  public Citation citation() {
    return ProactiveCitations.FORMS;
  }
}
