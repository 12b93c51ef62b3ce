package dev.disclosure.core.accountability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.disclosure.core.InvalidFactsException;
import dev.disclosure.core.Renderings;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Randomized invariants of attribution over seeded random facts. */
class AttributionPropertyTest {

  private static final long SEED = 20080501L;

  /** Valid facts from random numbers: a mode, other members, and a random set of objectors. */
  private static FaultyAct facts(int modeIndex, int members, List<Integer> picks) {
    DecisionMode mode = DecisionMode.values()[modeIndex];
    List<Participant> people = new ArrayList<>();
    people.add(new Participant("承办人甲", Role.HANDLER));
    people.add(new Participant("主管领导乙", Role.SUPERVISING_LEADER));
    people.add(new Participant("主要领导丙", Role.PRINCIPAL_LEADER));
    for (int i = 0; i < members; i++) {
      people.add(new Participant("成员" + i, Role.OTHER_MEMBER));
    }
    Set<String> objectors = new HashSet<>();
    for (int pick : picks) {
      String name = people.get(pick % people.size()).name();
      Set<String> tried = new HashSet<>(objectors);
      tried.add(name);
      try {
        FaultyAct.of(mode, people, tried);
        objectors = tried;
      } catch (InvalidFactsException e) {
        assertThat(e.problems()).isNotEmpty();
      }
    }
    return FaultyAct.of(mode, people, objectors);
  }

  @Test
  @DisplayName(
      "ACC-1: someone always answers for a faulty act; exactly the objectors the source excuses are"
          + " exempt (naive oracle of 责任追究制度四、1.)")
  void someoneAnswers() {
    qt().withFixedSeed(SEED)
        .withExamples(300)
        .forAll(
            integers().between(0, 2),
            integers().between(0, 5),
            lists().of(integers().between(0, 1000)).ofSizeBetween(0, 8))
        .checkAssert(
            (mode, members, picks) -> {
              FaultyAct act = facts(mode, members, picks);
              Attribution a = Attribution.of(act);
              assertThat(a.liable()).isNotEmpty();
              boolean anyExempt = false;
              for (Map.Entry<Participant, Responsibility> e : a.responsibilities().entrySet()) {
                Role role = e.getKey().role();
                boolean excused =
                    act.objectors().contains(e.getKey().name())
                        && ((act.mode() == DecisionMode.APPROVED_BY_SUPERVISING_LEADER
                                && role == Role.HANDLER)
                            || (act.mode() == DecisionMode.COLLECTIVE
                                && (role == Role.HANDLER || role == Role.OTHER_MEMBER)));
                anyExempt |= excused;
                assertThat(e.getValue() == Responsibility.EXEMPT).isEqualTo(excused);
              }
              // the mode, one finding per participant, and the convention when someone is exempt
              assertThat(a.findings())
                  .hasSize(1 + act.participants().size() + (anyExempt ? 1 : 0));
              Renderings.english(a.findings());
            });
  }

  @Test
  @DisplayName(
      "ACC-1: adding an objection never increases anyone's responsibility and changes only the"
          + " objector's")
  void objectionNeverIncreases() {
    qt().withFixedSeed(SEED)
        .withExamples(300)
        .forAll(
            integers().between(0, 2),
            integers().between(0, 5),
            lists().of(integers().between(0, 1000)).ofSizeBetween(0, 8),
            integers().between(0, 1000))
        .checkAssert(
            (mode, members, picks, extra) -> {
              FaultyAct act = facts(mode, members, picks);
              String name = act.participants().get(extra % act.participants().size()).name();
              FaultyAct more;
              try {
                more = act.withObjection(name);
              } catch (InvalidFactsException e) {
                return;
              }
              Map<Participant, Responsibility> before = Attribution.of(act).responsibilities();
              Map<Participant, Responsibility> after = Attribution.of(more).responsibilities();
              before.forEach(
                  (p, r) -> {
                    assertThat(after.get(p).compareTo(r)).isGreaterThanOrEqualTo(0);
                    if (!p.name().equals(name)) {
                      assertThat(after.get(p)).isEqualTo(r);
                    }
                  });
            });
  }
}
