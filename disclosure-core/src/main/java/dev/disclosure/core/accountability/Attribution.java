package dev.disclosure.core.accountability;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import dev.disclosure.calendar.Citation;
import dev.disclosure.calendar.Finding;
import dev.disclosure.calendar.FindingKind;
import dev.disclosure.calendar.Language;
import dev.disclosure.calendar.Phrase;
import dev.disclosure.core.law.Rules;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Who answers for a faulty act (责任区分, ACC-1, 来源文件002 责任追究制度四、1.):
 *
 * <ul>
 *   <li>not approved by a leader → the handler (承办人) bears responsibility; nobody else;
 *   <li>approved by the supervising leader → the supervising leader and the handler; a handler who
 *       told the leader it was wrong or gave the correct opinion is exempt;
 *   <li>decided collectively → the principal leader, the supervising leader and the handler bear
 *       primary responsibility, the other members secondary; a handler or another member (班子其他成员)
 *       who told the principal leader it was wrong is exempt. The supervising leader is named apart
 *       from the other members and is not among those the source excuses: their objection is
 *       recorded and they still bear primary responsibility.
 * </ul>
 *
 * <p>An objection by someone the source does not excuse (a supervising leader of a collective
 * decision; anyone but the handler of an act the supervising leader approved) changes nothing and
 * is said so in the participant's finding.
 *
 * <p>The source says such a person "可免除责任" (may be exempted); the library returns {@link
 * Responsibility#EXEMPT} and leaves the discretion to the deciding body [convention]. Someone
 * always answers: the one who decided cannot object ({@link FaultyAct}).
 *
 * <p>Immutable and thread-safe.
 */
public final class Attribution {

  private final FaultyAct act;
  private final ImmutableMap<Participant, Responsibility> responsibilities;

  private Attribution(FaultyAct act, ImmutableMap<Participant, Responsibility> responsibilities) {
    this.act = act;
    this.responsibilities = responsibilities;
  }

  /**
   * Attributes responsibility for a faulty act (责任认定).
   *
   * @param act the validated facts
   * @return each participant's responsibility
   */
  public static Attribution of(FaultyAct act) {
    requireNonNull(act, "act");
    Map<Participant, Responsibility> result = new LinkedHashMap<>();
    for (Participant p : act.participants()) {
      result.put(p, responsibility(act, p));
    }
    return new Attribution(act, ImmutableMap.copyOf(result));
  }

  private static Responsibility responsibility(FaultyAct act, Participant p) {
    if (act.objectors().contains(p.name()) && excusable(act.mode(), p.role())) {
      return Responsibility.EXEMPT;
    }
    switch (act.mode()) {
      case HANDLER_ALONE:
        return p.role() == Role.HANDLER ? Responsibility.RESPONSIBLE : Responsibility.NOT_INVOLVED;
      case APPROVED_BY_SUPERVISING_LEADER:
        return p.role() == Role.SUPERVISING_LEADER || p.role() == Role.HANDLER
            ? Responsibility.RESPONSIBLE
            : Responsibility.NOT_INVOLVED;
      default:
        return p.role() == Role.OTHER_MEMBER ? Responsibility.SECONDARY : Responsibility.PRIMARY;
    }
  }

  /**
   * Whether an objection by someone in a role exempts them: the handler of an approved act
   * (四、1.(2) 承办人向主管领导说明了行为错误); the handler or another member of a collective decision
   * (四、1.(3) 承办人或班子其他成员向主要领导说明了行为错误). Nobody else.
   */
  static boolean excusable(DecisionMode mode, Role role) {
    switch (mode) {
      case APPROVED_BY_SUPERVISING_LEADER:
        return role == Role.HANDLER;
      case COLLECTIVE:
        return role == Role.HANDLER || role == Role.OTHER_MEMBER;
      default:
        return false;
    }
  }

  /** {@return the facts attributed} */
  public FaultyAct act() {
    return act;
  }

  /** {@return every participant's responsibility, in the order the participants were given} */
  public Map<Participant, Responsibility> responsibilities() {
    return responsibilities;
  }

  /**
   * Returns a participant's responsibility.
   *
   * @param name the participant's name
   * @return the responsibility
   * @throws IllegalArgumentException if nobody of that name took part
   */
  public Responsibility responsibilityOf(String name) {
    requireNonNull(name, "name");
    return responsibilities.entrySet().stream()
        .filter(e -> e.getKey().name().equals(name))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException(name + " took no part in the act"));
  }

  /** {@return those who answer for the act (primary, plain or secondary responsibility)} */
  public List<Participant> liable() {
    return responsibilities.entrySet().stream()
        .filter(e -> e.getValue().isLiable())
        .map(Map.Entry::getKey)
        .toList();
  }

  /** {@return the provision applied} */
  public Citation citation() {
    switch (act.mode()) {
      case HANDLER_ALONE:
        return AccountabilityCitations.HANDLER_ALONE;
      case APPROVED_BY_SUPERVISING_LEADER:
        return AccountabilityCitations.APPROVED;
      default:
        return AccountabilityCitations.COLLECTIVE;
    }
  }

  /**
   * Returns the reasoning as ACC-1 findings: how the act was decided, with the provision applied;
   * then one finding per participant, in the order given, with their responsibility and, for an
   * exempt participant, why; last, when someone is exempt, the convention that the source's "可免除责任"
   * (may be exempted) is read as exempt.
   *
   * @return the findings
   */
  public List<Finding> findings() {
    List<Finding> findings = new ArrayList<>();
    findings.add(
        Finding.of(
            Rules.ACC_1,
            FindingKind.APPLIED,
            Phrase.of(act.mode().label(), act.mode().english()),
            List.of(citation())));
    Phrase addressee =
        act.mode() == DecisionMode.COLLECTIVE
            ? Phrase.of(Role.PRINCIPAL_LEADER.label(), Role.PRINCIPAL_LEADER.english())
            : Phrase.of(Role.SUPERVISING_LEADER.label(), Role.SUPERVISING_LEADER.english());
    responsibilities.forEach(
        (p, r) ->
            findings.add(
                Finding.of(
                    Rules.ACC_1,
                    FindingKind.APPLIED,
                    r == Responsibility.EXEMPT
                        ? Phrase.of(
                            "{0}（{1}）：{2}（向{3}说明了行为错误或提出了正确意见）",
                            "the {1}, {0}: {2} (told the {3} the act was wrong or gave the correct"
                                + " opinion)",
                            p.name(),
                            Phrase.of(p.role().label(), p.role().english()),
                            Phrase.of(r.label(), r.english()),
                            addressee)
                        : act.objectors().contains(p.name())
                            ? Phrase.of(
                                "{0}（{1}）：{2}（虽向{3}说明了行为错误或提出了正确意见，但来源文件可免除责任的仅为{4}）",
                                "the {1}, {0}: {2} (told the {3} the act was wrong or gave the"
                                    + " correct opinion, but the source may exempt only {4})",
                                p.name(),
                                Phrase.of(p.role().label(), p.role().english()),
                                Phrase.of(r.label(), r.english()),
                                addressee,
                                act.mode() == DecisionMode.COLLECTIVE
                                    ? Phrase.of("承办人或班子其他成员", "the handler or other members")
                                    : Phrase.of("承办人", "the handler"))
                            : Phrase.of(
                                "{0}（{1}）：{2}",
                                "the {1}, {0}: {2}",
                                p.name(),
                                Phrase.of(p.role().label(), p.role().english()),
                                Phrase.of(r.label(), r.english())),
                    List.of())));
    if (responsibilities.containsValue(Responsibility.EXEMPT)) {
      findings.add(
          Finding.of(
              Rules.ACC_1,
              FindingKind.CONVENTION,
              Phrase.of(
                  "来源文件规定“可免除责任”，此处认定为免除责任，是否免除由作出处理决定的机关裁量",
                  "the source says such a person may be exempted; they are found exempt here, and"
                      + " the deciding body keeps the discretion"),
              List.of(citation())));
    }
    return List.copyOf(findings);
  }

  /**
   * Returns the reasoning in Chinese, one finding per line, for example {@code [ACC-1] 经过领导班子集体讨论决定作出
   * （依据《政务公开工作制度》（来源文件002）责任追究制度四、1.(3)）} then {@code [ACC-1]
   * 赵六（班子其他成员）：免除责任（向主要领导说明了行为错误或提出了正确意见）}.
   *
   * @return the explanation
   */
  public String explain() {
    return explain(Language.CHINESE);
  }

  /**
   * Returns the reasoning in a language, one finding per line.
   *
   * @param language Chinese or English
   * @return the explanation
   */
  public String explain(Language language) {
    requireNonNull(language, "language");
    return language.render(findings());
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Attribution other
        && act.equals(other.act)
        && responsibilities.equals(other.responsibilities);
  }

  @Override
  public int hashCode() {
    return Objects.hash(act, responsibilities);
  }

  /** Returns a one-line description, for example {@code Attribution[王五 承担主要责任, 赵六 免除责任]}. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("Attribution[");
    responsibilities.forEach(
        (p, r) -> {
          if (text.length() > "Attribution[".length()) {
            text.append(", ");
          }
          text.append(p.name()).append(' ').append(r.label());
        });
    return text.append(']').toString();
  }
}
