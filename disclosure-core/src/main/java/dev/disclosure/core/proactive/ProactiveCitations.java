package dev.disclosure.core.proactive;

import static dev.disclosure.core.law.LegalSources.DOC_000;
import static dev.disclosure.core.law.LegalSources.DOC_002;
import static dev.disclosure.core.law.LegalSources.DOC_003;

import dev.disclosure.calendar.Citation;

/** The provisions of proactive disclosure (主动公开) that this package quotes, spelled once. */
final class ProactiveCitations {

  /**
   * PRO-1: the 22 key categories of governments at county level and above and their departments.
   */
  static final Citation COUNTY_CATALOG = Citation.of(DOC_002, "主动公开制度一、1", "县级以上政府和部门须主动公开的重点内容");

  /** PRO-1: the 8 key categories of township governments. */
  static final Citation TOWNSHIP_CATALOG = Citation.of(DOC_002, "主动公开制度一、2", "乡（镇）政府须主动公开的重点内容");

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
          DOC_003, "XX局政府信息公开工作三、公开内容", "（一）机构职能。……（二）政策法规。……（三）规划计划。……（四）业务工作。……（五）其它信息。");

  /** PRO-1: the eleven kinds of information a school publishes proactively. */
  static final Citation SCHOOL_CATALOG =
      Citation.of(
          DOC_003,
          "小学信息公开工作实施方案二、（一）主动公开的信息",
          "1.学校基本情况，包括历史沿革、办学性质、办学地点、办学规模、办学基本条件、机构职能、联系方式等；……11.其他应当主动公开的情况。");

  /** PRO-1: a supply and marketing cooperative's six categories. */
  static final Citation COOPERATIVE_CATALOG =
      Citation.of(
          DOC_003,
          "州供销社政府信息公开工作自查情况二、（二）",
          "提出了向社会主动公开的机构职能、法律依据类、发展规划类、业务及服务类、四项制度信息与人民群众切身利益相关的各类动态性信息等6类主动公开信息");

  /** PRO-1: a justice bureau's two classes of content. */
  static final Citation JUSTICE_BUREAU_CATALOG =
      Citation.of(
          DOC_000,
          "市司法局2024年政务公开工作计划四、公开内容",
          "（一）职责类1、****市司法局工作职责；2、****市司法局领导（局长、副局长）分工；3、****市司法局科（室）负责人姓名、分工。"
              + "（二）政务类1、****市司法局办事程序，主要行政、管理制度；2、法律、法规和相关政策；"
              + "3、司法行政工作职责、公示制度、监督检查制度、工作人员守则；4、局机关副科级以上干部职务任前公示。");

  /** PRO-1: a land and resources bureau's "eight disclosures". */
  static final Citation EIGHT_DISCLOSURES =
      Citation.of(
          DOC_000,
          "市国土资源局政务公开工作计划二、二是规范公开内容",
          "具体确定好“八公开”，即：公开部门职责以及具体办事人员的职务姓名、工作范围和权限；公开法律法规、规章制度，主要是各项行政事业性收费的法律法规依据；"
              + "公开办事条件、办事要求、办事程序；公开办事时限，主要是承诺办理的时限；公开土地、矿产资源招拍挂信息和结果；公开办事纪律和廉政勤政制度；"
              + "公开监督举报电话，设立政务公开电子信箱、意见箱；其它需要公开的热点难点问题。");

  /** PRO-1: the six items a civil air defence office commits to publish. */
  static final Citation PUBLISHED_COMMITMENTS =
      Citation.of(
          DOC_000,
          "临海市人防办政务公开工作承诺制度二、（一）法规政策公布承诺",
          "我们在人防网上及《便民手册》中公开以下内容，接受您的监督：1、省财政、物价部门批准的收费标准；2、行政许可的法律、政策依据；3、服务承诺；"
              + "4、办理所需提供的资料、步骤及方法；5、工作纪律和廉政规定；6、监督投诉电话。");

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

  /** PRO-7, as a supply and marketing cooperative practises it. */
  static final Citation APPROVAL_COOPERATIVE =
      Citation.of(
          DOC_003,
          "州供销社政府信息公开工作自查情况一、（四）",
          "凡属我单位主动公开的政府信息，由信息产生科室提交××州供销社政府信息公开办公室进行审查，并由分管领导进行确认、保密审查，签字后，"
              + "由政府信息公开具体负责的工作人员在信息形成或更新的20个工作日内将信息上传或更新在××州供销社政府信息公开网或政府信息公开栏。");

  /** PRO-7: information published in a government's name. */
  static final Citation PROCEDURE_GOVERNMENT =
      Citation.of(
          DOC_002,
          "主动公开制度二、1",
          "需要以各级人民政府名义主动公开的政府信息，由政府办公部门提出意见，其中涉及国家秘密的，须经本级办公部门保密委员会依照相关法律、法规进行保密审查；"
              + "涉及第三方权益的，经与涉及第三方权益的其他政府机关协调确认，报本级人民政府主要负责人审定后公开。");

  /** PRO-7: information published by a department or a vertically led body. */
  static final Citation PROCEDURE_DEPARTMENT =
      Citation.of(
          DOC_002,
          "主动公开制度二、2",
          "需要由政府所属部门或实行垂直领导的行政执法机关公开的事项，由该部门政务公开工作机构提出意见，其中涉及国家秘密的，须经部门或机关保密委员会依照相关法律、法规进行保密审查；"
              + "涉及第三方权益的，经与涉及第三方权益的其他政府机关协调确认，报部门或机关主要负责人审定后公开。");

  /** PRO-7: information published by another organization exercising administrative powers. */
  static final Citation PROCEDURE_OTHER_ORGANIZATION =
      Citation.of(
          DOC_002,
          "主动公开制度二、3",
          "需要由其他依法行使行政职权的组织公开的事项，由该组织提出意见并经主要负责人审定后公开，同时报该组织主管部门备案。");

  private ProactiveCitations() {}
}
