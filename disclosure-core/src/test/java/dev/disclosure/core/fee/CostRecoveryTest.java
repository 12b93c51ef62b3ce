package dev.disclosure.core.fee;

import static dev.disclosure.core.fee.FeeFixtures.FEES_2008;
import static dev.disclosure.core.fee.FeeFixtures.FEES_2019;
import static dev.disclosure.core.fee.FeeFixtures.LOCAL_PRICING;
import static dev.disclosure.core.fee.FeeFixtures.PRICES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import dev.disclosure.calendar.Language;
import dev.disclosure.calendar.Quantity;
import dev.disclosure.core.FeeRule;
import dev.disclosure.core.InvalidFactsException;
import dev.disclosure.core.Renderings;
import dev.disclosure.core.law.Rules;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** OGI_2008's cost recovery (REQ-7): local prices, the seven waivers and the help given. */
class CostRecoveryTest {

  /** 2 retrievals × 5 + 41 pages × 0.50 + 1 mailing × 12 = 10 + 20.50 + 12 = 42.50元. */
  private static final CostRecovery TYPICAL =
      CostRecovery.of(
          PRICES,
          List.of(
              CostItem.of(CostKind.RETRIEVAL, 2),
              CostItem.of(CostKind.COPYING, 41),
              CostItem.of(CostKind.MAILING, 1)));

  @Test
  @DisplayName("REQ-7: retrieval, copying and mailing at the local prices, itemized and exact")
  void itemizedCosts() {
    FeeAssessment fee = FEES_2008.costRecovery(TYPICAL);
    assertThat(fee.rule()).isEqualTo(FeeRule.COST_RECOVERY_2008);
    assertThat(fee.method()).isEqualTo(ChargingMethod.COST_RECOVERY);
    assertThat(fee.lines())
        .extracting(
            FeeLine::description,
            FeeLine::quantity,
            FeeLine::unit,
            line -> line.amount().toString())
        .containsExactly(
            tuple("检索费", 2L, "件", "10.00元"),
            tuple("复制费", 41L, "页", "20.50元"),
            tuple("邮寄费", 1L, "件", "12.00元"));
    assertThat(fee.lines()).allMatch(line -> line.citation().equals(LOCAL_PRICING));
    assertThat(fee.total().amount()).isEqualTo(new BigDecimal("42.50"));
    assertThat(fee.total()).isEqualTo(fee.subtotal());
    assertThat(fee.citations())
        .containsExactly(FeeRule.COST_RECOVERY_2008.citation(), LOCAL_PRICING);
    assertThat(fee.explain())
        .contains("检索、复制、邮寄等成本费用")
        .contains("第二十七条")
        .contains("复制费：41页 × 0.50元 = 20.50元（依据《某市政府信息公开收费标准》第二条）")
        .endsWith("应缴金额：42.50元");
    assertThat(fee.lines().get(1).toString())
        .isEqualTo("复制费：41页 × 0.50元 = 20.50元（依据《某市政府信息公开收费标准》第二条）");
    assertThat(fee.findings()).allMatch(finding -> finding.rule().equals(Rules.REQ_7));
    assertThat(fee.lines().get(1).finding().quantities())
        .containsExactly(
            Quantity.of(new BigDecimal("0.50"), Quantity.Unit.YUAN),
            Quantity.of(new BigDecimal("20.50"), Quantity.Unit.YUAN));
    assertThat(Renderings.checkedEnglish(fee.explain(Language.ENGLISH)))
        .startsWith(
            "retrieval, copying, mailing and similar costs ("
                + Language.ENGLISH.reference(FeeRule.COST_RECOVERY_2008.citation())
                + ")\n"
                + "charging method: retrieval, copying and mailing costs\n")
        .contains(
            "\ncopying costs: 41 units (as recorded) × 0.50 yuan = 20.50 yuan (a city's fee"
                + " schedule, Art. 2)\n")
        .contains("\nmailing costs: 1 unit (as recorded) × 12.00 yuan = 12.00 yuan (")
        .endsWith("\nsubtotal: 42.50 yuan\nfee to pay: 42.50 yuan");
  }

  @Test
  @DisplayName("REQ-7: no items, no fee")
  void nothingToCharge() {
    FeeAssessment fee = FEES_2008.costRecovery(CostRecovery.of(PRICES, List.of()));
    assertThat(fee.lines()).isEmpty();
    assertThat(fee.total()).isEqualTo(Yuan.ZERO);
  }

  @ParameterizedTest(name = "{0} pays nothing")
  @EnumSource(
      value = WaiverCategory.class,
      mode = EnumSource.Mode.EXCLUDE,
      names = "FINANCIAL_HARDSHIP")
  @DisplayName("REQ-7: the six categories needing no approval are waived; the costs stay itemized")
  void waivedWithoutApproval(WaiverCategory category) {
    Waiver waiver = Waiver.of(category);
    FeeAssessment fee = FEES_2008.costRecovery(TYPICAL.withWaiver(waiver));
    assertThat(fee.total()).isEqualTo(Yuan.ZERO);
    assertThat(fee.subtotal()).isEqualTo(Yuan.parse("42.5"));
    assertThat(fee.lines()).hasSize(3);
    assertThat(fee.waiver()).contains(waiver);
    assertThat(waiver.approvedBy()).isEmpty();
    assertThat(waiver.citations())
        .singleElement()
        .satisfies(c -> assertThat(c.wording()).contains(category.label()));
    assertThat(fee.citations()).containsAll(waiver.citations());
    assertThat(fee.explain())
        .contains("免收：" + category.label())
        .contains("依申请公开制度三、2")
        .endsWith("应缴金额：0.00元");
  }

  @Test
  @DisplayName("REQ-7: the seven waiver categories carry the Chinese labels of source document 002")
  void categories() {
    assertThat(List.of(WaiverCategory.values()))
        .extracting(WaiverCategory::label)
        .containsExactly(
            "城镇、农村低保家庭", "现役军人", "二等以上革命伤残军人", "农村进城务工人员", "下岗人员", "60岁以上老年人", "其他确有经济困难的");
    assertThat(List.of(WaiverCategory.values()))
        .filteredOn(WaiverCategory::requiresApproval)
        .containsExactly(WaiverCategory.FINANCIAL_HARDSHIP);
    assertThat(List.of(CostKind.values()))
        .extracting(CostKind::label)
        .containsExactly("检索", "复制", "邮寄");
  }

  @Test
  @DisplayName("REQ-7: hardship is waived only with the disclosure office head's approval")
  void hardshipNeedsApproval() {
    assertThatThrownBy(() -> Waiver.of(WaiverCategory.FINANCIAL_HARDSHIP))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("REQ-7")
        .hasMessageContaining("FINANCIAL_HARDSHIP")
        .hasMessageContaining("经政府信息公开工作机构负责人审核同意");
    assertThatThrownBy(() -> Waiver.forHardship("  "))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("REQ-7")
        .hasMessageContaining("no approver");
    Waiver approved = Waiver.forHardship(" 王某（县政府办公室主任） ");
    assertThat(approved.category()).isEqualTo(WaiverCategory.FINANCIAL_HARDSHIP);
    assertThat(approved.approvedBy()).contains("王某（县政府办公室主任）");
    assertThat(approved.citations())
        .extracting(c -> c.provision())
        .containsExactly("依申请公开制度三、2", "第二十八条");
    FeeAssessment fee = FEES_2008.costRecovery(TYPICAL.withWaiver(approved));
    assertThat(fee.total()).isEqualTo(Yuan.ZERO);
    assertThat(fee.explain()).contains("免收：其他确有经济困难的（经本人申请，王某（县政府办公室主任）审核同意）").contains("第二十八条");
    assertThat(fee.explain().lines().filter(line -> line.startsWith("免收")))
        .containsExactly(
            "免收：其他确有经济困难的（经本人申请，王某（县政府办公室主任）审核同意）（依据"
                + Language.CHINESE.reference(approved.citations().get(0))
                + "；"
                + Language.CHINESE.reference(approved.citations().get(1))
                + "）");
    assertThat(Renderings.checkedEnglish(fee.explain(Language.ENGLISH)))
        .contains(
            "\nwaived: other real financial hardship (on the applicant's application, approved by"
                + " the disclosure office head: as recorded) (")
        .endsWith("\nfee to pay: 0.00 yuan");
  }

  @Test
  @DisplayName("REQ-7: help for reading difficulty or visual or hearing impairment is recorded")
  void assistanceRecorded() {
    Assistance reading = Assistance.of(Difficulty.VISUAL, " 工作人员当面朗读答复内容 ");
    Assistance hearing = Assistance.of(Difficulty.HEARING, "以书面方式逐项说明");
    FeeAssessment fee =
        FEES_2008.costRecovery(
            TYPICAL
                .withAssistance(reading)
                .withAssistance(hearing)
                .withWaiver(Waiver.of(WaiverCategory.AGED_60_OR_OVER)));
    assertThat(fee.assistance()).containsExactly(reading, hearing);
    assertThat(reading.help()).isEqualTo("工作人员当面朗读答复内容");
    assertThat(reading.citation().wording()).contains("阅读困难或者视听障碍");
    assertThat(fee.citations()).contains(reading.citation());
    assertThat(fee.explain())
        .contains("已提供必要的帮助：视力障碍：工作人员当面朗读答复内容（依据《政务公开工作制度》（来源文件002）依申请公开制度三、3）")
        .contains("已提供必要的帮助：听力障碍：以书面方式逐项说明");
    assertThat(Renderings.english(fee.findings()))
        .contains("\n[REQ-7] necessary help given for visual impairment: as recorded (")
        .contains("\n[REQ-7] waived: aged 60 or over (");
    assertThat(List.of(Difficulty.values()))
        .extracting(Difficulty::label)
        .containsExactly("阅读困难", "视力障碍", "听力障碍");
    assertThatThrownBy(() -> Assistance.of(Difficulty.READING, " "))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("REQ-7")
        .hasMessageContaining("阅读困难");
  }

  @Test
  @DisplayName("REQ-7: a cost without a local price, or with no units, is refused")
  void missingPrice() {
    PriceTable copyingOnly =
        PriceTable.of(LOCAL_PRICING).withPrice(CostKind.COPYING, "页", Yuan.parse("0.50"));
    InvalidFactsException thrown =
        catchThrowableOfType(
            InvalidFactsException.class,
            () ->
                FEES_2008.costRecovery(
                    CostRecovery.of(
                        copyingOnly,
                        List.of(
                            CostItem.of(CostKind.RETRIEVAL, 1),
                            CostItem.of(CostKind.MAILING, 1)))));
    assertThat(thrown.problems()).hasSize(2);
    assertThat(thrown.problems().get(0).rule()).isEqualTo(Rules.REQ_7);
    assertThat(thrown.problems().get(0).detail()).contains("RETRIEVAL").contains("检索");
    assertThatThrownBy(() -> CostItem.of(CostKind.COPYING, 0))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("REQ-7")
        .hasMessageContaining("quantity 0");
    assertThatThrownBy(() -> PRICES.withPrice(CostKind.COPYING, " ", Yuan.ZERO))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("REQ-7");
  }

  @Test
  @DisplayName("REQ-7: the price table holds one price per kind; setting it again replaces it")
  void priceTable() {
    assertThat(PRICES.priceOf(CostKind.COPYING)).contains(Yuan.parse("0.5"));
    assertThat(PRICES.unitOf(CostKind.MAILING)).contains("件");
    assertThat(PriceTable.of(LOCAL_PRICING).priceOf(CostKind.MAILING)).isEmpty();
    assertThat(PriceTable.of(LOCAL_PRICING).unitOf(CostKind.MAILING)).isEmpty();
    PriceTable dearer = PRICES.withPrice(CostKind.COPYING, "页", Yuan.of(1));
    assertThat(dearer.priceOf(CostKind.COPYING)).contains(Yuan.of(1));
    assertThat(PRICES.priceOf(CostKind.COPYING)).contains(Yuan.parse("0.50"));
    assertThat(PRICES.pricing()).isEqualTo(LOCAL_PRICING);
    assertThat(PRICES.toString()).contains("COPYING=0.50元/页");
  }

  @Test
  @DisplayName("REQ-8: OGI_2019 charges no cost recovery; only the processing fee")
  void costRecoveryRefusedUnder2019() {
    assertThatThrownBy(() -> FEES_2019.costRecovery(TYPICAL))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("REQ-8")
        .hasMessageContaining("OGI_2019")
        .hasMessageContaining("PROCESSING_FEE_2020")
        .hasMessageContaining("第四十二条");
  }

  @Test
  @DisplayName("REQ-7, REQ-8: money is exact to the fen, never negative and never rounded")
  void exactMoney() {
    assertThat(Yuan.parse("0.5").amount()).isEqualTo(new BigDecimal("0.50"));
    assertThat(Yuan.of(new BigDecimal("12.300")).amount()).isEqualTo(new BigDecimal("12.30"));
    assertThat(Yuan.of(3).toString()).isEqualTo("3.00元");
    assertThat(Yuan.parse("0.10").plus(Yuan.parse("0.20"))).isEqualTo(Yuan.parse("0.30"));
    assertThat(Yuan.parse("0.01").times(3)).isEqualTo(Yuan.parse("0.03"));
    assertThat(Yuan.ZERO.isZero()).isTrue();
    assertThat(Yuan.of(1).compareTo(Yuan.parse("0.99"))).isPositive();
    assertThatThrownBy(() -> Yuan.parse("0.505"))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("0.505")
        .hasMessageContaining("two decimal places");
    assertThatThrownBy(() -> Yuan.of(-1))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("-1")
        .hasMessageContaining("negative");
    assertThatThrownBy(() -> Yuan.parse("五元"))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("五元");
    assertThatThrownBy(() -> Yuan.of(1).times(-1))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("quantity -1");
  }
}
