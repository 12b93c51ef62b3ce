package dev.disclosure.core.report;

import dev.disclosure.calendar.Citation;
import dev.disclosure.calendar.LegalSource;
import dev.disclosure.core.law.LegalSources;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The national formats of the annual report's tables (政府信息公开工作年度报告格式, RPT-2, RPT-3): which
 * rows the 第二部分 and 第三部分 tables hold, with their official labels. The 第四部分 table is the same in
 * both.
 *
 * <ul>
 *   <li>{@link #TRIAL_2019}: 《中华人民共和国政府信息公开工作年度报告格式（试行）》, 国办公开办函〔2019〕60号, used for the
 *       reports on 2019 and 2020 (the first reports under OGI-2019, in force 2019-05-15): one
 *       （六）其他处理 row, and a 第二部分 of 规章, 规范性文件, 行政许可, 其他对外管理服务事项, 行政处罚, 行政强制,
 *       行政事业性收费 and 政府集中采购;
 *   <li>{@link #FORMAT_2021}: 《中华人民共和国政府信息公开工作年度报告格式》, 国办公开办函〔2021〕30号 (dated
 *       2021-09-26), used from the report on 2021: （六）其他处理 in three rows, and a 第二部分 of 规章 and
 *       行政规范性文件 (本年制发件数, 本年废止件数, 现行有效件数), 行政许可, 行政处罚, 行政强制 (本年处理决定数量) and
 *       行政事业性收费 (本年收费金额（单位：万元）).
 * </ul>
 *
 * <p>[convention] Reports on years before 2019 (OGI_2008, RPT-1) had no national table format; the
 * library counts and checks them in the current format, {@link #FORMAT_2021}.
 */
public enum ReportFormat {
  /** 国办公开办函〔2019〕60号, the trial format: reports on 2019 and 2020. */
  TRIAL_2019(LegalSources.RPT_2019_TRIAL, "国办公开办函〔2019〕60号", 2019, 2020),
  /** 国办公开办函〔2021〕30号: reports on 2021 and later. */
  FORMAT_2021(LegalSources.RPT_2021, "国办公开办函〔2021〕30号", 2021, Integer.MAX_VALUE);

  private final LegalSource source;
  private final String documentNumber;
  private final int firstYear;
  private final int lastYear;

  ReportFormat(LegalSource source, String documentNumber, int firstYear, int lastYear) {
    this.source = source;
    this.documentNumber = documentNumber;
    this.firstYear = firstYear;
    this.lastYear = lastYear;
  }

  /**
   * Returns the format of a report year: {@link #TRIAL_2019} for 2019 and 2020, else {@link
   * #FORMAT_2021} (before 2019 by the library's convention).
   *
   * @param year the report's statistics year, any {@code int}
   * @return the format
   */
  public static ReportFormat forYear(int year) {
    return year >= TRIAL_2019.firstYear && year <= TRIAL_2019.lastYear ? TRIAL_2019 : FORMAT_2021;
  }

  /**
   * Returns whether this format is the one for a report year ({@link #forYear(int)}).
   *
   * @param year the report's statistics year
   * @return whether a report on that year uses this format
   */
  public boolean appliesTo(int year) {
    return forYear(year) == this;
  }

  /** {@return the document number, e.g. {@code 国办公开办函〔2021〕30号}} */
  public String label() {
    return documentNumber;
  }

  /** {@return the source text, for citations} */
  public LegalSource source() {
    return source;
  }

  /** {@return the first report year the format applies to: 2019 or 2021} */
  public int firstYear() {
    return firstYear;
  }

  /** {@return the last report year the format applies to: 2020, or {@link Integer#MAX_VALUE}} */
  public int lastYear() {
    return lastYear;
  }

  /**
   * Returns a citation of one of the format's tables.
   *
   * @param part the part, e.g. {@code 三、收到和处理政府信息公开申请情况}
   * @param wording what the format prints there
   * @return the citation
   */
  Citation citation(String part, String wording) {
    return Citation.of(source, part, wording);
  }

  /** {@return the rows of the 第三部分 requests table, in the order printed} */
  public List<RequestRow> requestRows() {
    return Rows.REQUEST.get(this);
  }

  /** {@return the rows of the 第二部分 proactive-disclosure table, in the order printed} */
  public List<ProactiveRow> proactiveRows() {
    return Rows.PROACTIVE.get(this);
  }

  /** The rows of each format, built on first use (after both row enums exist). */
  private static final class Rows {
    static final Map<ReportFormat, List<RequestRow>> REQUEST = new EnumMap<>(ReportFormat.class);
    static final Map<ReportFormat, List<ProactiveRow>> PROACTIVE =
        new EnumMap<>(ReportFormat.class);

    static {
      for (ReportFormat format : values()) {
        REQUEST.put(
            format,
            Arrays.stream(RequestRow.values()).filter(row -> row.isIn(format)).toList());
        PROACTIVE.put(
            format,
            Arrays.stream(ProactiveRow.values()).filter(row -> row.format() == format).toList());
      }
    }
  }
}
