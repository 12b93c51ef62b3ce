package dev.disclosure.core.proactive;

import static org.assertj.core.api.Assertions.assertThat;

import dev.disclosure.calendar.Phrase;
import dev.disclosure.core.InformationCategory;
import java.util.List;
import java.util.function.ToIntFunction;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Each catalog's categories carry their number in the source's list and the catalog's name (PRO-1). */
class CatalogNumbersTest {

  private static <E extends Enum<E> & InformationCategory> void numbered(
      E[] values, ToIntFunction<E> number, int size, String catalog, String first) {
    assertThat(values).hasSize(size);
    for (int i = 0; i < values.length; i++) {
      assertThat(number.applyAsInt(values[i])).as(values[i].name()).isEqualTo(i + 1);
      assertThat(values[i].catalogLabel()).isEqualTo(catalog);
      assertThat(values[i].label()).as(values[i].name()).isNotBlank();
    }
    assertThat(values[0].label()).isEqualTo(first);
  }

  @Test
  @DisplayName(
      "PRO-1: the 22 county-level and 8 township key categories, numbered from 1 in the sources'"
          + " order, under their catalogs' names")
  void keyCategories() {
    numbered(CountyKeyCategory.values(), CountyKeyCategory::number, 22, "县级以上政府和部门主动公开重点内容",
        "经济、社会管理和公共服务中涉及的法律、法规、规章和规范性文件");
    numbered(TownshipKeyCategory.values(), TownshipKeyCategory::number, 8, "乡（镇）政府主动公开重点内容",
        "贯彻落实国家关于农村工作政策的情况");
  }

  @Test
  @DisplayName(
      "PRO-1: the local catalogs of the source documents — school (11), cooperative (6), justice"
          + " bureau (7), 八公开 (8), published commitments (6) — numbered from 1 under their names")
  void localCatalogs() {
    numbered(SchoolCategory.values(), SchoolCategory::number, 11, "学校主动公开的信息",
        "学校基本情况，包括历史沿革、办学性质、办学地点、办学规模、办学基本条件、机构职能、联系方式等");
    numbered(CooperativeCategory.values(), CooperativeCategory::number, 6, "供销社主动公开信息", "机构职能");
    numbered(JusticeBureauCategory.values(), JusticeBureauCategory::number, 7, "司法局政务公开内容",
        "本局工作职责");
    numbered(EightDisclosures.values(), EightDisclosures::number, 8, "八公开",
        "公开部门职责以及具体办事人员的职务姓名、工作范围和权限");
    numbered(PublishedCommitment.values(), PublishedCommitment::number, 6, "法规政策公布承诺",
        "省财政、物价部门批准的收费标准");
    for (DepartmentCategory category : DepartmentCategory.values()) {
      assertThat(category.catalogLabel()).isEqualTo("部门公开目录");
    }
  }

  @Test
  @DisplayName("PRO-1: restricted information has an English name without Chinese characters")
  void restrictedEnglish() {
    for (RestrictedInformation kind : RestrictedInformation.values()) {
      assertThat(kind.english()).as(kind.name()).isNotBlank();
      assertThat(Phrase.hasChinese(kind.english())).as(kind.english()).isFalse();
    }
    assertThat(List.of(RestrictedInformation.values())).isNotEmpty();
  }
}
