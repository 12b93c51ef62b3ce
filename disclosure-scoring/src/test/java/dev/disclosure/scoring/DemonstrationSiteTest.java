package dev.disclosure.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.disclosure.calendar.ChinaCalendars;
import dev.disclosure.calendar.Finding;
import dev.disclosure.calendar.FindingKind;
import dev.disclosure.calendar.Language;
import dev.disclosure.calendar.Quantity;
import dev.disclosure.core.Applicant;
import dev.disclosure.core.ApplicantKind;
import dev.disclosure.core.AnswerKind;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("SC-1, SC-2: the demonstration-site rubric")
class DemonstrationSiteTest {

  private static final Rubric RUBRIC = DemonstrationSite.rubric();

  /** Deducts {@code points} in total, filling criteria 1.1 to 5.4 in order, one point at a time. */
  static Assessment deducted(String points) {
    return deducted("某镇", points);
  }

  static Assessment deducted(String unit, String points) {
    Assessment a = Assessment.of(RUBRIC, unit);
    Points remaining = Points.of(points);
    for (Criterion c : RUBRIC.criteria().values()) {
      if (!remaining.isPositive() || c.id().startsWith("6.")) {
        continue;
      }
      Points d = remaining.min(c.maximum());
      a = a.withDeduction(c.id(), d, "未达到标准：" + c.id(), "检查记录" + c.id());
      remaining = remaining.minus(d);
    }
    return a;
  }

  @Test
  @DisplayName("SC-1: six sections 20/16/16/16/16/16 with criteria 4+4+3+3+3+3, 4×4, 6+5+5, 8×2, "
      + "4+6+3+3, 8+8; total 100")
  void structure() {
    assertThat(RUBRIC.total()).isEqualTo(Points.of(100));
    assertThat(RUBRIC.sections()).extracting(Section::title)
        .containsExactly("组织领导", "公开内容", "公开程序", "公开制度", "公开形式", "公开效果");
    assertThat(RUBRIC.sections()).extracting(s -> s.maximum().toString())
        .containsExactly("20", "16", "16", "16", "16", "16");
    List<String> maxima = new ArrayList<>();
    RUBRIC.sections().forEach(s -> maxima.add(String.join("+",
        s.criteria().stream().map(c -> c.maximum().toString()).toList())));
    assertThat(maxima).containsExactly(
        "4+4+3+3+3+3", "4+4+4+4", "6+5+5", "2+2+2+2+2+2+2+2", "4+6+3+3", "8+8");
    assertThat(RUBRIC.criterion("2.4").orElseThrow().wording()).isEqualTo("依申请公开的事项办结率达到95%以上。");
    assertThat(DemonstrationSite.EVALUATION_MONTH).isEqualTo(java.time.Month.NOVEMBER);
  }

  @ParameterizedTest(name = "total {0} → {1}")
  @CsvSource({
    "100, 合格", "85, 合格", "84.5, 基本合格", "84, 基本合格", "70, 基本合格",
    "69.5, 不合格", "69, 不合格", "0, 不合格"
  })
  @DisplayName("SC-2, CAL-6: 85分以上合格; fractional totals [85,100] 合格, [70,85) 基本合格, [0,70) 不合格 "
      + "[convention]")
  void boundaryTotals(String total, String grade) {
    Points deduction = Points.of(100).minus(Points.of(total));
    Assessment a = Assessment.of(RUBRIC, "某镇");
    if (deduction.compareTo(Points.of(84)) > 0) {
      a = deducted("84")
          .withSurvey("6.1", SurveyMapping.satisfaction(), Map.of("不满意", 1L))
          .withSurvey("6.2", SurveyMapping.satisfaction(), Map.of("不满意", 1L));
      assertThat(a.score().total()).isEqualTo(Points.ZERO);
    } else if (deduction.isPositive()) {
      a = deducted(deduction.toString());
    }
    ScoreCard card = a.score();
    assertThat(card.total()).isEqualTo(Points.of(total));
    assertThat(card.grade()).isEqualTo(grade);
    assertThat(card.isOverridden()).isFalse();
  }

  @Test
  @DisplayName("SC-2: consequences per grade — 合格 通报表彰, 基本合格 责令整改, 不合格 取消资格并向社会公布")
  void consequences() {
    assertThat(deducted("10").score().consequences()).containsExactly("由本级政府通报表彰");
    assertThat(deducted("20").score().consequences()).containsExactly("责令其整改");
    assertThat(deducted("40").score().consequences()).containsExactly("取消其示范点资格", "向社会公布");
  }

  @Test
  @DisplayName("SC-1: deductions larger than the criterion's maximum stop at zero (扣完为止)")
  void capped() {
    ScoreCard card = Assessment.of(RUBRIC, "某镇")
        .withDeduction("1.1", Points.of(3), "未及时研究解决问题", "会议纪要2026-03")
        .withDeduction("1.1", Points.of("2.5"), "措施不得力")
        .withDeduction("1.3", Points.of("0.5"), "责任制未落实到人")
        .score();
    ScoreCard.CriterionScore line = card.criterion("1.1");
    assertThat(line.deductionsRequested()).isEqualTo(Points.of("5.5"));
    assertThat(line.deductionsApplied()).isEqualTo(Points.of(4));
    assertThat(line.score()).isEqualTo(Points.ZERO);
    assertThat(card.criterion("1.3").score()).isEqualTo(Points.of("2.5"));
    assertThat(card.sections().get(0).score()).isEqualTo(Points.of("15.5"));
    assertThat(card.total()).isEqualTo(Points.of("95.5"));
    assertThat(card.explain())
        .contains("扣分5.5分，以该项分值为限扣4分，扣完为止")
        .contains("扣3分：未及时研究解决问题（佐证：会议纪要2026-03）")
        .contains("\n  1.1 政府重视，措施得力，及时研究解决问题。 0分（满分4分）（扣分5.5分，以该项分值为限扣4分，扣完为止）\n")
        .contains("\n    扣2.5分：措施不得力\n")
        .contains("\n总分：95.5分（满分100分）\n")
        .contains("\n等次：合格（85分以上、100分以下）\n处理：由本级政府通报表彰\n")
        .contains("依据《政务公开示范点建设考评办法》（来源文件001）第四条");
    assertThat(card.explain(Language.CHINESE)).isEqualTo(card.explain());
    assertThat(EnglishText.checked(card.explain(Language.ENGLISH)))
        .startsWith("score card: as recorded; unit assessed: as recorded\n"
            + "section 1 (as recorded): 15.5 points of 20 points\n"
            + "  criterion 1 of section 1 (as recorded): 0 points of 4 points (5.5 points deducted"
            + " in all; 4 points applied, down to zero and no further)\n"
            + "    3 points deducted: as recorded (evidence: as recorded)\n")
        .contains("\ntotal: 95.5 points of 100 points\n"
            + "grade: as recorded (at least 85 points and at most 100 points)\n"
            + "consequence: as recorded\n");
  }

  @Test
  @DisplayName("SC-1, SC-2: deductions, the cap, the total, the grade and its consequence are findings")
  void findings() {
    ScoreCard card = Assessment.of(RUBRIC, "某镇")
        .withDeduction("1.1", Points.of(3), "未及时研究解决问题", "会议纪要2026-03")
        .withDeduction("1.1", Points.of("2.5"), "措施不得力")
        .withDeduction("1.3", Points.of("0.5"), "责任制未落实到人")
        .score();
    List<Finding> findings = card.findings();

    assertThat(findings).extracting(Finding::rule)
        .containsExactly(Rules.SC_1, Rules.SC_1, Rules.SC_1, Rules.SC_1, Rules.SC_1, Rules.SC_2,
            Rules.SC_2);
    assertThat(findings).allMatch(f -> f.kind() == FindingKind.APPLIED);
    assertThat(findings.get(0).quantities()).containsExactly(points("3"));
    assertThat(findings.get(2).quantities()).containsExactly(points("5.5"), points("4"));
    assertThat(findings.get(4).quantities()).containsExactly(points("95.5"), points("100"));
    assertThat(findings.get(5).citations()).isEqualTo(RUBRIC.citations());
    assertThat(findings.get(5).quantities()).containsExactly(points("85"), points("100"));
    assertThat(findings.stream().map(Finding::toString).toList())
        .containsExactly(
            "[SC-1] 1.1 扣3分：未及时研究解决问题（佐证：会议纪要2026-03）",
            "[SC-1] 1.1 扣2.5分：措施不得力",
            "[SC-1] 1.1 扣分5.5分，以该项分值为限扣4分，扣完为止",
            "[SC-1] 1.3 扣0.5分：责任制未落实到人",
            "[SC-1] 总分：95.5分（满分100分）",
            findings.get(5).toString(),
            "[SC-2] 处理：由本级政府通报表彰");
    assertThat(findings.get(5).toString())
        .startsWith("[SC-2] 等次：合格（85分以上、100分以下）（依据《政务公开示范点建设考评办法》（来源文件001）第四条；");
    assertThat(EnglishText.checked(Language.ENGLISH.render(findings)))
        .startsWith("[SC-1] criterion 1 of section 1: 3 points deducted: as recorded"
            + " (evidence: as recorded)\n")
        .contains("\n[SC-1] criterion 3 of section 1: 0.5 points deducted: as recorded\n")
        .contains("\n[SC-1] total: 95.5 points of 100 points\n")
        .endsWith("\n[SC-2] consequence: as recorded");
  }

  private static Quantity points(String amount) {
    return Quantity.of(new java.math.BigDecimal(amount), Quantity.Unit.POINTS);
  }

  @Test
  @DisplayName("SC-2 第七条: fraud with bad effect revokes the status whatever the score")
  void fraudOverride() {
    ScoreCard card = Assessment.of(RUBRIC, "某镇")
        .withOverride(DemonstrationSite.fraudWithBadEffect("台账弄虚作假，造成恶劣影响", "通报〔2026〕3号"))
        .score();
    assertThat(card.total()).isEqualTo(Points.of(100));
    assertThat(card.gradeByScore().grade()).isEqualTo("合格");
    assertThat(card.grade()).isEqualTo("不合格");
    assertThat(card.isOverridden()).isTrue();
    assertThat(card.consequences()).contains(
        "取消其示范点资格", "取消政务公开示范点资格", "追究单位主要负责人和直接责任人的纪律责任");
    assertThat(card.citations()).contains(DemonstrationSite.FRAUD);
    assertThat(card.explain()).contains("否决事项：台账弄虚作假，造成恶劣影响，依据《政务公开示范点建设考评办法》（来源文件001）第七条")
        .contains("\n等次：不合格（按得分为合格）\n");
    assertThat(card.findings())
        .filteredOn(f -> f.citations().contains(DemonstrationSite.FRAUD))
        .singleElement()
        .satisfies(f -> assertThat(f.rule()).isEqualTo(Rules.SC_2));
    assertThat(card.findings().stream().filter(f -> f.what().chinese().startsWith("处理")))
        .hasSize(card.consequences().size());
    assertThat(EnglishText.checked(card.explain(Language.ENGLISH)))
        .contains("\ngrade: as recorded (the total alone earns as recorded)\n")
        .contains("\noverriding finding: as recorded; grade imposed: as recorded (Source document"
            + " 001: measures for evaluating demonstration sites of open government affairs, Art."
            + " 7)\n");
  }

  @Test
  @DisplayName("SC-1 section 6: scored from a questionnaire; 满意 1, 基本满意 0.6, 不满意 0 [convention]")
  void survey() {
    Map<String, Long> counts = new LinkedHashMap<>();
    counts.put("满意", 80L);
    counts.put("基本满意", 15L);
    counts.put("不满意", 5L);
    ScoreCard card = Assessment.of(RUBRIC, "某镇")
        .withSurvey("6.1", SurveyMapping.satisfaction(), counts)
        .withSurvey("6.2", SurveyMapping.satisfaction(), Map.of("满意", 2L, "不满意", 1L))
        .score();
    // 8 × (80 + 9) / 100 = 7.12
    assertThat(card.criterion("6.1").score()).isEqualTo(Points.of("7.12"));
    assertThat(card.criterion("6.1").basis()).contains("满意 80份×1").contains("共100份");
    // 8 × 2 / 3 = 5.333… → 5.33 [convention: two places, half-up]
    assertThat(card.criterion("6.2").score()).isEqualTo(Points.of("5.33"));
    assertThat(card.total()).isEqualTo(Points.of("96.45"));
    assertThat(card.findings().get(0).toString())
        .isEqualTo("[SC-1] 6.1 得7.12分：" + card.criterion("6.1").basis());
    assertThat(card.findings().get(0).quantities()).containsExactly(points("7.12"));
    assertThat(card.explain()).contains("\n    " + card.criterion("6.1").basis() + "\n");
    assertThat(EnglishText.checked(card.explain(Language.ENGLISH)))
        .contains("\n    7.12 points awarded (as recorded)\n");
  }

  @Test
  @DisplayName("SC-1 section 6: a caller-configured mapping")
  void customSurvey() {
    SurveyMapping mapping = SurveyMapping.of(Map.of(
        "非常满意", java.math.BigDecimal.ONE, "一般", new java.math.BigDecimal("0.5")));
    Award award = mapping.score("6.1", Points.of(8), Map.of("非常满意", 1L, "一般", 1L));
    assertThat(award.points()).isEqualTo(Points.of(6));
  }

  @Test
  @DisplayName("SC-1: survey counts negative, unknown or empty are refused, every problem named")
  void badSurvey() {
    Assessment a = Assessment.of(RUBRIC, "某镇");
    assertThatThrownBy(() -> a.withSurvey("6.1", SurveyMapping.satisfaction(),
            Map.of("满意", -3L, "很好", 2L)))
        .isInstanceOf(InvalidFactsException.class)
        .satisfies(e -> assertThat(((InvalidFactsException) e).problems()).hasSize(2))
        .hasMessageContaining("count -3").hasMessageContaining("option 很好").hasMessageContaining("SC-1");
    assertThatThrownBy(() -> a.withSurvey("6.1", SurveyMapping.satisfaction(), Map.of()))
        .isInstanceOf(InvalidFactsException.class).hasMessageContaining("no respondent");
    assertThatThrownBy(() -> a.withSurvey("6.1", SurveyMapping.satisfaction(), Map.of("满意", 0L)))
        .isInstanceOf(InvalidFactsException.class).hasMessageContaining("no respondent");
    assertThatThrownBy(() -> SurveyMapping.of(Map.of("满意", new java.math.BigDecimal("1.2"))))
        .isInstanceOf(InvalidFactsException.class).hasMessageContaining("1.2");
    assertThat(a.awards()).isEmpty();
  }

  @Test
  @DisplayName("SC-1: a negative deduction or an unknown criterion is refused and nothing changes")
  void badDeductions() {
    Assessment a = Assessment.of(RUBRIC, "某镇").withDeduction("1.1", Points.of(1), "原因");
    assertThatThrownBy(() -> a.withDeduction("1.1", Points.of("-0.5"), "原因"))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("-0.5").hasMessageContaining("must be positive");
    assertThatThrownBy(() -> a.withDeduction("9.9", Points.of(1), "原因"))
        .isInstanceOf(InvalidFactsException.class).hasMessageContaining("unknown criterion 9.9");
    assertThatThrownBy(() -> a.withDeduction("1.2", Points.of(1), " "))
        .isInstanceOf(InvalidFactsException.class).hasMessageContaining("needs a reason");
    assertThatThrownBy(() -> Assessment.of(RUBRIC, "某镇", List.of(
            new Deduction("7.1", Points.of(-1), "", List.of())), List.of(), List.of()))
        .isInstanceOf(InvalidFactsException.class)
        .satisfies(e -> assertThat(((InvalidFactsException) e).problems()).hasSize(3));
    assertThatThrownBy(() -> a.withAward(new Award("1.1", Points.of(2), "问卷")))
        .isInstanceOf(InvalidFactsException.class).hasMessageContaining("[convention]");
    assertThatThrownBy(() -> a.withAward(new Award("6.1", Points.of(9), "问卷")))
        .isInstanceOf(InvalidFactsException.class).hasMessageContaining("outside [0, 8]");
    assertThat(a.deductions()).hasSize(1);
    assertThat(a.score().total()).isEqualTo(Points.of(99));
  }

  private static RequestCase request(LocalDate receipt, LocalDate answered) {
    RequestCase c = RequestCase.open(Regime.OGI_2019, ChinaCalendars.official(),
        Applicant.of("张三", ApplicantKind.NATURAL_PERSON, "13800000000"),
        new Application("2025年度预算执行情况", "纸质", new Submission.InPerson(receipt)));
    return answered == null ? c
        : c.apply(new RequestEvent.Answered(answered, Answer.of(AnswerKind.DISCLOSED, "")));
  }

  @Test
  @DisplayName("SC-8, CAL-6: item 2.4 — 办结率 95%以上 includes 95 %; below it the item scores 0 "
      + "[convention]")
  void completionRate() {
    LocalDate mon = LocalDate.of(2026, 9, 28);
    LocalDate wed = LocalDate.of(2026, 9, 30);
    LocalDate asOf = LocalDate.of(2026, 11, 30);
    List<RequestCase> twenty = new ArrayList<>();
    for (int i = 0; i < 19; i++) {
      twenty.add(request(mon, wed));
    }
    twenty.add(request(mon, null));
    Award met = RequestMetrics.completionRate("2.4", Points.of(4), twenty, asOf);
    assertThat(met.points()).isEqualTo(Points.of(4));
    assertThat(met.basis()).contains("19/20 = 95%");
    List<RequestCase> short1 = new ArrayList<>(twenty);
    short1.add(request(mon, null));
    Award missed = RequestMetrics.completionRate("2.4", Points.of(4), short1, asOf);
    assertThat(missed.points()).isEqualTo(Points.ZERO);
    assertThat(missed.basis()).contains("19/21").contains("未达标");
    assertThat(RequestMetrics.completionRate("2.4", Points.of(4), List.of(), asOf).points())
        .isEqualTo(Points.of(4));
    List<RequestCase> withLater = new ArrayList<>(twenty);
    withLater.add(request(LocalDate.of(2026, 12, 1), null));
    assertThat(RequestMetrics.completionRate("2.4", Points.of(4), withLater, asOf).basis())
        .as("a case received after the evaluation date is not counted [convention]")
        .contains("19/20");
    ScoreCard card = Assessment.of(RUBRIC, "某镇").withAward(missed).score();
    assertThat(card.total()).isEqualTo(Points.of(96));
    assertThat(card.explain()).contains("办结率：19/21");
  }

  @Test
  @DisplayName("SC-8: on-time reply rate targets 100 %; a late answer misses it")
  void onTimeRate() {
    LocalDate mon = LocalDate.of(2026, 9, 28);
    LocalDate asOf = LocalDate.of(2026, 12, 31);
    List<RequestCase> cases = List.of(
        request(mon, LocalDate.of(2026, 9, 30)), request(mon, LocalDate.of(2026, 12, 1)));
    Award award = RequestMetrics.onTimeRate("x", Points.of(5), cases, asOf);
    assertThat(award.points()).isEqualTo(Points.ZERO);
    assertThat(award.basis()).contains("1/2 = 50%");
    assertThat(RequestMetrics.onTimeRate("x", Points.of(5), cases.subList(0, 1), asOf).points())
        .isEqualTo(Points.of(5));
  }
}
