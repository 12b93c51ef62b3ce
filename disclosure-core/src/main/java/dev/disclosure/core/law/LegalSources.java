package dev.disclosure.core.law;

import dev.disclosure.calendar.LegalSource;

import dev.disclosure.calendar.Citation;
import dev.disclosure.calendar.CountingRules;

/**
 * The titles of the texts the library cites (法律依据名称), spelled once for every module, so that
 * a {@link Citation} built anywhere names its source the same way. The Civil Code's title is
 * {@link CountingRules#CIVIL_CODE}.
 *
 * <p>The local source documents are compilations; they are named by their own first headings with
 * their number in the rules catalog (来源文件000 … 004).
 */
public final class LegalSources {

  /** OGI-2008: the 2008 regulation. */
  public static final LegalSource OGI_2008 =
      LegalSource.of("《中华人民共和国政府信息公开条例》（国务院令第492号）", "Regulations of the People's Republic of China on Open Government Information (State Council Decree No. 492)");
  /** OGI-2019: the 2019 regulation. */
  public static final LegalSource OGI_2019 =
      LegalSource.of("《中华人民共和国政府信息公开条例》（国务院令第711号）", "Regulations of the People's Republic of China on Open Government Information (State Council Decree No. 711)");
  /** FEE-2020: the processing-fee measures. */
  public static final LegalSource FEE_2020 =
      LegalSource.of("《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）", "Measures for the Administration of Information Processing Fees for Open Government Information (Guo Ban Han [2020] No. 109)");
  /** RPT-2021: the annual report format (国办公开办函〔2021〕30号), for reports on 2021 and later. */
  public static final LegalSource RPT_2021 =
      LegalSource.of(
          "《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）",
          "Format of Annual Reports on Open Government Information Work (Guo Ban Gong Kai Ban Han"
              + " [2021] No. 30)");
  /** The trial annual report format (国办公开办函〔2019〕60号), for reports on 2019 and 2020. */
  public static final LegalSource RPT_2019_TRIAL =
      LegalSource.of(
          "《中华人民共和国政府信息公开工作年度报告格式（试行）》（国办公开办函〔2019〕60号）",
          "Format of Annual Reports on Open Government Information Work, for Trial Implementation"
              + " (Guo Ban Gong Kai Ban Han [2019] No. 60)");
  /** Source document 000. */
  public static final LegalSource DOC_000 =
      LegalSource.of("《市人防办政务公开工作计划》等篇（来源文件000）", "Source document 000 (civil air defence office's plan for open government affairs)");
  /** Source document 001. */
  public static final LegalSource DOC_001 =
      LegalSource.of("《开展政务公开和办事公开示范点建设方案》等篇（来源文件001）", "Source document 001 (plan for demonstration sites of open government affairs and open administration)");
  /** Source document 002. */
  public static final LegalSource DOC_002 =
      LegalSource.of("《政务公开工作制度》（来源文件002）", "Source document 002 (rules for open government affairs work)");
  /** Source document 003. */
  public static final LegalSource DOC_003 =
      LegalSource.of("《信息公开工作计划》等篇（来源文件003）", "Source document 003 (work plan for open information)");

  /** The Sichuan notice restating FEE-2020's payment period (as cited for P-FEE-PAYMENT-2020). */
  public static final LegalSource SICHUAN_FEE_NOTICE =
      LegalSource.of(
          "《四川省财政厅 四川省发展改革委关于政府信息公开信息处理费有关事项的通知》（依据国办函〔2020〕109号）",
          "Notice of the Sichuan Provincial Department of Finance and Development and Reform"
              + " Commission on information processing fees (under Guo Ban Han [2020] No. 109)");

  /**
   * 法释〔2011〕17号: the Supreme People's Court's provisions on open-government-information cases (the
   * agency's burden of proof, the orders to answer again), cited by exemption decisions and by
   * orders recorded in a request's history.
   */
  public static final LegalSource SPC_OGI_CASES_2011 =
      LegalSource.of(
          "《最高人民法院关于审理政府信息公开行政案件若干问题的规定》（法释〔2011〕17号）",
          "Provisions of the Supreme People's Court on Hearing Open Government Information Cases"
              + " (Fa Shi [2011] No. 17)");

  private LegalSources() {}
}
