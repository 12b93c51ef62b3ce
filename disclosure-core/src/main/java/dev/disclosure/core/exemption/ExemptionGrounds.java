package dev.disclosure.core.exemption;

import static dev.disclosure.core.law.LegalSources.DOC_002;
import static dev.disclosure.core.law.LegalSources.OGI_2008;
import static dev.disclosure.core.law.LegalSources.OGI_2019;

import dev.disclosure.calendar.Citation;

/**
 * The exemption grounds of the two regimes: OGI_2008 as the implementing rules list them (EX-1,
 * EX-2), with internal management information of 国办发〔2010〕5号, and OGI_2019 第十四条至第十六条 (EX-3).
 */
public final class ExemptionGrounds {

  private static final String LIST_2008 = "不予公开的政府信息第1项";

  /** OGI_2008 (1): state secrets (所有涉及国家秘密的事项). */
  public static final ExemptionGround STATE_SECRET_2008 =
      ExemptionGround.of(
          "OGI-2008-STATE-SECRET",
          "涉及国家秘密",
          "state secrets",
          GroundOverride.NONE,
          Citation.of(DOC_002, LIST_2008 + "第（1）目", "所有涉及国家秘密的事项。"));
  /** OGI_2008 (2): work secrets set by law, regulation or rule (工作秘密). */
  public static final ExemptionGround WORK_SECRET_2008 =
      ExemptionGround.of(
          "OGI-2008-WORK-SECRET",
          "工作秘密",
          "work secrets set by law, regulation or rule",
          GroundOverride.NONE,
          Citation.of(DOC_002, LIST_2008 + "第（2）目", "国家有关法律、法规、规章规定的工作秘密。"));
  /** OGI_2008 (3): trade secrets (商业秘密), lifted by consent or public interest (EX-2). */
  public static final ExemptionGround TRADE_SECRET_2008 =
      ExemptionGround.of(
          "OGI-2008-TRADE-SECRET",
          "商业秘密",
          "trade secrets",
          GroundOverride.CONSENT_OR_PUBLIC_INTEREST,
          Citation.of(DOC_002, LIST_2008 + "第（3）目", "依法受到保护的商业秘密。"));
  /** OGI_2008 (4): personal privacy (个人隐私), lifted by consent or public interest (EX-2). */
  public static final ExemptionGround PERSONAL_PRIVACY_2008 =
      ExemptionGround.of(
          "OGI-2008-PERSONAL-PRIVACY",
          "个人隐私",
          "personal privacy",
          GroundOverride.CONSENT_OR_PUBLIC_INTEREST,
          Citation.of(DOC_002, LIST_2008 + "第（4）目", "依法受到保护的个人隐私。"));
  /** OGI_2008 (5): under investigation, discussion or deliberation, may harm state or public interests. */
  public static final ExemptionGround UNDER_DELIBERATION_2008 =
      ExemptionGround.of(
          "OGI-2008-UNDER-DELIBERATION",
          "正在调查、讨论、审议过程中的信息",
          "information under investigation, discussion or deliberation",
          GroundOverride.PUBLIC_INTEREST_WITHOUT_SUBSTANTIVE_HARM,
          Citation.of(
              DOC_002, LIST_2008 + "第（5）目", "正在调查、讨论、审议过程中，公开后可能影响国家利益、公共利益的。"));
  /** OGI_2008 (6): may endanger national, public or economic security or social stability. */
  public static final ExemptionGround SECURITY_AND_STABILITY_2008 =
      ExemptionGround.of(
          "OGI-2008-SECURITY-STABILITY",
          "危及国家安全、公共安全、经济安全和社会稳定",
          "a danger to national, public or economic security or social stability",
          GroundOverride.NONE,
          Citation.of(DOC_002, LIST_2008 + "第（6）目", "公开后可能危及国家安全、公共安全、经济安全和社会稳定的。"));
  /** OGI_2008 (7): other information that law, regulation or rule exempts. */
  public static final ExemptionGround OTHER_BY_LAW_2008 =
      ExemptionGround.of(
          "OGI-2008-OTHER-BY-LAW",
          "法律、法规、规章规定不予公开的其他政府信息",
          "other information that a law, regulation or rule exempts",
          GroundOverride.NONE,
          Citation.of(DOC_002, LIST_2008 + "第（7）目", "法律、法规、规章规定不予公开的其他政府信息。"));

  /**
   * OGI_2008: internal management information (内部管理信息), which 国办发〔2010〕5号 第二条第二款 says is generally
   * not information to be disclosed; courts upheld refusals on it under OGI-2008 (a city leader's
   * 批示: 最高人民法院 (2016)最高法行申2769号). "一般" gives a discretion, not a duty, so it may be withheld
   * unless a law, regulation or rule requires disclosure.
   */
  public static final ExemptionGround INTERNAL_MANAGEMENT_2008 =
      ExemptionGround.of(
          "OGI-2008-INTERNAL-MANAGEMENT",
          "内部管理信息",
          "internal management information",
          GroundOverride.UNLESS_LAW_REQUIRES_DISCLOSURE,
          ExemptionCitations.GUO_BAN_FA_2010_5_ART_2);

  private static final Citation OGI_2019_ART_14 =
      Citation.of(
          OGI_2019,
          "第十四条",
          "依法确定为国家秘密的政府信息，法律、行政法规禁止公开的政府信息，以及公开后可能危及国家安全、公共安全、经济安全、社会稳定的政府信息，不予公开。");
  private static final Citation OGI_2019_ART_15 =
      Citation.of(
          OGI_2019,
          "第十五条",
          "涉及商业秘密、个人隐私等公开会对第三方合法权益造成损害的政府信息，行政机关不得公开。但是，第三方同意公开或者行政机关认为不公开会对公共利益造成重大影响的，予以公开。");
  private static final Citation OGI_2019_ART_16 =
      Citation.of(
          OGI_2019,
          "第十六条",
          "行政机关的内部事务信息，包括人事管理、后勤管理、内部工作流程等方面的信息，可以不予公开。行政机关在履行行政管理职能过程中形成的讨论记录、"
              + "过程稿、磋商信函、请示报告等过程性信息以及行政执法案卷信息，可以不予公开。法律、法规、规章规定上述信息应当公开的，从其规定。");

  /** OGI_2019 第十四条: state secrets (国家秘密). */
  public static final ExemptionGround STATE_SECRET_2019 =
      ExemptionGround.of(
          "OGI-2019-STATE-SECRET",
          "依法确定为国家秘密",
          "state secrets as determined by law",
          GroundOverride.NONE,
          OGI_2019_ART_14);
  /** OGI_2019 第十四条: prohibited by law or administrative regulation. */
  public static final ExemptionGround PROHIBITED_BY_LAW_2019 =
      ExemptionGround.of(
          "OGI-2019-PROHIBITED-BY-LAW", "法律、行政法规禁止公开", "disclosure forbidden by a law or administrative regulation", GroundOverride.NONE, OGI_2019_ART_14);
  /** OGI_2019 第十四条: endangers the three securities and one stability (三安全一稳定). */
  public static final ExemptionGround SECURITY_AND_STABILITY_2019 =
      ExemptionGround.of(
          "OGI-2019-SECURITY-STABILITY",
          "公开后可能危及国家安全、公共安全、经济安全、社会稳定",
          "a danger to national, public or economic security or social stability",
          GroundOverride.NONE,
          OGI_2019_ART_14);
  /** OGI_2019 第十五条: trade secrets, lifted by consent or serious public interest. */
  public static final ExemptionGround TRADE_SECRET_2019 =
      ExemptionGround.of(
          "OGI-2019-TRADE-SECRET", "商业秘密", "trade secrets", GroundOverride.CONSENT_OR_PUBLIC_INTEREST, OGI_2019_ART_15);
  /** OGI_2019 第十五条: personal privacy, lifted by consent or serious public interest. */
  public static final ExemptionGround PERSONAL_PRIVACY_2019 =
      ExemptionGround.of(
          "OGI-2019-PERSONAL-PRIVACY", "个人隐私", "personal privacy", GroundOverride.CONSENT_OR_PUBLIC_INTEREST, OGI_2019_ART_15);
  /** OGI_2019 第十六条: internal-affairs information (内部事务信息). */
  public static final ExemptionGround INTERNAL_AFFAIRS_2019 =
      ExemptionGround.of(
          "OGI-2019-INTERNAL-AFFAIRS",
          "内部事务信息",
          "internal-affairs information",
          GroundOverride.UNLESS_LAW_REQUIRES_DISCLOSURE,
          OGI_2019_ART_16);
  /** OGI_2019 第十六条: process information (过程性信息). */
  public static final ExemptionGround PROCESS_INFORMATION_2019 =
      ExemptionGround.of(
          "OGI-2019-PROCESS-INFORMATION",
          "过程性信息",
          "process information",
          GroundOverride.UNLESS_LAW_REQUIRES_DISCLOSURE,
          OGI_2019_ART_16);
  /** OGI_2019 第十六条: administrative enforcement case files (行政执法案卷信息). */
  public static final ExemptionGround ENFORCEMENT_CASE_FILE_2019 =
      ExemptionGround.of(
          "OGI-2019-ENFORCEMENT-CASE-FILE",
          "行政执法案卷信息",
          "administrative enforcement case files",
          GroundOverride.UNLESS_LAW_REQUIRES_DISCLOSURE,
          OGI_2019_ART_16);

  /**
   * OGI-2008 第十四条第四款, the national text on state secrets, trade secrets and privacy with its
   * consent and public-interest exceptions; the OGI_2008 decisions cite it together with the local
   * list of 来源文件002.
   */
  public static final Citation OGI_2008_ART_14 =
      Citation.of(
          OGI_2008,
          "第十四条第四款",
          "行政机关不得公开涉及国家秘密、商业秘密、个人隐私的政府信息。但是，经权利人同意公开或者行政机关认为不公开可能对公共利益造成重大影响的"
              + "涉及商业秘密、个人隐私的政府信息，可以予以公开。");

  private ExemptionGrounds() {}
}
