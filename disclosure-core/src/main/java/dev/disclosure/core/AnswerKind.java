package dev.disclosure.core;

/**
 * The kinds of answer to a request (答复类型) across both regimes (REQ-3, REQ-4). Which kinds a
 * regime allows, and the provision for each, is data of the {@link Regime}.
 */
public enum AnswerKind {
  /** Already proactively published: tell how to obtain it (已主动公开，告知获取方式). */
  ALREADY_PUBLISHED(
      "已主动公开", "already proactively disclosed; the applicant told how to obtain it"),
  /** Disclosed (予以公开). */
  DISCLOSED("予以公开", "disclosed"),
  /** Disclosed in part, the exempt part withheld (部分公开). */
  PARTIALLY_DISCLOSED("部分公开", "disclosed in part"),
  /** Not disclosed, with reasons (不予公开). */
  NOT_DISCLOSED("不予公开", "not disclosed"),
  /** The information does not exist after search (信息不存在). */
  DOES_NOT_EXIST("信息不存在", "the information does not exist"),
  /** Not this agency's to disclose; name the right agency and contact if known (非本机关负责公开). */
  NOT_THIS_AGENCYS("非本机关负责公开", "not this agency's to disclose"),
  /** A repeated request (重复申请). */
  REPEATED_REQUEST("重复申请", "a repeated application"),
  /** Unrelated to the applicant's own production, living or research needs (与自身需要无关; OGI_2008 only). */
  UNRELATED_TO_NEEDS(
      "与申请人自身生产、生活、科研等特殊需要无关",
      "unrelated to the applicant's own special needs of production, living or research"),
  /** The request is unclear: the applicant is told to amend it (申请内容不明确; an answer under OGI_2008 only). */
  UNCLEAR_REQUEST(
      "申请内容不明确，告知申请人作出更改、补充",
      "the application is unclear; the applicant told to amend or supplement it"),
  /** Registration records with special statutory access rules (按照有关法律、行政法规的规定办理; OGI_2019 only). */
  SPECIAL_STATUTORY_ACCESS(
      "按照有关法律、行政法规的规定办理",
      "to be handled under the relevant laws and administrative regulations"),
  /** An excessive request without good reason, not processed (不予处理; OGI_2019 only). */
  EXCESSIVE_NOT_PROCESSED(
      "无正当理由大量、频繁申请，不予处理",
      "large numbers of frequent applications without good reason; not processed"),
  /**
   * A petition, complaint or report made in the form of a request, not processed as a request; the
   * applicant may be told the channel to use (信访、投诉、举报等活动，不作为政府信息公开申请处理; OGI_2019 only).
   */
  PETITION_NOT_PROCESSED(
      "信访、投诉、举报等活动，不作为政府信息公开申请处理",
      "a petition, complaint or report; not processed as an application for government"
          + " information"),
  /**
   * A request for public publications such as gazettes, newspapers or books; the applicant is told
   * how to obtain them (要求提供公开出版物，告知获取的途径; OGI_2019 only).
   */
  PUBLICATION_REQUESTED(
      "要求提供公开出版物，告知获取的途径",
      "a request for public publications; the applicant told how to obtain them");

  private final String label;
  private final String english;

  AnswerKind(String label, String english) {
    this.label = label;
    this.english = english;
  }

  /** {@return the Chinese label, for example {@code 部分公开}} */
  public String label() {
    return label;
  }

  /** {@return the English label, for example {@code disclosed in part}} */
  public String english() {
    return english;
  }
}
