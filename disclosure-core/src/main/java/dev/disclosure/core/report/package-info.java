/**
 * The annual report on government-information disclosure (政府信息公开工作年度报告, RPT-1, RPT-2): the requests
 * table (收到和处理政府信息公开申请情况) and the reconsideration and litigation table (政府信息公开行政复议、行政诉讼情况) counted
 * from case records, the seven parts of the OGI_2008 report and the six sections of the RPT-2021
 * report, and the publication deadlines (P-ANNUAL-REPORT-2008, P-ANNUAL-REPORT-2019).
 *
 * <p>Published reports (RPT-3) are loaded from their printed cells ({@link
 * dev.disclosure.core.report.Cell}) into the same table types, in the format of their year ({@link
 * dev.disclosure.core.report.ReportFormat}): the proactive-disclosure table ({@link
 * dev.disclosure.core.report.ProactiveTable}), the requests table and the reconsideration and
 * litigation table; they are checked with findings, their text's figures compared with them ({@link
 * dev.disclosure.core.report.Narrative}), and printed in the official layout ({@link
 * dev.disclosure.core.report.TableStyle}).
 */
@DisclosureStyle
package dev.disclosure.core.report;

import dev.disclosure.core.internal.DisclosureStyle;
