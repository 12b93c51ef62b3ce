package dev.disclosure.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.disclosure.core.law.LegalPeriods;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RegimeTest {

  @Test
  @DisplayName("P-REPLY-2008 / P-REPLY-2019: 15 (+15) against 20 (+20) working days")
  void replyPeriods() {
    assertThat(Regime.OGI_2008.replyPeriod()).isEqualTo(LegalPeriods.P_REPLY_2008);
    assertThat(Regime.OGI_2008.replyPeriod().maxExtension()).isEqualTo(15);
    assertThat(Regime.OGI_2019.replyPeriod().amount()).isEqualTo(20);
    assertThat(Regime.OGI_2019.replyPeriod().maxExtension()).isEqualTo(20);
    assertThat(Regime.OGI_2008.proactivePeriod()).isEqualTo(LegalPeriods.P_PROACTIVE_2008);
    assertThat(Regime.OGI_2019.proactivePeriod()).isEqualTo(LegalPeriods.P_PROACTIVE_2019);
    assertThat(Regime.OGI_2008.proactivePeriod().citations())
        .extracting(c -> c.source().title() + c.provision())
        .noneMatch(reference -> reference.contains("711号"));
    assertThat(Regime.OGI_2019.proactivePeriod().citations())
        .singleElement()
        .satisfies(c -> assertThat(c.provision()).isEqualTo("第二十六条"));
  }

  @Test
  @DisplayName(
      "P-PROACTIVE, REQ-2: the regulation in force on a day — OGI_2008 from 2008-05-01, OGI_2019 from"
          + " 2019-05-15 (第五十六条), none before")
  void inForceOn() {
    assertThat(Regime.inForceOn(java.time.LocalDate.of(2008, 4, 30))).isEmpty();
    assertThat(Regime.inForceOn(java.time.LocalDate.of(2008, 5, 1))).contains(Regime.OGI_2008);
    assertThat(Regime.inForceOn(java.time.LocalDate.of(2019, 5, 14))).contains(Regime.OGI_2008);
    assertThat(Regime.inForceOn(java.time.LocalDate.of(2019, 5, 15))).contains(Regime.OGI_2019);
    assertThat(Regime.OGI_2019.inForceFrom()).isEqualTo(java.time.LocalDate.of(2019, 5, 15));
  }

  @Test
  @DisplayName("P-CORRECTION-2019, P-THIRD-PARTY-2019, P-CO-AGENCY-2019 exist only under OGI_2019")
  void onlyIn2019() {
    assertThat(Regime.OGI_2019.correctionPeriod()).contains(LegalPeriods.P_CORRECTION_2019);
    assertThat(Regime.OGI_2019.thirdPartyPeriod()).contains(LegalPeriods.P_THIRD_PARTY_2019);
    assertThat(Regime.OGI_2019.coAgencyPeriod()).contains(LegalPeriods.P_CO_AGENCY_2019);
    assertThat(Regime.OGI_2008.correctionPeriod()).isEmpty();
    assertThat(Regime.OGI_2008.thirdPartyPeriod()).isEmpty();
    assertThat(Regime.OGI_2008.coAgencyPeriod()).isEmpty();
  }

  @Test
  @DisplayName(
      "REQ-3: OGI_2008 answers unclear and unrelated requests; it has no excessive-request answer")
  void answerKinds2008() {
    assertThat(Regime.OGI_2008.answerKinds())
        .containsExactlyInAnyOrder(
            AnswerKind.ALREADY_PUBLISHED,
            AnswerKind.DISCLOSED,
            AnswerKind.PARTIALLY_DISCLOSED,
            AnswerKind.NOT_DISCLOSED,
            AnswerKind.NOT_THIS_AGENCYS,
            AnswerKind.DOES_NOT_EXIST,
            AnswerKind.UNCLEAR_REQUEST,
            AnswerKind.REPEATED_REQUEST,
            AnswerKind.UNRELATED_TO_NEEDS);
    assertThat(Regime.OGI_2008.citationFor(AnswerKind.UNCLEAR_REQUEST).provision())
        .isEqualTo("第二十一条第（四）项");
    assertThatThrownBy(() -> Regime.OGI_2008.citationFor(AnswerKind.EXCESSIVE_NOT_PROCESSED))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("REQ-3")
        .hasMessageContaining("EXCESSIVE_NOT_PROCESSED")
        .hasMessageContaining("OGI_2008");
  }

  @Test
  @DisplayName(
      "REQ-4: OGI_2019 answers per 第三十六条; unclear requests are a correction step, not an answer")
  void answerKinds2019() {
    assertThat(Regime.OGI_2019.allows(AnswerKind.UNCLEAR_REQUEST)).isFalse();
    assertThat(Regime.OGI_2019.allows(AnswerKind.UNRELATED_TO_NEEDS)).isFalse();
    assertThat(Regime.OGI_2019.allows(AnswerKind.SPECIAL_STATUTORY_ACCESS)).isTrue();
    assertThat(Regime.OGI_2019.allows(AnswerKind.EXCESSIVE_NOT_PROCESSED)).isTrue();
    assertThat(Regime.OGI_2019.citationFor(AnswerKind.DOES_NOT_EXIST).provision())
        .isEqualTo("第三十六条第（四）项");
    assertThatThrownBy(() -> Regime.OGI_2019.citationFor(AnswerKind.UNRELATED_TO_NEEDS))
        .hasMessageContaining("REQ-4");
  }

  @Test
  @DisplayName(
      "REQ-4, REQ-5: OGI_2019 answers petitions and requests for publications per 第三十九条第一款、第二款;"
          + " OGI_2008 has neither")
  void petitionAndPublication2019Only() {
    assertThat(Regime.OGI_2019.citationFor(AnswerKind.PETITION_NOT_PROCESSED).provision())
        .isEqualTo("第三十九条第一款");
    assertThat(Regime.OGI_2019.citationFor(AnswerKind.PETITION_NOT_PROCESSED).wording())
        .contains("不作为政府信息公开申请处理", "通过相应渠道提出");
    assertThat(Regime.OGI_2019.citationFor(AnswerKind.PUBLICATION_REQUESTED).provision())
        .isEqualTo("第三十九条第二款");
    assertThat(Regime.OGI_2019.citationFor(AnswerKind.PUBLICATION_REQUESTED).wording())
        .contains("政府公报、报刊、书籍等公开出版物", "告知获取的途径");
    assertThat(AnswerKind.PETITION_NOT_PROCESSED.label()).contains("信访、投诉、举报");
    assertThat(AnswerKind.PUBLICATION_REQUESTED.label()).contains("公开出版物");
    for (AnswerKind kind :
        List.of(AnswerKind.PETITION_NOT_PROCESSED, AnswerKind.PUBLICATION_REQUESTED)) {
      assertThat(Regime.OGI_2008.allows(kind)).isFalse();
      assertThatThrownBy(() -> Regime.OGI_2008.citationFor(kind))
          .isInstanceOf(InvalidFactsException.class)
          .hasMessageContaining("REQ-3")
          .hasMessageContaining(kind.name());
    }
  }

  @Test
  @DisplayName("the regimes' fee rules cite their own articles")
  void feeRules() {
    assertThat(Regime.OGI_2008.feeRule()).isEqualTo(FeeRule.COST_RECOVERY_2008);
    assertThat(Regime.OGI_2019.feeRule().citation().provision()).isEqualTo("第四十二条");
    assertThat(Regime.values()).containsExactly(Regime.OGI_2008, Regime.OGI_2019);
    assertThat(Regime.OGI_2019.toString()).isEqualTo("OGI_2019");
  }
}
