/**
 * The annual report on government-information disclosure (政府信息公开工作年度报告, RPT-1, RPT-2): the requests
 * table (收到和处理政府信息公开申请情况) and the reconsideration and litigation table (政府信息公开行政复议、行政诉讼情况) counted
 * from case records, the seven parts of the OGI_2008 report and the six sections of the RPT-2021
 * report, and the publication deadlines (P-ANNUAL-REPORT-2008, P-ANNUAL-REPORT-2019).
 */
@DisclosureStyle
package dev.disclosure.core.report;

import dev.disclosure.core.internal.DisclosureStyle;
