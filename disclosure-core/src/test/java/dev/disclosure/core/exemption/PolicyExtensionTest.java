package dev.disclosure.core.exemption;

import dev.disclosure.calendar.LegalSource;
import static dev.disclosure.core.Renderings.english;
import static dev.disclosure.core.exemption.Fixtures.CLASSIFIER_2019;
import static dev.disclosure.core.exemption.Fixtures.unmarked;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.disclosure.calendar.Citation;
import dev.disclosure.calendar.FindingKind;
import dev.disclosure.calendar.Finding;
import dev.disclosure.core.InvalidFactsException;
import dev.disclosure.core.InvalidFactsException.Problem;
import dev.disclosure.core.Regime;
import dev.disclosure.core.law.Rules;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** EX-8: local policies add grounds without forking the library. */
class PolicyExtensionTest {

  private static final Citation LOCAL = Citation.of(LegalSource.of("《某县政务公开实施细则》", "a county's implementing rules"), "第九条", "涉及正在处置的突发事件的信息，暂缓公开。");

  @Test
  @DisplayName(
      "EX-8: the school list (003) adds campus safety; asserting it withholds, citing the school's"
          + " list")
  void schoolList() {
    ExemptionClassifier classifier =
        ExemptionClassifier.of(Regime.OGI_2008, PolicyExtension.schoolList(Regime.OGI_2008));

    ExemptionDecision decision =
        classifier.classify(
            unmarked().addLocalGroundIds(PolicyExtension.SCHOOL_CAMPUS_SAFETY.id()).build());

    assertThat(decision.outcome()).isEqualTo(ExemptionOutcome.WITHHOLD);
    assertThat(decision.withheld()).containsExactly(PolicyExtension.SCHOOL_CAMPUS_SAFETY);
    assertThat(decision.citations()).contains(PolicyExtension.SCHOOL_CAMPUS_SAFETY.citation());
    assertThat(decision.citations().get(0).toReference())
        .isEqualTo("依据《信息公开工作计划》等篇（来源文件003）小学信息公开工作实施方案二（三）免于公开的信息第3项");
    String source = "《信息公开工作计划》等篇（来源文件003）小学信息公开工作实施方案二（三）免于公开的信息第3项";
    assertThat(decision.explain())
        .isEqualTo(
            "[EX-8] 依地方规定“小学信息公开工作实施方案（免于公开的信息）”：公开可能危及校园安全稳定的信息（依据"
                + source
                + "）\n"
                + "[EX-8 约定] 公开可能危及校园安全稳定的信息：例外情形不成立——可以不予公开（裁量，不是义务），且没有法律、法规、规章规定应当公开；"
                + "机关未说明如何行使裁量：视为决定不予公开（依据"
                + source
                + "）\n"
                + "[EX-5] 结果：不予公开。公开可能危及校园安全稳定的信息无法与其他内容区分处理（依据"
                + source
                + "；《中华人民共和国政府信息公开条例》（国务院令第492号）第二十一条第（二）项）");
    assertThat(english(decision.findings()))
        .startsWith(
            "[EX-8] local policy (as recorded): information whose disclosure may endanger campus"
                + " safety and stability ("
                + PolicyExtension.SCHOOL_CAMPUS_SAFETY.citation().source().englishTitle()
                + ")\n"
                + "[EX-8, convention] information whose disclosure may endanger campus safety and"
                + " stability: not lifted — may be withheld (a discretion, not a duty), and no law,"
                + " regulation or rule requires disclosure; the agency has not stated its choice:"
                + " taken as a choice to withhold ("
                + PolicyExtension.SCHOOL_CAMPUS_SAFETY.citation().source().englishTitle()
                + ")\n"
                + "[EX-5] outcome: withhold; information whose disclosure may endanger campus"
                + " safety and stability cannot be separated from the rest ("
                + PolicyExtension.SCHOOL_CAMPUS_SAFETY.citation().source().englishTitle()
                + "; ");
    assertThat(decision.findings())
        .extracting(Finding::rule)
        .containsExactly(Rules.EX_8, Rules.EX_8, Rules.EX_5);
  }

  @Test
  @DisplayName(
      "EX-8: the street office's 三不公开 under OGI_2019 adds no ground (第十三条): a finding against"
          + " the decision, and the item is disclosed")
  void streetOffice() {
    ExemptionClassifier classifier =
        ExemptionClassifier.of(
            Regime.OGI_2019, PolicyExtension.streetOfficeThreeNots(Regime.OGI_2019));

    ExemptionDecision decision =
        classifier.classify(
            unmarked()
                .addLocalGroundIds(PolicyExtension.STREET_REQUESTS_AND_REPORTS.id())
                .separable(true)
                .build());

    assertThat(decision.outcome()).isEqualTo(ExemptionOutcome.DISCLOSE);
    assertThat(decision.withheld()).isEmpty();
    assertThat(decision.findings().get(0).kind()).isEqualTo(FindingKind.BROKEN);
    assertThat(decision.explain()).contains("不能增设不予公开的理由");
    assertThat(PolicyExtension.streetOfficeThreeNots(Regime.OGI_2019).grounds())
        .extracting(ExemptionGround::label)
        .containsExactly("文件不公开", "针对个别问题的文件不公开", "请示报告不公开");
  }

  @Test
  @DisplayName(
      "EX-8 [convention]: ready-made local grounds yield to a law that requires disclosure")
  void localGroundsYieldToLaw() {
    ExemptionClassifier classifier =
        ExemptionClassifier.of(
            Regime.OGI_2008, PolicyExtension.streetOfficeThreeNots(Regime.OGI_2008));

    ExemptionDecision decision =
        classifier.classify(
            unmarked()
                .addLocalGroundIds(PolicyExtension.STREET_DOCUMENTS.id())
                .lawRequiresDisclosure(true)
                .build());

    assertThat(decision.outcome()).isEqualTo(ExemptionOutcome.DISCLOSE);
    assertThat(decision.overrides().get(0).applied()).isTrue();
  }

  @Test
  @DisplayName(
      "EX-8: a local ground is named in English by its English name, else by its id, else as"
          + " recorded")
  void englishNames() {
    Citation basis = PolicyExtension.SCHOOL_CAMPUS_SAFETY.citation();
    ExemptionGround named =
        ExemptionGround.of(
            "COUNTY-PLANS", "县级规划草案", "county plan drafts", GroundOverride.NONE, basis);
    ExemptionGround byId = ExemptionGround.of("COUNTY-PLANS", "县级规划草案", GroundOverride.NONE, basis);
    ExemptionGround chineseId = ExemptionGround.of("县级规划", "县级规划草案", GroundOverride.NONE, basis);

    assertThat(named.english()).isEqualTo("county plan drafts");
    assertThat(byId.english()).isEqualTo("COUNTY-PLANS");
    assertThat(chineseId.english()).isEqualTo("local ground (as recorded)");
    assertThat(PolicyExtension.STREET_DOCUMENTS.english()).isEqualTo("documents are not disclosed");
    assertThatThrownBy(
            () -> ExemptionGround.of("COUNTY-PLANS", "县级规划草案", "规划", GroundOverride.NONE, basis))
        .isInstanceOfSatisfying(
            InvalidFactsException.class,
            thrown -> assertThat(thrown.rules()).containsExactly(Rules.EX_8))
        .hasMessageContaining("holds Chinese characters or braces");
    assertThatThrownBy(
            () -> ExemptionGround.of("COUNTY-PLANS", "县级规划草案", "{0}", GroundOverride.NONE, basis))
        .isInstanceOf(InvalidFactsException.class);

    PolicyExtension county = PolicyExtension.of("某县规定", Regime.OGI_2008, List.of(chineseId));
    ExemptionDecision decision =
        ExemptionClassifier.of(Regime.OGI_2008, county)
            .classify(unmarked().addLocalGroundIds("县级规划").build());
    assertThat(english(decision.findings()))
        .startsWith(
            "[EX-8] local policy (as recorded): local ground (as recorded) (Source document 003"
                + " (work plan for open information))\n"
                + "[EX-8] local ground (as recorded): not lifted — nothing lifts this ground (never"
                + " disclosed)");
  }

  @Test
  @DisplayName("EX-8: a ground id that no extension defines is refused, naming the id")
  void unknownLocalGround() {
    assertThatThrownBy(
            () ->
                CLASSIFIER_2019.classify(
                    unmarked().addLocalGroundIds("SCHOOL-CAMPUS-SAFETY").build()))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining(
            "EX-8: local ground 'SCHOOL-CAMPUS-SAFETY' is defined by no policy extension");
  }

  @Test
  @DisplayName(
      "EX-8: a caller's own policy with a consent-or-public-interest ground works like the"
          + " regime's")
  void callersOwnPolicy() {
    ExemptionGround pending =
        ExemptionGround.of("COUNTY-EMERGENCY", "正在处置的突发事件信息", GroundOverride.NONE, LOCAL);
    ExemptionGround family =
        ExemptionGround.of(
            "COUNTY-FAMILY", "家庭经济状况", GroundOverride.CONSENT_OR_PUBLIC_INTEREST, LOCAL);
    ExemptionClassifier classifier =
        ExemptionClassifier.of(
            Regime.OGI_2008,
            PolicyExtension.of("某县政务公开实施细则", Regime.OGI_2008, List.of(pending, family)));

    ExemptionDecision consulted =
        classifier.classify(unmarked().addLocalGroundIds("COUNTY-FAMILY").build());
    ExemptionDecision consented =
        classifier.classify(
            unmarked()
                .addLocalGroundIds("COUNTY-FAMILY")
                .thirdPartyConsent(ThirdPartyConsent.GRANTED)
                .build());

    assertThat(consulted.outcome()).isEqualTo(ExemptionOutcome.CONSULT_THIRD_PARTY);
    assertThat(consented.outcome()).isEqualTo(ExemptionOutcome.DISCLOSE);
  }

  @Test
  @DisplayName("EX-8: a policy is refused with every problem: blank name, no grounds")
  void invalidPolicy() {
    assertThatThrownBy(() -> PolicyExtension.of(" ", Regime.OGI_2008, List.of()))
        .isInstanceOfSatisfying(
            InvalidFactsException.class, thrown -> assertThat(thrown.problems()).hasSize(2));
  }

  @Test
  @DisplayName(
      "EX-8: a policy cannot reuse an id, take a regime's id, or rely on a test its regime lacks")
  void invalidGrounds() {
    ExemptionGround groundFive =
        ExemptionGround.of(
            "LOCAL-DELIBERATION",
            "讨论中的信息",
            GroundOverride.PUBLIC_INTEREST_WITHOUT_SUBSTANTIVE_HARM,
            LOCAL);

    assertThatThrownBy(
            () ->
                PolicyExtension.of(
                    "某细则",
                    Regime.OGI_2019,
                    List.of(groundFive, groundFive, ExemptionGrounds.PERSONAL_PRIVACY_2019)))
        .isInstanceOfSatisfying(
            InvalidFactsException.class,
            thrown ->
                assertThat(thrown.problems())
                    .containsExactly(
                        new Problem(
                            Rules.EX_8,
                            "ground LOCAL-DELIBERATION 讨论中的信息 is lifted only by"
                                + " 有明显的公共利益且不会造成个人利益实质性损害, a test OGI_2019 does not have"),
                        new Problem(Rules.EX_8, "ground id LOCAL-DELIBERATION is given twice"),
                        new Problem(
                            Rules.EX_8,
                            "ground LOCAL-DELIBERATION 讨论中的信息 is lifted only by"
                                + " 有明显的公共利益且不会造成个人利益实质性损害, a test OGI_2019 does not have"),
                        new Problem(
                            Rules.EX_8,
                            "ground id OGI-2019-PERSONAL-PRIVACY is a ground of OGI_2019 itself;"
                                + " use its flag")));
    assertThat(PolicyExtension.of("某细则", Regime.OGI_2008, List.of(groundFive)).grounds())
        .containsExactly(groundFive);
  }

  @Test
  @DisplayName("EX-8: a classifier refuses an extension of another regime and an id defined twice")
  void invalidClassifier() {
    assertThatThrownBy(
            () ->
                ExemptionClassifier.of(
                    Regime.OGI_2019,
                    PolicyExtension.schoolList(Regime.OGI_2008),
                    PolicyExtension.schoolList(Regime.OGI_2019)))
        .isInstanceOfSatisfying(
            InvalidFactsException.class,
            thrown ->
                assertThat(thrown.problems())
                    .containsExactly(
                        new Problem(
                            Rules.EX_8,
                            "policy extension '小学信息公开工作实施方案（免于公开的信息）' extends OGI_2008,"
                                + " not OGI_2019; build it for OGI_2019"),
                        new Problem(
                            Rules.EX_8,
                            "ground id SCHOOL-CAMPUS-SAFETY is defined by both"
                                + " '小学信息公开工作实施方案（免于公开的信息）' and '小学信息公开工作实施方案（免于公开的信息）'")));
  }

  @Test
  @DisplayName("EX-8: a policy finds its grounds by id")
  void groundById() {
    PolicyExtension school = PolicyExtension.schoolList(Regime.OGI_2019);

    assertThat(school.ground("SCHOOL-CAMPUS-SAFETY"))
        .contains(PolicyExtension.SCHOOL_CAMPUS_SAFETY);
    assertThat(school.ground("STREET-DOCUMENTS")).isEmpty();
    assertThat(school.regime()).isEqualTo(Regime.OGI_2019);
  }
}
