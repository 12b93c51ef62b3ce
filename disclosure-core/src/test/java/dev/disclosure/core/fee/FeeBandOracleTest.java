package dev.disclosure.core.fee;

import static dev.disclosure.core.fee.FeeFixtures.FEES_2019;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The processing-fee bands of FEE-2020 第四条 and 第五条 against a naive oracle written from the text
 * alone: every range of positions and every page count near the band edges, priced one by one.
 */
class FeeBandOracleTest {

  /** FEE-2020 第四条: 1–10 free; 11–30 100 yuan; from 31, 100 yuan more per band of ten. */
  private static long oraclePriceOfRequest(int position) {
    if (position <= 10) {
      return 0;
    }
    if (position <= 30) {
      return 100;
    }
    int band = (position - 31) / 10 + 1; // 31–40 is the first band above 30
    return 100 + 100L * band;
  }

  /** FEE-2020 第五条: pages 1–30 free; 31–100 10 yuan; 101–200 20 yuan; from 201 40 yuan. */
  private static long oraclePriceOfPage(int page) {
    if (page <= 30) {
      return 0;
    }
    if (page <= 100) {
      return 10;
    }
    return page <= 200 ? 20 : 40;
  }

  private static BigDecimal yuan(long amount) {
    return BigDecimal.valueOf(amount).setScale(2);
  }

  @Test
  @DisplayName("REQ-8: FEE-2020 第四条 edges: requests 10–30 cost 2000.00, 30–40 cost 2100.00, 11 alone 100.00")
  void requestEdges() {
    assertThat(FEES_2019.perRequests(10, 30).total().amount()).isEqualTo(yuan(2000));
    assertThat(FEES_2019.perRequests(30, 40).total().amount()).isEqualTo(yuan(2100));
    assertThat(FEES_2019.perRequests(10, 10).total().amount()).isEqualTo(yuan(0));
    assertThat(FEES_2019.perRequests(11, 11).total().amount()).isEqualTo(yuan(100));
    assertThat(FEES_2019.perRequests(31, 31).total().amount()).isEqualTo(yuan(200));
    assertThat(FEES_2019.perRequests(40, 41).total().amount()).isEqualTo(yuan(500));
    assertThat(FEES_2019.perRequests(10, 30).lines()).hasSize(2);
    assertThat(FEES_2019.perRequests(30, 40).lines()).hasSize(2);
  }

  @Test
  @DisplayName("REQ-8: every range of positions 1..75 costs the sum of the text's per-request prices")
  void everyRequestRange() {
    for (int first = 1; first <= 75; first++) {
      long sum = 0;
      for (int last = first; last <= 75; last++) {
        sum += oraclePriceOfRequest(last);
        FeeAssessment fee = FEES_2019.perRequests(first, last);
        assertThat(fee.total().amount()).as("requests %d..%d", first, last).isEqualTo(yuan(sum));
        long counted = fee.lines().stream().mapToLong(FeeLine::quantity).sum();
        assertThat(counted).as("requests %d..%d", first, last).isEqualTo(last - first + 1L);
      }
      assertThat(FEES_2019.perRequest(first).total().amount())
          .as("request %d", first)
          .isEqualTo(yuan(oraclePriceOfRequest(first)));
    }
  }

  @Test
  @DisplayName("REQ-8: FEE-2020 第五条 page counts 1..260 cost the sum of the text's per-page prices")
  void everyPageCount() {
    long sum = 0;
    for (int pages = 1; pages <= 260; pages++) {
      sum += oraclePriceOfPage(pages);
      assertThat(FEES_2019.perVolume(pages).total().amount())
          .as("%d pages", pages)
          .isEqualTo(yuan(sum));
    }
  }
}
