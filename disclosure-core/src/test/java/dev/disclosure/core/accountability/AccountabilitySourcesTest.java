package dev.disclosure.core.accountability;

import static dev.disclosure.core.Renderings.chinese;
import static dev.disclosure.core.Renderings.english;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import dev.disclosure.calendar.Finding;
import dev.disclosure.calendar.FindingKind;
import dev.disclosure.core.Renderings;
import dev.disclosure.core.law.Rules;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The accountability rules of the sources beyond attribution: the sanction ladders of 000, 002 and
 * 003, the inspection measures, the lists of violations, the one-time notice and first-contact
 * duties.
 */
class AccountabilitySourcesTest {

  @Test
  @DisplayName(
      "ACC-2 (000 临海市人防办政务公开责任追究制度七): awards lost, transfer from the post, referral for"
          + " discipline")
  void ladder000() {
    assertThat(SanctionScheme.DOC_000.sanctionsFor(Severity.MINOR))
        .extracting(Sanction::label)
        .containsExactly("对直接责任人告诫或批评教育", "对直接责任人限期改正");
    assertThat(SanctionScheme.DOC_000.sanctionsFor(Severity.AFFECTS_WORK_OR_HARMS_PUBLIC))
        .extracting(Sanction::label)
        .containsExactly("对有关责任人通报批评", "对有关责任人责令作出书面检查", "对有关责任人取消其当年评优、评奖资格");
    assertThat(SanctionScheme.DOC_000.sanctionsFor(Severity.SERIOUS))
        .extracting(Sanction::label)
        .containsExactly(
            "对科室通报批评",
            "对科室责令限期整改",
            "对科室取消评优、评奖资格",
            "对分管领导通报批评",
            "对分管领导取消评优、评奖资格",
            "对分管领导视情节报纪检部门给予相应的党纪政纪处分",
            "对直接责任人调离原工作岗位",
            "对直接责任人建议上级部门按规定给予党纪政纪处分");
    assertThat(SanctionScheme.DOC_000.citation().wording()).contains("对分管道领导给予通报批评");
  }

  @Test
  @DisplayName(
      "ACC-2 (003 XX局六、责任追究): three degrees; minor and work-affecting cases share the first, said in a"
          + " convention")
  void ladder003() {
    List<Finding> minor = SanctionScheme.DOC_003.findings(Severity.MINOR);
    assertThat(minor).extracting(Finding::kind)
        .containsExactly(FindingKind.CONVENTION, FindingKind.APPLIED);
    assertThat(chinese(minor.get(1)))
        .startsWith("[ACC-2] 情节轻微，影响较小 → 对有关科、处、室、所责令改正；对有关科、处、室、所通报批评");
    assertThat(SanctionScheme.DOC_003.sanctionsFor(Severity.AFFECTS_WORK_OR_HARMS_PUBLIC))
        .isEqualTo(SanctionScheme.DOC_003.sanctionsFor(Severity.MINOR));
    assertThat(SanctionScheme.DOC_003.findings(Severity.SERIOUS)).hasSize(1);
    assertThat(SanctionScheme.DOC_003.sanctionsFor(Severity.CRIME))
        .extracting(Sanction::label)
        .containsExactly("对案件依法追究刑事责任");
    assertThat(SanctionScheme.DOC_002.findings(Severity.SERIOUS))
        .containsExactly(SanctionLadder.finding(Severity.SERIOUS));
  }

  @ParameterizedTest(name = "ACC-2: {0} answers every severity in English and Chinese")
  @EnumSource(SanctionScheme.class)
  @DisplayName("ACC-2: every ladder has sanctions for every severity, renderable in both languages")
  void everyLadder(SanctionScheme scheme) {
    for (Severity severity : Severity.values()) {
      assertThat(scheme.sanctionsFor(severity)).isNotEmpty();
      english(scheme.findings(severity));
      assertThat(scheme.findings(severity)).allMatch(f -> f.rule().equals(Rules.ACC_2));
    }
  }

  @Test
  @DisplayName("ACC-2 (000 临海市人防办政务公开监督制度七): five measures by the gravity of the case")
  void inspectionMeasures() {
    assertThat(Arrays.stream(InspectionMeasure.values()).map(InspectionMeasure::label))
        .containsExactly(
            "批评教育，限期整改", "责令责任人员作出书面检查，予以通报批评", "诫勉", "取消当年各类先进参评资格", "给予党纪政纪处分");
    assertThat(chinese(InspectionMeasure.ADMONITION.finding())).startsWith("[ACC-2] 检查发现问题，视情节轻重处理：诫勉");
    for (InspectionMeasure measure : InspectionMeasure.values()) {
      english(measure.finding());
    }
  }

  @ParameterizedTest(name = "ACC-2: {0} has {1} items, last {2}")
  @CsvSource({
    "DOC_002_BODIES, 19, 9",
    "DOC_002_STAFF, 9, 9",
    "DOC_000_SECTIONS, 5, 5",
    "DOC_000_STAFF, 7, 7",
    "DOC_003_OFFICES, 6, 6",
  })
  @DisplayName("ACC-2 (002 责任追究制度二、三; 000 责任追究制度五、六; 003 六): the lists of violations")
  void violationLists(ViolationList list, int size, String last) {
    assertThat(list.items()).hasSize(size);
    assertThat(list.items().get(size - 1).number()).isEqualTo(last);
    for (ViolationList.Item item : list.items()) {
      Renderings.checkedEnglish(item.english());
      english(list.finding(item.number()));
    }
  }

  @Test
  @DisplayName("ACC-2: an act is judged against an item of a list; an unknown item names those there are")
  void violationFinding() {
    assertThat(chinese(ViolationList.DOC_002_BODIES.finding("7")))
        .startsWith("[ACC-2] 属于第7项情形：公开内容不按规定进行保密审查，造成失、泄密，追究主要领导、主管领导和直接责任人的责任");
    assertThat(ViolationList.DOC_002_BODIES.item("1.(10)").label()).endsWith("没有公开责任追究办法");
    assertThat(english(ViolationList.DOC_002_STAFF.finding("6")))
        .contains("falls under item 6: breaking the rules on charges")
        .contains("the persons concerned are held to account");
    assertThatThrownBy(() -> ViolationList.DOC_000_STAFF.item("8"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("DOC_000_STAFF has no item 8; its items are [1, 2, 3, 4, 5, 6, 7]");
  }

  @Test
  @DisplayName(
      "P-ONE-TIME-NOTICE (000 承诺制度二、（三）): the four one-time-notice rules, each a finding with its duty")
  void oneTimeNotice() {
    assertThat(OneTimeNotice.values()).hasSize(4);
    assertThat(chinese(OneTimeNotice.INCOMPLETE.finding()))
        .startsWith("[P-ONE-TIME-NOTICE] 符合规定但手续不全：应一次性告知所缺的材料手续和办事程序、办事依据");
    for (OneTimeNotice notice : OneTimeNotice.values()) {
      english(notice.finding());
      assertThat(OneTimeNotice.CITATION.wording()).contains(notice.duty());
    }
  }

  @Test
  @DisplayName("P-SERVICE (000 承诺制度二、（二）): the first-contact responsibility by case")
  void firstContact() {
    assertThat(chinese(FirstContactDuty.OUTSIDE_REMIT.finding()))
        .startsWith("[P-SERVICE] 首问责任制：不属于首问责任人所在科室职责范围内的事，首问责任人要负责引导群众到承办的部门");
    for (FirstContactDuty duty : FirstContactDuty.values()) {
      english(duty.finding());
      assertThat(FirstContactDuty.CITATION.wording()).contains(duty.duty());
    }
  }

  @Test
  @DisplayName("ACC-2, ACC-3: null checks on the new entry points")
  void nulls() {
    NullPointerTester tester = new NullPointerTester();
    for (Class<?> type : List.of(SanctionScheme.class, ViolationList.class)) {
      tester.testAllPublicStaticMethods(type);
    }
    tester.testAllPublicInstanceMethods(SanctionScheme.DOC_000);
    tester.testAllPublicInstanceMethods(ViolationList.DOC_002_STAFF);
    tester.testAllPublicConstructors(ViolationList.Item.class);
  }
}
