package dev.disclosure.core.internal;

/** The titles of the texts the core module cites, spelled once. Not exported. */
public final class Sources {

  /** OGI-2008. */
  public static final String OGI_2008 = "《中华人民共和国政府信息公开条例》（国务院令第492号）";
  /** OGI-2019. */
  public static final String OGI_2019 = "《中华人民共和国政府信息公开条例》（国务院令第711号）";
  /** FEE-2020. */
  public static final String FEE_2020 = "《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）";
  /** Source document 002. */
  public static final String DOC_002 = "《政务公开工作制度》（来源文件002）";
  /** Source document 003. */
  public static final String DOC_003 = "《信息公开工作计划》等篇（来源文件003）";

  private Sources() {}
}
