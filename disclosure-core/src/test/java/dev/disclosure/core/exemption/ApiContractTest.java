package dev.disclosure.core.exemption;

import static dev.disclosure.core.exemption.ReviewChainTest.BASIS;
import static dev.disclosure.core.exemption.ReviewChainTest.MON_2026_09_28;
import static dev.disclosure.core.exemption.ReviewChainTest.MON_2026_10_26;
import static dev.disclosure.core.exemption.ReviewChainTest.POLICE;
import static dev.disclosure.core.exemption.ReviewChainTest.TRANSPORT;
import static dev.disclosure.core.exemption.ReviewChainTest.TUE_2026_09_15;
import static dev.disclosure.core.exemption.ReviewChainTest.approved;
import static dev.disclosure.core.exemption.ReviewChainTest.awaitingSecrecyBody;
import static dev.disclosure.core.exemption.ReviewChainTest.item;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.disclosure.calendar.ChinaCalendars;
import dev.disclosure.calendar.Citation;
import dev.disclosure.calendar.Phrase;
import dev.disclosure.calendar.WorkingDayCalendar;
import dev.disclosure.core.Agency;
import dev.disclosure.core.InformationItem;
import dev.disclosure.core.Regime;
import dev.disclosure.core.Renderings;
import dev.disclosure.core.SecrecyMarking;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Null checks on every public entry point, value equality, and the Chinese labels users see. */
class ApiContractTest {

  private static final WorkingDayCalendar OFFICIAL = ChinaCalendars.official();
  private static final ItemFacts PRIVACY =
      Fixtures.unmarked().addContentFlags(ContentFlag.PERSONAL_PRIVACY).build();

  private static NullPointerTester tester() {
    return new NullPointerTester()
        .setDefault(Regime.class, Regime.OGI_2019)
        .setDefault(ItemFacts.class, PRIVACY)
        .setDefault(InformationItem.class, item(POLICE))
        .setDefault(Agency.class, POLICE)
        .setDefault(LocalDate.class, MON_2026_09_28)
        .setDefault(Citation.class, BASIS)
        .setDefault(ExemptionGround.class, ExemptionGrounds.PERSONAL_PRIVACY_2019)
        .setDefault(WorkingDayCalendar.class, OFFICIAL)
        .setDefault(String.class, "理由")
        .setDefault(
            ReviewOpinion.class,
            ReviewOpinion.of(
                ReviewStage.ORIGINATING_UNIT, ReviewVerdict.DISCLOSE, BASIS, "理由", TUE_2026_09_15));
  }

  @Test
  @DisplayName("every public method and constructor rejects null with the parameter's name")
  void nulls() {
    NullPointerTester tester = tester();
    for (Class<?> type :
        List.of(
            ItemFacts.class,
            ExemptionClassifier.class,
            PolicyExtension.class,
            PublicInterest.class,
            ReviewOpinion.class,
            ReviewChain.class,
            DisclosingAgency.class,
            ExemptionRules.class)) {
      tester.testAllPublicStaticMethods(type);
    }
    tester.testAllPublicInstanceMethods(ItemFacts.builder());
    tester.testAllPublicInstanceMethods(PRIVACY);
    tester.testAllPublicInstanceMethods(Fixtures.CLASSIFIER_2019);
    tester.testAllPublicInstanceMethods(Fixtures.CLASSIFIER_2019.classify(PRIVACY));
    tester.testAllPublicInstanceMethods(PolicyExtension.schoolList(Regime.OGI_2019));
    tester.testAllPublicInstanceMethods(PublicInterest.NON_DISCLOSURE_SERIOUSLY_AFFECTS);
    tester.testAllPublicInstanceMethods(ReviewChain.start(Regime.OGI_2019, item(POLICE)));
    tester.testAllPublicInstanceMethods(
        ReviewChain.start(Regime.OGI_2019, item(POLICE))
            .withCoMakerConsulted(POLICE, MON_2026_09_28));
    tester.testAllPublicInstanceMethods(
        approved(Regime.OGI_2019, item()).publicationOn(MON_2026_10_26, OFFICIAL));
    tester.testAllPublicInstanceMethods(DisclosingAgency.forItem(Regime.OGI_2019, item()));
    tester.testAllPublicInstanceMethods(ExemptionRules.of(Regime.OGI_2008));
  }

  @Test
  @DisplayName("EX-1 … EX-8: value types are equal when their contents are")
  void equality() {
    new EqualsTester()
        .addEqualityGroup(
            PRIVACY, Fixtures.unmarked().addContentFlags(ContentFlag.PERSONAL_PRIVACY).build())
        .addEqualityGroup(ItemFacts.builder().marking(SecrecyMarking.SECRET).build())
        .addEqualityGroup(
            Fixtures.unmarked()
                .addContentFlags(ContentFlag.PERSONAL_PRIVACY)
                .separable(true)
                .build())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            Fixtures.CLASSIFIER_2019.classify(PRIVACY), Fixtures.CLASSIFIER_2019.classify(PRIVACY))
        .addEqualityGroup(Fixtures.CLASSIFIER_2008.classify(PRIVACY))
        .addEqualityGroup(
            Fixtures.CLASSIFIER_2019.classify(
                ItemFacts.builder()
                    .from(PRIVACY)
                    .thirdPartyConsent(ThirdPartyConsent.GRANTED)
                    .build()))
        .testEquals();
    ExemptionGround privacy = ExemptionGrounds.PERSONAL_PRIVACY_2019;
    new EqualsTester()
        .addEqualityGroup(
            new OverrideConsideration(privacy, true, Phrase.of("甲", "a")),
            new OverrideConsideration(privacy, true, Phrase.of("甲", "a")))
        .addEqualityGroup(new OverrideConsideration(privacy, false, Phrase.of("甲", "a")))
        .addEqualityGroup(new OverrideConsideration(privacy, true, Phrase.of("甲", "b")))
        .addEqualityGroup(new OverrideConsideration(privacy, true, Phrase.of("乙", "a")))
        .addEqualityGroup(
            new OverrideConsideration(
                ExemptionGrounds.TRADE_SECRET_2019, true, Phrase.of("甲", "a")))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            PolicyExtension.schoolList(Regime.OGI_2019),
            PolicyExtension.schoolList(Regime.OGI_2019))
        .addEqualityGroup(PolicyExtension.schoolList(Regime.OGI_2008))
        .addEqualityGroup(PolicyExtension.streetOfficeThreeNots(Regime.OGI_2019))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(ExemptionClassifier.of(Regime.OGI_2019), Fixtures.CLASSIFIER_2019)
        .addEqualityGroup(ExemptionClassifier.of(Regime.OGI_2008))
        .addEqualityGroup(
            ExemptionClassifier.of(Regime.OGI_2019, PolicyExtension.schoolList(Regime.OGI_2019)))
        .testEquals();
  }

  @Test
  @DisplayName(
      "EX-6, EX-7: review values, chains, checks and disclosing agencies are equal when their"
          + " contents are")
  void reviewEquality() {
    ReviewOpinion opinion =
        ReviewOpinion.of(
            ReviewStage.ORIGINATING_UNIT, ReviewVerdict.DISCLOSE, BASIS, "理由", TUE_2026_09_15);
    new EqualsTester()
        .addEqualityGroup(
            opinion,
            ReviewOpinion.of(
                ReviewStage.ORIGINATING_UNIT, ReviewVerdict.DISCLOSE, BASIS, "理由", TUE_2026_09_15))
        .addEqualityGroup(
            ReviewOpinion.of(
                ReviewStage.ORIGINATING_UNIT, ReviewVerdict.EXEMPT, BASIS, "理由", TUE_2026_09_15))
        .addEqualityGroup(
            ReviewOpinion.of(
                ReviewStage.ORIGINATING_UNIT,
                ReviewVerdict.DISCLOSE,
                ExemptionGrounds.PERSONAL_PRIVACY_2019,
                "理由",
                TUE_2026_09_15))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            ReviewChain.start(Regime.OGI_2019, item()), ReviewChain.start(Regime.OGI_2019, item()))
        .addEqualityGroup(ReviewChain.start(Regime.OGI_2008, item()))
        .addEqualityGroup(ReviewChain.start(Regime.OGI_2019, item()).withOpinion(opinion))
        .addEqualityGroup(awaitingSecrecyBody(Regime.OGI_2019, item()))
        .addEqualityGroup(
            ReviewChain.start(Regime.OGI_2019, item(POLICE))
                .withCoMakerConsulted(POLICE, MON_2026_09_28))
        .addEqualityGroup(
            ReviewChain.start(Regime.OGI_2019, item(POLICE))
                .withCoMakerConsulted(POLICE, MON_2026_09_28)
                .withCoMakerConsent(POLICE, MON_2026_10_26))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            approved(Regime.OGI_2019, item()).publicationOn(MON_2026_10_26, OFFICIAL),
            approved(Regime.OGI_2019, item()).publicationOn(MON_2026_10_26, OFFICIAL))
        .addEqualityGroup(approved(Regime.OGI_2019, item()).publicationOn(MON_2026_09_28, OFFICIAL))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            DisclosingAgency.forItem(Regime.OGI_2019, item()),
            DisclosingAgency.forItem(Regime.OGI_2019, item()))
        .addEqualityGroup(DisclosingAgency.forItem(Regime.OGI_2008, item()))
        .addEqualityGroup(DisclosingAgency.forItem(Regime.OGI_2019, item(), POLICE))
        .testEquals();
    assertThat(DisclosingAgency.forItem(Regime.OGI_2019, item()).agency()).isEqualTo(TRANSPORT);
  }

  @Test
  @DisplayName("EX-4 … EX-6: the outcomes, opinions and stages carry their official Chinese")
  void labels() {
    assertThat(Arrays.stream(ExemptionOutcome.values()).map(ExemptionOutcome::label))
        .containsExactly(
            "公开",
            "部分公开",
            "不予公开",
            "征求第三方意见",
            "报有权机关确定密级",
            "报有关主管部门确定是否可以公开",
            "查明事实后重新答复",
            "不作公开属性认定，依法作其他答复");
    assertThat(Arrays.stream(ReviewVerdict.values()).map(ReviewVerdict::label))
        .containsExactly("公开", "免予公开", "需报审");
    assertThat(Arrays.stream(ReviewStage.values()).map(ReviewStage::label))
        .containsExactly("承办单位初审", "单位负责人审核", "保密审查机构审查", "报有权机关确定", "分管领导审批");
    assertThat(Arrays.stream(ThirdPartyConsent.values()).map(ThirdPartyConsent::label))
        .containsExactly(
            "尚未征求第三方意见", "第三方同意公开", "第三方不同意公开", "第三方不同意公开但无合理理由", "第三方逾期未提出意见");
    assertThat(Arrays.stream(InformationStatus.values()).map(InformationStatus::label))
        .containsExactly(
            "政府信息",
            "不属于政府信息",
            "政府信息不存在",
            "不属于本行政机关负责公开",
            "以政府信息公开申请的形式进行信访、投诉、举报",
            "已经主动公开");
    assertThat(Arrays.stream(DisclosingAgency.Basis.values()).map(DisclosingAgency.Basis::label))
        .containsExactly("法定主管机关", "牵头制作机关", "制作机关", "保存机关");
    assertThat(Arrays.stream(ExemptionOutcome.values()).map(ExemptionOutcome::english))
        .containsExactly(
            "disclose",
            "disclose in part",
            "withhold",
            "consult the third party",
            "report to the authority that can determine the classification",
            "refer to the competent authority to determine whether it may be disclosed",
            "establish the facts and answer again",
            "not classified: answered otherwise");
    assertThat(Arrays.stream(DisclosingAgency.Basis.values()).map(DisclosingAgency.Basis::english))
        .containsExactly("agency competent by law", "lead maker", "maker", "keeper");
    assertThat(
            Stream.of(
                    Arrays.stream(ExemptionOutcome.values()).map(ExemptionOutcome::english),
                    Arrays.stream(ReviewVerdict.values()).map(ReviewVerdict::english),
                    Arrays.stream(ReviewStage.values()).map(ReviewStage::english),
                    Arrays.stream(ThirdPartyConsent.values()).map(ThirdPartyConsent::english),
                    Arrays.stream(InformationStatus.values()).map(InformationStatus::english),
                    Arrays.stream(ThirdPartyHarm.values()).map(ThirdPartyHarm::english),
                    Arrays.stream(Discretion.values()).map(Discretion::english),
                    Arrays.stream(PublicInterest.values()).map(PublicInterest::english),
                    Arrays.stream(GroundOverride.values()).map(GroundOverride::english),
                    Arrays.stream(ContentFlag.values()).map(ContentFlag::english),
                    Arrays.stream(DisclosingAgency.Basis.values())
                        .map(DisclosingAgency.Basis::english),
                    Regime.values().stream()
                        .flatMap(regime -> ExemptionRules.of(regime).grounds().values().stream())
                        .map(ExemptionGround::english))
                .flatMap(names -> names))
        .allSatisfy(name -> assertThat(Renderings.checkedEnglish(name)).isNotBlank());
    assertThat(PublicInterest.NON_DISCLOSURE_SERIOUSLY_AFFECTS.label())
        .isEqualTo("不公开可能对公共利益造成重大影响");
    assertThat(PublicInterest.OUTWEIGHS_HARM.isRecognizedBy(Regime.OGI_2008)).isTrue();
    assertThat(PublicInterest.OUTWEIGHS_HARM.isRecognizedBy(Regime.OGI_2019)).isFalse();
    assertThat(PublicInterest.NON_DISCLOSURE_SERIOUSLY_AFFECTS.isRecognizedBy(Regime.OGI_2019))
        .isTrue();
  }
}
