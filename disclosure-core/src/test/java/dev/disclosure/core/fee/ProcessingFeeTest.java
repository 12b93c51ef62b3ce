package dev.disclosure.core.fee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import dev.disclosure.calendar.Finding;
import dev.disclosure.calendar.FindingKind;
import dev.disclosure.calendar.Language;
import dev.disclosure.calendar.Quantity;
import dev.disclosure.core.FeeRule;
import dev.disclosure.core.InvalidFactsException;
import dev.disclosure.core.InvalidFactsException.Problem;
import dev.disclosure.core.Regime;
import dev.disclosure.core.Renderings;
import dev.disclosure.core.law.Rules;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** OGI_2019's processing fee (REQ-8, FEE-2020 第三条至第五条), with totals computed by hand. */
class ProcessingFeeTest {

  private static final FeeCalculator FEES_2019 = FeeCalculator.of(Regime.OGI_2019);
  private static final FeeCalculator FEES_2008 = FeeCalculator.of(Regime.OGI_2008);

  private static BigDecimal yuan(String amount) {
    return new BigDecimal(amount);
  }

  @ParameterizedTest(name = "the applicant''s request no. {0} this month costs {1}元")
  @CsvSource({
    "1, 0.00",
    "10, 0.00",
    "11, 100.00",
    "30, 100.00",
    "31, 200.00",
    "35, 200.00",
    "40, 200.00",
    "41, 300.00",
    "45, 300.00",
    "50, 300.00",
    "51, 400.00",
    "100, 800.00",
    "101, 900.00"
  })
  @DisplayName(
      "REQ-8: per request, the position in the natural month sets the price (FEE-2020 第四条)")
  void perRequestBandEdges(int position, String expected) {
    FeeAssessment fee = FEES_2019.perRequest(position);
    assertThat(fee.total().amount()).isEqualTo(yuan(expected));
    assertThat(fee.method()).isEqualTo(ChargingMethod.PER_REQUEST);
    assertThat(fee.rule()).isEqualTo(FeeRule.PROCESSING_FEE_2020);
    assertThat(fee.lines()).hasSize(1);
    assertThat(fee.lines().get(0).quantity()).isEqualTo(1);
    assertThat(fee.lines().get(0).unit()).isEqualTo("件");
    assertThat(fee.lines().get(0).citation()).isEqualTo(ProcessingFees.PER_REQUEST);
  }

  @ParameterizedTest(name = "requests no. {0} to {1} of a month cost {2}元")
  @CsvSource({
    // 1–10 free
    "1, 10, 0.00",
    // 10 × 0 + 1 × 100
    "1, 11, 100.00",
    // 20 × 100
    "1, 30, 2000.00",
    // 2000 + 1 × 200
    "1, 31, 2200.00",
    // 2000 + 10 × 200
    "1, 40, 4000.00",
    // 4000 + 1 × 300
    "1, 41, 4300.00",
    // 4000 + 5 × 300
    "1, 45, 5500.00",
    // 20 × 100 + 5 × 200
    "11, 35, 3000.00",
    // 6 × 200 + 10 × 300 + 2 × 400
    "35, 52, 5000.00",
    "45, 45, 300.00"
  })
  @DisplayName("REQ-8: per request over a range of a month's positions, progressive (FEE-2020 第四条)")
  void perRequestRanges(int first, int last, String expected) {
    assertThat(FEES_2019.perRequests(first, last).total().amount()).isEqualTo(yuan(expected));
  }

  @Test
  @DisplayName("REQ-8: the 1st to 45th requests are itemized band by band")
  void perRequestLines() {
    FeeAssessment fee = FEES_2019.perRequests(1, 45);
    assertThat(fee.lines())
        .extracting(
            FeeLine::quantity, line -> line.unitPrice().amount(), line -> line.amount().amount())
        .containsExactly(
            tuple(10L, yuan("0.00"), yuan("0.00")),
            tuple(20L, yuan("100.00"), yuan("2000.00")),
            tuple(10L, yuan("200.00"), yuan("2000.00")),
            tuple(5L, yuan("300.00"), yuan("1500.00")));
    assertThat(fee.lines().get(3).description()).isEqualTo("本自然月累计申请第41—45件（第41—50件档）");
    assertThat(fee.lines().get(0).description()).isEqualTo("本自然月累计申请第1—10件（第1—10件档）");
    assertThat(fee.lines().get(1).description()).isEqualTo("本自然月累计申请第11—30件（第11—30件档）");
    assertThat(FEES_2019.perRequests(12, 12).lines().get(0).description())
        .isEqualTo("本自然月累计申请第12件（第11—30件档）");
    assertThat(FEES_2019.perRequest(35).lines().get(0).description())
        .isEqualTo("本自然月累计申请第35件（第31—40件档）");
    assertThat(fee.total()).isEqualTo(Yuan.of(5500));
  }

  @ParameterizedTest(name = "{0} pages cost {1}元")
  @CsvSource({
    "1, 0.00",
    "30, 0.00",
    // 1 × 10
    "31, 10.00",
    // 70 × 10
    "100, 700.00",
    // 700 + 1 × 20
    "101, 720.00",
    // 700 + 100 × 20
    "200, 2700.00",
    // 2700 + 1 × 40
    "201, 2740.00",
    // 70 × 10 + 100 × 20 + 50 × 40
    "250, 4700.00",
    // 2700 + 800 × 40
    "1000, 34700.00"
  })
  @DisplayName("REQ-8: per volume, one request's pages set the fee, progressive (FEE-2020 第五条)")
  void perVolumeBandEdges(int pages, String expected) {
    FeeAssessment fee = FEES_2019.perVolume(pages);
    assertThat(fee.total().amount()).isEqualTo(yuan(expected));
    assertThat(fee.method()).isEqualTo(ChargingMethod.PER_VOLUME);
    assertThat(fee.lines()).extracting(FeeLine::quantity).allMatch(q -> q > 0);
    assertThat(fee.lines().stream().mapToLong(FeeLine::quantity).sum()).isEqualTo(pages);
  }

  @Test
  @DisplayName(
      "REQ-8: 250 pages = 30 × 0 + 70 × 10 + 100 × 20 + 50 × 40 = 4,700元, itemized and cited")
  void perVolumeLinesAndExplanation() {
    FeeAssessment fee = FEES_2019.perVolume(250);
    assertThat(fee.lines())
        .extracting(FeeLine::description, FeeLine::quantity, line -> line.amount().toString())
        .containsExactly(
            tuple("30页以下（含30页）", 30L, "0.00元"),
            tuple("31—100页（含100页）的部分", 70L, "700.00元"),
            tuple("101—200页（含200页）的部分", 100L, "2000.00元"),
            tuple("201页以上的部分", 50L, "2000.00元"));
    assertThat(fee.total()).isEqualTo(Yuan.parse("4700")).isEqualTo(fee.subtotal());
    assertThat(fee.waiver()).isEmpty();
    assertThat(fee.assistance()).isEmpty();
    assertThat(fee.citations())
        .containsExactly(
            FeeRule.PROCESSING_FEE_2020.citation(),
            ProcessingFees.ONE_BASIS,
            ProcessingFees.PER_VOLUME);
    assertThat(fee.explain())
        .contains("信息处理费")
        .contains("按量计收，超额累进")
        .contains("依据《中华人民共和国政府信息公开条例》（国务院令第711号）第四十二条")
        .contains("201页以上的部分：50页 × 40.00元 = 2000.00元（依据《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）第五条）")
        .endsWith("应缴金额：4700.00元");
    assertThat(fee.toString()).isEqualTo(fee.explain());
  }

  @Test
  @DisplayName("REQ-8: the 45th request of a month costs 300元, explained with FEE-2020 第四条")
  void perRequestExplanation() {
    FeeAssessment fee = FEES_2019.perRequest(45);
    assertThat(fee.citations())
        .containsExactly(
            FeeRule.PROCESSING_FEE_2020.citation(),
            ProcessingFees.ONE_BASIS,
            ProcessingFees.PER_REQUEST);
    assertThat(fee.explain())
        .isEqualTo(
            "信息处理费（按件或按量，超额累进）（依据《中华人民共和国政府信息公开条例》（国务院令第711号）第四十二条）\n"
                + "计收方式：按件计收，超额累进（依据《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）第三条）\n"
                + "本自然月累计申请第45件（第41—50件档）：1件 × 300.00元 = 300.00元"
                + "（依据《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）第四条）\n"
                + "小计：300.00元\n"
                + "应缴金额：300.00元");
    assertThat(FEES_2019.perRequest(10).explain()).endsWith("应缴金额：0.00元");
    assertThat(fee.explain(Language.CHINESE)).isEqualTo(fee.explain());
    assertThat(Renderings.checkedEnglish(fee.explain(Language.ENGLISH)))
        .isEqualTo(
            "information processing fee (per request or per volume, progressive) ("
                + Language.ENGLISH.reference(FeeRule.PROCESSING_FEE_2020.citation())
                + ")\n"
                + "charging method: per request, progressive ("
                + Language.ENGLISH.reference(ProcessingFees.ONE_BASIS)
                + ")\n"
                + "request 45 of the natural month (band 41 to 50): 1 request × 300.00 yuan ="
                + " 300.00 yuan ("
                + Language.ENGLISH.reference(ProcessingFees.PER_REQUEST)
                + ")\n"
                + "subtotal: 300.00 yuan\n"
                + "fee to pay: 300.00 yuan");
  }

  @Test
  @DisplayName("REQ-8: every fee line is a finding with its amounts as exact yuan")
  void findings() {
    FeeAssessment fee = FEES_2019.perVolume(250);
    List<Finding> findings = fee.findings();

    assertThat(findings).allMatch(finding -> finding.rule().equals(Rules.REQ_8));
    assertThat(findings).allMatch(finding -> finding.kind() == FindingKind.APPLIED);
    assertThat(findings).hasSize(fee.lines().size() + 4);
    assertThat(findings.subList(2, 2 + fee.lines().size()))
        .containsExactlyElementsOf(fee.lines().stream().map(FeeLine::finding).toList());
    assertThat(fee.lines().get(3).finding().quantities())
        .containsExactly(yuanQuantity("40.00"), yuanQuantity("2000.00"));
    assertThat(fee.lines().get(3).finding().citations()).containsExactly(ProcessingFees.PER_VOLUME);
    assertThat(findings.get(findings.size() - 1).quantities()).containsExactly(yuanQuantity("4700.00"));
    assertThat(Renderings.chinese(fee.lines().get(3).finding()))
        .isEqualTo(
            "[REQ-8] 201页以上的部分：50页 × 40.00元 = 2000.00元"
                + "（依据《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）第五条）");
    assertThat(Renderings.english(findings))
        .contains("\n[REQ-8] pages from 201 on: 50 pages × 40.00 yuan = 2000.00 yuan (")
        .contains("\n[REQ-8] up to 30 pages (30 included): 30 pages × 0.00 yuan = 0.00 yuan (")
        .endsWith("\n[REQ-8] fee to pay: 4700.00 yuan");
    assertThat(Renderings.checkedEnglish(FEES_2019.perVolume(31).explain(Language.ENGLISH)))
        .contains("\npages 31 to 100 (100 included): 1 page × 10.00 yuan = 10.00 yuan (");
    assertThat(Renderings.checkedEnglish(FEES_2019.perRequests(1, 45).explain(Language.ENGLISH)))
        .contains("\nrequests 31 to 40 of the natural month (band 31 to 40): 10 requests × 200.00"
            + " yuan = 2000.00 yuan (");
  }

  private static Quantity yuanQuantity(String amount) {
    return Quantity.of(new BigDecimal(amount), Quantity.Unit.YUAN);
  }

  @Test
  @DisplayName(
      "REQ-8: a processing fee is counted one way only; each assessment has a single method")
  void neverBoth() {
    assertThat(FEES_2019.perVolume(250).lines())
        .allMatch(line -> line.citation().equals(ProcessingFees.PER_VOLUME));
    assertThat(FEES_2019.perRequests(1, 45).lines())
        .allMatch(line -> line.citation().equals(ProcessingFees.PER_REQUEST));
    assertThat(ProcessingFees.ONE_BASIS.wording()).contains("不得同时按照两种标准重复计算");
  }

  @Test
  @DisplayName("REQ-8: counts and pages below 1, reversed ranges and absurd positions are refused")
  void badInput() {
    assertThatThrownBy(() -> FEES_2019.perVolume(0))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("REQ-8")
        .hasMessageContaining("pages 0");
    assertThatThrownBy(() -> FEES_2019.perVolume(-5))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("pages -5");
    assertThatThrownBy(() -> FEES_2019.perRequest(0))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("REQ-8")
        .hasMessageContaining("position 0");
    InvalidFactsException reversed =
        catchThrowableOfType(InvalidFactsException.class, () -> FEES_2019.perRequests(12, 11));
    assertThat(reversed.problems())
        .containsExactly(
            new Problem(
                Rules.REQ_8,
                "first position 12 is after last position 11; give the range as first ≤ last"
                    + " (FEE-2020 第四条)"));
    InvalidFactsException all =
        catchThrowableOfType(InvalidFactsException.class, () -> FEES_2019.perRequests(-1, -2));
    assertThat(all.problems()).hasSize(3);
    assertThatThrownBy(() -> FEES_2019.perRequest(100_001))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("100001")
        .hasMessageContaining("[convention]");
    assertThat(FEES_2019.perRequest(100_000).total()).isEqualTo(Yuan.of(100L * (2 + 9996)));
  }

  @Test
  @DisplayName("REQ-7: OGI_2008 has no processing fee; per-request and per-volume fees are refused")
  void processingFeeRefusedUnder2008() {
    assertThatThrownBy(() -> FEES_2008.perVolume(250))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("REQ-7")
        .hasMessageContaining("按量计收")
        .hasMessageContaining("OGI_2008")
        .hasMessageContaining("COST_RECOVERY_2008")
        .hasMessageContaining("第二十七条");
    assertThatThrownBy(() -> FEES_2008.perRequest(45))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("按件计收");
    assertThatThrownBy(() -> FEES_2008.perRequests(1, 45))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("REQ-7");
  }

  @Test
  @DisplayName("REQ-8: the calculator follows the regime's fee rule")
  void calculatorByRegime() {
    for (Regime regime : Regime.values()) {
      FeeCalculator calculator = FeeCalculator.of(regime);
      assertThat(calculator.regime()).isSameAs(regime);
      assertThat(calculator).hasToString("FeeCalculator[" + regime.id() + "]");
    }
    assertThat(List.of(ChargingMethod.values()))
        .extracting(ChargingMethod::label)
        .containsExactly("按件计收", "按量计收", "检索、复制、邮寄成本费用");
  }
}
