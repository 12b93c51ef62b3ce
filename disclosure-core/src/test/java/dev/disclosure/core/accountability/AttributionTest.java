package dev.disclosure.core.accountability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.disclosure.calendar.Finding;
import dev.disclosure.calendar.FindingKind;
import dev.disclosure.calendar.Language;
import dev.disclosure.core.InvalidFactsException;
import dev.disclosure.core.Renderings;
import dev.disclosure.core.law.Rules;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AttributionTest {

  static final Participant HANDLER = new Participant("张三", Role.HANDLER);
  static final Participant SUPERVISOR = new Participant("李四", Role.SUPERVISING_LEADER);
  static final Participant PRINCIPAL = new Participant("王五", Role.PRINCIPAL_LEADER);
  static final Participant MEMBER = new Participant("赵六", Role.OTHER_MEMBER);
  static final List<Participant> ALL = List.of(HANDLER, SUPERVISOR, PRINCIPAL, MEMBER);

  private static Attribution attribute(DecisionMode mode, String... objectors) {
    return Attribution.of(FaultyAct.of(mode, ALL, Set.of(objectors)));
  }

  @Test
  @DisplayName("ACC-1: not approved by a leader → the handler alone is responsible")
  void handlerAlone() {
    Attribution a = attribute(DecisionMode.HANDLER_ALONE);

    assertThat(a.responsibilityOf("张三")).isEqualTo(Responsibility.RESPONSIBLE);
    assertThat(a.responsibilityOf("李四")).isEqualTo(Responsibility.NOT_INVOLVED);
    assertThat(a.liable()).containsExactly(HANDLER);
    assertThat(a.citation().provision()).isEqualTo("责任追究制度四、1.(1)");
  }

  @Test
  @DisplayName(
      "ACC-1: approved by the supervising leader → leader and handler; an objecting handler is"
          + " exempt")
  void approved() {
    Attribution a = attribute(DecisionMode.APPROVED_BY_SUPERVISING_LEADER);
    Attribution objected = attribute(DecisionMode.APPROVED_BY_SUPERVISING_LEADER, "张三");

    assertThat(a.liable()).containsExactly(HANDLER, SUPERVISOR);
    assertThat(a.responsibilityOf("王五")).isEqualTo(Responsibility.NOT_INVOLVED);
    assertThat(objected.responsibilityOf("张三")).isEqualTo(Responsibility.EXEMPT);
    assertThat(objected.responsibilityOf("李四")).isEqualTo(Responsibility.RESPONSIBLE);
    assertThat(objected.explain())
        .contains("责任追究制度四、1.(2)")
        .contains("张三（承办人）：免除责任（向主管领导说明了行为错误或提出了正确意见）");
  }

  @Test
  @DisplayName(
      "ACC-1: decided collectively → principal, supervising leader and handler primary; other"
          + " members secondary")
  void collective() {
    Attribution a = attribute(DecisionMode.COLLECTIVE);

    assertThat(a.responsibilityOf("王五")).isEqualTo(Responsibility.PRIMARY);
    assertThat(a.responsibilityOf("李四")).isEqualTo(Responsibility.PRIMARY);
    assertThat(a.responsibilityOf("张三")).isEqualTo(Responsibility.PRIMARY);
    assertThat(a.responsibilityOf("赵六")).isEqualTo(Responsibility.SECONDARY);
    assertThat(a.toString()).isEqualTo("Attribution[张三 承担主要责任, 李四 承担主要责任, 王五 承担主要责任, 赵六 承担次要责任]");
  }

  @Test
  @DisplayName(
      "ACC-1 (002 责任追究制度四、1.(3)): in a collective decision, a handler or another member who"
          + " objected to the principal leader is exempt; the supervising leader is not")
  void collectiveObjections() {
    Attribution a = attribute(DecisionMode.COLLECTIVE, "张三", "赵六", "李四");

    assertThat(a.responsibilityOf("张三")).isEqualTo(Responsibility.EXEMPT);
    assertThat(a.responsibilityOf("赵六")).isEqualTo(Responsibility.EXEMPT);
    assertThat(a.responsibilityOf("李四")).isEqualTo(Responsibility.PRIMARY);
    assertThat(a.liable()).containsExactly(SUPERVISOR, PRINCIPAL);
    assertThat(a.findings()).extracting(Finding::kind).last().isEqualTo(FindingKind.CONVENTION);
    assertThat(a.findings()).allMatch(f -> f.rule().equals(Rules.ACC_1));
    assertThat(a.explain())
        .isEqualTo(
            "[ACC-1] 经过领导班子集体讨论决定作出（依据《政务公开工作制度》（来源文件002）责任追究制度四、1.(3)）\n"
                + "[ACC-1] 张三（承办人）：免除责任（向主要领导说明了行为错误或提出了正确意见）\n"
                + "[ACC-1] 李四（主管领导）：承担主要责任（虽向主要领导说明了行为错误或提出了正确意见，但来源文件可免除责任的仅为承办人或班子其他成员）\n"
                + "[ACC-1] 王五（主要领导）：承担主要责任\n"
                + "[ACC-1] 赵六（班子其他成员）：免除责任（向主要领导说明了行为错误或提出了正确意见）\n"
                + "[ACC-1 约定] 来源文件规定“可免除责任”，此处认定为免除责任，是否免除由作出处理决定的机关裁量"
                + "（依据《政务公开工作制度》（来源文件002）责任追究制度四、1.(3)）");
    assertThat(Renderings.checkedEnglish(a.explain(Language.ENGLISH)))
        .isEqualTo(
            "[ACC-1] decided by the leadership collectively ("
                + Language.ENGLISH.reference(a.citation())
                + ")\n"
                + "[ACC-1] the handler, as recorded: exempt from responsibility (told the principal"
                + " leader the act was wrong or gave the correct opinion)\n"
                + "[ACC-1] the supervising leader, as recorded: bears primary responsibility (told"
                + " the principal leader the act was wrong or gave the correct opinion, but the"
                + " source may exempt only the handler or other members)\n"
                + "[ACC-1] the principal leader, as recorded: bears primary responsibility\n"
                + "[ACC-1] the other member of the leadership, as recorded: exempt from"
                + " responsibility (told the principal leader the act was wrong or gave the correct"
                + " opinion)\n"
                + "[ACC-1, convention] the source says such a person may be exempted; they are found"
                + " exempt here, and the deciding body keeps the discretion ("
                + Language.ENGLISH.reference(a.citation())
                + ")");
  }

  @Test
  @DisplayName(
      "ACC-1 regression (002: 承办人或班子其他成员向主要领导说明了行为错误): 乙, the supervising leader, objects"
          + " to a collective decision and still bears 主要责任")
  void supervisingLeaderIsNotExcused() {
    Participant jia = new Participant("甲", Role.HANDLER);
    Participant yi = new Participant("乙", Role.SUPERVISING_LEADER);
    Participant bing = new Participant("丙", Role.PRINCIPAL_LEADER);
    Participant ding = new Participant("丁", Role.OTHER_MEMBER);
    Attribution a =
        Attribution.of(
            FaultyAct.of(DecisionMode.COLLECTIVE, List.of(jia, yi, bing, ding), Set.of("乙")));

    assertThat(a.responsibilities())
        .containsExactly(
            java.util.Map.entry(jia, Responsibility.PRIMARY),
            java.util.Map.entry(yi, Responsibility.PRIMARY),
            java.util.Map.entry(bing, Responsibility.PRIMARY),
            java.util.Map.entry(ding, Responsibility.SECONDARY));
    assertThat(a.findings()).noneMatch(f -> f.kind() == FindingKind.CONVENTION);
    assertThat(a.explain()).contains("乙（主管领导）：承担主要责任（虽向主要领导说明了行为错误");
  }

  @Test
  @DisplayName(
      "ACC-1: the one who decided cannot object; objectors must have taken part [convention]; other"
          + " objections are facts")
  void invalidObjections() {
    assertThatThrownBy(() -> attribute(DecisionMode.COLLECTIVE, "王五"))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("cannot object");
    assertThatThrownBy(() -> attribute(DecisionMode.APPROVED_BY_SUPERVISING_LEADER, "李四"))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("cannot object");
    assertThatThrownBy(() -> attribute(DecisionMode.HANDLER_ALONE, "张三"))
        .isInstanceOf(InvalidFactsException.class);
    Attribution memberObjected = attribute(DecisionMode.APPROVED_BY_SUPERVISING_LEADER, "赵六");
    assertThat(memberObjected.responsibilityOf("赵六"))
        .as("an objection the source does not excuse is a fact, and changes nothing")
        .isEqualTo(Responsibility.NOT_INVOLVED);
    assertThat(memberObjected.explain()).contains("但来源文件可免除责任的仅为承办人");
    assertThatThrownBy(() -> attribute(DecisionMode.COLLECTIVE, "钱七"))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("took no part");
  }

  @Test
  @DisplayName("ACC-1: facts need one handler, the deciding leader, unique names")
  void invalidFacts() {
    assertThatThrownBy(
            () -> FaultyAct.of(DecisionMode.COLLECTIVE, List.of(HANDLER, SUPERVISOR), Set.of()))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("exactly one 主要领导");
    assertThatThrownBy(
            () ->
                FaultyAct.of(
                    DecisionMode.APPROVED_BY_SUPERVISING_LEADER, List.of(HANDLER), Set.of()))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("exactly one 主管领导");
    assertThatThrownBy(
            () ->
                FaultyAct.of(
                    DecisionMode.HANDLER_ALONE,
                    List.of(HANDLER, new Participant("张三", Role.OTHER_MEMBER)),
                    Set.of()))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("named twice");
    assertThatThrownBy(
            () -> FaultyAct.of(DecisionMode.HANDLER_ALONE, List.of(SUPERVISOR), Set.of()))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("exactly one 承办人");
    assertThatThrownBy(() -> new Participant(" ", Role.HANDLER))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("ACC-1: withObjection adds an objector and leaves the original facts unchanged")
  void withObjection() {
    FaultyAct act = FaultyAct.of(DecisionMode.COLLECTIVE, ALL, Set.of());
    FaultyAct objected = act.withObjection("赵六");

    assertThat(act.objectors()).isEmpty();
    assertThat(objected.objectors()).containsExactly("赵六");
    assertThatThrownBy(() -> act.withObjection("王五")).isInstanceOf(InvalidFactsException.class);
    assertThat(act.objectors()).isEmpty();
  }

  @Test
  @DisplayName(
      "ACC-2: the sanction ladder by severity; rung (2) names 有关责任人 as 002 责任追究制度四、2.(2) writes it")
  void ladder() {
    assertThat(SanctionLadder.sanctionsFor(Severity.MINOR))
        .extracting(Sanction::label)
        .containsExactly("对直接责任人告诫或批评教育", "对直接责任人限期改正");
    assertThat(SanctionLadder.sanctionsFor(Severity.AFFECTS_WORK_OR_HARMS_PUBLIC))
        .extracting(Sanction::label)
        .containsExactly("对部门或单位提出批评", "对有关责任人通报批评", "对有关责任人责令作出书面检查");
    assertThat(SanctionLadder.sanctionsFor(Severity.SERIOUS))
        .extracting(Sanction::label)
        .containsExactly(
            "对部门或单位通报批评", "对部门或单位责令限期整改", "对主管领导通报批评", "对主管领导视情节给予相应的党纪政纪处分", "对直接责任人给予相应的党纪政纪处分");
    assertThat(SanctionLadder.sanctionsFor(Severity.CRIME))
        .containsExactly(new Sanction(SanctionTarget.CASE, Measure.REFER_TO_JUDICIAL_AUTHORITIES));
    assertThat(SanctionLadder.explain(Severity.MINOR))
        .isEqualTo(
            "[ACC-2] 情节轻微，影响较小 → 对直接责任人告诫或批评教育；对直接责任人限期改正（"
                + SanctionLadder.citation().toReference()
                + "）");
    assertThat(Renderings.checkedEnglish(SanctionLadder.explain(Severity.SERIOUS, Language.ENGLISH)))
        .isEqualTo(
            "[ACC-2] serious, with a large effect → the department or unit: circulated criticism;"
                + " the department or unit: an order to rectify within a deadline; the supervising"
                + " leader: circulated criticism; the supervising leader: a Party or administrative"
                + " disciplinary sanction as warranted; the person directly responsible: a Party or"
                + " administrative disciplinary sanction (Source document 002 (rules for open government affairs work))");
    assertThat(SanctionLadder.finding(Severity.CRIME).rule()).isEqualTo(Rules.ACC_2);
    for (Severity severity : Severity.values()) {
      Renderings.checkedEnglish(SanctionLadder.explain(severity, Language.ENGLISH));
    }
    assertThat(SanctionLadder.citation().provision()).isEqualTo("责任追究制度四、2.");
  }
}
