/**
 * Government-information-disclosure rules (政府信息公开) on top of the working-day calendar: models,
 * regimes, requests, exemptions and proactive disclosure. The calendar it builds on is re-exported.
 */
module dev.disclosure.core {
  requires transitive dev.disclosure.calendar;
}
