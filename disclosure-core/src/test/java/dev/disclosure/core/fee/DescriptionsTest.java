package dev.disclosure.core.fee;

import static dev.disclosure.core.fee.FeeFixtures.LOCAL_PRICING;
import static dev.disclosure.core.fee.FeeFixtures.PRICES;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The one-line descriptions ({@code toString}) of the cost-recovery facts (REQ-7), exactly as their
 * Javadoc shows them, with the optional parts present and absent.
 */
class DescriptionsTest {

  private static final Assistance READ_ALOUD = Assistance.of(Difficulty.VISUAL, "工作人员当面朗读答复内容");

  @Test
  @DisplayName("REQ-7: a cost item reads its kind and quantity; help given reads difficulty：help")
  void itemAndAssistance() {
    assertThat(CostItem.of(CostKind.COPYING, 40)).hasToString("复制×40");
    assertThat(CostItem.of(CostKind.MAILING, 1)).hasToString("邮寄×1");
    assertThat(READ_ALOUD).hasToString("视力障碍：工作人员当面朗读答复内容");
    assertThat(Assistance.of(Difficulty.HEARING, "  以书面形式逐项说明  "))
        .hasToString("听力障碍：以书面形式逐项说明");
  }

  @Test
  @DisplayName("REQ-7: a waiver reads 免收 and its category; a hardship waiver names its approver")
  void waiver() {
    assertThat(Waiver.of(WaiverCategory.ACTIVE_SERVICE_MEMBER)).hasToString("免收：现役军人");
    assertThat(Waiver.forHardship("王某（县政府办公室主任）"))
        .hasToString("免收：其他确有经济困难的（经本人申请，王某（县政府办公室主任）审核同意）");
  }

  @Test
  @DisplayName("REQ-7: a price table lists each price per unit in kind order, then its source")
  void priceTable() {
    assertThat(PRICES)
        .hasToString(
            "{RETRIEVAL=5.00元/件, COPYING=0.50元/页, MAILING=12.00元/件}"
                + " per 依据《某市政府信息公开收费标准》第二条");
    assertThat(PriceTable.of(LOCAL_PRICING).withPrice(CostKind.COPYING, "页", Yuan.parse("0.5")))
        .hasToString("{COPYING=0.50元/页} per 依据《某市政府信息公开收费标准》第二条");
    assertThat(PriceTable.of(LOCAL_PRICING)).hasToString("{} per 依据《某市政府信息公开收费标准》第二条");
  }

  @Test
  @DisplayName("REQ-7: cost-recovery facts read their items, then the waiver and help when recorded")
  void costRecovery() {
    CostRecovery plain =
        CostRecovery.of(
            PRICES, List.of(CostItem.of(CostKind.RETRIEVAL, 1), CostItem.of(CostKind.COPYING, 40)));

    assertThat(plain).hasToString("CostRecovery{items=[检索×1, 复制×40]}");
    assertThat(plain.withWaiver(Waiver.of(WaiverCategory.AGED_60_OR_OVER)))
        .hasToString("CostRecovery{items=[检索×1, 复制×40], 免收：60岁以上老年人}");
    assertThat(plain.withAssistance(READ_ALOUD))
        .hasToString("CostRecovery{items=[检索×1, 复制×40], assistance=[视力障碍：工作人员当面朗读答复内容]}");
    assertThat(
            CostRecovery.of(PRICES, List.of())
                .withWaiver(Waiver.forHardship("王某"))
                .withAssistance(READ_ALOUD))
        .hasToString(
            "CostRecovery{items=[], 免收：其他确有经济困难的（经本人申请，王某审核同意）,"
                + " assistance=[视力障碍：工作人员当面朗读答复内容]}");
  }
}
