package dev.disclosure.core.exemption;

import static dev.disclosure.core.law.LegalSources.DOC_002;
import static dev.disclosure.core.law.LegalSources.DOC_003;
import static dev.disclosure.core.law.LegalSources.OGI_2008;
import static dev.disclosure.core.law.LegalSources.OGI_2019;
import static dev.disclosure.core.law.LegalSources.SPC_OGI_CASES_2011;

import dev.disclosure.calendar.Citation;
import dev.disclosure.calendar.LegalSource;

/**
 * The provisions the exemption and review rules cite, with their wording: 来源文件002 and 003 and the
 * two regulations. Which of them a regime's steps cite is data of {@link ExemptionRules}. Not
 * exported.
 */
final class ExemptionCitations {

  // ---- 来源文件002 ----------------------------------------------------------------------------

  /** 002 主动公开制度, opening: what is not secret or private is disclosed. */
  static final Citation DOC_002_PROACTIVE =
      Citation.of(
          DOC_002,
          "主动公开制度",
          "主动公开是指各级政府和政府部门以及依法履行行政职能的组织将其在履行职责过程中制作或者获取的以一定形式记录、保存的信息，"
              + "只要不属于国家秘密和商业秘密、个人隐私的都必须主动向社会公开。");

  /** 002 主动公开制度二第4项: who discloses (EX-7). */
  static final Citation DOC_002_WHO_DISCLOSES =
      Citation.of(
          DOC_002,
          "主动公开制度二第4项",
          "政府机关制作的政府信息，由制作该政府信息的机关负责公开；政府机关从公民、法人或者其他组织获取的政府信息，由保存该政府信息的政府机关负责公开。"
              + "法律、法规、规章规定应当由主管机关公开的政府信息，其他机关不得擅自公开。");

  /** 002 主动公开制度二第6项: disputes in the secrecy review go to the secrecy bureau. */
  static final Citation DOC_002_REVIEW_DISPUTE =
      Citation.of(DOC_002, "主动公开制度二第6项", "第1、2项内所指保密委员会在保密审查过程中存在争议的，报同级国家保密局或上级主管部门审查确定。");

  /** 002 主动公开制度二第7项: secret parts are declassified or removed, then the rest disclosed. */
  static final Citation DOC_002_SECRET_PART =
      Citation.of(
          DOC_002, "主动公开制度二第7项", "对主要内容需要公众广泛知晓或参与，但其中部分内容涉及国家秘密的政府信息，应经法定程序解密或删除涉密内容后，予以公开。");

  /** 002 不予公开的政府信息第2项: what lifts grounds (3) and (4) (EX-2). */
  static final Citation DOC_002_CONSENT_OR_OUTWEIGHS =
      Citation.of(
          DOC_002,
          "不予公开的政府信息第2项",
          "第（3）、（4）项所涉及的政府信息，公民、法人或其他组织同意公开的；公开该信息所涉及的公共利益明显超过可能造成的损害的，"
              + "且不违反法律、法规和规章规定的，可以不受不予公开的限制。");

  /** 002 不予公开的政府信息第3项: what lifts ground (5) (EX-2). */
  static final Citation DOC_002_CLEAR_PUBLIC_INTEREST =
      Citation.of(
          DOC_002, "不予公开的政府信息第3项", "第（5）项所涉及的政府信息，如果有明显的公共利益并且公开不会造成个人利益实质性损害的，政府机关可以决定予以公开。");

  /** 002 依申请公开制度第（4）项: consult the third party in writing; public interest; notice. */
  static final Citation DOC_002_THIRD_PARTY =
      Citation.of(
          DOC_002,
          "依申请公开制度第（4）项",
          "政府机关认为申请公开的政府信息涉及第三方合法权益的，应当书面征求第三方的意见。第三方不同意公开的，不得公开；"
              + "但政府机关认为不公开可能对公共利益造成重大影响的，应当予以公开，并将决定公开的政府信息内容和理由书面通知第三方。");

  /** 002 保密审查制度第六条第1项: marked secrets are not disclosed (EX-4). */
  static final Citation DOC_002_MARKED =
      Citation.of(
          DOC_002,
          "保密审查制度第六条第1项",
          "各部门不得公开涉及国家秘密、商业秘密、个人隐私的下列政府信息：依照国家保密范围和定密规定，明确标识为“秘密”、“机密”、“绝密”的信息。");

  /** 002 保密审查制度第六条第2项: unmarked content that involves secrets is not disclosed (EX-4). */
  static final Citation DOC_002_UNMARKED =
      Citation.of(
          DOC_002, "保密审查制度第六条第2项", "各部门不得公开涉及国家秘密、商业秘密、个人隐私的下列政府信息：……虽未标识，但内容涉及国家秘密、商业秘密、个人隐私的信息。");

  /** 002 保密审查制度第七条: the four review steps (EX-6). */
  static final Citation DOC_002_REVIEW_STEPS =
      Citation.of(
          DOC_002,
          "保密审查制度第七条",
          "各部门对政府信息的保密审查应当依照以下程序进行：1、由信息产生的机构提出是否公开的初步意见；2、由信息产生机构的负责人提出是否公开的审查意见；"
              + "3、机关负责保密审查工作的机构提出审查意见；4、机关分管领导审查批准。");

  /** 002 保密审查制度第八条: jointly made information needs the others' written consent (EX-6). */
  static final Citation DOC_002_CO_MAKERS =
      Citation.of(
          DOC_002,
          "保密审查制度第八条",
          "不同行政机关共同形成的政府信息拟公开时，应由主办的行政机关负责公开前的保密审查，并以文字形式征得其他机关单位的同意后方可予以公开。");

  /** 002 保密审查制度第九条: unclear secrecy goes to the authority that can decide (EX-4). */
  static final Citation DOC_002_UNCLEAR =
      Citation.of(
          DOC_002,
          "保密审查制度第九条",
          "各部门对政府信息是否属于国家秘密和属于何种密级不明确的，属于主管业务方面的，逐级报至有权确定该事项密级的上级机关或保密工作部门确定；"
              + "其他方面的事项逐级报至有权确定该事项密级的保密工作部门确定。");

  /** 002 保密审查制度第十条: an expired secret is declassified first, then disclosed (EX-4). */
  static final Citation DOC_002_EXPIRED =
      Citation.of(
          DOC_002, "保密审查制度第十条", "已确定为国家秘密但已超过保密期限并拟公开的政府信息，行政机关应在保密审查确认能够公开后，按保密规定办理解密手续，再予以公开。");

  /** 002 保密审查制度第十一条: the three opinions, with basis and reason (EX-6). */
  static final Citation DOC_002_OPINIONS =
      Citation.of(
          DOC_002, "保密审查制度第十一条", "在进行保密审查时，负责保密审查工作的机构和人员应当提出“公开”、“免予公开”、“需报审”等审查意见，并注明其依据和理由。");

  /** 002 保密审查制度第十三条: secret parts withheld, the rest disclosed (EX-5). */
  static final Citation DOC_002_NON_SECRET_PROCESSING =
      Citation.of(
          DOC_002, "保密审查制度第十三条", "拟公开的政府信息中含有部分涉密内容的，应当按照有关规定进行非密处理，采取属于国家秘密的部分不予公开、其余部分公开的方法处理。");

  // ---- 来源文件003 ----------------------------------------------------------------------------

  /** 003: review before publication (先审查后公开, EX-6). */
  static final Citation DOC_003_REVIEW_FIRST =
      Citation.of(
          DOC_003, "政府信息公开工作实施方案四（一）公开程序", "严格遵循政府信息公开保密审查制度，坚持“先审查后公开”和“谁主管、谁负责，谁公开、谁审定”的原则。");

  // ---- the regulations ------------------------------------------------------------------------

  /** OGI-2008 第二十三条: consult the third party; public interest; notice in writing. */
  static final Citation OGI_2008_ART_23 =
      Citation.of(
          OGI_2008,
          "第二十三条",
          "行政机关认为申请公开的政府信息涉及商业秘密、个人隐私，公开后可能损害第三方合法权益的，应当书面征求第三方的意见；第三方不同意公开的，不得公开。"
              + "但是，行政机关认为不公开可能对公共利益造成重大影响的，应当予以公开，并将决定公开的政府信息内容和理由书面通知第三方。");

  /** OGI-2019 第十条: who discloses (EX-7). */
  static final Citation OGI_2019_ART_10 =
      Citation.of(
          OGI_2019,
          "第十条",
          "行政机关制作的政府信息，由制作该政府信息的行政机关负责公开。行政机关从公民、法人和其他组织获取的政府信息，由保存该政府信息的行政机关负责公开；"
              + "行政机关获取的其他行政机关的政府信息，由制作或者最初获取该政府信息的行政机关负责公开。法律、法规对政府信息公开的权限另有规定的，从其规定。");

  /** OGI-2019 第十条第三款: jointly made information, the lead maker discloses (EX-7). */
  static final Citation OGI_2019_ART_10_JOINT =
      Citation.of(OGI_2019, "第十条第三款", "两个以上行政机关共同制作的政府信息，由牵头制作的行政机关负责公开。");

  /** OGI-2019 第十三条: everything outside 第十四条至第十六条 is disclosed. */
  static final Citation OGI_2019_ART_13 =
      Citation.of(OGI_2019, "第十三条", "除本条例第十四条、第十五条、第十六条规定的政府信息外，政府信息应当公开。");

  /** OGI-2019 第十七条: review under the secrecy law; what the agency cannot decide goes up. */
  static final Citation OGI_2019_ART_17 =
      Citation.of(
          OGI_2019,
          "第十七条",
          "行政机关应当建立健全政府信息公开审查机制，明确审查的程序和责任。"
              + "行政机关应当依照《中华人民共和国保守国家秘密法》以及其他法律、法规和国家有关规定对拟公开的政府信息进行审查。"
              + "行政机关不能确定政府信息是否可以公开的，应当依照法律、法规和国家有关规定报有关主管部门或者保密行政管理部门确定。");

  /** OGI-2019 第三十二条: consult the third party; public interest; notice in writing. */
  static final Citation OGI_2019_ART_32 =
      Citation.of(
          OGI_2019,
          "第三十二条",
          "依申请公开的政府信息公开会损害第三方合法权益的，行政机关应当书面征求第三方的意见。第三方应当自收到征求意见书之日起15个工作日内提出意见。"
              + "第三方逾期未提出意见的，由行政机关依照本条例的规定决定是否公开。第三方不同意公开且有合理理由的，行政机关不予公开。"
              + "行政机关认为不公开可能对公共利益造成重大影响的，可以决定予以公开，并将决定公开的政府信息内容和理由书面告知第三方。");

  /** OGI-2019 第二条: what government information is. */
  static final Citation OGI_2019_ART_2 =
      Citation.of(OGI_2019, "第二条", "本条例所称政府信息，是指行政机关在履行行政管理职能过程中制作或者获取的，以一定形式记录、保存的信息。");

  /** OGI-2019 第四十一条: a person's own records, and their correction. */
  static final Citation OGI_2019_ART_41 =
      Citation.of(
          OGI_2019,
          "第四十一条",
          "公民、法人或者其他组织有证据证明行政机关提供的与其自身相关的政府信息记录不准确的，可以要求行政机关更正。");

  /** OGI-2008 第二条 (text of ../shared/law/ogi-2008.txt). */
  static final Citation OGI_2008_ART_2 =
      Citation.of(OGI_2008, "第二条", "本条例所称政府信息，是指行政机关在履行职责过程中制作或者获取的，以一定形式记录、保存的信息。");

  /**
   * OGI-2008 第八条, as quoted by 最高人民法院 (2017)最高法行申9280号: disclosure must not endanger the
   * three securities and one stability.
   */
  static final Citation OGI_2008_ART_8 =
      Citation.of(OGI_2008, "第八条", "行政机关公开政府信息，不得危及国家安全、公共安全、经济安全和社会稳定。");

  /** OGI-2008 第十三条: what may be requested. */
  static final Citation OGI_2008_ART_13 =
      Citation.of(
          OGI_2008,
          "第十三条",
          "除本条例第九条、第十条、第十一条、第十二条规定的行政机关主动公开的政府信息外，公民、法人或者其他组织还可以根据自身生产、生活、科研等特殊需要，"
              + "向国务院部门、地方各级人民政府及县级以上地方人民政府部门申请获取相关政府信息。");

  /** OGI-2008 第十四条第二款: review under the secrecy law before disclosure. */
  static final Citation OGI_2008_ART_14_2 =
      Citation.of(
          OGI_2008, "第十四条第二款", "行政机关在公开政府信息前，应当依照《中华人民共和国保守国家秘密法》以及其他法律、法规和国家有关规定对拟公开的政府信息进行审查。");

  /** OGI-2008 第十四条第三款: what the agency cannot determine goes to the competent authority. */
  static final Citation OGI_2008_ART_14_3 =
      Citation.of(
          OGI_2008, "第十四条第三款", "行政机关对政府信息不能确定是否可以公开时，应当依照法律、法规和国家有关规定报有关主管部门或者同级保密工作部门确定。");

  /** OGI-2008 第二十五条第一款: information about the applicant. */
  static final Citation OGI_2008_ART_25 =
      Citation.of(
          OGI_2008,
          "第二十五条第一款",
          "公民、法人或者其他组织向行政机关申请提供与其自身相关的税费缴纳、社会保障、医疗卫生等政府信息的，应当出示有效身份证件或者证明文件。");

  // ---- national implementing documents and other law ------------------------------------------

  /** 国办发〔2008〕36号, the State Council General Office's opinions on applying OGI-2008. */
  static final LegalSource GUO_BAN_FA_2008_36 =
      LegalSource.of(
          "《国务院办公厅关于施行〈中华人民共和国政府信息公开条例〉若干问题的意见》（国办发〔2008〕36号）",
          "General Office of the State Council, Opinions on Several Issues in Implementing the"
              + " Regulations on Open Government Information (Guo Ban Fa [2008] No. 36)");

  /** 国办发〔2010〕5号, the State Council General Office's opinions on requests. */
  static final LegalSource GUO_BAN_FA_2010_5 =
      LegalSource.of(
          "《国务院办公厅关于做好政府信息依申请公开工作的意见》（国办发〔2010〕5号）",
          "General Office of the State Council, Opinions on Handling Requests for Government"
              + " Information (Guo Ban Fa [2010] No. 5)");

  /** The Law on Guarding State Secrets, 2024 revision. */
  static final LegalSource SECRECY_LAW_2024 =
      LegalSource.of(
          "《中华人民共和国保守国家秘密法》（2024年修订）",
          "Law of the People's Republic of China on Guarding State Secrets (2024 revision)");


  /**
   * 国办发〔2008〕36号 on the secrecy review: what cannot be determined goes to the competent authority;
   * state secrets and what endangers the three securities and one stability are not disclosed. The
   * wording is that of the State Council General Office's release of 2008-04-30 (as reported by
   * Xinhua); the item number within the opinions is not given here.
   */
  static final Citation GUO_BAN_FA_2008_36_REVIEW =
      Citation.of(
          GUO_BAN_FA_2008_36,
          "政府信息公开保密审查部分",
          "行政机关在制作政府信息时，要明确该政府信息是否应当公开；对于不能确定是否可以公开的，要报有关业务主管部门（单位）或者同级保密工作部门确定。"
              + "行政机关要严格依照《中华人民共和国保守国家秘密法》及其实施办法等相关规定，对拟公开的政府信息进行保密审查。"
              + "凡属国家秘密或者公开后可能危及国家安全、公共安全、经济安全和社会稳定的政府信息，不得公开。");

  /**
   * 国办发〔2010〕5号 第二条第二款, as 最高人民法院 quotes it in (2016)最高法行申2769号: internal management and
   * process information are generally not information to be disclosed.
   */
  static final Citation GUO_BAN_FA_2010_5_ART_2 =
      Citation.of(
          GUO_BAN_FA_2010_5,
          "第二条第二款",
          "行政机关在日常工作中制作或者获取的内部管理信息以及处于讨论、研究或者审查中的过程性信息，一般不属于《条例》所指应公开的政府信息。");

  /**
   * 保守国家秘密法 (2024) 第二十四条第二款: a secret whose term has expired is declassified by itself
   * (2010 revision: 第十九条).
   */
  static final Citation SECRECY_LAW_2024_ART_24 =
      Citation.of(SECRECY_LAW_2024, "第二十四条第二款", "国家秘密的保密期限已满的，自行解密。");

  /**
   * 保守国家秘密法 (2024) 第二十四条第二款: early declassification, the paragraph's sentences after the
   * first, as written (第一款 is the yearly review).
   */
  static final Citation SECRECY_LAW_2024_ART_24_EARLY =
      Citation.of(
          SECRECY_LAW_2024,
          "第二十四条第二款",
          "在保密期限内因保密事项范围调整不再作为国家秘密，或者公开后不会损害国家安全和利益，不需要继续保密的，应当及时解密；"
              + "需要延长保密期限的，应当在原保密期限届满前重新确定密级、保密期限和知悉范围。"
              + "提前解密或者延长保密期限的，由原定密机关、单位决定，也可以由其上级机关决定。");

  /** 法释〔2011〕17号 第五条第一款: the agency proves the ground of a refusal. */
  static final Citation SPC_2011_17_ART_5 =
      Citation.of(SPC_OGI_CASES_2011, "第五条第一款", "被告拒绝向原告提供政府信息的，应当对拒绝的根据以及履行法定告知和说明理由义务的情况举证。");

  /** 法释〔2011〕17号 第九条第一款: an unproved refusal is annulled; a new answer is ordered. */
  static final Citation SPC_2011_17_ART_9 =
      Citation.of(
          SPC_OGI_CASES_2011,
          "第九条第一款",
          "被告对依法应当公开的政府信息拒绝或者部分拒绝公开的，人民法院应当撤销或者部分撤销被诉不予公开决定，并判决被告在一定期限内公开。"
              + "尚需被告调查、裁量的，判决其在一定期限内重新答复。");

  private ExemptionCitations() {}
}
