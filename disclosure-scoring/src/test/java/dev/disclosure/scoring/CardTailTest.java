package dev.disclosure.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.disclosure.calendar.Language;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The end of a score card: an imposed grade on an incomplete card, the provisions cited once each,
 * and the explanation's closing lines.
 */
class CardTailTest {

  private static final Rubric RUBRIC = DemonstrationSite.rubric();

  @Test
  @DisplayName("SC-2: a finding imposing 不合格 on a card missing its questionnaires gives no grade")
  void imposedOnIncomplete() {
    GradeOverride imposed = GradeOverride.imposing("不合格", "未按要求整改", DemonstrationSite.FRAUD, List.of());
    ScoreCard card = Assessment.of(RUBRIC, "某镇")
        .withRate("2.4", DemonstrationSite.COMPLETION_RATE, Rate.of(20, 20, "办结率"))
        .withOverride(imposed).score();
    assertThat(card.isComplete()).isFalse();
    assertThat(card.gradeBand()).isEmpty();
    assertThat(card.gradeByScore()).isEmpty();
    assertThat(card.isOverridden()).isFalse();
    assertThatThrownBy(card::grade).isInstanceOf(IllegalStateException.class)
        .hasMessage("the score card of 某镇 is incomplete (missing [6.1/问卷, 6.2/问卷]): its total is provisional"
            + " and it has no grade (SC-2)");
    assertThat(card.consequences()).isEmpty();
  }

  @Test
  @DisplayName("SC-2: a status finding cites 第七条 once, though the finding and both its consequences rest on it")
  void citationsOnce() {
    ScoreCard card = DemonstrationSiteTest.complete("某镇")
        .withOverride(DemonstrationSite.fraudWithBadEffect("弄虚作假")).score();
    assertThat(card.citations()).containsExactly(DemonstrationSite.SCORING, DemonstrationSite.GRADES,
        DemonstrationSite.CONSEQUENCES, DemonstrationSite.FRAUD);
    String explained = card.explain();
    assertThat(explained.substring(explained.indexOf("总分："))).isEqualTo("""
        总分：100分（满分100分）
        等次：合格（85分以上；按所达下限从高认定）
        认定事项：弄虚作假
        合格等次的处理（1项）不再适用：认定事项的处理取而代之〔约定〕
        处理（取消资格）：取消其政务公开示范点资格
        处理（追究责任）：依照有关规定追究单位主要负责人和直接责任人的纪律责任
        """ + cited(DemonstrationSite.SCORING) + cited(DemonstrationSite.GRADES)
        + cited(DemonstrationSite.CONSEQUENCES) + cited(DemonstrationSite.FRAUD));
    assertThat(explained).endsWith("\n依据《政务公开示范点建设考评办法》（来源文件001）第七条：对在政务公开示范点建设过程中"
        + "推动工作不力、搞形式主义，甚至敷衍塞责、弄虚作假，造成恶劣影响的，取消其政务公开示范点资格，"
        + "并依照有关规定追究单位主要负责人和直接责任人的纪律责任。\n");
    String english = EnglishText.checked(card.explain(Language.ENGLISH));
    String source = "Source document 001: measures for evaluating demonstration sites of open government affairs";
    assertThat(english.substring(english.indexOf("total: "))).isEqualTo("""
        total: 100 points of 100 points
        grade: as recorded (at least 85 points; the highest band whose lower bound is reached)
        finding: as recorded
        the 1 consequence(s) of the grade as recorded give way to those of the finding (by convention)
        consequence (status revoked): as recorded
        consequence (people held to account): as recorded
        """ + source + ", Art. 4\n" + source + ", Art. 5\n" + source + ", Art. 6\n" + source + ", Art. 7\n");
  }

  private static String cited(dev.disclosure.calendar.Citation c) {
    return c.toReference() + "：" + c.wording() + "\n";
  }

  @Test
  @DisplayName("SC-2: a finding resting on 第九条 whose consequence rests on 第七条 cites both, after the rubric's own")
  void citationsOfFindingAndConsequence() {
    GradeOverride o = GradeOverride.imposing("不合格", "细则另行规定", DemonstrationSite.LOCAL_RULES,
        List.of(Consequence.of(Consequence.Kind.STATUS_REVOKED, "取消其政务公开示范点资格", DemonstrationSite.FRAUD)));
    ScoreCard card = DemonstrationSiteTest.complete("某镇").withOverride(o).score();
    assertThat(card.citations()).containsExactly(DemonstrationSite.SCORING, DemonstrationSite.GRADES,
        DemonstrationSite.CONSEQUENCES, DemonstrationSite.LOCAL_RULES, DemonstrationSite.FRAUD);
  }
}
