package dev.disclosure.core.accountability;

import dev.disclosure.calendar.Citation;
import dev.disclosure.calendar.LegalSource;
import dev.disclosure.core.law.LegalSources;

/** The provisions of the accountability system (责任追究制度, 来源文件002) this package applies. */
final class AccountabilityCitations {

  static final LegalSource DOC_002 = LegalSources.DOC_002;

  static final Citation HANDLER_ALONE =
      Citation.of(DOC_002, "责任追究制度四、1.(1)", "未报主管领导审核批准而作出的违反政府信息公开有关规定的行政行为，由承办人承担责任。");

  static final Citation APPROVED =
      Citation.of(
          DOC_002,
          "责任追究制度四、1.(2)",
          "经主管领导审核批准或同意后作出的违反政府信息公开有关规定的行为，由主管领导和承办人承担责任；" + "承办人向主管领导说明了行为错误或提出了正确意见的，可免除责任。");

  static final Citation COLLECTIVE =
      Citation.of(
          DOC_002,
          "责任追究制度四、1.(3)",
          "经过领导班子集体讨论决定作出的违反政府信息公开有关规定的行为，由主要领导、主管领导和承办人承担主要责任，班子其他成员承担次要责任；"
              + "承办人或班子其他成员向主要领导说明了行为错误或提出了正确意见的，可免除责任。");

  static final Citation SANCTIONS =
      Citation.of(
          DOC_002,
          "责任追究制度四、2.",
          "（1）情节轻微，影响较小的，对直接责任人给予告诫或批评教育，并限期改正。（2）影响正常工作，或者给群众造成损失的，对部门或单位提出批评；"
              + "对有关责任人给予通报批评，责令作出书面检查。（3）情节严重，影响较大的，对部门或单位给予通报批评，责令限期整改；"
              + "对主管领导给予通报批评，视情节给予相应的党纪政纪处分；对直接责任人给予相应的党纪政纪处分。（4）构成犯罪的，移送司法机关处理。");

  static final Citation SANCTIONS_000 =
      Citation.of(
          LegalSources.DOC_000,
          "临海市人防办政务公开责任追究制度七",
          "对违反政务公开有关规定的科室及工作人员按以下办法追究责任：1、情况轻微、影响较小的，对直接责任人给予告诫或批评教育，并限期改正。"
              + "2、影响正常工作或者给群众造成损失的对有关责任人给予通告批评，责令作出书面检查，取消其当年评优、评奖资格。"
              + "3、情节严重、影响较大的，给予通报批评，责令限期整改，取消评优、评奖资格；对分管道领导给予通报批评，取消评优、评奖资格，"
              + "视情节报纪检部门给予相应的党纪政纪处分；将直接责任人调离原工作岗位，并建议上级部门按规定给予党纪政纪处分。4、触犯刑律的，移送司法机关处理");

  static final Citation SANCTIONS_003 =
      Citation.of(
          LegalSources.DOC_003,
          "XX局政府信息公开工作六、责任追究",
          "由监察室责令改正，通报批评；情节严重的，对有关科、处、室、所主要负责人或主管人员和其他直接责任人员依法给予以处分；构成犯罪的，依法追究刑事责任。");

  /** ACC-5: what the publicity includes (第七条), and the hearing participants with it (第十三条). */
  static final Citation PUBLICITY_CONTENTS =
      Citation.of(
          LegalSources.DOC_000,
          "重大事项公示和听证制度第七条、第十三条",
          "公示包括以下内容：（一）重大行政决策事项的基本情况；（二）重大行政决策事项的必要性或可行性说明；"
              + "（三）重大行政决策事项的有关统计数据、调查分析资料；（四）重大行政决策事项的论证经过，即听取意见的范围、人数、尤其是利害关系人、专家所占的比例及意见；"
              + "（五）重大行政决策事项的法律分析意见书；（六）收集反馈信息的渠道；（七）其它需要公示的内容。……"
              + "听证参加人的范围、条件、数量，根据听证事项的内容确定，在公示时一并公示。");

  /** ACC-5: the director's office meeting passes the publicity documents (第八条). */
  static final Citation OFFICE_MEETING =
      Citation.of(
          LegalSources.DOC_000,
          "重大事项公示和听证制度第八条",
          "承办科室根据本办法的规定，拟制公示文件，建议公示方式，提交主任办公会审查通过后予以公示。");

  /** ACC-5: what the publicity report includes (第十条). */
  static final Citation PUBLICITY_REPORT =
      Citation.of(
          LegalSources.DOC_000,
          "重大事项公示和听证制度第十条",
          "公示中收集的信息，相关科室应如实、全面、及时形成公示报告。公示报告包括以下内容：（一）公示的基本情况；"
              + "（二）收集的主要意见、建议及理由；（三）对主要意见、建议的处理意见。");

  /** ACC-5: what the hearing announcement gives (第十一条). */
  static final Citation HEARING_NOTICE =
      Citation.of(
          LegalSources.DOC_000,
          "重大事项公示和听证制度第十一条",
          "重大行政决策事项需要听证的，应在公示结束后五个工作日内作出，并向社会公告听证会时间、地点、参加方式、参加人数等。");

  /** ACC-5: what the hearing report includes (第十四条). */
  static final Citation HEARING_REPORT =
      Citation.of(
          LegalSources.DOC_000,
          "重大事项公示和听证制度第十四条",
          "听证会后七日内，相关科室应如实、全面、及时形成听证报告。听证报告包括以下内容：（一）听证的基本情况；"
              + "（二）听证会收集的主要意见、建议及理由；（三）对主要意见、建议的处理意见。");

  /** ACC-3: the categories of complaints and their handling (来源文件000 投诉处理制度第二条、第六条). */
  static final Citation COMPLAINT_HANDLING =
      Citation.of(
          LegalSources.DOC_000,
          "投诉处理制度第二条、第六条",
          "本办受理的投诉按以下三种情况分别处理：……（二）立案处理类投诉：1、我办综合科经调查，提出督办意见和回复期限，交由被投诉窗口或所在科室处理。"
              + "2、被投诉窗口或科室需按要求，及时妥善处理投诉，答复投诉人，并将处理结果和整改情况书面回复综合科，以便跟踪督办。"
              + "3、被投诉窗口的处理结果和整改情况不符合要求，投诉人仍有意见的，我办可再次签发《投诉督办表》，要求被投诉窗口或科室加大处理力度。");

  /** P-INTERVIEW: the length of an online interview, and no early end or extension (第十三条). */
  static final Citation INTERVIEW_LENGTH =
      Citation.of(
          LegalSources.DOC_003,
          "“网上访谈”工作制度第十三条",
          "“网上访谈”每年度原则上不少于26期，活动时间每期不超过2小时，非因特殊原因不得提前终止和延长时间。");

  private AccountabilityCitations() {}
}
