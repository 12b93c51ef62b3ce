package dev.disclosure.core.report;

import dev.disclosure.core.ApplicantKind;
import dev.disclosure.core.request.Answer;
import dev.disclosure.core.request.RequestCase;
import dev.disclosure.core.request.RequestEvent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Request cases drawn from integers for the report's property tests: each integer gives an
 * applicant kind, a receipt day within {@code receiptDays} of {@code first} and a closing offset
 * below {@code closeDays} (0 = still open; every fifth closing is a withdrawal, the others an
 * answer of the given kinds in turn).
 */
record SeededCases(
    LocalDate first, int receiptDays, int closeDivisor, int closeDays, Answer... answers) {

  /** One case from one integer. */
  RequestCase caseOf(int seed) {
    ApplicantKind kind = ApplicantKind.values()[Math.floorMod(seed, ApplicantKind.values().length)];
    LocalDate receipt = first.plusDays(Math.floorMod(seed / 7, receiptDays));
    int close = Math.floorMod(seed / closeDivisor, closeDays);
    RequestCase c = ReportFixtures.open(kind, receipt);
    if (close == 0) {
      return c;
    }
    LocalDate on = receipt.plusDays(close);
    return close % 5 == 0
        ? c.record(new RequestEvent.Withdrawn(on))
        : c.record(new RequestEvent.Answered(on, answers[close % answers.length]));
  }

  /** One case per integer, in order. */
  List<RequestCase> cases(List<Integer> seeds) {
    List<RequestCase> cases = new ArrayList<>();
    for (int seed : seeds) {
      cases.add(caseOf(seed));
    }
    return cases;
  }
}
