package dev.disclosure.core.fee;

import dev.disclosure.calendar.LegalSource;
import static dev.disclosure.core.fee.FeeFixtures.FEES_2008;
import static dev.disclosure.core.fee.FeeFixtures.FEES_2019;
import static dev.disclosure.core.fee.FeeFixtures.LOCAL_PRICING;
import static dev.disclosure.core.fee.FeeFixtures.PRICES;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.disclosure.calendar.Citation;
import dev.disclosure.core.Regime;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Null checks on every public entry point and value equality of every value type. */
class FeeApiContractTest {

  private static final CostItem COPIES = CostItem.of(CostKind.COPYING, 40);
  private static final CostRecovery FACTS = CostRecovery.of(PRICES, List.of(COPIES));
  private static final Waiver SOLDIER = Waiver.of(WaiverCategory.ACTIVE_SERVICE_MEMBER);
  private static final Assistance READ_ALOUD = Assistance.of(Difficulty.VISUAL, "朗读答复内容");

  private static NullPointerTester tester() {
    return new NullPointerTester()
        .setDefault(Regime.class, Regime.OGI_2008)
        .setDefault(Citation.class, LOCAL_PRICING)
        .setDefault(PriceTable.class, PRICES)
        .setDefault(CostRecovery.class, FACTS)
        .setDefault(Waiver.class, SOLDIER)
        .setDefault(Assistance.class, READ_ALOUD)
        .setDefault(Yuan.class, Yuan.of(1))
        .setDefault(BigDecimal.class, BigDecimal.ONE)
        .setDefault(String.class, "1")
        .setDefault(WaiverCategory.class, WaiverCategory.LAID_OFF_WORKER);
  }

  @Test
  @DisplayName("REQ-7, REQ-8: every public method rejects null with the parameter's name")
  void nulls() {
    NullPointerTester tester = tester();
    for (Class<?> type :
        List.of(
            Yuan.class,
            FeeCalculator.class,
            PriceTable.class,
            CostItem.class,
            CostRecovery.class,
            Waiver.class,
            Assistance.class,
            CostKind.class,
            WaiverCategory.class,
            Difficulty.class,
            ChargingMethod.class)) {
      tester.testAllPublicStaticMethods(type);
    }
    tester.testAllPublicInstanceMethods(Yuan.of(1));
    tester.testAllPublicInstanceMethods(FEES_2008);
    tester.testAllPublicInstanceMethods(PRICES);
    tester.testAllPublicInstanceMethods(COPIES);
    tester.testAllPublicInstanceMethods(FACTS);
    tester.testAllPublicInstanceMethods(SOLDIER);
    tester.testAllPublicInstanceMethods(READ_ALOUD);
    tester.testAllPublicInstanceMethods(FEES_2008.costRecovery(FACTS));
    tester.testAllPublicInstanceMethods(FEES_2019.perVolume(250).lines().get(0));
  }

  @Test
  @DisplayName("REQ-7, REQ-8: value types are equal when their contents are")
  void equality() {
    new EqualsTester()
        .addEqualityGroup(Yuan.of(5), Yuan.parse("5.0"), Yuan.of(new BigDecimal("5.000")))
        .addEqualityGroup(Yuan.parse("5.01"))
        .addEqualityGroup(Yuan.ZERO, Yuan.of(0))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(FEES_2008, FeeCalculator.of(Regime.OGI_2008))
        .addEqualityGroup(FEES_2019, FeeCalculator.of(Regime.OGI_2019))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(PRICES, PRICES.withPrice(CostKind.COPYING, "页", Yuan.parse("0.5")))
        .addEqualityGroup(PRICES.withPrice(CostKind.COPYING, "张", Yuan.parse("0.5")))
        .addEqualityGroup(PRICES.withPrice(CostKind.COPYING, "页", Yuan.of(1)))
        .addEqualityGroup(PriceTable.of(LOCAL_PRICING))
        .addEqualityGroup(PriceTable.of(Citation.of(LegalSource.of("《另一标准》", "another schedule"), "第一条", "复制费每页1元。")))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(COPIES, CostItem.of(CostKind.COPYING, 40))
        .addEqualityGroup(CostItem.of(CostKind.COPYING, 41))
        .addEqualityGroup(CostItem.of(CostKind.MAILING, 40))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(SOLDIER, Waiver.of(WaiverCategory.ACTIVE_SERVICE_MEMBER))
        .addEqualityGroup(Waiver.of(WaiverCategory.LAID_OFF_WORKER))
        .addEqualityGroup(Waiver.forHardship("王某"), Waiver.forHardship(" 王某"))
        .addEqualityGroup(Waiver.forHardship("李某"))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(READ_ALOUD, Assistance.of(Difficulty.VISUAL, "朗读答复内容"))
        .addEqualityGroup(Assistance.of(Difficulty.READING, "朗读答复内容"))
        .addEqualityGroup(Assistance.of(Difficulty.VISUAL, "提供大字版"))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            FACTS, CostRecovery.of(PRICES, List.of(CostItem.of(CostKind.COPYING, 40))))
        .addEqualityGroup(FACTS.withWaiver(SOLDIER), FACTS.withWaiver(SOLDIER))
        .addEqualityGroup(FACTS.withAssistance(READ_ALOUD))
        .addEqualityGroup(CostRecovery.of(PRICES, List.of()))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(FEES_2008.costRecovery(FACTS), FEES_2008.costRecovery(FACTS))
        .addEqualityGroup(FEES_2008.costRecovery(FACTS.withWaiver(SOLDIER)))
        .addEqualityGroup(FEES_2008.costRecovery(FACTS.withAssistance(READ_ALOUD)))
        .addEqualityGroup(FEES_2019.perVolume(250), FEES_2019.perVolume(250))
        .addEqualityGroup(FEES_2019.perVolume(251))
        .addEqualityGroup(FEES_2019.perRequest(35), FEES_2019.perRequests(35, 35))
        .addEqualityGroup(FEES_2019.perRequest(36))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            FEES_2019.perVolume(250).lines().get(3), FEES_2019.perVolume(250).lines().get(3))
        .addEqualityGroup(FEES_2019.perVolume(251).lines().get(3))
        .addEqualityGroup(FEES_2019.perVolume(250).lines().get(2))
        .testEquals();
  }
}
