package dev.disclosure.calendar;

/** The titles of the texts the named periods cite, spelled once. */
final class LegalSources {

  static final String OGI_2008 = "《中华人民共和国政府信息公开条例》（国务院令第492号）";
  static final String OGI_2019 = "《中华人民共和国政府信息公开条例》（国务院令第711号）";
  static final String FEE_2020 = "《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）";
  static final String CIVIL_CODE = "《中华人民共和国民法典》";
  static final String DOC_000 = "《市人防办政务公开工作计划》等篇（来源文件000）";
  static final String DOC_001 = "《开展政务公开和办事公开示范点建设方案》等篇（来源文件001）";
  static final String DOC_002 = "《政务公开工作制度》（来源文件002）";
  static final String DOC_003 = "《信息公开工作计划》等篇（来源文件003）";

  private LegalSources() {}
}
