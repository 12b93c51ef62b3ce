package dev.disclosure.scoring;

import static java.util.Objects.requireNonNull;

import dev.disclosure.calendar.CountingWord;
import dev.disclosure.core.request.CaseStatus;
import dev.disclosure.core.request.RequestCase;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Metric criteria computed from request cases (SC-8), not judged: the completion rate (办结率, SC-1
 * item 2.4: 依申请公开的事项办结率达到95%以上) and the on-time reply rate (按时答复率, target 100 %).
 *
 * <p><b>[convention]</b> A metric criterion is all or nothing: the full maximum when the target is
 * met, zero otherwise; with no case at all the target counts as met (nothing was left undone). A
 * case counts if it was received on or before the evaluation date; it is completed if it closed on
 * or before that date; it is on time if it is completed and its closing step was not late.
 */
public final class RequestMetrics {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private RequestMetrics() {}

  /**
   * Scores the completion rate (办结率): completed ÷ received, target 95 %以上 (CAL-6: 95 % meets it).
   *
   * @param criterionId the criterion scored
   * @param maximum its maximum
   * @param cases the request cases of the period
   * @param asOf the evaluation date
   * @return the award, its basis stating the counts and the rate
   */
  public static Award completionRate(
      String criterionId, Points maximum, List<RequestCase> cases, LocalDate asOf) {
    return rate(criterionId, maximum, cases, asOf, false, BigDecimal.valueOf(95), "办结率");
  }

  /**
   * Scores the on-time reply rate (按时答复率): replied on time ÷ received, target 100 %.
   *
   * @param criterionId the criterion scored
   * @param maximum its maximum
   * @param cases the request cases of the period
   * @param asOf the evaluation date
   * @return the award, its basis stating the counts and the rate
   */
  public static Award onTimeRate(
      String criterionId, Points maximum, List<RequestCase> cases, LocalDate asOf) {
    return rate(criterionId, maximum, cases, asOf, true, HUNDRED, "按时答复率");
  }

  private static Award rate(
      String criterionId,
      Points maximum,
      List<RequestCase> cases,
      LocalDate asOf,
      boolean onTimeOnly,
      BigDecimal targetPercent,
      String label) {
    requireNonNull(criterionId, "criterionId");
    requireNonNull(maximum, "maximum");
    requireNonNull(cases, "cases");
    requireNonNull(asOf, "asOf");
    long received = 0;
    long counted = 0;
    for (RequestCase c : cases) {
      CaseStatus status = requireNonNull(c, "cases element").status();
      if (status.receiptDate().isAfter(asOf)) {
        continue;
      }
      received++;
      boolean done = status.closedOn().filter(d -> !d.isAfter(asOf)).isPresent();
      if (done && (!onTimeOnly || !status.latenessOn(asOf).isLate())) {
        counted++;
      }
    }
    BigDecimal percent =
        received == 0
            ? HUNDRED
            : BigDecimal.valueOf(counted).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(received), 2, java.math.RoundingMode.DOWN);
    boolean met =
        received == 0
            || CountingWord.AT_OR_ABOVE.test(
                BigDecimal.valueOf(counted).multiply(HUNDRED),
                targetPercent.multiply(BigDecimal.valueOf(received)));
    String basis = label + "：" + counted + "/" + received + " = "
        + percent.stripTrailingZeros().toPlainString() + "%，目标" + targetPercent.toPlainString()
        + "%以上，" + (met ? "达标，得满分" : "未达标，不得分") + "（截至" + asOf + "）";
    return new Award(criterionId, met ? maximum : Points.ZERO, basis);
  }
}
