package dev.disclosure.core.exemption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.disclosure.calendar.Citation;
import dev.disclosure.core.InvalidFactsException;
import dev.disclosure.core.law.LegalSources;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A local policy's own grounds (EX-8): the ids and names they take, the ones refused, and the
 * labels of the exemption vocabulary in both languages.
 */
class GroundVocabularyTest {

  private static final Citation LOCAL =
      Citation.of(LegalSources.OGI_2019, "第十四条", "依法确定为国家秘密的政府信息……不予公开。");

  @Test
  @DisplayName("EX-8: an id with Chinese characters or a brace anywhere is named 'local ground (as recorded)'")
  void englishNameFromId() {
    assertThat(ExemptionGround.of("SCHOOL-SAFETY", "校园安全", GroundOverride.NONE, LOCAL).english())
        .isEqualTo("SCHOOL-SAFETY");
    for (String id : new String[] {"校园", "{0}", "X{", "}X", "{X", "X}"}) {
      assertThat(ExemptionGround.of(id, "校园安全", GroundOverride.NONE, LOCAL).english())
          .as(id)
          .isEqualTo("local ground (as recorded)");
    }
  }

  @Test
  @DisplayName("EX-8: a blank id or label, or an English name blank, Chinese or with braces, is refused")
  void refusedGrounds() {
    assertThatThrownBy(() -> ExemptionGround.of(" ", "校园安全", GroundOverride.NONE, LOCAL))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("EX-8");
    assertThatThrownBy(() -> ExemptionGround.of("X", " ", GroundOverride.NONE, LOCAL))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("EX-8");
    assertThatThrownBy(() -> ExemptionGround.of(" ", "校园安全", "campus", GroundOverride.NONE, LOCAL))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("EX-8");
    assertThatThrownBy(() -> ExemptionGround.of("X", "", "campus", GroundOverride.NONE, LOCAL))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("EX-8");
    for (String english : new String[] {" ", "校园", "{campus", "campus}", "}campus", "ca{mpus"}) {
      assertThatThrownBy(
              () -> ExemptionGround.of("X", "校园安全", english, GroundOverride.NONE, LOCAL))
          .as(english)
          .isInstanceOf(InvalidFactsException.class)
          .hasMessageContaining("EX-8: the English name of ground X");
    }
    ExemptionGround named =
        ExemptionGround.of("X", "校园安全", "campus safety", GroundOverride.NONE, LOCAL);
    assertThat(named.english()).isEqualTo("campus safety");
    assertThat(named.label()).isEqualTo("校园安全");
    assertThat(named.override()).isEqualTo(GroundOverride.NONE);
    assertThat(named.citation()).isEqualTo(LOCAL);
  }

  @Test
  @DisplayName("EX-1, EX-2, EX-3, EX-4: the vocabulary's Chinese labels and English names")
  void labels() {
    assertThat(ContentFlag.STATE_SECRET.label()).isEqualTo("国家秘密");
    assertThat(ContentFlag.WORK_SECRET.english()).isEqualTo("work secrets");
    assertThat(Discretion.WITHHOLD.label()).isEqualTo("机关行使裁量决定不予公开");
    assertThat(Discretion.DISCLOSE.english()).isEqualTo("the agency chose to disclose");
    assertThat(ThirdPartyHarm.HARMFUL.label()).isEqualTo("机关认定公开会损害第三方合法权益");
    assertThat(ThirdPartyHarm.HARMLESS.english())
        .isEqualTo("the agency finds that disclosure does not harm the third party's lawful rights");
    assertThat(ExemptionOption.DECLASSIFY_AFTER_EXPIRY.label())
        .isEqualTo("保密期限已满的，办理解密手续后再公开");
    assertThat(ExemptionOption.PROCESS_INFORMATION_BY_FORMATION.english())
        .isEqualTo("process information is judged as it was formed and stays so after the process ends");
    assertThat(ExemptionOption.DECLASSIFY_AFTER_EXPIRY.basis()).isNotEmpty();
    assertThat(ExemptionOption.PROCESS_INFORMATION_BY_FORMATION.basis())
        .containsExactly(ExemptionGrounds.PROCESS_INFORMATION_2019.citation());
  }
}
