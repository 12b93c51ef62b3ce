package dev.disclosure.core.proactive;

import static dev.disclosure.core.law.LegalSources.DOC_002;
import static dev.disclosure.core.law.LegalSources.DOC_003;

import dev.disclosure.calendar.Citation;

/** The provisions of proactive disclosure (主动公开) that this package quotes, spelled once. */
final class ProactiveCitations {

  /**
   * PRO-1: the 22 key categories of governments at county level and above and their departments.
   */
  static final Citation COUNTY_CATALOG = Citation.of(DOC_002, "主动公开制度一、1", "县级以上政府和部门须主动公开的重点内容。");

  /** PRO-1: the 8 key categories of township governments. */
  static final Citation TOWNSHIP_CATALOG = Citation.of(DOC_002, "主动公开制度一、2", "乡（镇）政府须主动公开的重点内容。");

  /** PRO-1: beyond the key categories, whatever the public needs to know is published too. */
  static final Citation WIDE_PUBLIC_INTEREST =
      Citation.of(
          DOC_002,
          "主动公开制度一、4",
          "除1、2项所列须主动公开的重点内容外，其他涉及公民、法人或者其他组织切身利益的，需要社会公众广泛知晓或者参与的，"
              + "依照法律、法规和国家有关规定应当主动公开的政府信息也要主动公开。");

  /** PRO-1: the department catalog (部门公开目录). */
  static final Citation DEPARTMENT_CATALOG =
      Citation.of(
          DOC_003, "XX局政府信息公开工作三、公开内容", "（一）机构职能。……（二）政策法规。……（三）规划计划。……（四）业务工作。……（五）其它信息。……");

  /** EX-7: who publishes (谁制作谁公开，谁保存谁公开). */
  static final Citation WHO_PUBLISHES =
      Citation.of(
          DOC_002,
          "主动公开制度二、4",
          "政府机关制作的政府信息，由制作该政府信息的机关负责公开；政府机关从公民、法人或者其他组织获取的政府信息，由保存该政府信息的政府机关负责公开。");

  /** PRO-3: the 20 working days, and publication immediately after a legal cause ends. */
  static final Citation DEADLINE_AND_LEGAL_CAUSE =
      Citation.of(
          DOC_002,
          "主动公开制度二、5",
          "属于主动公开范围的政府信息，要在该政府信息形成或者变更之日起20个工作日内予以公开。因法定事由不能按时公开的，待原因消除后立即公开。");

  /** PRO-6: changes, revocations and terminations are reviewed, filed and explained. */
  static final Citation CHANGES =
      Citation.of(DOC_002, "主动公开制度二、9", "政府机关对公开事项进行变更、撤销或终止，应当按照上述规定进行审核备案，及时告知公众并作出说明。");

  /** PRO-5: the portal catalog plus one or more other forms. */
  static final Citation FORMS =
      Citation.of(
          DOC_002,
          "主动公开制度三",
          "以政府信息（政务）公开目录形式在政府门户网站公开的基础上，采取以下一种或几种形式公开：1.政府公报；"
              + "2.报纸、广播、电视等媒体；3.政府信息公开栏、电子屏幕、电子触摸屏、揭示板等；4.便民手册、公告或通告；"
              + "5.新闻发布会；6.公共图书馆设置的政府信息查询点；7.政府在档案馆设立的现行文件查阅中心。");

  /** PRO-7: drafting office proposes, supervising leader checks, principal leader agrees. */
  static final Citation APPROVAL =
      Citation.of(
          DOC_003,
          "XX局政府信息公开工作四、（一）公开程序",
          "坚持“先审查后公开”和“谁主管、谁负责，谁公开、谁审定”的原则。先由各科、处、室、所按要求提出公开信息内容，经分管领导把关、局主要领导同意，再予以公开。");

  /** PRO-7, as a street office practises it. */
  static final Citation APPROVAL_STREET_OFFICE =
      Citation.of(
          DOC_003, "街道政府信息公开工作情况", "公开的内容由有关科室、站、所提供后，分管领导先审核，然后提交政务公开领导小组研究，由政务公开领导小组组长同意后再予以公开。");

  private ProactiveCitations() {}
}
