package dev.disclosure.core.law;

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
  public static final String OGI_2008 = "《中华人民共和国政府信息公开条例》（国务院令第492号）";
  /** OGI-2019: the 2019 regulation. */
  public static final String OGI_2019 = "《中华人民共和国政府信息公开条例》（国务院令第711号）";
  /** FEE-2020: the processing-fee measures. */
  public static final String FEE_2020 = "《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）";
  /** Source document 000. */
  public static final String DOC_000 = "《市人防办政务公开工作计划》等篇（来源文件000）";
  /** Source document 001. */
  public static final String DOC_001 = "《开展政务公开和办事公开示范点建设方案》等篇（来源文件001）";
  /** Source document 002. */
  public static final String DOC_002 = "《政务公开工作制度》（来源文件002）";
  /** Source document 003. */
  public static final String DOC_003 = "《信息公开工作计划》等篇（来源文件003）";

  private LegalSources() {}
}
