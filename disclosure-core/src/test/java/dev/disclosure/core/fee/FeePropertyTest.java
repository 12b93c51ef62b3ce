package dev.disclosure.core.fee;

import static dev.disclosure.core.fee.FeeFixtures.FEES_2008;
import static dev.disclosure.core.fee.FeeFixtures.FEES_2019;
import static dev.disclosure.core.fee.FeeFixtures.PRICES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Randomized invariants of both fee rules, checked against a page-by-page and request-by-request
 * oracle. Seeds are fixed so every run checks the same cases.
 */
class FeePropertyTest {

  private static final long SEED = 20201201L;

  /** The price of one page at a 1-based page number, straight from FEE-2020 第五条. */
  private static long oraclePage(int page) {
    if (page <= 30) {
      return 0;
    }
    if (page <= 100) {
      return 10;
    }
    if (page <= 200) {
      return 20;
    }
    return 40;
  }

  /**
   * The price of the n-th request of a month, straight from FEE-2020 第四条: bands 1–10, 11–30, then
   * tens.
   */
  private static long oracleRequest(int n) {
    if (n <= 10) {
      return 0;
    }
    if (n <= 30) {
      return 100;
    }
    long price = 200;
    for (int bandStart = 41; bandStart <= n; bandStart += 10) {
      price += 100;
    }
    return price;
  }

  private static Yuan sumOfLines(FeeAssessment fee) {
    Yuan sum = Yuan.ZERO;
    for (FeeLine line : fee.lines()) {
      sum = sum.plus(line.amount());
    }
    return sum;
  }

  @Test
  @DisplayName(
      "REQ-8: the per-volume fee is the page-by-page sum and the sum of its lines, never negative")
  void perVolumeMatchesOracle() {
    qt().withFixedSeed(SEED)
        .withExamples(500)
        .forAll(integers().between(1, 3000))
        .checkAssert(
            pages -> {
              FeeAssessment fee = FEES_2019.perVolume(pages);
              long expected = 0;
              for (int page = 1; page <= pages; page++) {
                expected += oraclePage(page);
              }
              assertThat(fee.total()).isEqualTo(Yuan.of(expected));
              assertThat(fee.total()).isEqualTo(sumOfLines(fee));
              assertThat(fee.total().amount().signum()).isNotNegative();
              assertThat(fee.total().amount().scale()).isEqualTo(2);
              assertThat(fee.lines()).allMatch(line -> line.amount().amount().signum() >= 0);
            });
  }

  @Test
  @DisplayName("REQ-8: the per-volume fee never decreases as pages grow")
  void perVolumeMonotone() {
    qt().withFixedSeed(SEED)
        .withExamples(2000)
        .forAll(integers().between(1, 1_000_000), integers().between(0, 500))
        .checkAssert(
            (pages, more) ->
                assertThat(FEES_2019.perVolume(pages + more).total())
                    .isGreaterThanOrEqualTo(FEES_2019.perVolume(pages).total()));
  }

  @Test
  @DisplayName("REQ-8: the price of the n-th request never decreases as the monthly count grows")
  void perRequestMonotone() {
    qt().withFixedSeed(SEED)
        .withExamples(2000)
        .forAll(integers().between(1, 99_000), integers().between(0, 1000))
        .checkAssert(
            (position, more) ->
                assertThat(FEES_2019.perRequest(position + more).total())
                    .isGreaterThanOrEqualTo(FEES_2019.perRequest(position).total()));
  }

  @Test
  @DisplayName(
      "REQ-8: a range of a month's requests costs the sum of each request's price and of its lines")
  void perRequestRangeMatchesOracle() {
    qt().withFixedSeed(SEED)
        .withExamples(500)
        .forAll(integers().between(1, 400), integers().between(0, 400))
        .checkAssert(
            (first, length) -> {
              int last = first + length;
              FeeAssessment fee = FEES_2019.perRequests(first, last);
              long expected = 0;
              for (int n = first; n <= last; n++) {
                expected += oracleRequest(n);
                assertThat(FEES_2019.perRequest(n).total()).isEqualTo(Yuan.of(oracleRequest(n)));
              }
              assertThat(fee.total()).isEqualTo(Yuan.of(expected));
              assertThat(fee.total()).isEqualTo(sumOfLines(fee));
              assertThat(fee.lines().stream().mapToLong(FeeLine::quantity).sum())
                  .isEqualTo(length + 1L);
              assertThat(fee.method()).isEqualTo(ChargingMethod.PER_REQUEST);
            });
  }

  private static Gen<CostItem> costItems() {
    return integers()
        .between(0, CostKind.values().length - 1)
        .zip(
            integers().between(1, 10_000),
            (kind, quantity) -> CostItem.of(CostKind.values()[kind], quantity));
  }

  private static Gen<WaiverCategory> categories() {
    return integers()
        .between(0, WaiverCategory.values().length - 1)
        .map(i -> WaiverCategory.values()[i]);
  }

  @Test
  @DisplayName(
      "REQ-7: a waived OGI_2008 fee is zero whatever the costs; unwaived it is the sum of its"
          + " lines")
  void waivedIsZero() {
    qt().withFixedSeed(SEED)
        .withExamples(1000)
        .forAll(lists().of(costItems()).ofSizeBetween(0, 6), categories())
        .checkAssert(
            (items, category) -> {
              CostRecovery facts = CostRecovery.of(PRICES, items);
              FeeAssessment charged = FEES_2008.costRecovery(facts);
              assertThat(charged.total()).isEqualTo(sumOfLines(charged));
              assertThat(charged.total().amount().signum()).isNotNegative();
              Waiver waiver =
                  category.requiresApproval() ? Waiver.forHardship("负责人张某") : Waiver.of(category);
              FeeAssessment waived = FEES_2008.costRecovery(facts.withWaiver(waiver));
              assertThat(waived.total()).isEqualTo(Yuan.ZERO);
              assertThat(waived.subtotal()).isEqualTo(charged.total());
              assertThat(waived.lines()).isEqualTo(charged.lines());
              assertThat(waived.citations()).containsAll(waiver.citations());
              assertThat(waived.lines()).hasSameSizeAs(items);
            });
  }
}
