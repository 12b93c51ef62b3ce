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

  private AccountabilityCitations() {}
}
