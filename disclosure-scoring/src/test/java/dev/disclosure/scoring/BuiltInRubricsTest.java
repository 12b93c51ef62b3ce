package dev.disclosure.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.disclosure.calendar.FindingKind;
import dev.disclosure.calendar.Language;
import dev.disclosure.core.InvalidFactsException;
import dev.disclosure.core.law.Rules;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("SC-3 … SC-6: the composite (003), department deductions, the annual assessment "
    + "(002) and internal grades (000)")
class BuiltInRubricsTest {

  private static final CompositeAssessment.ProblemSource STATE =
      CompositeAssessment.ProblemSource.STATE_OR_PROVINCIAL_INSPECTION;

  @Test
  @DisplayName("SC-4: 30 % ledger (100 − 1.5 per problem) + 40 % mean of two self-assessments + "
      + "30 % third party — 28.65 + 35 + 26.4 = 90.05 优秀; every grade is reported to the city")
  void composite() {
    ScoreCard card = CompositeAssessment.assess("某县",
        Map.of(STATE, 2, CompositeAssessment.ProblemSource.HOT_ISSUE, 1),
        Points.of(90), Points.of(85), Points.of(88)).score();
    assertThat(card.criterion(CompositeAssessment.ROUTINE).onScale()).isEqualTo(Points.of("95.5"));
    assertThat(card.criterion(CompositeAssessment.ROUTINE).score()).isEqualTo(Points.of("28.65"));
    assertThat(card.criterion(CompositeAssessment.SELF).score()).isEqualTo(Points.of(35));
    assertThat(card.total()).isEqualTo(Points.of("90.05"));
    assertThat(card.grade()).isEqualTo("优秀");
    assertThat(card.consequences()).extracting(Consequence::kind)
        .containsExactly(Consequence.Kind.RESULT_REPORTED);
    assertThat(card.findings()).extracting(f -> f.rule()).containsOnly(Rules.SC_4);
    assertThat(Language.CHINESE.render(card.findings()))
        .contains("平时考核 国务院办公厅和省政府办公厅检查通报的问题（县区政府含部门），每个问题扣1.5分")
        .contains("得分95.5分（满分100分），折合28.65分（权重分值30分）");
  }

  @Test
  @DisplayName("SC-4: a county's departments' problems count against the county (每个问题（县区政府含部门）); "
      + "a third-party mean of 80.1, 80.1 and 80.2 stays 1202/15")
  void countyAndMeans() {
    Assessment county = Assessment.of(CompositeAssessment.rubric(), "某县")
        .with(CompositeAssessment.problem(STATE, 1, "县政府门户网站"))
        .with(CompositeAssessment.problem(STATE, 2, "县教育局", "省办通报2026-6"))
        .with(Occurrence.of(CompositeAssessment.SELF, CompositeAssessment.SCORE, Points.of(90), "上半年"))
        .with(Occurrence.of(CompositeAssessment.SELF, CompositeAssessment.SCORE, Points.of(91), "下半年"))
        .with(Occurrence.of(CompositeAssessment.THIRD_PARTY, CompositeAssessment.SCORE, Points.of("80.1"), "甲机构"))
        .with(Occurrence.of(CompositeAssessment.THIRD_PARTY, CompositeAssessment.SCORE, Points.of("80.1"), "乙机构"))
        .with(Occurrence.of(CompositeAssessment.THIRD_PARTY, CompositeAssessment.SCORE, Points.of("80.2"), "丙机构"));
    ScoreCard card = county.score();
    assertThat(card.criterion(CompositeAssessment.ROUTINE).onScale()).isEqualTo(Points.of("95.5"));
    assertThat(card.criterion(CompositeAssessment.THIRD_PARTY).onScale()).isEqualTo(Points.fraction(1202, 15));
    assertThat(card.exactTotal()).isEqualTo(Points.of("28.65").plus(Points.of("36.2"))
        .plus(Points.fraction(1202, 50)));
    assertThat(card.explain()).contains("县教育局");
  }

  @Test
  @DisplayName("SC-4: the ledger stops at zero [convention: 003 is silent], stated in a finding; "
      + "a negative count or a score outside [0, 100] is refused, every problem named")
  void ledgerFloorAndRefusals() {
    ScoreCard card = CompositeAssessment.assess("某部门", Map.of(STATE, 70),
        Points.of(80), Points.of(80), Points.of(80)).score();
    assertThat(card.criterion(CompositeAssessment.ROUTINE).score()).isEqualTo(Points.ZERO);
    assertThat(card.total()).isEqualTo(Points.of(56));
    assertThat(card.grade()).isEqualTo("不合格");
    assertThat(card.findings()).filteredOn(f -> f.kind() == FindingKind.CONVENTION).singleElement()
        .satisfies(f -> assertThat(Language.CHINESE.render(f)).contains("扣分105分，以该项分值为限扣100分"));
    assertThatThrownBy(() -> CompositeAssessment.assess("某部门", Map.of(STATE, -1),
            Points.of(101), Points.of(80), Points.of(-1)))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("problem count -1");
    assertThatThrownBy(() -> CompositeAssessment.assess("某部门", Map.of(),
            Points.of(101), Points.of(80), Points.of(-1)))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("a score of 101 is outside [0, 100]")
        .hasMessageContaining("a score of -1 is outside [0, 100]");
  }

  @ParameterizedTest(name = "{0} → {1}")
  @DisplayName("SC-4, CAL-6: grade edges of 90分以上 / 80—90分 / 60—80分 / 60分以下 read from the top")
  @CsvSource({"100, 优秀", "90, 优秀", "89.99, 良好", "80, 良好", "79.99, 合格", "60, 合格",
      "59.99, 不合格", "0, 不合格"})
  void compositeEdges(String total, String grade) {
    assertThat(CompositeAssessment.rubric().scale().gradeOf(Points.of(total)).grade()).isEqualTo(grade);
  }

  @Test
  @DisplayName("SC-5: −0.5 per item not supplied, per change late beyond 15 working days, per "
      + "report or complaint not answered — rules a department's own rubric carries")
  void departmentDeductions() {
    Rubric rubric = Rubric.builder("某局科室目标管理考核", Points.of(100))
        .section("一", "政务公开", Points.of(10))
        .criterion("1", "按规定提供公开内容", Points.of(10))
        .rule(DepartmentDeductions.rules().get(0))
        .rule(DepartmentDeductions.rules().get(1))
        .rule(DepartmentDeductions.rules().get(2))
        .cap(CapScope.CRITERION)
        .section("二", "其他工作", Points.of(90))
        .criterion("2", "其他工作", Points.of(90))
        .citation(DepartmentDeductions.RULE)
        .grade(GradeBand.atOrAbove("合格", Points.ZERO))
        .build();
    ScoreCard card = Assessment.of(rubric, "办公室")
        .with(DepartmentDeductions.shortfall("1", DepartmentDeductions.Shortfall.ITEM_NOT_SUPPLIED, 3, "三项未提供"))
        .with(DepartmentDeductions.shortfall("1",
            DepartmentDeductions.Shortfall.CHANGE_NOT_SUPPLIED_IN_15_WORKING_DAYS, 1, "变更逾期"))
        .with(DepartmentDeductions.shortfall("1", DepartmentDeductions.Shortfall.COMPLAINT_NOT_ANSWERED, 2, "投诉未复"))
        .score();
    assertThat(card.total()).isEqualTo(Points.of(97));
    assertThat(Language.CHINESE.render(card.findings()))
        .contains("1 没有按规定提供公开内容的，每少一项扣0.5分：三项未提供，3项，每项扣0.5分，扣1.5分");
    assertThatThrownBy(() -> Assessment.of(rubric, "办公室").with(DepartmentDeductions.shortfall(
            "1", DepartmentDeductions.Shortfall.ITEM_NOT_SUPPLIED, 0, "无")))
        .hasMessageContaining("a count of 0 must be positive");
  }

  private static Rubric simple(List<GradeBand> bands) {
    return Rubric.builder("年度考核", Points.of(100))
        .section("一", "考核", Points.of(100))
        .criterion("1", "工作情况", Points.of(100))
        .grades(bands)
        .build();
  }

  @Test
  @DisplayName("SC-3: a democratic appraisal of 不满意 makes the grade 不合格 whatever the score, with "
      + "不合格's 限期整改 and 通报批评; 优秀 is commended")
  void annualAssessment() {
    Rubric r = simple(AnnualAssessment.bands(Points.of(100), Points.of(90), Points.of(80), Points.of(60)));
    ScoreCard good = Assessment.of(r, "某局").withDeduction("1", Points.of(5), "年报迟报").score();
    assertThat(good.grade()).isEqualTo("优秀");
    assertThat(good.consequences()).extracting(Consequence::kind).containsExactly(Consequence.Kind.COMMENDATION);
    ScoreCard overridden = Assessment.of(r, "某局")
        .withOverride(AnnualAssessment.democraticAppraisalUnsatisfied("民主评议结果为不满意", "评议表"))
        .score();
    assertThat(overridden.grade()).isEqualTo("不合格");
    assertThat(overridden.gradeByScore().orElseThrow().grade()).isEqualTo("优秀");
    assertThat(overridden.isOverridden()).isTrue();
    assertThat(overridden.consequences()).extracting(Consequence::kind)
        .containsExactly(Consequence.Kind.RECTIFICATION, Consequence.Kind.CIRCULATED_CRITICISM);
    assertThat(overridden.explain()).contains("等次：不合格（按得分为优秀）");
    assertThatThrownBy(() -> Assessment.of(r, "某局").withOverride(
            GradeOverride.imposing("较差", "不存在的等次", AnnualAssessment.GRADES, List.of())))
        .hasMessageContaining("override grade 较差 is not a grade");
  }

  @Test
  @DisplayName("SC-6: every grade is tied to awards and the bonus; 不合格 penalties are an office's "
      + "(科室), not a person's; a leader's fraud caps the grade below 优秀 [convention]")
  void internalGrades() {
    Rubric office = simple(InternalGrades.bands(InternalGrades.Subject.OFFICE,
        Points.of(100), Points.of(90), Points.of(75), Points.of(60)));
    Rubric person = simple(InternalGrades.bands(InternalGrades.Subject.PERSON,
        Points.of(100), Points.of(90), Points.of(75), Points.of(60)));
    assertThat(Assessment.of(office, "综合科").withDeduction("1", Points.of(50), "未公开").score()
        .consequences()).extracting(Consequence::kind).containsExactly(Consequence.Kind.AWARDS_LINKED,
            Consequence.Kind.CIRCULATED_CRITICISM, Consequence.Kind.AWARDS_WITHDRAWN);
    assertThat(Assessment.of(person, "王某").withDeduction("1", Points.of(50), "未公开").score()
        .consequences()).extracting(Consequence::kind).containsExactly(Consequence.Kind.AWARDS_LINKED);
    assertThat(Assessment.of(office, "综合科").withDeduction("1", Points.of(20), "迟报").score()
        .consequences()).extracting(Consequence::kind).containsExactly(Consequence.Kind.AWARDS_LINKED);
    ScoreCard leader = Assessment.of(person, "张主任")
        .withOverride(InternalGrades.leaderFraud("弄虚作假，造成不良影响")).score();
    assertThat(leader.grade()).isEqualTo("良好");
    assertThat(leader.consequences()).extracting(Consequence::kind)
        .containsExactly(Consequence.Kind.AWARDS_LINKED, Consequence.Kind.GRADE_WITHHELD);
    ScoreCard lower = Assessment.of(person, "张主任").withDeduction("1", Points.of(30), "迟报")
        .withOverride(InternalGrades.leaderFraud("弄虚作假")).score();
    assertThat(lower.grade()).as("a finding never raises a grade").isEqualTo("合格");
  }
}
