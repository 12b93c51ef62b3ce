package dev.disclosure.core.law;

import dev.disclosure.calendar.RuleId;
import java.util.List;

/**
 * The rules of disclosure law in the rules catalog (规则目录), each a {@link RuleId}: requests (REQ),
 * exemptions and review (EX), proactive disclosure (PRO), accountability (ACC), annual reports (RPT),
 * scoring (SC) and the named periods (P-…). The calendar's own counting rules are the {@code CAL-…}
 * constants of {@link RuleId}. Every finding and refusal of the library names one of these.
 */
public final class Rules {

  /** ACC-1: Attribution ({@code 002}). */
  public static final RuleId ACC_1 = RuleId.of("ACC-1");

  /** ACC-2: Sanction ladder ({@code 002}, {@code 000}). */
  public static final RuleId ACC_2 = RuleId.of("ACC-2");

  /** ACC-3: Complaints intake ({@code 000}). */
  public static final RuleId ACC_3 = RuleId.of("ACC-3");

  /** ACC-4: Escalation ({@code 002}). */
  public static final RuleId ACC_4 = RuleId.of("ACC-4");

  /** ACC-5: Publicity and hearing ({@code 000}). */
  public static final RuleId ACC_5 = RuleId.of("ACC-5");

  /** EX-1: OGI_2008 grounds ({@code 002}). */
  public static final RuleId EX_1 = RuleId.of("EX-1");

  /** EX-2: OGI_2008 overrides ({@code 002}). */
  public static final RuleId EX_2 = RuleId.of("EX-2");

  /** EX-3: OGI_2019 grounds. */
  public static final RuleId EX_3 = RuleId.of("EX-3");

  /** EX-4: Secrecy markings ({@code 002}). */
  public static final RuleId EX_4 = RuleId.of("EX-4");

  /** EX-5: Partial disclosure ({@code 002}). */
  public static final RuleId EX_5 = RuleId.of("EX-5");

  /** EX-6: Review chain ({@code 002}). */
  public static final RuleId EX_6 = RuleId.of("EX-6");

  /** EX-7: Who discloses ({@code 002}). */
  public static final RuleId EX_7 = RuleId.of("EX-7");

  /** EX-8: Local variants. */
  public static final RuleId EX_8 = RuleId.of("EX-8");

  /** P-ACCOUNTABILITY-APPEAL: appeal an accountability decision within 5 working days of receiving the notice; the offic…. */
  public static final RuleId P_ACCOUNTABILITY_APPEAL = RuleId.of("P-ACCOUNTABILITY-APPEAL");

  /** P-ANNUAL-REPORT-2008: annual report published by 31 March; statistics 1 Jan – 31 Dec. */
  public static final RuleId P_ANNUAL_REPORT_2008 = RuleId.of("P-ANNUAL-REPORT-2008");

  /** P-ANNUAL-REPORT-2019: departments submit and publish by 31 January; local disclosure authorities publish their g…. */
  public static final RuleId P_ANNUAL_REPORT_2019 = RuleId.of("P-ANNUAL-REPORT-2019");

  /** P-CADENCE: institutional/policy content: long-term; routine work: at least quarterly; stage work: by …. */
  public static final RuleId P_CADENCE = RuleId.of("P-CADENCE");

  /** P-CHANGE-UPDATE: changed content supplied for publication within 15 working days of the change. */
  public static final RuleId P_CHANGE_UPDATE = RuleId.of("P-CHANGE-UPDATE");

  /** P-CO-AGENCY-2019: consulted agency (jointly made information) replies within 15 working days; silence = cons…. */
  public static final RuleId P_CO_AGENCY_2019 = RuleId.of("P-CO-AGENCY-2019");

  /** P-CORRECTION-2019: notify the applicant once, in full, of what to supplement within 7 working days of receipt…. */
  public static final RuleId P_CORRECTION_2019 = RuleId.of("P-CORRECTION-2019");

  /** P-FEE-PAYMENT-2020: pay the processing fee within 20 working days from the day after receiving the fee notice;…. */
  public static final RuleId P_FEE_PAYMENT_2020 = RuleId.of("P-FEE-PAYMENT-2020");

  /** P-HEARING: hearing decided and announced within 5 working days after publicity ends; hearing report w…. */
  public static final RuleId P_HEARING = RuleId.of("P-HEARING");

  /** P-HOTLINE: contact the person who raised a hotline issue within 3 working days. */
  public static final RuleId P_HOTLINE = RuleId.of("P-HOTLINE");

  /** P-INTERVIEW: online interviews: ≥26 a year, ≤2 hours each; topic given 15 working days before; preview …. */
  public static final RuleId P_INTERVIEW = RuleId.of("P-INTERVIEW");

  /** P-ONE-TIME-NOTICE: missing materials told once: on the spot or within 5 days. */
  public static final RuleId P_ONE_TIME_NOTICE = RuleId.of("P-ONE-TIME-NOTICE");

  /** P-OVERSIGHT: supervision checks at least twice a year ({@code 000}); joint meeting quarterly ({@code 002}); demonst…. */
  public static final RuleId P_OVERSIGHT = RuleId.of("P-OVERSIGHT");

  /** P-PROACTIVE: publish proactive information within 20 working days of its formation or change; if a lega…. */
  public static final RuleId P_PROACTIVE = RuleId.of("P-PROACTIVE");

  /** P-PROACTIVE-SCHOOL: schools: first possible moment, at most 30 days from formation or change. */
  public static final RuleId P_PROACTIVE_SCHOOL = RuleId.of("P-PROACTIVE-SCHOOL");

  /** P-PUBLICITY: major-decision publicity lasts 10 working days (statutory holidays excluded). */
  public static final RuleId P_PUBLICITY = RuleId.of("P-PUBLICITY");

  /** P-PUBLISH-SUBMITTED: the information center publishes submitted material within 2 days. */
  public static final RuleId P_PUBLISH_SUBMITTED = RuleId.of("P-PUBLISH-SUBMITTED");

  /** P-REPLY-2008: answer a request: on the spot, else 15 working days from receipt; extension ≤15 working da…. */
  public static final RuleId P_REPLY_2008 = RuleId.of("P-REPLY-2008");

  /** P-REPLY-2019: on the spot, else 20 working days; extension ≤20 working days (same approval and notice); …. */
  public static final RuleId P_REPLY_2019 = RuleId.of("P-REPLY-2019");

  /** P-SECRECY-REVIEW: secrecy review body gives its opinion within 15 working days of the review request. */
  public static final RuleId P_SECRECY_REVIEW = RuleId.of("P-SECRECY-REVIEW");

  /** P-SERVICE: licensing item with complete materials: done within 2 working days of acceptance; other it…. */
  public static final RuleId P_SERVICE = RuleId.of("P-SERVICE");

  /** P-THIRD-PARTY-2019: third party replies within 15 working days of receiving the consultation; silence → agency…. */
  public static final RuleId P_THIRD_PARTY_2019 = RuleId.of("P-THIRD-PARTY-2019");

  /** PRO-1: Catalogs ({@code 002}). */
  public static final RuleId PRO_1 = RuleId.of("PRO-1");

  /** PRO-2: Item elements ({@code 003}). */
  public static final RuleId PRO_2 = RuleId.of("PRO-2");

  /** PRO-3: Deadline. */
  public static final RuleId PRO_3 = RuleId.of("PRO-3");

  /** PRO-4: Cadence. */
  public static final RuleId PRO_4 = RuleId.of("PRO-4");

  /** PRO-5: Forms ({@code 002}). */
  public static final RuleId PRO_5 = RuleId.of("PRO-5");

  /** PRO-6: Changes ({@code 002}). */
  public static final RuleId PRO_6 = RuleId.of("PRO-6");

  /** PRO-7: Pre-publication approval ({@code 003}). */
  public static final RuleId PRO_7 = RuleId.of("PRO-7");

  /** REQ-1: Application. */
  public static final RuleId REQ_1 = RuleId.of("REQ-1");

  /** REQ-10: Recording and judging. */
  public static final RuleId REQ_10 = RuleId.of("REQ-10");

  /** REQ-11: Receipt and delivery facts. */
  public static final RuleId REQ_11 = RuleId.of("REQ-11");

  /** REQ-12: Several at once. */
  public static final RuleId REQ_12 = RuleId.of("REQ-12");

  /** REQ-2: Receipt date (OGI-2019 Art 31). */
  public static final RuleId REQ_2 = RuleId.of("REQ-2");

  /** REQ-3: Answer kinds, OGI_2008 ({@code 002}, OGI-2008 Arts 21–23, 26). */
  public static final RuleId REQ_3 = RuleId.of("REQ-3");

  /** REQ-4: Answer kinds, OGI_2019 (Art 36). */
  public static final RuleId REQ_4 = RuleId.of("REQ-4");

  /** REQ-5: Outcome rows (RPT-2021). */
  public static final RuleId REQ_5 = RuleId.of("REQ-5");

  /** REQ-6: Extension. */
  public static final RuleId REQ_6 = RuleId.of("REQ-6");

  /** REQ-7: Fees, OGI_2008 ({@code 002}). */
  public static final RuleId REQ_7 = RuleId.of("REQ-7");

  /** REQ-8: Fees, OGI_2019 (Art 42, FEE-2020). */
  public static final RuleId REQ_8 = RuleId.of("REQ-8");

  /** REQ-9: History. */
  public static final RuleId REQ_9 = RuleId.of("REQ-9");

  /** RPT-1: OGI_2008 ({@code 003}). */
  public static final RuleId RPT_1 = RuleId.of("RPT-1");

  /** RPT-2: 021. */
  public static final RuleId RPT_2 = RuleId.of("RPT-2");

  /** RPT-3: Published reports are checked. */
  public static final RuleId RPT_3 = RuleId.of("RPT-3");

  /** SC-1: Demonstration site, 100 points ({@code 001} 第五篇). */
  public static final RuleId SC_1 = RuleId.of("SC-1");

  /** SC-2: Demonstration grades. */
  public static final RuleId SC_2 = RuleId.of("SC-2");

  /** SC-3: Annual OGI assessment ({@code 002}). */
  public static final RuleId SC_3 = RuleId.of("SC-3");

  /** SC-4: Composite assessment ({@code 003}). */
  public static final RuleId SC_4 = RuleId.of("SC-4");

  /** SC-5: Department deductions ({@code 003}). */
  public static final RuleId SC_5 = RuleId.of("SC-5");

  /** SC-6: Internal grades ({@code 000}). */
  public static final RuleId SC_6 = RuleId.of("SC-6");

  /** SC-7: Village cadres, 12+N ({@code 004}). */
  public static final RuleId SC_7 = RuleId.of("SC-7");

  /** SC-8: Metric criteria. */
  public static final RuleId SC_8 = RuleId.of("SC-8");

  /** SC-9: Rubrics as data. */
  public static final RuleId SC_9 = RuleId.of("SC-9");

  private static final List<RuleId> ALL =
      List.of(
          ACC_1,
          ACC_2,
          ACC_3,
          ACC_4,
          ACC_5,
          EX_1,
          EX_2,
          EX_3,
          EX_4,
          EX_5,
          EX_6,
          EX_7,
          EX_8,
          P_ACCOUNTABILITY_APPEAL,
          P_ANNUAL_REPORT_2008,
          P_ANNUAL_REPORT_2019,
          P_CADENCE,
          P_CHANGE_UPDATE,
          P_CO_AGENCY_2019,
          P_CORRECTION_2019,
          P_FEE_PAYMENT_2020,
          P_HEARING,
          P_HOTLINE,
          P_INTERVIEW,
          P_ONE_TIME_NOTICE,
          P_OVERSIGHT,
          P_PROACTIVE,
          P_PROACTIVE_SCHOOL,
          P_PUBLICITY,
          P_PUBLISH_SUBMITTED,
          P_REPLY_2008,
          P_REPLY_2019,
          P_SECRECY_REVIEW,
          P_SERVICE,
          P_THIRD_PARTY_2019,
          PRO_1,
          PRO_2,
          PRO_3,
          PRO_4,
          PRO_5,
          PRO_6,
          PRO_7,
          REQ_1,
          REQ_10,
          REQ_11,
          REQ_12,
          REQ_2,
          REQ_3,
          REQ_4,
          REQ_5,
          REQ_6,
          REQ_7,
          REQ_8,
          REQ_9,
          RPT_1,
          RPT_2,
          RPT_3,
          SC_1,
          SC_2,
          SC_3,
          SC_4,
          SC_5,
          SC_6,
          SC_7,
          SC_8,
          SC_9);

  private Rules() {}

  /** {@return every rule of disclosure law in the catalog, in ID order} */
  public static List<RuleId> all() {
    return ALL;
  }
}
