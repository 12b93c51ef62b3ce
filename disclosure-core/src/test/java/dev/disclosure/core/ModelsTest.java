package dev.disclosure.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.disclosure.core.law.Rules;
import dev.disclosure.core.proactive.CountyKeyCategory;
import dev.disclosure.core.proactive.DepartmentCategory;
import dev.disclosure.core.proactive.TownshipKeyCategory;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ModelsTest {

  static final Agency CITY = Agency.of("某市人民政府", AgencyLevel.COUNTY_AND_ABOVE);
  static final Agency BUREAU = Agency.of("某市财政局", AgencyLevel.DEPARTMENT);
  static final Agency TAX = Agency.of("某市税务局", AgencyLevel.DEPARTMENT);

  static InformationItem.Builder budget() {
    return InformationItem.builder()
        .category(CountyKeyCategory.BUDGETS_AND_FINAL_ACCOUNTS)
        .title("2026年市级财政预算执行情况")
        .indexNumber("11330000/2026-00123")
        .generatedOn(LocalDate.of(2026, 9, 28))
        .responsibleOffice("预算处")
        .madeBy(BUREAU)
        .keptBy(BUREAU);
  }

  @Test
  @DisplayName("PRO-2: an item carries category, title, index number, generation date and office")
  void itemElements() {
    InformationItem item = budget().build();
    assertThat(item.category().label()).isEqualTo("政府财政预算、决算和执行情况");
    assertThat(item.category().catalogLabel()).isEqualTo("县级以上政府和部门主动公开重点内容");
    assertThat(item.indexNumber()).isEqualTo("11330000/2026-00123");
    assertThat(item.marking()).isEqualTo(SecrecyMarking.NONE);
    assertThat(item.coMakers()).isEmpty();
    assertThat(item).isEqualTo(budget().build());
  }

  @Test
  @DisplayName("PRO-2: every missing element is reported at once, as a typed error")
  void missingElements() {
    assertThatThrownBy(() -> InformationItem.builder().title("x").build())
        .isInstanceOf(InvalidFactsException.class)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("category")
        .hasMessageContaining("indexNumber")
        .hasMessageContaining("generatedOn")
        .hasMessageContaining("keptBy");
    InvalidFactsException blank =
        org.junit.jupiter.api.Assertions.assertThrows(
            InvalidFactsException.class,
            () -> budget().title(" ").indexNumber("").responsibleOffice("").build());
    assertThat(blank.problems()).hasSize(3);
  }

  @Test
  @DisplayName("EX-6: joint makers need a lead maker, and the lead is not its own co-maker")
  void coMakers() {
    InformationItem joint = budget().addCoMakers(TAX).build();
    assertThat(joint.coMakers()).containsExactly(TAX);
    assertThatThrownBy(() -> budget().addCoMakers(BUREAU).build())
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("also listed as a co-maker");
    assertThatThrownBy(
            () ->
                InformationItem.builder()
                    .from(budget().build())
                    .madeBy(java.util.Optional.empty())
                    .addCoMakers(TAX)
                    .build())
        .hasMessageContaining("without a lead maker");
    assertThatThrownBy(() -> budget().addCoMakers(TAX, TAX).build())
        .hasMessageContaining("twice");
  }

  @Test
  @DisplayName("EX-7: information obtained from others has no maker agency, only a keeper")
  void obtainedFromOthers() {
    InformationItem obtained =
        InformationItem.builder().from(budget().build()).madeBy(java.util.Optional.empty()).build();
    assertThat(obtained.madeBy()).isEmpty();
    assertThat(obtained.keptBy()).isEqualTo(BUREAU);
  }

  @Test
  @DisplayName("REQ-1: an applicant is named, reachable, and of one of the six report kinds")
  void applicants() {
    Applicant person = Applicant.of("张三", ApplicantKind.NATURAL_PERSON, "13800000000");
    assertThat(person.kind().isNaturalPerson()).isTrue();
    assertThat(ApplicantKind.values()).hasSize(6);
    assertThat(ApplicantKind.LEGAL_SERVICE_INSTITUTION.label()).isEqualTo("法律服务机构");
    InvalidFactsException error =
        org.junit.jupiter.api.Assertions.assertThrows(
            InvalidFactsException.class,
            () -> Applicant.of(" ", ApplicantKind.OTHER_ORGANIZATION, ""));
    assertThat(error.rules()).containsExactly(Rules.REQ_1, Rules.REQ_1);
  }

  @Test
  @DisplayName("an agency has a name and a level")
  void agencies() {
    assertThat(CITY.toString()).isEqualTo("某市人民政府 (县级以上人民政府)");
    assertThatThrownBy(() -> Agency.of("", AgencyLevel.TOWNSHIP))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("name is blank");
  }

  @Test
  @DisplayName("EX-4: 秘密, 机密 and 绝密 are classified markings")
  void markings() {
    assertThat(SecrecyMarking.NONE.isClassified()).isFalse();
    assertThat(SecrecyMarking.TOP_SECRET.isClassified()).isTrue();
    assertThat(SecrecyMarking.CONFIDENTIAL.label()).isEqualTo("机密");
  }

  @Test
  @DisplayName("PRO-1: 22 county categories, 8 township categories, 5 department categories")
  void catalogs() {
    assertThat(CountyKeyCategory.values()).hasSize(22);
    assertThat(CountyKeyCategory.RECRUITMENT_AND_PLACEMENT.number()).isEqualTo(22);
    assertThat(TownshipKeyCategory.values()).hasSize(8);
    assertThat(TownshipKeyCategory.FAMILY_PLANNING.label()).isEqualTo("执行计划生育政策的情况");
    assertThat(DepartmentCategory.values())
        .extracting(DepartmentCategory::label)
        .containsExactly("机构职能", "政策法规", "规划计划", "业务工作", "其它信息");
  }
}
