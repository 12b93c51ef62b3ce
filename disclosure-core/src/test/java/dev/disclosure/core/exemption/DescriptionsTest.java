package dev.disclosure.core.exemption;

import static dev.disclosure.core.exemption.Fixtures.CLASSIFIER_2008;
import static dev.disclosure.core.exemption.Fixtures.unmarked;
import static dev.disclosure.core.exemption.ReviewChainTest.FRI_2026_10_23;
import static dev.disclosure.core.exemption.ReviewChainTest.MON_2026_10_26;
import static dev.disclosure.core.exemption.ReviewChainTest.approved;
import static dev.disclosure.core.exemption.ReviewChainTest.awaitingSecrecyBody;
import static dev.disclosure.core.exemption.ReviewChainTest.item;
import static org.assertj.core.api.Assertions.assertThat;

import dev.disclosure.calendar.ChinaCalendars;
import dev.disclosure.core.Regime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The one-line descriptions ({@code toString}) of the exemption values, exactly as their Javadoc
 * shows them: a log line or a debugger names the regime, the stage, the outcome and the ground.
 */
class DescriptionsTest {

  @Test
  @DisplayName("EX-8: a classifier names its regime, each local policy after '+', and its options")
  void classifier() {
    assertThat(ExemptionClassifier.of(Regime.OGI_2019)).hasToString("ExemptionClassifier[OGI_2019]");
    assertThat(
            ExemptionClassifier.of(
                Regime.OGI_2008,
                PolicyExtension.streetOfficeThreeNots(Regime.OGI_2008),
                PolicyExtension.schoolList(Regime.OGI_2008)))
        .hasToString(
            "ExemptionClassifier[OGI_2008 + 街道“三不公开”原则 + 小学信息公开工作实施方案（免于公开的信息）]");
    assertThat(
            ExemptionClassifier.of(Regime.OGI_2019, PolicyExtension.schoolList(Regime.OGI_2019))
                .with(ExemptionOption.PROCESS_INFORMATION_BY_FORMATION))
        .hasToString(
            "ExemptionClassifier[OGI_2019 + 小学信息公开工作实施方案（免于公开的信息）,"
                + " options [PROCESS_INFORMATION_BY_FORMATION]]");
  }

  @Test
  @DisplayName("EX-8: a policy extension names itself, its regime and its grounds in order")
  void policyExtension() {
    assertThat(PolicyExtension.streetOfficeThreeNots(Regime.OGI_2008))
        .hasToString(
            "街道“三不公开”原则 (OGI_2008): [STREET-DOCUMENTS 文件不公开,"
                + " STREET-INDIVIDUAL-MATTERS 针对个别问题的文件不公开,"
                + " STREET-REQUESTS-AND-REPORTS 请示报告不公开]");
    assertThat(PolicyExtension.schoolList(Regime.OGI_2019))
        .hasToString(
            "小学信息公开工作实施方案（免于公开的信息） (OGI_2019):"
                + " [SCHOOL-CAMPUS-SAFETY 公开可能危及校园安全稳定的信息]");
  }

  @Test
  @DisplayName(
      "EX-1, EX-2: a decision's description is its outcome and regime on the first line, then its"
          + " findings in Chinese")
  void decision() {
    ExemptionDecision disclosed = CLASSIFIER_2008.classify(unmarked().build());
    ExemptionDecision withheld =
        CLASSIFIER_2008.classify(
            unmarked()
                .addContentFlags(ContentFlag.TRADE_SECRET)
                .thirdPartyConsent(ThirdPartyConsent.REFUSED)
                .build());

    assertThat(disclosed).hasToString("公开（OGI_2008）\n" + disclosed.explain());
    assertThat(withheld).hasToString("不予公开（OGI_2008）\n" + withheld.explain());
    assertThat(withheld.explain()).isNotBlank();
  }

  @Test
  @DisplayName("EX-2: an override consideration reads 例外情形成立 or 例外情形不成立, with its reason")
  void overrideConsideration() {
    OverrideConsideration lifted =
        CLASSIFIER_2008
            .classify(
                unmarked()
                    .addContentFlags(ContentFlag.TRADE_SECRET)
                    .thirdPartyConsent(ThirdPartyConsent.GRANTED)
                    .build())
            .overrides()
            .get(0);
    OverrideConsideration kept =
        CLASSIFIER_2008
            .classify(
                unmarked()
                    .addContentFlags(ContentFlag.TRADE_SECRET)
                    .thirdPartyConsent(ThirdPartyConsent.REFUSED)
                    .build())
            .overrides()
            .get(0);

    assertThat(lifted).hasToString("OGI-2008-TRADE-SECRET 商业秘密：例外情形成立（第三方同意公开）");
    assertThat(kept)
        .hasToString(
            "OGI-2008-TRADE-SECRET 商业秘密：例外情形不成立（第三方不同意公开：依《中华人民共和国政府信息公开条例》（2008年施行）"
                + "第三方不同意公开的，不得公开（不审查其理由是否合理），且机关未作出公共利益判断）");
  }

  @Test
  @DisplayName("EX-6: an opinion reads stage, verdict, date, reason and basis")
  void opinion() {
    assertThat(
            ReviewOpinion.of(
                ReviewStage.SECRECY_REVIEW_BODY,
                ReviewVerdict.EXEMPT,
                ExemptionGrounds.PERSONAL_PRIVACY_2019,
                "涉及个人隐私",
                FRI_2026_10_23))
        .hasToString(
            "保密审查机构审查 免予公开 2026-10-23: 涉及个人隐私"
                + " (依据《中华人民共和国政府信息公开条例》（国务院令第711号）第十五条)");
  }

  @Test
  @DisplayName(
      "EX-6: a review chain names the item, the regime, the next stage or 审查完毕, and how many"
          + " opinions it holds")
  void chain() {
    assertThat(ReviewChain.start(Regime.OGI_2008, item()))
        .hasToString("ReviewChain[某市公共交通发展规划 under OGI_2008, next 承办单位初审, opinions: 0]");
    assertThat(awaitingSecrecyBody(Regime.OGI_2019, item()))
        .hasToString("ReviewChain[某市公共交通发展规划 under OGI_2019, next 保密审查机构审查, opinions: 2]");
    assertThat(approved(Regime.OGI_2019, item()))
        .hasToString("ReviewChain[某市公共交通发展规划 under OGI_2019, 审查完毕, opinions: 4]");
  }

  @Test
  @DisplayName(
      "EX-6 先审查后公开: a publication check's description is the date and 可以公开 or 暂不得公开 on"
          + " the first line, then its findings in Chinese")
  void publicationCheck() {
    PublicationCheck allowed =
        approved(Regime.OGI_2019, item()).publicationOn(MON_2026_10_26, ChinaCalendars.official());
    PublicationCheck notYet =
        awaitingSecrecyBody(Regime.OGI_2019, item())
            .publicationOn(MON_2026_10_26, ChinaCalendars.official());

    assertThat(allowed).hasToString("2026年10月26日可以公开\n" + allowed.explain());
    assertThat(notYet).hasToString("2026年10月26日暂不得公开\n" + notYet.explain());
  }
}
