package dev.disclosure.core.fee;

import dev.disclosure.calendar.LegalSource;
import dev.disclosure.calendar.Citation;
import dev.disclosure.core.Regime;

/** Calculators and a local price table used across the fee tests. */
final class FeeFixtures {

  static final FeeCalculator FEES_2008 = FeeCalculator.of(Regime.OGI_2008);
  static final FeeCalculator FEES_2019 = FeeCalculator.of(Regime.OGI_2019);

  /** A local price document as a city would issue it (the prices are the test's own). */
  static final Citation LOCAL_PRICING =
      Citation.of(LegalSource.of("《某市政府信息公开收费标准》", "a city's fee schedule"), "第二条", "检索费每件5元；复制费每页0.5元；邮寄费每件12元。");

  static final PriceTable PRICES =
      PriceTable.of(LOCAL_PRICING)
          .withPrice(CostKind.RETRIEVAL, "件", Yuan.of(5))
          .withPrice(CostKind.COPYING, "页", Yuan.parse("0.50"))
          .withPrice(CostKind.MAILING, "件", Yuan.of(12));

  private FeeFixtures() {}
}
