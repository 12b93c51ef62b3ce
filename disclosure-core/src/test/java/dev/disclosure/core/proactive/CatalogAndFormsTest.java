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
      "SCHOOL, SCHOOL_CATALOG, 11",
    })
    @DisplayName("PRO-1: each kind of government body has its catalog")
    void catalogForLevel(AgencyLevel level, ProactiveCatalog catalog, int size) {
      assertThat(ProactiveCatalog.forLevel(level)).contains(catalog);
      assertThat(catalog.categories()).hasSize(size);
    }

    @Test
    @DisplayName("PRO-1 [convention]: public enterprises get no guessed catalog")
    void noCatalog() {
      assertThat(ProactiveCatalog.forLevel(AgencyLevel.PUBLIC_ENTERPRISE)).isEmpty();
    }

    @Test
    @DisplayName(
        "PRO-1 regression (003 小学信息公开工作实施方案二、（一）): a school has the eleven kinds of information"
            + " it publishes proactively, in the source's order and words")
    void schoolCatalog() {
      assertThat(ProactiveCatalog.forLevel(AgencyLevel.SCHOOL))
          .contains(ProactiveCatalog.SCHOOL_CATALOG);
      assertThat(ProactiveCatalog.SCHOOL_CATALOG.categories())
          .extracting(category -> category.label())
          .containsExactly(
              "学校基本情况，包括历史沿革、办学性质、办学地点、办学规模、办学基本条件、机构职能、联系方式等",
              "学校现行规章制度以及办事流程",
              "学校发展规划、年度工作计划及其执行情况",
              "学校招生的计划、范围、对象，中小学学生学籍管理规定和评优奖励办法，学费（保育费）减免的申请条件、审批程序和结果",
              "学校收费的类别、项目、标准、依据、范围、计费单位和批准机关以及监督电话",
              "学校教学科研工作的有关规定，教学与科研成果评选，课程设置方案与教学计划及执行情况",
              "学校教职工招聘、职称评聘、职务晋升、评优的条件、程序、结果及争议解决办法，绩效考核及绩效工资分配办法，教师培训等师资建设情况",
              "学校数量较多的物资采购、基本建设与维修、房产承包与租赁等的招投标结果及实际执行情况",
              "学校经费收支情况，资产和受赠物的管理使用情况",
              "学生用餐、组织活动等服务事项及安全管理情况，自然灾害、传染病等涉及师生安全的突发公共事件应急预案及处置情况",
              "其他应当主动公开的情况");
      assertThat(SchoolCategory.OTHER.number()).isEqualTo(11);
      assertThat(ProactiveCatalog.SCHOOL_CATALOG.label()).isEqualTo("学校主动公开的信息");
      assertThat(ProactiveCatalog.SCHOOL_CATALOG.citations().get(0).provision())
          .isEqualTo("小学信息公开工作实施方案二、（一）主动公开的信息");
    }

    @ParameterizedTest(name = "PRO-1: {0} has {1} categories, first {2}, last {3}")
    @CsvSource({
      "COOPERATIVE_CATALOG, 6, 机构职能, 与人民群众切身利益相关的各类动态性信息",
      "JUSTICE_BUREAU_CATALOG, 7, 本局工作职责, 局机关副科级以上干部职务任前公示",
      "EIGHT_DISCLOSURES, 8, 公开部门职责以及具体办事人员的职务姓名、工作范围和权限, 其它需要公开的热点难点问题",
      "PUBLISHED_COMMITMENTS, 6, 省财政、物价部门批准的收费标准, 监督投诉电话",
    })
    @DisplayName(
        "PRO-1 (000 司法局四、国土资源局八公开、人防办承诺制度; 003 供销社二、（二）): the local catalogs, chosen by name")
    void localCatalogs(ProactiveCatalog catalog, int size, String first, String last) {
      assertThat(catalog.categories()).hasSize(size);
      assertThat(catalog.categories().get(0).label()).isEqualTo(first);
      assertThat(catalog.categories().get(size - 1).label()).isEqualTo(last);
      assertThat(EnumSet.allOf(AgencyLevel.class))
          .allSatisfy(level -> assertThat(ProactiveCatalog.forLevel(level)).isNotEqualTo(java.util.Optional.of(catalog)));
      assertThat(catalog.citations()).isNotEmpty();
    }

    @Test
    @DisplayName("PRO-1 (000 司法局): 职责类 1–3, 政务类 4–7")
    void justiceBureauKinds() {
      assertThat(JusticeBureauCategory.SECTION_HEADS.kind()).isEqualTo("职责类");
      assertThat(JusticeBureauCategory.PROCEDURES.kind()).isEqualTo("政务类");
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
          .containsExactly("机构职能", "政策法规", "规划计划", "业务工作", "其它信息");
      assertThat(DepartmentCategory.OPERATIONS.content()).isEqualTo("本机关各项业务工作名称及其应主动公开的工作信息");
      assertThat(DepartmentCategory.OTHER.content())
          .isEqualTo("本机关其它应主动公开的信息，如机关内部建设、公务员考核等不便分类的各项工作信息");
      assertThat(DepartmentCategory.ORGANIZATION_AND_FUNCTIONS.content())
          .startsWith("机构名称、办公地点")
          .endsWith("联系电话、投诉电话及网上投诉信箱等内容");
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
          .isEqualTo("乡（镇）政府须主动公开的重点内容");
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
