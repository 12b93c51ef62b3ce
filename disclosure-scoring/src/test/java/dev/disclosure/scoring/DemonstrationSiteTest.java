package dev.disclosure.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.disclosure.calendar.ChinaCalendars;
import dev.disclosure.calendar.Finding;
import dev.disclosure.calendar.FindingKind;
import dev.disclosure.calendar.Language;
import dev.disclosure.core.AnswerKind;
import dev.disclosure.core.Applicant;
import dev.disclosure.core.ApplicantKind;
import dev.disclosure.core.InvalidFactsException;
import dev.disclosure.core.Regime;
import dev.disclosure.core.law.Rules;
import dev.disclosure.core.request.Answer;
import dev.disclosure.core.request.Application;
import dev.disclosure.core.request.RequestCase;
import dev.disclosure.core.request.RequestEvent;
import dev.disclosure.core.request.Submission;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("SC-1, SC-2, SC-8: the demonstration-site rubric (001 第五篇)")
class DemonstrationSiteTest {

  private static final Rubric RUBRIC = DemonstrationSite.rubric();
  private static final Map<String, Long> ALL_SATISFIED = Map.of("满意", 10L);
  private static final Rate MET = Rate.of(20, 20, "办结率");

  /** The required inputs at full marks: 2.4's rate met and both questionnaires all 满意. */
  static Assessment complete(Rubric rubric, String unit) {
    return Assessment.of(rubric, unit)
        .withRate("2.4", DemonstrationSite.COMPLETION_RATE, MET)
        .withSurvey("6.1", SurveyMapping.satisfaction(), ALL_SATISFIED)
        .withSurvey("6.2", SurveyMapping.satisfaction(), ALL_SATISFIED);
  }

  static Assessment complete(String unit) {
    return complete(RUBRIC, unit);
  }

  @Test
  @DisplayName("SC-1: six sections 20/16/16/16/16/16 with criteria 4+4+3+3+3+3, 4×4, 6+5+5, 8×2, "
      + "4+6+3+3, 8+8 — every one of the 27 as 001 第四条 writes it")
  void structure() {
    assertThat(RUBRIC.sections()).extracting(Section::maximum).containsExactly(
        Points.of(20), Points.of(16), Points.of(16), Points.of(16), Points.of(16), Points.of(16));
    assertThat(RUBRIC.criteria()).hasSize(27);
    assertThat(RUBRIC.criteria().values()).extracting(Criterion::maximum).containsExactly(
        Points.of(4), Points.of(4), Points.of(3), Points.of(3), Points.of(3), Points.of(3),
        Points.of(4), Points.of(4), Points.of(4), Points.of(4),
        Points.of(6), Points.of(5), Points.of(5),
        Points.of(2), Points.of(2), Points.of(2), Points.of(2), Points.of(2), Points.of(2),
        Points.of(2), Points.of(2),
        Points.of(4), Points.of(6), Points.of(3), Points.of(3),
        Points.of(8), Points.of(8));
    assertThat(RUBRIC.criterion("2.4").orElseThrow().rules()).singleElement()
        .isInstanceOf(ScoringRule.Threshold.class);
    assertThat(RUBRIC.criterion("6.1").orElseThrow().rules()).singleElement()
        .isInstanceOf(ScoringRule.Survey.class);
    assertThat(RUBRIC.criterion("1.1").orElseThrow().cap()).contains(CapScope.SECTION);
    assertThat(complete("某镇").score().total()).isEqualTo(Points.of(100));
  }

  @Test
  @DisplayName("SC-1, SC-8: questionnaires are exact — 1.1 −4, 1.2 −4, 1.3 −2.74 and two surveys "
      + "{满意 1, 基本满意 2} total 12749/150 = 84.99̅3, 基本合格, not a rounded 85 合格")
  void exactQuestionnaires() {
    ScoreCard card = Assessment.of(RUBRIC, "某镇")
        .withDeduction("1.1", Points.of(4), "未及时研究解决问题")
        .withDeduction("1.2", Points.of(4), "工作专班未落实")
        .withDeduction("1.3", Points.of("2.74"), "责任制落实不到位")
        .withRate("2.4", DemonstrationSite.COMPLETION_RATE, MET)
        .withSurvey("6.1", SurveyMapping.satisfaction(), Map.of("满意", 1L, "基本满意", 2L))
        .withSurvey("6.2", SurveyMapping.satisfaction(), Map.of("满意", 1L, "基本满意", 2L))
        .score();
    assertThat(card.criterion("6.1").score()).isEqualTo(Points.fraction(88, 15));
    assertThat(card.exactTotal()).isEqualTo(Points.fraction(12749, 150));
    assertThat(card.exactTotal().toString()).isEqualTo("12749/150");
    assertThat(card.total()).as("the built-in rubric declares no rounding").isEqualTo(card.exactTotal());
    assertThat(card.grade()).isEqualTo(DemonstrationSite.BASIC_PASS);
    assertThat(Language.CHINESE.render(card.findings()))
        .contains("总分：12749/150分（约84.9933分）（满分100分）")
        .contains("等次：基本合格（70分以上、84分以下；按所达下限从高认定）");
    Rubric roundedFirst = DemonstrationSite.rubric(
        CapScope.SECTION, GradeScale.Reading.LITERAL, Rounding.halfUp(0));
    assertThat(roundedFirst.scale().gradeOf(card.exactTotal()).grade())
        .as("rounded to whole points first, then read as written").isEqualTo(DemonstrationSite.PASS);
  }

  @ParameterizedTest(name = "{0}: from the top {1}; half-up to whole points then literal {2}; "
      + "down to whole points then literal {3}; half-up to 2 places then from the top {4}")
  @DisplayName("SC-2, CAL-6: grade edges 85, 84.99, 84.5, 84, 70, 69.99, 69.5, 69 under each "
      + "declared band rule for 85分以上 / 70分—84分 / 69分以下")
  @CsvSource({
    "85,    合格,   合格,   合格,   合格",
    "84.99, 基本合格, 合格,   基本合格, 基本合格",
    "84.995, 基本合格, 合格,  基本合格, 合格",
    "84.5,  基本合格, 合格,   基本合格, 基本合格",
    "84,    基本合格, 基本合格, 基本合格, 基本合格",
    "70,    基本合格, 基本合格, 基本合格, 基本合格",
    "69.99, 不合格,  基本合格, 不合格,  不合格",
    "69.5,  不合格,  基本合格, 不合格,  不合格",
    "69,    不合格,  不合格,  不合格,  不合格",
    "0,     不合格,  不合格,  不合格,  不合格",
    "100,   合格,   合格,   合格,   合格"
  })
  void gradeEdges(String total, String top, String halfUp, String down, String twoPlaces) {
    Points t = Points.of(total);
    assertThat(RUBRIC.scale().gradeOf(t).grade()).isEqualTo(top);
    assertThat(DemonstrationSite.rubric(CapScope.SECTION, GradeScale.Reading.LITERAL,
        Rounding.halfUp(0)).scale().gradeOf(t).grade()).isEqualTo(halfUp);
    assertThat(DemonstrationSite.rubric(CapScope.SECTION, GradeScale.Reading.LITERAL,
        Rounding.down(0)).scale().gradeOf(t).grade()).isEqualTo(down);
    assertThat(DemonstrationSite.rubric(CapScope.SECTION, GradeScale.Reading.HIGHEST_REACHED,
        Rounding.halfUp(2)).scale().gradeOf(t).grade()).isEqualTo(twoPlaces);
  }

  @Test
  @DisplayName("SC-2, CAL-6: read literally without rounding, 第五条's bands leave 84.5 without a "
      + "grade, and the rubric says so when it is built")
  void literalGapsRefused() {
    assertThatThrownBy(() -> DemonstrationSite.rubric(
            CapScope.SECTION, GradeScale.Reading.LITERAL, Rounding.NONE))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("a total of 84.5 lies in no band")
        .hasMessageContaining("a total of 69.5 lies in no band");
    assertThatThrownBy(() -> DemonstrationSite.rubric(
            CapScope.SECTION, GradeScale.Reading.LITERAL, Rounding.halfUp(1)))
        .as("to tenths, 84.5 is still between 84 and 85")
        .hasMessageContaining("a total of 84.1 lies in no band");
  }

  @Test
  @DisplayName("SC-1: 第四条 直至扣完该项得分 — at the section (the built-in reading: 项 names the "
      + "sections) or at the criterion (the catalog's reading); both stop at zero")
  void capScopes() {
    Rubric byCriterion = DemonstrationSite.rubric(
        CapScope.CRITERION, GradeScale.Reading.HIGHEST_REACHED, Rounding.NONE);
    ScoreCard section = complete("某镇").withDeduction("1.1", Points.of(6), "长期未研究").score();
    ScoreCard criterion = complete(byCriterion, "某镇")
        .withDeduction("1.1", Points.of(6), "长期未研究").score();
    assertThat(section.criterion("1.1").score()).isEqualTo(Points.of(-2));
    assertThat(section.sections().get(0).score()).isEqualTo(Points.of(14));
    assertThat(section.total()).isEqualTo(Points.of(94));
    assertThat(criterion.criterion("1.1").score()).isEqualTo(Points.ZERO);
    assertThat(criterion.total()).isEqualTo(Points.of(96));
    assertThat(Language.CHINESE.render(section.findings()))
        .contains("1.1 扣分6分超过该项所得4分，超出部分以该部分分值为限扣减");
    assertThat(Language.CHINESE.render(criterion.findings()))
        .contains("1.1 扣分6分，以该项分值为限扣4分，扣完为止");
    ScoreCard wiped = complete("某镇").withDeduction("1.1", Points.of(30), "未开展工作").score();
    assertThat(wiped.sections().get(0).score()).isEqualTo(Points.ZERO);
    assertThat(wiped.total()).isEqualTo(Points.of(80));
    assertThat(Language.CHINESE.render(wiped.findings()))
        .contains("（一）组织领导：各项合计-10分，扣完该部分得分为止，得0分");
  }

  @Test
  @DisplayName("SC-1, SC-9: section 六 without a questionnaire is incomplete, never full marks; a "
      + "deduction on 6.1 is refused, naming the criterion's rules")
  void missingInputs() {
    ScoreCard card = Assessment.of(RUBRIC, "某镇")
        .withRate("2.4", DemonstrationSite.COMPLETION_RATE, MET)
        .withSurvey("6.1", SurveyMapping.satisfaction(), ALL_SATISFIED)
        .score();
    assertThat(card.isComplete()).isFalse();
    assertThat(card.missingInputs()).containsExactly("6.2/问卷");
    assertThat(card.total()).isEqualTo(Points.of(92));
    assertThat(card.gradeBand()).isEmpty();
    assertThatThrownBy(card::grade).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("incomplete").hasMessageContaining("6.2/问卷");
    assertThat(card.findings()).filteredOn(f -> f.kind() == FindingKind.PROVISIONAL).hasSize(2);
    assertThat(card.consequences()).isEmpty();
    assertThatThrownBy(() -> Ranking.of(List.of(card))).hasMessageContaining("incomplete");
    assertThatThrownBy(() -> Assessment.of(RUBRIC, "某镇").withDeduction("6.1", Points.of(1), "问卷差"))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("criterion 6.1 has no rule 扣分 (its rules: [问卷])");
    assertThatThrownBy(() -> complete("某镇")
            .withSurvey("6.1", SurveyMapping.satisfaction(), ALL_SATISFIED))
        .hasMessageContaining("already has its questionnaire");
  }

  @Test
  @DisplayName("SC-2: consequences per grade are typed with 第六条 — 合格 通报表彰, 基本合格 责令整改, "
      + "不合格 取消资格 and 向社会公布")
  void consequences() {
    assertThat(complete("甲").score().consequences()).extracting(Consequence::kind)
        .containsExactly(Consequence.Kind.COMMENDATION);
    ScoreCard basic = complete("乙").withDeduction("5.2", Points.of(6), "网站未更新")
        .withDeduction("3.1", Points.of(6), "无程序").withDeduction("3.3", Points.of(3), "未监察").score();
    assertThat(basic.total()).isEqualTo(Points.of(85));
    assertThat(basic.grade()).isEqualTo("合格");
    ScoreCard rectify = complete("丙").withDeduction("5.2", Points.of("6.5"), "网站未更新")
        .withDeduction("3.1", Points.of(6), "无程序").withDeduction("3.3", Points.of(3), "未监察").score();
    assertThat(rectify.total()).isEqualTo(Points.of("84.5"));
    assertThat(rectify.grade()).isEqualTo("基本合格");
    assertThat(rectify.consequences()).extracting(Consequence::wording).containsExactly("责令其整改");
    assertThat(rectify.consequences().get(0).citation()).isEqualTo(DemonstrationSite.CONSEQUENCES);
  }

  @Test
  @DisplayName("SC-2 第七条: fraud with bad effect revokes the status and holds people to account "
      + "whatever the score, without passing through 不合格 (no 向社会公布)")
  void fraud() {
    ScoreCard card = complete("某镇")
        .withOverride(DemonstrationSite.fraudWithBadEffect("台账弄虚作假，造成恶劣影响", "督查通报2026-11-20"))
        .score();
    assertThat(card.grade()).isEqualTo("合格");
    assertThat(card.consequences()).extracting(Consequence::kind)
        .containsExactly(Consequence.Kind.STATUS_REVOKED, Consequence.Kind.DISCIPLINE);
    assertThat(card.findings()).extracting(Finding::kind).contains(FindingKind.CONVENTION);
    assertThat(card.citations()).contains(DemonstrationSite.FRAUD);
    assertThat(card.explain()).contains("认定事项：台账弄虚作假，造成恶劣影响")
        .contains("处理（取消资格）：取消其政务公开示范点资格");
    assertThat(EnglishText.checked(card.explain(Language.ENGLISH)))
        .contains("consequence (status revoked)");
  }

  @Test
  @DisplayName("SC-1, SC-2: every rule applied is a finding with exact points, naming SC-1 for "
      + "scoring and SC-2 for the grade, in both languages")
  void findings() {
    ScoreCard card = complete("某镇")
        .withDeduction("1.1", Points.of("1.5"), "领导小组未调整", "检查记录2026-11-03").score();
    List<Finding> findings = card.findings();
    assertThat(findings).extracting(Finding::rule).containsOnly(Rules.SC_1, Rules.SC_2);
    assertThat(Language.CHINESE.render(findings))
        .contains("1.1 扣1.5分：领导小组未调整（佐证：检查记录2026-11-03）")
        .contains("2.4 依申请公开的事项办结率达到95%以上：办结率：20/20 = 100%，100%达到95%以上，得4分")
        .contains("6.1 按调查问卷计分：满意 10份×1；共10份，得分 = 8分 × 1 = 8分")
        .contains("总分：98.5分（满分100分）")
        .contains("处理（通报表彰）：由本级政府通报表彰");
    String english = EnglishText.checked(Language.ENGLISH.render(findings));
    assertThat(english).contains("total: 98.5 points of 100 points");
    assertThat(EnglishText.checked(card.explain(Language.ENGLISH))).contains("section 1");
  }

  @Test
  @DisplayName("SC-8, CAL-6: item 2.4 reads the exact completion rate — 19/20 = 95 % meets 95%以上, "
      + "18/19 = 1800/19 % does not; cases not yet due are not counted; 0 of 0 is no failure")
  void completionRate() {
    LocalDate mon = LocalDate.of(2026, 9, 28);
    LocalDate wed = LocalDate.of(2026, 9, 30);
    LocalDate asOf = LocalDate.of(2026, 11, 30);
    List<RequestCase> twenty = new ArrayList<>();
    for (int i = 0; i < 19; i++) {
      twenty.add(request(mon, wed));
    }
    twenty.add(request(mon, null));
    Rate met = RequestMetrics.completionRate(twenty, asOf);
    assertThat(met.percent()).isEqualTo(Points.of(95));
    assertThat(met.basis()).contains("19/20 = 95%");
    List<RequestCase> nineteen = new ArrayList<>(twenty.subList(0, 18));
    nineteen.add(request(mon, null));
    Rate missed = RequestMetrics.completionRate(nineteen, asOf);
    assertThat(missed.percent()).isEqualTo(Points.fraction(1800, 19));
    assertThat(missed.basis()).contains("18/19 = 1800/19%（约94.7368%）");
    List<RequestCase> recent = new ArrayList<>(twenty);
    recent.add(request(LocalDate.of(2026, 11, 25), null));
    assertThat(RequestMetrics.completionRate(recent, asOf).basis())
        .as("received five days before the evaluation day, not yet due [convention]")
        .contains("19/20").contains("未到期1件不计");
    assertThat(RequestMetrics.completionRate(List.of(), asOf).basis())
        .contains("无到期应办结的申请").doesNotContain("100%");
    ScoreCard card = complete("某镇").score();
    ScoreCard short1 = Assessment.of(RUBRIC, "某镇")
        .withRate("2.4", DemonstrationSite.COMPLETION_RATE, missed)
        .withSurvey("6.1", SurveyMapping.satisfaction(), ALL_SATISFIED)
        .withSurvey("6.2", SurveyMapping.satisfaction(), ALL_SATISFIED).score();
    assertThat(card.criterion("2.4").score()).isEqualTo(Points.of(4));
    assertThat(short1.criterion("2.4").score()).isEqualTo(Points.ZERO);
    assertThat(short1.total()).isEqualTo(Points.of(96));
    assertThatThrownBy(() -> complete("某镇").withRate("2.4", DemonstrationSite.COMPLETION_RATE, missed))
        .as("two different rates for the same (undated) check contradict each other")
        .isInstanceOf(InvalidFactsException.class).hasMessageContaining("two rates");
  }

  private static RequestCase request(LocalDate receipt, LocalDate answered) {
    RequestCase c = RequestCase.open(Regime.OGI_2019, ChinaCalendars.official(),
        Applicant.of("张三", ApplicantKind.NATURAL_PERSON, "13800000000"),
        new Application("2025年度预算执行情况", "纸质", new Submission.InPerson(receipt)));
    return answered == null ? c
        : c.apply(new RequestEvent.Answered(answered, Answer.of(AnswerKind.DISCLOSED, "")));
  }
}
