package dev.disclosure.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.disclosure.calendar.CountingWord;
import dev.disclosure.core.InvalidFactsException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The two readings of a grade scale at their edges: a literal scale answers only inside its bands,
 * a scale read from the top needs a band reached by every total and one band per lower bound; an
 * upper bound takes 以下 or 不满 only; a criterion is earned when one of its rules earns.
 */
class GradeReadingsTest {

  private static final Points HUNDRED = Points.of(100);

  @Test
  @DisplayName("CAL-6: a literal scale [0, 100] has no grade for 101; read from the top, 95 is 优 and 89 合格")
  void readings() {
    GradeScale literal = GradeScale.of(HUNDRED, List.of(GradeBand.of("合格", Points.ZERO, HUNDRED, true)),
        GradeScale.Reading.LITERAL, Rounding.NONE);
    assertThat(literal.gradeOf(HUNDRED).grade()).isEqualTo("合格");
    assertThatThrownBy(() -> literal.gradeOf(Points.of(101)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a total of 101 has no grade");
    GradeScale top = GradeScale.of(HUNDRED,
        List.of(GradeBand.atOrAbove("合格", Points.ZERO), GradeBand.atOrAbove("优", Points.of(90))),
        GradeScale.Reading.HIGHEST_REACHED, Rounding.NONE);
    assertThat(top.gradeOf(Points.of(95)).grade()).isEqualTo("优");
    assertThat(top.gradeOf(Points.of(90)).grade()).isEqualTo("优");
    assertThat(top.gradeOf(Points.of(89)).grade()).isEqualTo("合格");
  }

  @Test
  @DisplayName("CAL-6: read from the top, a scale whose lowest band starts at 10 leaves 0 and 5 ungraded; "
      + "two bands starting at 60以上 cannot be told apart")
  void highestReachedProblems() {
    assertThatThrownBy(() -> GradeScale.of(HUNDRED, List.of(GradeBand.atOrAbove("合格", Points.of(10))),
            GradeScale.Reading.HIGHEST_REACHED, Rounding.NONE))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("a total of 0 reaches no band's lower bound: the lowest band must start at or below 0")
        .hasMessageContaining("a total of 5 reaches no band's lower bound")
        .satisfies(e -> assertThat(((InvalidFactsException) e).problems()).hasSize(2));
    assertThatThrownBy(() -> GradeScale.of(HUNDRED,
            List.of(GradeBand.atOrAbove("良", Points.of(60)), GradeBand.atOrAbove("中", Points.of(60)),
                GradeBand.atOrAbove("差", Points.ZERO)),
            GradeScale.Reading.HIGHEST_REACHED, Rounding.NONE))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("two bands start at 60以上")
        .satisfies(e -> assertThat(((InvalidFactsException) e).problems()).hasSize(1));
  }

  @Test
  @DisplayName("CAL-6: an upper bound written 以上 is refused; 以下 and 不满 are upper bounds")
  void upperBoundWords() {
    assertThatThrownBy(() -> new GradeBand("合格", Optional.empty(),
            Optional.of(new GradeBand.Bound(HUNDRED, CountingWord.AT_OR_ABOVE)), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("grade 合格: an upper bound takes 以下 or 不满");
    assertThat(new GradeBand("合格", Optional.empty(),
            Optional.of(new GradeBand.Bound(HUNDRED, CountingWord.LESS_THAN)), List.of()).upper())
        .isPresent();
  }

  @Test
  @DisplayName("SC-7, SC-9: item 5 (tobacco, 0.15 per percentage point) is earned; items 1 and 6 are not")
  void earnedCriteria() {
    Rubric village = VillageCadres.rubric();
    assertThat(village.criterion("5").orElseThrow().isEarned()).isTrue();
    assertThat(village.criterion("1").orElseThrow().isEarned()).isFalse();
    assertThat(village.criterion("6").orElseThrow().isEarned()).isFalse();
  }
}
