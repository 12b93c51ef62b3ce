package dev.disclosure.core.accountability;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.disclosure.core.InvalidFactsException;
import dev.disclosure.core.InvalidFactsException.Problem;
import dev.disclosure.core.law.Rules;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The facts of an act that broke the disclosure rules (违反政府信息公开有关规定的行为, ACC-1): how it was decided,
 * who took part, and who objected (向领导说明了行为错误或提出了正确意见).
 *
 * <p>Valid facts name exactly one handler (承办人); an act approved by the supervising leader names
 * one supervising leader; a collective decision names one principal leader (主要领导). Names are
 * unique. Objections are made to the leader who decided, so the one who decided cannot object: the
 * handler acting alone, the supervising leader who approved, or the principal leader of a
 * collective decision [convention]. Any other participant's objection is a fact as recorded;
 * whether it exempts them is {@link Attribution}'s question (only the handler, and in a collective
 * decision the other members, are excused by the source).
 *
 * <p>Immutable and thread-safe.
 */
public final class FaultyAct {

  private final DecisionMode mode;
  private final ImmutableList<Participant> participants;
  private final ImmutableSet<String> objectors;

  private FaultyAct(
      DecisionMode mode, ImmutableList<Participant> participants, ImmutableSet<String> objectors) {
    this.mode = mode;
    this.participants = participants;
    this.objectors = objectors;
  }

  /**
   * Returns validated facts.
   *
   * @param mode how the act was decided
   * @param participants who took part
   * @param objectors the names of those who told the leader it was wrong
   * @return the facts
   * @throws InvalidFactsException listing every problem with the facts
   */
  public static FaultyAct of(
      DecisionMode mode, List<Participant> participants, Set<String> objectors) {
    requireNonNull(mode, "mode");
    requireNonNull(participants, "participants");
    requireNonNull(objectors, "objectors");
    ImmutableList<Participant> people = ImmutableList.copyOf(participants);
    ImmutableSet<String> objecting = ImmutableSet.copyOf(objectors);
    List<Problem> problems = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (Participant p : people) {
      if (!names.add(p.name())) {
        problems.add(new Problem(Rules.ACC_1, p.name() + " is named twice"));
      }
    }
    requireOne(people, Role.HANDLER, problems);
    if (mode == DecisionMode.APPROVED_BY_SUPERVISING_LEADER) {
      requireOne(people, Role.SUPERVISING_LEADER, problems);
    }
    if (mode == DecisionMode.COLLECTIVE) {
      requireOne(people, Role.PRINCIPAL_LEADER, problems);
    }
    Role decider = decider(mode);
    for (String name : objecting) {
      Participant objector =
          people.stream().filter(p -> p.name().equals(name)).findFirst().orElse(null);
      if (objector == null) {
        problems.add(new Problem(Rules.ACC_1, "objector " + name + " took no part in the act"));
      } else if (objector.role() == decider) {
        problems.add(
            new Problem(
                Rules.ACC_1,
                name
                    + " is the "
                    + decider.label()
                    + " who decided "
                    + mode.label()
                    + " and cannot object to that decision"));
      }
    }
    InvalidFactsException.throwIfAny("faulty act", problems);
    return new FaultyAct(mode, people, objecting);
  }

  /** The role of the one who decided: the one objections are addressed to, or the handler. */
  static Role decider(DecisionMode mode) {
    switch (mode) {
      case HANDLER_ALONE:
        return Role.HANDLER;
      case APPROVED_BY_SUPERVISING_LEADER:
        return Role.SUPERVISING_LEADER;
      default:
        return Role.PRINCIPAL_LEADER;
    }
  }

  private static void requireOne(List<Participant> people, Role role, List<Problem> problems) {
    long count = people.stream().filter(p -> p.role() == role).count();
    if (count != 1) {
      problems.add(
          new Problem(Rules.ACC_1, "exactly one " + role.label() + " is needed; got " + count));
    }
  }

  /** {@return how the act was decided} */
  public DecisionMode mode() {
    return mode;
  }

  /** {@return who took part, in the order given} */
  public List<Participant> participants() {
    return participants;
  }

  /** {@return the names of those who objected} */
  public Set<String> objectors() {
    return objectors;
  }

  /**
   * Returns these facts with one more objector.
   *
   * @param name the participant who objected
   * @return the new facts
   * @throws InvalidFactsException if the objection is not a valid fact
   */
  public FaultyAct withObjection(String name) {
    requireNonNull(name, "name");
    return of(
        mode, participants, ImmutableSet.<String>builder().addAll(objectors).add(name).build());
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof FaultyAct other
        && mode == other.mode
        && participants.equals(other.participants)
        && objectors.equals(other.objectors);
  }

  @Override
  public int hashCode() {
    return Objects.hash(mode, participants, objectors);
  }

  /** Returns a one-line description, for example {@code FaultyAct[经过领导班子集体讨论决定作出, 4 participants, objected: 赵六]}. */
  @Override
  public String toString() {
    return "FaultyAct["
        + mode.label()
        + ", "
        + participants.size()
        + " participants, objected: "
        + String.join("、", objectors)
        + "]";
  }
}
