package dev.disclosure.core.exemption;

import static dev.disclosure.core.exemption.ReviewChainTest.FINANCE;
import static dev.disclosure.core.exemption.ReviewChainTest.MON_2026_09_14;
import static dev.disclosure.core.exemption.ReviewChainTest.POLICE;
import static dev.disclosure.core.exemption.ReviewChainTest.TRANSPORT;
import static dev.disclosure.core.Renderings.english;
import static org.assertj.core.api.Assertions.assertThat;

import dev.disclosure.calendar.Language;
import dev.disclosure.core.Agency;
import dev.disclosure.core.AgencyLevel;
import dev.disclosure.core.InformationItem;
import dev.disclosure.core.Regime;
import dev.disclosure.core.law.Rules;
import dev.disclosure.core.proactive.DepartmentCategory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** EX-7: who discloses, under both regimes. */
class DisclosingAgencyTest {

  private static final Agency CITY_OFFICE = Agency.of("某市人民政府办公室", AgencyLevel.COUNTY_AND_ABOVE);

  private static InformationItem.Builder item() {
    return InformationItem.builder()
        .category(DepartmentCategory.OPERATIONS)
        .title("企业环境信用评价材料")
        .indexNumber("EV-2026-007")
        .generatedOn(MON_2026_09_14)
        .responsibleOffice("办公室");
  }

  @Test
  @DisplayName("EX-7: the maker discloses what it made (002 主动公开制度二第4项)")
  void maker2008() {
    DisclosingAgency disclosing =
        DisclosingAgency.forItem(Regime.OGI_2008, item().madeBy(TRANSPORT).keptBy(FINANCE).build());

    assertThat(disclosing.agency()).isEqualTo(TRANSPORT);
    assertThat(disclosing.basis()).isEqualTo(DisclosingAgency.Basis.MAKER);
    assertThat(disclosing.citations()).containsExactly(ExemptionCitations.DOC_002_WHO_DISCLOSES);
    assertThat(disclosing.citations().get(0).wording())
        .isEqualTo(
            "政府机关制作的政府信息，由制作该政府信息的机关负责公开；政府机关从公民、法人或者其他组织获取的政府信息，"
                + "由保存该政府信息的政府机关负责公开。法律、法规、规章规定应当由主管机关公开的政府信息，其他机关不得擅自公开。");
  }

  @Test
  @DisplayName("EX-7: information obtained from others is disclosed by its keeper (OGI_2019 第十条)")
  void keeper2019() {
    DisclosingAgency disclosing =
        DisclosingAgency.forItem(Regime.OGI_2019, item().keptBy(FINANCE).build());

    assertThat(disclosing.agency()).isEqualTo(FINANCE);
    assertThat(disclosing.basis()).isEqualTo(DisclosingAgency.Basis.KEEPER);
    assertThat(disclosing.explain())
        .isEqualTo(
            "[EX-7] “企业环境信用评价材料”系从公民、法人或者其他组织获取，由保存该政府信息的某市财政局负责公开"
                + "（依据《中华人民共和国政府信息公开条例》（国务院令第711号）第十条）");
    assertThat(english(disclosing.findings()))
        .isEqualTo(
            "[EX-7] the item (as recorded) was obtained from citizens, legal persons or other"
                + " organizations and is kept by the government department (as recorded): the"
                + " keeper discloses it (Regulations of the People's Republic of China on Open"
                + " Government Information (State Council Decree No. 711), Art. 10)");
    assertThat(disclosing.explain(Language.ENGLISH)).isEqualTo(english(disclosing.findings()));
    assertThat(disclosing.citations()).containsExactly(ExemptionCitations.OGI_2019_ART_10);
  }

  @Test
  @DisplayName(
      "EX-7: where law names the competent agency, only it discloses, whoever made or keeps the"
          + " item")
  void competentByLaw() {
    InformationItem obtained = item().keptBy(FINANCE).build();

    for (Regime regime : Regime.values()) {
      DisclosingAgency disclosing = DisclosingAgency.forItem(regime, obtained, CITY_OFFICE);
      assertThat(disclosing.agency()).isEqualTo(CITY_OFFICE);
      assertThat(disclosing.basis()).isEqualTo(DisclosingAgency.Basis.COMPETENT_BY_LAW);
      assertThat(disclosing.explain()).contains("其他机关不得擅自公开");
      assertThat(english(disclosing.finding()))
          .contains("other agencies may not disclose it on their own");
      assertThat(disclosing.citations()).isNotEmpty();
    }
  }

  @Test
  @DisplayName("EX-7: jointly made information is disclosed by the lead maker")
  void leadMaker() {
    InformationItem joint = item().madeBy(TRANSPORT).keptBy(TRANSPORT).addCoMakers(POLICE).build();

    DisclosingAgency under2008 = DisclosingAgency.forItem(Regime.OGI_2008, joint);
    DisclosingAgency under2019 = DisclosingAgency.forItem(Regime.OGI_2019, joint);

    assertThat(under2008.agency()).isEqualTo(TRANSPORT);
    assertThat(under2008.basis()).isEqualTo(DisclosingAgency.Basis.LEAD_MAKER);
    assertThat(under2008.citations()).contains(ExemptionCitations.DOC_002_CO_MAKERS);
    assertThat(under2019.citations()).containsExactly(ExemptionCitations.OGI_2019_ART_10_JOINT);
    assertThat(under2019.toString())
        .startsWith("[EX-7] “企业环境信用评价材料”由某市交通运输局牵头，与某市公安局共同制作，由牵头制作的机关负责公开（依据");
    assertThat(english(under2019.findings()))
        .startsWith(
            "[EX-7] the item (as recorded) was made jointly with the government department (as"
                + " recorded) under the lead of the government department (as recorded): the lead"
                + " maker discloses it (");
    assertThat(under2019.findings()).containsExactly(under2019.finding());
    assertThat(under2019.finding().rule()).isEqualTo(Rules.EX_7);
  }
}
