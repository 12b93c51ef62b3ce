package dev.disclosure.scoring;

import static dev.disclosure.scoring.VillageCadresTest.village;
import static org.assertj.core.api.Assertions.assertThat;

import dev.disclosure.calendar.Finding;
import dev.disclosure.calendar.FindingKind;
import dev.disclosure.calendar.Language;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What a year-end standing says of the last place, and of ties listed by name. */
class PrizeWordsTest {

  @Test
  @DisplayName("SC-7, CAL-6: last place at 81 is not 80分以下 — the talk does not apply, and the standing says why")
  void lastPlaceAbove() {
    List<PrizeSchedule.Standing> s = VillageCadres.yearEnd(List.of(village("甲", 0), village("乙", 19)));
    String source = "（依据《村级干部绩效考核管理》（来源文件004）4.绩效考核管理奖惩办法）";
    assertThat(s.get(1).findings()).extracting(f -> Language.CHINESE.render(f)).containsExactly(
        "[SC-7] 乙 第2名（81分）：二等奖，奖2000元" + source,
        "[SC-7] 乙 第2名（81分）：倒数第一名，得分不在80分以下，不适用实行诫勉谈话，深刻剖析" + source);
    assertThat(Language.ENGLISH.render(s.get(1).findings().get(0))).isEqualTo(
        "[SC-7] as recorded: place 2 (81 points): as recorded of 2000 yuan"
            + " (Source document 004: performance assessment of village cadres)");
    assertThat(Language.ENGLISH.render(s.get(1).findings().get(1))).isEqualTo(
        "[SC-7] as recorded: place 2 (81 points): last place, but not at most 80 points: no as recorded"
            + " (Source document 004: performance assessment of village cadres)");
    assertThat(s.get(1).findings()).extracting(Finding::kind)
        .containsExactly(FindingKind.APPLIED, FindingKind.APPLIED);
    assertThat(s.get(0).findings()).singleElement()
        .satisfies(f -> assertThat(Language.CHINESE.render(f)).isEqualTo("[SC-7] 甲 第1名（100分）：一等奖，奖3000元" + source));
  }

  @Test
  @DisplayName("SC-7: every village tied with a last-place rule — nobody is last, by convention")
  void allTied() {
    List<PrizeSchedule.Standing> s = VillageCadres.yearEnd(List.of(village("乙", 25), village("甲", 25)));
    for (PrizeSchedule.Standing x : s) {
      String unit = x.place().unit();
      assertThat(x.findings()).extracting(Finding::kind)
          .containsExactly(FindingKind.CONVENTION, FindingKind.CONVENTION);
      assertThat(Language.CHINESE.render(x.findings().get(1))).isEqualTo("[SC-7 约定] " + unit
          + " 并列第1名（75分）：各单位得分相同，无倒数第一名〔约定〕（依据《村级干部绩效考核管理》（来源文件004）4.绩效考核管理奖惩办法）");
      assertThat(Language.ENGLISH.render(x.findings().get(1))).isEqualTo("[SC-7, convention] as recorded: "
          + "place 1 (75 points): every unit has the same total; nobody is last (by convention)"
          + " (Source document 004: performance assessment of village cadres)");
      assertThat(x.consequences()).extracting(Consequence::kind).containsExactly(Consequence.Kind.PRIZE);
      assertThat(Language.CHINESE.render(x.findings().get(0))).isEqualTo("[SC-7 约定] " + unit
          + " 并列第1名（75分）：一等奖，奖3000元（并列单位均获该奖〔约定〕）（依据《村级干部绩效考核管理》（来源文件004）4.绩效考核管理奖惩办法）");
      assertThat(Language.ENGLISH.render(x.findings().get(0))).isEqualTo("[SC-7, convention] as recorded: "
          + "place 1 (75 points): as recorded of 3000 yuan (tied units share the prize, by convention)"
          + " (Source document 004: performance assessment of village cadres)");
    }
  }

  @Test
  @DisplayName("SC-7: ties listed by name follow the code points (乙 U+4E59 before 甲 U+7532) whatever "
      + "order they are given in; as listed keeps the given order")
  void tiesByName() {
    List<Ranking.Place> given = List.of(new Ranking.Place(0, "甲", Points.of(90), false),
        new Ranking.Place(0, "乙", Points.of(90), false), new Ranking.Place(0, "丙", Points.of(95), false));
    assertThat(Ranking.rank(given, Ranking.Method.DENSE, Ranking.TieOrder.BY_NAME))
        .extracting(Ranking.Place::unit).containsExactly("丙", "乙", "甲");
    assertThat(Ranking.rank(given, Ranking.Method.DENSE, Ranking.TieOrder.AS_LISTED))
        .extracting(Ranking.Place::unit).containsExactly("丙", "甲", "乙");
  }

  @Test
  @DisplayName("SC-7, CAL-6: last place at 80 is 80分以下 — the talk applies, in both languages")
  void lastPlaceAtTheBound() {
    List<PrizeSchedule.Standing> s = VillageCadres.yearEnd(List.of(village("甲", 0), village("乙", 20)));
    assertThat(Language.ENGLISH.render(s.get(1).findings().get(1))).isEqualTo(
        "[SC-7] as recorded: place 2 (80 points): last place with a total at most 80 points: as recorded"
            + " (Source document 004: performance assessment of village cadres)");
  }
}
