/**
 * Government-information-disclosure rules (政府信息公开) on top of the working-day calendar: the
 * models (agency, applicant, information item), the two regimes ({@code OGI_2008} and {@code
 * OGI_2019}), exemption classification and secrecy review (不予公开与保密审查), proactive disclosure
 * (主动公开), requests (依申请公开), accountability (责任追究) and the annual report's statistics
 * (政府信息公开工作年度报告). The calendar it builds on is re-exported.
 */
module dev.disclosure.core {
  requires transitive dev.disclosure.calendar;
  requires static org.immutables.value;
  requires com.google.common;

  exports dev.disclosure.core;
  exports dev.disclosure.core.accountability;
  exports dev.disclosure.core.exemption;
  exports dev.disclosure.core.fee;
  exports dev.disclosure.core.law;
  exports dev.disclosure.core.proactive;
  exports dev.disclosure.core.report;
  exports dev.disclosure.core.request;
}
