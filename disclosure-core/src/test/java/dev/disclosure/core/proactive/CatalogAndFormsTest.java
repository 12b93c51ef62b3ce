package dev.disclosure.core.proactive;

import static dev.disclosure.core.proactive.Fixtures.BUDGET;
import static dev.disclosure.core.proactive.Fixtures.BUREAU;
import static dev.disclosure.core.proactive.Fixtures.MON_2026_09_28;
import static dev.disclosure.core.proactive.Fixtures.PORTAL_AND_GAZETTE;
import static dev.disclosure.core.proactive.Fixtures.SCHOOL;
import static dev.disclosure.core.proactive.Fixtures.TOWN;
import static dev.disclosure.core.proactive.Fixtures.TUE_2026_09_29;
import static dev.disclosure.core.proactive.Fixtures.item;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.disclosure.core.Agency;
import dev.disclosure.core.AgencyLevel;
import dev.disclosure.core.InformationItem;
import dev.disclosure.core.InvalidFactsException;
import dev.disclosure.core.law.Rules;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The catalogs (PRO-1), the item elements (PRO-2) and the forms of publication (PRO-5). */
class CatalogAndFormsTest {

  @Nested
  @DisplayName("PRO-1 catalogs")
  class Catalogs {

    @ParameterizedTest(name = "PRO-1: {0} → {1} ({2} categories)")
    @CsvSource({
      "COUNTY_AND_ABOVE, COUNTY_KEY_CATEGORIES, 22",
      "TOWNSHIP, TOWNSHIP_KEY_CATEGORIES, 8",
      "DEPARTMENT, DEPARTMENT_CATALOG, 5",
    })
    @DisplayName("PRO-1: each kind of government body has its catalog")
    void catalogForLevel(AgencyLevel level, ProactiveCatalog catalog, int size) {
      assertThat(ProactiveCatalog.forLevel(level)).contains(catalog);
      assertThat(catalog.categories()).hasSize(size);
    }

    @ParameterizedTest(name = "PRO-1: {0} has no catalog in the rules")
    @CsvSource({"SCHOOL", "PUBLIC_ENTERPRISE"})
    @DisplayName("PRO-1 [convention]: schools and public enterprises get no guessed catalog")
    void noCatalog(AgencyLevel level) {
      assertThat(ProactiveCatalog.forLevel(level)).isEmpty();
    }

    @Test
    @DisplayName("PRO-1: categories come in the official order, labelled in Chinese")
    void officialOrder() {
      assertThat(ProactiveCatalog.COUNTY_KEY_CATEGORIES.categories())
          .first()
          .isEqualTo(CountyKeyCategory.LAWS_AND_NORMATIVE_DOCUMENTS);
      assertThat(ProactiveCatalog.COUNTY_KEY_CATEGORIES.categories().get(19).label())
          .isEqualTo("政府财政预算、决算和执行情况");
      assertThat(ProactiveCatalog.TOWNSHIP_KEY_CATEGORIES.categories())
          .last()
          .isEqualTo(TownshipKeyCategory.FAMILY_PLANNING);
      assertThat(ProactiveCatalog.DEPARTMENT_CATALOG.categories())
          .extracting(category -> category.label())
          .containsExactly("机构职能", "政策法规", "规划计划", "业务工作", "其它");
    }

    @Test
    @DisplayName("PRO-1: a catalog's label is its categories' catalog label")
    void labels() {
      for (ProactiveCatalog catalog : ProactiveCatalog.values()) {
        assertThat(catalog.categories())
            .allSatisfy(category -> assertThat(category.catalogLabel()).isEqualTo(catalog.label()));
      }
      assertThat(ProactiveCatalog.TOWNSHIP_KEY_CATEGORIES.label()).isEqualTo("乡（镇）政府主动公开重点内容");
    }

    @Test
    @DisplayName("PRO-1: key catalogs cite their list and the wide-public-interest clause")
    void citations() {
      assertThat(ProactiveCatalog.COUNTY_KEY_CATEGORIES.citations())
          .extracting(citation -> citation.provision())
          .containsExactly("主动公开制度一、1", "主动公开制度一、4");
      assertThat(ProactiveCatalog.TOWNSHIP_KEY_CATEGORIES.citations().get(0).wording())
          .isEqualTo("乡（镇）政府须主动公开的重点内容。");
      assertThat(ProactiveCatalog.DEPARTMENT_CATALOG.citations().get(0).toReference())
          .isEqualTo("依据《信息公开工作计划》等篇（来源文件003）XX局政府信息公开工作三、公开内容");
    }
  }

  @Nested
  @DisplayName("PRO-2 item elements")
  class Elements {

    @Test
    @DisplayName("PRO-2: an item without its index number cannot be published")
    void missingIndexNumber() {
      assertThatThrownBy(
              () ->
                  InformationItem.builder()
                      .category(DepartmentCategory.PLANS)
                      .title("2026年工作要点")
                      .generatedOn(MON_2026_09_28)
                      .responsibleOffice("办公室")
                      .keptBy(BUREAU)
                      .build())
          .isInstanceOf(InvalidFactsException.class)
          .hasMessageContaining("PRO-2")
          .hasMessageContaining("indexNumber");
    }

    @Test
    @DisplayName("PRO-2: a publication names the item by title and index number (索引号)")
    void publicationNamesItem() {
      Publication publication = Publication.of(BUDGET, TUE_2026_09_29, PORTAL_AND_GAZETTE);
      assertThat(publication.item().indexNumber()).isEqualTo("000014349/2026-00101");
      assertThat(publication)
          .hasToString(
              "2026年财政预算执行情况 (索引号 000014349/2026-00101) published 2026-09-29"
                  + " [PORTAL_CATALOG, GAZETTE]");
    }
  }

  @Nested
  @DisplayName("PRO-5 forms")
  class Forms {

    @Test
    @DisplayName("PRO-5: eight forms, each with its official wording")
    void labels() {
      assertThat(PublicationForm.values()).hasSize(8);
      assertThat(PublicationForm.PRESS_CONFERENCE.label()).isEqualTo("新闻发布会");
      assertThat(PublicationForm.ARCHIVE_READING_CENTER.label()).isEqualTo("政府在档案馆设立的现行文件查阅中心");
      assertThat(Arrays.stream(PublicationForm.values()).map(PublicationForm::label).distinct())
          .hasSize(8);
      assertThat(PublicationForm.GAZETTE.citation().provision()).isEqualTo("主动公开制度三");
    }

    @ParameterizedTest(name = "PRO-5: {0} publishing in [{1}] is valid: {2}")
    @CsvSource({
      "COUNTY_AND_ABOVE, PORTAL_CATALOG GAZETTE, true",
      "TOWNSHIP, PORTAL_CATALOG NOTICE_BOARDS HANDBOOKS_AND_NOTICES, true",
      "DEPARTMENT, PORTAL_CATALOG ARCHIVE_READING_CENTER, true",
      "COUNTY_AND_ABOVE, PORTAL_CATALOG, false",
      "DEPARTMENT, GAZETTE MEDIA, false",
      "TOWNSHIP, '', false",
      "SCHOOL, PORTAL_CATALOG, true",
      "SCHOOL, NOTICE_BOARDS, true",
      "SCHOOL, '', false",
      "PUBLIC_ENTERPRISE, MEDIA, true",
      "PUBLIC_ENTERPRISE, '', false",
    })
    @DisplayName(
        "PRO-5: the portal catalog plus one or more forms for governments; one or more otherwise")
    void formRules(AgencyLevel level, String forms, boolean valid) {
      InformationItem item = item("通知", "IDX-1", MON_2026_09_28, Agency.of("某机关", level));
      Set<PublicationForm> set = forms(forms);
      if (valid) {
        assertThat(Publication.of(item, MON_2026_09_28, set).forms()).isEqualTo(set);
      } else {
        assertThatThrownBy(() -> Publication.of(item, MON_2026_09_28, set))
            .isInstanceOf(InvalidFactsException.class)
            .hasMessageContaining("PRO-5");
      }
    }

    @Test
    @DisplayName(
        "PRO-5: a government's empty forms break both halves of the rule, reported at once")
    void bothProblems() {
      InvalidFactsException refused =
          assertThrows(
              InvalidFactsException.class,
              () -> Publication.of(BUDGET, MON_2026_09_28.minusDays(1), Set.of()));
      assertThat(refused.problems()).hasSize(3);
      assertThat(refused.rules()).containsExactly(Rules.PRO_3, Rules.PRO_5, Rules.PRO_5);
      assertThat(refused.problems().get(0).detail()).startsWith("publishedOn 2026-09-27 is before");
      assertThat(refused.problems().get(1).detail()).contains("lack PORTAL_CATALOG");
      assertThat(refused.problems().get(2).detail()).contains("add no form to the portal catalog");
    }

    @Test
    @DisplayName("PRO-5 / EX-7: information obtained from others follows its keeper's form rule")
    void keeperPublishes() {
      InformationItem obtained =
          InformationItem.builder()
              .category(DepartmentCategory.OTHER)
              .title("学生资助申请汇总")
              .indexNumber("IDX-2")
              .generatedOn(MON_2026_09_28)
              .responsibleOffice("学生处")
              .keptBy(SCHOOL)
              .build();
      assertThat(Publication.of(obtained, MON_2026_09_28, EnumSet.of(PublicationForm.MEDIA)))
          .isNotNull();
      assertThatThrownBy(
              () ->
                  Publication.of(
                      item("通知", "IDX-3", MON_2026_09_28, TOWN),
                      MON_2026_09_28,
                      EnumSet.of(PublicationForm.MEDIA)))
          .hasMessageContaining("乡（镇）人民政府 publishes on the basis of its portal");
    }
  }

  private static Set<PublicationForm> forms(String names) {
    if (names.isBlank()) {
      return EnumSet.noneOf(PublicationForm.class);
    }
    return Arrays.stream(names.split(" "))
        .map(PublicationForm::valueOf)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(PublicationForm.class)));
  }
}
