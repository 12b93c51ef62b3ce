package dev.disclosure.core.proactive;

import static dev.disclosure.core.Renderings.checkedEnglish;
import static dev.disclosure.core.Renderings.chinese;
import static dev.disclosure.core.Renderings.english;
import static dev.disclosure.core.proactive.Fixtures.BUDGET;
import static dev.disclosure.core.proactive.Fixtures.FRI_2026_10_23;
import static dev.disclosure.core.proactive.Fixtures.FRI_2026_10_30;
import static dev.disclosure.core.proactive.Fixtures.MON_2026_09_28;
import static dev.disclosure.core.proactive.Fixtures.OFFICIAL;
import static dev.disclosure.core.proactive.Fixtures.PORTAL_AND_GAZETTE;
import static dev.disclosure.core.proactive.Fixtures.SCHOOL;
import static dev.disclosure.core.proactive.Fixtures.THU_2026_10_08;
import static dev.disclosure.core.proactive.Fixtures.TUE_2026_09_01;
import static dev.disclosure.core.proactive.Fixtures.TUE_2026_09_29;
import static dev.disclosure.core.proactive.Fixtures.item;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.disclosure.calendar.Deadline;
import dev.disclosure.calendar.Finding;
import dev.disclosure.calendar.Language;
import dev.disclosure.core.InvalidFactsException;
import dev.disclosure.core.law.LegalPeriods;
import dev.disclosure.core.law.Rules;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Changes, revocations and terminations of published items (PRO-6, P-CHANGE-UPDATE). */
class ItemChangeTest {

  private static final Publication PUBLISHED =
      Publication.of(BUDGET, MON_2026_09_28, PORTAL_AND_GAZETTE);

  @ParameterizedTest(name = "PRO-6: {0} ({1})")
  @CsvSource({"CHANGE, 变更", "REVOCATION, 撤销", "TERMINATION, 终止"})
  @DisplayName(
      "PRO-6 / P-CHANGE-UPDATE: every kind is published from its day; only a change of content has"
          + " the supply deadline of 003's assessment (变更内容)")
  void kinds(ChangeKind kind, String label) {
    ItemChange change = ItemChange.of(PUBLISHED, kind, MON_2026_09_28, "预算调整，原公开内容同步更新");
    assertThat(kind.label()).isEqualTo(label);
    assertThat(change.supplyDeadline(OFFICIAL).map(Deadline::dueDate))
        .isEqualTo(kind == ChangeKind.CHANGE ? Optional.of(FRI_2026_10_23) : Optional.empty());
    assertThat(change.publicationDeadline(OFFICIAL).dueDate()).isEqualTo(FRI_2026_10_30);
    assertThat(change.citation().provision()).isEqualTo("主动公开制度二、9");
  }

  @Test
  @DisplayName("P-CHANGE-UPDATE: changed content is supplied within 15 working days, across 国庆节")
  void supplyDeadline() {
    Deadline supply =
        ItemChange.of(PUBLISHED, ChangeKind.CHANGE, MON_2026_09_28, "预算调整")
            .supplyDeadline(OFFICIAL)
            .orElseThrow();
    assertThat(supply.period()).isEqualTo(LegalPeriods.P_CHANGE_UPDATE);
    assertThat(supply.dueDate()).isEqualTo(FRI_2026_10_23);
    assertThat(supply.explain())
        .isEqualTo(
            "[CAL-4] 自2026年9月28日起算（当日不计入），15个工作日（P-CHANGE-UPDATE） → 2026年10月23日"
                + "（依据《信息公开工作计划》等篇（来源文件003）XX局政府信息公开工作五、考核；《中华人民共和国民法典》第二百零一条）");
    assertThat(checkedEnglish(supply.explain(Language.ENGLISH)))
        .isEqualTo(
            "[CAL-4] runs from 2026-09-28 (not counted); 15 working days (P-CHANGE-UPDATE) →"
                + " 2026-10-23 (Source document 003 (work plan for open information); Civil Code of"
                + " the People's Republic of China, Art. 201)");
  }

  @Test
  @DisplayName(
      "PRO-6: the publication deadline of a change is explained as a new item's, from the change")
  void publicationDeadline() {
    PublicationDeadline deadline =
        ItemChange.of(PUBLISHED, ChangeKind.REVOCATION, MON_2026_09_28, "该预算已被新预算替代")
            .publicationDeadline(OFFICIAL);
    Finding basis = deadline.findings().get(0);
    assertThat(basis.rule()).isEqualTo(Rules.PRO_6);
    assertThat(chinese(basis))
        .isEqualTo(
            "[PRO-6] “2026年财政预算执行情况”于2026年9月28日撤销，由某县人民政府 (县级以上人民政府)按新信息审核、登记并公开，"
                + "自变更之日起P-PROACTIVE：自该政府信息形成或者变更之日起20个工作日内及时公开"
                + "（依据《政务公开工作制度》（来源文件002）主动公开制度二、9）");
    assertThat(english(basis))
        .isEqualTo(
            "[PRO-6] the revocation of the item (as recorded) on 2026-09-28 is reviewed, filed and"
                + " published like a new item by its publisher (as recorded), within P-PROACTIVE"
                + " from the change (Source"
                + " document 002 (rules for open government affairs work))");
    assertThat(deadline.findings().get(1).dueDate()).contains(FRI_2026_10_30);
    assertThat(basis.citations()).containsExactly(ProactiveCitations.CHANGES);
    assertThat(deadline.start()).isEqualTo(MON_2026_09_28);
  }

  @Test
  @DisplayName("PRO-6 / P-PROACTIVE-SCHOOL: a school's change is published within 30 days of it")
  void schoolChange() {
    Publication schoolPublication =
        Publication.of(
            item("2026年秋季招生计划", "XX-2026-030", TUE_2026_09_01, SCHOOL),
            TUE_2026_09_01,
            EnumSet.of(PublicationForm.NOTICE_BOARDS));
    ItemChange change =
        ItemChange.of(schoolPublication, ChangeKind.CHANGE, TUE_2026_09_01, "招生人数调整");
    assertThat(change.publicationDeadline(OFFICIAL).dueDate()).isEqualTo(THU_2026_10_08);
  }

  @Test
  @DisplayName(
      "PRO-6: a change without explanation, dated before the publication, is refused at once")
  void refused() {
    InvalidFactsException refused =
        assertThrows(
            InvalidFactsException.class,
            () ->
                ItemChange.of(
                    PUBLISHED, ChangeKind.TERMINATION, MON_2026_09_28.minusDays(3), "  "));
    assertThat(refused.problems())
        .extracting(Object::toString)
        .containsExactly(
            "PRO-6: explanation is blank; the public is told of the 终止 with an explanation"
                + " (及时告知公众并作出说明)",
            "PRO-6: changedOn 2026-09-25 is before the original publication on 2026-09-28; only a"
                + " published item is changed, revoked or terminated");
    assertThat(refused).hasMessageStartingWith("ItemChange (终止) of '2026年财政预算执行情况' has 2 problems");
  }

  @Test
  @DisplayName("PRO-6: a change on the day of publication is allowed; the change keeps its facts")
  void sameDay() {
    ItemChange change = ItemChange.of(PUBLISHED, ChangeKind.CHANGE, MON_2026_09_28, "更正错别字");
    assertThat(change.original()).isEqualTo(PUBLISHED);
    assertThat(change.kind()).isEqualTo(ChangeKind.CHANGE);
    assertThat(change.changedOn()).isEqualTo(MON_2026_09_28);
    assertThat(change.explanation()).isEqualTo("更正错别字");
    assertThat(change).hasToString("变更 of '2026年财政预算执行情况' on 2026-09-28: 更正错别字");
    assertThat(ItemChange.of(PUBLISHED, ChangeKind.CHANGE, TUE_2026_09_29, "x").changedOn())
        .isAfter(change.changedOn());
  }
}
