package dev.disclosure.core.report;

import static dev.disclosure.core.report.ProactiveMeasure.CHANGE;
import static dev.disclosure.core.report.ProactiveMeasure.DECISIONS;
import static dev.disclosure.core.report.ProactiveMeasure.DECISIONS_TRIAL;
import static dev.disclosure.core.report.ProactiveMeasure.FEES_COLLECTED;
import static dev.disclosure.core.report.ProactiveMeasure.IN_FORCE;
import static dev.disclosure.core.report.ProactiveMeasure.ISSUED;
import static dev.disclosure.core.report.ProactiveMeasure.ITEMS_LAST_YEAR;
import static dev.disclosure.core.report.ProactiveMeasure.NEWLY_MADE;
import static dev.disclosure.core.report.ProactiveMeasure.NEWLY_PUBLISHED;
import static dev.disclosure.core.report.ProactiveMeasure.PROCUREMENT_AMOUNT;
import static dev.disclosure.core.report.ProactiveMeasure.PROCUREMENT_PROJECTS;
import static dev.disclosure.core.report.ProactiveMeasure.PUBLISHED_TOTAL;
import static dev.disclosure.core.report.ProactiveMeasure.REPEALED;

import java.util.List;
import java.util.Locale;

/**
 * The rows of the proactive-disclosure table (第二部分 主动公开政府信息情况, RPT-2) of each format, under the
 * item of OGI-2019 第二十条 they report, with their columns ({@link ProactiveMeasure}).
 *
 * <p>2021 format (国办公开办函〔2021〕30号): 第二十条第（一）项 规章, 行政规范性文件 (本年制发件数, 本年废止件数, 现行有效件数);
 * 第（五）项 行政许可, 第（六）项 行政处罚, 行政强制 (本年处理决定数量); 第（八）项 行政事业性收费 (本年收费金额（单位：万元）). Trial
 * format (国办公开办函〔2019〕60号): 第（一）项 规章, 规范性文件 (本年新制作数量, 本年新公开数量, 对外公开总数量); 第（五）项
 * 行政许可, 其他对外管理服务事项 and 第（六）项 行政处罚, 行政强制 (上一年项目数量, 本年增/减, 处理决定数量); 第（八）项 行政事业性收费
 * (上一年项目数量, 本年增/减); 第（九）项 政府集中采购 (采购项目数量, 采购总金额).
 */
public enum ProactiveRow {
  /** 规章 (2021). */
  RULES(ReportFormat.FORMAT_2021, "第二十条第（一）项", "规章", List.of(ISSUED, REPEALED, IN_FORCE)),
  /** 行政规范性文件 (2021). */
  NORMATIVE_DOCUMENTS(
      ReportFormat.FORMAT_2021, "第二十条第（一）项", "行政规范性文件", List.of(ISSUED, REPEALED, IN_FORCE)),
  /** 行政许可 (2021). */
  LICENSING(ReportFormat.FORMAT_2021, "第二十条第（五）项", "行政许可", List.of(DECISIONS)),
  /** 行政处罚 (2021). */
  PENALTIES(ReportFormat.FORMAT_2021, "第二十条第（六）项", "行政处罚", List.of(DECISIONS)),
  /** 行政强制 (2021). */
  COERCIVE_MEASURES(ReportFormat.FORMAT_2021, "第二十条第（六）项", "行政强制", List.of(DECISIONS)),
  /** 行政事业性收费 (2021). */
  FEES(ReportFormat.FORMAT_2021, "第二十条第（八）项", "行政事业性收费", List.of(FEES_COLLECTED)),
  /** 规章 (trial format). */
  RULES_TRIAL(
      ReportFormat.TRIAL_2019,
      "第二十条第（一）项",
      "规章",
      List.of(NEWLY_MADE, NEWLY_PUBLISHED, PUBLISHED_TOTAL)),
  /** 规范性文件 (trial format). */
  NORMATIVE_DOCUMENTS_TRIAL(
      ReportFormat.TRIAL_2019,
      "第二十条第（一）项",
      "规范性文件",
      List.of(NEWLY_MADE, NEWLY_PUBLISHED, PUBLISHED_TOTAL)),
  /** 行政许可 (trial format). */
  LICENSING_TRIAL(
      ReportFormat.TRIAL_2019,
      "第二十条第（五）项",
      "行政许可",
      List.of(ITEMS_LAST_YEAR, CHANGE, DECISIONS_TRIAL)),
  /** 其他对外管理服务事项 (trial format). */
  OTHER_SERVICES_TRIAL(
      ReportFormat.TRIAL_2019,
      "第二十条第（五）项",
      "其他对外管理服务事项",
      List.of(ITEMS_LAST_YEAR, CHANGE, DECISIONS_TRIAL)),
  /** 行政处罚 (trial format). */
  PENALTIES_TRIAL(
      ReportFormat.TRIAL_2019,
      "第二十条第（六）项",
      "行政处罚",
      List.of(ITEMS_LAST_YEAR, CHANGE, DECISIONS_TRIAL)),
  /** 行政强制 (trial format). */
  COERCIVE_MEASURES_TRIAL(
      ReportFormat.TRIAL_2019,
      "第二十条第（六）项",
      "行政强制",
      List.of(ITEMS_LAST_YEAR, CHANGE, DECISIONS_TRIAL)),
  /** 行政事业性收费 (trial format). */
  FEES_TRIAL(
      ReportFormat.TRIAL_2019, "第二十条第（八）项", "行政事业性收费", List.of(ITEMS_LAST_YEAR, CHANGE)),
  /** 政府集中采购 (trial format). */
  PROCUREMENT_TRIAL(
      ReportFormat.TRIAL_2019,
      "第二十条第（九）项",
      "政府集中采购",
      List.of(PROCUREMENT_PROJECTS, PROCUREMENT_AMOUNT));

  /** The header of the label column: 信息内容. */
  public static final String CONTENT_HEADING = "信息内容";

  private final ReportFormat format;
  private final String provision;
  private final String label;
  private final List<ProactiveMeasure> measures;

  ProactiveRow(
      ReportFormat format, String provision, String label, List<ProactiveMeasure> measures) {
    this.format = format;
    this.provision = provision;
    this.label = label;
    this.measures = measures;
  }

  /** {@return the format that prints this row} */
  public ReportFormat format() {
    return format;
  }

  /** {@return the item of OGI-2019 第二十条 the row reports, as printed, e.g. {@code 第二十条第（一）项}} */
  public String provision() {
    return provision;
  }

  /** {@return the label as printed, e.g. {@code 行政规范性文件}} */
  public String label() {
    return label;
  }

  /** {@return the row's columns in order} */
  public List<ProactiveMeasure> measures() {
    return measures;
  }

  String english() {
    return name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
