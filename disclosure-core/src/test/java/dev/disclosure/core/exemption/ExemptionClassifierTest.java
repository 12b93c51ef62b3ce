package dev.disclosure.core.exemption;

import static dev.disclosure.core.Renderings.chinese;
import static dev.disclosure.core.Renderings.english;
import static dev.disclosure.core.exemption.ExemptionOutcome.CONSULT_THIRD_PARTY;
import static dev.disclosure.core.exemption.ExemptionOutcome.DISCLOSE;
import static dev.disclosure.core.exemption.ExemptionOutcome.DISCLOSE_IN_PART;
import static dev.disclosure.core.exemption.ExemptionOutcome.ESCALATE_SECRECY;
import static dev.disclosure.core.exemption.ExemptionOutcome.INVESTIGATE;
import static dev.disclosure.core.exemption.ExemptionOutcome.REFER_TO_AUTHORITY;
import static dev.disclosure.core.exemption.ExemptionOutcome.WITHHOLD;
import static dev.disclosure.core.exemption.Fixtures.CLASSIFIER_2008;
import static dev.disclosure.core.exemption.Fixtures.CLASSIFIER_2019;
import static dev.disclosure.core.exemption.Fixtures.classifier;
import static dev.disclosure.core.exemption.Fixtures.en;
import static dev.disclosure.core.exemption.Fixtures.unmarked;
import static dev.disclosure.core.exemption.Fixtures.zh;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.disclosure.calendar.Citation;
import dev.disclosure.calendar.Finding;
import dev.disclosure.calendar.FindingKind;
import dev.disclosure.calendar.Language;
import dev.disclosure.calendar.Quantity;
import dev.disclosure.core.AnswerKind;
import dev.disclosure.core.InvalidFactsException;
import dev.disclosure.core.InvalidFactsException.Problem;
import dev.disclosure.core.Regime;
import dev.disclosure.core.SecrecyMarking;
import dev.disclosure.core.law.Rules;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Classification tables per rule, under both regimes. */
class ExemptionClassifierTest {

  private static List<String> ids(List<ExemptionGround> grounds) {
    return grounds.stream().map(ExemptionGround::id).collect(Collectors.toList());
  }

  private static List<String> provisions(ExemptionDecision decision) {
    return decision.citations().stream().map(Citation::provision).collect(Collectors.toList());
  }

  @Nested
  @DisplayName("EX-1 OGI_2008 grounds (002 不予公开的政府信息第1项)")
  class Grounds2008 {

    @ParameterizedTest(name = "EX-1: {0} → {1}, {2}")
    @CsvSource({
      "STATE_SECRET, OGI-2008-STATE-SECRET, WITHHOLD",
      "WORK_SECRET, OGI-2008-WORK-SECRET, WITHHOLD",
      "TRADE_SECRET, OGI-2008-TRADE-SECRET, CONSULT_THIRD_PARTY",
      "PERSONAL_PRIVACY, OGI-2008-PERSONAL-PRIVACY, CONSULT_THIRD_PARTY",
      "PROCESS_INFORMATION, OGI-2008-UNDER-DELIBERATION, WITHHOLD",
      "SECURITY_AND_STABILITY_RISK, OGI-2008-SECURITY-STABILITY, WITHHOLD",
      "PROHIBITED_BY_LAW, OGI-2008-OTHER-BY-LAW, WITHHOLD"
    })
    @DisplayName("EX-1: each content flag maps to its ground of the seven")
    void eachFlag(ContentFlag flag, String groundId, ExemptionOutcome outcome) {
      ExemptionDecision decision =
          CLASSIFIER_2008.classify(unmarked().addContentFlags(flag).build());

      assertThat(decision.outcome()).isEqualTo(outcome);
      assertThat(ids(decision.grounds())).containsExactly(groundId);
      assertThat(decision.citations()).contains(decision.grounds().get(0).citation());
      assertThat(chinese(decision.findings().get(0))).startsWith("[EX-1] 内容涉及" + flag.label());
      assertThat(english(decision.findings().get(0)))
          .startsWith("[EX-1] content involves " + flag.english());
    }

    @ParameterizedTest(name = "EX-1: {0} is no ground under OGI_2008")
    @EnumSource(
        value = ContentFlag.class,
        names = {"ENFORCEMENT_CASE_FILE"})
    @DisplayName("EX-1: enforcement files are no ground under OGI_2008")
    void noGround(ContentFlag flag) {
      ExemptionDecision decision =
          CLASSIFIER_2008.classify(unmarked().addContentFlags(flag).build());

      assertThat(decision.outcome()).isEqualTo(DISCLOSE);
      assertThat(decision.grounds()).isEmpty();
      assertThat(decision.explain()).contains("依《中华人民共和国政府信息公开条例》（2008年施行）不属于不予公开的理由");
      assertThat(decision.explain(Language.ENGLISH))
          .contains("no ground for withholding under OGI_2008");
      assertThat(decision.citations())
          .containsExactly(
              ExemptionCitations.DOC_002_PROACTIVE,
              Regime.OGI_2008.citationFor(AnswerKind.DISCLOSED));
    }

    @Test
    @DisplayName(
        "EX-1: unmarked content that involves state secrets is withheld (002 保密审查制度第六条第2项)")
    void unmarkedStateSecret() {
      ExemptionDecision decision =
          CLASSIFIER_2008.classify(unmarked().addContentFlags(ContentFlag.STATE_SECRET).build());

      assertThat(decision.outcome()).isEqualTo(WITHHOLD);
      assertThat(decision.citations())
          .contains(
              ExemptionCitations.DOC_002_UNMARKED, ExemptionGrounds.STATE_SECRET_2008.citation());
    }

    @Test
    @DisplayName("EX-1: nothing exempt → 公开, citing the principle of 002 主动公开制度")
    void nothingExempt() {
      ExemptionDecision decision = CLASSIFIER_2008.classify(unmarked().build());

      assertThat(decision.outcome()).isEqualTo(DISCLOSE);
      assertThat(decision.explain())
          .isEqualTo(
              "[EX-1] 结果：公开。没有不予公开的理由（依据"
                  + ExemptionCitations.DOC_002_PROACTIVE.source().title()
                  + "主动公开制度；《中华人民共和国政府信息公开条例》（国务院令第492号）第二十一条第（一）项）");
      assertThat(english(decision.findings()))
          .startsWith(
              "[EX-1] outcome: disclose; no ground withholds the item ("
                  + ExemptionCitations.DOC_002_PROACTIVE.source().englishTitle());
    }
  }

  @Nested
  @DisplayName("EX-2 OGI_2008 overrides (002 不予公开的政府信息第2、3项)")
  class Overrides2008 {

    @ParameterizedTest(name = "EX-2: {0} with the right holder''s consent → 公开")
    @EnumSource(
        value = ContentFlag.class,
        names = {"TRADE_SECRET", "PERSONAL_PRIVACY"})
    @DisplayName("EX-2: grounds (3) and (4) are lifted by the right holder's consent")
    void consent(ContentFlag flag) {
      ExemptionDecision decision =
          CLASSIFIER_2008.classify(
              unmarked()
                  .addContentFlags(flag)
                  .thirdPartyConsent(ThirdPartyConsent.GRANTED)
                  .build());

      assertThat(decision.outcome()).isEqualTo(DISCLOSE);
      assertThat(decision.overrides()).hasSize(1);
      assertThat(decision.overrides().get(0).applied()).isTrue();
      assertThat(decision.overrides().get(0).override())
          .isEqualTo(GroundOverride.CONSENT_OR_PUBLIC_INTEREST);
      assertThat(decision.citations()).contains(ExemptionCitations.DOC_002_CONSENT_OR_OUTWEIGHS);
      assertThat(decision.withheld()).isEmpty();
    }

    @Test
    @DisplayName("EX-2: privacy, the third party refuses, no public-interest finding → 不予公开")
    void refused() {
      ExemptionDecision decision =
          CLASSIFIER_2008.classify(
              unmarked()
                  .addContentFlags(ContentFlag.PERSONAL_PRIVACY)
                  .thirdPartyConsent(ThirdPartyConsent.REFUSED)
                  .build());

      assertThat(decision.outcome()).isEqualTo(WITHHOLD);
      assertThat(ids(decision.withheld())).containsExactly("OGI-2008-PERSONAL-PRIVACY");
      assertThat(decision.overrides().get(0).applied()).isFalse();
      assertThat(zh(decision.overrides().get(0).reason())).startsWith("第三方不同意公开");
      assertThat(en(decision.overrides().get(0).reason())).startsWith("the third party refuses");
    }

    @Test
    @DisplayName(
        "EX-2, EX-3: a binding refusal is worded by its regime: under OGI_2019 a refusal with a"
            + " reasonable ground (第十五条), under OGI_2008 any refusal, its reasons unexamined")
    void bindingRefusalWording() {
      ItemFacts refused =
          unmarked()
              .addContentFlags(ContentFlag.PERSONAL_PRIVACY)
              .thirdPartyConsent(ThirdPartyConsent.REFUSED)
              .build();
      ExemptionDecision in2019 = CLASSIFIER_2019.classify(refused);
      assertThat(in2019.outcome()).isEqualTo(WITHHOLD);
      assertThat(in2019.explain())
          .contains("且有合理理由，机关未作出")
          .doesNotContain("不审查其理由是否合理");
      assertThat(english(in2019.findings()))
          .contains("with a reasonable ground, and no public-interest finding of");
      ExemptionDecision in2008 = CLASSIFIER_2008.classify(refused);
      assertThat(in2008.explain())
          .contains("第三方不同意公开的，不得公开（不审查其理由是否合理），且机关未作出公共利益判断");
      assertThat(english(in2008.findings())).contains("a refusal binds whatever its reasons");
    }

    @Test
    @DisplayName(
        "EX-2: refused, but the public interest clearly outweighs the harm → 公开, and the third"
            + " party is told in writing")
    void outweighsHarm() {
      ExemptionDecision decision =
          CLASSIFIER_2008.classify(
              unmarked()
                  .addContentFlags(ContentFlag.TRADE_SECRET)
                  .thirdPartyConsent(ThirdPartyConsent.REFUSED)
                  .addPublicInterest(PublicInterest.OUTWEIGHS_HARM)
                  .build());

      assertThat(decision.outcome()).isEqualTo(DISCLOSE);
      assertThat(decision.explain()).contains("应当将公开的内容和理由书面告知第三方");
      assertThat(english(decision.findings()))
          .contains(
              "must tell the third party in writing of the content disclosed and the reasons");
      assertThat(decision.citations())
          .contains(
              ExemptionCitations.DOC_002_CONSENT_OR_OUTWEIGHS,
              ExemptionCitations.DOC_002_THIRD_PARTY,
              ExemptionCitations.OGI_2008_ART_23);
    }

    @Test
    @DisplayName(
        "EX-2: OGI-2008 第十四条第四款's test (不公开可能对公共利益造成重大影响) also lifts privacy under OGI_2008")
    void seriousImpactUnder2008() {
      ExemptionDecision decision =
          CLASSIFIER_2008.classify(
              unmarked()
                  .addContentFlags(ContentFlag.PERSONAL_PRIVACY)
                  .thirdPartyConsent(ThirdPartyConsent.NO_REPLY)
                  .addPublicInterest(PublicInterest.NON_DISCLOSURE_SERIOUSLY_AFFECTS)
                  .build());

      assertThat(decision.outcome()).isEqualTo(DISCLOSE);
      assertThat(decision.citations()).contains(ExemptionGrounds.OGI_2008_ART_14);
    }

    @Test
    @DisplayName(
        "EX-2 [convention]: under OGI_2008 a third party's silence is neither consent nor refusal:"
            + " the agency judges the harm (王宗利诉天津市和平区房地产管理局)")
    void silenceIsNotConsent() {
      ExemptionDecision decision =
          CLASSIFIER_2008.classify(
              unmarked()
                  .addContentFlags(ContentFlag.PERSONAL_PRIVACY)
                  .thirdPartyConsent(ThirdPartyConsent.NO_REPLY)
                  .build());

      assertThat(decision.outcome()).isEqualTo(INVESTIGATE);
      assertThat(en(decision.overrides().get(0).reason()))
          .contains("neither consent nor a reason to withhold");
      assertThat(decision.findings().get(1).kind()).isEqualTo(FindingKind.CONVENTION);
    }

    @Test
    @DisplayName(
        "EX-2 [convention]: not yet consulted → 征求第三方意见 even when a public-interest finding would"
            + " lift the ground")
    void consultFirst() {
      ExemptionDecision decision =
          CLASSIFIER_2008.classify(
              unmarked()
                  .addContentFlags(ContentFlag.PERSONAL_PRIVACY)
                  .addPublicInterest(PublicInterest.OUTWEIGHS_HARM)
                  .build());

      assertThat(decision.outcome()).isEqualTo(CONSULT_THIRD_PARTY);
      assertThat(decision.withheld()).isEmpty();
      assertThat(english(decision.findings()))
          .contains("lets the agency disclose whatever the reply")
          .contains("OGI_2008 sets no period for the reply")
          .contains("P-REPLY-2008");
      assertThat(decision.explain())
          .contains("无论第三方如何答复均可以公开")
          .contains("《中华人民共和国政府信息公开条例》（2008年施行）未规定第三方答复的期限")
          .contains("P-REPLY-2008");
      assertThat(decision.citations()).contains(ExemptionCitations.DOC_002_THIRD_PARTY);
    }

    @Test
    @DisplayName("EX-2: ground (5) is lifted by a clear public interest without substantive harm")
    void underDeliberation() {
      ExemptionDecision lifted =
          CLASSIFIER_2008.classify(
              unmarked()
                  .addContentFlags(ContentFlag.PROCESS_INFORMATION)
                  .addPublicInterest(PublicInterest.CLEAR_WITHOUT_SUBSTANTIVE_HARM)
                  .build());
      ExemptionDecision wrongTest =
          CLASSIFIER_2008.classify(
              unmarked()
                  .addContentFlags(ContentFlag.PROCESS_INFORMATION)
                  .addPublicInterest(PublicInterest.OUTWEIGHS_HARM)
                  .build());

      assertThat(lifted.outcome()).isEqualTo(DISCLOSE);
      assertThat(lifted.citations()).contains(ExemptionCitations.DOC_002_CLEAR_PUBLIC_INTEREST);
      assertThat(wrongTest.outcome()).isEqualTo(WITHHOLD);
      assertThat(zh(wrongTest.overrides().get(0).reason()))
          .isEqualTo("机关未认定有明显的公共利益且不会造成个人利益实质性损害；调查、讨论、审议结束后，不再适用此项");
      assertThat(en(wrongTest.overrides().get(0).reason()))
          .isEqualTo(
              "no finding that a clear public interest without substantive harm to individuals;"
                  + " once the investigation, discussion or deliberation ends, this ground no"
                  + " longer applies");
    }

    @Test
    @DisplayName("EX-2: the ground-5 test does not lift privacy")
    void groundFiveTestDoesNotLiftPrivacy() {
      ExemptionDecision decision =
          CLASSIFIER_2008.classify(
              unmarked()
                  .addContentFlags(ContentFlag.PERSONAL_PRIVACY)
                  .thirdPartyConsent(ThirdPartyConsent.REFUSED)
                  .addPublicInterest(PublicInterest.CLEAR_WITHOUT_SUBSTANTIVE_HARM)
                  .build());

      assertThat(decision.outcome()).isEqualTo(WITHHOLD);
    }

    @Test
    @DisplayName("EX-2: a work secret has no override; a law requiring disclosure does not lift it")
    void workSecretAbsolute() {
      ExemptionDecision decision =
          CLASSIFIER_2008.classify(
              unmarked()
                  .addContentFlags(ContentFlag.WORK_SECRET)
                  .lawRequiresDisclosure(true)
                  .build());

      assertThat(decision.outcome()).isEqualTo(WITHHOLD);
      assertThat(zh(decision.overrides().get(0).reason()))
          .isEqualTo("没有任何例外情形（不得公开）；第三方同意、公共利益判断或者法律规定应当公开均不改变");
      assertThat(en(decision.overrides().get(0).reason()))
          .contains("nothing lifts this ground (never disclosed)")
          .contains("nor a law requiring disclosure");
    }
  }

  @Nested
  @DisplayName("EX-3 OGI_2019 grounds and overrides (第十四条至第十六条)")
  class Regime2019 {

    @ParameterizedTest(name = "EX-3: {0} → {1}, {2}")
    @CsvSource({
      "STATE_SECRET, OGI-2019-STATE-SECRET, WITHHOLD",
      "PROHIBITED_BY_LAW, OGI-2019-PROHIBITED-BY-LAW, WITHHOLD",
      "SECURITY_AND_STABILITY_RISK, OGI-2019-SECURITY-STABILITY, WITHHOLD",
      "TRADE_SECRET, OGI-2019-TRADE-SECRET, CONSULT_THIRD_PARTY",
      "PERSONAL_PRIVACY, OGI-2019-PERSONAL-PRIVACY, CONSULT_THIRD_PARTY",
      "INTERNAL_AFFAIRS, OGI-2019-INTERNAL-AFFAIRS, WITHHOLD",
      "PROCESS_INFORMATION, OGI-2019-PROCESS-INFORMATION, WITHHOLD",
      "ENFORCEMENT_CASE_FILE, OGI-2019-ENFORCEMENT-CASE-FILE, WITHHOLD"
    })
    @DisplayName("EX-3: each content flag maps to its ground of 第十四条、第十五条、第十六条")
    void eachFlag(ContentFlag flag, String groundId, ExemptionOutcome outcome) {
      ExemptionDecision decision =
          CLASSIFIER_2019.classify(unmarked().addContentFlags(flag).build());

      assertThat(decision.outcome()).isEqualTo(outcome);
      assertThat(ids(decision.grounds())).containsExactly(groundId);
      assertThat(decision.findings())
          .extracting(Finding::rule)
          .allMatch(rule -> rule.equals(Rules.EX_3) || rule.equals(Rules.EX_5));
      assertThat(decision.findings())
          .filteredOn(finding -> finding.rule().equals(Rules.EX_5))
          .allMatch(finding -> chinese(finding).startsWith("[EX-5] 结果：不予公开。"));
    }

    @Test
    @DisplayName("EX-3: a work secret is no ground under OGI_2019 and exempts nothing")
    void workSecret() {
      ExemptionDecision decision =
          CLASSIFIER_2019.classify(
              unmarked().addContentFlags(ContentFlag.WORK_SECRET).separable(true).build());

      assertThat(decision.outcome()).isEqualTo(DISCLOSE);
      assertThat(decision.grounds()).isEmpty();
      String law = "《中华人民共和国政府信息公开条例》（国务院令第711号）";
      assertThat(decision.explain())
          .isEqualTo(
              "[EX-3] 内容涉及工作秘密，依《中华人民共和国政府信息公开条例》（2019年修订）不属于不予公开的理由，不因此不予公开"
                  + "（依据" + law + "第十三条）\n"
                  + "[EX-3] 结果：公开。没有不予公开的理由，无需区分处理（依据" + law + "第十三条；" + law
                  + "第三十六条第（二）项）");
      String regulations =
          "Regulations of the People's Republic of China on Open Government Information (State"
              + " Council Decree No. 711)";
      assertThat(english(decision.findings()))
          .isEqualTo(
              "[EX-3] content involves work secrets, which is no ground for withholding under"
                  + " OGI_2019: it exempts nothing (" + regulations + ", Art. 13)\n"
                  + "[EX-3] outcome: disclose; no ground withholds the item, so nothing needs to"
                  + " be separated (" + regulations + ", Art. 13; " + regulations
                  + ", Art. 36, item (2))");
      assertThat(provisions(decision)).containsExactly("第十三条", "第三十六条第（二）项");
    }

    @ParameterizedTest(name = "EX-3: {0} with a law requiring disclosure → 公开")
    @EnumSource(
        value = ContentFlag.class,
        names = {"INTERNAL_AFFAIRS", "PROCESS_INFORMATION", "ENFORCEMENT_CASE_FILE"})
    @DisplayName("EX-3: 第十六条 grounds yield to a law, regulation or rule that requires disclosure")
    void article16LiftedByLaw(ContentFlag flag) {
      ExemptionDecision decision =
          CLASSIFIER_2019.classify(
              unmarked().addContentFlags(flag).lawRequiresDisclosure(true).build());

      assertThat(decision.outcome()).isEqualTo(DISCLOSE);
      assertThat(decision.overrides().get(0).applied()).isTrue();
      assertThat(zh(decision.overrides().get(0).reason())).contains("从其规定");
      assertThat(en(decision.overrides().get(0).reason()))
          .isEqualTo("a law, regulation or rule requires disclosure, and it prevails");
    }

    @ParameterizedTest(name = "EX-3: {0} with a law requiring disclosure → still 不予公开")
    @EnumSource(
        value = ContentFlag.class,
        names = {"STATE_SECRET", "PROHIBITED_BY_LAW", "SECURITY_AND_STABILITY_RISK"})
    @DisplayName("EX-3: 第十四条 grounds are absolute")
    void article14Absolute(ContentFlag flag) {
      ExemptionDecision decision =
          CLASSIFIER_2019.classify(
              unmarked().addContentFlags(flag).lawRequiresDisclosure(true).build());

      assertThat(decision.outcome()).isEqualTo(WITHHOLD);
    }

    @Test
    @DisplayName(
        "EX-3 [convention]: 第十六条's 可以不予公开 is a discretion; unstated, it is taken as exercised to"
            + " withhold")
    void article16Discretion() {
      ExemptionDecision decision =
          CLASSIFIER_2019.classify(
              unmarked().addContentFlags(ContentFlag.INTERNAL_AFFAIRS).build());

      assertThat(decision.outcome()).isEqualTo(WITHHOLD);
      assertThat(zh(decision.overrides().get(0).reason()))
          .isEqualTo("可以不予公开（裁量，不是义务），且没有法律、法规、规章规定应当公开；机关未说明如何行使裁量：视为决定不予公开");
      assertThat(en(decision.overrides().get(0).reason()))
          .isEqualTo(
              "may be withheld (a discretion, not a duty), and no law, regulation or rule requires"
                  + " disclosure; the agency has not stated its choice: taken as a choice to"
                  + " withhold");
      assertThat(decision.findings().get(1).kind()).isEqualTo(FindingKind.CONVENTION);
      assertThat(chinese(decision.findings().get(1))).startsWith("[EX-3 约定] 内部事务信息：例外情形不成立——");
      assertThat(english(decision.findings().get(1)))
          .startsWith("[EX-3, convention] internal-affairs information: not lifted — ");
    }

    @Test
    @DisplayName("EX-3: 第十五条 privacy with the third party's consent → 公开")
    void consent() {
      ExemptionDecision decision =
          CLASSIFIER_2019.classify(
              unmarked()
                  .addContentFlags(ContentFlag.PERSONAL_PRIVACY)
                  .thirdPartyConsent(ThirdPartyConsent.GRANTED)
                  .build());

      assertThat(decision.outcome()).isEqualTo(DISCLOSE);
      assertThat(provisions(decision)).contains("第十五条");
    }

    @Test
    @DisplayName(
        "EX-3: refused but non-disclosure would seriously affect the public interest → 公开 with"
            + " written notice (第三十二条)")
    void seriousImpact() {
      ExemptionDecision decision =
          CLASSIFIER_2019.classify(
              unmarked()
                  .addContentFlags(ContentFlag.TRADE_SECRET)
                  .thirdPartyConsent(ThirdPartyConsent.REFUSED)
                  .addPublicInterest(PublicInterest.NON_DISCLOSURE_SERIOUSLY_AFFECTS)
                  .build());

      assertThat(decision.outcome()).isEqualTo(DISCLOSE);
      assertThat(decision.explain()).contains("书面告知第三方");
      assertThat(english(decision.findings())).contains("tell the third party in writing");
      assertThat(decision.citations()).contains(ExemptionCitations.OGI_2019_ART_32);
    }

    @Test
    @DisplayName(
        "EX-3: the third party let the period pass: the agency decides (第三十二条); until it has judged"
            + " the harm → 查明事实后重新答复, once it finds harm → 不予公开")
    void noReply() {
      ItemFacts silent =
          unmarked()
              .addContentFlags(ContentFlag.PERSONAL_PRIVACY)
              .thirdPartyConsent(ThirdPartyConsent.NO_REPLY)
              .build();
      ExemptionDecision decision = CLASSIFIER_2019.classify(silent);

      assertThat(decision.outcome()).isEqualTo(INVESTIGATE);
      assertThat(decision.citations()).contains(ExemptionCitations.OGI_2019_ART_32);
      assertThat(decision.findings()).noneMatch(f -> f.kind() == FindingKind.CONVENTION);
      assertThat(
              CLASSIFIER_2019
                  .classify(
                      ItemFacts.builder().from(silent).thirdPartyHarm(ThirdPartyHarm.HARMFUL).build())
                  .outcome())
          .isEqualTo(WITHHOLD);
      assertThat(
              CLASSIFIER_2019
                  .classify(
                      ItemFacts.builder().from(silent).thirdPartyHarm(ThirdPartyHarm.HARMLESS).build())
                  .outcome())
          .isEqualTo(DISCLOSE);
    }

    @Test
    @DisplayName("EX-3: consultation names the third party's period P-THIRD-PARTY-2019")
    void consultationPeriod() {
      ExemptionDecision decision =
          CLASSIFIER_2019.classify(unmarked().addContentFlags(ContentFlag.TRADE_SECRET).build());

      assertThat(decision.outcome()).isEqualTo(CONSULT_THIRD_PARTY);
      Finding last = decision.findings().get(decision.findings().size() - 1);
      assertThat(chinese(last))
          .startsWith(
              "[EX-3] 结果：征求第三方意见。就商业秘密书面征求第三方意见；"
                  + "第三方应当自收到征求意见书之日起15个工作日内提出意见（P-THIRD-PARTY-2019）");
      assertThat(english(last))
          .startsWith(
              "[EX-3] outcome: consult the third party; consult the third party in writing on trade"
                  + " secrets; the third party gives its opinion within 15 working days of receiving"
                  + " the consultation (P-THIRD-PARTY-2019)");
      assertThat(last.quantities()).containsExactly(Quantity.of(15, Quantity.Unit.WORKING_DAYS));
    }

    @ParameterizedTest(name = "EX-3: {0} is not a test of OGI_2019")
    @EnumSource(
        value = PublicInterest.class,
        names = {"OUTWEIGHS_HARM", "CLEAR_WITHOUT_SUBSTANTIVE_HARM"})
    @DisplayName("EX-3: OGI_2008's public-interest tests are refused under OGI_2019")
    void foreignTest(PublicInterest test) {
      ItemFacts facts =
          unmarked()
              .addContentFlags(ContentFlag.PERSONAL_PRIVACY)
              .thirdPartyConsent(ThirdPartyConsent.REFUSED)
              .addPublicInterest(test)
              .build();

      assertThatThrownBy(() -> CLASSIFIER_2019.classify(facts))
          .isInstanceOf(InvalidFactsException.class)
          .hasMessageContaining("EX-3: public-interest finding " + test)
          .hasMessageContaining("is not a test of OGI_2019");
      assertThat(CLASSIFIER_2008.classify(facts).outcome()).isIn(DISCLOSE, WITHHOLD);
    }
  }

  @Nested
  @DisplayName("EX-4 secrecy markings (002 保密审查制度)")
  class Markings {

    @ParameterizedTest(name = "EX-4: marked {0}, separable → 部分公开 under both regimes")
    @EnumSource(
        value = SecrecyMarking.class,
        names = {"SECRET", "CONFIDENTIAL", "TOP_SECRET"})
    @DisplayName(
        "EX-4, EX-5: the secret part of 秘密, 机密, 绝密 is never disclosed, whatever else is true; a"
            + " separable rest is disclosed after 非密处理 (第三十七条, 002 保密审查制度第十三条)")
    void marked(SecrecyMarking marking) {
      ItemFacts facts =
          ItemFacts.builder()
              .marking(marking)
              .addContentFlags(ContentFlag.PERSONAL_PRIVACY)
              .thirdPartyConsent(ThirdPartyConsent.GRANTED)
              .addPublicInterest(PublicInterest.NON_DISCLOSURE_SERIOUSLY_AFFECTS)
              .lawRequiresDisclosure(true)
              .separable(true)
              .build();

      for (Regime regime : Regime.values()) {
        ExemptionDecision decision = classifier(regime).classify(facts);
        assertThat(decision.outcome()).isEqualTo(DISCLOSE_IN_PART);
        assertThat(
                classifier(regime)
                    .classify(ItemFacts.builder().from(facts).separable(false).build())
                    .outcome())
            .isEqualTo(WITHHOLD);
        assertThat(decision.withheld())
            .containsExactly(ExemptionRules.of(regime).groundFor(ContentFlag.STATE_SECRET).get());
        assertThat(chinese(decision.findings().get(0)))
            .startsWith("[EX-4] ")
            .contains("标有" + marking.label() + "密级标志");
        assertThat(english(decision.findings().get(0))).startsWith("[EX-4] ").contains("marked ");
        assertThat(decision.explain()).contains("非密处理");
        assertThat(english(decision.findings())).contains("non-secret processing");
      }
      assertThat(CLASSIFIER_2008.classify(facts).citations())
          .contains(ExemptionCitations.DOC_002_MARKED);
    }

    @Test
    @DisplayName(
        "EX-4: term expired → declassified by law (保守国家秘密法 第二十四条第二款); 002 保密审查制度第十条's"
            + " declassify-first step only as the caller's option")
    void expiredNotDeclassified() {
      ItemFacts facts =
          ItemFacts.builder().marking(SecrecyMarking.SECRET).secrecyTermExpired(true).build();
      for (Regime regime : Regime.values()) {
        ExemptionDecision byLaw = classifier(regime).classify(facts);
        assertThat(byLaw.outcome()).isEqualTo(DISCLOSE);
        assertThat(byLaw.explain()).contains("自行解密");
        assertThat(byLaw.citations()).contains(ExemptionCitations.SECRECY_LAW_2024_ART_24);
      }
      ExemptionClassifier strict = CLASSIFIER_2008.with(ExemptionOption.DECLASSIFY_AFTER_EXPIRY);
      ExemptionDecision decision = strict.classify(facts);

      assertThat(strict.options()).containsExactly(ExemptionOption.DECLASSIFY_AFTER_EXPIRY);
      assertThat(strict).hasToString("ExemptionClassifier[OGI_2008, options [DECLASSIFY_AFTER_EXPIRY]]");
      assertThat(strict).isNotEqualTo(CLASSIFIER_2008);
      assertThat(decision.outcome()).isEqualTo(WITHHOLD);
      assertThat(decision.explain()).contains("先办理解密手续");
      assertThat(english(decision.findings())).contains("declassify it first");
      assertThat(decision.findings().get(0).kind()).isEqualTo(FindingKind.CONVENTION);
      assertThat(decision.citations()).contains(ExemptionCitations.DOC_002_EXPIRED);
    }

    @Test
    @DisplayName("EX-4: term expired and declassified → treated as unmarked")
    void declassified() {
      ItemFacts facts =
          ItemFacts.builder()
              .marking(SecrecyMarking.CONFIDENTIAL)
              .secrecyTermExpired(true)
              .declassified(true)
              .build();

      ExemptionDecision decision2008 = CLASSIFIER_2008.classify(facts);
      ExemptionDecision decision2019 = CLASSIFIER_2019.classify(facts);

      assertThat(decision2008.outcome()).isEqualTo(DISCLOSE);
      assertThat(chinese(decision2008.findings().get(0))).contains("按未标密处理");
      assertThat(english(decision2008.findings().get(0)))
          .startsWith("[EX-4] marked confidential; ")
          .contains("treated as unmarked");
      assertThat(decision2008.citations()).contains(ExemptionCitations.DOC_002_EXPIRED);
      assertThat(decision2019.outcome()).isEqualTo(DISCLOSE);
      assertThat(decision2019.citations()).contains(ExemptionCitations.OGI_2019_ART_17);
    }

    @Test
    @DisplayName("EX-4: unclear whether or at what level secret → 报有权机关确定密级 (002 保密审查制度第九条)")
    void unclear2008() {
      ExemptionDecision decision =
          CLASSIFIER_2008.classify(unmarked().secrecyUnclear(true).build());

      assertThat(decision.outcome()).isEqualTo(ESCALATE_SECRECY);
      assertThat(decision.outcome().label()).isEqualTo("报有权机关确定密级");
      assertThat(decision.citations())
          .containsExactly(ExemptionCitations.DOC_002_UNCLEAR, ExemptionCitations.OGI_2008_ART_14_3);
      assertThat(decision.citations().get(0).wording()).startsWith("各部门对政府信息是否属于国家秘密和属于何种密级不明确的");
    }

    @Test
    @DisplayName(
        "EX-4: 002 保密审查制度第九条 — a matter of the agency's own business goes to 上级机关或保密工作部门,"
            + " any other to 保密工作部门")
    void unclearRoutesByMatter2008() {
      ExemptionDecision own =
          CLASSIFIER_2008.classify(
              unmarked().secrecyUnclear(true).secrecyMatter(SecrecyMatter.OWN_BUSINESS).build());
      ExemptionDecision other =
          CLASSIFIER_2008.classify(
              unmarked().secrecyUnclear(true).secrecyMatter(SecrecyMatter.OTHER).build());

      assertThat(own.outcome()).isEqualTo(ESCALATE_SECRECY);
      assertThat(other.outcome()).isEqualTo(ESCALATE_SECRECY);
      assertThat(chinese(last(own)))
          .startsWith(
              "[EX-4 约定] 结果：报有权机关确定密级。机关不能自行决定，无论其他情形如何，"
                  + "应当逐级报至有权确定该事项密级的上级机关或保密工作部门确定（属于主管业务方面的事项）");
      assertThat(chinese(last(other)))
          .startsWith(
              "[EX-4 约定] 结果：报有权机关确定密级。机关不能自行决定，无论其他情形如何，"
                  + "应当逐级报至有权确定该事项密级的保密工作部门确定（其他方面的事项）");
      assertThat(english(last(own)))
          .contains(
              "report the item level by level to the superior organ or the secrecy administration"
                  + " that can determine its classification (a matter of the agency's own line of"
                  + " business)");
      assertThat(own.citations()).contains(ExemptionCitations.DOC_002_UNCLEAR);
    }

    @Test
    @DisplayName(
        "EX-4: 002 保密审查制度第九条 — with the matter not recorded, both routes are named, none chosen")
    void unclearRouteNotRecorded2008() {
      ExemptionDecision decision =
          CLASSIFIER_2008.classify(unmarked().secrecyUnclear(true).build());

      assertThat(chinese(last(decision)))
          .contains(
              "按事项逐级报请确定：属于主管业务方面的事项报至有权确定该事项密级的上级机关或保密工作部门，"
                  + "其他方面的事项报至有权确定该事项密级的保密工作部门（未记录属于何种事项）");
    }

    @Test
    @DisplayName(
        "EX-4: OGI_2019 第十七条第三款 names one route (保密行政管理部门); a recorded matter changes nothing,"
            + " and the decision says so")
    void unclearMatterIgnoredUnder2019() {
      ExemptionDecision plain = CLASSIFIER_2019.classify(unmarked().secrecyUnclear(true).build());
      ExemptionDecision withMatter =
          CLASSIFIER_2019.classify(
              unmarked().secrecyUnclear(true).secrecyMatter(SecrecyMatter.OWN_BUSINESS).build());

      assertThat(withMatter.outcome()).isEqualTo(plain.outcome());
      assertThat(withMatter.citations()).isEqualTo(plain.citations());
      assertThat(chinese(last(plain)))
          .endsWith("应当依照法律、法规和国家有关规定报有关主管部门或者保密行政管理部门确定（依据《中华人民共和国政府信息公开条例》（国务院令第711号）第十七条）");
      assertThat(chinese(last(withMatter)))
          .contains("保密行政管理部门确定（所记录的属于主管业务方面的事项不改变报送机关，本条例未按事项区分）");
      assertThat(english(last(withMatter)))
          .contains(
              "(the recorded a matter of the agency's own line of business changes nothing: the"
                  + " regulation does not route by matter)");
    }

    @Test
    @DisplayName("EX-4: a secrecy matter without unclear secrecy is refused, naming both facts")
    void matterWithoutUnclearSecrecy() {
      assertThatThrownBy(() -> unmarked().secrecyMatter(SecrecyMatter.OTHER).build())
          .isInstanceOf(InvalidFactsException.class)
          .hasMessageContaining("EX-4: secrecyMatter OTHER says where an item of unclear secrecy")
          .hasMessageContaining("set secrecyUnclear or clear the matter");
    }

    private Finding last(ExemptionDecision decision) {
      return decision.findings().get(decision.findings().size() - 1);
    }

    @Test
    @DisplayName("EX-4: unclear under OGI_2019 → escalate, citing 第十七条")
    void unclear2019() {
      ExemptionDecision decision =
          CLASSIFIER_2019.classify(unmarked().secrecyUnclear(true).build());

      assertThat(decision.outcome()).isEqualTo(ESCALATE_SECRECY);
      assertThat(provisions(decision)).containsExactly("第十七条");
    }

    @Test
    @DisplayName(
        "EX-4 [convention]: unclear secrecy escalates even when another ground already withholds")
    void unclearWinsOverOtherGrounds() {
      ExemptionDecision decision =
          CLASSIFIER_2019.classify(
              unmarked()
                  .secrecyUnclear(true)
                  .addContentFlags(ContentFlag.SECURITY_AND_STABILITY_RISK)
                  .build());

      assertThat(decision.outcome()).isEqualTo(ESCALATE_SECRECY);
      assertThat(ids(decision.withheld())).containsExactly("OGI-2019-SECURITY-STABILITY");
      Finding last = decision.findings().get(decision.findings().size() - 1);
      assertThat(last.kind()).isEqualTo(FindingKind.CONVENTION);
      assertThat(chinese(last)).startsWith("[EX-4 约定] 结果：报有权机关确定密级。");
      assertThat(english(last))
          .startsWith(
              "[EX-4, convention] outcome: report to the authority that can determine the"
                  + " classification;");
    }
  }

  @Nested
  @DisplayName("EX-5 partial disclosure (区分处理)")
  class Partial {

    @Test
    @DisplayName("EX-5: separable process information under OGI_2019 → 部分公开, citing 第三十七条")
    void separable2019() {
      ExemptionDecision decision =
          CLASSIFIER_2019.classify(
              unmarked().addContentFlags(ContentFlag.PROCESS_INFORMATION).separable(true).build());

      assertThat(decision.outcome()).isEqualTo(DISCLOSE_IN_PART);
      assertThat(ids(decision.withheld())).containsExactly("OGI-2019-PROCESS-INFORMATION");
      assertThat(provisions(decision)).contains("第三十七条");
      Finding last = decision.findings().get(decision.findings().size() - 1);
      assertThat(chinese(last)).startsWith("[EX-5] 结果：部分公开。过程性信息不予公开，其余内容予以公开（区分处理）");
      assertThat(english(last))
          .startsWith("[EX-5] outcome: disclose in part; withhold process information and disclose the rest");
    }

    @Test
    @DisplayName(
        "EX-5: a separable state-secret part under OGI_2008 → 部分公开 with non-secret processing (002"
            + " 保密审查制度第十三条)")
    void secretPart2008() {
      ExemptionDecision decision =
          CLASSIFIER_2008.classify(
              unmarked().addContentFlags(ContentFlag.STATE_SECRET).separable(true).build());

      assertThat(decision.outcome()).isEqualTo(DISCLOSE_IN_PART);
      assertThat(decision.citations())
          .contains(
              ExemptionCitations.DOC_002_NON_SECRET_PROCESSING,
              ExemptionCitations.DOC_002_SECRET_PART);
      assertThat(provisions(decision)).contains("第二十二条");
    }

    @Test
    @DisplayName("EX-5: the same content, not separable → 不予公开")
    void notSeparable() {
      ExemptionDecision decision =
          CLASSIFIER_2008.classify(unmarked().addContentFlags(ContentFlag.STATE_SECRET).build());

      assertThat(decision.outcome()).isEqualTo(WITHHOLD);
      Finding last = decision.findings().get(decision.findings().size() - 1);
      assertThat(chinese(last)).startsWith("[EX-5] 结果：不予公开。涉及国家秘密无法与其他内容区分处理");
      assertThat(english(last))
          .startsWith("[EX-5] outcome: withhold; state secrets cannot be separated from the rest");
    }

    @Test
    @DisplayName(
        "EX-5 [convention]: separable absolute content plus unasked privacy → consult; the absolute"
            + " part stays withheld whatever the reply")
    void consultWithSeparableAbsolute() {
      ExemptionDecision decision =
          CLASSIFIER_2019.classify(
              unmarked()
                  .addContentFlags(
                      ContentFlag.SECURITY_AND_STABILITY_RISK, ContentFlag.PERSONAL_PRIVACY)
                  .separable(true)
                  .build());

      assertThat(decision.outcome()).isEqualTo(CONSULT_THIRD_PARTY);
      assertThat(ids(decision.withheld())).containsExactly("OGI-2019-SECURITY-STABILITY");
      assertThat(ids(decision.grounds()))
          .containsExactly("OGI-2019-PERSONAL-PRIVACY", "OGI-2019-SECURITY-STABILITY");
      assertThat(decision.explain()).contains("无论第三方如何答复，公开后可能危及国家安全、公共安全、经济安全、社会稳定仍不予公开");
      assertThat(english(decision.findings()))
          .contains(
              "whatever the reply, a danger to national, public or economic security or social"
                  + " stability stays withheld");
      assertThat(decision.findings().get(decision.findings().size() - 1).kind())
          .isEqualTo(FindingKind.CONVENTION);
    }

    @Test
    @DisplayName(
        "EX-5: inseparable absolute content plus unasked privacy → 不予公开; consulting would change"
            + " nothing")
    void withholdWithoutConsulting() {
      ExemptionDecision decision =
          CLASSIFIER_2019.classify(
              unmarked()
                  .addContentFlags(
                      ContentFlag.SECURITY_AND_STABILITY_RISK, ContentFlag.PERSONAL_PRIVACY)
                  .build());

      assertThat(decision.outcome()).isEqualTo(WITHHOLD);
      assertThat(decision.explain()).contains("征求第三方意见也不改变结果");
      assertThat(english(decision.findings()))
          .contains("consulting the third party would change nothing");
    }

    @Test
    @DisplayName("EX-5: separable, consented privacy and process information required by law → 公开")
    void everythingLifted() {
      ExemptionDecision decision =
          CLASSIFIER_2019.classify(
              unmarked()
                  .addContentFlags(ContentFlag.PERSONAL_PRIVACY, ContentFlag.PROCESS_INFORMATION)
                  .thirdPartyConsent(ThirdPartyConsent.GRANTED)
                  .lawRequiresDisclosure(true)
                  .separable(true)
                  .build());

      assertThat(decision.outcome()).isEqualTo(DISCLOSE);
      assertThat(decision.overrides()).allMatch(OverrideConsideration::applied);
    }
  }

  @Nested
  @DisplayName("facts the regime cannot accept")
  class RegimeValidation {

    @Test
    @DisplayName("EX-3: a consent when no content under the regime is a third party's is refused")
    void consentWithoutThirdPartyGround() {
      ExemptionClassifier classifier =
          ExemptionClassifier.of(Regime.OGI_2019, PolicyExtension.schoolList(Regime.OGI_2019));
      ItemFacts facts =
          unmarked()
              .addLocalGroundIds(PolicyExtension.SCHOOL_CAMPUS_SAFETY.id())
              .thirdPartyConsent(ThirdPartyConsent.GRANTED)
              .build();

      assertThatThrownBy(() -> classifier.classify(facts))
          .isInstanceOf(InvalidFactsException.class)
          .hasMessageContaining("EX-3: thirdPartyConsent is GRANTED (第三方同意公开)")
          .hasMessageContaining("no content of the item is a third party's");
    }

    @Test
    @DisplayName("EX-2, EX-8: every regime problem is reported at once")
    void allAtOnce() {
      ItemFacts facts =
          unmarked()
              .addLocalGroundIds("NO-SUCH-GROUND")
              .addPublicInterest(
                  PublicInterest.OUTWEIGHS_HARM, PublicInterest.CLEAR_WITHOUT_SUBSTANTIVE_HARM)
              .thirdPartyConsent(ThirdPartyConsent.REFUSED)
              .build();

      assertThatThrownBy(() -> CLASSIFIER_2019.classify(facts))
          .isInstanceOfSatisfying(
              InvalidFactsException.class,
              thrown -> {
                assertThat(thrown.problems()).hasSize(4);
                assertThat(thrown.problems().get(0))
                    .isEqualTo(
                        new Problem(
                            Rules.EX_8,
                            "local ground 'NO-SUCH-GROUND' is defined by no policy extension of"
                                + " this classifier; known: []"));
              })
          .hasMessageStartingWith("ItemFacts under OGI_2019 has 4 problems");
    }
  }

  @Nested
  @DisplayName("EX-1 … EX-8, REQ-3, REQ-4: what the statute and the courts require")
  class StatuteAndCourts {

    private final ItemFacts refusedWithoutReason =
        unmarked()
            .addContentFlags(ContentFlag.TRADE_SECRET)
            .thirdPartyConsent(ThirdPartyConsent.REFUSED_WITHOUT_REASONABLE_GROUND)
            .build();

    @Test
    @DisplayName(
        "EX-3: under OGI_2019 a refusal without a reasonable ground does not bind (第三十二条): the"
            + " agency judges the harm")
    void unreasonedRefusal2019() {
      assertThat(CLASSIFIER_2019.classify(refusedWithoutReason).outcome()).isEqualTo(INVESTIGATE);
      assertThat(
              CLASSIFIER_2019
                  .classify(
                      ItemFacts.builder()
                          .from(refusedWithoutReason)
                          .thirdPartyHarm(ThirdPartyHarm.HARMFUL)
                          .build())
                  .explain())
          .contains("理由是对第三方合法权益的损害，不是第三方的沉默或者拒绝");
      assertThat(
              CLASSIFIER_2019
                  .classify(
                      ItemFacts.builder()
                          .from(refusedWithoutReason)
                          .thirdPartyHarm(ThirdPartyHarm.HARMLESS)
                          .build())
                  .outcome())
          .isEqualTo(DISCLOSE);
    }

    @Test
    @DisplayName("EX-2: under OGI_2008 any refusal binds (第二十三条: 第三方不同意公开的，不得公开)")
    void unreasonedRefusal2008() {
      ExemptionDecision decision = CLASSIFIER_2008.classify(refusedWithoutReason);

      assertThat(decision.outcome()).isEqualTo(WITHHOLD);
      assertThat(decision.explain()).contains("不审查其理由是否合理");
      assertThat(decision.citations()).contains(ExemptionCitations.OGI_2008_ART_23);
    }

    @Test
    @DisplayName(
        "EX-2, EX-3: a consultation not in writing counts as none: consult again in writing, a"
            + " finding against what was done")
    void notInWriting() {
      for (Regime regime : Regime.values()) {
        ExemptionDecision decision =
            classifier(regime)
                .classify(
                    unmarked()
                        .addContentFlags(ContentFlag.PERSONAL_PRIVACY)
                        .thirdPartyConsent(ThirdPartyConsent.GRANTED)
                        .consultedInWriting(false)
                        .build());
        assertThat(decision.outcome()).isEqualTo(CONSULT_THIRD_PARTY);
        assertThat(decision.findings()).anyMatch(f -> f.kind() == FindingKind.BROKEN);
        assertThat(decision.explain()).contains("征求意见未采用书面形式");
      }
    }

    @Test
    @DisplayName(
        "EX-3: 第十六条 is a discretion: the agency's choice to disclose lifts it; its choice to withhold"
            + " is applied, not a convention")
    void discretion() {
      ItemFacts internal = unmarked().addContentFlags(ContentFlag.INTERNAL_AFFAIRS).build();
      for (Regime regime : Regime.values()) {
        assertThat(
                classifier(regime)
                    .classify(ItemFacts.builder().from(internal).discretion(Discretion.DISCLOSE).build())
                    .outcome())
            .isEqualTo(DISCLOSE);
        ExemptionDecision withheld =
            classifier(regime)
                .classify(ItemFacts.builder().from(internal).discretion(Discretion.WITHHOLD).build());
        assertThat(withheld.outcome()).isEqualTo(WITHHOLD);
        assertThat(withheld.findings()).noneMatch(f -> f.kind() == FindingKind.CONVENTION);
      }
      assertThat(CLASSIFIER_2008.classify(internal).citations())
          .contains(ExemptionCitations.GUO_BAN_FA_2010_5_ART_2);
    }

    @Test
    @DisplayName(
        "EX-4, EX-5: a separable marked secret → 部分公开 after 非密处理 (002 保密审查制度第十三条; 第三十七条,"
            + " OGI_2008 第二十二条)")
    void separableMarkedSecret() {
      ItemFacts facts = ItemFacts.builder().marking(SecrecyMarking.CONFIDENTIAL).separable(true).build();

      ExemptionDecision decision2008 = CLASSIFIER_2008.classify(facts);
      ExemptionDecision decision2019 = CLASSIFIER_2019.classify(facts);

      assertThat(decision2008.outcome()).isEqualTo(DISCLOSE_IN_PART);
      assertThat(decision2008.answerKind()).contains(AnswerKind.PARTIALLY_DISCLOSED);
      assertThat(decision2008.citations())
          .contains(
              ExemptionCitations.DOC_002_NON_SECRET_PROCESSING,
              Regime.OGI_2008.citationFor(AnswerKind.PARTIALLY_DISCLOSED));
      assertThat(decision2019.outcome()).isEqualTo(DISCLOSE_IN_PART);
      assertThat(provisions(decision2019)).contains("第三十七条");
      assertThat(decision2019.explain()).contains("其余部分经非密处理后公开");
    }

    @Test
    @DisplayName(
        "EX-1, EX-3, EX-4: a state secret asserted without evidence next to a secrecy marking adds"
            + " nothing: the marking already establishes the ground, and the explanation says so")
    void unestablishedBesideAMarking() {
      ItemFacts facts =
          ItemFacts.builder()
              .marking(SecrecyMarking.SECRET)
              .addUnestablishedFlags(ContentFlag.STATE_SECRET)
              .build();
      for (Regime regime : Regime.values()) {
        ExemptionDecision decision = classifier(regime).classify(facts);
        assertThat(decision.outcome()).isEqualTo(WITHHOLD);
        assertThat(decision.explain()).contains("主张内容涉及国家秘密但未查明：“").contains("”已另有查明的根据");
        assertThat(decision.explain()).doesNotContain("应当查明后重新答复");
      }
    }

    @Test
    @DisplayName(
        "EX-1, EX-3: an asserted ground without evidence is no reason to withhold, unless an"
            + " established inseparable ground withholds the whole item anyway")
    void unestablished() {
      ItemFacts asserted = unmarked().addUnestablishedFlags(ContentFlag.STATE_SECRET).build();
      for (Regime regime : Regime.values()) {
        ExemptionDecision decision = classifier(regime).classify(asserted);
        assertThat(decision.outcome()).isEqualTo(INVESTIGATE);
        assertThat(decision.withheld()).isEmpty();
        assertThat(decision.citations())
            .contains(ExemptionCitations.SPC_2011_17_ART_5, ExemptionCitations.SPC_2011_17_ART_9);
        assertThat(
                classifier(regime)
                    .classify(
                        ItemFacts.builder()
                            .from(asserted)
                            .addContentFlags(ContentFlag.SECURITY_AND_STABILITY_RISK)
                            .build())
                    .outcome())
            .isEqualTo(WITHHOLD);
      }
    }

    @Test
    @DisplayName(
        "EX-8: under OGI_2019 a local list adds no ground (第十三条): a BROKEN finding; under OGI_2008"
            + " it withholds")
    void localGrounds() {
      ItemFacts facts =
          unmarked().addLocalGroundIds(PolicyExtension.SCHOOL_CAMPUS_SAFETY.id()).build();

      ExemptionDecision decision2019 =
          ExemptionClassifier.of(Regime.OGI_2019, PolicyExtension.schoolList(Regime.OGI_2019))
              .classify(facts);
      ExemptionDecision decision2008 =
          ExemptionClassifier.of(Regime.OGI_2008, PolicyExtension.schoolList(Regime.OGI_2008))
              .classify(facts);

      assertThat(decision2019.outcome()).isEqualTo(DISCLOSE);
      assertThat(decision2019.grounds()).isEmpty();
      assertThat(decision2019.findings().get(0).kind()).isEqualTo(FindingKind.BROKEN);
      assertThat(english(decision2019.findings().get(0)))
          .startsWith("[EX-8, broken] local policy")
          .contains("cannot add a ground");
      assertThat(decision2008.outcome()).isEqualTo(WITHHOLD);
    }

    @Test
    @DisplayName(
        "EX-6: an item the agency cannot determine → 报有关主管部门确定, unless something already"
            + " withholds it whole")
    void referral() {
      for (Regime regime : Regime.values()) {
        ItemFacts unclear = unmarked().disclosabilityUnclear(true).build();
        ExemptionDecision decision = classifier(regime).classify(unclear);
        assertThat(decision.outcome()).isEqualTo(REFER_TO_AUTHORITY);
        assertThat(decision.answerKind()).isEmpty();
        assertThat(
                classifier(regime)
                    .classify(
                        ItemFacts.builder()
                            .from(unclear)
                            .addContentFlags(ContentFlag.PROHIBITED_BY_LAW)
                            .build())
                    .outcome())
            .isEqualTo(WITHHOLD);
      }
      assertThat(provisions(CLASSIFIER_2019.classify(unmarked().disclosabilityUnclear(true).build())))
          .containsExactly("第十七条");
    }

    @ParameterizedTest(name = "REQ-3, REQ-4: {0} under {1} → {2}")
    @CsvSource({
      "NOT_GOVERNMENT_INFORMATION, OGI_2008, , 第二条",
      "NOT_GOVERNMENT_INFORMATION, OGI_2019, , 第二条",
      "DOES_NOT_EXIST, OGI_2008, DOES_NOT_EXIST, 第二十一条第（三）项",
      "DOES_NOT_EXIST, OGI_2019, DOES_NOT_EXIST, 第三十六条第（四）项",
      "NOT_HELD, OGI_2008, NOT_THIS_AGENCYS, 第二十一条第（三）项",
      "NOT_HELD, OGI_2019, NOT_THIS_AGENCYS, 第三十六条第（五）项",
      "PETITION, OGI_2008, , 第十三条",
      "PETITION, OGI_2019, PETITION_NOT_PROCESSED, 第三十九条第一款",
      "ALREADY_PUBLISHED, OGI_2008, ALREADY_PUBLISHED, 第二十一条第（一）项",
      "ALREADY_PUBLISHED, OGI_2019, ALREADY_PUBLISHED, 第三十六条第（一）项"
    })
    @DisplayName(
        "REQ-3, REQ-4: what is not government information held by the agency gets its own answer,"
            + " never 公开")
    void otherAnswers(InformationStatus status, String regimeId, AnswerKind kind, String provision) {
      Regime regime = regimeId.equals("OGI_2008") ? Regime.OGI_2008 : Regime.OGI_2019;
      ExemptionDecision decision = classifier(regime).classify(unmarked().status(status).build());

      assertThat(decision.outcome()).isEqualTo(ExemptionOutcome.OTHER_ANSWER);
      assertThat(decision.answerKind()).isEqualTo(java.util.Optional.ofNullable(kind));
      assertThat(provisions(decision)).containsExactly(provision);
      assertThat(decision.findings().get(0).rule())
          .isEqualTo(regime == Regime.OGI_2008 ? Rules.REQ_3 : Rules.REQ_4);
      assertThat(decision.findings().get(0).kind())
          .isEqualTo(
              status == InformationStatus.PETITION && regime == Regime.OGI_2008
                  ? FindingKind.CONVENTION
                  : FindingKind.APPLIED);
    }

    @Test
    @DisplayName(
        "EX-2, EX-3: the applicant's own privacy is no ground against the applicant; a third"
            + " party's privacy in the same file is still weighed")
    void applicantIsSubject() {
      ItemFacts own =
          unmarked().addContentFlags(ContentFlag.PERSONAL_PRIVACY).applicantIsSubject(true).build();
      for (Regime regime : Regime.values()) {
        assertThat(classifier(regime).classify(own).outcome()).isEqualTo(DISCLOSE);
        assertThat(
                classifier(regime)
                    .classify(
                        ItemFacts.builder()
                            .from(own)
                            .thirdPartyConsent(ThirdPartyConsent.REFUSED)
                            .build())
                    .outcome())
            .isEqualTo(WITHHOLD);
      }
      assertThat(CLASSIFIER_2019.classify(own).citations())
          .contains(ExemptionCitations.OGI_2019_ART_41);
    }

    @Test
    @DisplayName(
        "EX-3, EX-4: a restriction that ends with an event says so: process information until the"
            + " process ends, a marked secret until its term expires")
    void restrictionsSayWhenTheyEnd() {
      ExemptionDecision process =
          CLASSIFIER_2019.classify(unmarked().addContentFlags(ContentFlag.PROCESS_INFORMATION).build());
      ExemptionDecision secret =
          CLASSIFIER_2019.classify(ItemFacts.builder().marking(SecrecyMarking.SECRET).build());

      assertThat(process.explain()).contains("过程结束、决定作出后，不再以此为由不予公开");
      assertThat(english(process.findings())).contains("once the process ends");
      assertThat(secret.explain()).contains("保密期限届满即自行解密");
      assertThat(
              CLASSIFIER_2019
                  .with(ExemptionOption.PROCESS_INFORMATION_BY_FORMATION)
                  .classify(unmarked().addContentFlags(ContentFlag.PROCESS_INFORMATION).build())
                  .explain())
          .doesNotContain("过程结束");
    }

    @Test
    @DisplayName(
        "EX-2, EX-3: after silence a public-interest finding discloses with written notice, under"
            + " both regimes")
    void publicInterestAfterSilence() {
      ItemFacts silent =
          unmarked()
              .addContentFlags(ContentFlag.PERSONAL_PRIVACY)
              .thirdPartyConsent(ThirdPartyConsent.NO_REPLY)
              .addPublicInterest(PublicInterest.NON_DISCLOSURE_SERIOUSLY_AFFECTS)
              .build();
      for (Regime regime : Regime.values()) {
        ExemptionDecision decision = classifier(regime).classify(silent);
        assertThat(decision.outcome()).isEqualTo(DISCLOSE);
        assertThat(decision.explain()).contains("书面告知第三方");
      }
    }
  }
}
